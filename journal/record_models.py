"""Dataclasses of the records other than entries: self-care check-ins, safe places,
needs and boundaries. Plain data: no storage, no Qt. Apart from journal/models.py so
that the command line's search and list do not make them (see there)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

# -- self-care check-ins (journal/checkins.py) --------------------------------------

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


@dataclass(frozen=True)
class Trigger:
    """Something on her own list that can set off old pain (a place, a song, ...)."""

    id: int
    name: str
    position: int


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


# -- safe places (journal/safe_places.py) --------------------------------------------

SAFE_PLACE_KINDS = ("person", "spot", "memory", "imagined", "photo", "activity")


@dataclass
class SafePlaceDraft:
    kind: str = "spot"
    title: str = ""
    description: str = ""
    how_it_helps: str = ""
    favourite: bool = False


@dataclass
class SafePlace(SafePlaceDraft):
    id: int = 0
    position: int = 0
    has_photo: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None


# -- needs and boundaries ------------------------------------------------------------


class NeedArea(StrEnum):
    SAFETY = "safety"
    REST = "rest"
    SUPPORT = "support"
    INFORMATION = "information"
    TIME_FOR_ME = "time_for_me"
    FAITH = "faith"
    OTHER = "other"


class NeedStatus(StrEnum):
    NOTICED = "noticed"
    ASKED = "asked"  # asked for
    MET = "met"
    CHANGED = "changed"


class BoundaryStatus(StrEnum):
    CONSIDERING = "considering"
    DECIDED = "decided"
    COMMUNICATED = "communicated"
    HOLDING = "holding"
    REVISED = "revised"
    LET_GO = "let_go"


class Willingness(StrEnum):
    """"Am I willing and able to carry out this consequence?\""""

    YES = "yes"
    NOT_YET = "not_yet"
    NO = "no"


class Followed(StrEnum):
    """Whether the consequence followed when a boundary was crossed."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


@dataclass(frozen=True)
class StatusChange:
    """A status and the day she set it."""

    status: str
    changed_on: date


@dataclass
class NeedDraft:
    """What she edits of a need; `NeedStore` adds id, history and notes."""

    text: str
    area: NeedArea = NeedArea.OTHER
    status: NeedStatus = NeedStatus.NOTICED


@dataclass(frozen=True)
class NeedNote:
    id: int
    need_id: int
    note_date: date
    text: str


@dataclass
class Need(NeedDraft):
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None
    history: list[StatusChange] = field(default_factory=list)  # oldest first
    notes: list[NeedNote] = field(default_factory=list)  # newest first

    def draft(self) -> NeedDraft:
        return NeedDraft(self.text, self.area, self.status)


@dataclass
class BoundaryDraft:
    """One boundary as she fills it in. `action` ("what I will do") is required."""

    action: str
    need_text: str = ""  # the need it protects, in her words
    need_id: int | None = None  # or linked to one of her needs
    consequence: str = ""
    willing: Willingness | None = None
    support: str = ""  # who supports me in holding it
    status: BoundaryStatus = BoundaryStatus.CONSIDERING
    review_date: date | None = None
    notes: str = ""
    template_id: str | None = None


@dataclass
class Boundary(BoundaryDraft):
    id: int = 0
    version: int = 1
    created_at: datetime | None = None
    updated_at: datetime | None = None
    history: list[StatusChange] = field(default_factory=list)  # oldest first
    crossings: int = 0
    followed: int = 0  # crossings after which the consequence followed
    partly_followed: int = 0
    # The people of her support list linked as "who supports me": (id, current name),
    # by name. Not part of a version: a new wording keeps them.
    people: list[tuple[int, str]] = field(default_factory=list)

    def draft(self) -> BoundaryDraft:
        return BoundaryDraft(self.action, self.need_text, self.need_id, self.consequence,
                             self.willing, self.support, self.status, self.review_date,
                             self.notes, self.template_id)


@dataclass(frozen=True)
class BoundaryVersion:
    """An earlier wording of a boundary, kept when she revised it."""

    version: int
    saved_at: datetime
    draft: BoundaryDraft


@dataclass(frozen=True)
class BoundarySummary:
    """One row of the worksheet list."""

    id: int
    action: str
    status: BoundaryStatus
    status_since: date | None
    review_date: date | None
    crossings: int
    followed: int
    partly_followed: int
    template_id: str | None = None


@dataclass
class CrossingDraft:
    """One time a boundary was crossed. `what_happened` is required."""

    crossed_on: date
    what_happened: str
    followed: Followed
    feeling: str = ""
    learned: str = ""


@dataclass
class Crossing(CrossingDraft):
    id: int = 0
    boundary_id: int = 0
