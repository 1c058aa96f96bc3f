"""Dataclasses and enums of needs (journal/needs.py), and the dated status change a
need and a boundary both keep. Plain data: no storage, no Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


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
