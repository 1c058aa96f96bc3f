"""The summary dialog's choices: the period, what goes in, the entries to tick, the name
on the cover, the paper and the PDF's password; read together as ReportOptions. The
preview and saving are in report_dialog.py."""

from __future__ import annotations

import threading
from datetime import date
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal.report import (
    OPT_IN,
    SECTIONS,
    EntryChoice,
    ReportOptions,
    entry_choices,
    format_date,
    last_month,
    last_week,
    since_last_session,
)
from journal.vault import Vault
from ui import dates, messages
from ui.report_pdf import PAGE_SIZES
from ui.settings import Settings
from ui.widgets import label, secret_field
from ui.widgets.list_items import QuietFocusDelegate
from ui.widgets.passphrase_fields import StrengthMeter
from ui.workers import run_in_background

WEEK, MONTH, SESSION, DATES = range(4)


def entry_item(choice: EntryChoice, lang: str) -> QStandardItem:
    """An entry in the list, ticked if it is marked to share (made on a worker thread:
    an item belongs to no thread until it is in a model)."""
    text = format_date(choice.entry_date, lang)
    if choice.title:
        text += " · " + choice.title
    item = QStandardItem(text)
    item.setCheckable(True)
    item.setEditable(False)
    item.setCheckState(Qt.CheckState.Checked if choice.shared else Qt.CheckState.Unchecked)
    item.setData(choice.id, Qt.ItemDataRole.UserRole)
    return item


class ReportChoices(QDialog):
    """The choices of the summary (ReportDialog adds the preview and saving)."""

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._lang = settings.effective_language()
        self._today = today or date.today()
        self._ended = threading.Event()  # closed (or locked): nothing more is read
        # The title shows in the taskbar and window switcher: the app's (maybe neutral) name.
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.resize(1000, 680)

        # The choices are made in their place, inside the scroll area: moving a finished
        # tree of widgets there afterwards styled each of them again (setWidget: 8 of
        # the 26 ms of making them, under cProfile).
        scroll = self.controls_scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFixedWidth(390)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        controls = QWidget()
        scroll.setWidget(controls)
        self.period = QComboBox(controls)
        self.period.addItems([self.tr("The last week"), self.tr("The last month"),
                              self.tr("Since my last session"), self.tr("Choose dates")])
        self._session_span = since_last_session(vault, self._today)
        self.period_hint = label("", "hint", parent=controls)
        session_item = cast(QStandardItemModel, self.period.model()).item(SESSION)
        if self._session_span is None:
            session_item.setEnabled(False)
            why = self.tr("No session yet: on the agenda, mark topics as discussed with the "
                          "date of the session, and this period becomes available.")
            session_item.setToolTip(why)
            self.period_hint.setText(why)
        else:
            session_item.setToolTip(self.tr("From your session on {date} up to today.")
                                    .replace("{date}", format_date(self._session_span[0],
                                                                   self._lang)))
        self.period_hint.setVisible(self._session_span is None)
        self.period.setCurrentIndex(MONTH)
        self.date_from = QDateEdit(controls)
        self.date_to = QDateEdit(controls)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            dates.set_date_format(edit, self._lang)
        start, end = last_month(self._today)
        self.date_from.setDate(dates.qdate(start))
        self.date_to.setDate(dates.qdate(end))
        names = {"checkins": self.tr("Check-ins with charts"),
                 "selfcare": self.tr("Self-care and triggers"),
                 "boundaries": self.tr("Boundaries and how they held"),
                 "needs": self.tr("Needs"), "safe_places": self.tr("Safe places"),
                 "support": self.tr("Support network"),
                 "agenda": self.tr("Session agenda"),
                 "path": self.tr("Where I am on my path"),
                 "timeline": self.tr("What happened: my timeline"),
                 "entries": self.tr("Journal entries")}
        self.section_checks: dict[str, QCheckBox] = {}
        for key in SECTIONS:
            if key in names:  # sections added later bring their own name here
                self.section_checks[key] = QCheckBox(names[key], controls)
                # Her path and timeline only when she ticks them.
                self.section_checks[key].setChecked(key not in OPT_IN)
        self.roles_check = QCheckBox(self.tr("Replace names by roles"), controls)
        self.roles_hint = label(self.tr(
            "The names of the people in your support network become roles such as "
            "\"Trusted person 1\" or \"Therapist\", everywhere in the summary: also in "
            "your boundaries, topics and journal entries. Other names you wrote stay as "
            "they are, so check the preview."), "hint", parent=controls)
        self.moods_check = QCheckBox(self.tr("With moods"), controls)
        self.moods_check.setChecked(True)
        self.tags_check = QCheckBox(self.tr("With tags"), controls)
        self.tags_check.setChecked(True)
        self.entry_model = QStandardItemModel(self)
        self.entry_list = QListView(controls)
        self.entry_list.setModel(self.entry_model)
        self.entry_list.setItemDelegate(QuietFocusDelegate(self.entry_list))
        self.entry_list.setAccessibleName(self.tr("Entries in the summary"))
        self.entry_list.setMinimumHeight(120)
        self.entry_list.setUniformItemSizes(True)  # one line each: no measuring of a year
        self.name_edit = QLineEdit(controls)
        self.name_edit.setPlaceholderText(self.tr("Optional"))
        self.name_edit.setAccessibleName(self.tr("Your name or initials on the cover"))
        self.paper = QComboBox(controls)
        self.paper.addItems(list(PAGE_SIZES))
        self.password = secret_field(self.tr("A password for the PDF (recommended)"),
                                     self.tr("Password for the PDF"), controls)
        self.password_again = secret_field(self.tr("The same password again"),
                                           self.tr("Repeat the password"), controls)
        # The same measure and minimum as her passphrase: the PDF holds the same words.
        self.password_strength = StrengthMeter(self.tr("Password strength"), controls)
        self.password.textChanged.connect(self.password_strength.show_strength)

        form = QFormLayout()
        form.addRow(self.tr("Period"), self.period)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_from)
        date_row.addWidget(label("–", parent=controls, wrap=False))
        date_row.addWidget(self.date_to)
        form.addRow("", date_row)
        form.addRow("", self.period_hint)
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Paper"), self.paper)
        column = QVBoxLayout(controls)
        column.addLayout(form)
        column.addWidget(label(self.tr("What goes in"), "sectionTitle", parent=controls))
        for check in self.section_checks.values():
            column.addWidget(check)
        column.addWidget(self.roles_check)
        column.addWidget(self.roles_hint)
        column.addWidget(label(self.tr("Entries marked \"share with my therapist\" are "
                                       "ticked. Tick or untick any entry."), "hint",
                               parent=controls))
        column.addWidget(self.entry_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.moods_check)
        row.addWidget(self.tags_check)
        column.addLayout(row)
        column.addWidget(label(self.tr("Protect the PDF"), "sectionTitle", parent=controls))
        column.addWidget(self.password)
        column.addWidget(self.password_strength)
        column.addWidget(self.password_again)

        self._filling = False
        self._entries_generation = 0  # the newest list of entries asked for
        self._entries_loaded = False  # that list is in the model

    # -- public ----------------------------------------------------------------------

    def span(self) -> tuple[date, date]:
        index = self.period.currentIndex()
        if index == WEEK:
            return last_week(self._today)
        if index == MONTH:
            return last_month(self._today)
        if index == SESSION and self._session_span is not None:
            return self._session_span
        start, end = dates.pydate(self.date_from.date()), dates.pydate(self.date_to.date())
        return (start, end) if start <= end else (end, start)

    def options(self) -> ReportOptions:
        start, end = self.span()
        # Until the period's entries are in the list, those marked to share go in: the
        # list starts with just those ticked.
        ticked = frozenset(
            self.entry_model.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.entry_model.rowCount())
            if self.entry_model.item(row).checkState() == Qt.CheckState.Checked
        ) if self._entries_loaded else None
        return ReportOptions(
            start, end, lang=self._lang, name=self.name_edit.text(),
            sections=tuple(k for k, c in self.section_checks.items() if c.isChecked()),
            entry_ids=ticked, include_moods=self.moods_check.isChecked(),
            include_tags=self.tags_check.isChecked(),
            names_as_roles=self.roles_check.isChecked(), made_on=self._today)

    @property
    def entries_ready(self) -> bool:
        """Whether the period's entries are in the list."""
        return self._entries_loaded

    # -- private ---------------------------------------------------------------------

    def _fill_entries(self) -> None:
        """The entries of the period, read and made into list items on a worker thread
        (a year can hold thousands), then put in the list at once."""
        start, end = self.span()
        lang, vault, ended = self._lang, self._vault, self._ended
        self._entries_generation += 1
        generation = self._entries_generation
        self._entries_loaded = False
        self._filling = True  # (blocking the model's signals would leave the view empty)
        self.entry_model.clear()
        self._filling = False

        def work() -> tuple[int, list[QStandardItem] | None]:
            if ended.is_set():
                return generation, None
            return generation, [entry_item(c, lang) for c in entry_choices(vault, start, end)]

        run_in_background(self, work, on_success=self._on_entries_read,
                          on_failure=lambda exc: self._on_entries_failed(generation, exc))

    def _on_entries_read(self, result: tuple[int, list[QStandardItem] | None]) -> None:
        generation, items = result
        if items is None or self._ended.is_set() or generation != self._entries_generation:
            return
        self._filling = True
        self.entry_model.invisibleRootItem().appendRows(items)
        self._filling = False
        self._entries_loaded = True

    def _on_entries_failed(self, generation: int, exc: BaseException) -> None:
        if self._ended.is_set() or generation != self._entries_generation:
            return
        item = QStandardItem(self.tr("The entries could not be read.") + " "
                             + messages.error_text(exc))
        item.setEditable(False)
        self.entry_model.appendRow(item)
