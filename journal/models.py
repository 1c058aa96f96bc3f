"""Dataclasses for entries (and their photos). Plain data: no storage, no Qt.

The other records' models are in modules of their own (journal/checkin_models.py,
safe_place_models.py, need_models.py, boundary_models.py): creating a dataclass costs
about half a millisecond, and the command line's search and list, whose every run pays
its imports, need none of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

MOOD_MIN = 1
MOOD_MAX = 5


@dataclass
class EntryDraft:
    """What the user edits in an entry; `EntryStore` adds id and timestamps."""

    entry_date: date
    title: str = ""
    body: str = ""
    mood: int | None = None
    tags: list[str] = field(default_factory=list)
    prompt_id: str | None = None
    share_with_therapist: bool = False


@dataclass
class Entry(EntryDraft):
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def draft(self) -> EntryDraft:
        return EntryDraft(self.entry_date, self.title, self.body, self.mood, list(self.tags),
                          self.prompt_id, self.share_with_therapist)


@dataclass(frozen=True)
class EntrySummary:
    """One row of the journal list: everything but the body."""

    id: int
    entry_date: date
    title: str
    preview: str
    mood: int | None
    tags: tuple[str, ...]
    share_with_therapist: bool


@dataclass(frozen=True)
class EntryFilter:
    """Narrows a list or a search. None means "any"."""

    tag: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    mood: int | None = None
    shared: bool | None = None


@dataclass(frozen=True)
class SearchHit:
    id: int
    entry_date: date
    title: str
    snippet: str  # matched words between HIGHLIGHT_START and HIGHLIGHT_END (journal.search)


@dataclass(frozen=True)
class Photo:
    """A photo ready to store: JPEG or PNG bytes, already scaled (see journal.images)."""

    data: bytes
    mime: str  # "image/jpeg" or "image/png"
    width: int
    height: int

