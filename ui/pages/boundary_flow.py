"""The guided flow for a boundary: one question per step, each with a sentence or two
about why it matters, then a summary card she can read aloud or print.

Everything she types is kept in the vault as a draft while she goes (form_drafts), so a
lock or a quick exit loses nothing; the flow comes back where she left it. The steps'
fields are in boundary_flow_steps.py, the words that differ for a safety action in
boundary_flow_words.py.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QListWidgetItem, QWidget

from journal.boundaries import BoundaryStore, load_templates, template_by_id
from journal.boundary_models import Boundary, BoundaryDraft, BoundaryStatus
from journal.errors import RecordNotFound
from journal.form_drafts import FormDrafts
from journal.situation import Situation, current_profile
from journal.vault import Vault
from ui import dates, messages
from ui.pages.boundary_flow_steps import (
    DRAFT_NAME,
    BoundaryFlowSteps,
    draft_from_dict,
)
from ui.pages.worksheet import print_html, summary_html
from ui.settings import Settings

__all__ = ["DRAFT_NAME", "BoundaryFlow", "TemplateRole", "safety_action_fits"]

TemplateRole = Qt.ItemDataRole.UserRole + 1


def safety_action_fits(vault: Vault) -> bool:
    """Whether the child-safety action is offered without her asking (in the examples,
    on the safety plan): always, unless she said it is only about his addiction."""
    situations = current_profile(vault).situations
    return not (situations and situations <= {Situation.ADDICTION})


class BoundaryFlow(BoundaryFlowSteps):
    """Step by step through a new boundary (from scratch or a template), or through a
    revision of an existing one. Emits `saved(id)` or `cancelled()`."""

    saved = Signal(int)
    cancelled = Signal()

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(vault, settings, parent)
        self._store = BoundaryStore(vault)
        self._active = False  # a boundary is being written (a draft is kept)
        self._connect()

    def _connect(self) -> None:
        self.family_box.toggled.connect(self._on_family_toggled)
        self.scratch_button.clicked.connect(self._on_scratch)
        self.template_list.itemActivated.connect(self._on_template)
        self.template_list.currentItemChanged.connect(
            lambda item, _old: self.use_template_button.setEnabled(
                item is not None and bool(item.data(TemplateRole))))
        self.use_template_button.clicked.connect(
            lambda: self._on_template(self.template_list.currentItem())
            if self.template_list.currentItem() is not None else None)
        self.action_edit.textChanged.connect(self._on_action_changed)
        for edit in (self.consequence_edit, self.support_edit, self.notes_edit):
            edit.textChanged.connect(self._on_changed)
        self.need_text_edit.textChanged.connect(self._on_changed)
        self.need_combo.currentIndexChanged.connect(self._on_changed)
        self.status_combo.currentIndexChanged.connect(self._on_changed)
        self.review_check.toggled.connect(self._on_review_toggled)
        self.review_date.dateChanged.connect(self._on_changed)
        self.willing_group.buttonToggled.connect(lambda *_: self._on_willing_toggled())
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.cancel_button.clicked.connect(self.cancel)
        self.print_button.clicked.connect(self._on_print)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.next,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- public ----------------------------------------------------------------------

    def start_new(self) -> None:
        """A fresh flow at its first step."""
        self._show_family_examples_if_they_fit()
        self._show(None, BoundaryDraft(action=""), None, self.START)

    def start_revision(self, boundary: Boundary) -> None:
        self._show_family_examples_if_they_fit()
        self._show(boundary.id, boundary.draft(), boundary.template_id, self.ACTION,
                   people=[person_id for person_id, _ in boundary.people])

    def refresh_support(self) -> None:
        """Her support list may have changed on another page: new chips and names, the
        ticks she set kept (for people still on the list)."""
        self._fill_support()
        if self.step == self.SUMMARY:
            self._refresh_summary()

    def restore(self) -> bool:
        """Bring back a flow she was in the middle of. False if there is none."""
        try:
            data = FormDrafts(self._vault).load(DRAFT_NAME)
        except messages.FAILURES:
            return False
        if not data:
            return False
        self._show_family_examples_if_they_fit()
        try:
            draft = draft_from_dict(data)
            people = [int(i) for i in data.get("people") or []]
        except (KeyError, TypeError, ValueError):
            return False
        step = int(data.get("step", self.ACTION))
        self._show(data.get("editing"), draft, data.get("template_id"),
                   min(max(step, self.START), self.SUMMARY), people=people)
        self._autosave.changed()  # stays a draft until saved or cancelled
        return True

    def start_with_template(self, template_id: str) -> None:
        """Step 1 with this example (e.g. the safety action, from the safety plan). Her
        flow with the same example comes back as she left it; another one she was
        writing is only thrown away if she says so."""
        if self.restore():
            if self._template_id == template_id:
                return
            if self._has_words() and not messages.confirm(
                    self, self.tr("Throw away what you were writing?"),
                    self.tr("You were in the middle of another boundary. To start this "
                            "one, what you wrote there is thrown away."), destructive=True,
                    yes_text=self.tr("Throw away"), no_text=self.tr("Keep writing")):
                return
        self._show_family_examples_if_they_fit()
        self.choose_template(template_id)

    def choose_template(self, template_id: str) -> None:
        template = template_by_id(template_id, self._lang())
        if template is not None:
            self._show(None, template.draft(), template.id, self.ACTION)
            self._autosave.changed()

    def step_order(self) -> list[int]:
        """The steps she goes through, in order. A safety action skips "willing" and
        "where I am with it": it is decided, not something to consider or review."""
        return [s for s in range(self.START, self.SUMMARY + 1)
                if not (s in (self.WILLING, self.STATUS) and self.safety_action)]

    def go_to(self, step: int) -> None:
        step = min(max(step, self.START), self.SUMMARY)
        order = self.step_order()
        if step not in order:
            step = next(s for s in order if s > step)
        if step == self.SUMMARY:
            self._refresh_summary()
        self.steps.setCurrentIndex(step)
        titles = {
            self.START: self.tr("A new boundary"),
            self.ACTION: self.tr("What I will do"),
            self.NEED: (self.tr("What it protects") if self.safety_action
                        else self.tr("The need it protects")),
            self.CONSEQUENCE: (self.tr("What I do at once") if self.safety_action
                               else self.tr("If it is crossed")),
            self.WILLING: self.tr("Willing and able?"),
            self.SUPPORT: self.tr("Who supports me"),
            self.STATUS: self.tr("Where I am with it"),
            self.SUMMARY: (self.tr("My safety agreement") if self.safety_action
                           else self.tr("My boundary")),
        }
        self.step_title.setText(titles[step])
        self.step_label.setText("" if step == self.START else
                                self.tr("Step %1 of %2").replace("%1", str(order.index(step)))
                                .replace("%2", str(len(order) - 1)))
        self.back_button.setEnabled(step > (self.ACTION if self._editing else self.START))
        self.next_button.setVisible(step != self.START)
        self.next_button.setText(self.tr("&Save") if step == self.SUMMARY else self.tr("&Next"))
        self.next_button.setAccessibleName(
            self._text("save") if step == self.SUMMARY else self.tr("Next step"))
        # On the first step the examples list: its chosen example is what the hint's
        # "(Enter)" takes; "Start from scratch" is one Tab away.
        start_focus = (self.template_list if self.template_list.currentItem() is not None
                       else self.scratch_button)
        focus = {self.START: start_focus, self.ACTION: self.action_edit,
                 self.NEED: self.need_text_edit, self.CONSEQUENCE: self.consequence_edit,
                 self.WILLING: next(iter(self.willing_buttons.values())),
                 self.SUPPORT: self.support_edit, self.STATUS: self.status_combo,
                 self.SUMMARY: self.next_button}[step]
        if step == self.WILLING:
            focus = next((b for b in self.willing_buttons.values() if b.isChecked()), focus)
        focus.setFocus()
        if not self._loading and self._active:
            self._autosave.changed()  # she comes back to this step after a lock

    @Slot()
    def next(self) -> None:
        step = self.step
        if step == self.START:
            self._on_scratch()
            return
        if step == self.ACTION and not self.action_edit.toPlainText().strip():
            self.action_error.setText(self.tr(
                "Write down what you will do first; the other steps build on it."))
            self.action_edit.setFocus()
            return
        if step == self.SUMMARY:
            self.save()
            return
        order = self.step_order()
        self.go_to(order[order.index(step) + 1])

    @Slot()
    def back(self) -> None:
        lowest = self.ACTION if self._editing else self.START
        order = self.step_order()
        earlier = [s for s in order if lowest <= s < self.step]
        if earlier:
            self.go_to(earlier[-1])

    def save(self) -> int | None:
        """Store the boundary (a revision keeps the earlier wording). The id, or None
        when it could not be saved (the form stays as it is)."""
        draft = self.draft()
        if not draft.action.strip():
            self.go_to(self.ACTION)
            self.next()
            return None
        people = list(self._people)
        try:
            if self._editing is not None:
                try:
                    self._store.revise(self._editing, draft, people=people)
                    boundary_id = self._editing
                except RecordNotFound as exc:
                    if exc.kind != "boundary":
                        raise
                    # Deleted meanwhile: keep her words as a new one.
                    boundary_id = self._store.create(draft, people=people)
            else:
                boundary_id = self._store.create(draft, people=people)
        except RecordNotFound as exc:
            # The linked need, or someone she ticked, went away: keep the rest.
            if exc.kind == "support person":
                self._fill_support()
                if exc.record_id in self._people:  # cannot happen twice: no endless loop
                    self._people.remove(exc.record_id)
            else:
                self.need_combo.setCurrentIndex(0)
            return self.save()
        except messages.FAILURES as exc:
            messages.error(self, self._text("not saved"),
                           messages.error_text(exc) + "\n\n" + self.tr(
                               "What you wrote is still here."))
            return None
        self._autosave.forget(DRAFT_NAME)
        self._editing = None
        self._active = False
        self.saved.emit(boundary_id)
        return boundary_id

    @Slot()
    def cancel(self) -> None:
        if self._editing is not None:
            if not messages.confirm(
                    self, self._text("stop changing"), self._text("changes thrown away"),
                    destructive=True,
                    yes_text=self.tr("Throw away"), no_text=self.tr("Keep writing")):
                return
        elif self._has_words() and not messages.confirm(
                self, self._text("stop"),
                self.tr("What you wrote in these steps will be thrown away."),
                destructive=True, yes_text=self.tr("Throw away"),
                no_text=self.tr("Keep writing")):
            return
        self._autosave.forget(DRAFT_NAME)
        self._editing = None
        self._active = False
        self.cancelled.emit()

    def save_pending(self) -> bool:
        return self._autosave.flush()

    # -- events ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.isVisible():
            self._refresh_summary()  # its muted colour follows the theme

    # -- private ---------------------------------------------------------------------

    def _show_family_examples_if_they_fit(self) -> None:
        """Tick "examples for families" as her situation says, and fill the list."""
        fits = Situation.BOUNDARIES in current_profile(self._vault).situations
        self.family_box.blockSignals(True)
        self.family_box.setChecked(fits)
        self.family_box.blockSignals(False)
        self._fill_templates()

    @Slot()
    def _on_family_toggled(self) -> None:
        self._fill_templates()
        # Back to the list, so Enter takes the example chosen on top as the hint says;
        # on the check box Enter did nothing.
        self.template_list.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _fill_templates(self) -> None:
        self.template_list.clear()
        every = load_templates(self._lang(), include_family=True)
        family = self.family_box.isChecked()
        # A safety action (a child touched sexually) is not an example to filter away:
        # it shows unless she said only that it is about his addiction (then with the
        # family examples), first, under a heading of its own: it is the one where
        # minutes count.
        groups = [(self.tr("For yourself"), [t for t in every if t.group == "general"])]
        if family or safety_action_fits(self._vault):
            groups.insert(0, (self.tr("When a child is not safe"),
                              [t for t in every if t.is_safety_action]))
        if family:
            groups.append((self.tr("For families: keeping children safe"),
                           [t for t in every if t.group == "family"
                            and not t.is_safety_action]))
        for heading, members in groups:
            if heading and members:
                item = QListWidgetItem(heading, self.template_list)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            for template in members:
                item = QListWidgetItem(f"{template.title}\n{template.why}",
                                       self.template_list)
                item.setData(TemplateRole, template.id)
                item.setToolTip(template.action)
        # The first example of the first group is chosen, so Enter picks what she sees
        # on top: the safety action when it comes first, never an example below it.
        first = next((row for row in range(self.template_list.count())
                      if self.template_list.item(row).data(TemplateRole)), -1)
        self.template_list.setCurrentRow(first)

    def _show(self, editing: int | None, draft: BoundaryDraft, template_id: str | None,
              step: int, people: list[int] | None = None) -> None:
        self._loading = True
        try:
            self._editing = editing
            self._template_id = template_id
            self._people = list(dict.fromkeys(people or []))
            self._active = step != self.START
            self.action_edit.setPlainText(draft.action)
            self.action_error.setText("")
            self._fill_needs(draft.need_id)
            self.need_text_edit.setText(draft.need_text)
            self.consequence_edit.setPlainText(draft.consequence)
            self.willing_group.setExclusive(False)
            for value, radio in self.willing_buttons.items():
                radio.setChecked(value == draft.willing)
            self.willing_group.setExclusive(True)
            self.support_edit.setPlainText(draft.support)
            self._fill_support()
            self.status_combo.setCurrentIndex(
                max(0, self.status_combo.findData(BoundaryStatus(draft.status).value)))
            review = draft.review_date or date.today()
            self.review_date.setDate(dates.qdate(review))
            self.review_check.setChecked(draft.review_date is not None)
            self.review_date.setEnabled(draft.review_date is not None)
            self.notes_edit.setPlainText(draft.notes)
            # What she types next follows an example's (or her draft's) words instead
            # of being glued to the front of them.
            for edit in (self.action_edit, self.consequence_edit, self.support_edit,
                         self.notes_edit):
                edit.moveCursor(QTextCursor.MoveOperation.End)
            self.cancel_button.setText(self.tr("Cancel"))
            self._show_kind()
            self._update_hints()
            self.go_to(step)
        finally:
            self._loading = False

    def _refresh_summary(self) -> None:
        draft = self.draft()
        need_label = self.need_combo.currentText() if self.need_combo.currentData() else ""
        self.summary_view.setHtml(summary_html(draft, need_label, self._lang(),
                                               people=self._people_names()))

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_scratch(self) -> None:
        self._show(None, BoundaryDraft(action=""), None, self.ACTION)
        self._autosave.changed()

    @Slot(QListWidgetItem)
    def _on_template(self, item: QListWidgetItem) -> None:
        template_id = item.data(TemplateRole)
        if template_id:
            self.choose_template(str(template_id))

    @Slot()
    def _on_action_changed(self) -> None:
        if self.action_edit.toPlainText().strip():
            self.action_error.setText("")
        self._update_hints()
        self._on_changed()

    @Slot(bool)
    def _on_review_toggled(self, checked: bool) -> None:
        self.review_date.setEnabled(checked)
        self._on_changed()

    @Slot()
    def _on_willing_toggled(self) -> None:
        self._update_hints()
        self._on_changed()

    @Slot()
    def _on_print(self) -> None:
        self._refresh_summary()
        need_label = self.need_combo.currentText() if self.need_combo.currentData() else ""
        print_html(self, summary_html(self.draft(), need_label, self._lang(), paper=True,
                                      people=self._people_names()))
