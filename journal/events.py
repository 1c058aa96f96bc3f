"""What happened: events she writes down for her timeline, and entries she marks as
milestones.

Partners who were deceived for years often doubt their own memory. An event keeps
what happened apart from how she knows it (I saw it, he told me, someone else told me,
I found it, I suspect it, I'm not sure any more), and its date may be as exact as she
remembers it: a day, "around" a day, a month, a season or a year. An approximate date
is stored as the range of days it stands for, the day it sorts on and, if she likes,
her own words for it ("around Christmas 2020"), so that "spring 2019" sorts beside
exact dates.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from journal.clock import now_utc
from journal.errors import InvalidChoice, RecordNotFound
from journal.fields import as_date, choice, clean_text, required
from journal.vault import Vault

AROUND_DAYS = 14  # "around 25 December": two weeks either side


class Precision(StrEnum):
    DAY = "day"
    AROUND = "around"  # around a day
    MONTH = "month"
    SEASON = "season"
    YEAR = "year"


class Season(StrEnum):
    """Meteorological seasons; winter runs from December into the next year."""

    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"


_SEASON_START = {Season.SPRING: 3, Season.SUMMER: 6, Season.AUTUMN: 9, Season.WINTER: 12}


class Source(StrEnum):
    """How she knows it."""

    SAW = "saw"  # I saw it
    HE_TOLD = "he_told"  # he told me
    SOMEONE_TOLD = "someone_told"  # someone else told me
    FOUND = "found"  # I found it
    SUSPECT = "suspect"  # I suspect it
    UNSURE = "unsure"  # I'm not sure any more


@dataclass(frozen=True)
class When:
    """A date as exact as she remembers it: the days it may be (`start`..`end`), the
    day it sorts on, and her own words for it (empty: the app writes the date)."""

    precision: Precision
    start: date
    end: date
    sort_day: date
    words: str = ""

    @classmethod
    def on(cls, day: date, words: str = "") -> When:
        return cls(Precision.DAY, day, day, day, words)

    @classmethod
    def around(cls, day: date, words: str = "") -> When:
        span = timedelta(days=AROUND_DAYS)
        return cls(Precision.AROUND, day - span, day + span, day, words)

    @classmethod
    def in_month(cls, year: int, month: int, words: str = "") -> When:
        start = _day(year, month, 1)
        return cls(Precision.MONTH, start, start.replace(day=monthrange(year, month)[1]),
                   start, words)

    @classmethod
    def in_season(cls, year: int, season: Season | str, words: str = "") -> When:
        season = choice(Season, season, "season")
        start = _day(year, _SEASON_START[season], 1)
        last = start.replace(year=year + 1, month=2) if season is Season.WINTER else (
            start.replace(month=start.month + 2))
        return cls(Precision.SEASON, start,
                   last.replace(day=monthrange(last.year, last.month)[1]), start, words)

    @classmethod
    def in_year(cls, year: int, words: str = "") -> When:
        start = _day(year, 1, 1)
        return cls(Precision.YEAR, start, start.replace(month=12, day=31), start, words)

    @property
    def season(self) -> Season | None:
        """The season of a SEASON date (from its first month)."""
        if self.precision is not Precision.SEASON:
            return None
        return next(s for s, m in _SEASON_START.items() if m == self.start.month)

    def overlaps(self, first: date | None, last: date | None) -> bool:
        return (first is None or self.end >= first) and (last is None or self.start <= last)


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except (TypeError, ValueError):
        raise InvalidChoice("date", (year, month, day)) from None


@dataclass
class EventDraft:
    """What she fills in. `what` is required."""

    when: When
    what: str
    source: Source = Source.SAW
    note: str = ""


@dataclass
class Event(EventDraft):
    id: int = 0
    created_at: datetime | None = None
    updated_at: datetime | None = None

    def draft(self) -> EventDraft:
        return EventDraft(self.when, self.what, self.source, self.note)


def _clean_when(when: Any) -> When:
    if not isinstance(when, When):
        raise InvalidChoice("date", when)
    precision = choice(Precision, when.precision, "precision")
    start = as_date(when.start, "date")
    end = as_date(when.end, "date")
    sort_day = as_date(when.sort_day, "date")
    if not start <= sort_day <= end:
        raise InvalidChoice("date", when)
    return When(precision, start, end, sort_day, clean_text(when.words))


def _clean(draft: EventDraft) -> EventDraft:
    return EventDraft(when=_clean_when(draft.when), what=required(draft.what, "what"),
                      source=choice(Source, draft.source, "source"),
                      note=clean_text(draft.note))


def when_of(row: Any) -> When:
    """The When of an `events` row."""
    return When(Precision(row["precision"]), date.fromisoformat(row["date_from"]),
                date.fromisoformat(row["date_to"]), date.fromisoformat(row["sort_day"]),
                row["date_words"])


class EventStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def create(self, draft: EventDraft) -> int:
        draft = _clean(draft)
        stamp = now_utc()
        with self._vault.transaction():
            cursor = self._vault.execute(
                "INSERT INTO events (precision, date_from, date_to, sort_day, date_words,"
                " what, source, note, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*self._when_values(draft.when), draft.what, draft.source.value, draft.note,
                 stamp, stamp))
        return int(cursor.lastrowid)

    def update(self, event_id: int, draft: EventDraft) -> None:
        draft = _clean(draft)
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE events SET precision = ?, date_from = ?, date_to = ?, sort_day = ?,"
                " date_words = ?, what = ?, source = ?, note = ?, updated_at = ? WHERE id = ?",
                (*self._when_values(draft.when), draft.what, draft.source.value, draft.note,
                 now_utc(), event_id))
            if cursor.rowcount == 0:
                raise RecordNotFound("event", event_id)

    def get(self, event_id: int) -> Event:
        row = self._vault.row("SELECT * FROM events WHERE id = ?", (event_id,))
        if row is None:
            raise RecordNotFound("event", event_id)
        return self._event(row)

    def all(self) -> list[Event]:
        """Every event in time order (approximate dates where they sort)."""
        return [self._event(r) for r in self._vault.rows(
            "SELECT * FROM events ORDER BY sort_day, date_to DESC, id")]

    def count(self) -> int:
        return int(self._vault.row("SELECT count(*) FROM events")[0])

    def delete(self, event_id: int) -> None:
        """Delete, leaving no trace in the file (secure_delete, then the WAL emptied)."""
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM events WHERE id = ?", (event_id,))
            if cursor.rowcount == 0:
                raise RecordNotFound("event", event_id)
        self._vault.checkpoint()

    # -- milestones: entries she marks for her timeline --------------------------------

    def set_milestone(self, entry_id: int, milestone: bool) -> None:
        with self._vault.transaction():
            if self._vault.row("SELECT 1 FROM entries WHERE id = ?", (entry_id,)) is None:
                raise RecordNotFound("entry", entry_id)
            if milestone:
                self._vault.execute("INSERT OR IGNORE INTO entry_milestones (entry_id)"
                                    " VALUES (?)", (entry_id,))
            else:
                self._vault.execute("DELETE FROM entry_milestones WHERE entry_id = ?",
                                    (entry_id,))

    def is_milestone(self, entry_id: int) -> bool:
        return self._vault.row("SELECT 1 FROM entry_milestones WHERE entry_id = ?",
                               (entry_id,)) is not None

    # -- private ---------------------------------------------------------------------

    @staticmethod
    def _when_values(when: When) -> tuple[str, str, str, str, str]:
        return (when.precision.value, when.start.isoformat(), when.end.isoformat(),
                when.sort_day.isoformat(), when.words)

    @staticmethod
    def _event(row: Any) -> Event:
        return Event(when=when_of(row), what=row["what"], source=Source(row["source"]),
                     note=row["note"], id=row["id"],
                     created_at=datetime.fromisoformat(row["created_at"]),
                     updated_at=datetime.fromisoformat(row["updated_at"]))
