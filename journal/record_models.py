"""The models of check-ins, safe places, needs and boundaries, under their old name.

Only for the GUI modules that are being split while the models moved to
journal/checkin_models.py, safe_place_models.py, need_models.py and
boundary_models.py; this module goes once those modules import from there."""

from __future__ import annotations

from journal.boundary_models import (
    Boundary,
    BoundaryDraft,
    BoundaryStatus,
    BoundarySummary,
    BoundaryVersion,
    Crossing,
    CrossingDraft,
    Followed,
    Willingness,
)
from journal.checkin_models import (
    BUILTIN_SELFCARE,
    CHART_METRICS,
    MOVEMENT_MINUTES_MAX,
    NAME_MAX,
    SCALE_MAX,
    SCALE_MIN,
    SLEEP_HOURS_MAX,
    TRIGGER_COUNT_MAX,
    Checkin,
    CheckinDraft,
    MetricSeries,
    SelfCareItem,
    Trends,
    Trigger,
)
from journal.need_models import (
    Need,
    NeedArea,
    NeedDraft,
    NeedNote,
    NeedStatus,
    StatusChange,
)
from journal.safe_place_models import (
    SAFE_PLACE_KINDS,
    SafePlace,
    SafePlaceDraft,
)

__all__ = [
    "BUILTIN_SELFCARE",
    "CHART_METRICS",
    "MOVEMENT_MINUTES_MAX",
    "NAME_MAX",
    "SAFE_PLACE_KINDS",
    "SCALE_MAX",
    "SCALE_MIN",
    "SLEEP_HOURS_MAX",
    "TRIGGER_COUNT_MAX",
    "Boundary",
    "BoundaryDraft",
    "BoundaryStatus",
    "BoundarySummary",
    "BoundaryVersion",
    "Checkin",
    "CheckinDraft",
    "Crossing",
    "CrossingDraft",
    "Followed",
    "MetricSeries",
    "Need",
    "NeedArea",
    "NeedDraft",
    "NeedNote",
    "NeedStatus",
    "SafePlace",
    "SafePlaceDraft",
    "SelfCareItem",
    "StatusChange",
    "Trends",
    "Trigger",
    "Willingness",
]
