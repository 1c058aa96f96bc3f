"""Workers' long loops give Python's lock up (journal/gil.py)."""

from __future__ import annotations

import sys
import threading

import pytest

from journal import gil


@pytest.fixture
def no_forced_switch():
    """Python itself would not switch threads during the test: only a thread that
    gives the lock up lets another run."""
    old = sys.getswitchinterval()
    sys.setswitchinterval(100.0)
    yield
    sys.setswitchinterval(old)


def run_loop(give_way, rounds: int = 20_000) -> list[str]:
    """A worker runs a Python loop (giving way or not) while another thread, woken just
    before the loop, waits for Python's lock to go on. The order of what each did."""
    events: list[str] = []
    wake = threading.Event()

    def waiting() -> None:
        wake.wait()  # in C, without the lock; to return it needs the lock again
        events.append("the waiting thread ran")

    def worker() -> None:
        waiter = threading.Thread(target=waiting)
        waiter.start()
        wake.set()
        for _ in range(rounds):
            sum(range(50))  # Python work, holding the lock
            give_way()
            if events:
                events.append("the worker still looped")
                break
        else:
            events.append("the worker's loop ended")
        waiter.join()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    return events


def test_a_worker_that_gives_way_lets_a_waiting_thread_in_during_its_loop(
        no_forced_switch, monkeypatch):
    monkeypatch.setattr(gil, "HOLD_S", 0.0)  # give way at every call
    assert run_loop(gil.give_way) == ["the waiting thread ran", "the worker still looped"]


def test_without_giving_way_the_waiting_thread_waits_for_the_whole_loop(no_forced_switch):
    # The control of the test above: it is the giving way that lets the thread in.
    assert run_loop(lambda: None, rounds=2_000) == ["the worker's loop ended",
                                                     "the waiting thread ran"]


def test_the_main_thread_never_gives_way(monkeypatch):
    """The GUI thread (and the command line) is the one others give way to."""
    slept = []
    monkeypatch.setattr(gil, "HOLD_S", 0.0)
    monkeypatch.setattr(gil, "sleep", slept.append)
    for _ in range(3):
        gil.give_way()
    assert slept == []


def test_a_worker_gives_way_only_once_it_has_run_for_a_while(monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(gil, "sleep", slept.append)
    clock = iter([0.0, 0.0,      # first call: starts counting
                  0.0002,        # too soon: nothing
                  0.0011, 0.0011,  # past HOLD_S: gives way, counts again
                  0.0015])       # too soon again
    monkeypatch.setattr(gil, "perf_counter", lambda: next(clock))
    monkeypatch.setattr(gil, "HOLD_S", 0.001)
    calls = []

    def worker() -> None:
        for _ in range(4):
            gil.give_way()
            calls.append(len(slept))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert calls == [0, 0, 1, 1]


def test_paced_gives_every_item_in_order():
    assert list(gil.paced(iter("abc"))) == ["a", "b", "c"]
