"""Dataclasses of self-care check-ins (journal/checkins.py): the check-in, her
self-care items and triggers, and the trends drawn from them. Plain data: no storage,
no Qt. Apart from journal/models.py so that the command line's search and list do not
make them (see there)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

SCALE_MIN = 0  # mood, anxiety, feeling safe and sleep quality run from 0 to 10
SCALE_MAX = 10
SLEEP_HOURS_MAX = 24.0
MOVEMENT_MINUTES_MAX = 24 * 60
TRIGGER_COUNT_MAX = 99
NAME_MAX = 60  # her own self-care items and triggers
# The self-care items every vault starts with; the UI gives them words in her language.
BUILTIN_SELFCARE = ("walk", "bath", "sun", "breathing", "mindfulness", "prayer", "music",
                    "talking")
# The measures drawn as lines on the trends page.
CHART_METRICS = ("mood", "anxiety", "safety", "sleep_hours")


@dataclass
class CheckinDraft:
    """What she fills in; None means "not filled in" (never a zero)."""

    day: date
    mood: int | None = None
    anxiety: int | None = None
    safety: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    meals_regular: bool | None = None
    movement_minutes: int | None = None
    helped: list[int] = field(default_factory=list)  # SelfCareItem ids
    triggers: dict[int, int] = field(default_factory=dict)  # Trigger id -> times met
    note: str = ""


@dataclass
class Checkin(CheckinDraft):
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def draft(self) -> CheckinDraft:
        return CheckinDraft(self.day, self.mood, self.anxiety, self.safety, self.sleep_hours,
                            self.sleep_quality, self.meals_regular, self.movement_minutes,
                            list(self.helped), dict(self.triggers), self.note)


@dataclass(frozen=True)
class SelfCareItem:
    """Something that helps. Built-in items have a `key` and no name of their own."""

    id: int
    key: str | None
    name: str
    position: int
    hidden: bool = False  # not offered in a new check-in; past check-ins keep it


@dataclass(frozen=True)
class Trigger:
    """Something on her own list that can set off old pain (a place, a song, ...)."""

    id: int
    name: str
    position: int
    hidden: bool = False  # not offered in a new check-in; past check-ins keep it


@dataclass(frozen=True)
class MetricSeries:
    """One measure over consecutive days. `values[i]` belongs to `days[i]`; None is a
    day without a value (a gap, never a zero). `rolling` is the trailing average over
    `window` days of the values that exist, None where the window holds none."""

    metric: str
    days: tuple[date, ...]
    values: tuple[float | None, ...]
    rolling: tuple[float | None, ...]
    window: int


@dataclass(frozen=True)
class Trends:
    """Everything the trends page draws for one period."""

    start: date
    end: date
    series: dict[str, MetricSeries]
    selfcare: tuple[tuple[int, int], ...]  # (item id, days it was done), most first
    triggers: tuple[tuple[int, int], ...]  # (trigger id, times met), most first
    checkin_days: int  # days with at least one check-in
    checkins: int  # check-ins in the period
