"""Long Python loops on a worker thread give Python's lock (the GIL) up now and then.

The GUI thread needs the lock for far more than our own slots: every virtual call Qt
makes on a widget made from Python (its size hint, events, paint) goes through
PySide6's wrapper, which takes the lock to look for a Python override. While a worker
runs Python, each of those takes waits until the worker lets go, which Python forces
only every switch interval (5 ms): showing a page of such widgets becomes a convoy of
waits (in a probe, 300 labels and buttons shown in 11-25 ms alone, 1.5-5 s beside a
worker encoding JSON). A loop that calls `give_way()` lets go whenever it has run for
HOLD_S since it last did, so each wait of the GUI thread is short. The switch interval
itself is left alone: set lower for the whole process, it interrupts the GUI thread's
own Python as often, which measured worse. (The other long holder, Python's full
garbage collections, is kept short by ui/heap.py.)

Nothing happens on the main thread (the GUI thread, the command line): it is the one
others give way to.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from time import perf_counter, sleep
from typing import TypeVar

# How long a worker's loop runs Python before it lets go of the lock: each of the GUI
# thread's takes then waits at most about this long. 0.5, 1 and 2 ms measured alike in
# the stress run at 100,000 entries (bench/RESULTS.md, "fourth round").
HOLD_S = 0.001

_MAIN = threading.main_thread().ident
T = TypeVar("T")
_last = threading.local()


def give_way() -> None:
    """On a worker thread: let another thread (the GUI thread) take Python's lock if
    this one has run HOLD_S since it last gave way. Cheap otherwise: call it once per
    record of a long loop."""
    if threading.get_ident() == _MAIN:
        return
    now = perf_counter()
    last = getattr(_last, "at", None)
    if last is not None and now - last < HOLD_S:
        return
    if last is not None:
        sleep(0)  # releases the lock; a thread waiting for it takes it
    _last.at = perf_counter()


def paced(items: Iterable[T]) -> Iterator[T]:
    """`items`, giving way (`give_way`) before each: for a loop over many rows."""
    for item in items:
        give_way()
        yield item
