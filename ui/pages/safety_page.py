"""The safety plan page: the emergency numbers first ("Help now"), her own plan in her
words (saved a second after typing and on save_pending), and her STI test record.

Contract with the main window: `SafetyPage(vault, hub, settings)`, `save_pending()` and
`open_help_now()` (the numbers on top, in view, with focus).
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.boundaries import BoundaryStore, load_templates
from journal.safety import PartnerTested, SafetyPlan, SafetyStore, StiTest
from journal.support import INCLUDED_HELPLINES, HelplineCategory, SupportPerson, SupportStore
from journal.vault import Vault
from ui import dates, messages
from ui.helplines import about_text, category_heading, helpline_details, number_and_name
from ui.hub import ALL_RECORDS, Hub
from ui.pages.boundary_flow import safety_action_fits
from ui.settings import Settings
from ui.widgets import button, card, label
from ui.widgets import rich_label as rich
from ui.widgets.autosave import Autosave
from ui.widgets.list_items import QuietFocusDelegate


class HelpNowCard(QFrame):
    """The numbers for a moment of danger or crisis: first her own people who have a
    contact (from her support network), then per country the emergency numbers, the
    crisis lines, the main advice lines, and where to report when it is not urgent, each
    under its own heading (an advice or reporting line is never shown as an emergency
    number)."""

    SECTIONS = (HelplineCategory.EMERGENCY, HelplineCategory.CRISIS, HelplineCategory.ADVICE,
                HelplineCategory.REPORT)

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpNowCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Help now: emergency numbers and helplines"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(label(self.tr("Help now"), "sectionTitle", parent=self))
        layout.addWidget(label(self.tr(
            "Is someone in danger right now, you or someone else? Call 112 (in Belgium, the "
            "police: 101). You do not have to be sure: better to call once too often than "
            "once too few."), parent=self))
        # What she does at once if a child is touched sexually: the safety plan puts its
        # link here, in the box, where minutes count (add_action_link).
        self.action_layout = QVBoxLayout()
        self.action_layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.action_layout)
        # Her own people, when she has any: filled by set_people.
        self.people_box = QWidget(self)
        self.people_layout = QVBoxLayout(self.people_box)
        self.people_layout.setContentsMargins(0, 0, 0, 6)
        self.people_box.hide()
        layout.addWidget(self.people_box)
        self.people: list[str] = []  # the names shown, in order
        self.headings: list[str] = []
        # Each line's widget, and each section's title with its lines: set_hidden.
        self.lines: dict[str, QWidget] = {}
        self._sections: list[tuple[QWidget, list[str], bool]] = []
        self.section_titles: dict[str, QWidget] = {}  # a category's first title
        columns = QHBoxLayout()
        for country, heading in (("NL", self.tr("Netherlands")), ("BE", self.tr("Belgium"))):
            column = QVBoxLayout()
            column.addWidget(rich(f"<b>{heading}</b>", parent=self))
            for category in self.SECTIONS:
                lines = [h for h in INCLUDED_HELPLINES if h.country == country
                         and h.category is category and h.help_now]
                if not lines:
                    continue
                section = category_heading(category)
                self.headings.append(section)
                title = rich(f"<i>{html.escape(section)}</i>", parent=self)
                title.setObjectName("helpNowSection")
                self.section_titles.setdefault(category.value, title)
                column.addWidget(title)
                self._sections.append((title, [h.id for h in lines],
                                       category is HelplineCategory.EMERGENCY))
                for line in lines:
                    name, _about = line.text(lang)
                    about = about_text(line, lang)
                    details = helpline_details(line, lang)
                    text = rich(f"{number_and_name(line.number, name)}<br>"
                                f"{html.escape(about)}"
                                + (f"<br><i>{html.escape(details)}</i>" if details else ""),
                                parent=self)
                    text.setObjectName(f"helpline_{line.id}")
                    self.lines[line.id] = text
                    text.setTextInteractionFlags(
                        Qt.TextInteractionFlag.TextSelectableByMouse)
                    column.addWidget(text)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout.addLayout(columns)


    def add_action_link(self, link: QWidget) -> None:
        """Put a link right under the emergency sentence, inside the box."""
        self.action_layout.addWidget(link)

    def set_hidden(self, hidden: set[str]) -> None:
        """Hide the lines she unticked in her support network; emergency numbers are
        always shown (the support page offers no tick for them)."""
        for title, ids, emergency in self._sections:
            shown = [i for i in ids if emergency or i not in hidden]
            for line_id in ids:
                self.lines[line_id].setVisible(line_id in shown)
            title.setVisible(bool(shown))

    def set_people(self, people: list[SupportPerson]) -> None:
        """Show the people of her support network who have a contact, first."""
        while self.people_layout.count():
            cell = self.people_layout.takeAt(0)
            widget = cell.widget() if cell is not None else None
            if widget is not None:
                widget.deleteLater()
        reachable = [p for p in people if p.contact.strip()]
        self.people = [p.name for p in reachable]
        self.people_box.setVisible(bool(reachable))
        if not reachable:
            return
        heading = self.tr("My people")  # outside the f-string, so lupdate finds it
        self._add_person_line(rich(f"<b>{html.escape(heading)}</b>", parent=self.people_box))
        for person in reachable:
            contact = html.escape(person.contact.strip()).replace("\n", " · ")
            text = rich(f"<b>{html.escape(person.name)}</b> · {contact}",
                        parent=self.people_box)
            text.setObjectName("helpNowPerson")
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._add_person_line(text)

    def _add_person_line(self, line: QWidget) -> None:
        self.people_layout.addWidget(line)
        # Shown now, not later from the event loop, so that open_help_now can measure
        # where the lines below them are.
        line.show()


class SafetyPage(QWidget):
    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self._hub = hub
        self._settings = settings
        self._vault = vault
        self._agreement_id: int | None = None  # her safety agreement, if she has one
        self.store = SafetyStore(vault)
        self._support = SupportStore(vault)
        self._loading = False
        self.autosave = Autosave(self, self._write)
        self.autosave.announce(hub, "safety")
        self._build()
        self.reload()
        hub.records_changed.connect(self._on_records_changed)
        hub.settings_changed.connect(self._show_safety_action)

    def _lang(self) -> str:
        return self._settings.effective_language()

    def _build(self) -> None:
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self.scroll_area)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Safety plan"), "pageTitle", parent=body))
        self.help_card = HelpNowCard(self._lang(), body)
        layout.addWidget(self.help_card)
        # A child touched sexually: what she does at once, one click away inside Help
        # now (as in the boundary examples, unless she said it is only his addiction).
        self.safety_action_link = rich("", parent=self.help_card)
        self.safety_action_link.setObjectName("safetyActionLink")
        self.safety_action_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.safety_action_link.linkActivated.connect(self._on_safety_action)
        self.help_card.add_action_link(self.safety_action_link)
        layout.addWidget(label(self.tr(
            "Sometimes there is worry about someone's safety: your own, your children's, or "
            "someone else's. Writing it down can help you see it more clearly. This plan is "
            "yours; fill in only what fits, in your own words, and change it whenever you "
            "want."), parent=body))
        self.fields: dict[str, QPlainTextEdit] = {}
        questions = (
            ("concerns", self.tr("Is there anyone whose safety worries you?"),
             self.tr("For example children, family or others. What do you notice, and what "
                     "makes you uneasy?")),
            ("agreements", self.tr("Which agreements help keep the home safe?"),
             self.tr("What has been agreed, or what would you like to agree? Your boundaries "
                     "page has examples for families.")),
            ("who_to_call", self.tr("Whom would I call?"),
             self.tr("Names and numbers of people or services you can reach quickly.")),
            ("what_i_do", self.tr("What will I do if there is danger right now?"),
             self.tr("Your own steps, for a moment when thinking is hard.")),
        )
        for key, question, hint in questions:
            layout.addWidget(rich(f"<b>{question}</b>", parent=body))
            field = QPlainTextEdit(body)
            field.setObjectName(f"safety_{key}")
            field.setAccessibleName(question)
            field.setPlaceholderText(hint)
            field.setTabChangesFocus(True)
            field.setMinimumHeight(70)
            field.setMaximumHeight(110)
            field.textChanged.connect(self._changed)
            layout.addWidget(field)
            self.fields[key] = field
        self.saved_label = label("", "hint", parent=body)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.autosave.message)
        # What to do when what she found includes sexual images of minors.
        self.images_link = rich(
            '<a href="accused-images-of-minors">' + self.tr(
                "Found sexual images of children? Read what to do, and what not to do "
                "yourself.") + "</a>", parent=body)
        self.images_link.setObjectName("safetyImagesLink")
        self.images_link.setAccessibleName(self.tr("If you find sexual images of children"))
        self.images_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.images_link.linkActivated.connect(self._hub.open_article_requested.emit)
        layout.addWidget(self.images_link)
        # Pressure or force towards her own body is a matter of safety, not of boundaries.
        self.coercion_link = rich(
            '<a href="seek-support">' + self.tr(
                "Were you pressured or forced into something sexual yourself? Read where you "
                "can go.") + "</a>", parent=body)
        self.coercion_link.setObjectName("safetyCoercionLink")
        self.coercion_link.setAccessibleName(self.tr("If you were pressured or forced"))
        self.coercion_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction)
        self.coercion_link.linkActivated.connect(self._hub.open_article_requested.emit)
        layout.addWidget(self.coercion_link)
        layout.addSpacing(8)
        self._build_tests(body, layout)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def _build_tests(self, body: QWidget, layout: QVBoxLayout) -> None:
        box = card(body)
        self.tests_box = box
        inner = QVBoxLayout(box)
        inner.setContentsMargins(18, 14, 18, 14)
        inner.addWidget(label(self.tr("Health: STI tests"), "sectionTitle", parent=box))
        inner.addWidget(label(self.tr(
            "Getting tested is a way of looking after yourself. Here you can keep when and "
            "where you were tested, and when you would like to test again. No results are "
            "needed."), parent=box))
        self.test_list = QListWidget(box)
        self.test_list.setObjectName("stiTestList")
        self.test_list.setAccessibleName(self.tr("My STI tests"))
        self.test_list.setItemDelegate(QuietFocusDelegate(self.test_list))
        self.test_list.setMaximumHeight(110)
        inner.addWidget(self.test_list)
        form = QFormLayout()
        self.taken_edit = QDateEdit(box)
        self.taken_edit.setCalendarPopup(True)
        dates.set_date_format(self.taken_edit)
        self.taken_edit.setDate(dates.qdate(date.today()))
        self.taken_edit.setAccessibleName(self.tr("Date of the test"))
        self.by_edit = QLineEdit(box)
        self.by_edit.setPlaceholderText(self.tr(
            "For example the GP, a sexual health clinic or a test centre"))
        self.by_edit.setAccessibleName(self.tr("Tested by"))
        self.partner_combo = QComboBox(box)
        self.partner_combo.setAccessibleName(self.tr("Was your partner tested?"))
        for value, text in ((PartnerTested.UNKNOWN, self.tr("I don't know")),
                            (PartnerTested.YES, self.tr("Yes")), (PartnerTested.NO, self.tr("No"))):
            self.partner_combo.addItem(text, value.value)
        self.follow_check = QCheckBox(self.tr("Remind me to test again on"), box)
        self.follow_edit = QDateEdit(box)
        self.follow_edit.setCalendarPopup(True)
        dates.set_date_format(self.follow_edit)
        self.follow_edit.setDate(dates.qdate(date.today()).addMonths(3))
        self.follow_edit.setAccessibleName(self.tr("Date for a follow-up test"))
        self.follow_edit.setEnabled(False)
        self.follow_check.toggled.connect(self.follow_edit.setEnabled)
        follow_row = QHBoxLayout()
        follow_row.addWidget(self.follow_check)
        follow_row.addWidget(self.follow_edit, 1)
        form.addRow(self.tr("Date"), self.taken_edit)
        form.addRow(self.tr("Tested by"), self.by_edit)
        form.addRow(self.tr("Partner tested"), self.partner_combo)
        form.addRow("", follow_row)
        inner.addLayout(form)
        buttons = QHBoxLayout()
        self.add_test_button = button(self.tr("Add test"), parent=box,
                                      accessible=self.tr("Add this STI test"))
        self.new_test_button = button(self.tr("New test"), "linkButton", parent=box,
                                      accessible=self.tr("Write down another test"))
        self.delete_test_button = button(self.tr("Delete…"), "linkButton", parent=box,
                                         accessible=self.tr("Delete the chosen test"))
        buttons.addWidget(self.add_test_button)
        buttons.addWidget(self.new_test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_test_button)
        inner.addLayout(buttons)
        self.add_test_button.clicked.connect(self.add_test)
        self.new_test_button.clicked.connect(self.new_test)
        self.delete_test_button.clicked.connect(self.delete_test)
        self.test_list.currentItemChanged.connect(self._on_test_chosen)
        self._test_id: int | None = None
        self._show_test_mode()
        layout.addWidget(box)

    # -- public ----------------------------------------------------------------------

    def reload(self) -> None:
        self._show_people()
        self._show_safety_action()
        plan = self.store.plan()
        self._loading = True
        for key, field in self.fields.items():
            field.setPlainText(getattr(plan, key))
        self._loading = False
        self.autosave.reset()
        self._reload_tests()

    def open_help_now(self, section: str = "") -> None:
        """The card on top, its start in view; with a section ("report"), the heading
        of that kind of line at the top of the page instead."""
        self._show_people()
        self.help_card.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll_area.verticalScrollBar().setValue(0)
        title = self.help_card.section_titles.get(section)
        if title is not None:
            # The heading at the top, its lines under it: "just visible" left it on the
            # bottom edge, and the link seemed to open only the emergency numbers.
            page = self.scroll_area.widget()
            layout = page.layout() if page is not None else None
            assert page is not None and layout is not None  # made in __init__
            layout.activate()  # "My people" was just filled
            top = title.mapTo(page, QPoint(0, 0)).y()
            self.scroll_area.verticalScrollBar().setValue(max(0, top - 8))

    def open_tests(self) -> None:
        """The STI test record in view, ready for the next test."""
        self.scroll_area.ensureWidgetVisible(self.tests_box)
        self.taken_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_pending(self) -> bool:
        return self.save_now()

    def save_now(self) -> bool:
        return self.autosave.flush()

    def add_test(self) -> None:
        """Add the test in the form, or save the changes to the chosen one."""
        follow = dates.pydate(self.follow_edit.date()) if self.follow_check.isChecked() else None
        test = StiTest(dates.pydate(self.taken_edit.date()), self.by_edit.text(),
                       PartnerTested(self.partner_combo.currentData()), follow)
        try:
            if self._test_id is None:
                self.store.add_test(test)
            else:
                self.store.update_test(self._test_id, test)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not saved"), messages.error_text(exc))
            return
        self.new_test()
        self._reload_tests()
        self._hub.records_changed.emit("safety")  # e.g. Today's follow-up card

    def new_test(self) -> None:
        """An empty form for another test; no test chosen in the list."""
        self.test_list.blockSignals(True)
        self.test_list.setCurrentRow(-1)
        self.test_list.clearSelection()
        self.test_list.blockSignals(False)
        self._test_id = None
        self.taken_edit.setDate(dates.qdate(date.today()))
        self.by_edit.clear()
        self.partner_combo.setCurrentIndex(0)
        self.follow_check.setChecked(False)
        self._show_test_mode()

    def delete_test(self) -> None:
        item = self.test_list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return
        if not messages.confirm(self, self.tr("Delete this test?"),
                                self.tr("It will be removed from your record for good. "
                                        "This cannot be undone."),
                                destructive=True, yes_text=self.tr("Delete"),
                                no_text=self.tr("Keep")):
            return
        try:
            self.store.delete_test(int(item.data(Qt.ItemDataRole.UserRole)))
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not deleted"), messages.error_text(exc))
        self.new_test()
        self._reload_tests()
        self._hub.records_changed.emit("safety")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_people()  # she may have added someone on the support page meanwhile

    # -- private ---------------------------------------------------------------------

    def _show_people(self) -> None:
        try:
            people = self._support.all()
            hidden = self._support.hidden_helplines()
        except messages.FAILURES:
            people, hidden = [], set()  # the helplines matter more: they still show
        self.help_card.set_people(people)
        self.help_card.set_hidden(hidden)

    def _safety_template_id(self) -> str | None:
        return next((t.id for t in load_templates(self._lang()) if t.is_safety_action),
                    None)

    def _show_safety_action(self) -> None:
        """The link to the child-safety action: her own safety agreement once she has
        one, else the flow with it; hidden when she said it is only his addiction."""
        template_id = self._safety_template_id()
        try:
            fits = safety_action_fits(self._vault)
            self._agreement_id = next((s.id for s in BoundaryStore(self._vault).summaries()
                                       if template_id and s.template_id == template_id),
                                      None)
        except messages.FAILURES:
            fits, self._agreement_id = template_id is not None, None
        if self._agreement_id is not None:
            text = self.tr("My safety agreement: what I do at once if a child is touched "
                           "sexually")
        else:
            text = self.tr("If a child is touched sexually: write down what you do at once")
        self.safety_action_link.setText(
            '<a href="safety-action">' + html.escape(text) + "</a>")
        self.safety_action_link.setAccessibleName(text)
        self.safety_action_link.setVisible(fits and template_id is not None)

    def _on_safety_action(self, _link: str) -> None:
        if self._agreement_id is not None:
            self._hub.open_record_requested.emit("boundary", self._agreement_id)
        else:
            self._hub.exercise_requested.emit("boundary", self._safety_template_id() or "", "")

    def _on_records_changed(self, kind: str) -> None:
        if kind in ("boundary", ALL_RECORDS) and self._vault.is_open:
            self._show_safety_action()
        if kind in ("support", ALL_RECORDS) and self._vault.is_open:
            self._show_people()

    def _write(self) -> bool:
        text = {k: f.toPlainText() for k, f in self.fields.items()}
        self.store.save_plan(SafetyPlan(concerns=text["concerns"],
                                        agreements=text["agreements"],
                                        who_to_call=text["who_to_call"],
                                        what_i_do=text["what_i_do"]))
        self.saved_label.setText(self.tr("Saved"))
        return True

    def _changed(self) -> None:
        if self._loading:
            return
        self.saved_label.setText("")
        self.autosave.changed()

    def _on_test_chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        test_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        test = next((t for t in self.store.tests() if t.id == test_id), None)
        if test is None:
            return
        self._test_id = test.id
        self.taken_edit.setDate(dates.qdate(test.taken_on))
        self.by_edit.setText(test.tested_by)
        self.partner_combo.setCurrentIndex(
            max(0, self.partner_combo.findData(test.partner_tested.value)))
        self.follow_check.setChecked(test.follow_up_on is not None)
        if test.follow_up_on is not None:
            self.follow_edit.setDate(dates.qdate(test.follow_up_on))
        self._show_test_mode()

    def _show_test_mode(self) -> None:
        """"Add test" for a new one; "Save changes" and "Delete" once one is chosen."""
        chosen = self._test_id is not None
        self.add_test_button.setText(self.tr("Save changes") if chosen
                                     else self.tr("Add test"))
        self.add_test_button.setAccessibleName(
            self.tr("Save the changes to this test") if chosen
            else self.tr("Add this STI test"))
        self.new_test_button.setVisible(chosen)
        self.delete_test_button.setEnabled(chosen)

    def _reload_tests(self) -> None:
        lang = self._lang()
        words = {PartnerTested.YES: self.tr("partner tested"),
                 PartnerTested.NO: self.tr("partner not tested"),
                 PartnerTested.UNKNOWN: self.tr("not known whether partner was tested")}
        self.test_list.blockSignals(True)
        self.test_list.clear()
        chosen = None
        for test in self.store.tests():
            parts = [dates.short_date(test.taken_on, lang)]
            if test.tested_by:
                parts.append(test.tested_by)
            parts.append(words[test.partner_tested])
            if test.follow_up_on:
                parts.append(self.tr("test again on %1").replace(
                    "%1", dates.short_date(test.follow_up_on, lang)))
            item = QListWidgetItem(" · ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, test.id)
            self.test_list.addItem(item)
            if test.id == self._test_id:
                chosen = item
        if not self.test_list.count():
            self.test_list.addItem(QListWidgetItem(self.tr("No tests written down yet.")))
            self.test_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.test_list.setCurrentRow(-1 if chosen is None else self.test_list.row(chosen))
        self.test_list.blockSignals(False)
        if chosen is None and self._test_id is not None:
            self.new_test()  # the chosen test is gone

