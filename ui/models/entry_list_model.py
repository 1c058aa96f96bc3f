"""The journal list: a paged item model over EntryStore (drawn by entry_list_delegate).

Rows are month headings and entries, newest first, the whole list from the start (the
number of entries of each month is known up front). The model reads summaries (never
bodies) a page at a time for the rows that are shown and keeps only a few pages. A save
or delete changes only the rows it touches, so the view keeps its place.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from journal.entries import EntryStore, make_preview, normalize_tags
from journal.errors import HavenError
from journal.models import MOOD_MAX, EntryDraft, EntryFilter, EntrySummary
from ui import dates

Index = QModelIndex | QPersistentModelIndex

SummaryRole = Qt.ItemDataRole.UserRole + 1  # the EntrySummary, or None on a month heading
EntryIdRole = Qt.ItemDataRole.UserRole + 2  # the entry id, or None on a month heading
IsHeaderRole = Qt.ItemDataRole.UserRole + 3  # True on a month heading
DateTextRole = Qt.ItemDataRole.UserRole + 4  # the entry's date in the local format


@dataclass(frozen=True)
class MonthHeader:
    year: int
    month: int


Row = MonthHeader | EntrySummary


def _month_of(summary: EntrySummary) -> MonthHeader:
    return MonthHeader(summary.entry_date.year, summary.entry_date.month)


def _order_key(summary: EntrySummary) -> tuple[date, int]:
    return (summary.entry_date, summary.id)


def rows_for(summaries: list[EntrySummary]) -> list[Row]:
    """Summaries in list order with a month heading wherever the month changes."""
    rows: list[Row] = []
    month = None
    for summary in summaries:
        if _month_of(summary) != month:
            month = _month_of(summary)
            rows.append(month)
        rows.append(summary)
    return rows


def summary_from_draft(entry_id: int, draft: EntryDraft) -> EntrySummary:
    """The list row for a draft just saved, made as the store would, without a query."""
    return EntrySummary(
        entry_id, draft.entry_date, unicodedata.normalize("NFC", draft.title.strip()),
        make_preview(unicodedata.normalize("NFC", draft.body)),
        draft.mood, tuple(sorted(normalize_tags(draft.tags), key=str.casefold)),
        bool(draft.share_with_therapist))


def matches_filter(summary: EntrySummary, flt: EntryFilter) -> bool:
    """Whether a summary belongs in a list narrowed by `flt` (as EntryStore.page decides)."""
    if flt.tag is not None and flt.tag.casefold() not in {t.casefold() for t in summary.tags}:
        return False
    if flt.date_from is not None and summary.entry_date < flt.date_from:
        return False
    if flt.date_to is not None and summary.entry_date > flt.date_to:
        return False
    if flt.mood is not None and summary.mood != flt.mood:
        return False
    return flt.shared is None or summary.share_with_therapist == flt.shared


def month_heading(year: int, month: int, locale: QLocale | None = None) -> str:
    locale = locale or dates.locale()
    name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"


class EntryListModel(QAbstractListModel):
    """Month headings and entry summaries, newest first, for the whole journal at once.

    The model knows every month's number of entries up front (`EntryStore.month_counts`,
    one pass over the date index), so `rowCount` is the full list and a row maps to a
    (month, place in the month) without reading anything. Summaries are read a page at
    a time, only for the rows that are shown, by keyset or from the start of their
    month (never a long OFFSET), and only the last `CACHED_PAGES` pages are kept: the
    list costs the same memory with 100 or 100,000 entries, however far she scrolls.
    """

    PAGE_SIZE = 100  # summaries read at once
    CACHED_PAGES = 6  # pages kept (the least recently used one goes first)

    def __init__(self, store: EntryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = EntryFilter()
        self._months: list[list[int]] = []  # [year, month, count], newest first
        self._header_rows: list[int] = []  # the row of each month's heading
        self._offsets: list[int] = []  # the list position of each month's first entry
        self._total = 0
        self._pages: OrderedDict[int, list[EntrySummary]] = OrderedDict()
        self.pages_read = 0  # pages read from the store since the model was made
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

    def set_filter(self, flt: EntryFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Start over from the store: the months and their counts; pages as shown."""
        months = [[y, m, n] for y, m, n in self._store.month_counts(self._filter)]
        self.beginResetModel()
        self._set_months(months)
        self._pages.clear()
        self.endResetModel()

    def forget(self) -> None:
        """Drop every row without asking the store (the vault may be locked)."""
        self.beginResetModel()
        self._set_months([])
        self._pages.clear()
        self.endResetModel()

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
        offset = self._offset_of_row(row)
        return None if offset is None else self._summary(offset)

    def entry_saved(self, summary: EntrySummary, *, is_new: bool = False) -> None:
        """Show a saved entry: update its row, move it, add it or drop it, as needed.

        A save that leaves the entry where it was (most autosaves) runs no query;
        otherwise the rows are removed and inserted where the store now has them."""
        old = self._cached_offset(summary.id)
        belongs = matches_filter(summary, self._filter)
        if old is not None and belongs:
            page, at = divmod(old, self.PAGE_SIZE)
            if _order_key(self._pages[page][at]) == _order_key(summary):
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
        if item is None:
            return None  # not readable now (the vault is locking): an empty row
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

    def _summary(self, offset: int) -> EntrySummary | None:
        page_no, at = divmod(offset, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._read_page(page_no)
            if page is None:
                return None
        else:
            self._pages.move_to_end(page_no)
        return page[at] if at < len(page) else None

    def _read_page(self, page_no: int) -> list[EntrySummary] | None:
        """Read one page (PAGE_SIZE summaries from list position page_no * PAGE_SIZE):
        by keyset after the page before it when that one is held, else from the month
        it starts in."""
        start = page_no * self.PAGE_SIZE
        want = min(self.PAGE_SIZE, self._total - start)
        before = self._pages.get(page_no - 1)
        try:
            if before is not None and len(before) == self.PAGE_SIZE:
                page = self._store.page_before(self._filter, _order_key(before[-1]),
                                               limit=want)
            else:
                i = bisect_right(self._offsets, start) - 1
                year, month, _n = self._months[i]
                page = self._store.page_in_month(self._filter, year, month,
                                                 start - self._offsets[i], limit=want)
        except HavenError:  # VaultLocked too
            return None  # locked or unreadable: shown empty, read again when asked
        self.pages_read += 1
        self._pages[page_no] = page
        while len(self._pages) > self.CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

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

