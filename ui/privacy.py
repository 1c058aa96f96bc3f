"""Privacy from someone in the same room: the idle lock, Escape twice or a shortcut for
a quick exit (in every window, dialogs included), and locking when the screen locks or
the computer goes to sleep.

Each watcher only emits a signal; MainWindow decides what locking or leaving means.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QKeySequenceEdit, QWidget

# Input that shows she is there, as it reaches a window. Window activation alone does
# not count. (An input method's composed text goes to the focus widget, not the window;
# the keys typed around it still count.)
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
})

DOUBLE_ESCAPE_SECONDS = 0.6


# Input after which a window may have opened (a dialog, a menu, a list): look again.
# ShortcutOverride comes first for each key press, at the focus window, before Qt hands
# the press to an open menu's window.
_OPENERS = frozenset({
    QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd,
    QEvent.Type.TabletRelease,
})


class _InputFilter(QObject):
    """The one event filter that the watchers here share; it passes on only input (keys,
    mouse, touch) to each watcher's `eventFilter`, the latest added first, as Qt calls
    filters.

    It sits on each top-level window (QWindow) of the app, where Qt delivers input from
    the window system before handing it to the widget with the focus or under the
    pointer; while a menu or list is open, Qt hands it to that popup's window instead.
    Not on the application: Qt calls an application's filter for every event of every
    object (thousands of paints, timers and layouts while a page is made), and each call
    into Python costs some microseconds and must wait for Python's lock while a worker
    thread holds it. A window gets a few events for each repaint.

    Windows come and go: every top-level window is filtered when the app gets a new
    focus window and again after each press or release (a menu opened by a click may
    take input without taking the focus); an open popup's window also at once, before
    a key press is handed to it. Filtering a window twice changes nothing, and nothing
    here keeps a window alive."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._watchers: list[QObject] = []
        self._look_pending = False
        app.focusWindowChanged.connect(self._on_focus_window_changed)
        self.watch_windows()

    def add(self, watcher: QObject, *, last: bool = False) -> None:
        """Add a watcher, asked first; with `last`, asked after all others (one that
        takes events away, such as the wheel guard, must not hide them from the idle
        watcher)."""
        if not any(w is watcher for w in self._watchers):
            if last:
                self._watchers.append(watcher)
            else:
                self._watchers.insert(0, watcher)

    def remove(self, watcher: QObject) -> None:
        self._watchers = [w for w in self._watchers if w is not watcher]

    def watch_windows(self) -> None:
        """Filter every top-level window there is now."""
        self._look_pending = False
        for window in QGuiApplication.topLevelWindows():
            window.installEventFilter(self)  # Qt keeps one entry per filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _OPENERS:
            popup = QApplication.activePopupWidget()
            handle = popup.windowHandle() if popup is not None else None
            if handle is not None:
                handle.installEventFilter(self)
            if not self._look_pending:
                self._look_pending = True
                QTimer.singleShot(0, self, self.watch_windows)  # once it has been handled
        if kind not in _ACTIVITY:
            return False
        for watcher in list(self._watchers):
            if not shiboken6.isValid(watcher):  # destroyed with its window
                self.remove(watcher)
            elif watcher.eventFilter(watched, event):
                return True
        return False

    @Slot(QWindow)
    def _on_focus_window_changed(self, _window: QWindow | None) -> None:
        self.watch_windows()


_shared: _InputFilter | None = None


def input_filter() -> _InputFilter | None:
    """The shared filter of the running application (made when first needed)."""
    global _shared
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _shared is None or not shiboken6.isValid(_shared) or _shared.parent() is not app:
        _shared = _InputFilter(app)
    return _shared


class IdleWatcher(QObject):
    """Emits `idle` after `minutes` without keyboard, mouse or touch input anywhere in
    the app. Watches only while `start()`ed (the journal is open); 0 minutes = never."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Precise: a coarse timer may run up to 5 % late (15 s of a five-minute wait).
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._on_timeout)
        self._minutes = 0
        self._watching = False

    def set_minutes(self, minutes: int) -> None:
        self._minutes = minutes
        if self._watching:
            self.start()

    def set_interval_ms(self, ms: int) -> None:
        """For tests: a short idle time."""
        self._minutes = -1
        self.timer.setInterval(ms)
        if self._watching:
            self.timer.start()

    def start(self) -> None:
        shared = input_filter()
        if not self._watching and shared is not None:
            shared.add(self)
        self._watching = True
        if self._minutes == 0:
            self.timer.stop()
            return
        if self._minutes > 0:
            self.timer.setInterval(self._minutes * 60_000)
        self.timer.start()

    def stop(self) -> None:
        shared = input_filter()
        if self._watching and shared is not None:
            shared.remove(self)
        self._watching = False
        self.timer.stop()

    @property
    def watching(self) -> bool:
        return self._watching and self.timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # starts the wait again
        return False

    @Slot()
    def _on_timeout(self) -> None:
        if self._watching:
            self.idle.emit()


# A widget whose own Escape closes it (the safe-place view) sets this property to True,
# so that Escape does not count toward a quick exit.
ESCAPE_CLOSES = "havenEscapeCloses"


def key_receiver(window: QObject) -> QWidget | None:
    """The widget that a key press arriving at `window` goes to, as Qt hands it on: the
    widget holding the keyboard, an open popup's focus widget (or the popup), or the
    window's focus widget (the window's own widget when nothing in it has the focus)."""
    grabber = QWidget.keyboardGrabber()
    if grabber is not None:
        return grabber
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup.focusWidget() or popup
    focus = window.focusObject() if isinstance(window, QWindow) else None
    return focus if isinstance(focus, QWidget) else QApplication.focusWidget()


def escape_closes_something(widget: QWidget) -> bool:
    """Whether Escape pressed at `widget` closes something: an open menu, list, date
    popup or completer, a dialog or message box, or a view marked ESCAPE_CLOSES."""
    if QApplication.activePopupWidget() is not None:
        return True
    if isinstance(widget.window(), QDialog):
        return True
    shown: QWidget | None = widget
    while shown is not None:
        if shown.property(ESCAPE_CLOSES) and shown.isVisible():
            return True
        shown = shown.parentWidget()
    return False


class DoubleEscape(QObject):
    """Emits `triggered` when Escape is pressed twice within DOUBLE_ESCAPE_SECONDS on a
    window with nothing to close.

    Escape keeps doing what it does (closing a menu, clearing a search); this only
    listens. Each press is counted once, where it arrives from the window system (the
    focus window, or an open popup's), for the widget Qt gives it to. An Escape that
    closes a dialog, a menu, a popup or the safe-place view does not count, so closing
    two dialogs quickly never quits (the pair starts again after it).
    """

    triggered = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last: float | None = None
        shared = input_filter()
        if shared is not None:
            shared.add(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        receiver = key_receiver(watched)
        if receiver is None:
            return False
        if event.key() == Qt.Key.Key_Escape and escape_closes_something(receiver):
            self._last = None
            return False
        if event.key() != Qt.Key.Key_Escape or event.isAutoRepeat():
            self._last = None
            return False
        now = self._clock()
        if self._last is not None and now - self._last <= DOUBLE_ESCAPE_SECONDS:
            self._last = None
            self.triggered.emit()
        else:
            self._last = now
        return False

    def detach(self) -> None:
        shared = input_filter()
        if shared is not None:
            shared.remove(self)


class ShortcutWatcher(QObject):
    """Emits `triggered` when its key sequence is pressed in any window of Haven.

    A QAction's shortcut, even an application-wide one, is blocked while a modal dialog
    or message box is open; this filter on every window is not. It stays quiet while
    she is recording a shortcut in a QKeySequenceEdit (the settings); the press that
    matches goes no further.
    """

    triggered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sequence = QKeySequence()
        shared = input_filter()
        if shared is not None:
            shared.add(self)

    def set_sequence(self, sequence: QKeySequence) -> None:
        self._sequence = QKeySequence(sequence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or self._sequence.isEmpty():
            return False
        assert isinstance(event, QKeyEvent)
        if event.isAutoRepeat() or _recording_shortcut(key_receiver(watched)):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        if pressed.matches(self._sequence) == QKeySequence.SequenceMatch.ExactMatch:
            self.triggered.emit()
            return True
        return False

    def detach(self) -> None:
        shared = input_filter()
        if shared is not None:
            shared.remove(self)


def _recording_shortcut(widget: QWidget | None) -> bool:
    while widget is not None:
        if isinstance(widget, QKeySequenceEdit):
            return True
        widget = widget.parentWidget()
    return False


class SessionWatcher(QObject):
    """Emits `session_locked` when the desktop's screensaver or screen lock starts, or
    the computer is about to sleep (Linux, over D-Bus, as password managers do).

    Without D-Bus (Windows, macOS, a test machine) it simply never fires; Qt reports
    nothing comparable there, and the idle lock still works.
    """

    session_locked = Signal()

    SCREENSAVERS = (
        ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
        ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
        ("/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
        ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    )
    LOGIND = ("org.freedesktop.login1", "/org/freedesktop/login1",
              "org.freedesktop.login1.Manager")

    def __init__(self, parent: QObject | None = None, *, session_bus: object = None,
                 system_bus: object = None) -> None:
        super().__init__(parent)
        self.connected: list[str] = []  # what is listened to, for tests and debugging
        self._connect(session_bus, system_bus)

    def _connect(self, session_bus: Any, system_bus: Any) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # Qt built without D-Bus
            return
        # Any: the stubs know no connect() with a SLOT() signature, which Qt has.
        session: Any = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system: Any = system_bus if system_bus is not None else QDBusConnection.systemBus()
        if session.isConnected():
            for path, interface in self.SCREENSAVERS:
                # An empty service matches the signal from whoever sends it.
                if session.connect("", path, interface, "ActiveChanged", self,
                                   SLOT("on_screensaver_active(bool)")):
                    self.connected.append(interface)
        if system.isConnected():
            service, path, interface = self.LOGIND
            if system.connect(service, path, interface, "PrepareForSleep", self,
                              SLOT("on_prepare_for_sleep(bool)")):
                self.connected.append(interface)

    @Slot(bool)
    def on_screensaver_active(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot(bool)
    def on_prepare_for_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.session_locked.emit()
