"""The journal page's search: what she types in its search field (with the filters)
becomes results in two models, the entries found and the boundaries and needs found.

It waits for a pause in her typing, runs each search on a worker thread (only the
newest search asked for is shown), and stops for good when the vault locks. The page
shows what it finds; the words on screen stay the page's.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLineEdit

from journal.models import EntryFilter, SearchHit
from journal.search import SearchOrder, WorksheetHit
from journal.vault import Vault
from ui import workers
from ui.pages.search_panel import FilterBar, SearchResultModel, WorksheetHitModel

SEARCH_DELAY_MS = 200
SEARCHING_SHOWN_AFTER_MS = 300  # "Searching…" only for a search that takes this long


class JournalSearch(QObject):
    """Searches the journal for the text of `field` within the filters of `filters`.

    `quietly()` is held while the result models change, so that the views' selection
    moving with them is not taken for her choice."""

    shown = Signal()  # the models hold the results of the newest search (or none)
    slow = Signal()  # a search is still running after SEARCHING_SHOWN_AFTER_MS
    failed = Signal(object)  # a HavenError while the vault is open: tell her

    def __init__(self, vault: Vault, field: QLineEdit, filters: FilterBar,
                 quietly: Callable[[], AbstractContextManager[None]],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._vault = vault
        self._field = field
        self._filters = filters
        self._quietly = quietly
        self.order = SearchOrder.BEST  # of the results: best matches or newest first
        self.results = SearchResultModel(vault, self)
        self.worksheet = WorksheetHitModel(vault, self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run)
        self._searches = workers.NewestWins(self)
        self._locked = threading.Event()  # read by searches on worker threads
        self.results.locked = self._locked  # its next pages: read there too
        self._slow_timer = QTimer(self)
        self._slow_timer.setSingleShot(True)
        self._slow_timer.setInterval(SEARCHING_SHOWN_AFTER_MS)
        self._slow_timer.timeout.connect(self._on_slow)
        field.textChanged.connect(self._on_text)

    @property
    def active(self) -> bool:
        """Whether results of a search are shown (rather than the list of entries)."""
        return bool(self.results.query.strip())

    @property
    def busy(self) -> bool:
        """Whether a search is still running (or waiting to run) on a worker thread."""
        return self._searches.busy

    @property
    def locked(self) -> bool:
        return self._locked.is_set()

    def search_now(self) -> None:
        """Search at once, as Enter does (the pause after typing is not waited for)."""
        self.timer.stop()
        self.run()

    @Slot()
    def run(self) -> None:
        """Search for what is in the search field, on a worker thread: a search of a
        common word in a large journal takes longer than a keystroke may. The results
        of an older search that end after a newer one began are never shown."""
        if not self._vault.is_open or self._locked.is_set():
            return
        text, flt, order = self._field.text(), self._filters.entry_filter(), self.order
        if not text.strip():
            self._searches.cancel()  # a search still running is not shown
            self._slow_timer.stop()
            self._show(text, flt, order, [], [])
            return
        vault, locked, stale = self._vault, self._locked, self._searches.stale()

        def work() -> Any:
            # Not at all once the vault is locked or a newer search was asked for. On
            # a reader connection: the GUI thread's queries and her saves go on
            # meanwhile; a lock ends it (VaultLocked).
            if stale() or locked.is_set():
                return None
            with vault.reading() as snapshot:
                hits = SearchResultModel.first_page(snapshot, text, flt, order)
                if stale() or locked.is_set():
                    return None
                return hits, WorksheetHitModel.find(snapshot, text)

        self._slow_timer.start()
        # A bug reaches sys.excepthook; the search still ends, showing nothing.
        self._searches.submit(work, lambda result: self._done(text, flt, order, result),
                              lambda exc: self._done(text, flt, order, None, exc),
                              on_bug=lambda: self._done(text, flt, order, None))

    def refresh_worksheet(self) -> None:
        """Boundaries or needs changed: the ones the search found, as they are now."""
        if self.active:
            self.worksheet.refresh()

    def remove_entry(self, entry_id: int) -> None:
        self.results.remove_entry(entry_id)

    def lock(self) -> None:
        """The vault locked: a search on a worker thread stops, its result is dropped,
        and nothing found stays in the models or the field."""
        self._locked.set()
        self._searches.cancel()
        self.timer.stop()
        self._slow_timer.stop()
        self._field.clear()
        self.results.clear()
        self.worksheet.clear()

    # -- private ---------------------------------------------------------------------

    def _done(self, text: str, flt: EntryFilter, order: SearchOrder, result: Any,
              exc: BaseException | None = None) -> None:
        self._slow_timer.stop()
        if self._locked.is_set():
            return
        if exc is not None and self._vault.is_open:
            self.failed.emit(exc)
        hits, worksheet_hits = result if result is not None else ([], [])
        self._show(text, flt, order, hits, worksheet_hits)

    def _show(self, text: str, flt: EntryFilter, order: SearchOrder, hits: list[SearchHit],
              worksheet_hits: list[WorksheetHit]) -> None:
        with self._quietly():
            self.results.show_results(text, flt, hits, order)
            self.worksheet.show_hits(text, worksheet_hits)
        self.shown.emit()

    @Slot(str)
    def _on_text(self, text: str) -> None:
        # One letter matches nearly everything and is slow in a large journal: results
        # as she types start from two characters (Enter searches for anything).
        if len(text.strip()) == 1:
            self.timer.stop()
        else:
            self.timer.start()

    @Slot()
    def _on_slow(self) -> None:
        if self._searches.busy:
            self.slow.emit()
