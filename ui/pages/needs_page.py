"""The Needs page: "What do I need now?" Needs in her own words, each with an area, a
status (kept with the date of each change) and dated notes; a note added by mistake
can be deleted through its link in the notes view.

Contract with the main window: `NeedsPage(vault, hub, settings)` and `save_pending()`.
A need is stored once she has typed it and saved a second after each change; a note
being written is kept as a draft in the vault until she adds it.
"""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QPlainTextEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.boundaries import BoundaryStore
from journal.errors import RecordNotFound
from journal.form_drafts import FormDrafts
from journal.need_models import Need, NeedArea, NeedDraft, NeedStatus
from journal.needs import NeedStore
from journal.situation import current_profile
from journal.vault import Vault
from ui import dates, messages
from ui.hub import Hub
from ui.pages.worksheet import (
    DraftAutosave,
    area_word,
    need_status_word,
    status_word,
)
from ui.settings import Settings
from ui.widgets import button, label, scrolling_page, shortened
from ui.widgets.autosave import RecordAutosave
from ui.widgets.list_items import EmptyHint, TwoLineDelegate

NeedIdRole = Qt.ItemDataRole.UserRole + 1
_DELETE_NOTE = "delete-note"  # the scheme of a note's delete link in the notes view
_Index = QModelIndex | QPersistentModelIndex


class NeedListModel(QAbstractListModel):
    def __init__(self, store: NeedStore, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._rows: list[Need] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._store.all()
        self.endResetModel()

    def row_of(self, need_id: int) -> int:
        return next((i for i, n in enumerate(self._rows) if n.id == need_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        need = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = shortened(need.text, 120)  # one first line, however she wrote it
            return f"{text}\n{area_word(need.area)} · {need_status_word(need.status)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return need.text
        if role == NeedIdRole:
            return need.id
        return None


class NeedsPage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needsPage")
        self._vault = vault
        self._hub = hub
        self._settings = settings
        self.store = NeedStore(vault)
        self._boundaries = BoundaryStore(vault)
        self.model = NeedListModel(self.store, self)
        self._open = False
        self._loading = False
        self.autosave: RecordAutosave[NeedDraft] = RecordAutosave(
            self, collect=self._draft_to_store, create=lambda d: self.store.create(d),
            update=lambda i, d: self.store.update(i, d), on_saved=self._on_stored,
            ready=self._has_words, is_open=lambda: self._open and vault.is_open)
        self.autosave.announce(hub, "need")
        self._note_autosave = DraftAutosave(FormDrafts(vault), self._collect_note, self)
        self._build()
        self._connect()
        self.reload()
        self._show_nothing()

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        title = label(self.tr("What do I need now?"), "pageTitle", parent=self)
        self.intro = intro = label(self.tr(
            "In all that is happening it is easy to lose sight of what you need yourself. "
            "Write it down in your own words: to feel safe, to rest, to have support, to "
            "know. Needs can change over time, and that is fine; here you can see how."),
            parent=self)
        self.new_button = button(self.tr("New need"), "primary", parent=self,
                                 accessible=self.tr("Write down a new need"))
        self.list_view = QListView(self)
        self.list_view.setObjectName("needList")
        self.list_view.setAccessibleName(self.tr("My needs"))
        self.list_view.setModel(self.model)
        self.list_view.setWordWrap(True)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.empty_hint = EmptyHint(self.list_view, self.tr(
            "Nothing here yet. What would help you right now, even something small?"))

        left = QWidget(self)
        left.setMinimumWidth(280)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addStretch(1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.list_view, 1)

        # The need itself.
        self.editor = QWidget(self)
        self.text_edit = QPlainTextEdit(self.editor)
        self.text_edit.setAccessibleName(self.tr("What I need"))
        self.text_edit.setPlaceholderText(self.tr("What I need, in my own words"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setFixedHeight(80)
        self.text_label = label(self.tr("What I &need"), parent=self.editor)
        self.text_label.setBuddy(self.text_edit)
        self.error_label = label("", "errorText", parent=self.editor)
        self.area_combo = QComboBox(self.editor)
        self.area_combo.setAccessibleName(self.tr("Area"))
        faith = current_profile(self._vault).faith
        for area in NeedArea:
            if area is NeedArea.FAITH and not faith:
                continue
            self.area_combo.addItem(area_word(area), area.value)
        self.status_combo = QComboBox(self.editor)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status in NeedStatus:
            self.status_combo.addItem(need_status_word(status), status.value)
        self.save_label = label("", "subtle", parent=self.editor)
        self.history_label = label("", "subtle", parent=self.editor)
        self.boundaries_label = label("", "subtle", parent=self.editor)
        self.delete_button = button(self.tr("Delete…"), parent=self.editor,
                                    accessible=self.tr("Delete this need"))
        form = QFormLayout()
        form.addRow(self.tr("&Area"), self.area_combo)
        form.addRow(self.tr("&Status"), self.status_combo)

        # Dated notes.
        self.notes_title = label(self.tr("Notes over time"), parent=self.editor)
        self.notes_title.setStyleSheet("font-weight: 600;")
        self.note_date = QDateEdit(self.editor)
        self.note_date.setCalendarPopup(True)
        dates.set_date_format(self.note_date, self._settings.effective_language())
        self.note_date.setAccessibleName(self.tr("Date of the note"))
        self.note_edit = QPlainTextEdit(self.editor)
        self.note_edit.setAccessibleName(self.tr("A note about this need"))
        self.note_edit.setPlaceholderText(self.tr("How is it with this need now?"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(64)
        self.note_error = label("", "errorText", parent=self.editor)
        self.add_note_button = button(self.tr("Add note"), parent=self.editor,
                                      accessible=self.tr("Add this note"))
        self.notes_view = QTextBrowser(self.editor)
        self.notes_view.setObjectName("needNotes")
        self.notes_view.setAccessibleName(self.tr("Notes over time"))
        self.notes_view.setOpenLinks(False)
        self.notes_view.setMinimumHeight(160)
        self.notes_view.setPlaceholderText(self.tr("No notes yet."))

        top = QHBoxLayout()
        top.addWidget(self.save_label)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_date)
        note_row.addStretch(1)
        note_row.addWidget(self.add_note_button)
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        editor_layout.setSpacing(8)
        editor_layout.addLayout(top)
        editor_layout.addWidget(self.text_label)
        editor_layout.addWidget(self.text_edit)
        editor_layout.addWidget(self.error_label)
        editor_layout.addWidget(self.autosave.message)
        editor_layout.addLayout(form)
        editor_layout.addWidget(self.history_label)
        editor_layout.addWidget(self.boundaries_label)
        editor_layout.addSpacing(6)
        editor_layout.addWidget(self.notes_title)
        editor_layout.addWidget(self.note_edit)
        editor_layout.addWidget(self.note_error)
        editor_layout.addWidget(self._note_autosave.message)
        editor_layout.addLayout(note_row)
        editor_layout.addWidget(self.notes_view, 1)
        self.placeholder = label(self.tr(
            "Choose a need on the left to see how it has changed, or write down a new one."),
            "hint", parent=self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder.setContentsMargins(8, 10, 0, 0)
        right_layout.addWidget(self.placeholder, 0, Qt.AlignmentFlag.AlignTop)
        right_layout.addWidget(self.editor, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([400, 600])  # kept while the right side is empty (no needs yet)

        content = QWidget(self)
        content.setObjectName("screen")
        column = QVBoxLayout(content)
        column.setContentsMargins(36, 28, 36, 20)
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(splitter, 1)
        self.scroll_area = scrolling_page(self, content)
        # The scroll bar always shows, so the text does not reflow (and the page jump)
        # when a need makes the page taller than the window.
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_need)
        self.list_view.clicked.connect(self._on_activated)
        self.list_view.activated.connect(self._on_activated)
        self.text_edit.textChanged.connect(self._on_changed)
        self.area_combo.currentIndexChanged.connect(self._on_changed)
        self.status_combo.currentIndexChanged.connect(self._on_changed)
        self.note_edit.textChanged.connect(self._on_note_changed)
        self.note_date.dateChanged.connect(self._on_note_changed)
        self.add_note_button.clicked.connect(self.add_note)
        self.delete_button.clicked.connect(self._on_delete)
        self.notes_view.anchorClicked.connect(self._on_note_link)

    # -- public ----------------------------------------------------------------------

    @property
    def need_id(self) -> int | None:
        return self._need_id

    def reload(self) -> None:
        try:
            self.model.reload()
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Needs"), messages.error_text(exc))
        # With no needs yet the hint in the list is enough; "choose one on the left"
        # only makes sense when there is one.
        self.placeholder.setVisible(not self._open and self.model.rowCount() > 0)

    @Slot()
    def new_need(self) -> None:
        self.save_pending()
        self._show(None)
        self.text_edit.setFocus()

    def open_need(self, need_id: int) -> bool:
        self.save_pending()
        return self._show(need_id)

    def draft(self) -> NeedDraft:
        return NeedDraft(self.text_edit.toPlainText(),
                         NeedArea(self.area_combo.currentData()),
                         NeedStatus(self.status_combo.currentData()))

    @Slot()
    def save_now(self) -> bool:
        """Write a pending change now. True when nothing is left unsaved."""
        return self.autosave.flush()

    def save_pending(self) -> bool:
        saved = self.save_now()
        return self._note_autosave.flush() and saved

    @Slot()
    def add_note(self) -> bool:
        if not self.save_now() or self._need_id is None:
            self.note_error.setText(self.tr("Write down the need first."))
            return False
        text = self.note_edit.toPlainText()
        if not text.strip():
            self.note_error.setText(self.tr("Write a few words for the note."))
            self.note_edit.setFocus()
            return False
        q = self.note_date.date()
        try:
            self.store.add_note(self._need_id, text, dates.pydate(q))
        except messages.FAILURES as exc:
            messages.error(self, self.tr("The note was not saved"),
                           messages.error_text(exc) + "\n\n" + self.tr(
                               "What you wrote is still here."))
            return False
        self._note_autosave.forget(self._note_name())
        self._hub.records_changed.emit("need")
        self._loading = True
        self.note_edit.clear()
        self._loading = False
        self.note_error.setText("")
        self.reload()
        self._select(self._need_id)
        self._show_details()
        return True

    # -- private ---------------------------------------------------------------------

    @property
    def _need_id(self) -> int | None:
        return self.autosave.record_id

    def _draft_to_store(self) -> NeedDraft | None:
        draft = self.draft()
        if self._need_id is None and not draft.text.strip():
            return None  # nothing typed yet: a new need is not stored empty
        return draft

    def _has_words(self, draft: NeedDraft) -> bool:
        if draft.text.strip():
            return True
        self.error_label.setText(self.tr("A need needs a few words. The earlier "
                                         "wording is kept until you write one."))
        return False

    def _on_stored(self, need_id: int, _is_new: bool) -> None:
        self.error_label.setText("")
        self.save_label.setText(self.tr("Saved"))
        self.reload()
        self._select(need_id)
        self._show_details()

    def _note_name(self) -> str:
        return f"need-note:{self._need_id}"

    def _show_nothing(self) -> None:
        self._open = False
        self.editor.hide()
        self.placeholder.setVisible(self.model.rowCount() > 0)

    def _show(self, need_id: int | None) -> bool:
        need = None
        if need_id is not None:
            try:
                need = self.store.get(need_id)
            except RecordNotFound:
                self.reload()
                self._show_nothing()
                return False
        self.autosave.show(need_id)
        self._loading = True
        try:
            self.text_edit.setPlainText(need.text if need else "")
            self.area_combo.setCurrentIndex(max(0, self.area_combo.findData(
                (need.area if need else NeedArea.OTHER).value)))
            if need is not None and self.area_combo.findData(need.area.value) < 0:
                self.area_combo.addItem(area_word(need.area), need.area.value)
                self.area_combo.setCurrentIndex(self.area_combo.count() - 1)
            self.status_combo.setCurrentIndex(self.status_combo.findData(
                (need.status if need else NeedStatus.NOTICED).value))
            self.error_label.setText("")
            self.note_error.setText("")
            self.save_label.setText(self.tr("Saved") if need else "")
            today = date.today()
            self.note_date.setDate(dates.qdate(today))
            note = None
            if need_id is not None:
                try:
                    note = FormDrafts(self._vault).load(self._note_name())
                except messages.FAILURES:
                    note = None
            self.note_edit.setPlainText(str(note.get("text", "")) if note else "")
            if note and note.get("date"):
                try:
                    d = date.fromisoformat(note["date"])
                    self.note_date.setDate(dates.qdate(d))
                except ValueError:
                    pass
        finally:
            self._loading = False
        self._open = True
        self.placeholder.hide()
        self.editor.show()
        self.delete_button.setEnabled(need is not None)
        self._show_details(need)
        if need_id is not None:
            self._select(need_id)
        else:
            self.list_view.clearSelection()
        return True

    def _show_details(self, need: Need | None = None) -> None:
        if need is None and self._need_id is not None:
            try:
                need = self.store.get(self._need_id)
            except RecordNotFound:
                need = None
        lang = self._settings.effective_language()
        for w in (self.notes_title, self.note_edit, self.note_date, self.add_note_button):
            w.setEnabled(need is not None)
        if need is None:
            self.history_label.setText("")
            self.boundaries_label.setText("")
            self.notes_view.setHtml("")
            return
        self.history_label.setText(" → ".join(
            f"{need_status_word(h.status)} ({dates.short_date(h.changed_on, lang)})"
            for h in need.history))
        linked = self._boundaries.for_need(need.id)
        self.boundaries_label.setText(
            self.tr("Protected by: %1").replace("%1", "; ".join(
                f"{b.action} ({status_word(b.status)})" for b in linked)) if linked else "")
        # With no notes the view is empty and shows its placeholder, in the theme's muted
        # colour (light and dark).
        self.notes_view.setHtml(self._notes_html(need, lang))

    def _notes_html(self, need: Need, lang: str) -> str:
        # A link per note deletes it: Tab reaches each link in the view, Enter follows it.
        delete = html.escape(self.tr("Delete…"))
        hint = html.escape(self.tr("Delete this note"), quote=True)
        return "".join(
            f"<p><b>{html.escape(dates.medium_date(n.note_date, lang))}</b>&nbsp;&nbsp; "
            f'<small><a href="{_DELETE_NOTE}:{n.id}" title="{hint}">{delete}</a></small><br>'
            f"{html.escape(n.text).replace(chr(10), '<br>')}</p>" for n in need.notes)

    def _select(self, need_id: int) -> None:
        row = self.model.row_of(need_id)
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _collect_note(self) -> tuple[str, dict[str, Any]] | None:
        if self._need_id is None:
            return None
        q = self.note_date.date()
        return self._note_name(), {"text": self.note_edit.toPlainText(),
                                   "date": dates.pydate(q).isoformat()}

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_changed(self) -> None:
        if self._loading or not self._open:
            return
        self.save_label.setText(self.tr("Not saved yet"))
        if self.text_edit.toPlainText().strip():
            self.error_label.setText("")
        self.autosave.changed()

    @Slot()
    def _on_note_changed(self) -> None:
        if not self._loading and self._need_id is not None:
            self._note_autosave.changed()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        need_id = index.data(NeedIdRole)
        if need_id is not None and need_id != self._need_id:
            self.open_need(int(need_id))

    @Slot()
    def _on_delete(self) -> None:
        if self._need_id is None:
            return
        if not messages.confirm(
                self, self.tr("Delete this need?"),
                self.tr("The need and its notes will be removed from your journal for good. "
                        "Boundaries that protect it keep your own words for it. This cannot "
                        "be undone."), destructive=True,
                yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
            return
        self.autosave.reset()
        try:
            self.store.delete(self._need_id)
        except RecordNotFound:
            pass
        except messages.FAILURES as exc:
            messages.error(self, self.tr("The need was not deleted"), messages.error_text(exc))
            return
        self._note_autosave.forget(self._note_name())
        self.autosave.show(None)
        self._hub.records_changed.emit("need")
        self.reload()
        self._show_nothing()

    @Slot(QUrl)
    def _on_note_link(self, url: QUrl) -> None:
        if url.scheme() != _DELETE_NOTE or not url.path().isdigit() or self._need_id is None:
            return
        note_id = int(url.path())
        try:
            notes = self.store.get(self._need_id).notes
        except RecordNotFound:
            notes = []
        except messages.FAILURES as exc:
            messages.error(self, self.tr("The note was not deleted"), messages.error_text(exc))
            return
        # Only a note this need still has: the id of a vanished note may be reused.
        note = next((n for n in notes if n.id == note_id), None)
        if note is None:
            self._note_gone()
            return
        lang = self._settings.effective_language()
        words = shortened(note.text, 80)
        if not messages.confirm(
                self, self.tr("Delete this note?"),
                self.tr("The note of %1 will be removed from your journal for good:").replace(
                    "%1", dates.medium_date(note.note_date, lang))
                + "\n\n" + words + "\n\n" + self.tr("This cannot be undone."),
                destructive=True, yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
            return
        try:
            self.store.delete_note(note_id)
        except RecordNotFound:
            self._note_gone()
            return
        except messages.FAILURES as exc:
            messages.error(self, self.tr("The note was not deleted"), messages.error_text(exc))
            return
        self.note_error.setText("")
        self._hub.records_changed.emit("need")
        self._show_details()
        self.notes_view.setFocus()

    def _note_gone(self) -> None:
        self.note_error.setText(self.tr("This note had already been deleted."))
        self._show_details()
