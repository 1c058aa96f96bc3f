"""Dataclasses of safe places (journal/safe_places.py). Plain data: no storage, no
Qt."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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
