"""The guided flow for a boundary: one question per step, each with a sentence or two
about why it matters, then a summary card she can read aloud or print.

Everything she types is kept in the vault as a draft while she goes (form_drafts), so a
lock or a quick exit loses nothing; the flow comes back where she left it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.boundaries import (
    BoundaryStore,
    consequence_hint_needed,
    is_safety_action,
    load_templates,
    sounds_like_demand,
    template_by_id,
)
from journal.errors import RecordNotFound
from journal.form_drafts import FormDrafts
from journal.needs import NeedStore
from journal.record_models import Boundary, BoundaryDraft, BoundaryStatus, Willingness
from journal.situation import Situation, current_profile
from journal.support import SupportStore, helpline_by_id
from journal.vault import Vault
from ui import dates, messages
from ui.helplines import number_and_name
from ui.pages.worksheet import (
    RADIO_STYLE,
    DraftAutosave,
    print_html,
    status_word,
    summary_html,
    willing_word,
)
from ui.settings import Settings
from ui.widgets import button, label, scrolling_page
from ui.widgets.list_items import TwoLineDelegate

DRAFT_NAME = "boundary-flow"
CHIP_COLUMNS = 3
# A ticked support person reads as ticked in light and dark (as the check-in's chips).
CHIP_STYLE = (
    " QPushButton#chip { border-radius: 13px; padding: 4px 12px; }"
    " QPushButton#chip:checked { background: palette(highlight);"
    " color: palette(highlighted-text); border-color: palette(highlight); }")
TICK = "✓ "
TemplateRole = Qt.ItemDataRole.UserRole + 1


def safety_action_fits(vault: Vault) -> bool:
    """Whether the child-safety action is offered without her asking (in the examples,
    on the safety plan): always, unless she said it is only about his addiction."""
    situations = current_profile(vault).situations
    return not (situations and situations <= {Situation.ADDICTION})


class BoundaryFlow(QWidget):
    """Step by step through a new boundary (from scratch or a template), or through a
    revision of an existing one. Emits `saved(id)` or `cancelled()`."""

    saved = Signal(int)
    cancelled = Signal()

    START, ACTION, NEED, CONSEQUENCE, WILLING, SUPPORT, STATUS, SUMMARY = range(8)

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundaryFlow")
        self._vault = vault
        self._settings = settings
        self._store = BoundaryStore(vault)
        self._needs = NeedStore(vault)
        self._editing: int | None = None
        self._template_id: str | None = None
        self._people: list[int] = []  # ticked support people (ids), in the order ticked
        self._loading = False
        self._active = False  # a boundary is being written (a draft is kept)
        self._autosave = DraftAutosave(FormDrafts(vault), self._collect, self)
        self._build()
        self._connect()
        self.setStyleSheet(RADIO_STYLE + CHIP_STYLE)

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        self.step_label = label("", "subtle", parent=self)
        self.step_title = label("", "pageTitle", parent=self)
        self.steps = QStackedWidget(self)

        # Start: from scratch or a template.
        start = self._step(self.tr(
            "A boundary says what you will do to look after yourself. It is not a rule "
            "for someone else: it is about your own steps, which you can keep whatever "
            "another person does. You can start from an example and change it."))
        self.scratch_button = button(self.tr("Start from scratch"), "primary", parent=start)
        self.template_list = QListWidget(start)
        self.template_list.setObjectName("templateList")
        self.template_list.setAccessibleName(self.tr("Examples to start from"))
        self.template_list.setWordWrap(True)
        self.template_list.setMinimumHeight(260)
        # Each example's title bold, what it protects muted below it.
        self.template_list.setItemDelegate(TwoLineDelegate(self.template_list))
        self.use_template_button = button(self.tr("Use this example"), parent=start)
        self.use_template_button.setEnabled(False)
        self.template_hint = label(self.tr("Or choose an example to start from (Enter):"),
                                   parent=start)
        start.layout().addWidget(self.scratch_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The examples for families show by default when that fits her situation; she
        # can always show them herself.
        self.family_box = QCheckBox(self.tr("Also show examples for families with children"),
                                    start)
        self.family_box.setAccessibleName(self.family_box.text())
        self.family_box.toggled.connect(self._fill_templates)
        start.layout().addWidget(self.template_hint)
        start.layout().addWidget(self.template_list, 1)
        start.layout().addWidget(self.use_template_button, 0, Qt.AlignmentFlag.AlignLeft)
        start.layout().addWidget(self.family_box)

        # What I will do.
        action = self._step("")
        self.action_text = action.findChild(QLabel, "stepExplanation")
        self.action_edit = self._text_edit(action, self.tr("What I will do"),
                                           self.tr("For now I will…"))
        self.action_error = label("", "errorText", parent=action)
        self.demand_hint = label(self.tr(
            "This reads like something the other person has to do. That is not in your "
            "hands; what you do is. How could you say it as your own step? For example: "
            "\"If …, I will …\"."), "hint", parent=action)
        for w in (self.action_edit, self.action_error, self.demand_hint):
            action.layout().addWidget(w)
        action.layout().addStretch(1)

        # The need it protects.
        need = self._step("")
        self.need_text = need.findChild(QLabel, "stepExplanation")
        self.need_combo = QComboBox(need)
        self.need_combo.setAccessibleName(self.tr("One of my needs"))
        self.need_text_edit = QLineEdit(need)
        self.need_text_edit.setAccessibleName(self.tr("The need it protects, in my words"))
        self.need_text_edit.setPlaceholderText(self.tr("In your own words"))
        need.layout().addWidget(label(self.tr("From my list of needs:"), parent=need))
        need.layout().addWidget(self.need_combo)
        need.layout().addWidget(label(self.tr("In my own words:"), parent=need))
        need.layout().addWidget(self.need_text_edit)
        need.layout().addStretch(1)

        # The consequence; for a safety action, what she does at once and whom she calls.
        consequence = self._step(self._consequence_explanation())
        self.consequence_text = consequence.findChild(QLabel, "stepExplanation")
        self.consequence_edit = self._text_edit(consequence, self.tr("The consequence"),
                                                self.tr("If it is crossed, I will…"))
        self.safety_numbers = label("", parent=consequence)
        self.safety_numbers.setObjectName("safetyNumbers")
        self.safety_numbers.setTextFormat(Qt.TextFormat.RichText)
        self.safety_numbers.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        consequence.layout().addWidget(self.consequence_edit)
        consequence.layout().addWidget(self.safety_numbers)
        consequence.layout().addStretch(1)

        # Willing and able?
        willing = self._step(self.tr(
            "Are you willing and able to carry out this consequence? Be honest with "
            "yourself; there is no wrong answer here."))
        self.willing_group = QButtonGroup(self)
        self.willing_buttons: dict[Willingness, QRadioButton] = {}
        for value in Willingness:
            radio = QRadioButton(willing_word(value), willing)
            radio.setAccessibleName(willing_word(value))
            self.willing_group.addButton(radio)
            self.willing_buttons[value] = radio
            willing.layout().addWidget(radio)
        self.willing_hint = label(self.tr(
            "A consequence that does not happen makes a boundary easier to ignore, for the "
            "other person and for you. It can help to choose a smaller consequence that you "
            "know you can carry out. You can go back a step and change it."), "hint",
            parent=willing)
        willing.layout().addWidget(self.willing_hint)
        willing.layout().addStretch(1)

        # Support.
        support = self._step("")
        self.support_text = support.findChild(QLabel, "stepExplanation")
        self.support_edit = self._text_edit(support, self.tr("Who supports me"),
                                            self.tr("A friend, your sister, your group, "
                                                    "your therapist…"))
        self.support_edit.setMaximumHeight(110)
        self.support_chips: dict[int, QPushButton] = {}
        self.support_chips_label = label(
            self.tr("Tick the people from your support list who stand by you:"),
            parent=support)
        self.support_chip_grid = QGridLayout()
        self.support_chip_grid.setHorizontalSpacing(6)
        self.support_chip_grid.setVerticalSpacing(6)
        self.support_text_label = label(self.tr("Anyone else, in your own words:"),
                                        parent=support)
        support.layout().addWidget(self.support_chips_label)
        support.layout().addLayout(self.support_chip_grid)
        support.layout().addWidget(self.support_text_label)
        support.layout().addWidget(self.support_edit)
        support.layout().addStretch(1)

        # Status, review date and notes.
        status = self._step(self.tr(
            "Where are you with it now? There is no hurry: many boundaries start as "
            "something you are only considering. A date to look at it again can help."))
        self.status_combo = QComboBox(status)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for value in BoundaryStatus:
            self.status_combo.addItem(status_word(value), value.value)
        self.review_check = QCheckBox(self.tr("Look at it again on"), status)
        self.review_check.setAccessibleName(self.tr("Set a date to look at it again"))
        self.review_date = QDateEdit(status)
        self.review_date.setCalendarPopup(True)
        self.review_date.setAccessibleName(self.tr("Date to look at it again"))
        dates.set_date_format(self.review_date, self._lang(), long=True)
        review_row = QHBoxLayout()
        review_row.addWidget(self.review_check)
        review_row.addWidget(self.review_date)
        review_row.addStretch(1)
        self.notes_edit = self._text_edit(status, self.tr("Notes"),
                                          self.tr("Anything else you want to remember"))
        status.layout().addWidget(self.status_combo, 0, Qt.AlignmentFlag.AlignLeft)
        status.layout().addLayout(review_row)
        status.layout().addWidget(self.notes_edit)
        status.layout().addStretch(1)

        # Summary card.
        summary = self._step("")
        self.summary_text = summary.findChild(QLabel, "stepExplanation")
        self.summary_view = QTextBrowser(summary)
        self.summary_view.setObjectName("summaryCard")
        self.summary_view.setOpenLinks(False)
        self.summary_view.document().setDocumentMargin(18)
        self.print_button = button(self.tr("Print…"), parent=summary)
        summary.layout().addWidget(self.summary_view, 1)
        summary.layout().addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.cancel_button = button(self.tr("Cancel"), parent=self)
        self.back_button = button(self.tr("&Back"), parent=self,
                                  accessible=self.tr("Back to the previous step"))
        self.next_button = button(self.tr("&Next"), "primary", parent=self,
                                  accessible=self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+Enter)"))
        nav = QHBoxLayout()
        nav.addWidget(self.cancel_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        inner = QWidget(self)
        inner.setObjectName("screen")
        inner.setMaximumWidth(780)
        column = QVBoxLayout(inner)
        column.setContentsMargins(40, 28, 40, 24)
        column.setSpacing(10)
        column.addWidget(self.step_label)
        column.addWidget(self.step_title)
        column.addWidget(self.steps, 1)
        column.addWidget(self._autosave.message)
        column.addLayout(nav)
        scrolling_page(self, inner)
        self._show_kind()

    def _step(self, explanation: str) -> QWidget:
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(10)
        text = label(explanation, "stepExplanation", parent=page)
        layout.addWidget(text)
        self.steps.addWidget(page)
        return page

    @staticmethod
    def _text_edit(parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        edit.setMaximumHeight(180)
        return edit

    def _connect(self) -> None:
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

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    @property
    def people(self) -> list[int]:
        """The ids of the support people she ticked."""
        return list(self._people)

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
        except Exception:
            return False
        if not data:
            return False
        self._show_family_examples_if_they_fit()
        try:
            draft = _draft_from_dict(data)
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

    def draft(self) -> BoundaryDraft:
        willing = next((v for v, b in self.willing_buttons.items() if b.isChecked()), None)
        need_id = self.need_combo.currentData()
        return BoundaryDraft(
            action=self.action_edit.toPlainText(),
            need_text=self.need_text_edit.text(),
            need_id=int(need_id) if need_id else None,
            consequence=self.consequence_edit.toPlainText(),
            willing=None if self.safety_action else willing,
            support=self.support_edit.toPlainText(),
            status=(BoundaryStatus.DECIDED if self.safety_action
                    else BoundaryStatus(self.status_combo.currentData())),
            review_date=(dates.pydate(self.review_date.date())
                         if self.review_check.isChecked() and not self.safety_action
                         else None),
            notes=self.notes_edit.toPlainText(),
            template_id=self._template_id,
        )

    @property
    def safety_action(self) -> bool:
        """A safety action (e.g. a child touched sexually): no consequence to weigh and no
        "willing and able?" step; what she does at once and the numbers to call."""
        return is_safety_action(self._template_id)

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
            self._words("save") if step == self.SUMMARY else self.tr("Next step"))
        focus = {self.START: self.scratch_button, self.ACTION: self.action_edit,
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
        except Exception as exc:
            messages.error(self, self._words("not saved"),
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
                    self, self._words("stop changing"), self._words("changes thrown away"),
                    destructive=True,
                    yes_text=self.tr("Throw away"), no_text=self.tr("Keep writing")):
                return
        elif self._has_words() and not messages.confirm(
                self, self._words("stop"),
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

    def _lang(self) -> str:
        return self._settings.effective_language()

    def _has_words(self) -> bool:
        draft = self.draft()
        return any(s.strip() for s in (draft.action, draft.consequence, draft.support,
                                       draft.notes, draft.need_text))

    def _show_family_examples_if_they_fit(self) -> None:
        """Tick "examples for families" as her situation says, and fill the list."""
        fits = Situation.BOUNDARIES in current_profile(self._vault).situations
        self.family_box.blockSignals(True)
        self.family_box.setChecked(fits)
        self.family_box.blockSignals(False)
        self._fill_templates()

    @Slot()
    def _fill_templates(self) -> None:
        self.template_list.clear()
        every = load_templates(self._lang(), include_family=True)
        family = self.family_box.isChecked()
        # A safety action (a child touched sexually) is not an example to filter away:
        # it shows unless she said only that it is about his addiction (then with the
        # family examples), under a heading of its own.
        situations = current_profile(self._vault).situations
        groups = [("", [t for t in every if t.group == "general"])]
        if family or safety_action_fits(self._vault):
            safety = (self.tr("When a child is not safe"),
                      [t for t in every if t.is_safety_action])
            # First, above her own examples, when he crossed boundaries or is accused.
            groups.insert(0 if Situation.BOUNDARIES in situations else 1, safety)
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
        # The first of her own examples is chosen, never the safety action.
        first = next((row for row in range(self.template_list.count())
                      if self.template_list.item(row).data(TemplateRole)
                      and not is_safety_action(self.template_list.item(row).data(
                          TemplateRole))), 0)
        self.template_list.setCurrentRow(first)

    def _fill_needs(self, selected: int | None) -> None:
        self.need_combo.clear()
        self.need_combo.addItem(self.tr("(none chosen)"), 0)
        try:
            needs = self._needs.all()
        except Exception:
            needs = []
        for need in needs:
            text = need.text if len(need.text) <= 70 else need.text[:69] + "…"
            self.need_combo.addItem(text, need.id)
        self.need_combo.setCurrentIndex(max(0, self.need_combo.findData(selected or 0)))

    def _fill_support(self) -> None:
        """One chip per person on her support list (those whose advice she allows first);
        a ticked chip links that person to the boundary, her own text stays as she wrote
        it. No one on the list: only the text field."""
        for chip in self.support_chips.values():
            self.support_chip_grid.removeWidget(chip)
            chip.hide()
            chip.deleteLater()
        self.support_chips = {}
        try:
            people = SupportStore(self._vault).all()
        except Exception:
            people = []
        for n, person in enumerate(people):
            chip = QPushButton(self)
            chip.setProperty("person_name", person.name)
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setAccessibleName(self.tr("%1 supports me").replace("%1", person.name))
            chip.setChecked(person.id in self._people)
            _show_tick(chip)
            chip.toggled.connect(lambda on, pid=person.id: self._on_support_chip(pid, on))
            self.support_chip_grid.addWidget(chip, n // CHIP_COLUMNS, n % CHIP_COLUMNS)
            chip.show()  # at once, so Tab reaches it without waiting for the event loop
            self.support_chips[person.id] = chip
        self.support_chips_label.setVisible(bool(people))
        self.support_text_label.setVisible(bool(people))
        self._people = [i for i in self._people if i in self.support_chips]
        previous: QWidget | None = None
        for chip in self.support_chips.values():
            if previous is not None:
                QWidget.setTabOrder(previous, chip)
            previous = chip
        if previous is not None:
            QWidget.setTabOrder(previous, self.support_edit)

    def _on_support_chip(self, person_id: int, on: bool) -> None:
        _show_tick(self.support_chips[person_id])
        if on and person_id not in self._people:
            self._people.append(person_id)
        elif not on and person_id in self._people:
            self._people.remove(person_id)
        self._on_changed()

    def _people_names(self) -> list[str]:
        """The names of the people she ticked, by name (as on the boundary's card)."""
        return sorted((str(chip.property("person_name"))
                       for person_id, chip in self.support_chips.items()
                       if person_id in self._people), key=str.casefold)

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
            self.cancel_button.setText(self.tr("Cancel"))
            self._show_kind()
            self._update_hints()
            self.go_to(step)
        finally:
            self._loading = False

    def _consequence_explanation(self) -> str:
        return self.tr(
            "What will you do if the boundary is crossed? A consequence is there to protect "
            "you, not to punish. Choose something that is in your own hands.")

    def _words(self, key: str) -> str:
        """The flow's words about what she writes: a boundary, or for a safety action a
        safety agreement (never called a boundary: it is not one to weigh up)."""
        if self.safety_action:
            words = {
                "action": self.tr(
                    "Write it as something you will do yourself, for example: \"I step in "
                    "at once and take the child to a safe place.\" You cannot make another "
                    "person change, but you can decide what you do."),
                "need": self.tr(
                    "What does this protect? The child's safety first, and also you: you do "
                    "not have to weigh this up alone. Naming it helps you act, also when it "
                    "is hard."),
                "support": self.tr(
                    "Who can you lean on when you act on this? You do not have to do it "
                    "alone, and it helps to know beforehand who stands beside you."),
                "summary": self.tr(
                    "Here is your safety agreement. You can print it, or go back and change "
                    "anything. Saving keeps it in your journal only."),
                "summary name": self.tr("Summary of the safety agreement"),
                "print": self.tr("Print this safety agreement"),
                "cancel": self.tr("Stop and throw away this safety agreement"),
                "save": self.tr("Save this safety agreement"),
                "not saved": self.tr("The safety agreement was not saved"),
                "stop": self.tr("Stop writing this safety agreement?"),
                "stop changing": self.tr("Stop changing this safety agreement?"),
                "changes thrown away": self.tr(
                    "Your changes in these steps will be thrown away; the safety agreement "
                    "stays as it was."),
            }
        else:
            words = {
                "action": self.tr(
                    "Write it as something you will do yourself, for example: \"For now I "
                    "will sleep in the study.\" You cannot make another person change, but "
                    "you can decide what you do."),
                "need": self.tr(
                    "Which need does this boundary protect? Rest, safety, room to heal… "
                    "Naming it helps you remember why it matters to you, also on days when "
                    "it is hard."),
                "support": self.tr(
                    "Who can you lean on while you hold this boundary? Holding one is easier "
                    "with someone beside you, and it helps to know who before you start."),
                "summary": self.tr(
                    "Here is your boundary. You can read it aloud to practise, print it, or "
                    "go back and change anything. Saving keeps it in your journal only."),
                "summary name": self.tr("Summary of the boundary"),
                "print": self.tr("Print this boundary"),
                "cancel": self.tr("Stop and throw away this boundary"),
                "save": self.tr("Save this boundary"),
                "not saved": self.tr("The boundary was not saved"),
                "stop": self.tr("Stop this boundary?"),
                "stop changing": self.tr("Stop changing this boundary?"),
                "changes thrown away": self.tr(
                    "Your changes in these steps will be thrown away; the boundary stays as "
                    "it was."),
            }
        return words[key]

    def _show_kind(self) -> None:
        """The steps' words for a boundary or a safety action; the consequence step as a
        boundary's ("if it is crossed") or, for a safety action, as what she does at
        once, with the numbers to call."""
        for text, key in ((self.action_text, "action"), (self.need_text, "need"),
                          (self.support_text, "support"), (self.summary_text, "summary")):
            text.setText(self._words(key))
        self.summary_view.setAccessibleName(self._words("summary name"))
        self.print_button.setAccessibleName(self._words("print"))
        self.cancel_button.setAccessibleName(self._words("cancel"))
        if not self.safety_action:
            self.consequence_text.setText(self._consequence_explanation())
            self.consequence_edit.setAccessibleName(self.tr("The consequence"))
            self.consequence_edit.setPlaceholderText(self.tr("If it is crossed, I will…"))
            self.safety_numbers.hide()
            return
        self.consequence_text.setText(self.tr(
            "This is not a boundary to weigh up or agree on: touching a child sexually is "
            "abuse. It is stopped at once, the child is made safe, and you call for advice "
            "the same day (in Flanders in the evening and at the weekend: the police, 101). "
            "You do not have to judge it alone, and you do not wait for it to happen again."))
        self.consequence_edit.setAccessibleName(self.tr("What I do at once"))
        self.consequence_edit.setPlaceholderText(self.tr("At once, I will…"))
        template = template_by_id(str(self._template_id), self._lang())
        lines = []
        for helpline_id in template.call if template else ():
            line = helpline_by_id(helpline_id)
            if line is not None:
                name, _about = line.text(self._lang())
                country = self.tr("Netherlands") if line.country == "NL" else self.tr("Belgium")
                lines.append(f"{number_and_name(line.number, name)} ({country})")
        self.safety_numbers.setText("<br>".join(lines))
        self.safety_numbers.setVisible(bool(lines))

    def _update_hints(self) -> None:
        self.demand_hint.setVisible(sounds_like_demand(self.action_edit.toPlainText()))
        willing = next((v for v, b in self.willing_buttons.items() if b.isChecked()), None)
        self.willing_hint.setVisible(consequence_hint_needed(willing))

    def _refresh_summary(self) -> None:
        draft = self.draft()
        need_label = self.need_combo.currentText() if self.need_combo.currentData() else ""
        self.summary_view.setHtml(summary_html(draft, need_label, self._lang(),
                                               people=self._people_names()))

    def _collect(self) -> tuple[str, dict[str, Any]] | None:
        data = _draft_to_dict(self.draft())
        data.update(step=self.step, editing=self._editing, people=list(self._people))
        return DRAFT_NAME, data

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
    def _on_changed(self) -> None:
        if not self._loading:
            self._autosave.changed()

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


def _show_tick(chip: QPushButton) -> None:
    """A ticked chip also says so in its text, not only in its colour."""
    name = str(chip.property("person_name"))
    chip.setText((TICK if chip.isChecked() else "") + name.replace("&", "&&"))


def _draft_to_dict(draft: BoundaryDraft) -> dict[str, Any]:
    return {
        "action": draft.action, "need_text": draft.need_text, "need_id": draft.need_id,
        "consequence": draft.consequence,
        "willing": draft.willing.value if draft.willing else None,
        "support": draft.support, "status": BoundaryStatus(draft.status).value,
        "review_date": draft.review_date.isoformat() if draft.review_date else None,
        "notes": draft.notes, "template_id": draft.template_id,
    }


def _draft_from_dict(data: dict[str, Any]) -> BoundaryDraft:
    return BoundaryDraft(
        action=str(data.get("action", "")), need_text=str(data.get("need_text", "")),
        need_id=int(data["need_id"]) if data.get("need_id") else None,
        consequence=str(data.get("consequence", "")),
        willing=Willingness(data["willing"]) if data.get("willing") else None,
        support=str(data.get("support", "")),
        status=BoundaryStatus(data.get("status") or "considering"),
        review_date=date.fromisoformat(data["review_date"]) if data.get("review_date")
        else None,
        notes=str(data.get("notes", "")), template_id=data.get("template_id"))
