"""The journal list: a paged item model over EntryStore (drawn by entry_list_delegate).

Rows are month headings and entries, newest first, the whole list from the start (the
number of entries of each month is read first). The model reads summaries (never
bodies) a page at a time for the rows that are shown and keeps only a few pages; in the
app it reads the months and the pages on a worker through the vault's reader
connection, showing a placeholder row meanwhile. A save or delete changes only the
rows it touches, so the view keeps its place.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from journal.entries import EntryStore
from journal.errors import HavenError, VaultLocked
from journal.models import MOOD_MAX, EntryFilter, EntrySummary
from journal.vault import Vault
from ui import dates, workers
from ui.models.entry_rows import matches_filter, month_heading, order_key

Index = QModelIndex | QPersistentModelIndex

SummaryRole = Qt.ItemDataRole.UserRole + 1  # the EntrySummary, or None on a month heading
EntryIdRole = Qt.ItemDataRole.UserRole + 2  # the entry id, or None on a month heading
IsHeaderRole = Qt.ItemDataRole.UserRole + 3  # True on a month heading
DateTextRole = Qt.ItemDataRole.UserRole + 4  # the entry's date in the local format


class EntryListModel(QAbstractListModel):
    """Month headings and entry summaries, newest first, for the whole journal at once.

    The model reads every month's number of entries first (`EntryStore.month_counts`,
    one pass over the date index), so `rowCount` is the full list and a row maps to a
    (month, place in the month) without reading anything. Summaries are read a page at
    a time, only for the rows that are shown, by keyset or from the start of their
    month (never a long OFFSET), and only the last `CACHED_PAGES` pages are kept: the
    list costs the same memory with 100 or 100,000 entries, however far she scrolls.

    Given `vault`, a page that is not held is read on a worker thread, in a snapshot of
    the reader connection, so the GUI thread never waits for it (or for a worker's long
    read on the main connection); its rows are placeholders until it arrives. One page
    is read at a time, the most recently asked for first; of the pages waiting only the
    newest `CACHED_PAGES` are kept (she scrolled past the others). A page read before
    the rows moved (a save, a delete, a reload) is dropped, never shown in the wrong
    place. Without `vault` (and for `summary_at`) pages are read on the spot.

    Given `vault`, the months are read on a worker too, with the first page in the same
    snapshot (about 36 ms at 100,000 entries on the GUI thread): after `reload` (and so
    when the model is made, or its filter changes) the list is empty and `counting` is
    true until they arrive (`counted`). A read that a newer one or a lock replaced is
    dropped. A read that fails (a damaged disk) or breaks (a bug) leaves the list empty
    and `unreadable` true until the next `reload`: empty then says nothing about the
    journal either.
    """

    PAGE_SIZE = 100  # summaries read at once
    CACHED_PAGES = 6  # pages kept (the least recently used one goes first)

    counted = Signal()  # the months read on a worker are shown
    # They could not be read: the HavenError met (not the vault locking), or None after
    # a bug (which reaches sys.excepthook on its own).
    count_failed = Signal(object)

    def __init__(self, store: EntryStore, parent: QObject | None = None, *,
                 vault: Vault | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._vault = vault
        self._generation = 0  # bumped whenever rows move: pages read before are dropped
        self._wanted: OrderedDict[int, None] = OrderedDict()  # waiting, newest last
        self._reading: tuple[int, int] | None = None  # (page, generation) on the worker
        # Pages dropped because her own save moved rows: read again on the spot, as
        # before the save, so the rows she looks at never blink to placeholders.
        self._refill: set[int] = set()
        self._filter = EntryFilter()
        self._months: list[list[int]] = []  # [year, month, count], newest first
        self._header_rows: list[int] = []  # the row of each month's heading
        self._offsets: list[int] = []  # the list position of each month's first entry
        self._total = 0
        self._pages: OrderedDict[int, list[EntrySummary]] = OrderedDict()
        self.pages_read = 0  # pages read from the store since the model was made
        self._counts = workers.NewestWins(self) if vault is not None else None
        self._counting = False
        self._unreadable = False
        self.reload()

    # -- public ----------------------------------------------------------------------

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    @property
    def total_count(self) -> int:
        """How many entries match the filter."""
        return self._total

    @property
    def loaded_count(self) -> int:
        """How many summaries are held in memory now."""
        return sum(len(page) for page in self._pages.values())

    @property
    def counting(self) -> bool:
        """Whether the months are being read on a worker: the list is empty meanwhile,
        which says nothing about the journal."""
        return self._counting

    @property
    def unreadable(self) -> bool:
        """Whether the months could not be read (an error or a bug): the list is empty,
        which says nothing about the journal, until the next `reload`."""
        return self._unreadable

    @property
    def loading(self) -> bool:
        """Whether the months or a page are being read on a worker, or wait to be."""
        return self._counting or self._reading is not None or bool(self._wanted)

    def set_filter(self, flt: EntryFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Start over from the store: the months and their counts; pages as shown.
        Given a vault, the list is empty until they arrive from a worker (`counted`)."""
        if self._counts is None:
            self._start_over(self._store.month_counts(self._filter), [])
            return
        self._start_over([], [])
        self._counting, self._unreadable = True, False
        vault, flt, size = self._vault, self._filter, self.PAGE_SIZE
        assert vault is not None

        def read() -> tuple[list[tuple[int, int, int]], list[EntrySummary]]:
            with vault.reading() as snapshot:
                store = EntryStore(snapshot)
                months = store.month_counts(flt)
                total = sum(n for _y, _m, n in months)
                return months, store.page_before(flt, limit=min(size, total)) if total else []

        self._counts.submit(read, self._months_arrived, self._count_failed,
                            on_bug=self._count_broke)

    def forget(self) -> None:
        """Drop every row without asking the store (the vault may be locked)."""
        if self._counts is not None:
            self._counts.cancel()  # months read before are not shown after
        self._counting = self._unreadable = False
        self._start_over([], [])

    def row_of(self, entry_id: int) -> int | None:
        """The row of an entry in the list, or None if the filter leaves it out."""
        offset = self._cached_offset(entry_id)
        if offset is not None:
            return self._row_of_offset(offset)
        if not self._total:
            return None
        try:
            place = self._store.position(self._filter, entry_id)
        except HavenError:  # VaultLocked too
            return None
        if place is None:
            return None
        i = self._month_index(place[0], place[1])
        if i is None or place[2] >= self._months[i][2]:
            return None  # the store changed without telling the model
        return self._header_rows[i] + 1 + place[2]

    def index_of(self, entry_id: int) -> QModelIndex:
        row = self.row_of(entry_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def row_of_month(self, year: int, month: int) -> int | None:
        """The row of a month's heading, or of the nearest older month that has
        entries (None if there is none): where "go to a month" scrolls."""
        for i, (y, m, _n) in enumerate(self._months):
            if (y, m) <= (year, month):
                return self._header_rows[i]
        return None

    def header_rows(self) -> list[int]:
        """The row of every month heading, first to last."""
        return list(self._header_rows)

    def months(self) -> list[tuple[int, int, int]]:
        """(year, month, entries) of every month in the list, newest first."""
        return [(y, m, n) for y, m, n in self._months]

    def summary_at(self, row: int) -> EntrySummary | None:
        """The summary on `row` (None on a heading), read now if it is not held: for
        what she chose (a row she clicked or moved to), not for painting."""
        offset = self._offset_of_row(row)
        return None if offset is None else self._summary(offset, now=True)

    def entry_saved(self, summary: EntrySummary, *, is_new: bool = False) -> None:
        """Show a saved entry: update its row, move it, add it or drop it, as needed.

        A save that leaves the entry where it was (most autosaves) runs no query;
        otherwise the rows are removed and inserted where the store now has them."""
        if self._counting:
            self.reload()  # the months being read may be from before this save
            return
        old = self._cached_offset(summary.id)
        belongs = matches_filter(summary, self._filter)
        if old is not None and belongs:
            page, at = divmod(old, self.PAGE_SIZE)
            if order_key(self._pages[page][at]) == order_key(summary):
                self._pages[page][at] = summary
                index = self.index(self._row_of_offset(old))
                self.dataChanged.emit(index, index)
                return
        try:
            months = self._store.month_counts(self._filter)
            rank = (self._store.rank_in_month(self._filter, summary.entry_date, summary.id)
                    if belongs else 0)
        except HavenError:  # VaultLocked too
            return
        if old is not None:
            self._remove_offset(old)
        elif not is_new:
            self._remove_missing(months, summary if belongs else None)
        if belongs:
            self._insert(summary, rank)
        self._check(months)

    def entry_removed(self, entry_id: int) -> None:
        if self._counting:
            self.reload()  # the months being read may be from before this delete
            return
        old = self._cached_offset(entry_id)
        if old is not None:
            self._remove_offset(old)
            return
        try:
            months = self._store.month_counts(self._filter)
        except HavenError:  # VaultLocked too
            return
        self._remove_missing(months, None)
        self._check(months)

    # -- QAbstractItemModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total + len(self._months)

    def match(self, start: Index, role: int, value: Any, hits: int = 1,
              flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
              ) -> list[QModelIndex]:
        """Only among the rows held in memory (typing a letter in the list looks for a
        row that starts with it): never a read of the whole journal."""
        if role != Qt.ItemDataRole.DisplayRole or not isinstance(value, str):
            return []
        wanted = value.casefold()
        found = []
        for page_no, page in sorted(self._pages.items()):
            for at, summary in enumerate(page):
                text = self.heading_of(summary).casefold()
                if (text.startswith(wanted) if flags & Qt.MatchFlag.MatchStartsWith
                        else wanted in text):
                    row = self._row_of_offset(page_no * self.PAGE_SIZE + at)
                    found.append(self.index(row))
        first = start.row() if start.isValid() else 0
        found.sort(key=lambda index: (index.row() < first, index.row()))
        return found[:hits] if hits > 0 else found

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self._offset_of_row(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        i = bisect_right(self._header_rows, row) - 1
        if row == self._header_rows[i]:
            year, month, _n = self._months[i]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return month_heading(year, month)
            if role == IsHeaderRole:
                return True
            return None
        if role == IsHeaderRole:
            return False  # known without reading the row (the delegate's size hint)
        item = self._summary(self._offsets[i] + row - self._header_rows[i] - 1)
        if item is None:  # being read on a worker, or not readable (the vault is locking)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("Loading…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.heading_of(item)
        if role == SummaryRole:
            return item
        if role == EntryIdRole:
            return item.id
        if role == DateTextRole:
            return self.date_text(item.entry_date)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(item)
        return None

    # -- text ------------------------------------------------------------------------

    def date_text(self, day: date) -> str:
        return dates.weekday_date(day)

    def heading_of(self, summary: EntrySummary) -> str:
        if summary.title:
            return summary.title
        return summary.preview or self.tr("(empty entry)")

    def accessible_text(self, summary: EntrySummary) -> str:
        parts = [self.date_text(summary.entry_date), self.heading_of(summary)]
        if summary.mood is not None:
            parts.append(self.tr("mood %1 of %2").replace("%1", str(summary.mood))
                         .replace("%2", str(MOOD_MAX)))
        if summary.tags:
            parts.append(self.tr("tags: %1").replace("%1", ", ".join(summary.tags)))
        if summary.share_with_therapist:
            parts.append(self.tr("shared with your therapist"))
        return "; ".join(parts)

    # -- private: rows, months and pages ---------------------------------------------

    def _set_months(self, months: list[list[int]]) -> None:
        self._months = months
        self._reindex()

    def _start_over(self, months: list[tuple[int, int, int]],
                    first_page: list[EntrySummary]) -> None:
        self.beginResetModel()
        self._set_months([[y, m, n] for y, m, n in months])
        self._pages.clear()
        self._rows_moved()
        self._refill.clear()
        if first_page:
            self._keep(0, first_page)
        self.endResetModel()

    def _months_arrived(self, read: tuple[list[tuple[int, int, int]],
                                          list[EntrySummary]]) -> None:
        self._counting = False
        self._start_over(*read)
        self.counted.emit()

    def _count_failed(self, exc: BaseException) -> None:
        self._counting = False  # the list stays empty
        if not isinstance(exc, VaultLocked):  # (a lock forgets the rows anyway)
            self._unreadable = True
            self.count_failed.emit(exc)

    def _count_broke(self) -> None:
        """A bug (it reaches sys.excepthook): the list stays empty until a reload."""
        self._counting, self._unreadable = False, True
        self.count_failed.emit(None)

    def _reindex(self) -> None:
        self._header_rows, self._offsets = [], []
        row = offset = 0
        for _y, _m, n in self._months:
            self._header_rows.append(row)
            self._offsets.append(offset)
            row += n + 1
            offset += n
        self._total = offset

    def _month_index(self, year: int, month: int) -> int | None:
        return next((i for i, (y, m, _n) in enumerate(self._months) if (y, m) == (year, month)),
                    None)

    def _offset_of_row(self, row: int) -> int | None:
        """The list position of the entry on `row` (None on a heading or outside)."""
        if not 0 <= row < self.rowCount():
            return None
        i = bisect_right(self._header_rows, row) - 1
        if row == self._header_rows[i]:
            return None
        return self._offsets[i] + row - self._header_rows[i] - 1

    def _row_of_offset(self, offset: int) -> int:
        i = bisect_right(self._offsets, offset) - 1
        return self._header_rows[i] + 1 + offset - self._offsets[i]

    def _summary(self, offset: int, *, now: bool = False) -> EntrySummary | None:
        page_no, at = divmod(offset, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            if self._vault is not None and not now and page_no not in self._refill:
                self._ask(page_no)
                return None
            page = self._read_page(page_no)
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_no)
        return page[at] if at < len(page) else None

    def _page_query(self, page_no: int) -> Callable[[EntryStore], list[EntrySummary]]:
        """How to read one page (PAGE_SIZE summaries from list position page_no *
        PAGE_SIZE) as the rows stand now: by keyset after the page before it when that
        one is held, else from the month it starts in."""
        start = page_no * self.PAGE_SIZE
        want = min(self.PAGE_SIZE, self._total - start)
        flt = self._filter
        before = self._pages.get(page_no - 1)
        if before is not None and len(before) == self.PAGE_SIZE:
            after = order_key(before[-1])
            return lambda store: store.page_before(flt, after, limit=want)
        i = bisect_right(self._offsets, start) - 1
        year, month, _n = self._months[i]
        skip = start - self._offsets[i]
        return lambda store: store.page_in_month(flt, year, month, skip, limit=want)

    def _read_page(self, page_no: int) -> list[EntrySummary] | None:
        """Read one page on the spot (the GUI thread, the main connection)."""
        try:
            page = self._page_query(page_no)(self._store)
        except HavenError:  # VaultLocked too
            return None  # locked or unreadable: shown empty, read again when asked
        self._refill.discard(page_no)
        self._keep(page_no, page)
        return page

    def _keep(self, page_no: int, page: list[EntrySummary]) -> None:
        self.pages_read += 1
        self._pages[page_no] = page
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)

    def _rows_moved(self) -> None:
        """Rows moved or changed: what is being read or waits was asked for by rows
        that are no longer where they were."""
        self._generation += 1
        self._wanted.clear()

    def _ask(self, page_no: int) -> None:
        """Have a page read on a worker (a row of it is painted)."""
        if self._reading == (page_no, self._generation):
            return
        self._wanted[page_no] = None
        self._wanted.move_to_end(page_no)
        while len(self._wanted) > self.CACHED_PAGES:
            self._wanted.popitem(last=False)
        self._read_next()

    def _read_next(self) -> None:
        if self._reading is not None or not self._wanted:
            return
        vault = self._vault
        assert vault is not None
        if not vault.is_open:
            self._wanted.clear()  # locked: the page shows placeholders until forget()
            return
        page_no, _ = self._wanted.popitem(last=True)
        query, generation = self._page_query(page_no), self._generation
        self._reading = (page_no, generation)

        def work() -> list[EntrySummary]:
            with vault.reading() as snapshot:
                return query(EntryStore(snapshot))

        workers.run_in_background(
            self, work, on_success=lambda page: self._arrived(page_no, generation, page),
            on_failure=self._failed, on_bug=self._read_broke)

    def _arrived(self, page_no: int, generation: int, page: list[EntrySummary]) -> None:
        self._reading = None
        if generation != self._generation:
            # Read before rows moved: dropped; the rows now there are asked for again.
            self._repaint_page(page_no, self.PAGE_SIZE)
        elif page_no not in self._pages:  # (else read on the spot meanwhile: summary_at)
            self._keep(page_no, page)
            self._repaint_page(page_no, len(page))
        self._read_next()

    def _repaint_page(self, page_no: int, size: int) -> None:
        start = page_no * self.PAGE_SIZE
        end = min(start + size, self._total) - 1
        if start <= end:
            self.dataChanged.emit(self.index(self._row_of_offset(start)),
                                  self.index(self._row_of_offset(end)))

    def _failed(self, _exc: BaseException) -> None:
        self._reading = None  # VaultLocked too: the rows stay placeholders
        self._read_next()

    def _read_broke(self) -> None:
        """A bug (it reaches sys.excepthook): later pages are still read, when asked for
        (not at once, or the same bug could repeat without end)."""
        self._reading = None

    def _cached_offset(self, entry_id: int) -> int | None:
        for page_no, page in self._pages.items():
            for at, s in enumerate(page):
                if s.id == entry_id:
                    return page_no * self.PAGE_SIZE + at
        return None

    def _drop_pages_from(self, offset: int) -> None:
        """Forget the pages at and after `offset`: their rows have moved."""
        first = offset // self.PAGE_SIZE
        for page_no in [p for p in self._pages if p >= first]:
            del self._pages[page_no]
            self._refill.add(page_no)
        self._rows_moved()

    def _remove_offset(self, offset: int, drop_from: int | None = None) -> None:
        i = bisect_right(self._offsets, offset) - 1
        row = self._row_of_offset(offset)
        if self._months[i][2] == 1:  # the month goes, with its heading
            self.beginRemoveRows(QModelIndex(), row - 1, row)
            del self._months[i]
        else:
            self.beginRemoveRows(QModelIndex(), row, row)
            self._months[i][2] -= 1
        self._reindex()
        self._drop_pages_from(offset if drop_from is None else drop_from)
        self.endRemoveRows()

    def _remove_missing(self, months: list[tuple[int, int, int]],
                        added: EntrySummary | None) -> None:
        """An entry not held in memory left the list (deleted, or changed by another
        page): find the month that now has one entry fewer than shown, not counting
        `added`, and take a row out of it. Its rows are not held, so which one does
        not matter."""
        now = {(y, m): n for y, m, n in months}
        if added is not None:
            key = (added.entry_date.year, added.entry_date.month)
            now[key] = now.get(key, 0) - 1
        for i, (y, m, n) in enumerate(self._months):
            if now.get((y, m), 0) == n - 1:
                self._remove_offset(self._offsets[i] + n - 1, self._offsets[i])
                return

    def _insert(self, summary: EntrySummary, rank: int) -> None:
        """Add a row for `summary`, the `rank`-th entry of its month."""
        key = (summary.entry_date.year, summary.entry_date.month)
        i = self._month_index(*key)
        if i is not None and rank <= self._months[i][2]:
            offset = self._offsets[i] + rank
            row = self._header_rows[i] + 1 + rank
            self.beginInsertRows(QModelIndex(), row, row)
            self._months[i][2] += 1
        else:
            i = next((j for j, (y, m, _n) in enumerate(self._months) if (y, m) < key),
                     len(self._months))
            offset = self._offsets[i] if i < len(self._months) else self._total
            row = self._header_rows[i] if i < len(self._months) else self.rowCount()
            self.beginInsertRows(QModelIndex(), row, row + 1)
            self._months.insert(i, [key[0], key[1], 1])
        self._reindex()
        self._drop_pages_from(offset)
        self.endInsertRows()

    def _check(self, months: list[tuple[int, int, int]]) -> None:
        """If the store changed in a way the model was not told of, start over."""
        if self.months() != months:
            self.reload()
