"""Imports from other journals: parse a source fully, then write it in one transaction.

Each importer module has `parse(path) -> ImportBatch` (a list of ImportedEntry with
what was found besides: files that could not be read, undated files, what was left out)
and raises only `ImportFailed` for a source it cannot read at all. `import_entries`
writes the parsed entries into a vault in one transaction, skipping duplicates; a
failure at any point leaves the vault as it was. The UI calls `parse_source` on a
worker thread, shows `preview(...)`, then calls `import_entries(..., progress=...)` on
a worker thread.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from journal.entries import EntryStore, entry_photo
from journal.errors import ImageRejected, ImportFailed, Place
from journal.models import MOOD_MAX, MOOD_MIN, EntryDraft, Photo
from journal.safe_places import sniff_format
from journal.vault import Vault

STARRED_TAG = "starred"
# How often import_entries reports progress (entries between calls).
PROGRESS_EVERY = 100

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportedPhoto:
    """A photo an entry refers to. `data` is None when the source held no file for it
    (a bare Day One JSON). JPEG and PNG photos are kept with the entry; others (HEIC,
    ...) and missing ones are counted and skipped, and the rest of the import goes on."""

    identifier: str
    media_type: str  # the file extension: "jpeg", "png", "heic", ...
    data: bytes | None = None


@dataclass
class ImportedEntry:
    """One entry read from a source, before it is written."""

    entry_date: date  # the day as she lived it (in the entry's own time zone)
    title: str = ""
    body: str = ""
    tags: list[str] = field(default_factory=list)
    # When it was written: time-zone aware where the source says, else naive local time.
    created_at: datetime | None = None
    updated_at: datetime | None = None
    mood: int | None = None
    prompt_id: str | None = None
    share_with_therapist: bool = False
    photos: list[ImportedPhoto] = field(default_factory=list)
    # The source gave no date: `entry_date` is the file time or today (UNDATED). Such an
    # entry is a duplicate of one with the same title and body on any day.
    undated: bool = False


# What to do with a file that has no date of its own (Markdown): take the file's time,
# today, or leave it out.
UNDATED = ("file-time", "today", "skip")

# Kinds of things a source holds that Haven does not keep, counted in `left_out`:
# attachments by kind, and fields left out.
LEFT_OUT_KINDS = ("video", "audio", "pdf", "sketch", "other_media", "undated_file")


class ImportBatch(list[ImportedEntry]):
    """The entries of a source, with what else the reading found.

    `skipped`: files of a folder that could not be read (each an ImportFailed naming
    the file, the line and the reason); the rest is imported. `undated`: the files with
    no date of their own. `left_out`: counts by LEFT_OUT_KINDS of what Haven does not
    keep. `kept`: counts of fields kept as a line of text ("place", "weather", "mood").
    `checkins`: check-ins (Daylio). `unknown_moods`: mood names the source used that
    Haven cannot map by itself, with how often.
    """

    def __init__(self, entries: Iterable[ImportedEntry] = ()) -> None:
        super().__init__(entries)
        self.skipped: list[ImportFailed] = []
        self.undated: list[str] = []
        self.left_out: Counter[str] = Counter()
        self.kept: Counter[str] = Counter()
        self.checkins: list[Any] = []
        self.unknown_moods: Counter[str] = Counter()
        self.records: dict[str, list[dict[str, Any]]] = {}
        self.source = ""


@dataclass(frozen=True)
class ImportPreview:
    count: int
    first_date: date | None
    last_date: date | None
    photos: int
    duplicates: int | None = None  # known only when a vault was given
    records: int = 0  # export_records.COUNTED_KINDS (Haven JSON only)
    photos_unusable: int = 0  # not in the source, or not JPEG or PNG: will be skipped
    skipped: tuple[ImportFailed, ...] = ()  # files that cannot be read (not imported)
    undated: int = 0  # files without a date of their own
    left_out: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    checkins: int = 0
    checkins_duplicates: int | None = None
    unknown_moods: dict[str, int] = field(default_factory=dict)
    updates: int | None = None  # duplicates that would gain photos


@dataclass(frozen=True)
class ImportSummary:
    imported: int
    duplicates_skipped: int
    first_date: date | None  # of the imported entries (None if none were)
    last_date: date | None
    photos_skipped: int  # photos of imported entries that could not be kept
    records_imported: int = 0  # export_records.COUNTED_KINDS (Haven JSON only)
    records_skipped: int = 0  # of those, already in the vault
    photos_imported: int = 0  # photos kept with the imported entries
    updated: int = 0  # entries already in the vault that gained photos
    photos_added: int = 0  # photos added to those
    not_imported: tuple[ImportFailed, ...] = ()  # files that could not be read
    undated: int = 0  # imported entries whose source had no date
    undated_skipped: int = 0  # undated files left out (--undated skip)
    left_out: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)
    checkins_imported: int = 0
    checkins_skipped: int = 0  # already in the vault
    selfcare_items_added: tuple[str, ...] = ()  # new self-care items (Daylio activities)
    unknown_moods: dict[str, int] = field(default_factory=dict)  # kept in the note

    @property
    def complete(self) -> bool:
        """Every file of the source could be read."""
        return not self.not_imported

    def as_json(self) -> dict[str, Any]:
        """The summary as the command line's --json gives it."""
        return {
            "imported": self.imported,
            "duplicates_skipped": self.duplicates_skipped,
            "updated": self.updated,
            "photos_imported": self.photos_imported,
            "photos_added_to_existing": self.photos_added,
            "photos_skipped": self.photos_skipped,
            "first_date": self.first_date.isoformat() if self.first_date else None,
            "last_date": self.last_date.isoformat() if self.last_date else None,
            "records_imported": self.records_imported,
            "records_skipped": self.records_skipped,
            "checkins_imported": self.checkins_imported,
            "checkins_skipped": self.checkins_skipped,
            "selfcare_items_added": list(self.selfcare_items_added),
            "undated": self.undated,
            "undated_skipped": self.undated_skipped,
            "not_imported": [failure_json(f) for f in self.not_imported],
            "left_out": dict(self.left_out),
            "kept_as_text": dict(self.kept),
            "unknown_moods": dict(self.unknown_moods),
        }


def failure_json(failure: ImportFailed) -> dict[str, Any]:
    return {"file": failure.source, "where": failure.location or None,
            "line": failure.place.n if failure.place is not None
            and failure.place.kind in ("line", "line_column") else None,
            "code": failure.code, "reason": failure.reason}


# -- helpers for the importers -----------------------------------------------------------

def check_text(value: Any, source: str, place: Place | None, field: str) -> str:
    """A string that SQLite can store (valid Unicode), or ImportFailed naming `field`."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ImportFailed(source, place, "not_text", field=field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ImportFailed(source, place, "invalid_unicode", field=field) from None
    return value


def check_tags(value: Any, source: str, place: Place | None) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFailed(source, place, "not_list", field="tags")
    return [check_text(tag, source, place, "tags") for tag in value]


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFailed(str(path), None, "unreadable",
                           detail=exc.strerror or exc) from None


def load_json(data: bytes, source: str) -> Any:
    """Parse JSON, naming the line of a syntax error."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(source, Place("byte", exc.start), "not_utf8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(source, Place("line_column", exc.lineno, exc.colno), "bad_json",
                           detail=exc.msg) from None
    except RecursionError:
        raise ImportFailed(source, None, "too_deep") from None


def entry_object_date(raw: Any, source: str, place: Place) -> date:
    """The "date" (YYYY-MM-DD) of an entry that must be a JSON object."""
    if not isinstance(raw, dict):
        raise ImportFailed(source, place, "entry_not_object")
    day = raw.get("date")
    if day is None:
        raise ImportFailed(source, place, "missing", field="date")
    if not isinstance(day, str):
        raise ImportFailed(source, place, "not_text", field="date")
    try:
        return date.fromisoformat(day)
    except ValueError:
        raise ImportFailed(source, place, "not_date", field="date", value=repr(day)
                           ) from None


def parse_iso_datetime(value: Any, source: str, place: Place, field: str) -> datetime:
    if value is None:
        raise ImportFailed(source, place, "missing", field=field)
    if not isinstance(value, str):
        raise ImportFailed(source, place, "not_text", field=field)
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise ImportFailed(source, place, "not_datetime", field=field, value=repr(value)
                           ) from None


def check_moment(moment: datetime, source: str, place: Place | None, field: str,
                 ) -> datetime:
    """A time that can be stored (some far-off years cannot be moved to UTC)."""
    try:
        _stamp(moment)
    except (OverflowError, ValueError, OSError):
        raise ImportFailed(source, place, "value_out_of_range", field=field,
                           value=repr(str(moment))) from None
    return moment


def check_mood(value: Any, source: str, place: Place | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not (
            MOOD_MIN <= value <= MOOD_MAX):
        raise ImportFailed(source, place, "mood_range", field="mood", low=MOOD_MIN,
                           high=MOOD_MAX)
    return value


# -- parsing by format name ---------------------------------------------------------------

FORMATS = ("jrnl-json", "dayone-json", "markdown", "daylio-csv", "haven-json")


def parse_source(fmt: str, path: Path | str, *, password: str | None = None,
                 undated: str = "file-time", moods: dict[str, int | None] | None = None,
                 ) -> ImportBatch:
    """Parse a source of one of FORMATS fully; ImportFailed if it cannot be read at all.

    `password` opens a protected Haven export zip (haven-json only). `undated` says what
    becomes of a Markdown file with no date (UNDATED). `moods` maps Daylio mood names
    she chose to Haven's 0-10 scale (None: no mood, the name kept in the note).
    """
    from journal.importers import daylio, dayone, haven_json, jrnl, markdown

    path = Path(path)
    if undated not in UNDATED:
        raise ValueError(f"unknown undated policy {undated!r}")
    if fmt == "haven-json":
        result: list[ImportedEntry] = haven_json.parse(path, password)
    elif fmt == "markdown":
        result = markdown.parse(path, undated=undated)
    elif fmt == "daylio-csv":
        result = daylio.parse(path, moods or {})
    elif fmt in ("jrnl-json", "dayone-json"):
        result = {"jrnl-json": jrnl.parse, "dayone-json": dayone.parse}[fmt](path)
    else:
        raise ValueError(f"unknown import format {fmt!r}")
    if isinstance(result, ImportBatch):
        return result
    batch = ImportBatch(result)
    batch.source = str(path)
    return batch


# -- preview and import -------------------------------------------------------------------

def _key(entry_date: str, title: str, body: str) -> bytes:
    """What makes two entries the same: date, title and body, as the store keeps them.
    An undated entry's key has no date ("")."""
    text = "\x1f".join((entry_date, unicodedata.normalize("NFC", title.strip()),
                        unicodedata.normalize("NFC", body)))
    return hashlib.sha256(text.encode("utf-8")).digest()


def _entry_key(entry: ImportedEntry) -> bytes:
    return _key("" if entry.undated else entry.entry_date.isoformat(), entry.title,
                entry.body)


def _existing_keys(vault: Vault, entries: Sequence[ImportedEntry]) -> dict[bytes, int]:
    """Key -> entry id of the vault's entries the source could repeat."""
    if not entries:
        return {}
    dated = [e.entry_date for e in entries if not e.undated]
    found: dict[bytes, int] = {}
    if dated:
        cursor = vault.execute("SELECT id, entry_date, title, body FROM entries"
                               " WHERE entry_date BETWEEN ? AND ?",
                               (min(dated).isoformat(), max(dated).isoformat()))
        # Row by row: only the hashes are kept, not every body of a large vault.
        for r in cursor:
            found[_key(r["entry_date"], r["title"], r["body"])] = int(r["id"])
    if len(dated) < len(entries):
        # A file's time changes when a folder is copied or synced: an undated entry is
        # the same as one with its title and body on any day.
        for r in vault.execute("SELECT id, title, body FROM entries"):
            found.setdefault(_key("", r["title"], r["body"]), int(r["id"]))
    return found


def _split_duplicates(vault: Vault | None, entries: Sequence[ImportedEntry],
                      ) -> tuple[list[ImportedEntry], list[tuple[int, ImportedEntry]], int]:
    """(new entries, [(vault entry id, entry) for duplicates of a vault entry that carry
    photos], number of duplicates)."""
    existing = _existing_keys(vault, entries) if vault is not None else {}
    seen: set[bytes] = set()
    fresh: list[ImportedEntry] = []
    again: list[tuple[int, ImportedEntry]] = []
    for entry in entries:
        key = _entry_key(entry)
        if key in existing:
            if entry.photos and key not in seen:
                again.append((existing[key], entry))
            seen.add(key)
        elif key not in seen:
            seen.add(key)
            fresh.append(entry)
    return fresh, again, len(entries) - len(fresh)


def _date_range(entries: Iterable[ImportedEntry]) -> tuple[date | None, date | None]:
    dates = [e.entry_date for e in entries]
    return (min(dates), max(dates)) if dates else (None, None)


def _batch(entries: Sequence[ImportedEntry]) -> ImportBatch:
    return entries if isinstance(entries, ImportBatch) else ImportBatch(entries)


def _photo_digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def _photos_to_add(vault: Vault, entry_id: int, entry: ImportedEntry) -> list[Photo]:
    """The usable photos of `entry` that the vault's entry does not have yet."""
    have = {_photo_digest(bytes(r["data"])) for r in vault.execute(
        "SELECT data FROM entry_photos WHERE entry_id = ?", (entry_id,))}
    result = []
    for photo in entry.photos:
        kept = _keep_photo(photo)
        if kept is not None and _photo_digest(kept.data) not in have:
            have.add(_photo_digest(kept.data))
            result.append(kept)
    return result


def preview(entries: Sequence[ImportedEntry], vault: Vault | None = None) -> ImportPreview:
    """How many entries, their date range and photos; with a vault, also how many are
    already in it (or repeat within the source) and would be skipped."""
    from journal import export_records
    from journal.importers import daylio

    batch = _batch(entries)
    first, last = _date_range(batch)
    photos = sum(len(e.photos) for e in batch)
    unusable = sum(1 for e in batch for p in e.photos
                   if p.data is None or sniff_format(p.data) is None)
    records = export_records.count(batch.records)
    common = dict(
        records=records, photos_unusable=unusable, skipped=tuple(batch.skipped),
        undated=len(batch.undated), left_out=dict(batch.left_out), kept=dict(batch.kept),
        checkins=len(batch.checkins), unknown_moods=dict(batch.unknown_moods))
    if vault is None:
        return ImportPreview(len(batch), first, last, photos, **common)
    _, again, duplicates = _split_duplicates(vault, batch)
    updates = sum(1 for entry_id, entry in again if _photos_to_add(vault, entry_id, entry))
    checkin_dupes = daylio.count_existing(vault, batch.checkins)
    return ImportPreview(len(batch), first, last, photos, duplicates, updates=updates,
                         checkins_duplicates=checkin_dupes, **common)


def _stamp(moment: datetime) -> str:
    """ISO 8601 in UTC, as the entries store writes it; naive times are local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def import_entries(vault: Vault, entries: Sequence[ImportedEntry], *,
                   progress: Progress | None = None) -> ImportSummary:
    """Write the entries in one transaction, skipping duplicates (same date, title and
    body as an entry in the vault or earlier in `entries`). A duplicate of a vault entry
    that brings photos the vault's entry lacks gives it those photos ("updated").

    `progress(done, total)` is called every PROGRESS_EVERY entries and at the end; if it
    raises (to cancel), nothing is imported. Any failure leaves the vault unchanged.
    """
    from journal import export_records
    from journal.importers import daylio

    batch = _batch(entries)
    store = EntryStore(vault)
    records_done = (0, 0)
    checkins_done = daylio.CheckinResult()
    photos_kept = photos_skipped = updated = photos_added = 0
    with vault.transaction():
        fresh, again, duplicates = _split_duplicates(vault, batch)
        total = len(fresh) + len(batch.checkins)
        with store.bulk_add() as add:
            for done, entry in enumerate(fresh, start=1):
                created = _stamp(entry.created_at) if entry.created_at is not None else None
                updated_at = (_stamp(entry.updated_at) if created and entry.updated_at
                              else created)
                entry_id = add(EntryDraft(
                    entry_date=entry.entry_date, title=entry.title, body=entry.body,
                    mood=entry.mood, tags=list(entry.tags), prompt_id=entry.prompt_id,
                    share_with_therapist=entry.share_with_therapist), created, updated_at)
                for photo in entry.photos:
                    kept = _keep_photo(photo)
                    if kept is None:
                        photos_skipped += 1
                    else:
                        store.add_photo(entry_id, kept)
                        photos_kept += 1
                if progress is not None and done % PROGRESS_EVERY == 0 and done < total:
                    progress(done, total)
        for entry_id, entry in again:
            new_photos = _photos_to_add(vault, entry_id, entry)
            for photo in new_photos:
                store.add_photo(entry_id, photo)
            if new_photos:
                updated += 1
                photos_added += len(new_photos)
        if batch.checkins:
            checkins_done = daylio.write_checkins(
                vault, batch.checkins, progress=progress, done_before=len(fresh),
                total=total)
        # The search index is built at the end of bulk_add; then the last report.
        if progress is not None and total:
            progress(total, total)
        if batch.records:
            records_done = export_records.write(vault, batch.records, batch.source)
            if progress is not None:
                progress(total, total)  # a last chance to stop before it is committed
    first, last = _date_range(fresh)
    return ImportSummary(
        len(fresh), duplicates, first, last, photos_skipped, *records_done, photos_kept,
        updated=updated, photos_added=photos_added, not_imported=tuple(batch.skipped),
        undated=sum(1 for e in fresh if e.undated),
        undated_skipped=batch.left_out.get("undated_file", 0),
        left_out=dict(batch.left_out), kept=dict(batch.kept),
        checkins_imported=checkins_done.imported, checkins_skipped=checkins_done.skipped,
        selfcare_items_added=tuple(checkins_done.items_added),
        unknown_moods=dict(batch.unknown_moods))


def _keep_photo(photo: ImportedPhoto) -> Photo | None:
    """The photo as the entry keeps it, or None if it cannot be kept (not in the
    source, not JPEG or PNG, damaged or too large): it is skipped and counted."""
    if photo.data is None:
        return None
    try:
        return entry_photo(photo.data)
    except ImageRejected:
        return None


def import_file(vault: Vault, fmt: str, path: Path | str, *, password: str | None = None,
                progress: Progress | None = None, undated: str = "file-time",
                moods: dict[str, int | None] | None = None) -> ImportSummary:
    """Parse and import in one go (the command line's way)."""
    return import_entries(vault, parse_source(fmt, path, password=password,
                                              undated=undated, moods=moods),
                          progress=progress)
