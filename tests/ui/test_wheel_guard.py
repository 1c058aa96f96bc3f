"""The mouse wheel over a value field she did not click into scrolls the page and
changes nothing: on every page with spin boxes, date fields, sliders or combo boxes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft
from journal.checkins import CheckinStore
from journal.need_models import NeedArea, NeedDraft
from journal.needs import NeedStore
from tests.ui.conftest import run_queued, show_active
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages.boundaries_page import BoundariesPage
from ui.pages.checkin_page import CheckinPage
from ui.pages.needs_page import NeedsPage
from ui.pages.safety_page import SafetyPage
from ui.widgets import wheel_guard


@pytest.fixture(autouse=True)
def guard(qapp):
    return wheel_guard.install()  # as create_app does


def wheel_at_window(widget: QWidget, steps: int = -1) -> None:
    """A wheel turn over `widget`, delivered as the window system delivers one from the
    mouse: to its window, which hands it to the widget under the pointer, and Qt passes
    it up from there (from a spin box's inner line edit to the spin box)."""
    window = widget.window()
    centre = widget.mapTo(window, widget.rect().center())
    QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, 120 * steps))


def value(field: QWidget) -> object:
    if isinstance(field, QAbstractSpinBox):
        return field.text()
    if isinstance(field, QComboBox):
        return field.currentIndex()
    assert isinstance(field, QAbstractSlider)
    return field.value()


def fields(root: QWidget) -> list[QWidget]:
    found = [w for w in root.findChildren(QWidget)
             if isinstance(w, (QAbstractSpinBox, QComboBox, QAbstractSlider))
             and not isinstance(w, QScrollBar) and w.isVisible() and w.isEnabled()]
    return found


def scroll_bar_of(field: QWidget) -> QScrollBar | None:
    parent = field.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent.verticalScrollBar()
        parent = parent.parentWidget()
    return None


def assert_wheel_changes_nothing(qtbot, root: QWidget, expected: list[QWidget]) -> None:
    run_queued(qtbot)  # the layout done: each field at its size, the scroll range known
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()
    found = fields(root)
    for field in expected:
        assert field in found, f"{field.accessibleName()!r} is not on screen"
    scrollable = scrolled = False
    for field in found:
        bar = scroll_bar_of(field)
        area = bar.parentWidget().parentWidget() if bar is not None else None
        if isinstance(area, QScrollArea):
            area.ensureWidgetVisible(field)
        window = field.window()
        under = window.childAt(field.mapTo(window, field.rect().center()))
        assert under is field or field.isAncestorOf(under), (
            f"{field.accessibleName()!r} is not under the pointer (squashed or covered)")
        before = value(field)
        position = bar.value() if bar is not None else 0
        steps = -1 if bar is None or position < bar.maximum() else 1
        wheel_at_window(field, steps)
        if bar is not None and bar.maximum() > 0:
            scrollable = True
            scrolled = scrolled or bar.value() != position
        assert value(field) == before, f"the wheel changed {field.accessibleName()!r}"
    assert scrolled or not scrollable, "the page never scrolled under the wheel"


def test_checkin_page(qtbot, page_env):
    CheckinStore(page_env.vault).add_trigger("Our song on the radio")
    page = show_active(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings),
                       900, 420)
    page.open_today()
    form = page.form
    assert_wheel_changes_nothing(qtbot, page, [form.sleep_hours, form.movement,
                                               *form.trigger_boxes.values()])


def test_a_field_she_clicked_into_takes_the_wheel(qtbot, page_env):
    page = show_active(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings),
                       900, 420)
    page.open_today()
    sleep = page.form.sleep_hours
    sleep.setValue(7.0)
    sleep.setFocus()
    qtbot.waitUntil(sleep.hasFocus)
    wheel_at_window(sleep, 1)
    assert sleep.value() != 7.0


def test_boundary_card_and_flow(qtbot, page_env):
    boundary_id = BoundaryStore(page_env.vault).create(
        BoundaryDraft("For now I will sleep in the study.", consequence="I stay there"))
    page = show_active(qtbot, BoundariesPage(page_env.vault, page_env.hub, page_env.settings),
                       900, 300)
    assert page.open_boundary(boundary_id)
    assert_wheel_changes_nothing(qtbot, page, [page.card.status_combo])
    page.new_boundary()
    flow = page.flow
    flow.review_check.setChecked(True)
    flow.go_to(flow.STATUS)
    assert_wheel_changes_nothing(qtbot, page, [flow.status_combo, flow.review_date])


def test_needs_page(qtbot, page_env):
    need_id = NeedStore(page_env.vault).create(NeedDraft("Real sleep", NeedArea.REST))
    page = show_active(qtbot, NeedsPage(page_env.vault, page_env.hub, page_env.settings),
                       900, 400)
    assert page.open_need(need_id)
    assert_wheel_changes_nothing(qtbot, page, [page.area_combo, page.status_combo,
                                               page.note_date])


def test_safety_page(qtbot, page_env):
    page = show_active(qtbot, SafetyPage(page_env.vault, page_env.hub, page_env.settings),
                       900, 360)
    assert_wheel_changes_nothing(qtbot, page, [page.taken_edit, page.partner_combo])


def test_settings_dialog(qtbot, settings):
    dialog = SettingsDialog(settings)
    show_active(qtbot, dialog, 640, 360)
    assert_wheel_changes_nothing(qtbot, dialog, [dialog.idle, dialog.language,
                                                 dialog.appearance, dialog.keep])
