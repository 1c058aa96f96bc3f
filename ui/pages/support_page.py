"""The support network page: her people and groups (whose advice she allows first), and
the built-in helplines, which she can hide (named so that no name of the app shows,
also in discreet mode).

Contract with the main window: `SupportPage(vault, hub, settings)` and `save_pending()`.
A new person joins her list only when she says so ("Add to my list", or Enter in the name
or contact field); until then what she typed is kept as a form draft in the vault
(journal/form_drafts.py), so a lock loses nothing, and it comes back when she returns to
that form. Someone already in her list is saved a second after each change.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.errors import RecordNotFound
from journal.form_drafts import FormDrafts
from journal.support import (
    INCLUDED_HELPLINES,
    HelplineCategory,
    SupportDraft,
    SupportKind,
    SupportStore,
)
from journal.vault import Vault
from ui import messages
from ui.helplines import (
    about_text,
    category_heading,
    helpline_details,
    plain_number_and_name,
)
from ui.hub import Hub
from ui.settings import Settings
from ui.vocabulary import term
from ui.widgets import button, label
from ui.widgets import rich_label as rich
from ui.widgets.autosave import Autosave
from ui.widgets.list_items import EmptyHint, FullHeightList, TwoLineDelegate


class SupportPage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportPage")
        self._settings = settings
        self.store = SupportStore(vault)
        self._drafts = FormDrafts(vault)
        self._person_id: int | None = None
        self._loading = False
        self._hub = hub
        self.autosave = Autosave(self, self._write)
        self.autosave.announce(hub, "support")
        self._build()
        self.reload()
        self.new_person()

    @staticmethod
    def kind_words() -> dict[SupportKind, str]:
        return {kind: term("r", kind.value) for kind in SupportKind}

    def _build(self) -> None:
        # The page scrolls as a whole: the helplines below her people and the form take
        # the room they need, however many there are.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll_area)
        body = QWidget(self.scroll_area)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Support"), "pageTitle", parent=body))
        layout.addWidget(label(self.tr(
            "You do not have to carry this alone. Who can you turn to: someone who listens "
            "without judging, others who go through something similar, a professional? You "
            "decide whose advice counts for you."), parent=body))
        splitter = QSplitter(Qt.Orientation.Horizontal, body)
        left = QWidget(splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.new_button = button(self.tr("Add someone"), "primary", parent=left,
                                 accessible=self.tr("Add a person or group"))
        left_layout.addWidget(self.new_button)
        self.people_list = QListWidget(left)
        self.people_list.setObjectName("supportList")
        self.people_list.setAccessibleName(self.tr("My people"))
        self.people_list.setWordWrap(True)
        self.people_list.setItemDelegate(TwoLineDelegate(self.people_list))
        self.people_hint = EmptyHint(self.people_list, self.tr(
            "Nobody here yet. Add someone you trust: a friend, a group, a counsellor."))
        left_layout.addWidget(self.people_list, 1)

        right = QWidget(splitter)
        form_layout = QVBoxLayout(right)
        form_layout.setContentsMargins(8, 0, 0, 0)
        # Which step of My path she is doing here, when she came from there.
        self.exercise_line = label("", parent=right)
        self.exercise_line.hide()
        form_layout.addWidget(self.exercise_line)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit = QLineEdit(right)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("A name, or the name of a group"))
        self.kind_combo = QComboBox(right)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for kind, word in self.kind_words().items():
            self.kind_combo.addItem(word, kind.value)
        self.contact_edit = QLineEdit(right)
        self.contact_edit.setAccessibleName(self.tr("How to reach them"))
        self.contact_edit.setPlaceholderText(self.tr("Phone, e-mail, address, meeting times"))
        self.notes_edit = QPlainTextEdit(right)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.advise_check = QCheckBox(self.tr("I allow this person to advise me"), right)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("How to reach them"), self.contact_edit)
        form.addRow(self.tr("Notes"), self.notes_edit)
        form.addRow("", self.advise_check)
        form_layout.addLayout(form)
        form_layout.addWidget(label(self.tr(
            "Not everyone who means well needs to have a say. Choosing whose advice you take "
            "is a way of protecting yourself."), "subtle", parent=right))
        self.status_label = label("", "subtle", parent=right)
        form_layout.addWidget(self.status_label)
        form_layout.addWidget(self.autosave.message)
        row = QHBoxLayout()
        self.add_button = button(self.tr("Add to my list"), "primary", parent=right,
                                 accessible=self.tr("Add this person to my list"))
        self.add_button.setEnabled(False)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.delete_button = button(self.tr("Delete…"), "linkButton", parent=right,
                                    accessible=self.tr("Delete this person"))
        row.addWidget(self.delete_button)
        form_layout.addLayout(row)
        form_layout.addStretch(1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([320, 420])
        layout.addWidget(splitter)

        layout.addSpacing(8)
        layout.addWidget(rich(self.tr("<b>Built-in helplines</b>"), parent=body))
        layout.addWidget(label(self.tr(
            "These come with the app. Untick a line to hide it in Help now; emergency "
            "numbers are always shown."), "subtle", parent=body))
        self.helpline_list = FullHeightList(body)
        self.helpline_list.setObjectName("helplineList")
        self.helpline_list.setAccessibleName(self.tr("Built-in helplines"))
        self.helpline_list.setWordWrap(True)
        self.helpline_list.setItemDelegate(TwoLineDelegate(self.helpline_list))
        layout.addWidget(self.helpline_list)
        layout.addStretch(1)

        self.new_button.clicked.connect(self._on_new)
        self.add_button.clicked.connect(self.add_person)
        self.name_edit.returnPressed.connect(self.add_person)
        self.contact_edit.returnPressed.connect(self.add_person)
        self.delete_button.clicked.connect(self.delete_person)
        self.people_list.currentItemChanged.connect(self._on_current)
        self.helpline_list.itemChanged.connect(self._on_helpline_toggled)
        for signal in (self.name_edit.textChanged, self.contact_edit.textChanged,
                       self.notes_edit.textChanged, self.kind_combo.currentIndexChanged,
                       self.advise_check.toggled):
            signal.connect(self._changed)

    # -- public ----------------------------------------------------------------------

    def reload(self) -> None:
        lang = self._settings.effective_language()
        words = self.kind_words()
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for person in self.store.all():
            extra = words[person.kind]
            if person.may_advise:
                extra += " · " + self.tr("may advise me")
            item = QListWidgetItem(f"{person.name}\n{extra}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people_list.addItem(item)
            if person.id == self._person_id:
                self.people_list.setCurrentItem(item)
        self.people_list.blockSignals(False)
        self.helpline_list.blockSignals(True)
        self.helpline_list.clear()
        hidden = self.store.hidden_helplines()
        for category in HelplineCategory:  # under a heading per kind of line
            lines = [h for h in INCLUDED_HELPLINES if h.category is category]
            if not lines:
                continue
            heading = QListWidgetItem(category_heading(category))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            self.helpline_list.addItem(heading)
            for line in lines:
                name, _about = line.text(lang)
                about = about_text(line, lang)
                country = (self.tr("Netherlands") if line.country == "NL"
                           else self.tr("Belgium"))
                head = plain_number_and_name(line.number, name)
                details = helpline_details(line, lang)
                item = QListWidgetItem(f"{head} ({country})\n{about}"
                                       + (f"\n{details}" if details else ""))
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if line.emergency:  # 112 and 101 are never hidden: no box to untick
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                else:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Unchecked if line.id in hidden
                                       else Qt.CheckState.Checked)
                self.helpline_list.addItem(item)
        self.helpline_list.blockSignals(False)

    def new_person(self) -> None:
        """An empty form, or the one she was filling in before (a lock in between)."""
        self._person_id = None
        self.exercise_line.hide()
        self._fill(SupportDraft(""))
        self._restore_draft()
        self.people_list.clearSelection()
        self.people_list.setCurrentRow(-1)  # so a click on the same person opens it again
        self.delete_button.setEnabled(False)
        self._show_add()

    def do_exercise(self, about: str) -> None:
        """A new person as a step of My path: `about` says which step, above the form."""
        if not self.save_pending():
            return
        self.new_person()
        self.exercise_line.setText(about)
        self.exercise_line.setVisible(bool(about))
        self.name_edit.setFocus()

    def open_person(self, person_id: int) -> None:
        if not self.save_pending():
            return
        person = self.store.get(person_id)
        self._person_id = person.id
        self.exercise_line.hide()
        self._fill(SupportDraft(person.name, person.kind, person.contact, person.notes,
                                person.may_advise))
        self._restore_draft()
        self.delete_button.setEnabled(True)
        self._show_add()

    def add_person(self) -> bool:
        """Put the new person she filled in into her list (a deliberate act: typing
        alone never does)."""
        if self._person_id is not None:
            return self.save_pending()
        draft = self._draft()
        if not draft.name.strip():
            self.status_label.setText(self.tr("Give a name, and it will be saved."))
            self.name_edit.setFocus()
            return False
        try:
            person_id = self.store.create(draft)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not saved"), messages.error_text(exc))
            return False
        # Saved; a draft left behind only refills the form next time.
        with contextlib.suppress(*messages.FAILURES):
            self._drafts.drop(self._draft_name())
        self._person_id = person_id
        self.autosave.reset()
        self._hub.records_changed.emit("support")
        self.delete_button.setEnabled(True)
        self._show_add()
        self.reload()
        self.status_label.setText(self.tr("Added to your list"))
        return True

    def save_pending(self) -> bool:
        return self.save_now()

    def save_now(self) -> bool:
        return self.autosave.flush()

    def _write(self) -> bool:
        draft = self._draft()
        draft_name = self._draft_name()
        if self._person_id is None or not draft.name.strip():
            # Not in the list yet: kept as a draft until she adds it (a new person) or
            # gives a name again (someone in her list always has one).
            typed = bool(draft.name.strip() or draft.contact.strip() or draft.notes.strip())
            if typed:
                self._drafts.save(draft_name, {
                    "name": draft.name, "kind": draft.kind.value,
                    "contact": draft.contact, "notes": draft.notes,
                    "may_advise": draft.may_advise})
                self.status_label.setText(self._waiting_text(draft))
            else:
                self._drafts.drop(draft_name)
            return True
        try:
            self.store.update(self._person_id, draft)
        except RecordNotFound:  # deleted meanwhile: her words make it again
            self._person_id = self.store.create(draft)
            self.delete_button.setEnabled(True)
        self._drafts.drop(draft_name)
        self.status_label.setText(self.tr("Saved"))
        self.reload()
        return True

    def delete_person(self) -> None:
        if self._person_id is None:
            return
        text = self.tr("They will be removed from your support network for good. This "
                       "cannot be undone.")
        try:
            linked = self.store.boundary_count(self._person_id)
        except messages.FAILURES:  # the question still comes, without the note
            linked = 0
        if linked:
            text += "\n\n" + self.tr(
                "This person is named under \"Who supports me\" in one or more of your "
                "boundaries. Only that link goes; what you wrote there yourself stays.")
        if not messages.confirm(self, self.tr("Delete this person?"), text,
                                destructive=True, yes_text=self.tr("Delete"),
                                no_text=self.tr("Keep")):
            return
        try:
            self.store.delete(self._person_id)
            self._drafts.drop(self._draft_name())
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not deleted"), messages.error_text(exc))
            return
        self.autosave.reset()
        self._hub.records_changed.emit("support")
        self.new_person()
        self.reload()

    # -- private ---------------------------------------------------------------------

    def _draft(self) -> SupportDraft:
        return SupportDraft(self.name_edit.text(), SupportKind(self.kind_combo.currentData()),
                            self.contact_edit.text(), self.notes_edit.toPlainText(),
                            self.advise_check.isChecked())

    def _draft_name(self) -> str:
        return f"support:{'new' if self._person_id is None else self._person_id}"

    def _restore_draft(self) -> None:
        """What she typed in this form before a lock, if it was not saved yet."""
        try:
            data = self._drafts.load(self._draft_name())
        except messages.FAILURES:  # a locked or damaged vault: the form starts empty
            data = None
        if not data:
            return
        try:
            draft = SupportDraft(str(data.get("name", "")),
                                 SupportKind(data.get("kind", SupportKind.TRUSTED.value)),
                                 str(data.get("contact", "")), str(data.get("notes", "")),
                                 bool(data.get("may_advise", False)))
        except ValueError:
            return
        self._fill(draft)
        self.autosave.mark_pending()  # saved again as she goes on, or kept as a draft
        self.status_label.setText(self._waiting_text(draft))
        self._show_add()

    def _waiting_text(self, draft: SupportDraft) -> str:
        if not draft.name.strip():
            return self.tr("Give a name, and it will be saved.")
        return self.tr("Not in your list yet: press \"Add to my list\".")

    def _show_add(self) -> None:
        new = self._person_id is None
        self.add_button.setVisible(new)
        self.add_button.setEnabled(new and bool(self.name_edit.text().strip()))

    def _fill(self, draft: SupportDraft) -> None:
        self._loading = True
        self.name_edit.setText(draft.name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.kind.value)))
        self.contact_edit.setText(draft.contact)
        self.notes_edit.setPlainText(draft.notes)
        self.advise_check.setChecked(draft.may_advise)
        self.status_label.setText("")
        self._loading = False
        self.autosave.reset()

    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.autosave.changed()
        self._show_add()

    def _on_new(self) -> None:
        if self.save_pending():
            self.new_person()
            self.name_edit.setFocus()

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.open_person(int(current.data(Qt.ItemDataRole.UserRole)))

    def _on_helpline_toggled(self, item: QListWidgetItem) -> None:
        hidden = item.checkState() != Qt.CheckState.Checked
        try:
            self.store.set_helpline_hidden(item.data(Qt.ItemDataRole.UserRole), hidden)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not saved"), messages.error_text(exc))
            self.reload()
            return
        self._hub.records_changed.emit("support")
