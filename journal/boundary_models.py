"""Dataclasses and enums of boundaries and the times they were crossed
(journal/boundaries.py). Plain data: no storage, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from journal.need_models import StatusChange


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
