"""The entry editor: title, date, Markdown body with a reading view, mood, tags, the
"share with my therapist" switch, a writing prompt, autosave. Its fields are in
entry_form.py, the Markdown field and the reading view's touches in entry_text.py.

A new entry reaches the vault only once she has typed something; from then on each
save updates it. Saving keeps the text in the editor whatever happens, so an error
(a full disk, a damaged file) never loses what she wrote.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from journal.entries import EntryStore
from journal.errors import EntryNotFound, HavenError
from journal.events import EventStore
from journal.models import Entry, EntryDraft
from journal.prompts import random_prompt
from journal.situation import current_profile
from journal.vault import Vault
from ui import dates, messages
from ui.models.entry_rows import summary_from_draft
from ui.pages.entry_form import EntryForm
from ui.pages.entry_text import add_photos, style_quotes
from ui.settings import Settings
from ui.widgets.autosave import RecordAutosave


class EntryEditor(EntryForm):
    """Edits one entry at a time and saves it into the vault."""

    saved = Signal(int, object, bool)  # entry id, its EntrySummary, whether it was new
    deleted = Signal(int)
    closed = Signal()  # the open entry went away without being stored (a discarded draft)
    agenda_requested = Signal(int, str)  # entry id, a suggested topic (its title or text)
    remove_from_backups = Signal()  # after a delete: she asked the backups to drop it

    def __init__(self, vault: Vault, store: EntryStore, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(settings, parent)
        self._vault = vault
        self._store = store
        self._loading = False
        self._open = False
        self._saved_draft: EntryDraft | None = None

        self.autosave: RecordAutosave[EntryDraft] = RecordAutosave(
            self, collect=self._draft_to_store, create=self._create, update=self._update,
            on_saved=self._on_stored,
            is_open=lambda: vault.is_open and self._open)
        self._column.insertWidget(self._message_at, self.autosave.message)

        self._connect()
        self.clear()

    # -- construction ----------------------------------------------------------------

    def _connect(self) -> None:
        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save,
                                        self.save_now)
        self.read_action = self._action(self.tr("Reading view"), QKeySequence("Ctrl+E"),
                                        self.read_button.toggle)
        self.prompt_action = self._action(self.tr("Give me a prompt"),
                                          QKeySequence("Ctrl+Shift+P"), self._on_prompt)
        self.agenda_action = self._action(self.tr("Add to my session agenda"),
                                          QKeySequence("Ctrl+Shift+G"), self.request_agenda)

        self.title_edit.textEdited.connect(self._on_changed)
        self.body_edit.textChanged.connect(self._on_body_changed)
        self.date_edit.dateChanged.connect(self._on_changed)
        self.tags_edit.textChanged.connect(self._on_changed)
        self.tags_edit.textChanged.connect(self._update_tag_choices)
        self.share_check.toggled.connect(self._on_changed)
        self.milestone_check.toggled.connect(self._on_changed)
        self.mood_group.idClicked.connect(self._on_mood_clicked)
        self.read_button.toggled.connect(self._on_read_toggled)
        self.prompt_button.clicked.connect(self._on_prompt)
        self.other_prompt_button.clicked.connect(self._on_prompt)
        self.remove_prompt_button.clicked.connect(self._on_remove_prompt)
        self.delete_button.clicked.connect(self.delete_entry)
        self.agenda_button.clicked.connect(self.request_agenda)

    # -- public ----------------------------------------------------------------------

    @property
    def entry_id(self) -> int | None:
        """The id of the open entry, or None for a new one not stored yet (or nothing)."""
        return self._entry_id

    @property
    def prompt_id(self) -> str | None:
        return self._prompt_id

    @property
    def is_open(self) -> bool:
        return self._open

    @property
    def is_dirty(self) -> bool:
        return self.autosave.is_dirty

    def start_new(self, prompt_id: str | None = None, entry_date: date | None = None) -> None:
        """An empty entry for today; stored only once she types something."""
        self._show(Entry(entry_date=entry_date or date.today(), prompt_id=prompt_id or None))
        self.body_edit.setFocus()  # her first sentence is not a title

    def load(self, entry: Entry) -> None:
        self._show(entry)

    def clear(self) -> None:
        """Nothing open (after a delete, or before anything was chosen)."""
        self._show(Entry(entry_date=date.today()))
        self._open = False

    def _create(self, draft: EntryDraft) -> int:
        entry_id = self._store.create(draft)
        EventStore(self._vault).set_milestone(entry_id, self.milestone_check.isChecked())
        return entry_id

    def _update(self, entry_id: int, draft: EntryDraft) -> None:
        self._store.update(entry_id, draft)
        EventStore(self._vault).set_milestone(entry_id, self.milestone_check.isChecked())

    def unsaved(self) -> tuple[int | None, EntryDraft] | None:
        """The entry's id and what she typed, while it is not saved (else None)."""
        if not self.is_dirty or not self._open:
            return None
        draft = self.draft()
        if self.entry_id is None and not self._has_text(draft):
            return None
        return self.entry_id, draft

    def bring_back(self, entry_id: int | None, draft: EntryDraft) -> None:
        """Show `draft` again as unsaved changes to entry `entry_id` (a new entry if it is
        None or gone): words that could not be saved when the journal locked."""
        entry = None
        if entry_id is not None:
            try:
                entry = self._store.get(entry_id)
            except EntryNotFound:
                entry = None
        self._show(entry or Entry(entry_date=draft.entry_date))
        self._loading = True
        try:
            self._prompt_id = draft.prompt_id
            self.date_edit.setDate(dates.qdate(draft.entry_date))
            self.title_edit.setText(draft.title)
            self.body_edit.setPlainText(draft.body)
            self.tags_edit.setText(", ".join(draft.tags))
            self.share_check.setChecked(draft.share_with_therapist)
            self._set_mood(draft.mood)
            self._show_prompt()
        finally:
            self._loading = False
        self._update_word_count()
        self._mark_changed()

    def save_now(self) -> bool:
        """Write a pending change into the vault now. True when nothing is left unsaved.

        Safe at any time: with nothing open, nothing changed, or the vault locked.
        On an error the text stays in the editor and a later save tries again."""
        return self.autosave.flush()

    def request_agenda(self) -> None:
        """"Add to my session agenda": the entry is saved first, so the topic can link
        to it; a new entry with nothing typed has nothing to link to yet."""
        if not self._open or not self.save_now():
            return
        if self._entry_id is None:
            messages.info(self, self.tr("Session agenda"), self.tr(
                "Write something in this entry first; then you can add it to your agenda."))
            return
        draft = self.draft()
        self.agenda_requested.emit(self._entry_id, draft.title.strip() or draft.body)

    def delete_entry(self) -> None:
        """Delete the open entry after asking. A draft never stored is just dropped."""
        if not self._open:
            return
        if self._entry_id is None and not self._has_text(self.draft()):
            self.clear()
            self.closed.emit()
            return
        text = self.tr("This entry will be removed from your journal for good. "
                       "This cannot be undone.")
        from_backups = False
        if self._entry_id is None:
            if not messages.confirm(
                    self, self.tr("Delete this entry?"), text, destructive=True,
                    yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
                return
        else:  # stored, so perhaps in a backup made since
            text += "\n\n" + self.tr(
                "Automatic backups made earlier still hold it until newer ones replace "
                "them.")
            yes, from_backups = messages.confirm_with_option(
                self, self.tr("Delete this entry?"), text, destructive=True,
                yes_text=self.tr("Delete"), no_text=self.tr("Keep"),
                option_text=self.tr("Also remove it from the automatic backups (they are "
                                    "made again from your journal as it is now)"))
            if not yes:
                return
        self.autosave.reset()
        entry_id = self._entry_id
        if entry_id is not None:
            if not self._vault.is_open:
                return
            try:
                self._store.delete(entry_id)
            except EntryNotFound:
                pass
            except (HavenError, OSError) as exc:
                messages.error(self, self.tr("The entry was not deleted"),
                               messages.error_text(exc))
                return
        self.clear()
        if entry_id is not None:
            self.deleted.emit(entry_id)
            if from_backups:
                self.remove_from_backups.emit()
        else:
            self.closed.emit()

    # -- private ---------------------------------------------------------------------

    @property
    def _entry_id(self) -> int | None:
        return self.autosave.record_id

    def _show(self, entry: Entry) -> None:
        self.autosave.show(entry.id or None)
        self._loading = True
        try:
            self._prompt_id = entry.prompt_id
            self.date_edit.setDate(dates.qdate(entry.entry_date))
            self.title_edit.setText(entry.title)
            self.body_edit.setPlainText(entry.body)  # also clears the undo history
            self.tags_edit.setText(", ".join(entry.tags))
            self.share_check.setChecked(entry.share_with_therapist)
            self.milestone_check.setChecked(bool(entry.id) and EventStore(
                self._vault).is_milestone(entry.id))
            self._set_mood(entry.mood)
            self._show_prompt()
            self.read_button.setChecked(False)
        finally:
            self._loading = False
        self._open = True
        self._update_word_count()
        self._set_status("" if entry.id == 0 else self.tr("Saved"))
        self.delete_button.setEnabled(True)

    def _update_word_count(self) -> None:
        # Here, not in EntryForm: PySide6's tr() falls back to a base class's context for
        # plain texts but not for counted (%n) ones.
        n = self.word_count()
        self.word_count_label.setText(self.tr("%n words", "", n))

    def _draft_to_store(self) -> EntryDraft | None:
        draft = self.draft()
        if self._entry_id is None and not self._has_text(draft):
            return None  # nothing typed yet: a new entry is not stored empty
        self._saved_draft = draft
        return draft

    def _on_stored(self, entry_id: int, is_new: bool) -> None:
        draft = self._saved_draft or self.draft()
        self._set_status(self.tr("Saved"))
        self.saved.emit(entry_id, summary_from_draft(entry_id, draft), is_new)

    def _mark_changed(self) -> None:
        if self._loading or not self._open:
            return
        messages.clear_notice(self.notice_line)  # she writes on: the notice has been seen
        stored_or_typed = self._entry_id is not None or self._has_text(self.draft())
        self._set_status(self.tr("Not saved yet") if stored_or_typed else "")
        self.autosave.changed()

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_changed(self) -> None:
        self._mark_changed()

    @Slot()
    def _on_body_changed(self) -> None:
        self._update_word_count()
        self._mark_changed()

    @Slot(int)
    def _on_mood_clicked(self, mood: int) -> None:
        self._set_mood(None if mood == self._mood else mood)
        self._mark_changed()

    @Slot(bool)
    def _on_read_toggled(self, reading: bool) -> None:
        if reading:
            self.body_view.setMarkdown(self.body_edit.toPlainText())
            style_quotes(self.body_view)
            self._show_photos()
            self.body_stack.setCurrentWidget(self.body_view)
        else:
            self.body_stack.setCurrentWidget(self.body_edit)
            self.body_view.clear()  # the rendered copy does not linger
        for action in (self.bold_action, self.italic_action, self.heading_action,
                       self.list_action):
            action.setEnabled(not reading)

    def _show_photos(self) -> None:
        if self._entry_id is None:
            return
        try:
            photos = self._store.photos(self._entry_id)
        except HavenError:
            return  # the text is what matters; the photos can wait
        add_photos(self.body_view, photos)

    @Slot()
    def _on_prompt(self) -> None:
        if not self._open:
            return
        prompt = random_prompt(self._language(), current_profile(self._vault),
                               exclude=self._prompt_id)
        self._prompt_id = prompt.id
        self._show_prompt()
        self._mark_changed()
        if self.read_button.isChecked():
            self.read_button.setChecked(False)
        self.body_edit.setFocus()

    @Slot()
    def _on_remove_prompt(self) -> None:
        self._prompt_id = None
        self._show_prompt()
        self._mark_changed()
