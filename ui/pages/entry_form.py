"""The entry editor's fields: date, title, the Markdown body and its reading view, mood,
tags, the "share with my therapist" and milestone switches, the prompt; how they read
back into a draft. Saving, deleting and the prompt's choice are in entry_editor.py."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QTextOption
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
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.models import MOOD_MAX, MOOD_MIN, EntryDraft
from journal.prompts import prompt_by_id
from ui import dates
from ui.pages.entry_text import MarkdownEdit
from ui.settings import Settings


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


class EntryForm(QWidget):
    """The fields of one entry (EntryEditor opens, saves and deletes it)."""

    body_edit: MarkdownEdit  # made after the formatting actions that act on it

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryEditor")
        self._settings = settings
        self._prompt_id: str | None = None
        self._mood: int | None = None
        self._build()
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
        self._column = layout
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
        self._message_at = layout.count()  # the autosave's message goes here

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
        # A short message ("Added to your agenda") under her text, never over it.
        self.notice_line = QLabel(self)
        self.notice_line.setObjectName("noticeLine")
        self.notice_line.setWordWrap(True)
        self.notice_line.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.notice_line.setAccessibleName(self.tr("Message"))
        self.notice_line.hide()
        layout.addWidget(self.notice_line)

        # Bottom: mood and sharing on one line, tags below, labels in one column.
        bottom = QGridLayout()
        bottom.setHorizontalSpacing(10)
        bottom.setVerticalSpacing(8)
        mood_row = QHBoxLayout()
        mood_row.setSpacing(6)
        # Named apart from the check-in's "Mood (0–10)": the two scales differ.
        mood_label = QLabel(self.tr("How was this day (1–5)"), self)
        bottom.addWidget(mood_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        self.mood_group = QButtonGroup(self)
        self.mood_group.setExclusive(False)
        self.mood_buttons: list[QToolButton] = []
        for mood in range(MOOD_MIN, MOOD_MAX + 1):
            button = QToolButton(self)
            button.setText(str(mood))
            button.setCheckable(True)
            button.setObjectName("moodButton")
            button.setAccessibleName(self.tr("How was this day: %1 of %2, %3").replace(
                "%1", str(mood)).replace("%2", str(MOOD_MAX)).replace("%3", mood_word(mood)))
            button.setToolTip(mood_word(mood))
            button.setMinimumWidth(button.fontMetrics().height() * 2)
            self.mood_group.addButton(button, mood)
            self.mood_buttons.append(button)
            mood_row.addWidget(button)
        mood_row.addStretch(1)
        # Under the buttons, not beside them: there the scale hint and every word have
        # the whole width (beside them "1 = very hard … 5 = good" took two lines).
        self.mood_word_label = QLabel(self)
        self.mood_word_label.setObjectName("subtle")
        self.mood_word_label.setWordWrap(True)  # only in a very narrow window
        self.mood_word_label.setSizePolicy(QSizePolicy.Policy.Ignored,
                                           QSizePolicy.Policy.Preferred)
        mood_column = QVBoxLayout()
        mood_column.setSpacing(2)
        mood_column.addLayout(mood_row)
        mood_column.addWidget(self.mood_word_label)
        # Level with the buttons, not with the middle of buttons and hint.
        mood_label.setMinimumHeight(self.mood_buttons[0].sizeHint().height())
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
        bottom.addLayout(mood_column, 0, 1)
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

    def set_tag_names(self, names: list[str]) -> None:
        self._all_tag_names = list(names)
        self._update_tag_choices()

    def word_count(self) -> int:
        return len(self.body_edit.toPlainText().split())

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

    @Slot()
    def _update_tag_choices(self) -> None:
        choices = tag_choices(self._all_tag_names, self.tags_edit.text())
        if choices != self.tag_names.stringList():
            self.tag_names.setStringList(choices)
