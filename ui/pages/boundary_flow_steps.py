"""The boundary flow's steps: one page per question with its fields, how they are
filled from a draft and read back into one, and the support people she can tick.
The navigation, the examples and saving are in boundary_flow.py."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Slot
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
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal.boundaries import (
    consequence_hint_needed,
    is_safety_action,
    sounds_like_demand,
    template_by_id,
)
from journal.boundary_models import BoundaryDraft, BoundaryStatus, Willingness
from journal.form_drafts import FormDrafts
from journal.needs import NeedStore
from journal.support import SupportStore, helpline_by_id
from journal.vault import Vault
from ui import dates, messages
from ui.helplines import number_and_name
from ui.pages.boundary_flow_words import FlowWords
from ui.pages.worksheet import RADIO_STYLE, DraftAutosave, status_word, willing_word
from ui.settings import Settings
from ui.widgets import button, label, scrolling_page, shortened
from ui.widgets.list_items import TwoLineDelegate

DRAFT_NAME = "boundary-flow"
CHIP_COLUMNS = 3
# A ticked support person reads as ticked in light and dark (as the check-in's chips).
CHIP_STYLE = (
    " QPushButton#chip { border-radius: 13px; padding: 4px 12px; }"
    " QPushButton#chip:checked { background: palette(highlight);"
    " color: palette(highlighted-text); border-color: palette(highlight); }")
TICK = "✓ "


class BoundaryFlowSteps(QWidget):
    """The steps of the flow and what is in them (BoundaryFlow moves between them)."""

    START, ACTION, NEED, CONSEQUENCE, WILLING, SUPPORT, STATUS, SUMMARY = range(8)

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boundaryFlow")
        self._vault = vault
        self._settings = settings
        self._needs = NeedStore(vault)
        self._words = FlowWords(self)
        self._editing: int | None = None
        self._template_id: str | None = None
        self._people: list[int] = []  # ticked support people (ids), in the order ticked
        self._loading = False
        self._autosave = DraftAutosave(FormDrafts(vault), self._collect, self)
        self._build()
        self.setStyleSheet(RADIO_STYLE + CHIP_STYLE)

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        self.step_label = label("", "subtle", parent=self)
        self.step_title = label("", "pageTitle", parent=self)
        self.steps = QStackedWidget(self)

        # Start: from scratch or a template.
        start, start_column, _ = self._step(self.tr(
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
        start_column.addWidget(self.scratch_button, 0, Qt.AlignmentFlag.AlignLeft)
        # The examples for families show by default when that fits her situation; she
        # can always show them herself.
        self.family_box = QCheckBox(self.tr("Also show examples for families with children"),
                                    start)
        self.family_box.setAccessibleName(self.family_box.text())
        start_column.addWidget(self.template_hint)
        start_column.addWidget(self.template_list, 1)
        start_column.addWidget(self.use_template_button, 0, Qt.AlignmentFlag.AlignLeft)
        start_column.addWidget(self.family_box)

        # What I will do.
        action, action_column, self.action_text = self._step("")
        self.action_edit = self._text_edit(action, self.tr("What I will do"),
                                           self.tr("For now I will…"))
        self.action_error = label("", "errorText", parent=action)
        self.demand_hint = label(self.tr(
            "This reads like something the other person has to do. That is not in your "
            "hands; what you do is. How could you say it as your own step? For example: "
            "\"If …, I will …\"."), "hint", parent=action)
        for w in (self.action_edit, self.action_error, self.demand_hint):
            action_column.addWidget(w)
        action_column.addStretch(1)

        # The need it protects.
        need, need_column, self.need_text = self._step("")
        self.need_combo = QComboBox(need)
        self.need_combo.setAccessibleName(self.tr("One of my needs"))
        self.need_text_edit = QLineEdit(need)
        self.need_text_edit.setAccessibleName(self.tr("The need it protects, in my words"))
        self.need_text_edit.setPlaceholderText(self.tr("In your own words"))
        need_column.addWidget(label(self.tr("From my list of needs:"), parent=need))
        need_column.addWidget(self.need_combo)
        need_column.addWidget(label(self.tr("In my own words:"), parent=need))
        need_column.addWidget(self.need_text_edit)
        need_column.addStretch(1)

        # The consequence; for a safety action, what she does at once and whom she calls.
        consequence, consequence_column, self.consequence_text = self._step(
            self._words.consequence(False))
        self.consequence_edit = self._text_edit(consequence, self.tr("The consequence"),
                                                self.tr("If it is crossed, I will…"))
        self.safety_numbers = label("", parent=consequence)
        self.safety_numbers.setObjectName("safetyNumbers")
        self.safety_numbers.setTextFormat(Qt.TextFormat.RichText)
        self.safety_numbers.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        consequence_column.addWidget(self.consequence_edit)
        consequence_column.addWidget(self.safety_numbers)
        consequence_column.addStretch(1)

        # Willing and able?
        willing, willing_column, _ = self._step(self.tr(
            "Are you willing and able to carry out this consequence? Be honest with "
            "yourself; there is no wrong answer here."))
        self.willing_group = QButtonGroup(self)
        self.willing_buttons: dict[Willingness, QRadioButton] = {}
        for value in Willingness:
            radio = QRadioButton(willing_word(value), willing)
            radio.setAccessibleName(willing_word(value))
            self.willing_group.addButton(radio)
            self.willing_buttons[value] = radio
            willing_column.addWidget(radio)
        self.willing_hint = label(self.tr(
            "A consequence that does not happen makes a boundary easier to ignore, for the "
            "other person and for you. It can help to choose a smaller consequence that you "
            "know you can carry out. You can go back a step and change it."), "hint",
            parent=willing)
        willing_column.addWidget(self.willing_hint)
        willing_column.addStretch(1)

        # Support.
        support, support_column, self.support_text = self._step("")
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
        support_column.addWidget(self.support_chips_label)
        support_column.addLayout(self.support_chip_grid)
        support_column.addWidget(self.support_text_label)
        support_column.addWidget(self.support_edit)
        support_column.addStretch(1)

        # Status, review date and notes.
        status, status_column, _ = self._step(self.tr(
            "Where are you with it now? There is no hurry: many boundaries start as "
            "something you are only considering. A date to look at it again can help."))
        self.status_combo = QComboBox(status)
        self.status_combo.setAccessibleName(self.tr("Status"))
        for status_value in BoundaryStatus:
            self.status_combo.addItem(status_word(status_value), status_value.value)
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
        status_column.addWidget(self.status_combo, 0, Qt.AlignmentFlag.AlignLeft)
        status_column.addLayout(review_row)
        status_column.addWidget(self.notes_edit)
        status_column.addStretch(1)

        # Summary card.
        summary, summary_column, self.summary_text = self._step("")
        self.summary_view = QTextBrowser(summary)
        self.summary_view.setObjectName("summaryCard")
        self.summary_view.setOpenLinks(False)
        self.summary_view.document().setDocumentMargin(18)
        self.print_button = button(self.tr("Print…"), parent=summary)
        summary_column.addWidget(self.summary_view, 1)
        summary_column.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)

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

    def _step(self, explanation: str) -> tuple[QWidget, QVBoxLayout, QLabel]:
        """A step's page, its column and its explanation."""
        page = QWidget(self.steps)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(10)
        text = label(explanation, "stepExplanation", parent=page)
        layout.addWidget(text)
        self.steps.addWidget(page)
        return page, layout, text

    @staticmethod
    def _text_edit(parent: QWidget, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(90)
        edit.setMaximumHeight(180)
        return edit

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    @property
    def people(self) -> list[int]:
        """The ids of the support people she ticked."""
        return list(self._people)

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

    def _text(self, key: str) -> str:
        return self._words.get(key, self.safety_action)

    def _lang(self) -> str:
        return self._settings.effective_language()

    def _has_words(self) -> bool:
        draft = self.draft()
        return any(s.strip() for s in (draft.action, draft.consequence, draft.support,
                                       draft.notes, draft.need_text))

    def _fill_needs(self, selected: int | None) -> None:
        self.need_combo.clear()
        self.need_combo.addItem(self.tr("(none chosen)"), 0)
        try:
            needs = self._needs.all()
        # Unreadable: she can still write the need in her own words.
        except messages.FAILURES:
            needs = []
        for need in needs:
            text = shortened(need.text, 69)
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
        # Unreadable: she can still name her support in the text field.
        except messages.FAILURES:
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

    def _show_kind(self) -> None:
        """The steps' words for a boundary or a safety action; the consequence step as a
        boundary's ("if it is crossed") or, for a safety action, as what she does at
        once, with the numbers to call."""
        for text, key in ((self.action_text, "action"), (self.need_text, "need"),
                          (self.support_text, "support"), (self.summary_text, "summary")):
            text.setText(self._text(key))
        self.summary_view.setAccessibleName(self._text("summary name"))
        self.print_button.setAccessibleName(self._text("print"))
        self.cancel_button.setAccessibleName(self._text("cancel"))
        if not self.safety_action:
            self.consequence_text.setText(self._words.consequence(False))
            self.consequence_edit.setAccessibleName(self.tr("The consequence"))
            self.consequence_edit.setPlaceholderText(self.tr("If it is crossed, I will…"))
            self.safety_numbers.hide()
            return
        self.consequence_text.setText(self._words.consequence(True))
        self.consequence_edit.setAccessibleName(self.tr("What I do at once"))
        self.consequence_edit.setPlaceholderText(self.tr("At once, I will…"))
        template = template_by_id(str(self._template_id), self._lang())
        lines = []
        for helpline_id in template.call if template else ():
            line = helpline_by_id(helpline_id)
            if line is not None:
                name, _about = line.text(self._lang())
                country = self.tr("Netherlands") if line.country == "NL" else self.tr("Belgium")
                # A line without one number says how to find the nearest, as in Help now.
                reach = line.reach_text(self._lang())
                lines.append(f"{number_and_name(line.number, name)} ({country})"
                             + (f"<br>{html.escape(reach)}" if reach else ""))
        self.safety_numbers.setText("<br>".join(lines))
        self.safety_numbers.setVisible(bool(lines))

    def _update_hints(self) -> None:
        self.demand_hint.setVisible(sounds_like_demand(self.action_edit.toPlainText()))
        willing = next((v for v, b in self.willing_buttons.items() if b.isChecked()), None)
        self.willing_hint.setVisible(consequence_hint_needed(willing))

    def _collect(self) -> tuple[str, dict[str, Any]] | None:
        data = draft_to_dict(self.draft())
        data.update(step=self.step, editing=self._editing, people=list(self._people))
        return DRAFT_NAME, data

    @Slot()
    def _on_changed(self) -> None:
        if not self._loading:
            self._autosave.changed()


def _show_tick(chip: QPushButton) -> None:
    """A ticked chip also says so in its text, not only in its colour."""
    name = str(chip.property("person_name"))
    chip.setText((TICK if chip.isChecked() else "") + name.replace("&", "&&"))


def draft_to_dict(draft: BoundaryDraft) -> dict[str, Any]:
    return {
        "action": draft.action, "need_text": draft.need_text, "need_id": draft.need_id,
        "consequence": draft.consequence,
        "willing": draft.willing.value if draft.willing else None,
        "support": draft.support, "status": BoundaryStatus(draft.status).value,
        "review_date": draft.review_date.isoformat() if draft.review_date else None,
        "notes": draft.notes, "template_id": draft.template_id,
    }


def draft_from_dict(data: dict[str, Any]) -> BoundaryDraft:
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
