"""The check-in page: a minute for herself. Mood, anxiety and feeling safe on 0–10,
sleep, meals, movement, what helped, triggers met, a short note.

Everything is optional and the keyboard does it all: Tab moves between rows, the arrow
keys or a digit choose on a 0–10 row, Space toggles a chip, Up raises a count. A
check-in is saved a second after each change (and on page switch, lock or quit); a new
one reaches the vault once something is filled in. One or more a day, editable later.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal.checkin_models import Checkin
from journal.checkins import CheckinStore
from journal.errors import CheckinNotFound, HavenError
from journal.vault import Vault
from ui import dates, messages
from ui.hub import Hub
from ui.pages.checkin_form import CheckinForm
from ui.settings import Settings
from ui.widgets import button, card, label, scrolling_page
from ui.widgets.flow_layout import FlowLayout


class CheckinPage(QWidget):
    """Choose a day and one of its check-ins (or a new one), and fill it in."""

    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName("checkinPage")
        dates.follow_language(self)  # "7.0 hours" in English, "7,0 uur" in Dutch
        self._vault = vault
        self._hub = hub
        self._settings = settings
        self._today = today
        self._store = CheckinStore(vault)
        self._switching = False

        content = QWidget(self)
        content.setObjectName("screen")
        title = label(self.tr("Check-in"), "pageTitle", parent=content)
        intro = label(self.tr("A minute for yourself. Fill in only what you like; every "
                              "question may stay empty, and a day you skip is simply "
                              "a day you skipped."), "subtle", parent=content)

        top = QHBoxLayout()
        choose = FlowLayout(spacing=12, line_spacing=8)  # wraps in a narrow window
        self.day_edit = QDateEdit(content)
        self.day_edit.setCalendarPopup(True)
        dates.set_date_format(self.day_edit, long=True)
        self.day_edit.setAccessibleName(self.tr("Day of the check-in"))
        self.day_edit.setMaximumDate(dates.qdate(today()))
        self.day_edit.setMinimumWidth(dates.longest_date_width(self.day_edit, dates.LONG) + 40)
        choose.addWidget(self.day_edit)
        self.which = QComboBox(content)
        self.which.setAccessibleName(self.tr("Which check-in of this day"))
        self.which.setMinimumContentsLength(18)
        choose.addWidget(self.which)
        top.addLayout(choose, 1)
        self.status_label = QLabel(content)
        self.status_label.setObjectName("subtle")
        self.status_label.setAccessibleName(self.tr("Save status"))
        top.addWidget(self.status_label, 0, Qt.AlignmentFlag.AlignTop)

        form_card = card(content)
        self.form = CheckinForm(self._store, vault, settings, form_card)
        self.form.autosave.announce(hub, "checkin")
        inner = QVBoxLayout(form_card)
        inner.setContentsMargins(18, 16, 18, 16)
        inner.addWidget(self.form)

        bottom = QHBoxLayout()
        self.delete_button = button(self.tr("Delete…"), parent=content,
                                    accessible=self.tr("Delete this check-in"))
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        self.agenda_button = button(self.tr("For my session…"), parent=content,
                                    accessible=self.tr("Add to my session agenda"))
        self.agenda_button.setToolTip(self.tr("Add this check-in as a topic for your next "
                                              "session (Ctrl+Shift+G)"))
        bottom.addWidget(self.agenda_button)
        self.done_button = button(self.tr("Done"), "primary", parent=content,
                                  accessible=self.tr("Save the check-in"))
        self.done_button.setToolTip(self.tr("Your check-in also saves itself as you go "
                                            "(Ctrl+S)"))
        bottom.addWidget(self.done_button)

        column = QVBoxLayout(content)
        column.setContentsMargins(32, 28, 32, 28)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addLayout(top)
        column.addWidget(form_card)
        column.addLayout(bottom)
        # Under the buttons she just used: "saved" where she looks, covering nothing.
        self.notice_line = label("", "noticeLine", parent=content)
        self.notice_line.setAccessibleName(self.tr("Message"))
        self.notice_line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.notice_line.hide()
        column.addWidget(self.notice_line)
        column.addStretch(1)
        content.setMaximumWidth(980)

        scrolling_page(self, content)

        QWidget.setTabOrder(self.day_edit, self.which)
        QWidget.setTabOrder(self.which, self.form.mood)
        QWidget.setTabOrder(self.form.mood, self.form.anxiety)
        QWidget.setTabOrder(self.form.anxiety, self.form.safety)
        QWidget.setTabOrder(self.form.safety, self.form.sleep_hours)
        QWidget.setTabOrder(self.form.sleep_hours, self.form.sleep_quality)
        QWidget.setTabOrder(self.form.sleep_quality, self.form.meals)
        QWidget.setTabOrder(self.form.meals, self.form.movement)
        self.form.refresh_lists()  # chips and counts follow the movement box
        QWidget.setTabOrder(self.form.note, self.done_button)
        QWidget.setTabOrder(self.done_button, self.delete_button)

        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self._on_done)
        self.agenda_shortcut = QShortcut(QKeySequence("Ctrl+Shift+G"), self)
        self.agenda_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.agenda_shortcut.activated.connect(self.request_agenda)
        self.agenda_button.clicked.connect(self.request_agenda)
        self.day_edit.dateChanged.connect(self._on_day_changed)
        self.which.activated.connect(self._on_which)
        self.done_button.clicked.connect(self._on_done)
        self.delete_button.clicked.connect(self._on_delete)
        self.form.saved.connect(self._on_saved)
        self.form.edited.connect(lambda: messages.clear_notice(self.notice_line))
        self.setStyleSheet(
            "QFrame#scaleRow { border: 1px solid transparent; border-radius: 8px; }"
            " QFrame#scaleRow:focus { border: 1px dashed palette(dark); }"
            " QToolButton#scaleButton { border: 1px solid palette(mid); border-radius: 6px;"
            " padding: 3px 3px; background: palette(base); }"
            " QToolButton#scaleButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"
            " QPushButton#chip { border-radius: 13px; padding: 4px 12px; }"
            " QPushButton#chip:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }")
        self.open_day(today())

    # -- public ----------------------------------------------------------------------

    def open_day(self, day: date, checkin_id: int | None = None) -> None:
        """Show a day: the given check-in, else its latest, else a new one."""
        if not self.save_pending():
            return
        messages.clear_notice(self.notice_line)  # it spoke of the check-in shown before
        self._switching = True
        try:
            self.day_edit.setDate(dates.qdate(day))
        finally:
            self._switching = False
        checkins = self._store.on_day(day) if self._vault.is_open else []
        self._fill_which(checkins)
        chosen = next((c for c in checkins if c.id == checkin_id), None)
        if chosen is None and checkins and checkin_id is None:
            chosen = checkins[-1]
        self._show(chosen, day)

    def open_today(self) -> None:
        """Today's latest check-in, or a new one; focus on the first question."""
        self.open_day(self._today())
        self.form.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_checkin(self, day: date | None = None) -> None:
        if not self.save_pending():
            return
        day = day or self._day()
        self.open_day(day, checkin_id=-1)  # -1: nothing matches, so a new one

    def save_pending(self) -> bool:
        return self.form.save_now()

    def request_agenda(self) -> None:
        """"Add to my session agenda" for the check-in shown: saved first, so the topic
        can link to it; the note's first line (or the day) is the suggested topic."""
        if not self.save_pending():
            return
        checkin_id = self.form.checkin_id
        if checkin_id is None:
            messages.info(self, self.tr("Session agenda"), self.tr(
                "Fill in something in this check-in first; then you can add it to your "
                "agenda."))
            return
        note = self.form.note.toPlainText().strip()
        day = dates.long_date(self.form.day)
        self._hub.agenda_add_requested.emit(
            "checkin", checkin_id, note or self.tr("My check-in of %1").replace("%1", day))

    # -- events ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        """The focus on the first question, not in the date field above it, where a digit
        or an arrow key would change the day."""
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            self.form.mood.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- private ---------------------------------------------------------------------

    def _day(self) -> date:
        return dates.pydate(self.day_edit.date())

    def _fill_which(self, checkins: list[Checkin]) -> None:
        self.which.clear()
        for c in checkins:
            when = ""
            if c.created_at is not None:
                local = c.created_at.astimezone()
                when = dates.clock_time(local)
            self.which.addItem(self.tr("Check-in of %1").replace("%1", when), c.id)
        self.which.addItem(self.tr("New check-in"), None)

    def _show(self, checkin: Checkin | None, day: date) -> None:
        if checkin is None:
            self.form.start_new(day)
            self.which.setCurrentIndex(self.which.count() - 1)
            self.status_label.setText("")
        else:
            self.form.load(checkin)
            self.which.setCurrentIndex(max(0, self.which.findData(checkin.id)))
            self.status_label.setText(self.tr("Saved"))
        self.delete_button.setEnabled(checkin is not None)

    def _refresh_which(self) -> None:
        checkins = self._store.on_day(self.form.day)
        self._fill_which(checkins)
        index = self.which.findData(self.form.checkin_id)
        self.which.setCurrentIndex(index if index >= 0 else self.which.count() - 1)

    # -- private slots ---------------------------------------------------------------

    @Slot(QDate)
    def _on_day_changed(self, qdate: QDate) -> None:
        if self._switching:
            return
        self.open_day(dates.pydate(qdate))

    @Slot(int)
    def _on_which(self, index: int) -> None:
        checkin_id = self.which.itemData(index)
        if checkin_id == self.form.checkin_id and checkin_id is not None:
            return
        if checkin_id is None:
            self.new_checkin(self.form.day)
        else:
            self.open_day(self.form.day, checkin_id)

    @Slot()
    def _on_done(self) -> None:
        if self.form.save_now():
            stored = self.form.checkin_id is not None
            self.status_label.setText(self.tr("Saved") if stored
                                      else self.tr("Nothing filled in yet"))
            # The status sits at the top, often scrolled away: say it where she looks,
            # and what comes next.
            messages.notice(self, self.tr(
                "Your check-in is saved. You can still change it; Trends shows how your "
                "days go over time.") if stored else self.tr(
                "Nothing filled in yet, so nothing was saved."), line=self.notice_line)

    @Slot(int, bool)
    def _on_saved(self, _checkin_id: int, is_new: bool) -> None:
        self.status_label.setText(self.tr("Saved"))
        self.delete_button.setEnabled(True)
        if is_new:
            self._refresh_which()

    @Slot()
    def _on_delete(self) -> None:
        checkin_id = self.form.checkin_id
        if checkin_id is None:
            return
        if not messages.confirm(self, self.tr("Delete this check-in?"), self.tr(
                "This check-in will be removed for good. This cannot be undone."),
                destructive=True, yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
            return
        try:
            self._store.delete(checkin_id)
        except CheckinNotFound:
            pass
        except (HavenError, OSError) as exc:
            messages.error(self, self.tr("The check-in was not deleted"),
                           messages.error_text(exc))
            return
        self.form.forget()
        self._hub.records_changed.emit("checkin")
        day = self.form.day
        self.open_day(day, checkin_id=-1)
