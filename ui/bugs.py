"""A calm message when Haven hits a bug.

A bug (an exception nobody catches: anything but `messages.FAILURES`, which the pages
tell in a sentence of their own) raised in a slot or an event handler, or by background
work (ui/workers.py), reaches sys.excepthook, and Qt goes on. Without a word she may
believe that what she was doing was saved, and close Haven. The hook installed here
(by main.py; not in tests, where pytest-qt's own hook fails the test instead) writes
the traceback to stderr as Python would, but without the exceptions' messages, and
tells her once, calmly, in a box.

- Only stderr: Haven keeps no log file. An app started from the desktop may have its
  stderr kept in the system's journal, in clear, so an exception's message, which may
  quote what she wrote (a KeyError of a title, a ValueError of a date she typed), is
  left out; file names, lines and code are kept.
- One box at a time, and a bug that keeps coming (a paint or timer slot that fails on
  every turn) is told once: a bug less than QUIET_SECONDS after the one before it is
  the same trouble repeating. One after a quiet while (she tried again) is told again.
- Nothing pops up over the lock screen, over a window she minimised or while Haven
  closes: the message waits until her journal is unlocked (the window's
  `settled_now`) or shown again (looked at every RETRY_MS while minimised or hidden).
  A lock that closes the box before she read it counts as not told.
- Told after an unlock, maybe hours later, a bug from before the lock, or from while
  it was locked, is told in words that say so, not as "just now".
"""

from __future__ import annotations

import contextlib
import sys
import threading
import time
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from ui import messages
from ui.pages.unlock import UnlockPage
from ui.session import State

if TYPE_CHECKING:
    from ui.main_window import MainWindow

QUIET_SECONDS = 3.0
# While a bug waits to be told over a minimised or hidden window: how often to look.
RETRY_MS = 300

_CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n"
_CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n"
LEFT_OUT = "(message left out: it may quote the journal)"


def write_traceback(value: BaseException, tb: TracebackType | None, stream: TextIO) -> None:
    """Python's traceback of `value` (with its causes) on `stream`, each exception named
    only by its type: where it happened, never what it said."""
    chain: list[tuple[BaseException, TracebackType | None, str]] = []
    exc: BaseException | None = value
    link = ""
    while exc is not None and not any(exc is seen for seen, _tb, _link in chain):
        chain.append((exc, tb if exc is value else exc.__traceback__, link))
        if exc.__cause__ is not None:
            exc, link = exc.__cause__, _CAUSE
        elif not exc.__suppress_context__:
            exc, link = exc.__context__, _CONTEXT
        else:
            exc = None
    lines: list[str] = []
    for exc, exc_tb, followed in reversed(chain):
        if exc_tb is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(exc_tb))
        kind = type(exc)
        name = kind.__qualname__ if kind.__module__ == "builtins" else (
            f"{kind.__module__}.{kind.__qualname__}")
        lines.append(f"{name}: {LEFT_OUT}\n")
        lines.append(followed)  # how the next one (the outer exception) followed from it
    stream.write("".join(lines))
    stream.flush()


class BugNotice(QObject):
    """Tells her, calmly and once, that Haven hit a bug (see the module's docstring).
    `install` makes it sys.excepthook (and the hooks of threads and finalisers);
    `uninstall` puts the previous hooks back."""

    _seen = Signal(float, int, bool)  # when, the session's unlocks, the journal open

    def __init__(self, window: MainWindow, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(window)
        self._window = window
        self._clock = clock
        self._last: float | None = None  # when the last bug came
        self._waiting = False  # a bug not told yet
        self._unlocks, self._was_open = 0, True  # when the waiting bug came
        self._showing = False
        self._previous_hooks: tuple[Any, Any, Any] | None = None
        # Queued, also from the GUI thread: the hook may run on any thread, and in the
        # middle of anything (a lock that must finish before anything is shown).
        self._seen.connect(self._on_seen, Qt.ConnectionType.QueuedConnection)
        self.retry = QTimer(self)  # while a bug waits on a minimised or hidden window
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self._tell_when_she_can_see)
        window.settled_now.connect(self._tell_when_she_can_see)  # unlocked again

    @property
    def waiting(self) -> bool:
        """Whether a bug waits to be told (`retry` looks again while it does)."""
        return self._waiting

    def install(self) -> None:
        """Python's three hooks for what nobody caught: on the GUI thread (any slot),
        on a thread of Python's own, and in a finaliser."""
        self._previous_hooks = (sys.excepthook, threading.excepthook, sys.unraisablehook)
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        sys.unraisablehook = self._unraisable_hook

    def uninstall(self) -> None:
        if self._previous_hooks is not None:
            sys.excepthook, threading.excepthook, sys.unraisablehook = self._previous_hooks
            self._previous_hooks = None

    def excepthook(self, kind: type[BaseException], value: BaseException,
                   tb: TracebackType | None) -> None:
        """The hook itself: it never raises, whatever state the app is in."""
        # A closed stderr must not keep her from being told.
        with contextlib.suppress(Exception):
            if sys.stderr is not None:
                write_traceback(value, tb, sys.stderr)
        # Ctrl+C or an exit reaching the hook is no bug; a notice gone with its window
        # (Haven closing) has nobody to tell.
        if issubclass(kind, Exception) and shiboken6.isValid(self):
            with contextlib.suppress(Exception):  # deleted meanwhile (RuntimeError)
                # Read now, on whatever thread: by the time the queued signal arrives a
                # lock may have ended.
                session = self._window.journal_session
                self._seen.emit(self._clock(), session.unlocks, session.journal_open)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _unraisable_hook(self, args: Any) -> None:
        """An exception Python could not raise (in a __del__, a finaliser): on stderr
        like the others, the object named by its code's name, never by its repr (a
        record's repr holds her words). Nothing she did waits on it: no box."""
        with contextlib.suppress(Exception):
            if sys.stderr is not None and args.exc_value is not None:
                where = getattr(args.object, "__qualname__", type(args.object).__qualname__)
                sys.stderr.write(f"{args.err_msg or 'Exception ignored in'}: {where}\n")
                write_traceback(args.exc_value, args.exc_traceback, sys.stderr)

    # -- private slots ---------------------------------------------------------------

    @Slot(float, int, bool)
    def _on_seen(self, at: float, unlocks: int, was_open: bool) -> None:
        last, self._last = self._last, at
        if self._showing or self._waiting:
            return  # she is being told already
        if last is not None and at - last < QUIET_SECONDS:
            return  # the same trouble again, turn after turn: told once
        self._waiting = True
        self._unlocks, self._was_open = unlocks, was_open
        self._tell_when_she_can_see()

    @Slot()
    def _tell_when_she_can_see(self) -> None:
        if not self._waiting or self._showing:
            self.retry.stop()
            return
        if not self._she_can_see():
            self._wait()
            return
        self.retry.stop()
        self._waiting, self._showing = False, True
        heading, text = self._words()
        try:
            messages.inform(QApplication.activeModalWidget() or self._window, heading,
                            text + "\n\n"
                            + self.tr("If it keeps happening, closing Haven and opening it "
                                      "again may help. Haven has not sent anything "
                                      "anywhere."))
        finally:
            self._showing = False
        if not self._she_can_see():  # closed by a lock or a quick exit, not by her
            self._waiting = True
            self._wait()

    # -- private ---------------------------------------------------------------------

    def _words(self) -> tuple[str, str]:
        """What to tell: a bug from before the last unlock is no "just now"."""
        if self._window.journal_session.unlocks == self._unlocks:
            return (self.tr("Something went wrong in Haven."),
                    self.tr("Everything you saved before is safe. What you did just now may "
                            "not have been saved: please check it, and try again."))
        if self._was_open:
            return (self.tr("Before Haven was locked, something went wrong."),
                    self.tr("Everything you saved before then is safe. What you did just "
                            "before the lock may not have been saved: please check it."))
        return (self.tr("While Haven was locked, something went wrong."),
                self.tr("Everything you saved is safe: your journal was closed then."))

    def _wait(self) -> None:
        """Until she can see a box: over a locked journal, until the window says it is
        unlocked again (no looking meanwhile, however long it stays locked); over a
        minimised or hidden window, looked at again every RETRY_MS."""
        if self._locked():
            self.retry.stop()
        elif not self.retry.isActive():
            self.retry.start()

    def _she_can_see(self) -> bool:
        """The window is on screen, with her journal unlocked (or none made yet): not
        locked, locking, minimised, hidden or closing."""
        window = self._window
        return not self._locked() and window.isVisible() and not window.isMinimized()

    def _locked(self) -> bool:
        """Locked, locking or closing, or not yet all back after an unlock: the window
        sends `settled_now` when it is."""
        window = self._window
        if window.journal_session.state in (State.LOCKING, State.BACKING_UP,
                                            State.QUITTING):
            return True
        if isinstance(window.current_screen, UnlockPage):
            return True
        if window.workspace is None:
            return False  # no journal made yet: the welcome screen
        # A workspace left from a lock that went wrong holds nothing: not over that.
        return not (window.journal_session.journal_open and window.settled)
