"""The privacy watchers (idle lock, Escape twice, the quick-exit shortcut) and the wheel
guard see input on each window, where the window system delivers it, not through an
application filter that Python is asked about for every event of every object."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton, QVBoxLayout, QWidget

from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from tests.ui.conftest import FilterCalls, key_click, run_queued, show_active, xvfb_display
from ui import messages
from ui.pages.trends_page import TrendsPage
from ui.privacy import DoubleEscape, IdleWatcher
from ui.widgets import wheel_guard

REAL_INFO = messages.info  # the real message box (the autouse fixture answers it otherwise)


@pytest.fixture
def idle(qtbot):
    """An idle watcher watching (as after an unlock), with a minute to wait."""
    wheel_guard.install()  # as create_app does: the wheel guard shares the filter
    watcher = IdleWatcher()
    watcher.start()
    watcher.set_interval_ms(60_000)
    yield watcher
    watcher.stop()


def let_time_pass(qtbot, watcher: IdleWatcher) -> int:
    qtbot.wait(150)
    left = watcher.timer.remainingTime()
    assert left <= 59_900
    return left


def test_making_and_painting_a_page_calls_no_python_filter_for_each_event(
        qtbot, page_env, idle):
    """The trends page with its charts is thousands of events (paints, layouts, timers);
    with the watchers' filter on the application, Python was asked about each one."""
    store = CheckinStore(page_env.vault)
    today = date(2026, 12, 1)
    for offset in range(60):
        store.create(CheckinDraft(today - timedelta(days=offset), mood=offset % 11,
                                  anxiety=3, safety=6, sleep_hours=7.0))
    host = show_active(qtbot, QWidget(), 900, 700)
    layout = QVBoxLayout(host)
    with FilterCalls() as counted:
        page = TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                          today=lambda: today)
        layout.addWidget(page)
        page.show_period(90)
        qtbot.waitUntil(lambda: not page.filling, timeout=10_000)
        host.repaint()
        run_queued(qtbot)
    assert counted.total() < 100, counted.calls  # 2,678 with the filter on the application
    before = let_time_pass(qtbot, idle)
    key_click(qtbot, page, Qt.Key.Key_A)
    assert idle.timer.remainingTime() > before  # input there is still seen


def test_input_in_a_message_box_restarts_the_idle_wait(qtbot, idle):
    """A message box is a window of its own, made after the watchers: a key or the mouse
    there is her being there."""
    window = show_active(qtbot, QWidget(), 400, 300)
    seen: dict[str, int] = {}

    def in_box() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle())
        before = let_time_pass(qtbot, idle)
        key_click(qtbot, box, Qt.Key.Key_A)
        seen["key"] = idle.timer.remainingTime() - before
        before = let_time_pass(qtbot, idle)
        QTest.mouseMove(box.windowHandle(), QPoint(20, 20))
        QTest.mouseMove(box.windowHandle(), QPoint(30, 25))
        seen["mouse"] = idle.timer.remainingTime() - before
        box.done(0)

    QTimer.singleShot(0, in_box)
    REAL_INFO(window, "Haven", "Something to read.")
    assert seen["key"] > 0 and seen["mouse"] > 0  # a fresh minute each time


def test_escape_twice_in_a_window_made_after_the_watcher(qtbot):
    watcher = DoubleEscape()
    fired: list[bool] = []
    watcher.triggered.connect(lambda: fired.append(True))
    later = show_active(qtbot, QWidget(), 300, 200)
    key_click(qtbot, later, Qt.Key.Key_Escape)
    key_click(qtbot, later, Qt.Key.Key_Escape)
    assert fired == [True]
    watcher.detach()


def test_a_menu_opened_by_a_click_is_watched_though_it_never_takes_the_focus(qtbot, idle):
    """On X11 a menu never becomes the focus window (Qt grabs the mouse and keyboard for
    it instead), so no focusWindowChanged says it is there; the click that opened it
    does. Offscreen the menu does take the focus: the app's signals are held back while
    it opens, as if it did not."""
    window = QWidget()
    button = QPushButton("Kinds", window)
    QVBoxLayout(window).addWidget(button)
    show_active(qtbot, window, 300, 200)
    menu = QMenu(window)
    menu.addAction("Check-ins")
    menu.addAction("Boundaries")
    button.clicked.connect(lambda: menu.popup(button.mapToGlobal(button.rect().bottomLeft())))
    app = QApplication.instance()
    app.blockSignals(True)
    try:
        QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton,
                         pos=button.mapTo(window, button.rect().center()))
        qtbot.waitUntil(menu.isVisible)
        run_queued(qtbot)
    finally:
        app.blockSignals(False)
    before = let_time_pass(qtbot, idle)
    inside = menu.actionGeometry(menu.actions()[1]).center()
    QTest.mouseMove(menu.windowHandle(), inside)
    QTest.mouseMove(menu.windowHandle(), inside + QPoint(3, 0))
    assert idle.timer.remainingTime() > before
    menu.close()


X11_CHECKS = (
    "key_restarts_idle", "wheel_restarts_idle", "wheel_left_the_spin_box",
    "wheel_scrolled_the_page", "menu_open", "mouse_in_menu_restarts_idle",
    "menu_closed_by_escape", "escape_closing_the_menu_did_not_count",
    "key_in_message_box_restarts_idle", "escape_closing_the_box_did_not_count",
    "escape_twice_quits",
)


@pytest.mark.needs_tools("Xvfb", "xdotool")
def test_real_input_on_a_real_x_server():
    """Keys, the mouse and the wheel from X11 itself (xdotool), not from Qt's test
    functions: a key in a text field and in a message box, the mouse in a menu opened by
    a click, the wheel over an unfocused spin box, Escape closing a menu or a box, and
    Escape twice (x11_input_child.py prints what it saw)."""
    with xvfb_display(1024, 768) as display:
        env = dict(os.environ, DISPLAY=f":{display}", QT_QPA_PLATFORM="xcb")
        result = subprocess.run([sys.executable, str(Path(__file__).parent /
                                                     "x11_input_child.py")],
                                env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert {name: seen.get(name) for name in X11_CHECKS} == dict.fromkeys(
        X11_CHECKS, "True"), result.stdout
