"""The mouse wheel scrolls the page; it never changes a value she did not pick.

Over a spin box, date field, slider or combo box that does not have the keyboard focus,
Qt would change the value and the form would autosave it (sleep 7.0 h became 8.5 h while
she scrolled the check-in page). One guard, installed once for the whole app (on the
privacy watchers' filter on every window), sends such a wheel to the scrolling page
around the field instead. A field she clicked into (it has the focus) still takes the
wheel.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWheelEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

from ui.privacy import input_filter


def _guarded(widget: QWidget | None) -> QWidget | None:
    """The value field that `widget` is (or is part of, like a spin box's line edit)."""
    while widget is not None and not widget.isWindow():
        if isinstance(widget, (QAbstractSpinBox, QComboBox)) or (
                isinstance(widget, QAbstractSlider) and not isinstance(widget, QScrollBar)):
            return widget
        if isinstance(widget, QAbstractScrollArea):
            return None  # a list or text box scrolls itself
        widget = widget.parentWidget()
    return None


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Sends a wheel over an unfocused value field to the page that scrolls around it.

    It looks at the wheel where it arrives from the window system (the window), before
    Qt gives a field the focus for a wheel or hands the wheel to the widget under the
    pointer (a wheel the guard takes never reaches the field, or its inner line edit
    that would pass it up to the field)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWindow):
            return False
        assert isinstance(event, QWheelEvent)
        window = next((w for w in QApplication.topLevelWidgets()
                       if w.windowHandle() is watched), None)
        if window is None:
            return False
        field = _guarded(window.childAt(event.position().toPoint()))
        if field is None or field.hasFocus() or not field.isEnabled():
            return False
        area = _scroll_area(field)
        if area is not None:
            viewport = area.viewport()
            position = viewport.mapFromGlobal(event.globalPosition().toPoint())
            QApplication.sendEvent(viewport, QWheelEvent(
                position.toPointF(), event.globalPosition(), event.pixelDelta(),
                event.angleDelta(), event.buttons(), event.modifiers(), event.phase(),
                event.inverted()))
        return True  # not for the field


_guard: WheelGuard | None = None


def install() -> WheelGuard | None:
    """Guard every window of the running app (once; later calls change nothing)."""
    global _guard
    shared = input_filter()
    if shared is None:
        return None
    if _guard is None or not shiboken6.isValid(_guard):
        _guard = WheelGuard(QApplication.instance())
    # Asked last: the idle watcher must still see the wheel as her being there.
    shared.add(_guard, last=True)
    return _guard

