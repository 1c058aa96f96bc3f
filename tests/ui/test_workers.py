"""`NewestWins`: of background requests made one after another, only the newest counts."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject

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
            raise ValueError(word)
        return work

    latest.submit(fail("old"), print, lambda exc: failures.append(str(exc)))
    latest.submit(fail("new"), print, lambda exc: failures.append(str(exc)))
    qtbot.waitUntil(lambda: not latest.busy)
    assert failures == ["new"]


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
