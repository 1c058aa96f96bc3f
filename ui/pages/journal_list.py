"""The left side of the journal page: the search field and its filters, the list of
entries or the search results, their count, and the boundaries and needs a search
found. The page decides what is open; this pane shows what there is to choose from.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.search import SearchOrder
from journal.vault import Vault
from ui import dates
from ui.models.entry_list_delegate import EntryListDelegate
from ui.models.entry_list_model import EntryListModel
from ui.pages.journal_search import JournalSearch
from ui.pages.search_panel import FilterBar, SearchResultDelegate

TITLE_CHARS = 22  # a title this long shows whole in the list at its narrowest


def list_min_width(view: QAbstractScrollArea) -> int:
    """The narrowest the entry list may be: every date of the year whole (the mood dots
    beside it make way in the narrowest window), and a title of TITLE_CHARS characters,
    in her language and font."""
    fm = view.fontMetrics()
    days = (date(2001, month, day) for month in range(1, 13) for day in range(22, 29))
    dated = max(EntryListDelegate.width_for(fm, dates.weekday_date(d), mood=False)
                for d in days)
    bold = QFont(view.font())
    bold.setBold(True)
    titled = (QFontMetrics(bold).averageCharWidth() * TITLE_CHARS
              + 4 * EntryListDelegate.PADDING)
    scroll_bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    return max(dated, titled) + scroll_bar + 2 * view.frameWidth()


def setup_view(view: QAbstractItemView) -> None:
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setMouseTracking(True)


class EntryListView(QTableView):
    """The list of entries, newest first, under month headings.

    The list has a row for every entry from the start (100,000 in a long journal), all
    of one height but the month headings. A one-column table without headers places
    its rows by those heights alone, so a reload, a new entry or a jump to any month
    takes the same few milliseconds at any size; a QListView asks the model about every
    row on each of those (0.4–1.3 s at 100,000 entries, or, laid out in batches, a jump
    far down did nothing until the batches got there)."""

    def __init__(self, model: EntryListModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._model = model
        self.setObjectName("entryList")
        self.setModel(model)
        # After the view's own handlers (connected by setModel), which give every new
        # row the default height.
        model.modelReset.connect(self._fit_heading_rows)
        model.rowsInserted.connect(self._fit_heading_rows)
        self.setItemDelegate(EntryListDelegate(self))
        setup_view(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.fit_rows()

    def fit_rows(self) -> None:
        """Every row as high as the delegate draws an entry, the month headings lower."""
        header = self.verticalHeader()
        height = EntryListDelegate.row_height(self.fontMetrics())
        header.setMinimumSectionSize(1)
        header.setDefaultSectionSize(height)
        self._fit_heading_rows()

    def _fit_heading_rows(self, _parent: Any = None, first: int = 0,
                          last: int | None = None) -> None:
        """A new row (or a reset) gets the default height: the headings among rows
        `first`..`last` (all after a reset, about 12 a year of journal) are set again;
        the view keeps the other rows' heights where they move to."""
        header = self.verticalHeader()
        height = EntryListDelegate.heading_height(self.font())
        # With updates on, each resize finds the row's place on screen, which adds up
        # every row's height: 4-16 ms for 120 headings at 100,000 rows, under 0.1 off.
        # The view repaints the rows itself (sectionResized).
        header.setUpdatesEnabled(False)
        try:
            for row in self._model.header_rows():
                if first <= row and (last is None or row <= last):
                    header.resizeSection(row, height)
        finally:
            header.setUpdatesEnabled(True)


class JournalListPane(QWidget):
    """Search, filters, and the list of entries or the results. Owns the search."""

    def __init__(self, vault: Vault, model: EntryListModel,
                 quietly: Callable[[], AbstractContextManager[None]],
                 parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 6, 12)
        layout.setSpacing(8)
        top = QHBoxLayout()
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search your journal"))
        self.search_edit.setAccessibleName(self.tr("Search your journal"))
        self.search_edit.setClearButtonEnabled(True)
        top.addWidget(self.search_edit, 1)
        self.filter_button = QToolButton(self)
        self.filter_button.setObjectName("filterButton")
        self.filter_button.setText(self.tr("Filters"))
        self.filter_button.setCheckable(True)
        self.filter_button.setAccessibleName(self.tr("Show filters"))
        top.addWidget(self.filter_button)
        layout.addLayout(top)
        self.filter_bar = FilterBar(self)
        self.filter_bar.hide()
        layout.addWidget(self.filter_bar)
        self.search = JournalSearch(vault, self.search_edit, self.filter_bar, quietly, self)
        count_row = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("subtle")
        count_row.addWidget(self.count_label)
        # While the filter panel is closed, the filters still in use stay visible here.
        self.clear_filters_button = QPushButton(self.tr("clear"), self)
        self.clear_filters_button.setObjectName("linkButton")
        self.clear_filters_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_filters_button.hide()
        count_row.addWidget(self.clear_filters_button)
        # When the list could not be read: read it again (the page connects it).
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setObjectName("linkButton")
        self.retry_button.setAccessibleName(self.tr("Read your entries again"))
        self.retry_button.hide()
        count_row.addWidget(self.retry_button)
        count_row.addStretch(1)
        self.new_button = QPushButton(self.tr("New entry"), self)
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(self.tr("Write a new entry"))
        count_row.addWidget(self.new_button)
        layout.addLayout(count_row)
        # While results show: best matches first, or newest first.
        self.order_row = QWidget(self)
        order_layout = QHBoxLayout(self.order_row)
        order_layout.setContentsMargins(0, 0, 0, 0)
        order_label = QLabel(self.tr("Sort:"), self.order_row)
        order_label.setObjectName("subtle")
        order_layout.addWidget(order_label)
        self.order_combo = QComboBox(self.order_row)
        self.order_combo.setAccessibleName(self.tr("Order of the results"))
        self.order_combo.addItem(self.tr("Best matches first"), SearchOrder.BEST.value)
        self.order_combo.addItem(self.tr("Newest first"), SearchOrder.NEWEST.value)
        order_label.setBuddy(self.order_combo)
        order_layout.addWidget(self.order_combo)
        order_layout.addStretch(1)
        self.order_row.hide()
        layout.addWidget(self.order_row)
        # Right after the search field, where her keyboard is.
        QWidget.setTabOrder(self.search_edit, self.order_combo)

        self.list_stack = QStackedWidget(self)
        self.list_view = EntryListView(model, self.list_stack)
        self.list_view.setAccessibleName(self.tr("Journal entries"))
        self.list_stack.addWidget(self.list_view)
        self.results_view = QListView(self.list_stack)
        self.results_view.setObjectName("searchResults")
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setModel(self.search.results)
        self.results_view.setItemDelegate(SearchResultDelegate(self.results_view))
        setup_view(self.results_view)
        self.list_stack.addWidget(self.results_view)
        self.nothing_label = QLabel(self.list_stack)
        self.nothing_label.setObjectName("hint")
        self.nothing_label.setWordWrap(True)
        self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.nothing_label.setMargin(24)
        self.list_stack.addWidget(self.nothing_label)
        layout.addWidget(self.list_stack, 1)
        # Boundaries and needs that match the search: a small group under the results.
        self.worksheet_label = QLabel(self.tr("In your boundaries and needs"), self)
        self.worksheet_label.setObjectName("subtle")
        self.worksheet_label.hide()
        layout.addWidget(self.worksheet_label)
        self.worksheet_view = QListView(self)
        self.worksheet_view.setObjectName("worksheetResults")
        self.worksheet_view.setAccessibleName(self.tr("Boundaries and needs found"))
        self.worksheet_view.setModel(self.search.worksheet)
        self.worksheet_view.setItemDelegate(SearchResultDelegate(self.worksheet_view))
        setup_view(self.worksheet_view)
        self.worksheet_label.setBuddy(self.worksheet_view)
        self.worksheet_view.hide()
        layout.addWidget(self.worksheet_view)
        # The pane is at least this wide, or wider if its buttons need more.
        self.list_stack.setMinimumWidth(list_min_width(self.list_view))

        self.filter_button.toggled.connect(self._on_filter_toggled)
        self.clear_filters_button.clicked.connect(self.filter_bar.clear)
        self.search.slow.connect(self._on_search_slow)
        self.order_combo.currentIndexChanged.connect(self._on_order_chosen)

    def show_count(self, entries: int, unfiltered: Callable[[], int] | None,
                   new_entry_open: bool, *, counting: bool = False,
                   unreadable: bool = False) -> None:
        """The count above the list, which of list, results or "nothing" shows, and
        why nothing does. `entries`: how many the list holds; `unfiltered()`: how many
        there are in all (None while the vault is locked); `counting`: the list is
        empty because its months are still being read; `unreadable`: because they
        could not be read."""
        results, worksheet = self.search.results, self.search.worksheet
        if self.search.active:
            n = results.rowCount()
            # How they are sorted, the sort choice says (and lets her change it).
            if results.has_more:
                text = self.tr("More than %n found", "search results", n)
            else:
                text = self.tr("%n found", "search results", n)
            self.list_stack.setCurrentWidget(self.results_view if n else self.nothing_label)
            if worksheet.rowCount():
                self.nothing_label.setText(self.tr("No journal entries found."))
            else:
                self.nothing_label.setText(self.tr(
                    "Nothing found. Try other words, or fewer filters."))
        elif counting:  # calm: no "nothing here" before the list is known
            n = entries
            text = self.tr("Loading…")
            self.list_stack.setCurrentWidget(self.list_view)
        elif unreadable:  # never "no entries yet" over a journal that could not be read
            n = entries
            text = self.tr("Your entries could not be read.")
            self.list_stack.setCurrentWidget(self.nothing_label)
            self.nothing_label.setText(self.tr(
                "This does not mean your journal is empty. Try again; if it keeps "
                "happening, close Haven and open it again."))
        else:
            n = entries
            text = self.tr("%n entries", "", n)
            self.list_stack.setCurrentWidget(self.list_view if n else self.nothing_label)
            if self.filter_bar.is_active():
                nothing = self.tr("No entries match these filters.")
            elif new_entry_open:
                nothing = self.tr("Your new entry shows up here once you write something.")
            else:
                nothing = self.tr("No entries yet. Your first one is only a click away.")
            self.nothing_label.setText(nothing)
        hidden_filters = self.filter_bar.is_active() and not self.filter_button.isChecked()
        if hidden_filters and unfiltered is not None and not counting and not unreadable:
            text = self.tr("Filtered: %1 of %2").replace("%1", str(n)).replace(
                "%2", str(unfiltered()))
        self.clear_filters_button.setVisible(hidden_filters)
        self.retry_button.setVisible(unreadable and not self.search.active)
        self.order_row.setVisible(self.search.active)
        self.count_label.setText(text)
        self.show_worksheet_group()

    def show_worksheet_group(self) -> None:
        """Show the worksheet group only while a search finds boundaries or needs;
        at most two rows high, the rest scrolls."""
        rows = self.search.worksheet.rowCount() if self.search.active else 0
        self.worksheet_label.setVisible(rows > 0)
        self.worksheet_view.setVisible(rows > 0)
        if rows:
            frame = 2 * self.worksheet_view.frameWidth()
            self.worksheet_view.setFixedHeight(
                self.worksheet_view.sizeHintForRow(0) * min(rows, 2) + frame)

    @Slot(bool)
    def _on_filter_toggled(self, shown: bool) -> None:
        self.filter_bar.setVisible(shown)
        self.filter_button.setAccessibleName(self.tr("Hide filters") if shown
                                             else self.tr("Show filters"))

    def set_order(self, order: SearchOrder) -> None:
        """Sort the results this way (they are searched again if shown)."""
        self.order_combo.setCurrentIndex(max(0, self.order_combo.findData(order.value)))
        self._on_order_chosen()

    @Slot()
    def _on_order_chosen(self) -> None:
        order = SearchOrder(self.order_combo.currentData())
        if order is not self.search.order:
            self.search.order = order
            if self.search.active:
                self.search.search_now()

    @Slot()
    def _on_search_slow(self) -> None:
        self.count_label.setText(self.tr("Searching…"))

