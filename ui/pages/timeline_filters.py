"""The timeline's filter bar: which kinds of things, which period and how close (by
year, month or day), and "Zoom out" after she opened a year or a month.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QMenu,
    QToolButton,
    QWidget,
)

from journal.timeline import (
    BOUNDARY,
    CHECKIN,
    CROSSING,
    EVENT,
    KINDS,
    MILESTONE,
    NEED,
    SESSION,
    STI_TEST,
)
from ui import dates
from ui.models.timeline_model import DAYS, MONTHS, YEARS, ZOOMS
from ui.widgets import button, label


class TimelineFilters(QWidget):
    """Emits `changed` whenever what the timeline should show changes."""

    changed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kinds_button = QToolButton(self)
        # Looks like the combo boxes beside it: "Show: all ▾".
        self.kinds_button.setObjectName("comboButton")
        self.kinds_button.setAccessibleName(self.tr("Which kinds of things to show"))
        self.kinds_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kinds_menu = QMenu(self.kinds_button)
        self.kind_actions: dict[str, QAction] = {}
        for kind in KINDS:
            action = self.kinds_menu.addAction(self.kind_word(kind))
            action.setCheckable(True)
            action.setChecked(True)
            self.kind_actions[kind] = action
        self.kinds_button.setMenu(self.kinds_menu)
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setAccessibleName(self.tr("Show by"))
        for zoom, text in ((YEARS, self.tr("By year")), (MONTHS, self.tr("By month")),
                           (DAYS, self.tr("By day"))):
            self.zoom_combo.addItem(text, zoom)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(DAYS))
        self.all_time_check = QCheckBox(self.tr("All the time"), self)
        self.all_time_check.setChecked(True)
        self.from_edit = QDateEdit(self)
        self.to_edit = QDateEdit(self)
        for edit, name in ((self.from_edit, self.tr("From")), (self.to_edit, self.tr("To"))):
            edit.setCalendarPopup(True)
            dates.set_date_format(edit, lang)
            edit.setAccessibleName(name)
        today = date.today()
        self.from_edit.setDate(dates.qdate(today.replace(year=today.year - 1, day=1)))
        self.to_edit.setDate(dates.qdate(today))
        self.back_button = button(self.tr("Zoom out"), parent=self,
                                  accessible=self.tr("Show the whole timeline again"))
        self.back_button.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kinds_button)
        row.addWidget(self.zoom_combo)
        row.addWidget(self.all_time_check)
        row.addWidget(self.from_edit)
        self.dash = label("–", wrap=False, parent=self)
        row.addWidget(self.dash)
        row.addWidget(self.to_edit)
        row.addWidget(self.back_button)
        row.addStretch(1)
        self._show_period_fields()

        self._show_kinds_chosen()
        for action in self.kind_actions.values():
            action.toggled.connect(self._show_kinds_chosen)
            action.toggled.connect(self._on_changed)
        self.zoom_combo.currentIndexChanged.connect(self._on_changed)
        self.all_time_check.toggled.connect(self._on_changed)
        self.from_edit.dateChanged.connect(self._on_changed)
        self.to_edit.dateChanged.connect(self._on_changed)
        self.back_button.clicked.connect(self._on_zoom_out)

    def kind_word(self, kind: str) -> str:
        return {
            EVENT: self.tr("What happened"),
            MILESTONE: self.tr("Milestones in my journal"),
            BOUNDARY: self.tr("Boundaries"),
            CROSSING: self.tr("Boundaries crossed"),
            NEED: self.tr("Needs"),
            STI_TEST: self.tr("STI tests"),
            SESSION: self.tr("Sessions"),
            CHECKIN: self.tr("Very hard and very good days"),
        }[kind]

    def kinds(self) -> list[str]:
        return [k for k, action in self.kind_actions.items() if action.isChecked()]

    def period(self) -> tuple[date | None, date | None]:
        if self.all_time_check.isChecked():
            return None, None
        return dates.pydate(self.from_edit.date()), dates.pydate(self.to_edit.date())

    def zoom(self) -> str:
        return str(self.zoom_combo.currentData())

    def zoom_in(self, first: date, last: date, zoom: str) -> None:
        """Closer: the period of a year or a month she opened, shown by `zoom`."""
        self.all_time_check.blockSignals(True)
        self.all_time_check.setChecked(False)
        self.all_time_check.blockSignals(False)
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(dates.qdate(day))
            edit.blockSignals(False)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(zoom))
        self._show_period_fields()
        self.back_button.show()

    @Slot()
    def _on_changed(self) -> None:
        self._show_period_fields()
        self.changed.emit()

    @Slot()
    def _show_kinds_chosen(self) -> None:
        chosen, total = len(self.kinds()), len(self.kind_actions)
        self.kinds_button.setText(self.tr("Show: all") if chosen == total else self.tr(
            "Show: %1 of %2").replace("%1", str(chosen)).replace("%2", str(total)))

    def _show_period_fields(self) -> None:
        """The dates only when they choose the period: with "All the time" a range
        beside it would contradict the older items in the list."""
        shown = not self.all_time_check.isChecked()
        for widget in (self.from_edit, self.dash, self.to_edit):
            widget.setVisible(shown)

    @Slot()
    def _on_zoom_out(self) -> None:
        self.back_button.hide()
        self.all_time_check.setChecked(True)
        self.zoom_combo.setCurrentIndex(ZOOMS.index(YEARS))
