"""Privacy from someone in the same room: the idle lock, Escape twice or a shortcut for
a quick exit (in every window, dialogs included), and locking when the screen locks or
the computer goes to sleep.

Each watcher only emits a signal; MainWindow decides what locking or leaving means.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QKeySequenceEdit, QWidget

# Input that shows she is there. Window activation alone does not count.
_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod, QEvent.Type.TabletPress,
})

DOUBLE_ESCAPE_SECONDS = 0.6


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
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self)
        self._watching = True
        if self._minutes == 0:
            self.timer.stop()
            return
        if self._minutes > 0:
            self.timer.setInterval(self._minutes * 60_000)
        self.timer.start()

    def stop(self) -> None:
        app = QApplication.instance()
        if self._watching and app is not None:
            app.removeEventFilter(self)
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


class DoubleEscape(QObject):
    """Emits `triggered` when Escape is pressed twice within DOUBLE_ESCAPE_SECONDS.

    Escape keeps doing what it does (closing a menu, clearing a search); this only
    listens. Each press is counted once: at the widget with the keyboard focus (or the
    window itself when nothing has focus), not again as it travels to the parents.
    """

    triggered = Signal()

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._last: float | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        focus = QApplication.focusWidget()
        if watched is not focus and not (focus is None and watched.isWindow()):
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
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class ShortcutWatcher(QObject):
    """Emits `triggered` when its key sequence is pressed in any window of Haven.

    A QAction's shortcut, even an application-wide one, is blocked while a modal dialog
    or message box is open; this app-wide filter is not. It stays quiet while she is
    recording a shortcut in a QKeySequenceEdit (the settings), and only listens.
    """

    triggered = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sequence = QKeySequence()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_sequence(self, sequence: QKeySequence) -> None:
        self._sequence = QKeySequence(sequence)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() != QEvent.Type.KeyPress or self._sequence.isEmpty()
                or not isinstance(watched, QWidget)):
            return False
        assert isinstance(event, QKeyEvent)
        focus = QApplication.focusWidget()
        if watched is not focus and not (focus is None and watched.isWindow()):
            return False  # counted once, where the press starts
        if event.isAutoRepeat() or _recording_shortcut(focus):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        if pressed.matches(self._sequence) == QKeySequence.SequenceMatch.ExactMatch:
            self.triggered.emit()
            return True
        return False

    def detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


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

    def _connect(self, session_bus: object, system_bus: object) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # Qt built without D-Bus
            return
        session = session_bus if session_bus is not None else QDBusConnection.sessionBus()
        system = system_bus if system_bus is not None else QDBusConnection.systemBus()
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
