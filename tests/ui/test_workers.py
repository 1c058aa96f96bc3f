"""`run_in_background` and `NewestWins`: a real failure reaches the failure callback, a
bug reaches sys.excepthook (after `on_bug`); of background requests made one after
another, only the newest counts."""

from __future__ import annotations

import errno
import os
import sys
import threading

import pytest
from PySide6.QtCore import QObject

from journal.errors import DiskFull
from ui import workers
from ui.workers import NewestWins


def blocked(gate: threading.Event, value: str, ran: list[str]):
    def work() -> str:
        ran.append(value)
        assert gate.wait(10)
        return value
    return work


def test_only_the_newest_waiting_request_runs_after_the_running_one(qtbot):
    owner = QObject()
    latest = NewestWins(owner)
    gate = threading.Event()
    ran: list[str] = []
    shown: list[str] = []
    dropped: list[str] = []
    for value in ("a", "b", "c"):
        latest.submit(blocked(gate, value, ran), shown.append, discard=dropped.append)
    assert latest.busy
    qtbot.waitUntil(lambda: ran == ["a"])
    gate.set()
    qtbot.waitUntil(lambda: not latest.busy)
    assert ran == ["a", "c"]  # "b" was replaced while it waited, so never ran
    assert shown == ["c"]  # "a" was superseded: its result is dropped
    assert dropped == ["a"]


def test_a_failure_reaches_only_the_newest_request(qtbot):
    owner = QObject()
    latest = NewestWins(owner)
    failures: list[str] = []

    def fail(word: str):
        def work() -> None:
            raise OSError(errno.EIO, word)
        return work

    latest.submit(fail("old"), print, lambda exc: failures.append(str(exc)))
    latest.submit(fail("new"), print, lambda exc: failures.append(str(exc)))
    qtbot.waitUntil(lambda: not latest.busy)
    assert failures == ["[Errno 5] new"]


def test_stale_and_cancel(qtbot):
    owner = QObject()
    latest = NewestWins(owner)
    gate = threading.Event()
    stale = latest.stale()
    seen: list[bool] = []

    def work() -> str:
        assert gate.wait(10)
        seen.append(stale())
        return "late"

    shown: list[str] = []
    latest.submit(work, shown.append)
    assert not stale()
    latest.cancel()  # e.g. the vault was locked, or the search field emptied
    assert stale()
    gate.set()
    qtbot.waitUntil(lambda: not latest.busy)
    qtbot.waitUntil(lambda: seen == [True])
    assert shown == []


def test_a_bug_in_the_work_reaches_the_excepthook_not_the_failure_callback(qtbot):
    owner = QObject()
    failures: list[BaseException] = []
    cleaned: list[bool] = []

    def work() -> None:
        raise TypeError("a bug")

    with qtbot.capture_exceptions() as raised:
        workers.run_in_background(owner, work, on_success=print, on_failure=failures.append,
                                  on_bug=lambda: cleaned.append(True))
        qtbot.waitUntil(lambda: cleaned == [True])
    assert [type(exc) for _kind, exc, _tb in raised] == [TypeError]
    assert failures == []
    assert not workers.busy()


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"),
                                     DiskFull("full")])
def test_a_real_failure_reaches_the_failure_callback_not_the_excepthook(qtbot, failure):
    owner = QObject()
    failures: list[BaseException] = []
    cleaned: list[bool] = []

    def work() -> None:
        raise failure

    with qtbot.capture_exceptions() as raised:
        workers.run_in_background(owner, work, on_success=print, on_failure=failures.append,
                                  on_bug=lambda: cleaned.append(True))
        qtbot.waitUntil(lambda: failures == [failure])
    assert raised == []
    assert cleaned == []


def test_a_bug_in_the_newest_request_reaches_the_excepthook_and_the_next_one_runs(qtbot):
    owner = QObject()
    latest = NewestWins(owner)
    gate = threading.Event()
    failures: list[BaseException] = []
    cleaned: list[str] = []
    shown: list[str] = []

    def broken() -> str:
        assert gate.wait(10)
        raise AttributeError("a bug")

    with qtbot.capture_exceptions() as raised:
        latest.submit(broken, shown.append, failures.append,
                      on_bug=lambda: cleaned.append("old"))
        latest.submit(lambda: "new", shown.append, failures.append,
                      on_bug=lambda: cleaned.append("new"))
        gate.set()
        qtbot.waitUntil(lambda: not latest.busy)
    # A bug is a bug even in a request a newer one replaced; only the newest request's
    # caller cleans up, and the request that waited meanwhile still ran.
    assert [type(exc) for _kind, exc, _tb in raised] == [AttributeError]
    assert shown == ["new"] and failures == [] and cleaned == []

    with qtbot.capture_exceptions() as raised:
        latest.submit(lambda: 1 / 0, shown.append, failures.append,
                      on_bug=lambda: cleaned.append("newest"))
        qtbot.waitUntil(lambda: not latest.busy)
    assert [type(exc) for _kind, exc, _tb in raised] == [ZeroDivisionError]
    assert cleaned == ["newest"] and failures == []


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="a thread's own priority is set on Linux only")
def test_work_she_does_not_wait_for_runs_at_a_lower_priority_than_the_gui(qtbot):
    """Reads, previews and the preload yield a core to the GUI thread; work she waits for
    (unlock, key work) keeps the GUI thread's priority."""
    owner = QObject()
    found: dict[str, int] = {}

    def priority() -> int:
        return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())

    for name, foreground in (("background", False), ("foreground", True)):
        workers.run_in_background(owner, priority,
                                  on_success=lambda p, n=name: found.update({n: p}),
                                  on_failure=print, foreground=foreground)
    qtbot.waitUntil(lambda: len(found) == 2)
    gui = priority()
    assert found["background"] == gui + workers.BACKGROUND_NICE
    assert found["foreground"] == gui
