"""What happened: one chronological view of the dated things in Haven, and the events
she writes down herself (what happened, when, as exactly as she remembers it, and how
she knows it).

Contract with the workspace: `TimelinePage(vault, hub, settings)`, `save_pending()`,
`open_event(id)`, `new_event()`. Choosing an item that is not an event asks the hub to
open its record (a boundary, a need, an entry, a check-in, ...).

A new event is stored only when she has said how she knows it. Until then what she typed
is kept as a form draft in the vault (journal/form_drafts.py), so a lock, a crash or a
quick exit loses nothing, and it comes back when she returns to "Add what happened",
until she adds it or throws it away ("Throw away…", in Delete's place).
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from journal.errors import HavenError, MissingField, RecordNotFound
from journal.events import EventDraft, EventStore, Precision, Season, Source, When
from journal.form_drafts import FormDrafts
from journal.timeline import (
    EVENT,
    TimelineItem,
)
from journal.vault import Vault
from ui import dates, messages
from ui.hub import Hub
from ui.models.timeline_model import (
    DAYS,
    MONTHS,
    HeaderRole,
    ItemRole,
    PeriodRole,
    TimelineDelegate,
    TimelineModel,
)
from ui.pages.timeline_filters import TimelineFilters
from ui.pages.timeline_words import TimelineWords
from ui.pages.worksheet import DraftAutosave
from ui.settings import Settings
from ui.widgets import button, label, message_label, scrolling_page
from ui.widgets.list_items import EmptyHint

# The one new event she is still writing (an event already stored is saved instead).
DRAFT_NAME = "timeline:new"


class TimelinePage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePage")
        self._vault = vault
        self._hub = hub
        self._lang = settings.effective_language()
        self.store = EventStore(vault)
        self.words = TimelineWords(self._lang, self)
        self.model = TimelineModel(vault, self.words.describe, self.words.group_text, self)
        self._event_id: int | None = None
        self._dirty = False
        self._loading = False
        self._pending_select: int | None = None  # an event to select once rows arrive
        self._drafts = FormDrafts(vault)
        self._build()
        self._connect()
        self.reload()
        self._show_new()

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        # Titled as in the sidebar; what it holds is "what happened".
        title = label(self.tr("Timeline"), "pageTitle", parent=self)
        intro = label(self.tr(
            "When you have been lied to, it is easy to start doubting your own memory. "
            "Here you can write down what happened and how you know it, and see it beside "
            "what you already noted in Haven. A date can be as rough as you remember it."),
            parent=self)

        self.filters = TimelineFilters(self._lang, self)

        self.list_view = QListView(self)
        self.list_view.setObjectName("timelineList")
        self.list_view.setAccessibleName(self.tr("Timeline"))
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(False)
        self.list_view.setUniformItemSizes(True)  # see TimelineDelegate
        # The delegate cuts long titles with "…": a sideways scroll bar would only
        # appear when the vertical one takes its room, and show nothing more.
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setItemDelegate(TimelineDelegate(self.list_view))
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.count_label = label("", "subtle", parent=self)
        self.empty_hint = EmptyHint(self.list_view, self.tr(
            "Nothing on your timeline here yet. You can add something that happened, or "
            "mark a journal entry as a milestone."))
        self.new_button = button(self.tr("Add what happened"), "primary", parent=self)
        left = QWidget(self)
        left.setMinimumWidth(320)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list_view, 1)

        # One event.
        self.editor = QWidget(self)
        self.editor_title = label("", parent=self.editor)
        self.editor_title.setStyleSheet("font-weight: 600;")
        self.what_edit = QPlainTextEdit(self.editor)
        self.what_edit.setAccessibleName(self.tr("What happened"))
        self.what_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        self.what_edit.setTabChangesFocus(True)
        self.what_edit.setFixedHeight(70)
        self.error_label = label("", "errorText", parent=self.editor)
        self.precision_combo = QComboBox(self.editor)
        self.precision_combo.setAccessibleName(self.tr("How exact the date is"))
        for precision, text in ((Precision.DAY, self.tr("On this day")),
                                (Precision.AROUND, self.tr("Around this day")),
                                (Precision.MONTH, self.tr("In this month")),
                                (Precision.SEASON, self.tr("In this season")),
                                (Precision.YEAR, self.tr("In this year"))):
            self.precision_combo.addItem(text, precision.value)
        self.day_edit = QDateEdit(self.editor)
        self.day_edit.setCalendarPopup(True)
        dates.set_date_format(self.day_edit, self._lang)
        self.day_edit.setAccessibleName(self.tr("Date"))
        self.words_edit = QLineEdit(self.editor)
        self.words_edit.setAccessibleName(self.tr("The date in your own words"))
        self.words_edit.setPlaceholderText(self.tr("In your words: \"around Christmas\""))
        self.shown_label = label("", "subtle", parent=self.editor)
        self.source_combo = QComboBox(self.editor)
        self.source_combo.setAccessibleName(self.tr("How I know it"))
        for source in Source:
            self.source_combo.addItem(TimelineWords.source_word(source), source.value)
        # Nothing chosen for a new event: how she knows it is hers to say, never assumed.
        self.source_combo.setPlaceholderText(self.tr("Choose how you know it"))
        # Right under the field it is about, not far above it under "What happened"; its
        # room is kept while it is hidden, so Save never jumps away from under her pointer.
        self.source_error = message_label("errorText", parent=self.editor)
        self.source_error.setText(self.tr(
            "Choose how you know it first. If you no longer know for sure, choose "
            "\"%1\".").replace("%1", TimelineWords.source_word(Source.UNSURE)))
        source_error_room = QWidget(self.editor)
        # A stack's height is its tallest widget's, shown or not (QStackedLayout).
        room = QStackedLayout(source_error_room)
        room.setStackingMode(QStackedLayout.StackingMode.StackAll)
        room.setContentsMargins(0, 0, 0, 0)
        room.addWidget(self.source_error)
        self.source_error.hide()
        self.note_edit = QPlainTextEdit(self.editor)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setPlaceholderText(self.tr("A note, if you like: what you felt, what "
                                                  "you still wonder"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(90)
        self.save_button = button(self.tr("Save"), "primary", parent=self.editor,
                                  accessible=self.tr("Save what happened"))
        self.delete_button = button(self.tr("Delete…"), parent=self.editor,
                                    accessible=self.tr("Delete this from the timeline"))
        # In Delete's place while the event is not stored: her way out of a draft that
        # would otherwise come back with every "Add what happened".
        self.discard_button = button(self.tr("Throw away…"), parent=self.editor,
                                     accessible=self.tr("Throw away what you started"))
        self.save_label = label("", "subtle", parent=self.editor)
        self.draft_autosave = DraftAutosave(self._drafts, self._collect_draft, self.editor)
        when_row = QHBoxLayout()
        when_row.addWidget(self.precision_combo)
        when_row.addWidget(self.day_edit)
        when_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("When"), when_row)  # a row of two fields: no single buddy
        form.addRow("", self.words_edit)
        form.addRow("", self.shown_label)
        form.addRow(self.tr("&How I know it"), self.source_combo)
        form.addRow("", source_error_room)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_label)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.save_button)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        editor_layout.setSpacing(8)
        editor_layout.addWidget(self.editor_title)
        editor_layout.addWidget(self.what_edit)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.note_edit)
        editor_layout.addLayout(buttons)
        # Below the buttons, where she looks after pressing Save; above, it would push
        # Save down.
        editor_layout.addWidget(self.error_label)
        editor_layout.addWidget(self.draft_autosave.message)
        editor_layout.addStretch(1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 440])

        content = QWidget(self)
        content.setObjectName("screen")
        column = QVBoxLayout(content)
        column.setContentsMargins(36, 28, 36, 20)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.filters)
        column.addWidget(splitter, 1)
        scrolling_page(self, content)

    def _connect(self) -> None:
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(self._on_load_failed)
        self.filters.changed.connect(self._on_filter_changed)
        self.list_view.activated.connect(self._on_activated)
        self.list_view.clicked.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_event)
        self.save_button.clicked.connect(self.save_now)
        self.delete_button.clicked.connect(self._on_delete)
        self.discard_button.clicked.connect(self._on_discard)
        for signal in (self.what_edit.textChanged, self.note_edit.textChanged,
                       self.words_edit.textChanged, self.precision_combo.currentIndexChanged,
                       self.day_edit.dateChanged, self.source_combo.currentIndexChanged):
            signal.connect(self._on_changed)

    # -- public ----------------------------------------------------------------------

    @property
    def event_id(self) -> int | None:
        return self._event_id

    def reload(self) -> None:
        """Read the timeline again, on a worker: the rows follow (`model.loaded`)."""
        self.model.reload()

    @Slot()
    def new_event(self) -> None:
        """The form for a new event (or the one she had not finished), with the cursor in
        "What happened". No parameter: `clicked` would pass its `checked` into one."""
        if not self.save_pending():
            return
        self._show_new()
        self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_event(self, event_id: int) -> bool:
        if not self.save_pending():
            return False
        try:
            event = self.store.get(event_id)
        except RecordNotFound:
            self.reload()
            return False
        self._load(event.id, event.draft())
        self._pending_select = event_id
        if not self.model.loading:
            self._on_loaded()
        return True

    def save_pending(self) -> bool:
        """Save what she typed, if anything. An event without "what happened" or "how I
        know it" is not saved; a new one is kept as a draft instead, an event already
        stored keeps what it had."""
        if (self._dirty and self.what_edit.toPlainText().strip()
                and self.source_combo.currentIndex() >= 0):
            return self.save_now()
        return self.draft_autosave.flush()

    @Slot()
    def save_now(self) -> bool:
        if self.source_combo.currentIndex() < 0:
            self.source_error.show()
            if self.what_edit.toPlainText().strip():
                self.source_combo.setFocus()
                return False
            self._show_error(self.tr("Write a few words about what happened first."))
            self.what_edit.setFocus()
            return False
        draft = EventDraft(self._when(), self.what_edit.toPlainText(),
                           Source(self.source_combo.currentData()),
                           self.note_edit.toPlainText())
        was_new = self._event_id is None
        try:
            if self._event_id is None:
                self._event_id = self.store.create(draft)
            else:
                self.store.update(self._event_id, draft)
        except MissingField:
            self._show_error(self.tr("Write a few words about what happened first."))
            return False
        except RecordNotFound:
            self._event_id = self.store.create(draft)
        except HavenError as exc:
            self._show_error(messages.error_text(exc))
            return False
        self._dirty = False
        if was_new:
            self.draft_autosave.forget(DRAFT_NAME)  # it is an event now
        self.error_label.hide()
        self.source_error.hide()
        self.save_label.setText(self.tr("Saved"))
        self._update_buttons()
        self.editor_title.setText(self.tr("What happened"))
        self._pending_select = self._event_id
        self.reload()
        return True

    # -- events ----------------------------------------------------------------------

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        # Records of other pages change while this one is hidden; there is no signal for
        # each of them, and reading the keys is cheap (bench/RESULTS.md, "Timeline").
        self.reload()
        super().showEvent(event)  # type: ignore[arg-type]

    # -- private ---------------------------------------------------------------------

    def _when(self) -> When:
        day = dates.pydate(self.day_edit.date())
        words = self.words_edit.text()
        precision = Precision(self.precision_combo.currentData())
        if precision is Precision.AROUND:
            return When.around(day, words)
        if precision is Precision.MONTH:
            return When.in_month(day.year, day.month, words)
        if precision is Precision.SEASON:
            # The season the chosen day falls in (January and February: last winter's).
            season = {3: Season.SPRING, 6: Season.SUMMER, 9: Season.AUTUMN}
            start = next((m for m in (9, 6, 3) if day.month >= m), None)
            if day.month == 12 or start is None:
                return When.in_season(day.year - (day.month < 3), Season.WINTER, words)
            return When.in_season(day.year, season[start], words)
        if precision is Precision.YEAR:
            return When.in_year(day.year, words)
        return When.on(day, words)

    def _show_new(self) -> None:
        """The form for a new event: empty, or the one she had not finished."""
        self._load(None)
        try:
            data = self._drafts.load(DRAFT_NAME)
        except messages.FAILURES:  # a damaged vault: the form starts empty
            data = None
        if not data:
            return
        self._loading = True
        try:
            self.what_edit.setPlainText(str(data.get("what", "")))
            self.note_edit.setPlainText(str(data.get("note", "")))
            # She goes on where she stopped, not in front of her own words.
            for edit in (self.what_edit, self.note_edit):
                edit.moveCursor(QTextCursor.MoveOperation.End)
            self.words_edit.setText(str(data.get("words", "")))
            precision = self.precision_combo.findData(data.get("precision"))
            if precision >= 0:
                self.precision_combo.setCurrentIndex(precision)
            with contextlib.suppress(ValueError):  # a day it cannot read: today stays
                self.day_edit.setDate(dates.qdate(date.fromisoformat(str(data.get("day")))))
            self.source_combo.setCurrentIndex(self.source_combo.findData(data.get("source")))
        finally:
            self._loading = False
        self._dirty = True  # saved as an event as soon as it can be, like before the lock
        self.save_label.setText(self._draft_status())
        self._update_buttons()
        self._update_shown()

    def _draft_status(self) -> str:
        """What a kept draft still needs before it can be added as an event."""
        if not self.what_edit.toPlainText().strip():
            return self.tr("Kept as a draft: write what happened to add it")
        if self.source_combo.currentIndex() < 0:
            return self.tr("Kept as a draft: choose how you know it to add it")
        return self.tr("Kept as a draft: save it to add it")

    def _collect_draft(self) -> tuple[str, dict[str, Any]] | None:
        if self._event_id is not None:
            return None
        return DRAFT_NAME, {
            "what": self.what_edit.toPlainText(), "note": self.note_edit.toPlainText(),
            "words": self.words_edit.text(), "precision": self.precision_combo.currentData(),
            "day": dates.pydate(self.day_edit.date()).isoformat(),
            "source": self.source_combo.currentData()}

    def _typed(self) -> bool:
        return any(text.strip() for text in (self.what_edit.toPlainText(),
                                             self.note_edit.toPlainText(),
                                             self.words_edit.text()))

    def _load(self, event_id: int | None, draft: EventDraft | None = None) -> None:
        self.draft_autosave.reset()  # a draft is kept by save_pending before this
        self._loading = True
        try:
            self._event_id = event_id
            today = date.today()
            when = draft.when if draft else When.on(today)
            self.what_edit.setPlainText(draft.what if draft else "")
            self.note_edit.setPlainText(draft.note if draft else "")
            self.words_edit.setText(when.words)
            self.precision_combo.setCurrentIndex(
                self.precision_combo.findData(when.precision.value))
            self.day_edit.setDate(dates.qdate(when.sort_day))
            self.source_combo.setCurrentIndex(
                self.source_combo.findData(draft.source.value) if draft else -1)
            self.editor_title.setText(self.tr("What happened") if draft
                                      else self.tr("Add what happened"))
            self.save_label.setText("")
            self.error_label.hide()
            self.source_error.hide()
            self._dirty = False
        finally:
            self._loading = False
        self._update_buttons()
        self._update_shown()

    def _update_buttons(self) -> None:
        """Delete for a stored event; Throw away for a new one, once there is something
        to throw away."""
        stored = self._event_id is not None
        self.delete_button.setVisible(stored)
        self.discard_button.setVisible(not stored)
        self.discard_button.setEnabled(not stored and self._typed())

    def _update_shown(self) -> None:
        when = self._when()
        self.shown_label.setText(self.tr("Shown as: %1").replace(
            "%1", self.words.when_text(When(when.precision, when.start, when.end, when.sort_day))))

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_loaded(self) -> None:
        self.count_label.setText(self.words.count_text(self.model.item_count))
        event_id, self._pending_select = self._pending_select, None
        row = self.model.row_of(EVENT, event_id) if event_id is not None else -1
        if row >= 0:
            self.list_view.setCurrentIndex(self.model.index(row))
            self.list_view.scrollTo(self.model.index(row))

    @Slot(object)
    def _on_load_failed(self, exc: HavenError) -> None:
        messages.error(self, self.tr("What happened"), messages.error_text(exc))

    @Slot()
    def _on_changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self.save_label.setText("")
        if self.source_combo.currentIndex() >= 0:
            self.source_error.hide()
        if self._event_id is None:
            if self._typed():
                self.draft_autosave.changed()
            else:  # all cleared: nothing to bring back
                self.draft_autosave.forget(DRAFT_NAME)
        self._update_buttons()
        self._update_shown()

    @Slot()
    def _on_filter_changed(self) -> None:
        first, last = self.filters.period()
        self.model.set_filter(kinds=self.filters.kinds(), first=first, last=last,
                              zoom=self.filters.zoom())

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        if index.data(HeaderRole):
            period = index.data(PeriodRole)
            if self.model.zoom == DAYS or period is None:
                return
            # Closer: a year shows its months, a month its days.
            first, last = period
            self.filters.zoom_in(first, last, DAYS if self.model.zoom == MONTHS else MONTHS)
            return
        item: TimelineItem | None = index.data(ItemRole)
        if item is None:
            return
        if item.kind == EVENT:
            self.open_event(item.record_id)
        else:
            self.save_pending()
            self._hub.open_record_requested.emit(item.record_kind, item.record_id)

    @Slot()
    def _on_delete(self) -> None:
        if self._event_id is None:
            return
        if not messages.confirm(
                self, self.tr("Delete this from your timeline?"),
                self.tr("What you wrote about it, and how you know it, will be removed "
                        "from your timeline for good. This cannot be undone."),
                yes_text=self.tr("Delete"), no_text=self.tr("Keep it"), destructive=True):
            return
        try:
            self.store.delete(self._event_id)
        except RecordNotFound:
            pass
        except HavenError as exc:
            messages.error(self, self.tr("It could not be deleted"), messages.error_text(exc))
            return
        self._show_new()
        self.reload()

    @Slot()
    def _on_discard(self) -> None:
        if self._event_id is not None or not self._typed():
            return
        if not messages.confirm(
                self, self.tr("Throw away what you started?"),
                self.tr("What you wrote here is not on your timeline yet. It will be gone "
                        "for good. This cannot be undone."),
                yes_text=self.tr("Throw away"), no_text=self.tr("Keep writing"),
                destructive=True):
            return
        # Not draft_autosave.forget(): that gives the draft up even when the drop fails
        # (right once the form became an event); thrown away, it stays pending then.
        try:
            self._drafts.drop(DRAFT_NAME)
        except messages.FAILURES as exc:  # her words stay in the form and in the vault
            messages.error(self, self.tr("It could not be thrown away"),
                           messages.error_text(exc))
            return
        self._load(None)  # also stops a pending save of the draft
        self.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
