"""The journal page: the list of entries (or search results) beside the editor.

Contract with the main window: `JournalPage(vault, hub, settings)`, and the public
methods `new_entry`, `open_entry`, `focus_search` and `save_pending`. What she wrote
is shown only inside this page: never in a window title, a tooltip outside it, or a
notification.
"""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontMetrics, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.entries import EntryStore
from journal.errors import EntryNotFound, HavenError, VaultLocked
from journal.models import EntryDraft, EntryFilter, EntrySummary, SearchHit
from journal.search import WorksheetHit
from journal.vault import Vault
from ui import dates, messages, workers
from ui.hub import ALL_RECORDS, Hub
from ui.models.entry_list_delegate import EntryListDelegate
from ui.models.entry_list_model import EntryListModel
from ui.pages.entry_editor import EntryEditor
from ui.pages.search_panel import EntryIdRole as HitIdRole
from ui.pages.search_panel import (
    FilterBar,
    SearchResultDelegate,
    SearchResultModel,
    WorksheetHitModel,
    mark_colors_for,
)
from ui.settings import Settings

SEARCH_DELAY_MS = 200
SEARCHING_SHOWN_AFTER_MS = 300  # "Searching…" only for a search that takes this long
LIST_SHARE = 0.4  # the entry list's share of the page at first
LIST_MAX_WIDTH = 560  # ... but no wider: the editor is what she came for
TITLE_CHARS = 22  # a title this long shows whole in the list at its narrowest
SPLIT_KEY = "window/journal_list"


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


class JournalPage(QWidget):
    """Write, read back and find journal entries."""

    REFRESHES_ITSELF = True  # on records_changed(ALL_RECORDS): see _on_records_changed

    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalPage")
        self._vault = vault
        self._hub = hub
        self._settings = settings
        self._store = EntryStore(vault)
        self._selecting = False  # set while the page itself moves the selection
        self._emitting = False  # set while the page emits on the hub
        self._known_tags: set[str] = set()

        # Its pages are read on a worker (a reader connection) as she scrolls.
        self.model = EntryListModel(self._store, self, vault=vault)
        self.search_model = SearchResultModel(vault, self)
        self.worksheet_model = WorksheetHitModel(vault, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        # The search itself runs on a worker thread; the newest one asked for wins.
        self._searches = workers.NewestWins(self)
        self._locked = threading.Event()  # read by searches on worker threads
        self.search_model.locked = self._locked  # its next pages: read there too
        self._focus_results = False  # Enter: move to the first result once shown
        self._searching_timer = QTimer(self)
        self._searching_timer.setSingleShot(True)
        self._searching_timer.setInterval(SEARCHING_SHOWN_AFTER_MS)
        self._searching_timer.timeout.connect(self._show_searching)

        self._build()
        self._connect()
        self._refresh_tags()
        self._update_count()
        self._show_placeholder()
        self.search_model.mark_colors = mark_colors_for(self.palette())

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page_stack = QStackedWidget(self)
        outer.addWidget(self.page_stack)

        self.empty_state = self._build_empty_state()
        self.page_stack.addWidget(self.empty_state)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.page_stack.addWidget(self.splitter)

        # Left: search, filters, the list or the results.
        left = QWidget(self.splitter)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.setSpacing(8)
        top = QHBoxLayout()
        self.search_edit = QLineEdit(left)
        self.search_edit.setPlaceholderText(self.tr("Search your journal"))
        self.search_edit.setAccessibleName(self.tr("Search your journal"))
        self.search_edit.setClearButtonEnabled(True)
        top.addWidget(self.search_edit, 1)
        self.filter_button = QToolButton(left)
        self.filter_button.setObjectName("filterButton")
        self.filter_button.setText(self.tr("Filters"))
        self.filter_button.setCheckable(True)
        self.filter_button.setAccessibleName(self.tr("Show filters"))
        top.addWidget(self.filter_button)
        left_layout.addLayout(top)
        self.filter_bar = FilterBar(left)
        self.filter_bar.hide()
        left_layout.addWidget(self.filter_bar)
        count_row = QHBoxLayout()
        self.count_label = QLabel(left)
        self.count_label.setObjectName("subtle")
        count_row.addWidget(self.count_label)
        # While the filter panel is closed, the filters still in use stay visible here.
        self.clear_filters_button = QPushButton(self.tr("clear"), left)
        self.clear_filters_button.setObjectName("linkButton")
        self.clear_filters_button.setAccessibleName(self.tr("Clear all filters"))
        self.clear_filters_button.hide()
        count_row.addWidget(self.clear_filters_button)
        count_row.addStretch(1)
        self.new_button = QPushButton(self.tr("New entry"), left)
        self.new_button.setObjectName("primary")
        self.new_button.setAccessibleName(self.tr("Write a new entry"))
        count_row.addWidget(self.new_button)
        left_layout.addLayout(count_row)

        self.list_stack = QStackedWidget(left)
        # The list has a row for every entry from the start (100,000 in a long
        # journal), all of one height but the month headings. A one-column table
        # without headers places its rows by those heights alone, so a reload, a new
        # entry or a jump to any month takes the same few milliseconds at any size; a
        # QListView asks the model about every row on each of those (0.4–1.3 s at
        # 100,000 entries, or, laid out in batches, a jump far down did nothing until
        # the batches got there).
        self.list_view = QTableView(self.list_stack)
        self.list_view.setObjectName("entryList")
        self.list_view.setAccessibleName(self.tr("Journal entries"))
        self.list_view.setModel(self.model)
        # After the view's own handlers (connected by setModel), which give every new
        # row the default height.
        self.model.modelReset.connect(self._fit_heading_rows)
        self.model.rowsInserted.connect(self._fit_heading_rows)
        self.list_view.setItemDelegate(EntryListDelegate(self.list_view))
        self._setup_view(self.list_view)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setShowGrid(False)
        self.list_view.setWordWrap(False)
        self.list_view.setCornerButtonEnabled(False)
        self.list_view.setTabKeyNavigation(False)
        self.list_view.horizontalHeader().hide()
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.verticalHeader().hide()
        self.list_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_list_rows()
        self.list_stack.addWidget(self.list_view)
        self.results_view = QListView(self.list_stack)
        self.results_view.setObjectName("searchResults")
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setModel(self.search_model)
        self.results_view.setItemDelegate(SearchResultDelegate(self.results_view))
        self._setup_view(self.results_view)
        self.list_stack.addWidget(self.results_view)
        self.nothing_label = QLabel(self.list_stack)
        self.nothing_label.setObjectName("hint")
        self.nothing_label.setWordWrap(True)
        self.nothing_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.nothing_label.setMargin(24)
        self.list_stack.addWidget(self.nothing_label)
        left_layout.addWidget(self.list_stack, 1)
        # Boundaries and needs that match the search: a small group under the results.
        self.worksheet_label = QLabel(self.tr("In your boundaries and needs"), left)
        self.worksheet_label.setObjectName("subtle")
        self.worksheet_label.hide()
        left_layout.addWidget(self.worksheet_label)
        self.worksheet_view = QListView(left)
        self.worksheet_view.setObjectName("worksheetResults")
        self.worksheet_view.setAccessibleName(self.tr("Boundaries and needs found"))
        self.worksheet_view.setModel(self.worksheet_model)
        self.worksheet_view.setItemDelegate(SearchResultDelegate(self.worksheet_view))
        self._setup_view(self.worksheet_view)
        self.worksheet_label.setBuddy(self.worksheet_view)
        self.worksheet_view.hide()
        left_layout.addWidget(self.worksheet_view)
        # The pane is at least this wide, or wider if its buttons need more.
        self.list_stack.setMinimumWidth(list_min_width(self.list_view))

        # Right: the editor, or a word of welcome while nothing is open.
        self.editor_stack = QStackedWidget(self.splitter)
        self.placeholder = QWidget(self.editor_stack)
        ph_layout = QVBoxLayout(self.placeholder)
        ph_layout.addStretch(1)
        ph_text = QLabel(self.tr("Choose an entry on the left to read it again, "
                                 "or start a new one."), self.placeholder)
        ph_text.setObjectName("hint")
        ph_text.setWordWrap(True)
        ph_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ph_layout.addWidget(ph_text)
        self.placeholder_new_button = QPushButton(self.tr("Write a new entry"),
                                                  self.placeholder)
        self.placeholder_new_button.setAccessibleName(self.tr("Write a new entry"))
        ph_layout.addWidget(self.placeholder_new_button, 0, Qt.AlignmentFlag.AlignCenter)
        ph_layout.addStretch(2)
        self.editor_stack.addWidget(self.placeholder)
        self.editor = EntryEditor(self._vault, self._store, self._settings, self.editor_stack)
        self.editor_stack.addWidget(self.editor)

        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_stack)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        # The list keeps the width she gave it (remembered), or else a share of the page,
        # whatever the window's width; placed whenever the splitter is resized.
        self._list_width = self._settings.saved_splitter(SPLIT_KEY)
        self.splitter.installEventFilter(self)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        # Tab order is the order of creation: search, filters, new entry, list, editor.

    def _build_empty_state(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        card = QFrame(page)
        card.setObjectName("card")
        card.setMaximumWidth(640)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(32, 28, 32, 28)
        inner.setSpacing(14)
        title = QLabel(self.tr("Your journal"), card)
        title.setObjectName("pageTitle")
        inner.addWidget(title)
        for text in (
            self.tr("This is a place that is only yours. Write down what happened, what "
                    "you feel and what you need. Everything stays locked on this "
                    "computer; nobody can read it without your passphrase."),
            self.tr("Writing a little, often, helps you see how you are really doing, "
                    "notice what helps you and bring clear thoughts to your therapist "
                    "or someone you trust, if you want to."),
            self.tr("To begin, write a few lines about today. There is no right way to "
                    "do it. If you don't know where to start, ask for a prompt."),
        ):
            label = QLabel(text, card)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            inner.addWidget(label)
        buttons = QHBoxLayout()
        self.first_entry_button = QPushButton(self.tr("Write your first entry"), card)
        self.first_entry_button.setObjectName("primary")
        self.first_entry_button.setAccessibleName(self.tr("Write your first entry"))
        buttons.addWidget(self.first_entry_button)
        self.first_prompt_button = QPushButton(self.tr("Give me a prompt"), card)
        self.first_prompt_button.setAccessibleName(
            self.tr("Start a new entry with a writing prompt"))
        buttons.addWidget(self.first_prompt_button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _fit_list_rows(self) -> None:
        """Every row of the journal list as high as the delegate draws an entry, the
        month headings lower."""
        header = self.list_view.verticalHeader()
        height = EntryListDelegate.row_height(self.list_view.fontMetrics())
        header.setMinimumSectionSize(1)
        header.setDefaultSectionSize(height)
        self._fit_heading_rows()

    def _fit_heading_rows(self, _parent: Any = None, first: int = 0,
                          last: int | None = None) -> None:
        """A new row (or a reset) gets the default height: the headings among rows
        `first`..`last` (all after a reset, about 12 a year of journal) are set again;
        the view keeps the other rows' heights where they move to."""
        header = self.list_view.verticalHeader()
        height = EntryListDelegate.heading_height(self.list_view.font())
        for row in self.model.header_rows():
            if first <= row and (last is None or row <= last):
                header.resizeSection(row, height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_list_rows()

    @staticmethod
    def _setup_view(view: QAbstractItemView) -> None:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setFrameShape(QFrame.Shape.NoFrame)
        view.setMouseTracking(True)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_text)
        self.search_edit.returnPressed.connect(self._on_search_return)
        self.filter_button.toggled.connect(self._on_filter_toggled)
        self.filter_bar.changed.connect(self._on_filter_changed)
        self.clear_filters_button.clicked.connect(self.filter_bar.clear)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.placeholder_new_button.clicked.connect(self._on_new_clicked)
        self.first_entry_button.clicked.connect(self._on_new_clicked)
        self.first_prompt_button.clicked.connect(self._on_first_prompt)
        self.list_view.selectionModel().currentChanged.connect(self._on_list_current)
        self.results_view.selectionModel().currentChanged.connect(self._on_result_current)
        self.worksheet_view.clicked.connect(self._on_worksheet_activated)
        self.worksheet_view.activated.connect(self._on_worksheet_activated)
        self.editor.saved.connect(self._on_editor_saved)
        self.editor.deleted.connect(self._on_editor_deleted)
        self.editor.closed.connect(self._on_editor_closed)
        self.editor.agenda_requested.connect(
            lambda entry_id, text: self._hub.agenda_add_requested.emit("entry", entry_id, text))
        self._hub.records_changed.connect(self._on_records_changed)
        self._hub.vault_locked.connect(self._on_vault_locked)

    # -- public ----------------------------------------------------------------------

    def new_entry(self, prompt_id: str | None = None) -> None:
        """Open an empty entry for today (with a prompt if given); stored once she types."""
        if not self.save_pending():
            return
        self._select_in_list(None)
        self.editor.start_new(prompt_id or None)
        self._update_count()
        self.editor_stack.setCurrentWidget(self.editor)
        self.page_stack.setCurrentWidget(self.splitter)
        self._refresh_editor_tags()
        # She starts writing at once; a title is optional (the list shows the first line).
        self.editor.body_edit.setFocus()

    def write_today(self) -> None:
        """Today's entry: the latest she wrote today, with the cursor after her last
        word, or a new one if she wrote nothing today yet."""
        if not self.save_pending() or not self._vault.is_open:
            return
        today = date.today()
        written = self._store.page(EntryFilter(date_from=today, date_to=today), limit=1)
        if not written:
            self.new_entry()
            return
        self.open_entry(written[0].id)
        if self.editor.entry_id == written[0].id:
            body = self.editor.body_edit
            body.moveCursor(QTextCursor.MoveOperation.End)
            body.setFocus()

    def open_entry(self, entry_id: int) -> None:
        if self.editor.is_open and self.editor.entry_id == entry_id:
            self._show_editor(entry_id)
            return
        if not self.save_pending():
            # Keep the entry that could not be saved on screen, with its text.
            self._select_in_list(self.editor.entry_id)
            return
        if not self._vault.is_open:
            return
        try:
            entry = self._store.get(entry_id)
        except EntryNotFound:
            self.model.entry_removed(entry_id)
            self.search_model.remove_entry(entry_id)
            self._update_count()
            return
        except HavenError as exc:
            messages.error(self, self.tr("The entry could not be opened"),
                           messages.error_text(exc))
            return
        self.editor.load(entry)
        self._refresh_editor_tags()
        self._show_editor(entry_id)

    def focus_search(self) -> None:
        self.page_stack.setCurrentWidget(self.splitter)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def save_pending(self) -> bool:
        """Flush any unsaved edit into the vault now (before lock, exit, page switch).

        Synchronous and safe at any time. Returns False if something could not be
        saved (the text then stays in the editor)."""
        return self.editor.save_now()

    def unsaved_entry(self) -> tuple[int | None, EntryDraft] | None:
        """The open entry's id and text while they are not saved, else None."""
        return self.editor.unsaved()

    def bring_back(self, entry_id: int | None, draft: EntryDraft) -> None:
        """Open the editor on words that could not be saved before, unsaved still (the
        autosave tries again)."""
        self.editor.bring_back(entry_id, draft)
        self._show_editor(self.editor.entry_id)

    # -- private ---------------------------------------------------------------------

    def _show_editor(self, entry_id: int | None) -> None:
        self.editor_stack.setCurrentWidget(self.editor)
        self.page_stack.setCurrentWidget(self.splitter)
        self._select_in_list(entry_id)

    def _show_placeholder(self) -> None:
        """Nothing open: the empty state if the journal is empty, else the list."""
        self.editor_stack.setCurrentWidget(self.placeholder)
        if self._vault.is_open and self._store.count() == 0:
            self.page_stack.setCurrentWidget(self.empty_state)
        else:
            self.page_stack.setCurrentWidget(self.splitter)

    def _select_in_list(self, entry_id: int | None) -> None:
        self._selecting = True
        try:
            selection = self.list_view.selectionModel()
            index = self.model.index_of(entry_id) if entry_id is not None else QModelIndex()
            if index.isValid():
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
            else:
                selection.clear()
        finally:
            self._selecting = False

    def _update_count(self) -> None:
        if self.search_model.query.strip():
            n = self.search_model.rowCount()
            if self.search_model.has_more:
                text = self.tr("More than %n found", "", n)
            else:
                text = self.tr("%n found", "search results", n)
            self.list_stack.setCurrentWidget(self.results_view if n else self.nothing_label)
            if self.worksheet_model.rowCount():
                self.nothing_label.setText(self.tr("No journal entries found."))
            else:
                self.nothing_label.setText(self.tr(
                    "Nothing found. Try other words, or fewer filters."))
        else:
            n = self.model.total_count
            text = self.tr("%n entries", "", n)
            self.list_stack.setCurrentWidget(self.list_view if n else self.nothing_label)
            if self.filter_bar.is_active():
                nothing = self.tr("No entries match these filters.")
            elif self.editor.is_open and self.editor.entry_id is None:
                nothing = self.tr("Your new entry shows up here once you write something.")
            else:
                nothing = self.tr("No entries yet. Your first one is only a click away.")
            self.nothing_label.setText(nothing)
        hidden_filters = self.filter_bar.is_active() and not self.filter_button.isChecked()
        if hidden_filters and self._vault.is_open:
            total = self._store.count(EntryFilter())
            text = self.tr("Filtered: %1 of %2").replace("%1", str(n)).replace(
                "%2", str(total))
        self.clear_filters_button.setVisible(hidden_filters)
        self.count_label.setText(text)
        self._update_worksheet_group()

    def _update_worksheet_group(self) -> None:
        """Show the worksheet group only while a search finds boundaries or needs;
        at most two rows high, the rest scrolls."""
        rows = self.worksheet_model.rowCount() if self.search_model.query.strip() else 0
        self.worksheet_label.setVisible(rows > 0)
        self.worksheet_view.setVisible(rows > 0)
        if rows:
            frame = 2 * self.worksheet_view.frameWidth()
            self.worksheet_view.setFixedHeight(
                self.worksheet_view.sizeHintForRow(0) * min(rows, 2) + frame)

    def _refresh_tags(self) -> None:
        if not self._vault.is_open:
            return
        names = [name for name, _count in self._store.tags()]
        self._known_tags = {n.casefold() for n in names}
        self.filter_bar.set_tags(names)
        self.editor.set_tag_names(names)

    def _refresh_editor_tags(self) -> None:
        """Tags for completion; new ones are added as entries are saved (see below)."""
        if not self._known_tags:
            self._refresh_tags()

    def _announce(self) -> None:
        """Tell the other pages an entry was written (this page knows already)."""
        self._emitting = True
        try:
            self._hub.records_changed.emit("entry")
        finally:
            self._emitting = False

    def _reload_entries(self) -> None:
        """Entries were written elsewhere (an import): the list, the tags, the search
        and the open entry as they are now; unsaved words in the editor stay."""
        self._selecting = True
        try:
            self.model.reload()
        finally:
            self._selecting = False
        self._refresh_tags()
        if self.search_model.query.strip():
            self._run_search()
        entry_id = self.editor.entry_id
        if entry_id is not None and not self.editor.is_dirty:
            try:
                self.editor.load(self._store.get(entry_id))
            except EntryNotFound:
                self.editor.clear()
        if self.editor.is_open:
            self._show_editor(self.editor.entry_id)
        else:
            self._show_placeholder()
        self._update_count()

    # -- private slots ---------------------------------------------------------------

    @Slot(QModelIndex, QModelIndex)
    def _on_list_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        # Read now if its page is still being read: she moved to this row.
        summary = self.model.summary_at(current.row())
        if summary is not None:
            self.open_entry(summary.id)

    @Slot(QModelIndex, QModelIndex)
    def _on_result_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        entry_id = current.data(HitIdRole)
        if entry_id is not None:
            self.open_entry(int(entry_id))

    @Slot(QModelIndex)
    def _on_worksheet_activated(self, index: QModelIndex) -> None:
        hit = self.worksheet_model.hit_at(index.row()) if index.isValid() else None
        if hit is not None:
            self._hub.open_record_requested.emit(hit.kind, hit.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._place_splitter()
        return super().eventFilter(watched, event)

    def _place_splitter(self) -> None:
        total = self.splitter.width() - self.splitter.handleWidth()
        least = self.splitter.widget(0).minimumSizeHint().width()
        most = total - self.splitter.widget(1).minimumSizeHint().width()
        wanted = (self._list_width if self._list_width is not None
                  else min(int(total * LIST_SHARE), LIST_MAX_WIDTH))
        share = max(least, min(wanted, most))
        self.splitter.setSizes([share, total - share])

    @Slot()
    def _on_splitter_moved(self) -> None:
        self._list_width = self.splitter.sizes()[0]
        self._settings.save_splitter(SPLIT_KEY, self.splitter)

    @Slot()
    def _on_new_clicked(self) -> None:
        self.new_entry()

    @Slot()
    def _on_first_prompt(self) -> None:
        self.new_entry()
        self.editor.prompt_action.trigger()

    @Slot(str)
    def _on_search_text(self, text: str) -> None:
        # One letter matches nearly everything and is slow in a large journal: results
        # as she types start from two characters (Enter searches for anything).
        if len(text.strip()) == 1:
            self._search_timer.stop()
        else:
            self._search_timer.start()

    @Slot()
    def _on_search_return(self) -> None:
        self._search_timer.stop()
        self._focus_results = True
        self._run_search()

    @property
    def searching(self) -> bool:
        """Whether a search is still running (or waiting to run) on a worker thread."""
        return self._searches.busy

    @Slot()
    def _run_search(self) -> None:
        """Search for what is in the search field, on a worker thread: a search of a
        common word in a large journal takes longer than a keystroke may. The results
        of an older search that end after a newer one began are never shown."""
        if not self._vault.is_open or self._locked.is_set():
            return
        text, flt = self.search_edit.text(), self.filter_bar.entry_filter()
        if not text.strip():
            self._searches.cancel()  # a search still running is not shown
            self._searching_timer.stop()
            self._show_search(text, flt, [], [])
            return
        vault, locked, stale = self._vault, self._locked, self._searches.stale()

        def work() -> Any:
            # Not at all once the vault is locked or a newer search was asked for. On
            # a reader connection: the GUI thread's queries and her saves go on
            # meanwhile; a lock ends it (VaultLocked).
            if stale() or locked.is_set():
                return None
            with vault.reading() as snapshot:
                hits = SearchResultModel.first_page(snapshot, text, flt)
                if stale() or locked.is_set():
                    return None
                return hits, WorksheetHitModel.find(snapshot, text)

        self._searching_timer.start()
        self._searches.submit(work, lambda result: self._search_done(text, flt, result),
                              lambda exc: self._search_done(text, flt, None, exc))

    def _search_done(self, text: str, flt: EntryFilter, result: Any,
                     exc: BaseException | None = None) -> None:
        self._searching_timer.stop()
        if self._locked.is_set():
            return
        if isinstance(exc, HavenError) and self._vault.is_open:
            messages.error(self, self.tr("Search"), messages.error_text(exc))
        elif exc is not None and not isinstance(exc, VaultLocked):
            raise exc
        hits, worksheet_hits = result if result is not None else ([], [])
        self._show_search(text, flt, hits, worksheet_hits)

    def _show_search(self, text: str, flt: EntryFilter, hits: list[SearchHit],
                     worksheet_hits: list[WorksheetHit]) -> None:
        self._selecting = True
        try:
            self.search_model.show_results(text, flt, hits)
            self.worksheet_model.show_hits(text, worksheet_hits)
        finally:
            self._selecting = False
        self._update_count()
        if self._focus_results:
            self._focus_results = False
            if self.search_model.rowCount():
                self.results_view.setFocus()
                self.results_view.setCurrentIndex(self.search_model.index(0))

    @Slot()
    def _show_searching(self) -> None:
        if self._searches.busy:
            self.count_label.setText(self.tr("Searching…"))

    @Slot(bool)
    def _on_filter_toggled(self, shown: bool) -> None:
        if shown:
            self._refresh_tags()
        self.filter_bar.setVisible(shown)
        self._update_count()
        self.filter_button.setAccessibleName(self.tr("Hide filters") if shown
                                             else self.tr("Show filters"))

    @Slot()
    def _on_filter_changed(self) -> None:
        if not self._vault.is_open:
            return
        flt = self.filter_bar.entry_filter()
        self._selecting = True
        try:
            self.model.set_filter(flt)
        finally:
            self._selecting = False
        if self.search_model.query.strip():
            self._run_search()
        self._update_count()
        if self.editor.is_open:
            self._select_in_list(self.editor.entry_id)

    @Slot(int, object, bool)
    def _on_editor_saved(self, entry_id: int, summary: EntrySummary, is_new: bool) -> None:
        self._selecting = True
        try:
            self.model.entry_saved(summary, is_new=is_new)
        finally:
            self._selecting = False
        self._select_in_list(entry_id)
        if any(t.casefold() not in self._known_tags for t in summary.tags):
            self._refresh_tags()
        self._update_count()
        self._announce()

    @Slot(int)
    def _on_editor_deleted(self, entry_id: int) -> None:
        self._selecting = True
        try:
            self.model.entry_removed(entry_id)
            self.search_model.remove_entry(entry_id)
        finally:
            self._selecting = False
        self._update_count()
        self._show_placeholder()
        self._announce()

    @Slot()
    def _on_editor_closed(self) -> None:
        self._select_in_list(None)
        self._show_placeholder()
        self._update_count()

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if self._emitting or not self._vault.is_open or self._locked.is_set():
            return
        if kind in ("entry", ALL_RECORDS):
            self._reload_entries()
        elif kind in ("boundary", "need") and self.search_model.query.strip():
            self.worksheet_model.refresh()  # the boundaries and needs the search found
            self._update_count()

    @Slot()
    def _on_vault_locked(self) -> None:
        """Forget everything shown: the page may outlive the vault for a moment."""
        self._locked.set()  # a search on a worker thread stops
        self._searches.cancel()  # and its result is dropped
        self._search_timer.stop()
        self._searching_timer.stop()
        self._focus_results = False
        self.editor.clear()
        self.search_edit.clear()
        self.search_model.clear()
        self.worksheet_model.clear()
        self._update_worksheet_group()
        self.model.forget()
        self._known_tags = set()
        self.filter_bar.set_tags([])  # tag names are her words too
        self.editor.set_tag_names([])
        self.editor_stack.setCurrentWidget(self.placeholder)

