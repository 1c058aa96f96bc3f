"""The sidebar at the default window size: every link, Settings and the buttons below
them whole in view, without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget


def in_sidebar(sidebar: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(sidebar, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("size", [QSize(1100, 720), QSize(1366, 800)])
def test_every_sidebar_item_is_whole_in_view_at_the_default_size(make_app, qtbot, lang,
                                                                 size):
    app = make_app("--demo", "--lang", lang)
    window = app.window
    window.resize(size)
    qtbot.waitUntil(lambda: window.size() == size)
    QApplication.processEvents()
    sidebar = window.workspace.sidebar
    viewport = sidebar.nav_scroll.viewport()
    shown = QRect(viewport.mapTo(sidebar, QPoint(0, 0)), viewport.size())
    assert sidebar.nav_scroll.verticalScrollBar().value() == 0
    items = [*sidebar.nav_buttons, sidebar.settings_button, sidebar.help_now_button,
             sidebar.lock_button, sidebar.quick_exit_button, sidebar.quick_exit_keys_label]
    for item in items:
        rect = in_sidebar(sidebar, item)
        assert item.isVisible() and sidebar.rect().contains(rect), item.text()
        if sidebar.nav_scroll.isAncestorOf(item):  # a link: in the part that shows
            assert shown.contains(rect), (item.text(), rect, shown)
