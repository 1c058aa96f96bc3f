"""Small shared pieces for the plain lists of the support, agenda, needs and guidance pages.

`TwoLineDelegate` draws an item's first line (a name, a topic) bold and the lines below it
(the kind, the source, a date) muted, with room and a quiet line between items, so two
items never read as four. A check box sits beside the first line, not halfway down a long
item. An item can be indented under a heading with `IndentRole` (pixels), so a wrapped
title keeps its indent. The items keep their plain text ("first\\nrest") for tests and
screen readers.

`QuietFocusDelegate` marks the item with only the keyboard focus by a thin frame.

`EmptyHint` shows a warm line inside a list while it is empty, at the top of its frame.

`FullHeightList` is a list as tall as all its items, for a page that scrolls as a whole.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

IndentRole = Qt.ItemDataRole.UserRole + 40  # pixels to indent an item under a heading
_Index = QModelIndex | QPersistentModelIndex
_WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(
    Qt.AlignmentFlag.AlignTop)


def is_checked(index: _Index) -> bool:
    value = index.data(Qt.ItemDataRole.CheckStateRole)
    if value is None:
        return False
    return getattr(value, "value", value) == Qt.CheckState.Checked.value


class QuietFocusDelegate(QStyledItemDelegate):
    """Items as Qt draws them, but the item with only the keyboard focus gets a thin
    frame, not the style's filled focus box: in dark that box looked like a chosen item
    while nothing was chosen."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        super().paint(painter, opt, index)
        draw_quiet_focus(painter, option)


def draw_quiet_focus(painter: QPainter, option: QStyleOptionViewItem) -> None:
    """The thin frame of an item with only the keyboard focus (drawn after the item,
    which was drawn without State_HasFocus: see QuietFocusDelegate)."""
    if option.state & QStyle.StateFlag.State_HasFocus and \
            not option.state & QStyle.StateFlag.State_Selected:
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Dark))  # the focus colour
        painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
        painter.restore()


class TwoLineDelegate(QStyledItemDelegate):
    """A bold first line, muted lines below, a divider between items (see the module)."""

    PADDING = 8
    GAP = 2  # between the first line and the rest

    def __init__(self, parent: QObject | None = None, *, headline: bool = True,
                 divider: bool = True, padding: int = PADDING) -> None:
        super().__init__(parent)
        self._headline = headline
        self._divider = divider
        self._padding = padding

    # -- measuring -------------------------------------------------------------------

    def _check_size(self, opt: QStyleOptionViewItem) -> QSize:
        if not opt.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
            return QSize(0, 0)
        style = opt.widget.style() if opt.widget else None
        if style is None:
            return QSize(16, 16)
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt,
                                    opt.widget).size()

    def _parts(self, opt: QStyleOptionViewItem) -> list[tuple[QFont, str, bool]]:
        """(font, text, muted) for each block of the item's text."""
        text = (opt.text or "").replace("\u2028", "\n")  # displayText's line separators
        if not self._headline:
            return [(QFont(opt.font), text, False)]
        first, _sep, rest = text.partition("\n")
        bold = QFont(opt.font)
        bold.setBold(True)
        parts = [(bold, first, False)]
        if rest:
            parts.append((QFont(opt.font), rest, True))
        return parts

    def _text_left(self, opt: QStyleOptionViewItem, index: _Index) -> int:
        """Where the text starts, measured from the item's left edge."""
        left = self._padding + int(index.data(IndentRole) or 0)
        check = self._check_size(opt)
        if check.width():
            left += check.width() + self._padding
        return left

    def _row_width(self, opt: QStyleOptionViewItem) -> int:
        view = opt.widget
        if isinstance(view, QAbstractItemView):
            spacing = view.spacing() if hasattr(view, "spacing") else 0
            return max(view.viewport().width() - 2 * spacing, 120)
        return max(opt.rect.width(), 120)

    @staticmethod
    def _height(font: QFont, text: str, width: int) -> int:
        fm = QFontMetrics(font)
        if not text:
            return fm.height()
        return fm.boundingRect(QRect(0, 0, max(width, 20), 100_000), _WRAP, text).height()

    def height_for(self, option: QStyleOptionViewItem, index: _Index, width: int) -> int:
        """The height the item needs when drawn `width` pixels wide."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text_width = width - self._text_left(opt, index) - self._padding
        parts = self._parts(opt)
        height = sum(self._height(font, text, text_width) for font, text, _m in parts)
        if len(parts) > 1:
            height += self.GAP
        height = max(height, self._check_size(opt).height())
        return height + 2 * self._padding

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._row_width(option)
        return QSize(width, self.height_for(option, index, width))

    # -- drawing ---------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        painter.save()
        try:
            self._paint(painter, opt, index)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, opt: QStyleOptionViewItem, index: _Index) -> None:
        widget = opt.widget
        style = widget.style() if widget else None
        parts = self._parts(opt)
        background = QStyleOptionViewItem(opt)
        background.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, background,
                                painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        enabled = bool(opt.state & QStyle.StateFlag.State_Enabled)
        group = QPalette.ColorGroup.Active
        text_color = opt.palette.color(group, QPalette.ColorRole.HighlightedText if selected
                                       else QPalette.ColorRole.Text)
        muted = QColor(text_color) if selected else opt.palette.color(
            group, QPalette.ColorRole.PlaceholderText)
        if not enabled:
            text_color = muted
        rect = opt.rect.adjusted(self._padding, self._padding, -self._padding,
                                 -self._padding)
        first_line = QFontMetrics(parts[0][0]).height()
        check = self._check_size(opt)
        if check.width() and style is not None:
            box = QStyleOptionViewItem(opt)
            box.rect = QRect(rect.left() + int(index.data(IndentRole) or 0),
                             rect.top() + (first_line - check.height()) // 2,
                             check.width(), check.height())
            box.state = box.state & ~QStyle.StateFlag.State_HasFocus
            box.state |= (QStyle.StateFlag.State_On if is_checked(index)
                          else QStyle.StateFlag.State_Off)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck, box,
                                painter, widget)
        left = opt.rect.left() + self._text_left(opt, index)
        # The same width as sizeHint measured with (rect.right() is one pixel short).
        width = max(opt.rect.left() + opt.rect.width() - self._padding - left, 20)
        top = rect.top()
        for font, text, is_muted in parts:
            height = self._height(font, text, width)
            painter.setFont(font)
            painter.setPen(muted if is_muted else text_color)
            painter.drawText(QRect(left, top, width, height), _WRAP, text)
            top += height + self.GAP
        model = index.model()
        if self._divider and model is not None and index.row() < model.rowCount(
                index.parent()) - 1:
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.Midlight))
            painter.drawLine(opt.rect.left() + self._padding, opt.rect.bottom(),
                             opt.rect.right() - self._padding, opt.rect.bottom())

    # -- the check box ---------------------------------------------------------------

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: _Index) -> bool:
        flags = index.flags()
        if (not flags & Qt.ItemFlag.ItemIsUserCheckable
                or not flags & Qt.ItemFlag.ItemIsEnabled
                or index.data(Qt.ItemDataRole.CheckStateRole) is None):
            return False
        kind = event.type()
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick):
            assert isinstance(event, QMouseEvent)
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            check = self._check_size(opt)
            # The whole strip beside the first line counts, not only the small box.
            strip = QRect(opt.rect.left(), opt.rect.top(),
                          self._text_left(opt, index), check.height() + 2 * self._padding)
            if (event.button() != Qt.MouseButton.LeftButton
                    or not strip.contains(event.position().toPoint())):
                return False
            if kind != QEvent.Type.MouseButtonRelease:
                return True  # the press and a double click on the box only tick it once
        elif kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() not in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return False
        else:
            return False
        new = Qt.CheckState.Unchecked if is_checked(index) else Qt.CheckState.Checked
        return bool(model.setData(index, new, Qt.ItemDataRole.CheckStateRole))


class EmptyHint(QObject):
    """A hint line at the top of `view`, inside its frame, while the list is empty."""

    MARGIN = 12

    def __init__(self, view: QAbstractItemView, text: str) -> None:
        super().__init__(view)
        self._view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("hint")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.layoutChanged):
            signal.connect(self.update)
        self.update()

    def setText(self, text: str) -> None:
        self.label.setText(text)
        self._place()

    def isVisibleTo(self, widget: Any) -> bool:
        return self.label.isVisibleTo(widget)

    def update(self, *_args: object) -> None:
        if not (shiboken6.isValid(self._view) and shiboken6.isValid(self.label)):
            return  # the list is being taken down (its model is cleared on the way)
        self.label.setVisible(self._view.model().rowCount() == 0)
        self._place()

    def _place(self) -> None:
        width = max(self._view.viewport().width() - 2 * self.MARGIN, 40)
        self.label.setGeometry(self.MARGIN, self.MARGIN - 2, width,
                               self.label.heightForWidth(width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


class FullHeightList(QListWidget):
    """A list with no scroll bar of its own, as tall as all its items at its width: a
    long list in a small box of its own (twenty helplines in room for three) had her
    scroll inside the page. It grows with every item and follows its width, since
    wrapped items get taller as it narrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit_pending = False
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset,
                       model.dataChanged, model.layoutChanged):
            signal.connect(self._fit_later)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_later()

    def _fit_later(self, *_args: object) -> None:
        # Once, after the change: filling the list adds its items one by one.
        if not self._fit_pending:
            self._fit_pending = True
            QTimer.singleShot(0, self, self._fit)

    def _fit(self) -> None:
        self._fit_pending = False
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        self.setFixedHeight(max(rows, self.fontMetrics().height()) + 2 * self.frameWidth())
