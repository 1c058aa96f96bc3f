"""Slow work off the GUI thread, one way: run a function on a worker thread, then call
a success or failure callback back on the GUI thread.

Only a real failure (`messages.FAILURES`: the core's typed errors, the file system's)
reaches the failure callback, which tells her in a sentence. Anything else is a bug: it
is raised again on the GUI thread, so it reaches sys.excepthook as a bug in any slot
does, instead of being told as "Something went wrong"; `on_bug` lets the caller undo
what it set up for the work first (a busy state, a disabled button).

Used for what may take longer than a frame: Argon2id key derivation (unlock, create),
changing keys and re-encryption, restore, import and export, the backups' check and the
backup and close after a lock, the imports made ahead and the reads after unlock, search,
the journal list's pages, the timeline, the summary's entries and its PDF, and decoding
a photo. The callbacks are dropped if `owner` has been destroyed in the meantime;
`on_dropped` can then clean up the result (e.g. close a vault, wipe keys): on the worker
thread, or on the GUI thread when the owner went away after the result was sent.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from ui.messages import FAILURES

_running: set[_Task] = set()
# Work she does not wait for (reads for a page, search, previews, the preload, backups'
# checks) runs on threads of their own at a lower OS priority than the GUI thread
# (nice 10): on two cores, a worker reading or building beside the GUI thread made it
# wait for a core after unlock and while the summary's preview was made. Work she waits
# for (`foreground`: unlocking, creating a journal, key work such as an export, restore,
# the backup and close an unlock waits for) keeps the normal priority and the shared
# pool, so a busy machine does not slow it more than before. Linux only: there
# setpriority() takes a thread's id; elsewhere it would lower the whole process.
BACKGROUND_NICE = 10
_background_pool: QThreadPool | None = None
_niced = threading.local()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None],
                 on_bug: Callable[[], None] | None) -> None:
        super().__init__(owner)
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_bug = on_bug
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        if isinstance(exc, FAILURES):
            self._on_failure(exc)
            return
        try:
            if self._on_bug is not None:
                self._on_bug()
        finally:
            raise exc  # a bug: raised in this slot, so Qt hands it to sys.excepthook


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay,
                 on_dropped: Callable[[Any], None] | None, *, background: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._background = background
        self._fn = fn
        self._relay = relay
        self._on_dropped = on_dropped
        self._lock = threading.Lock()
        self._result: Any = None  # sent to the GUI thread, not yet taken there
        self.done = False

    def run(self) -> None:
        if self._background and not getattr(_niced, "done", False):
            _niced.done = True  # a thread's priority, once lowered, cannot be raised
            _lower_this_thread()
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, not lost
            self._emit("failed", exc)
        else:
            self._result = result
            self._emit("succeeded", result)
        finally:
            self.done = True

    def _emit(self, name: str, value: Any) -> None:
        try:
            getattr(self._relay, name).emit(value)
        except RuntimeError:  # the owner (and its relay) is gone: nobody to tell
            self.drop()

    def taken(self) -> None:
        """On the GUI thread: the result reached its owner."""
        with self._lock:
            self._result = None

    def drop(self) -> None:
        """The owner went away before the result reached it (before or after it was
        sent): `on_dropped` cleans it up, once."""
        with self._lock:
            result, self._result = self._result, None
        if self._on_dropped is not None and result is not None:
            self._on_dropped(result)


def run_in_background(owner: QObject, work: Callable[[], Any], *,
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None],
                      on_dropped: Callable[[Any], None] | None = None,
                      on_bug: Callable[[], None] | None = None,
                      foreground: bool = False) -> None:
    """Run `work()` on a worker thread; then, on the GUI thread and as long as `owner`
    still exists, `on_success(result)`, or `on_failure(exc)` for a real failure
    (messages.FAILURES). When `work()` raised anything else (a bug), `on_bug()` is
    called instead, and the bug is raised after it (it reaches sys.excepthook).
    `foreground`: work she waits for, at normal priority (see BACKGROUND_NICE)."""
    def succeeded(result: Any) -> None:
        task.taken()
        on_success(result)

    relay = _Relay(owner, succeeded, on_failure, on_bug)
    task = _Task(work, relay, on_dropped, background=not foreground)
    _running.add(task)
    # A result sent just before the owner was deleted never arrives: cleaned up here.
    relay.destroyed.connect(lambda *_: task.drop())
    relay.destroyed.connect(lambda *_: _running.discard(task))
    relay.succeeded.connect(lambda *_: _running.discard(task))
    relay.failed.connect(lambda *_: _running.discard(task))
    (QThreadPool.globalInstance() if foreground else _background()).start(task)


def _background() -> QThreadPool:
    """The pool of the work she does not wait for, made with the application (and gone
    with it)."""
    global _background_pool
    if _background_pool is None or not shiboken6.isValid(_background_pool):
        _background_pool = QThreadPool(QCoreApplication.instance())
        _background_pool.setMaxThreadCount(QThreadPool.globalInstance().maxThreadCount())
    return _background_pool


def _lower_this_thread() -> None:
    if sys.platform.startswith("linux"):
        # Not allowed here (a sandbox): it runs at the normal priority.
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)


class NewestWins(QObject):
    """Background requests of which only the newest counts (a search as she types, a
    preview as she changes options). One runs at a time; a request made meanwhile waits,
    replacing any that was already waiting; the result of a request that a newer one
    superseded is never delivered (`discard` may clean it up). A bug in any request is
    raised on the GUI thread, as with `run_in_background`."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        self._latest = 0  # the number of the newest request (read by `stale` on workers)
        self._running = False
        self._waiting: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        """Whether a request runs or waits."""
        return self._running or self._waiting is not None

    def submit(self, work: Callable[[], Any], on_success: Callable[[Any], None],
               on_failure: Callable[[BaseException], None] | None = None,
               discard: Callable[[Any], None] | None = None,
               on_bug: Callable[[], None] | None = None) -> None:
        """Run `work()` when the running request is done (at once if none runs); then
        `on_success(result)`, `on_failure(exc)` for a real failure, or `on_bug()` before
        a bug is raised, unless a newer request came first."""
        self._latest += 1
        number = self._latest

        def start() -> None:
            self._running = True

            def finished(deliver: Callable[[], None]) -> None:
                self._running = False
                try:
                    deliver()
                finally:  # also after a bug: the request waiting meanwhile still runs
                    waiting, self._waiting = self._waiting, None
                    if waiting is not None:
                        waiting()

            def succeeded(result: Any) -> None:
                if number == self._latest:
                    on_success(result)
                elif discard is not None:
                    discard(result)

            def failed(exc: BaseException) -> None:
                if number != self._latest:
                    return
                if on_failure is None:
                    raise exc
                on_failure(exc)

            def broke() -> None:
                if number == self._latest and on_bug is not None:
                    on_bug()

            run_in_background(self, work,
                              on_success=lambda result: finished(lambda: succeeded(result)),
                              on_failure=lambda exc: finished(lambda: failed(exc)),
                              on_dropped=discard, on_bug=lambda: finished(broke))

        if self._running:
            self._waiting = start
        else:
            start()

    def stale(self) -> Callable[[], bool]:
        """For the work of the request about to be submitted (ask just before `submit`):
        a check, safe on a worker thread, that says whether a newer request (or
        `cancel`) has made it pointless, so it can stop early."""
        number = self._latest + 1
        return lambda: number != self._latest

    def cancel(self) -> None:
        """Nothing waiting runs, and the result of the running request is dropped."""
        self._latest += 1
        self._waiting = None


def busy() -> bool:
    """Whether any background work is still running or waiting to be delivered."""
    return any(not task.done for task in _running)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the worker threads are idle (at quit, and in tests)."""
    pools = [QThreadPool.globalInstance()]
    if _background_pool is not None and shiboken6.isValid(_background_pool):
        pools.append(_background_pool)
    end = time.monotonic() + timeout_ms / 1000
    # Each pool in turn, within the one timeout (work in one may start work in the other).
    return all([pool.waitForDone(max(0, int((end - time.monotonic()) * 1000)))
                for pool in pools])
