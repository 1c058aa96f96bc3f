"""Slow work off the GUI thread, one way: run a function on a worker thread, then call
a success or failure callback back on the GUI thread.

Used for Argon2id key derivation (unlock, create) and later for re-encryption, export
and import. The callbacks are dropped if `owner` has been destroyed in the meantime;
`on_dropped` (run on the worker thread) can then clean up the result, e.g. wipe keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

_running: set[_Task] = set()


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, owner: QObject, on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None]) -> None:
        super().__init__(owner)
        self._on_success = on_success
        self._on_failure = on_failure
        self.succeeded.connect(self._deliver_success)
        self.failed.connect(self._deliver_failure)

    @Slot(object)
    def _deliver_success(self, result: Any) -> None:
        self._on_success(result)

    @Slot(object)
    def _deliver_failure(self, exc: BaseException) -> None:
        self._on_failure(exc)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay,
                 on_dropped: Callable[[Any], None] | None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._fn = fn
        self._relay = relay
        self._on_dropped = on_dropped
        self.done = False

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, not lost
            self._emit("failed", exc, None)
        else:
            self._emit("succeeded", result, result)
        finally:
            self.done = True

    def _emit(self, name: str, value: Any, result: Any) -> None:
        try:
            getattr(self._relay, name).emit(value)
        except RuntimeError:  # the owner (and its relay) is gone: nobody to tell
            if self._on_dropped is not None and result is not None:
                self._on_dropped(result)


def run_in_background(owner: QObject, work: Callable[[], Any], *,
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[BaseException], None],
                      on_dropped: Callable[[Any], None] | None = None) -> None:
    """Run `work()` on a worker thread; then `on_success(result)` or `on_failure(exc)`
    on the GUI thread, as long as `owner` still exists."""
    relay = _Relay(owner, on_success, on_failure)
    task = _Task(work, relay, on_dropped)
    _running.add(task)
    relay.destroyed.connect(lambda *_: _running.discard(task))
    relay.succeeded.connect(lambda *_: _running.discard(task))
    relay.failed.connect(lambda *_: _running.discard(task))
    QThreadPool.globalInstance().start(task)


def busy() -> bool:
    """Whether any background work is still running or waiting to be delivered."""
    return any(not task.done for task in _running)


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    """Block until the worker threads are idle (at quit, and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
