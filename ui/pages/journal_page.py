"""The journal page: the list of entries (or search results) beside the editor.

Contract with the main window: `JournalPage(vault, hub, settings)`, and the public
methods `new_entry`, `open_entry`, `focus_search` and `save_pending`. What she wrote
is shown only inside this page: never in a window title, a tooltip outside it, or a
notification.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.entries import EntryStore
from journal.errors import EntryNotFound, HavenError
from journal.models import EntryDraft, EntryFilter, EntrySummary
from journal.search import SearchOrder
from journal.vault import Vault
from ui import messages, workers
from ui.hub import ALL_RECORDS, Hub
from ui.models.entry_list_model import EntryListModel
from ui.pages.entry_editor import EntryEditor
from ui.pages.journal_list import JournalListPane
from ui.pages.journal_welcome import EmptyJournal, NothingOpen
from ui.pages.search_panel import EntryIdRole as HitIdRole
from ui.pages.search_panel import SearchResultModel, WorksheetHitModel
from ui.settings import Settings
from ui.theme import mark_colors_for

LIST_SHARE = 0.4  # the entry list's share of the page at first
LIST_MAX_WIDTH = 560  # ... but no wider: the editor is what she came for
SPLIT_KEY = "window/journal_list"


class _Splitter(QSplitter):
    """A splitter that says when it has been resized: a Python event filter on it would
    be asked about every event it gets."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


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
        self._tag_reads = workers.NewestWins(self)  # a replaced read is dropped

        # Its months, then its pages as she scrolls, are read on a worker (a reader
        # connection): the list is empty until the months arrive (`counted`).
        self.model = EntryListModel(self._store, self, vault=vault)
        self._focus_results = False  # Enter: move to the first result once shown

        self._build()
        self._connect()
        self._read_tags_in_background()
        self._update_count()
        self._show_placeholder()
        self.search_model.mark_colors = mark_colors_for(self.palette())

    @property
    def search_model(self) -> SearchResultModel:
        return self.search.results

    @property
    def worksheet_model(self) -> WorksheetHitModel:
        return self.search.worksheet

    @property
    def searching(self) -> bool:
        """Whether a search is still running (or waiting to run) on a worker thread."""
        return self.search.busy

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.page_stack = QStackedWidget(self)
        outer.addWidget(self.page_stack)

        self.empty_state = EmptyJournal(self)
        self.first_entry_button = self.empty_state.first_entry_button
        self.first_prompt_button = self.empty_state.first_prompt_button
        self.page_stack.addWidget(self.empty_state)

        self.splitter = _Splitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.page_stack.addWidget(self.splitter)

        # Left: search, filters, the list or the results.
        left = self.list_pane = JournalListPane(self._vault, self.model, self._quietly,
                                                self.splitter)
        self.search = left.search
        # The order she chose holds while Haven runs, also after a lock.
        left.set_order(SearchOrder(self._settings.search_order))
        left.order_combo.currentIndexChanged.connect(self._on_order_chosen)
        self.search_edit, self.filter_button, self.filter_bar = (
            left.search_edit, left.filter_button, left.filter_bar)
        self.count_label, self.clear_filters_button, self.new_button = (
            left.count_label, left.clear_filters_button, left.new_button)
        self.retry_button = left.retry_button
        self.list_stack, self.list_view, self.results_view, self.nothing_label = (
            left.list_stack, left.list_view, left.results_view, left.nothing_label)
        self.worksheet_label, self.worksheet_view = left.worksheet_label, left.worksheet_view

        # Right: the editor, or a word of welcome while nothing is open.
        self.editor_stack = QStackedWidget(self.splitter)
        self.placeholder = NothingOpen(self.editor_stack)
        self.placeholder_new_button = self.placeholder.new_button
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
        self.splitter.resized.connect(self._place_splitter)
        self.splitter.splitterMoved.connect(self._on_splitter_moved)
        # Tab order is the order of creation: search, filters, new entry, list, editor.

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.list_view.fit_rows()

    def _connect(self) -> None:
        self.search_edit.returnPressed.connect(self._on_search_return)
        self.search.shown.connect(self._on_search_shown)
        self.search.failed.connect(self._on_search_failed)
        self.filter_button.toggled.connect(self._on_filter_toggled)
        self.filter_bar.changed.connect(self._on_filter_changed)
        self.new_button.clicked.connect(self._on_new_clicked)
        self.retry_button.clicked.connect(self._on_retry_clicked)
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
        self.editor.remove_from_backups.connect(self._hub.backups_remake_requested.emit)
        self.editor.agenda_requested.connect(
            lambda entry_id, text: self._hub.agenda_add_requested.emit("entry", entry_id, text))
        self._hub.records_changed.connect(self._on_records_changed)
        self._hub.vault_locked.connect(self._on_vault_locked)
        self.model.counted.connect(self._on_counted)
        self.model.count_failed.connect(self._on_count_failed)

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
            self.search.remove_entry(entry_id)
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

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """While the page itself moves a view's selection (not her choice)."""
        self._selecting = True
        try:
            yield
        finally:
            self._selecting = False

    def _show_editor(self, entry_id: int | None) -> None:
        self.editor_stack.setCurrentWidget(self.editor)
        self.page_stack.setCurrentWidget(self.splitter)
        self._select_in_list(entry_id)

    def _show_placeholder(self) -> None:
        """Nothing open: the empty state if the journal is empty, else the list."""
        self.editor_stack.setCurrentWidget(self.placeholder)
        if self._vault.is_open and self._journal_empty():
            self.page_stack.setCurrentWidget(self.empty_state)
        else:
            self.page_stack.setCurrentWidget(self.splitter)

    def _journal_empty(self) -> bool:
        """Whether she has written nothing yet; not while the list's months are still
        being read, or could not be read (the list is empty then, her journal need not
        be)."""
        if self.model.counting or self.model.unreadable:
            return False
        if self.model.entry_filter == EntryFilter():
            return self.model.total_count == 0
        return self._store.count() == 0

    def _select_in_list(self, entry_id: int | None) -> None:
        with self._quietly():
            selection = self.list_view.selectionModel()
            index = self.model.index_of(entry_id) if entry_id is not None else QModelIndex()
            if index.isValid():
                selection.setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.list_view.scrollTo(index)
            else:
                selection.clear()

    def _update_count(self) -> None:
        unfiltered = ((lambda: self._store.count(EntryFilter())) if self._vault.is_open
                      else None)
        self.list_pane.show_count(self.model.total_count, unfiltered,
                                  self.editor.is_open and self.editor.entry_id is None,
                                  counting=self.model.counting,
                                  unreadable=self.model.unreadable)

    def _refresh_tags(self) -> None:
        if not self._vault.is_open:
            return
        self._tag_reads.cancel()  # a read still running would show older names
        self._show_tags([name for name, _count in self._store.tags()])

    def _read_tags_in_background(self) -> None:
        """The tag names read on a worker (a reader connection), as the page is made:
        on the GUI thread that took about 10 ms at 100,000 entries. Until they arrive
        the filter offers "any tag" only; opening an entry reads them at once if need be."""
        if not self._vault.is_open:
            return
        vault = self._vault

        def read() -> list[str]:
            with vault.reading() as snapshot:
                return [name for name, _count in EntryStore(snapshot).tags()]

        def done(names: list[str]) -> None:
            if self._vault.is_open:
                self._show_tags(names)

        # A failure (the vault locked meanwhile) leaves the names to the next read.
        self._tag_reads.submit(read, done, lambda _e: None)

    def _show_tags(self, names: list[str]) -> None:
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
        with self._quietly():
            self.model.reload()
        self._refresh_tags()
        if self.search.active:
            self.search.run()
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

    @Slot()
    def _on_order_chosen(self) -> None:
        self._settings.search_order = self.list_pane.order_combo.currentData()

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

    @Slot()
    def _place_splitter(self) -> None:
        total = self.splitter.width() - self.splitter.handleWidth()
        least = self.list_pane.minimumSizeHint().width()
        most = total - self.editor_stack.minimumSizeHint().width()
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

    @Slot()
    def _on_search_return(self) -> None:
        self._focus_results = True
        self.search.search_now()

    @Slot()
    def _on_search_shown(self) -> None:
        self._update_count()
        if self._focus_results:
            self._focus_results = False
            if self.search_model.rowCount():
                self.results_view.setFocus()
                self.results_view.setCurrentIndex(self.search_model.index(0))

    @Slot(object)
    def _on_search_failed(self, exc: HavenError) -> None:
        messages.error(self, self.tr("Search"), messages.error_text(exc))

    @Slot(bool)
    def _on_filter_toggled(self, shown: bool) -> None:
        if shown:
            self._refresh_tags()
        self._update_count()

    @Slot()
    def _on_filter_changed(self) -> None:
        if not self._vault.is_open:
            return
        flt = self.filter_bar.entry_filter()
        with self._quietly():
            self.model.set_filter(flt)
        if self.search.active:
            self.search.run()
        self._update_count()
        if self.editor.is_open:
            self._select_in_list(self.editor.entry_id)

    @Slot(int, object, bool)
    def _on_editor_saved(self, entry_id: int, summary: EntrySummary, is_new: bool) -> None:
        with self._quietly():
            self.model.entry_saved(summary, is_new=is_new)
        self._select_in_list(entry_id)
        if any(t.casefold() not in self._known_tags for t in summary.tags):
            self._refresh_tags()
        self._update_count()
        self._announce()

    @Slot(int)
    def _on_editor_deleted(self, entry_id: int) -> None:
        with self._quietly():
            self.model.entry_removed(entry_id)
            self.search.remove_entry(entry_id)
        self._update_count()
        self._show_placeholder()
        self._announce()

    @Slot()
    def _on_editor_closed(self) -> None:
        self._select_in_list(None)
        self._show_placeholder()
        self._update_count()

    @Slot()
    def _on_counted(self) -> None:
        """The list's months arrived: its count, and the entry open in it selected."""
        if self.editor.is_open:
            self._select_in_list(self.editor.entry_id)
        else:
            self._show_placeholder()
        self._update_count()

    @Slot(object)
    def _on_count_failed(self, exc: HavenError | None) -> None:
        """The list's months could not be read: the count line says so, with "Try
        again". A bug (None) is told by the bug notice, an error here."""
        self._update_count()
        if exc is not None:
            messages.error(self, self.tr("Your journal could not be read"),
                           messages.error_text(exc))

    @Slot()
    def _on_retry_clicked(self) -> None:
        if not self._vault.is_open:
            return
        with self._quietly():
            self.model.reload()
        self._update_count()

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if self._emitting or not self._vault.is_open or self.search.locked:
            return
        if kind in ("entry", ALL_RECORDS):
            self._reload_entries()
        elif kind in ("boundary", "need") and self.search.active:
            self.search.refresh_worksheet()
            self._update_count()

    @Slot()
    def _on_vault_locked(self) -> None:
        """Forget everything shown: the page may outlive the vault for a moment."""
        self.search.lock()
        self._focus_results = False
        self.editor.clear()
        self.list_pane.show_worksheet_group()
        self.model.forget()
        self._tag_reads.cancel()  # a read still running is not shown
        self._known_tags = set()
        self.filter_bar.set_tags([])  # tag names are her words too
        self.editor.set_tag_names([])
        self.editor_stack.setCurrentWidget(self.placeholder)

