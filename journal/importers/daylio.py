"""Daylio's CSV export (More → Export entries → CSV).

    full_date,date,weekday,time,mood,activities,note_title,note
    2021-09-28,28 September,Tuesday,10:00 pm,rad,"walk | music","","Fijne dag"

Older exports have `year` (and `date` as "28 September") instead of `full_date`, and no
`note_title`. Times are 12-hour ("6:50 pm") or 24-hour ("14:58"), in her local time.
Every row becomes a check-in: the mood on Haven's 0-10 scale (DEFAULT_MOODS, or her own
names mapped by her), activities as self-care items (a built-in one when the name
matches, her own of that name, else a new one she can rename), the note with it. A
note with a title, or a long one, becomes a journal entry of that day instead.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from journal.checkin_models import NAME_MAX
from journal.errors import ImportFailed, Place
from journal.importers.common import (
    ImportBatch,
    ImportedEntry,
    Progress,
    check_moment,
    check_text,
    read_bytes,
)
from journal.models import MOOD_MAX, MOOD_MIN
from journal.vault import Vault

# Daylio's five default moods on Haven's 0-10 scale: the ends stay the ends, the middle
# the middle, and the steps between are even (docs/FORMAT.md).
DEFAULT_MOODS = {"rad": 10, "good": 8, "meh": 5, "bad": 2, "awful": 0}
LONG_NOTE = 500  # characters: a longer note becomes a journal entry
PROGRESS_EVERY = 100
NEEDED = ("time", "mood", "activities")

# A Daylio activity that is one of Haven's built-in self-care items (English and Dutch
# names as the apps spell them).
BUILT_IN_ACTIVITIES = {
    "walk": ("walk", "walking", "a walk", "wandelen", "wandeling"),
    "bath": ("bath", "a warm bath", "bad", "warm bad"),
    "sun": ("sun", "sunbathing", "sitting in the sun", "zon", "in de zon"),
    "breathing": ("breathing", "breathing exercises", "ademhaling",
                  "ademhalingsoefeningen"),
    "mindfulness": ("mindfulness", "meditation", "meditate", "meditatie", "mediteren"),
    "prayer": ("prayer", "pray", "praying", "bidden", "gebed"),
    "music": ("music", "muziek"),
    "talking": ("talking", "talking to someone", "praten"),
}
_MONTHS = {name: number for number, names in enumerate((
    ("january", "januari", "jan"), ("february", "februari", "feb"), ("march", "maart", "mar",
                                                                      "mrt"),
    ("april", "apr"), ("may", "mei"), ("june", "juni", "jun"), ("july", "juli", "jul"),
    ("august", "augustus", "aug"), ("september", "sep", "sept"),
    ("october", "oktober", "oct", "okt"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
_CLOCK = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])\.?\s*[Mm]?\.?$|"
                    r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^>]*>")


@dataclass
class ImportedCheckin:
    day: date
    created_at: datetime  # naive: her local time
    mood: int | None
    activities: list[str] = field(default_factory=list)
    note: str = ""


@dataclass
class CheckinResult:
    imported: int = 0
    skipped: int = 0
    items_added: list[str] = field(default_factory=list)


def mood_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def entry_mood(value: int | None) -> int | None:
    """A 0-10 mood as an entry's 1-5."""
    if value is None:
        return None
    return max(MOOD_MIN, min(MOOD_MAX, (value + 1) // 2))


def parse(path: Path, moods: dict[str, int | None]) -> ImportBatch:
    """`moods`: her own mood names (any case) → 0-10, or None for no mood."""
    source = str(path)
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(source, Place("byte", exc.start), "not_utf8") from None
    if "\x00" in text:
        raise ImportFailed(source, None, "bad_csv", detail="NUL byte")
    chosen = {mood_key(k): v for k, v in moods.items()}
    batch = ImportBatch()
    batch.source = source
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise ImportFailed(source, None, "bad_csv", detail=exc) from None
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise ImportFailed(source, None, "not_daylio", names=", ".join(NEEDED))
    header = [h.strip().lower() for h in rows[0]]
    missing = [n for n in NEEDED if n not in header]
    if "full_date" not in header and not {"year", "date"} <= set(header):
        missing.append("full_date")
    if missing:
        raise ImportFailed(source, None, "not_daylio", names=", ".join(missing))
    column = {name: header.index(name) for name in header}
    for number, row in enumerate(rows[1:], start=2):
        where = Place("row", number)
        if len(row) != len(header):
            raise ImportFailed(source, where, "row_fields", found=len(row),
                               expected=len(header))
        _row(row, column, source, where, chosen, batch)
    return batch


def _cell(row: Sequence[str], column: dict[str, int], name: str) -> str:
    return row[column[name]] if name in column else ""


def _day(row: Sequence[str], column: dict[str, int], source: str, where: Place) -> date:
    if "full_date" in column:
        text = _cell(row, column, "full_date").strip()
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ImportFailed(source, where, "not_date", field="full_date",
                               value=repr(text)) from None
    year, text = _cell(row, column, "year").strip(), _cell(row, column, "date").strip()
    parts = text.replace(".", " ").split()
    try:
        if len(parts) != 2:
            raise ValueError(text)
        first, second = parts
        day_text, month_text = (first, second) if first.isdigit() else (second, first)
        return date(int(year), _MONTHS[month_text.lower()], int(day_text))
    except (ValueError, KeyError):
        raise ImportFailed(source, where, "not_date", field="date",
                           value=repr(f"{year} {text}")) from None


def _clock(text: str, source: str, where: Place) -> time:
    match = _CLOCK.match(text.strip())
    try:
        if match is None:
            raise ValueError(text)
        if match.group(1) is not None:
            hour, minute = int(match.group(1)), int(match.group(2))
            if not 1 <= hour <= 12:
                raise ValueError(text)
            hour = hour % 12 + (12 if match.group(4).lower() == "p" else 0)
            return time(hour, minute, int(match.group(3) or 0))
        return time(int(match.group(5)), int(match.group(6)), int(match.group(7) or 0))
    except ValueError:
        raise ImportFailed(source, where, "not_clock_time", field="time",
                           value=repr(text)) from None


def _note(text: str) -> str:
    """Daylio's note as plain text (newer exports hold a little HTML)."""
    text = _BREAK.sub("\n", text.replace("\r\n", "\n"))
    if "<" in text:
        text = _TAG.sub("", text)
    return html.unescape(text).strip()


def _row(row: Sequence[str], column: dict[str, int], source: str, where: Place,
         chosen: dict[str, int | None], batch: ImportBatch) -> None:
    day = _day(row, column, source, where)
    moment = check_moment(datetime.combine(day, _clock(_cell(row, column, "time"), source,
                                                         where)), source, where, "time")
    name = " ".join(_cell(row, column, "mood").split())
    key = mood_key(name)
    mood: int | None = None
    unmapped = ""
    if key in chosen:
        mood = chosen[key]
    elif key in DEFAULT_MOODS:
        mood = DEFAULT_MOODS[key]
    elif name:
        unmapped = name
        batch.unknown_moods[name] += 1
    activities: list[str] = []
    for part in _cell(row, column, "activities").split("|"):
        activity = " ".join(part.split())[:NAME_MAX]
        if activity and activity.casefold() not in (a.casefold() for a in activities):
            activities.append(activity)
    title = check_text(" ".join(_cell(row, column, "note_title").split()), source, where,
                       "note_title")
    note = check_text(_note(_cell(row, column, "note")), source, where, "note")
    if unmapped:
        note = f"Mood: {unmapped}" + (f"\n\n{note}" if note else "")
    if title or len(note) > LONG_NOTE:
        batch.append(ImportedEntry(entry_date=day, title=title, body=note,
                                   created_at=moment, mood=entry_mood(mood)))
        note = ""
    batch.checkins.append(ImportedCheckin(day, moment, mood, activities, note))


# -- writing ------------------------------------------------------------------------------

def _stamp(moment: datetime) -> str:
    local = moment.astimezone() if moment.tzinfo is None else moment
    return local.astimezone(UTC).isoformat(timespec="milliseconds")


def _key(day: str, stamp: str, mood: Any, note: str) -> bytes:
    return hashlib.sha256("\x1f".join((day, stamp, str(mood), note)).encode()).digest()


def _checkin_key(checkin: ImportedCheckin) -> bytes:
    return _key(checkin.day.isoformat(), _stamp(checkin.created_at), checkin.mood,
                checkin.note)


def _existing(vault: Vault, checkins: Sequence[ImportedCheckin]) -> set[bytes]:
    if not checkins:
        return set()
    low = min(c.day for c in checkins).isoformat()
    high = max(c.day for c in checkins).isoformat()
    return {_key(r["day"], r["created_at"], r["mood"], r["note"]) for r in vault.execute(
        "SELECT day, created_at, mood, note FROM checkins WHERE day BETWEEN ? AND ?",
        (low, high))}


def count_existing(vault: Vault, checkins: Sequence[ImportedCheckin]) -> int:
    """How many of the check-ins are already in the vault (or repeat in the source)."""
    seen = _existing(vault, checkins)
    count = 0
    for checkin in checkins:
        key = _checkin_key(checkin)
        if key in seen:
            count += 1
        seen.add(key)
    return count


def _item_ids(vault: Vault, names: set[str], result: CheckinResult) -> dict[str, int]:
    """Activity name (casefolded) → self-care item id, adding her own items for names
    that match nothing."""
    from journal.checkins import CheckinStore

    store = CheckinStore(vault)
    items = store.selfcare_items()
    by_key = {i.key: i.id for i in items if i.key}
    ids: dict[str, int] = {}
    for key, aliases in BUILT_IN_ACTIVITIES.items():
        if key in by_key:
            for alias in aliases:
                ids[alias] = by_key[key]
    for item in items:
        if not item.key:
            ids.setdefault(item.name.casefold(), item.id)
    for name in sorted(names, key=str.casefold):
        if name.casefold() not in ids:
            ids[name.casefold()] = store.add_selfcare_item(name)
            result.items_added.append(name)
    return ids


def write_checkins(vault: Vault, checkins: Sequence[ImportedCheckin], *,
                   progress: Progress | None, done_before: int, total: int,
                   ) -> CheckinResult:
    """Write the check-ins that are not in the vault yet (inside the caller's
    transaction)."""
    from journal.checkin_models import CheckinDraft
    from journal.checkins import CheckinStore

    result = CheckinResult()
    store = CheckinStore(vault)
    seen = _existing(vault, checkins)
    fresh = []
    for checkin in checkins:
        key = _checkin_key(checkin)
        if key in seen:
            result.skipped += 1
        else:
            seen.add(key)
            fresh.append(checkin)
    ids = _item_ids(vault, {a for c in fresh for a in c.activities}, result)
    # In bulk, a progress report's worth at a time: a cancel still stops it in between.
    for start in range(0, len(fresh), PROGRESS_EVERY):
        chunk = fresh[start:start + PROGRESS_EVERY]
        store.bulk_create(
            (CheckinDraft(day=c.day, mood=c.mood, note=c.note,
                          helped=sorted({ids[a.casefold()] for a in c.activities})),
             _stamp(c.created_at)) for c in chunk)
        result.imported += len(chunk)
        if progress is not None and len(chunk) == PROGRESS_EVERY:
            progress(done_before + result.imported, total)
    return result
