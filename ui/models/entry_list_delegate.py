"""Draws the journal list's rows (ui/models/entry_list_model.py): a month heading, or
an entry as date, heading, preview, mood dots, tags and the "shared" mark."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from journal.models import MOOD_MAX, EntrySummary
from ui.models.entry_list_model import DateTextRole, IsHeaderRole, SummaryRole

Index = QModelIndex | QPersistentModelIndex


class EntryListDelegate(QStyledItemDelegate):
    """Draws a month heading, or an entry as date, heading, preview, mood, tags, shared."""

    PADDING = 8

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shared_text = self.tr("Shared")

    @classmethod
    def row_height(cls, fm: QFontMetrics) -> int:
        """The height of an entry's row: the view places any of 100,000 rows by
        arithmetic from it (only the few month headings differ, `heading_height`)."""
        return fm.height() * 3 + fm.leading() * 2 + 2 * cls.PADDING + 4

    @classmethod
    def width_for(cls, fm: QFontMetrics, date_text: str, *, mood: bool = True) -> int:
        """The row width that shows `date_text` whole (beside the mood dots)."""
        dot = max(fm.height() // 3, 5)
        dots = MOOD_MAX * dot + (MOOD_MAX - 1) * (dot // 2 + 1) + 8
        return 4 * cls.PADDING + fm.horizontalAdvance(date_text) + (dots if mood else 0)

    @staticmethod
    def heading_font(font: QFont) -> QFont:
        heading = QFont(font)
        heading.setBold(True)
        heading.setPointSizeF(font.pointSizeF() * 1.25 if font.pointSizeF() > 0 else 12)
        return heading

    @classmethod
    def heading_height(cls, font: QFont) -> int:
        """The height of a month heading's row (its name at the bottom, room above)."""
        return QFontMetrics(cls.heading_font(font)).height() + 2 * cls.PADDING + 6

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = (self.heading_height(option.font) if index.data(IsHeaderRole)
                  else self.row_height(option.fontMetrics))
        return QSize(max(option.rect.width(), 200), height)

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
        painter.setFont(self.heading_font(opt.font))
        painter.setPen(opt.palette.color(QPalette.ColorGroup.Active,
                                         QPalette.ColorRole.PlaceholderText))
        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -2)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         index.data(Qt.ItemDataRole.DisplayRole) or "")

    def _paint_placeholder(self, painter: QPainter, opt: QStyleOptionViewItem,
                           index: Index) -> None:
        fm = QFontMetrics(opt.font)
        rect = opt.rect.adjusted(self.PADDING * 2, self.PADDING, -self.PADDING * 2,
                                 -self.PADDING)
        line = QRect(rect.left(), rect.top() + fm.height() + fm.leading(), rect.width(),
                     fm.height())
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorGroup.Active,
                                         QPalette.ColorRole.PlaceholderText))
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         index.data(Qt.ItemDataRole.DisplayRole) or "")

    def _paint_entry(self, painter: QPainter, opt: QStyleOptionViewItem, index: Index) -> None:
        summary: EntrySummary | None = index.data(SummaryRole)
        if summary is None:  # its page is being read: a quiet placeholder in its place
            self._paint_placeholder(painter, opt, index)
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
        date_text = index.data(DateTextRole) or ""
        # In the narrowest window the date is worth more than the dots
        if summary.mood is not None and opt.rect.width() >= self.width_for(fm, date_text):
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
