"""The optional daily check-in reminder, while Haven runs (off by default).

Its words are neutral and say nothing about what is in the journal; it shows inside
the window only (no system notification that others could read on the screen).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ui.settings import Settings
from ui.widgets import button, label

CHECK_EVERY_MS = 30_000


def reminder_due(now: datetime, at: tuple[int, int], done_today: bool,
                 shown_on: date | None) -> bool:
    """After its time, at most once a day, and only while today's check-in is not done."""
    return (not done_today and shown_on != now.date()
            and (now.hour, now.minute) >= at)


class CheckinReminder(QObject):
    """Looks every half minute whether the reminder is due; emits `due` once a day."""

    due = Signal()

    def __init__(self, settings: Settings, done_today: Callable[[], bool],
                 parent: QObject | None = None, *,
                 clock: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(parent)
        self._settings = settings
        self._done_today = done_today
        self._clock = clock
        self.shown_on: date | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    @Slot()
    def check(self) -> bool:
        if not self._settings.checkin_reminder:
            return False
        now = self._clock()
        if reminder_due(now, self._settings.checkin_reminder_time, self._done_today(),
                        self.shown_on):
            self.shown_on = now.date()
            self.due.emit()
            return True
        return False


class ReminderBanner(QFrame):
    """A quiet strip at the top of the workspace: open the check-in, or not now."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.text = label(self.tr("A moment for your check-in?"), parent=self)
        self.open_button = button(self.tr("Check in"), "primary", parent=self)
        self.later_button = button(self.tr("Not now"), parent=self,
                                   accessible=self.tr("Hide the reminder"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 12, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.later_button)
        self.open_button.clicked.connect(self._on_open)
        self.later_button.clicked.connect(self.hide)
        self.hide()

    @Slot()
    def _on_open(self) -> None:
        self.hide()
        self.open_requested.emit()
