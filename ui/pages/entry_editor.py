"""The entry editor: title, date, Markdown body with a reading view, mood, tags, the
"share with my therapist" switch, a writing prompt, autosave.

A new entry reaches the vault only once she has typed something; from then on each
save updates it. Saving keeps the text in the editor whatever happens, so an error
(a full disk, a damaged file) never loses what she wrote.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextOption,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.entries import EntryStore
from journal.errors import EntryNotFound, HavenError
from journal.events import EventStore
from journal.models import MOOD_MAX, MOOD_MIN, Entry, EntryDraft
from journal.prompts import prompt_by_id, random_prompt
from journal.situation import current_profile
from journal.vault import Vault
from ui import dates, messages
from ui.models.entry_list_model import summary_from_draft
from ui.photos import thumbnail
from ui.settings import Settings
from ui.widgets.autosave import RecordAutosave

# Photos of an entry (from an import) in the reading view: longest side in pixels.
PHOTO_THUMBNAIL_SIDE = 240
QUOTE_INDENT = 18  # px per level of a "> quote" in the reading view


def mood_word(mood: int) -> str:
    """How a mood from 1 (very hard) to 5 (good) reads, in the current language."""
    words = {
        1: QCoreApplication.translate("Mood", "Very hard"),
        2: QCoreApplication.translate("Mood", "Hard"),
        3: QCoreApplication.translate("Mood", "In between"),
        4: QCoreApplication.translate("Mood", "Fairly good"),
        5: QCoreApplication.translate("Mood", "Good"),
    }
    return words[mood]


def split_tag_text(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the ones before.

    What comes before the fragment is remembered when she types (splitPath), not read
    back from the field: moving over the list already puts a choice in the field, and
    reading that back would give "ver, ver, ".
    """

    def __init__(self, model: QStringListModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self._before = ""

    def splitPath(self, path: str) -> list[str]:
        before, comma, fragment = path.rpartition(",")
        self._before = before.rstrip() + ", " if comma else ""
        return [fragment.strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return self._before + str(index.data(Qt.ItemDataRole.DisplayRole)) + ", "


def tag_choices(names: list[str], text: str) -> list[str]:
    """The tags worth offering while the field holds `text`: not the fragment she is
    typing (autosave may already have stored it as a tag of its own) and not the tags
    the entry already has."""
    *done, fragment = text.split(",")
    skip = {t.strip().casefold() for t in done} | {fragment.strip().casefold()}
    return [name for name in names if name.casefold() not in skip]


class MarkdownEdit(QPlainTextEdit):
    """Plain-text Markdown with a few formatting commands that go on the undo stack."""

    def toggle_wrap(self, marker: str) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            text = cursor.selectedText()
            if self._is_wrapped(text, marker):
                cursor.insertText(text[len(marker):-len(marker)])
            else:
                cursor.insertText(f"{marker}{text}{marker}")
        else:
            cursor.insertText(marker * 2)
            cursor.movePosition(QTextCursor.MoveOperation.Left,
                                QTextCursor.MoveMode.MoveAnchor, len(marker))
        cursor.endEditBlock()
        self.setTextCursor(cursor)

    @staticmethod
    def _is_wrapped(text: str, marker: str) -> bool:
        """Whether `text` already carries `marker` on both sides ("***x***" has both
        bold and italic; "**x**" has bold only)."""
        if len(text) < 2 * len(marker) + 1:
            return False
        if set(marker) != {"*"}:
            return text.startswith(marker) and text.endswith(marker)
        stars = min(len(text) - len(text.lstrip("*")), len(text) - len(text.rstrip("*")))
        return stars >= 2 if marker == "**" else stars % 2 == 1

    def toggle_line_prefix(self, prefix: str) -> None:
        """Add `prefix` to the start of each selected line, or take it away if all have it."""
        cursor = self.textCursor()
        doc = self.document()
        first = doc.findBlock(cursor.selectionStart())
        last = doc.findBlock(cursor.selectionEnd())
        blocks = [first]
        while blocks[-1] != last and blocks[-1].next().isValid():
            blocks.append(blocks[-1].next())
        remove = all(b.text().startswith(prefix) for b in blocks)
        cursor.beginEditBlock()
        for block in blocks:
            edit = QTextCursor(block)
            if remove:
                edit.movePosition(QTextCursor.MoveOperation.Right,
                                  QTextCursor.MoveMode.KeepAnchor, len(prefix))
                edit.removeSelectedText()
            else:
                # A heading replaces another heading level rather than stacking.
                stripped = block.text()
                if prefix.startswith("#") and stripped.startswith("#"):
                    hashes = len(stripped) - len(stripped.lstrip("#"))
                    edit.movePosition(QTextCursor.MoveOperation.Right,
                                      QTextCursor.MoveMode.KeepAnchor,
                                      hashes + (1 if stripped[hashes:hashes + 1] == " " else 0))
                    edit.removeSelectedText()
                edit.insertText(prefix)
        cursor.endEditBlock()


class EntryEditor(QWidget):
    """Edits one entry at a time and saves it into the vault."""

    saved = Signal(int, object, bool)  # entry id, its EntrySummary, whether it was new
    deleted = Signal(int)
    closed = Signal()  # the open entry went away without being stored (a discarded draft)
    agenda_requested = Signal(int, str)  # entry id, a suggested topic (its title or text)
    remove_from_backups = Signal()  # after a delete: she asked the backups to drop it

    def __init__(self, vault: Vault, store: EntryStore, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self._vault = vault
        self._store = store
        self._settings = settings
        self._prompt_id: str | None = None
        self._mood: int | None = None
        self._loading = False
        self._open = False
        self._saved_draft: EntryDraft | None = None

        self.autosave: RecordAutosave[EntryDraft] = RecordAutosave(
            self, collect=self._draft_to_store, create=self._create, update=self._update,
            on_saved=self._on_stored,
            is_open=lambda: vault.is_open and self._open)

        self._build()
        self._connect()
        self.clear()
        # Palette colours, so the chosen mood reads in the light and the dark look.
        self.setStyleSheet(
            "QToolButton#moodButton { border: 1px solid palette(mid); border-radius: 6px;"
            " padding: 3px 9px; background: palette(base); }"
            " QToolButton#moodButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }"
            " QToolButton#moodButton:focus { border: 1px dashed palette(dark); }"
            " QCheckBox#shareCheck::indicator { width: 14px; height: 14px; border-radius: 3px;"
            " border: 1px solid palette(text); background: palette(base); }"
            " QCheckBox#shareCheck::indicator:checked { background: palette(highlight);"
            " border-color: palette(highlight); }"
            " QPushButton#readButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }")

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)

        # Top row: date and reading view. Each row leaves room for its longest text, so that
        # nothing is cut off or covered in Dutch at 150 %; the window's minimum size
        # (MainWindow) keeps that room.
        top = QHBoxLayout()
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        dates.set_date_format(self.date_edit, long=True)
        self.date_edit.setAccessibleName(self.tr("Date of this entry"))
        self.date_edit.setMinimumWidth(dates.longest_date_width(self.date_edit, dates.LONG) + 40)
        self.date_edit.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        top.addWidget(self.date_edit)
        top.addStretch(1)
        self.prompt_button = QPushButton(self.tr("Give me a prompt"), self)
        self.prompt_button.setAccessibleName(self.tr("Give me a writing prompt"))
        self.prompt_button.setToolTip(self.tr("A question to help you start writing "
                                              "(Ctrl+Shift+P)"))
        tools_end = self.prompt_button  # goes at the end of the formatting row
        self.read_button = QPushButton(self.tr("Reading view"), self)
        self.read_button.setCheckable(True)
        self.read_button.setObjectName("readButton")
        self.read_button.setAccessibleName(self.tr("Switch between writing and reading view"))
        self.read_button.setToolTip(self.tr("Show the text formatted (Ctrl+E)"))
        top.addWidget(self.read_button)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this entry"))
        layout.addLayout(top)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("entryTitle")
        self.title_edit.setPlaceholderText(self.tr("Title (you can leave this empty)"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        font = self.title_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 13)
        self.title_edit.setFont(font)
        layout.addWidget(self.title_edit)

        # The prompt this entry answers, if any.
        self.prompt_frame = QFrame(self)
        self.prompt_frame.setObjectName("card")
        prompt_row = QHBoxLayout(self.prompt_frame)
        prompt_row.setContentsMargins(12, 8, 8, 8)
        self.prompt_label = QLabel(self.prompt_frame)
        self.prompt_label.setObjectName("promptText")
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt_label.setAccessibleName(self.tr("Writing prompt"))
        self.prompt_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Preferred)
        prompt_row.addWidget(self.prompt_label, 1)
        self.other_prompt_button = QPushButton(self.tr("Another prompt"), self.prompt_frame)
        self.other_prompt_button.setObjectName("linkButton")
        self.other_prompt_button.setAccessibleName(self.tr("Show another prompt"))
        prompt_row.addWidget(self.other_prompt_button, 0, Qt.AlignmentFlag.AlignTop)
        self.remove_prompt_button = QPushButton(self.tr("Remove"), self.prompt_frame)
        self.remove_prompt_button.setObjectName("linkButton")
        self.remove_prompt_button.setAccessibleName(self.tr("Remove the prompt"))
        prompt_row.addWidget(self.remove_prompt_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.prompt_frame)

        # Formatting buttons.
        tools = QHBoxLayout()
        tools.setSpacing(4)
        self.bold_action = self._action(self.tr("Bold"), QKeySequence.StandardKey.Bold,
                                        lambda: self.body_edit.toggle_wrap("**"))
        self.italic_action = self._action(self.tr("Italic"), QKeySequence.StandardKey.Italic,
                                          lambda: self.body_edit.toggle_wrap("*"))
        self.heading_action = self._action(self.tr("Heading"), QKeySequence("Ctrl+Shift+H"),
                                           lambda: self.body_edit.toggle_line_prefix("## "))
        self.list_action = self._action(self.tr("List"), QKeySequence("Ctrl+Shift+8"),
                                        lambda: self.body_edit.toggle_line_prefix("- "))
        self.format_buttons: list[QToolButton] = []
        for action in (self.bold_action, self.italic_action, self.heading_action,
                       self.list_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAutoRaise(True)
            button.setAccessibleName(action.text())
            tools.addWidget(button)
            self.format_buttons.append(button)
        font = self.format_buttons[0].font()
        font.setBold(True)
        self.format_buttons[0].setFont(font)
        font = self.format_buttons[1].font()
        font.setItalic(True)
        self.format_buttons[1].setFont(font)
        tools.addStretch(1)
        tools.addWidget(tools_end)
        layout.addLayout(tools)

        self.body_stack = QStackedWidget(self)
        self.body_edit = MarkdownEdit(self)
        self.body_edit.setObjectName("entryBody")
        self.body_edit.setAccessibleName(self.tr("Your text"))
        self.body_edit.setPlaceholderText(self.tr(
            "Write whatever is on your mind. Nobody else can read this. "
            "You can use Markdown: **bold**, *italic*, # heading, - list."))
        self.body_edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.document().setDocumentMargin(10)
        body_font = self.body_edit.font()
        body_font.setPointSizeF(body_font.pointSizeF() * 1.1 if body_font.pointSizeF() > 0
                                else 11)
        self.body_edit.setFont(body_font)
        self.body_stack.addWidget(self.body_edit)
        self.body_view = QTextBrowser(self)
        self.body_view.setObjectName("entryReading")
        self.body_view.setAccessibleName(self.tr("Your text, formatted"))
        self.body_view.setOpenLinks(False)
        self.body_view.setOpenExternalLinks(False)
        self.body_view.setFont(body_font)
        self.body_view.document().setDocumentMargin(10)
        self.body_stack.addWidget(self.body_view)
        layout.addWidget(self.body_stack, 1)
        layout.addWidget(self.autosave.message)

        # Under the text: save status (with a fixed room, so nothing moves when it
        # changes) and the word count.
        status_row = QHBoxLayout()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("subtle")
        self.status_label.setAccessibleName(self.tr("Save status"))
        status_row.addWidget(self.status_label)
        status_row.addStretch(1)
        # "Add to my session agenda": here, where the row has room to spare.
        self.agenda_button = QPushButton(self.tr("For my session…"), self)
        self.agenda_button.setObjectName("linkButton")
        self.agenda_button.setFlat(True)
        self.agenda_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.agenda_button.setAccessibleName(self.tr("Add to my session agenda"))
        self.agenda_button.setToolTip(self.tr("Add this entry as a topic for your next "
                                              "session (Ctrl+Shift+G)"))
        status_row.addWidget(self.agenda_button)
        status_row.addSpacing(8)
        self.word_count_label = QLabel(self)
        self.word_count_label.setObjectName("subtle")
        self.word_count_label.setAccessibleName(self.tr("Word count"))
        status_row.addWidget(self.word_count_label)
        layout.addLayout(status_row)

        # Bottom: mood and sharing on one line, tags below, labels in one column.
        bottom = QGridLayout()
        bottom.setHorizontalSpacing(10)
        bottom.setVerticalSpacing(8)
        mood_row = QHBoxLayout()
        mood_row.setSpacing(6)
        mood_label = QLabel(self.tr("Mood"), self)
        bottom.addWidget(mood_label, 0, 0)
        self.mood_group = QButtonGroup(self)
        self.mood_group.setExclusive(False)
        self.mood_buttons: list[QToolButton] = []
        for mood in range(MOOD_MIN, MOOD_MAX + 1):
            button = QToolButton(self)
            button.setText(str(mood))
            button.setCheckable(True)
            button.setObjectName("moodButton")
            button.setAccessibleName(self.tr("Mood %1 of %2: %3").replace("%1", str(mood))
                                     .replace("%2", str(MOOD_MAX)).replace("%3", mood_word(mood)))
            button.setToolTip(mood_word(mood))
            button.setMinimumWidth(button.fontMetrics().height() * 2)
            self.mood_group.addButton(button, mood)
            self.mood_buttons.append(button)
            mood_row.addWidget(button)
        self.mood_word_label = QLabel(self)
        self.mood_word_label.setObjectName("subtle")
        self.mood_word_label.setWordWrap(True)  # the scale hint may take two lines
        mood_row.addSpacing(4)
        # The word takes what room is left; the buttons keep theirs.
        self.mood_word_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)
        mood_row.addWidget(self.mood_word_label, 1)
        self.share_check = QCheckBox(self.tr("Share with my therapist"), self)
        self.share_check.setObjectName("shareCheck")
        self.share_check.setAccessibleName(self.tr("Share this entry with my therapist"))
        self.share_check.setToolTip(self.tr(
            "Shared entries can go into the summary you make for your therapist. "
            "Nothing is sent anywhere."))
        self.milestone_check = QCheckBox(self.tr("A milestone on my timeline"), self)
        self.milestone_check.setObjectName("shareCheck")  # drawn like the share switch
        self.milestone_check.setToolTip(self.tr(
            "Milestones show on your timeline, beside what you wrote down there."))
        bottom.addLayout(mood_row, 0, 1)
        tags_label = QLabel(self.tr("Tags"), self)
        bottom.addWidget(tags_label, 1, 0)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("e.g. sleep, boundaries"))
        self.tags_edit.setAccessibleName(self.tr("Tags, separated by commas"))
        tags_label.setBuddy(self.tags_edit)
        self._all_tag_names: list[str] = []
        self.tag_names = QStringListModel(self)  # what the completer offers now
        self.tag_completer = TagCompleter(self.tag_names, self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tags_edit.setCompleter(self.tag_completer)
        bottom.addWidget(self.tags_edit, 1, 1)
        last_row = QHBoxLayout()
        last_row.addWidget(self.share_check)
        last_row.addStretch(1)
        last_row.addWidget(self.delete_button)
        bottom.addLayout(last_row, 2, 0, 1, 2)
        bottom.addWidget(self.milestone_check, 3, 0, 1, 2)
        bottom.setColumnStretch(1, 1)
        layout.addLayout(bottom)

        self.save_action = self._action(self.tr("Save"), QKeySequence.StandardKey.Save,
                                        self.save_now)
        self.read_action = self._action(self.tr("Reading view"), QKeySequence("Ctrl+E"),
                                        self.read_button.toggle)
        self.prompt_action = self._action(self.tr("Give me a prompt"),
                                          QKeySequence("Ctrl+Shift+P"), self._on_prompt)
        self.agenda_action = self._action(self.tr("Add to my session agenda"),
                                          QKeySequence("Ctrl+Shift+G"), self.request_agenda)

        self.setTabOrder(self.date_edit, self.title_edit)
        self.setTabOrder(self.title_edit, self.body_edit)
        self.setTabOrder(self.body_edit, self.mood_buttons[0])
        for a, b in zip(self.mood_buttons, self.mood_buttons[1:], strict=False):
            self.setTabOrder(a, b)
        self.setTabOrder(self.mood_buttons[-1], self.share_check)
        self.setTabOrder(self.share_check, self.milestone_check)
        self.setTabOrder(self.milestone_check, self.tags_edit)
        self.setTabOrder(self.tags_edit, self.agenda_button)
        self.setTabOrder(self.agenda_button, self.prompt_button)
        self.setTabOrder(self.prompt_button, self.read_button)
        self.setTabOrder(self.read_button, self.delete_button)

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey,
                slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _connect(self) -> None:
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

    def draft(self) -> EntryDraft:
        return EntryDraft(
            entry_date=dates.pydate(self.date_edit.date()),
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            mood=self._mood,
            tags=split_tag_text(self.tags_edit.text()),
            prompt_id=self._prompt_id,
            share_with_therapist=self.share_check.isChecked(),
        )

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

    def set_tag_names(self, names: list[str]) -> None:
        self._all_tag_names = list(names)
        self._update_tag_choices()

    def word_count(self) -> int:
        return len(self.body_edit.toPlainText().split())

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

    @staticmethod
    def _has_text(draft: EntryDraft) -> bool:
        return bool(draft.title.strip() or draft.body.strip() or draft.tags)

    def _set_mood(self, mood: int | None) -> None:
        self._mood = mood
        for value, button in enumerate(self.mood_buttons, start=MOOD_MIN):
            button.setChecked(value == mood)
        # Before she picks one, the scale itself; the buttons stay where they are.
        self.mood_word_label.setText(mood_word(mood) if mood is not None
                                     else self.tr("1 = very hard … 5 = good"))

    def _show_prompt(self) -> None:
        prompt = prompt_by_id(self._prompt_id, self._language()) if self._prompt_id else None
        self.prompt_frame.setVisible(prompt is not None)
        self.prompt_label.setText(prompt.text if prompt else "")

    def _language(self) -> str:
        return self._settings.effective_language()

    def _set_status(self, text: str) -> None:
        self.status_label.setText(text)

    def _update_word_count(self) -> None:
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
        stored_or_typed = self._entry_id is not None or self._has_text(self.draft())
        self._set_status(self.tr("Not saved yet") if stored_or_typed else "")
        self.autosave.changed()

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _update_tag_choices(self) -> None:
        choices = tag_choices(self._all_tag_names, self.tags_edit.text())
        if choices != self.tag_names.stringList():
            self.tag_names.setStringList(choices)

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
            self._style_quotes()
            self._show_photos()
            self.body_stack.setCurrentWidget(self.body_view)
        else:
            self.body_stack.setCurrentWidget(self.body_edit)
            self.body_view.clear()  # the rendered copy does not linger
        for action in (self.bold_action, self.italic_action, self.heading_action,
                       self.list_action):
            action.setEnabled(not reading)

    def _style_quotes(self) -> None:
        """A "> quote" reads as a quote: a tinted band, indented, in a quieter colour."""
        palette = self.body_view.palette()
        band = palette.color(QPalette.ColorRole.AlternateBase)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        document = self.body_view.document()
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().property(QTextFormat.Property.BlockQuoteLevel)
            if level:
                cursor = QTextCursor(block)
                quote = QTextBlockFormat()
                quote.setBackground(band)
                quote.setLeftMargin(QUOTE_INDENT * int(level))
                quote.setTopMargin(4)
                quote.setBottomMargin(4)
                cursor.mergeBlockFormat(quote)
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                                    QTextCursor.MoveMode.KeepAnchor)
                words = QTextCharFormat()
                words.setForeground(muted)
                words.setFontItalic(True)
                cursor.mergeCharFormat(words)
            block = block.next()

    def _show_photos(self) -> None:
        """The entry's photos (brought along by an import), small, under the text in the
        reading view. Decoded only while it is shown; the document is cleared after."""
        if self._entry_id is None:
            return
        try:
            photos = self._store.photos(self._entry_id)
        except HavenError:
            return  # the text is what matters; the photos can wait
        document = self.body_view.document()
        cursor = QTextCursor(document)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        for number, photo in enumerate(photos):
            image = thumbnail(photo, PHOTO_THUMBNAIL_SIDE)
            if image.isNull():
                continue
            name = f"haven-photo:{number}"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
            picture = QTextImageFormat()
            picture.setName(name)
            picture.setWidth(image.width())
            picture.setHeight(image.height())
            if number == 0:
                spaced = QTextBlockFormat()
                spaced.setTopMargin(12)  # a little room between the text and the photos
                cursor.insertBlock(spaced)
            else:
                cursor.insertText(" ")
            cursor.insertImage(picture)

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
