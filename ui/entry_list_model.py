"""The journal list: a paged item model over EntryStore and the delegate that draws it.

The model reads summaries (never bodies) a page at a time as the view scrolls
(`canFetchMore`/`fetchMore`) and keeps them; `data()` never runs a query. Rows are
month headings and entries, newest first. A save or delete changes only the rows it
touches, computed from the cached summaries, so the view keeps its place.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.entries import EntryStore, make_preview, normalize_tags
from journal.models import MOOD_MAX, EntryDraft, EntryFilter, EntrySummary

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
    locale = locale or QLocale()
    name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"


class EntryListModel(QAbstractListModel):
    """Month headings and entry summaries, newest first, loaded a page at a time."""

    PAGE_SIZE = 200

    def __init__(self, store: EntryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = EntryFilter()
        self._summaries: list[EntrySummary] = []
        self._rows: list[Row] = []
        self._total = 0
        self._locale = QLocale()
        self._date_format = self.tr("dddd d MMMM", "date of an entry in the list; Qt format")
        self.reload()

    # -- public ----------------------------------------------------------------------

    @property
    def entry_filter(self) -> EntryFilter:
        return self._filter

    @property
    def total_count(self) -> int:
        """How many entries match the filter (loaded or not)."""
        return self._total

    @property
    def loaded_count(self) -> int:
        return len(self._summaries)

    def set_filter(self, flt: EntryFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.reload()

    def reload(self) -> None:
        """Start over from the store: count, and the first page."""
        self.beginResetModel()
        self._summaries = []
        self._rows = []
        self._total = self._store.count(self._filter)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def forget(self) -> None:
        """Drop every cached row without asking the store (the vault may be locked)."""
        self.beginResetModel()
        self._summaries = []
        self._rows = []
        self._total = 0
        self.endResetModel()

    def row_of(self, entry_id: int) -> int | None:
        for row, item in enumerate(self._rows):
            if isinstance(item, EntrySummary) and item.id == entry_id:
                return row
        return None

    def index_of(self, entry_id: int) -> QModelIndex:
        row = self.row_of(entry_id)
        return QModelIndex() if row is None else self.index(row, 0)

    def summary_at(self, row: int) -> EntrySummary | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, EntrySummary) else None

    def entry_saved(self, summary: EntrySummary, *, is_new: bool = False) -> None:
        """Show a saved entry: update its row, move it, add it or drop it, as needed.

        Runs no query, except a count when an entry that was never loaded changed."""
        old = self._loaded_position(summary.id)
        belongs = matches_filter(summary, self._filter)
        if old is not None:
            if belongs and self._stays_at(old, summary):
                self._summaries[old] = summary
                self._splice(rows_for(self._summaries))
                return
            self._remove_loaded(old)
            if belongs:
                self._total += 1
        elif is_new:
            if belongs:
                self._total += 1
        else:
            self._total = self._store.count(self._filter)
        if not belongs:
            return
        position = self._position_for(summary)
        if position < len(self._summaries) or len(self._summaries) >= self._total - 1:
            self._summaries.insert(position, summary)
            self._splice(rows_for(self._summaries))
        # else: it sorts after the loaded part; a later fetchMore brings it.

    def entry_removed(self, entry_id: int) -> None:
        old = self._loaded_position(entry_id)
        if old is not None:
            self._remove_loaded(old)
        else:
            self._total = self._store.count(self._filter)

    # -- QAbstractItemModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._summaries) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        page = self._store.page(self._filter, offset=len(self._summaries),
                                limit=self.PAGE_SIZE)
        known = {s.id for s in self._summaries[-self.PAGE_SIZE:]}
        page = [s for s in page if s.id not in known]
        if not page:
            self._total = len(self._summaries)  # the store has no more than this
            return
        last_month = _month_of(self._summaries[-1]) if self._summaries else None
        new_rows: list[Row] = []
        for summary in page:
            if _month_of(summary) != last_month:
                last_month = _month_of(summary)
                new_rows.append(last_month)
            new_rows.append(summary)
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
        self._summaries.extend(page)
        self._rows.extend(new_rows)
        self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], MonthHeader):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, MonthHeader):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return month_heading(item.year, item.month, self._locale)
            if role == IsHeaderRole:
                return True
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.heading_of(item)
        if role == SummaryRole:
            return item
        if role == EntryIdRole:
            return item.id
        if role == IsHeaderRole:
            return False
        if role == DateTextRole:
            return self.date_text(item.entry_date)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(item)
        return None

    # -- text ------------------------------------------------------------------------

    def date_text(self, day: date) -> str:
        return self._locale.toString(QDate(day.year, day.month, day.day), self._date_format)

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

    # -- private ---------------------------------------------------------------------

    def _stays_at(self, position: int, summary: EntrySummary) -> bool:
        """Whether a changed summary keeps its place among the loaded ones."""
        if self._position_for(summary, ignore=summary.id) != position:
            return False
        last = position == len(self._summaries) - 1
        # The last loaded row may now sort after entries not loaded yet.
        return (not last or len(self._summaries) >= self._total
                or _order_key(summary) >= _order_key(self._summaries[position]))

    def _loaded_position(self, entry_id: int) -> int | None:
        return next((i for i, s in enumerate(self._summaries) if s.id == entry_id), None)

    def _position_for(self, summary: EntrySummary, ignore: int | None = None) -> int:
        key = _order_key(summary)
        position = 0
        for s in self._summaries:
            if s.id == ignore:
                continue
            if _order_key(s) > key:
                position += 1
            else:
                break
        return position

    def _remove_loaded(self, position: int) -> None:
        del self._summaries[position]
        self._total = max(self._total - 1, len(self._summaries))
        self._splice(rows_for(self._summaries))

    def _splice(self, new_rows: list[Row]) -> None:
        """Replace the rows with `new_rows`, signalling only the part that differs."""
        old_rows = self._rows
        limit = min(len(old_rows), len(new_rows))
        prefix = 0
        while prefix < limit and (old_rows[prefix] is new_rows[prefix]
                                  or old_rows[prefix] == new_rows[prefix]):
            prefix += 1
        suffix = 0
        while (suffix < limit - prefix
               and (old_rows[-1 - suffix] is new_rows[-1 - suffix]
                    or old_rows[-1 - suffix] == new_rows[-1 - suffix])):
            suffix += 1
        old_end = len(old_rows) - suffix  # old_rows[prefix:old_end] is replaced
        new_end = len(new_rows) - suffix
        old_middle = old_rows[prefix:old_end]
        new_middle = new_rows[prefix:new_end]
        if not old_middle and not new_middle:
            return
        if len(old_middle) == len(new_middle) and all(
                isinstance(a, EntrySummary) and isinstance(b, EntrySummary)
                for a, b in zip(old_middle, new_middle, strict=True)):
            self._rows[prefix:old_end] = new_middle
            self.dataChanged.emit(self.index(prefix), self.index(old_end - 1))
            return
        if old_middle:
            self.beginRemoveRows(QModelIndex(), prefix, old_end - 1)
            del self._rows[prefix:old_end]
            self.endRemoveRows()
        if new_middle:
            self.beginInsertRows(QModelIndex(), prefix, prefix + len(new_middle) - 1)
            self._rows[prefix:prefix] = new_middle
            self.endInsertRows()


class EntryListDelegate(QStyledItemDelegate):
    """Draws a month heading, or an entry as date, heading, preview, mood, tags, shared."""

    PADDING = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shared_text = self.tr("Shared")

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = option.fontMetrics
        width = max(option.rect.width(), 200)
        if index.data(IsHeaderRole):
            return QSize(width, int(fm.height() * 1.3) + 2 * self.PADDING + 4)
        return QSize(width, fm.height() * 3 + fm.leading() * 2 + 2 * self.PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        try:
            if index.data(IsHeaderRole):
                self._paint_header(painter, opt, index)
            else:
                self._paint_entry(painter, opt, index)
        finally:
            painter.restore()

    def _paint_header(self, painter: QPainter, opt: QStyleOptionViewItem,
                      index: Index) -> None:
        font = QFont(opt.font)
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1 if font.pointSizeF() > 0 else 11)
        painter.setFont(font)
        painter.setPen(opt.palette.color(QPalette.ColorGroup.Active,
                                         QPalette.ColorRole.PlaceholderText))
        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         index.data(Qt.ItemDataRole.DisplayRole) or "")

    def _paint_entry(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        summary: EntrySummary | None = index.data(SummaryRole)
        if summary is None:
            return
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter,
                                opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                       else QPalette.ColorRole.Text)
        muted = QColor(text_color)
        if not selected:
            muted = opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        accent = opt.palette.color(group, QPalette.ColorRole.Link)
        if selected:
            accent = text_color

        fm = QFontMetrics(opt.font)
        line = fm.height() + fm.leading()
        rect = opt.rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2,
                                 -self.PADDING)
        # Line 1: the date, on the right the mood dots.
        painter.setFont(opt.font)
        right = rect.right()
        if summary.mood is not None:
            dot = max(fm.height() // 3, 5)
            gap = dot // 2 + 1
            width = MOOD_MAX * dot + (MOOD_MAX - 1) * gap
            left = right - width
            top = rect.top() + (fm.height() - dot) // 2
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            for i in range(MOOD_MAX):
                circle = QRect(left + i * (dot + gap), top, dot, dot)
                painter.setPen(accent)
                painter.setBrush(accent if i < summary.mood else Qt.BrushStyle.NoBrush)
                painter.drawEllipse(circle)
            right = left - 8
        painter.setPen(muted)
        date_rect = QRect(rect.left(), rect.top(), max(right - rect.left(), 0), fm.height())
        painter.drawText(date_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(index.data(DateTextRole) or "",
                                       Qt.TextElideMode.ElideRight, date_rect.width()))
        # Line 2: the title (or the start of the text).
        bold = QFont(opt.font)
        bold.setBold(bool(summary.title))
        bfm = QFontMetrics(bold)
        painter.setFont(bold)
        painter.setPen(text_color)
        title_rect = QRect(rect.left(), rect.top() + line, rect.width(), fm.height())
        heading = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         bfm.elidedText(heading, Qt.TextElideMode.ElideRight,
                                        title_rect.width()))
        # Line 3: tags, then the preview (when there is a title); the "shared" mark right.
        painter.setFont(opt.font)
        third = QRect(rect.left(), rect.top() + 2 * line, rect.width(), fm.height())
        end = third.right()
        if summary.share_with_therapist:
            badge_font = QFont(opt.font)
            badge_font.setPointSizeF(max(opt.font.pointSizeF() * 0.85, 6))
            bfm = QFontMetrics(badge_font)
            badge_w = bfm.horizontalAdvance(self._shared_text) + 12
            badge = QRect(end - badge_w, third.top() + 1, badge_w, fm.height() - 2)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(accent)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
            painter.setFont(badge_font)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self._shared_text)
            painter.setFont(opt.font)
            end = badge.left() - 8
        x = third.left()
        if summary.tags and end > x:
            tag_text = "  ".join(f"#{t}" for t in summary.tags)
            tag_text = fm.elidedText(tag_text, Qt.TextElideMode.ElideRight,
                                     (end - x) * 2 // 3)
            painter.setPen(accent)
            painter.drawText(QRect(x, third.top(), end - x, third.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             tag_text)
            x += fm.horizontalAdvance(tag_text) + fm.horizontalAdvance("   ")
        if summary.title and summary.preview and x < end:
            painter.setPen(muted)
            rest = QRect(x, third.top(), end - x, third.height())
            painter.drawText(rest, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             fm.elidedText(summary.preview, Qt.TextElideMode.ElideRight,
                                           rest.width()))
        # A quiet line between entries.
        painter.setPen(opt.palette.color(group, QPalette.ColorRole.Midlight))
        painter.drawLine(opt.rect.left() + self.PADDING * 2, opt.rect.bottom(),
                         opt.rect.right() - self.PADDING * 2, opt.rect.bottom())
