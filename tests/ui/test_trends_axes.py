"""Trends: whole, evenly spaced ticks on every axis; long names get the room and their
full text in a tooltip."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from tests.ui.conftest import show_active
from ui.pages.trends_page import TrendsPage, nice_axis

DAY = date(2025, 3, 14)
LONG = "The route past his office on the way to work, every morning"


@given(st.floats(min_value=0.1, max_value=10_000, allow_nan=False))
def test_nice_axes_have_whole_even_steps(top):
    end, ticks = nice_axis(top)
    assert end >= top and 2 <= ticks <= 6
    step = end / (ticks - 1)
    assert step == int(step) and str(int(step))[0] in "125"
    assert end - step < top  # no empty step at the end


def tick_values(axis) -> list[float]:
    """What a value axis writes under its ticks (QValueAxis spaces them evenly)."""
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    return [axis.min() + i * step for i in range(axis.tickCount())]


def test_every_chart_axis_ticks_in_whole_even_steps(page_env, qtbot):
    store = CheckinStore(page_env.vault)
    walk = store.add_selfcare_item("A long walk with the dog along the river")
    route = store.add_trigger(LONG)
    for n in range(9):
        store.create(CheckinDraft(DAY - timedelta(days=n), mood=5, sleep_hours=11.5,
                                  helped=[walk], triggers={route: 1}))
    page = show_active(qtbot, TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                                         today=lambda: DAY), 1100, 900)
    qtbot.waitUntil(lambda: not page.filling)  # one chart per turn of the event loop
    axes = [page.selfcare_chart.counts, page.trigger_chart.counts]
    axes += [chart.y_axis for chart in page.charts.values()]
    for axis in axes:
        values = tick_values(axis)
        assert all(v == int(v) for v in values), values

    trigger = page.trigger_chart
    assert trigger.tooltip_for(0) == f"{LONG}: 9"
    assert LONG in trigger.accessibleDescription()
    # Each bar chart is as wide as the page's charts, not half of it.
    assert trigger.width() >= page.charts["mood"].width() * 1.8
    names = trigger.chart().axes(Qt.Orientation.Vertical)[0].categories()
    assert names == [LONG]
