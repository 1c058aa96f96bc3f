"""Search and filters of the journal page: results as she types, with highlighted snippets.

Snippets come from FTS5 with the matched words between control characters
(journal.search); they are split with `snippet_parts` and every piece of text is
HTML-escaped before it is marked up, so nothing she wrote is ever read as markup.
"""

from __future__ import annotations

import html
import re
import threading
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from journal.models import MOOD_MAX, MOOD_MIN, EntryFilter, SearchHit
from journal.search import SearchOrder, WorksheetHit, search, search_worksheet, snippet_parts
from journal.vault import Snapshot, Vault
from ui import dates
from ui.pages.entry_form import mood_word
from ui.theme import mark_colors_for
from ui.widgets.list_items import draw_quiet_focus
from ui.workers import NewestWins

Index = QModelIndex | QPersistentModelIndex

HitRole = Qt.ItemDataRole.UserRole + 1
EntryIdRole = Qt.ItemDataRole.UserRole + 2
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 3
DateTextRole = Qt.ItemDataRole.UserRole + 4


_LINE_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s?)")
_INLINE_MARKS = re.compile(r"\*+|`+|~~|(?<!\w)_+|_+(?!\w)")


def strip_markdown(text: str, *, at_line_start: bool) -> str:
    """Text from a Markdown body without its marks (**, ##, "- "), on one line, for
    showing in a list. `at_line_start`: whether `text` begins a line of the body."""
    lines = text.split("\n")
    plain = []
    for number, line in enumerate(lines):
        if number > 0 or at_line_start:
            line = _LINE_MARKS.sub("", line)
        plain.append(_INLINE_MARKS.sub("", line))
    return " ".join(plain)


def plain_snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """snippet_parts() with the Markdown marks taken out of every part."""
    parts: list[tuple[str, bool, bool]] = []
    for index, (text, highlighted) in enumerate(snippet_parts(snippet)):
        starts_line = index == 0 or bool(parts and parts[-1][0].endswith("\n"))
        parts.append((text, highlighted, starts_line))
    return [(strip_markdown(text, at_line_start=start), marked)
            for text, marked, start in parts]


def snippet_html(snippet: str, mark_color: str = "#F2D7A6", mark_text: str = "#3B332E",
                 *, max_lead: int | None = None) -> str:
    """A snippet as HTML: matched words marked, all text escaped, on one line.

    With `max_lead`, text before the first match is shortened to about that many
    characters, so the match shows even in a narrow list."""
    pieces = []
    parts = plain_snippet_parts(snippet)
    if max_lead is not None and len(parts) > 1 and not parts[0][1] \
            and len(parts[0][0]) > max_lead:
        lead = parts[0][0][-max_lead:]
        lead = lead.split(" ", 1)[1] if " " in lead else lead
        parts[0] = ("…" + lead, False)
    for text, highlighted in parts:
        escaped = html.escape(text, quote=True)
        if highlighted:
            pieces.append(f'<span style="background-color:{mark_color}; color:{mark_text};'
                          f' font-weight:600">{escaped}</span>')
        else:
            pieces.append(escaped)
    return "".join(pieces)


class SearchResultModel(QAbstractListModel):
    """The hits for one query and filter, in the order she chose (best matches first,
    or newest first), fetched 50 at a time."""

    PAGE_SIZE = 50

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._text = ""
        self._filter = EntryFilter()
        self._order = SearchOrder.BEST
        self._hits: list[SearchHit] = []
        self._more = False
        self._fetching = False  # the next page is being read in the background
        self._pages = NewestWins(self)  # a page read for results since replaced is dropped
        self.mark_colors = ("#F2D7A6", "#3B332E")
        # With `locked` (set when the vault locks) the next page is read on a worker
        # thread, never once it is set; without it, here.
        self.locked: threading.Event | None = None

    @property
    def query(self) -> str:
        return self._text

    def set_query(self, text: str, flt: EntryFilter) -> None:
        """Run a search; an empty query clears the results."""
        self.beginResetModel()
        self._text = text
        self._filter = flt
        self._hits = []
        self._more = False
        self._pages.cancel()
        self._fetching = False
        self.endResetModel()
        if text.strip():
            self._fetch()

    def show_results(self, text: str, flt: EntryFilter, hits: list[SearchHit],
                     order: SearchOrder = SearchOrder.BEST) -> None:
        """Show the first page of hits of a search run elsewhere (on a worker thread,
        `first_page`); more are fetched as the view scrolls, in the same order."""
        self.beginResetModel()
        self._text = text
        self._filter = flt
        self._order = order
        self._hits = list(hits)
        self._more = bool(text.strip()) and len(hits) == self.PAGE_SIZE
        self._pages.cancel()
        self._fetching = False
        self.endResetModel()

    @classmethod
    def first_page(cls, vault: Vault | Snapshot, text: str, flt: EntryFilter,
                   order: SearchOrder = SearchOrder.BEST) -> list[SearchHit]:
        """The query behind `show_results`; safe on a worker thread (no Qt)."""
        return (search(vault, text, flt=flt, limit=cls.PAGE_SIZE, order=order)
                if text.strip() else [])

    def clear(self) -> None:
        self.set_query("", self._filter)

    def hit_at(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def remove_entry(self, entry_id: int) -> None:
        for row, hit in enumerate(self._hits):
            if hit.id == entry_id:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._hits[row]
                self.endRemoveRows()
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    @property
    def has_more(self) -> bool:
        """Whether there are more hits than shown (being read or not)."""
        return self._more

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more or self._fetching:
            return
        locked = self.locked
        if locked is None:
            self._fetch()
            return
        vault, text, flt, order = self._vault, self._text, self._filter, self._order
        offset = len(self._hits)
        self._fetching = True

        def work() -> list[SearchHit] | None:
            if locked.is_set():
                return None
            with vault.reading() as snapshot:  # not waiting for, nor holding up, the GUI
                return search(snapshot, text, flt=flt, limit=self.PAGE_SIZE, offset=offset,
                              order=order)

        self._pages.submit(
            work, lambda hits: self._more_arrived(offset, None if locked.is_set() else hits),
            lambda _exc: self._more_arrived(offset, None),
            on_bug=lambda: self._more_arrived(offset, None))

    def _more_arrived(self, offset: int, hits: list[SearchHit] | None) -> None:
        self._fetching = False
        if hits is None or offset != len(self._hits):
            return  # not read (locked), or a hit was removed meanwhile: asked again
        self._append(hits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title or "".join(text for text, _ in snippet_parts(hit.snippet))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = "".join(text for text, _ in snippet_parts(hit.snippet))
            return f"{self.date_text(hit.entry_date)}; {hit.title}; {text}"
        if role == HitRole:
            return hit
        if role == EntryIdRole:
            return hit.id
        if role == SnippetHtmlRole:
            return snippet_html(hit.snippet, *self.mark_colors)
        if role == DateTextRole:
            return self.date_text(hit.entry_date)
        return None

    def date_text(self, day: date) -> str:
        return dates.short_date(day)  # leaves the title more of the line

    def _fetch(self) -> None:
        if not self._vault.is_open:
            return
        self._append(search(self._vault, self._text, flt=self._filter, limit=self.PAGE_SIZE,
                            offset=len(self._hits), order=self._order))

    def _append(self, hits: list[SearchHit]) -> None:
        self._more = len(hits) == self.PAGE_SIZE
        if hits:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(hits) - 1)
            self._hits.extend(hits)
            self.endInsertRows()


class WorksheetHitModel(QAbstractListModel):
    """Boundaries, needs and timeline events that match the search, shown under the
    entry results.

    Gives the same roles as SearchResultModel, so SearchResultDelegate draws them: the
    kind ("Boundary", "Need") where an entry shows its date."""

    LIMIT = 20

    def __init__(self, vault: Vault, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._text = ""
        self._hits: list[WorksheetHit] = []
        self.mark_colors = ("#F2D7A6", "#3B332E")

    def set_query(self, text: str) -> None:
        self.show_hits(text, self.find(self._vault, text) if self._vault.is_open else [])

    def show_hits(self, text: str, hits: list[WorksheetHit]) -> None:
        """Show the hits of a search run elsewhere (`find`, on a worker thread)."""
        self.beginResetModel()
        self._text = text
        self._hits = list(hits)
        self.endResetModel()

    @classmethod
    def find(cls, vault: Vault | Snapshot, text: str) -> list[WorksheetHit]:
        """The query behind `show_hits`; safe on a worker thread (no Qt)."""
        return search_worksheet(vault, text, limit=cls.LIMIT) if text.strip() else []

    def refresh(self) -> None:
        """Search again (a boundary or need may have changed meanwhile)."""
        self.set_query(self._text)

    def clear(self) -> None:
        self.show_hits("", [])

    def hit_at(self, row: int) -> WorksheetHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def kind_text(self, kind: str) -> str:
        if kind == "event":
            return self.tr("What happened")
        return self.tr("Boundary") if kind == "boundary" else self.tr("Need")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = "".join(text for text, _ in snippet_parts(hit.snippet))
            return f"{self.kind_text(hit.kind)}; {hit.title}; {text}"
        if role == HitRole:
            return hit
        if role == SnippetHtmlRole:
            return snippet_html(hit.snippet, *self.mark_colors)
        if role == DateTextRole:
            return self.kind_text(hit.kind)
        return None


class SearchResultDelegate(QStyledItemDelegate):
    """Date and title on the first line, the snippet with marked words below."""

    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        fm = option.fontMetrics
        return QSize(max(option.rect.width(), 200),
                     int(fm.lineSpacing() * 3.3) + 2 * self.PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        hit: SearchHit | WorksheetHit | None = index.data(HitRole)
        if hit is None:
            return
        painter.save()
        try:
            style = opt.widget.style() if opt.widget else None
            opt.text = ""
            # In dark, the style's focus box looked like a chosen result: a thin frame.
            opt.state &= ~QStyle.StateFlag.State_HasFocus
            if style is not None:
                style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter,
                                  opt.widget)
            draw_quiet_focus(painter, option)
            selected = bool(opt.state & QStyle.StateFlag.State_Selected)
            group = QPalette.ColorGroup.Active
            text_color = opt.palette.color(group, QPalette.ColorRole.HighlightedText
                                           if selected else QPalette.ColorRole.Text)
            muted = text_color if selected else opt.palette.color(
                group, QPalette.ColorRole.PlaceholderText)
            # Built here, from the palette of the moment, so a change of look shows at once.
            rect = opt.rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2,
                                     -self.PADDING)
            snippet = snippet_html(hit.snippet, *mark_colors_for(opt.palette), max_lead=40)
            date_plain = index.data(DateTextRole) or ""
            bold = QFont(opt.font)
            bold.setBold(True)
            room = rect.width() - QFontMetrics(opt.font).horizontalAdvance(date_plain + "    ")
            fits = QFontMetrics(bold).horizontalAdvance(hit.title) <= room
            head_lines = 1
            if not fits and isinstance(hit, WorksheetHit):
                # Her boundary or need is what the row is about: it wraps onto a second
                # line (less a word's room lost to wrapping), the snippet keeps one.
                head_lines = 2
                room += rect.width() - QFontMetrics(bold).averageCharWidth() * 8
                fits = QFontMetrics(bold).horizontalAdvance(hit.title) <= room
            # A title too long for the line ends in "…" (without the marks, then).
            title = html.escape(QFontMetrics(bold).elidedText(
                hit.title, Qt.TextElideMode.ElideRight, max(room, 0))) if hit.title else ""
            if hit.title and "".join(t for t, _ in snippet_parts(hit.snippet)) == hit.title:
                snippet = ""  # the match is in the title: mark it there if it fits
                if fits:
                    title = snippet_html(hit.snippet, *mark_colors_for(opt.palette))
            date_text = html.escape(date_plain)
            head = f'<span style="color:{muted.name()}">{date_text}</span>'
            if title:
                head += f"&nbsp;&nbsp;<b>{title}</b>"
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette.setColor(QPalette.ColorRole.Text, text_color)
            # The heading, then the snippet, each on at most its lines: whole lines only.
            top = rect.top()
            for text, lines in ((head, head_lines), (snippet, 3 - head_lines)):
                if not text:
                    continue
                doc = QTextDocument()
                doc.setDefaultFont(opt.font)
                doc.setDocumentMargin(0)
                doc.setHtml(text)
                doc.setTextWidth(rect.width())
                size = doc.size()  # lays the text out
                layout = doc.firstBlock().layout()
                line_height = layout.lineAt(0).height() if layout.lineCount() else 0
                height = min(size.height(), line_height * lines,
                             rect.bottom() - top + 1)
                painter.save()
                painter.translate(rect.left(), top)
                painter.setClipRect(QRectF(0, 0, rect.width(), height))
                doc.documentLayout().draw(painter, context)
                painter.restore()
                top += int(line_height * lines if lines == 1 else height)
        finally:
            painter.restore()
        painter.save()
        painter.setPen(opt.palette.color(QPalette.ColorGroup.Active,
                                         QPalette.ColorRole.Midlight))
        painter.drawLine(opt.rect.left() + self.PADDING * 2, opt.rect.bottom(),
                         opt.rect.right() - self.PADDING * 2, opt.rect.bottom())
        painter.restore()


class FilterBar(QWidget):
    """Narrow the list and the search: tag, date range, mood, shared or not."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self._updating = False
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(6)

        self.tag_combo = QComboBox(self)
        self.tag_combo.setAccessibleName(self.tr("Filter by tag"))
        self.tag_combo.addItem(self.tr("Any tag"), None)
        self.mood_combo = QComboBox(self)
        self.mood_combo.setAccessibleName(self.tr("Filter by mood"))
        self.mood_combo.addItem(self.tr("Any mood"), None)
        for mood in range(MOOD_MIN, MOOD_MAX + 1):
            self.mood_combo.addItem(f"{mood} – {mood_word(mood)}", mood)
        self.shared_combo = QComboBox(self)
        self.shared_combo.setAccessibleName(self.tr("Filter by sharing"))
        self.shared_combo.addItem(self.tr("Shared or not"), None)
        self.shared_combo.addItem(self.tr("Shared with my therapist"), True)
        self.shared_combo.addItem(self.tr("Not shared"), False)
        # One choice per row: each has the whole width, so no text is cut off.
        grid.addWidget(self.tag_combo, 0, 0, 1, 2)
        grid.addWidget(self.mood_combo, 1, 0, 1, 2)
        grid.addWidget(self.shared_combo, 2, 0, 1, 2)

        today = QDate.currentDate()
        self.from_check = QCheckBox(self.tr("From"), self)
        self.from_check.setAccessibleName(self.tr("Only entries from a date on"))
        self.from_date = QDateEdit(today.addMonths(-1), self)
        self.to_check = QCheckBox(self.tr("To"), self)
        self.to_check.setAccessibleName(self.tr("Only entries up to a date"))
        self.to_date = QDateEdit(today, self)
        for edit, name in ((self.from_date, self.tr("First date")),
                           (self.to_date, self.tr("Last date"))):
            edit.setCalendarPopup(True)
            dates.set_date_format(edit)
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        grid.addWidget(self.from_check, 3, 0)
        grid.addWidget(self.from_date, 3, 1)
        grid.addWidget(self.to_check, 4, 0)
        grid.addWidget(self.to_date, 4, 1)

        row = QHBoxLayout()
        row.addStretch(1)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setObjectName("linkButton")
        self.clear_button.setAccessibleName(self.tr("Clear all filters"))
        row.addWidget(self.clear_button)
        grid.addLayout(row, 5, 0, 1, 2)
        grid.setColumnStretch(1, 1)

        for combo in (self.tag_combo, self.mood_combo, self.shared_combo):
            combo.currentIndexChanged.connect(self._on_changed)
        for check, edit in ((self.from_check, self.from_date), (self.to_check, self.to_date)):
            check.toggled.connect(edit.setEnabled)
            check.toggled.connect(self._on_changed)
            edit.dateChanged.connect(self._on_changed)
        self.clear_button.clicked.connect(self.clear)

    def entry_filter(self) -> EntryFilter:
        def day(edit: QDateEdit) -> date:
            return dates.pydate(edit.date())

        return EntryFilter(
            tag=self.tag_combo.currentData(),
            date_from=day(self.from_date) if self.from_check.isChecked() else None,
            date_to=day(self.to_date) if self.to_check.isChecked() else None,
            mood=self.mood_combo.currentData(),
            shared=self.shared_combo.currentData(),
        )

    def is_active(self) -> bool:
        return self.entry_filter() != EntryFilter()

    def set_tags(self, names: list[str]) -> None:
        """The tags to choose from; keeps the chosen one if it still exists."""
        current = self.tag_combo.currentData()
        self._updating = True
        try:
            self.tag_combo.clear()
            self.tag_combo.addItem(self.tr("Any tag"), None)
            for name in names:
                self.tag_combo.addItem(f"#{name}", name)
            position = self.tag_combo.findData(current) if current is not None else 0
            self.tag_combo.setCurrentIndex(max(position, 0))
        finally:
            self._updating = False
        if current is not None and self.tag_combo.currentData() != current:
            self.changed.emit()

    def set_filter(self, flt: EntryFilter) -> None:
        """Show `flt` in the controls (tags must have been set first)."""
        self._updating = True
        try:
            position = self.tag_combo.findData(flt.tag) if flt.tag is not None else 0
            self.tag_combo.setCurrentIndex(max(position, 0))
            self.mood_combo.setCurrentIndex(max(self.mood_combo.findData(flt.mood), 0)
                                            if flt.mood is not None else 0)
            self.shared_combo.setCurrentIndex(max(self.shared_combo.findData(flt.shared), 0)
                                              if flt.shared is not None else 0)
            for check, edit, value in ((self.from_check, self.from_date, flt.date_from),
                                       (self.to_check, self.to_date, flt.date_to)):
                check.setChecked(value is not None)
                if value is not None:
                    edit.setDate(dates.qdate(value))
        finally:
            self._updating = False
        self.changed.emit()

    @Slot()
    def clear(self) -> None:
        self.set_filter(EntryFilter())

    @Slot()
    def _on_changed(self) -> None:
        if not self._updating:
            self.changed.emit()
