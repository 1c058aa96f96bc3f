"""The demo's check-ins tell her story on the Trends page: the first weeks after she
found out the hardest, then a slow, uneven climb; and no chart of a period opens on a
line that runs on flat over days without a check-in (which looks like a bug)."""

from __future__ import annotations

from datetime import date, timedelta
from statistics import mean

import pytest

from journal.checkin_models import CHART_METRICS, Checkin
from journal.checkins import PERIODS, CheckinStore
from journal.demo import fill_demo

TODAY = date(2026, 11, 21)
DAYS = 120  # the demo's check-ins span this many days up to today


@pytest.fixture
def checkins(vault) -> list[Checkin]:
    fill_demo(vault, "en", today=TODAY)
    store = CheckinStore(vault)
    return sorted(store.between(TODAY - timedelta(days=DAYS - 1), TODAY), key=lambda c: c.day)


def weeks(checkins: list[Checkin], first: int, count: int) -> list[Checkin]:
    """The check-ins of `count` weeks from week `first` (0: the week she found out)."""
    start = TODAY - timedelta(days=DAYS - 1 - 7 * first)
    return [c for c in checkins if start <= c.day < start + timedelta(days=7 * count)]


def test_the_demo_checkins_vary_over_their_first_weeks(checkins):
    first = weeks(checkins, 0, 3)
    assert len(first) >= 14  # she checked in on most days
    for metric in ("mood", "anxiety", "safety", "sleep_hours"):
        assert len({getattr(c, metric) for c in first}) >= 3, metric


def test_the_demo_starts_hard_and_climbs_slowly_and_unevenly(checkins):
    def average(some: list[Checkin], metric: str) -> float:
        return mean(getattr(c, metric) for c in some)

    start, end = weeks(checkins, 0, 1), weeks(checkins, 14, 3)
    assert average(start, "mood") <= 2.5 and average(start, "anxiety") >= 7.5
    assert average(end, "mood") >= average(start, "mood") + 3
    assert average(end, "anxiety") <= average(start, "anxiety") - 3
    # Setbacks on the way: some days are far below the week before.
    setbacks = 0
    for c in checkins:
        week = [d for d in checkins if c.day - timedelta(days=7) <= d.day < c.day]
        setbacks += bool(week) and c.mood <= average(week, "mood") - 2
    assert setbacks >= 4


@pytest.mark.parametrize("days", PERIODS)
def test_no_period_opens_on_a_flat_line(vault, checkins, days):
    """The average is drawn over days without a check-in while its window still holds
    one: at a period's start that is one check-in, the line flat until the next."""
    trends = CheckinStore(vault).trends(TODAY, days)
    for metric in CHART_METRICS:
        series = trends.series[metric]
        drawn = [i for i, v in enumerate(series.rolling) if v is not None]
        first = drawn[0]
        flat = 1
        while (first + flat < len(series.rolling)
               and series.rolling[first + flat] == series.rolling[first]):
            flat += 1
        assert flat <= 3, (metric, series.days[first], flat)


@pytest.mark.parametrize("days", [30, 90])
def test_each_period_opens_with_checkins(checkins, days):
    """Her week away is a gap in the middle of the story, not the first week of what the
    page shows for a month or three (the screenshot's period)."""
    start = TODAY - timedelta(days=days - 1)
    first_week = {c.day for c in checkins if start <= c.day < start + timedelta(days=7)}
    assert len(first_week) >= 4
