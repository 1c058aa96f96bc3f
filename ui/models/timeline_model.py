"""The timeline's list: headers for years, months or days, and the items under them.

Windowed: the model holds only the small sortable keys of what matches
(`Timeline.find`, no text) and reads the text of the items a view asks for, a block
at a time, so a timeline of ten years shows at once (bench/RESULTS.md, "Timeline").

The keys are found, and grouped into rows, on a worker thread through the vault's
reader connection (`reload`): at 100k items that takes a few hundred milliseconds the
GUI thread does not wait for. A newer request wins; `loaded` says when rows arrived.

Zoom: at YEARS each row is a year with its number of items, at MONTHS a month; at
DAYS the items themselves, under a header for each day (or, for an event with an
approximate date, for the period it stands for).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from journal.errors import VaultLocked
from journal.timeline import KINDS, Timeline, TimelineItem, TimelineKey
from journal.vault import Vault
from ui.widgets.list_items import IndentRole, TwoLineDelegate
from ui.workers import NewestWins

YEARS, MONTHS, DAYS = "years", "months", "days"
ZOOMS = (YEARS, MONTHS, DAYS)
BLOCK = 100  # items read at a time
ItemRole = Qt.ItemDataRole.UserRole + 1  # the TimelineItem of an item row
PeriodRole = Qt.ItemDataRole.UserRole + 2  # (first, last) day of a year or month row
KeyRole = Qt.ItemDataRole.UserRole + 3  # the TimelineKey of an item row
HeaderRole = Qt.ItemDataRole.UserRole + 4  # True for a header row
_Index = QModelIndex | QPersistentModelIndex
Row = tuple[bool, int, int]


class TimelineModel(QAbstractListModel):
    """Rows of the timeline at one zoom. `describe(item)` gives an item's two lines,
    `group_text(kind, key)` a header's words (both from the page, translated)."""

    loaded = Signal()  # the rows of the newest request are in
    failed = Signal(object)  # the newest request could not be read (a HavenError)

    def __init__(self, vault: Vault, describe: Callable[[TimelineItem], str],
                 group_text: Callable[[str, TimelineKey, int], str],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._timeline = Timeline(vault)
        self._describe = describe
        self._group_text = group_text
        self._keys: list[TimelineKey] = []
        # A row: (True, index of the group's first key, its number of keys) for a
        # header, (False, index of the key, 0) for an item.
        self._rows: list[Row] = []
        self._blocks: dict[int, dict[TimelineKey, TimelineItem]] = {}
        self._loads = NewestWins(self)
        self.zoom = DAYS
        self.kinds: tuple[str, ...] = KINDS
        self.first: date | None = None
        self.last: date | None = None

    # -- public ----------------------------------------------------------------------

    def set_filter(self, *, kinds: Iterable[str] | None = None, first: date | None = None,
                   last: date | None = None, zoom: str | None = None) -> None:
        if kinds is not None:
            self.kinds = tuple(kinds)
        self.first, self.last = first, last
        if zoom is not None:
            self.zoom = zoom
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Find the keys and rows for the filter on a worker, then show them (and call
        `then`); a request made meanwhile replaces this one."""
        if not self._vault.is_open:
            self._loads.cancel()
            self._show([], [])
            return
        vault, kinds, first, last, zoom = (self._vault, self.kinds, self.first, self.last,
                                           self.zoom)

        def work() -> tuple[list[TimelineKey], list[Row]]:
            with vault.reading() as snapshot:  # beside her writes and the GUI's queries
                keys = Timeline(snapshot).find(kinds, first, last)
            return keys, group(keys, zoom)

        def arrived(result: tuple[list[TimelineKey], list[Row]]) -> None:
            self._show(*result)
            if then is not None:
                then()

        self._loads.submit(work, arrived, self._on_failed)

    @property
    def loading(self) -> bool:
        """Whether a request is being read."""
        return self._loads.busy

    @property
    def item_count(self) -> int:
        return len(self._keys)

    def keys(self) -> list[TimelineKey]:
        return list(self._keys)

    def row_of(self, kind: str, record_id: int) -> int:
        """The row of an item (by its kind and its key's id), or -1."""
        for row, (header, index, _n) in enumerate(self._rows):
            if not header and self._keys[index].kind == kind and self._keys[index].id == (
                    record_id):
                return row
        return -1

    def item_at(self, row: int) -> TimelineItem | None:
        if not 0 <= row < len(self._rows) or self._rows[row][0]:
            return None
        return self._item(self._rows[row][1])

    # -- Qt --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        header = self._rows[index.row()][0]
        if header and self.zoom == DAYS:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        header, first, count = self._rows[index.row()]
        key = self._keys[first]
        if header:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._group_text(self.zoom, key, count)
            if role == HeaderRole:
                return True
            if role == PeriodRole:
                return _period(self.zoom, key)
            return None
        if role == KeyRole:
            return key
        if role == IndentRole:
            return 16
        if role == HeaderRole:
            return False
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    ItemRole):
            item = self._item(first)
            if role == ItemRole:
                return item
            if item is None:
                return ""
            text = self._describe(item)
            return text if role == Qt.ItemDataRole.DisplayRole else text.replace("\n", "; ")
        return None

    # -- private ---------------------------------------------------------------------

    def _show(self, keys: list[TimelineKey], rows: list[Row]) -> None:
        self.beginResetModel()
        self._keys, self._rows = keys, rows
        self._blocks.clear()
        self.endResetModel()
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        if isinstance(exc, VaultLocked):  # locked meanwhile: nothing to show
            self._show([], [])
        else:
            self.failed.emit(exc)

    def _item(self, index: int) -> TimelineItem | None:
        block = index // BLOCK
        items = self._blocks.get(block)
        if items is None:
            keys = self._keys[block * BLOCK:(block + 1) * BLOCK]
            items = {i.key: i for i in self._timeline.items(keys)} if (
                self._vault.is_open) else {}
            self._blocks[block] = items
        return items.get(self._keys[index])


def group(keys: list[TimelineKey], zoom: str) -> list[Row]:
    """The rows for `keys` at `zoom`: a header for each day (or approximate period) with
    its items under it, or one row for each year or month."""
    rows: list[Row] = []
    if not keys:
        return rows
    if zoom == DAYS:
        current: tuple[str, str] | None = None
        for i, key in enumerate(keys):
            this = (key.day, key.precision)
            if this != current:
                current = this
                rows.append((True, i, 0))
            rows.append((False, i, 0))
        # Each header's number of items.
        out = []
        for n, row in enumerate(rows):
            if row[0]:
                count = 0
                for later in rows[n + 1:]:
                    if later[0]:
                        break
                    count += 1
                row = (True, row[1], count)
            out.append(row)
        return out
    width = 4 if zoom == YEARS else 7
    start, period = 0, keys[0].day[:width]
    for i, key in enumerate(keys):
        if key.day[:width] != period:
            rows.append((True, start, i - start))
            start, period = i, key.day[:width]
    rows.append((True, start, len(keys) - start))
    return rows


class TimelineDelegate(TwoLineDelegate):
    """Draws rows as TwoLineDelegate does, every row two lines high (a header is its
    period and how many things it holds), known by arithmetic without reading any text:
    with the view's uniform item sizes it then places ten years of rows at once. A view
    that measured every row's text read every item (4 s in bench/timeline_bench.py)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(max(option.rect.width(), 200),
                     fm.height() * 2 + self.GAP + 2 * self.PADDING)

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:
        """Each of the two lines cut to the row's width with "…" rather than wrapped: a
        wrapped line would be drawn over the next row, whose height is fixed."""
        super().initStyleOption(option, index)
        width = option.rect.width() - 2 * self.PADDING - int(index.data(IndentRole) or 0)
        if width <= 0 or not option.text:
            return
        bold = QFont(option.font)
        bold.setBold(True)
        first, _sep, rest = option.text.replace("\u2028", "\n").partition("\n")
        lines = [QFontMetrics(bold).elidedText(first, Qt.TextElideMode.ElideRight, width)]
        if rest:
            lines.append(QFontMetrics(option.font).elidedText(
                " ".join(rest.split()), Qt.TextElideMode.ElideRight, width))
        option.text = "\n".join(lines)


def _period(zoom: str, key: TimelineKey) -> tuple[date, date]:
    day = key.date
    if zoom == YEARS:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    first = day.replace(day=1)
    following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return first, date.fromordinal(following.toordinal() - 1)
