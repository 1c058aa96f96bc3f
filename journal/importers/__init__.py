"""Imports from other journals: parse a source fully, then write it in one transaction.

Each importer module has `parse(path) -> list[ImportedEntry]` and raises only
`ImportFailed` for a source it cannot read. `import_entries` writes the parsed
entries into a vault in one transaction, skipping duplicates; a failure at any point
leaves the vault as it was. The UI calls `parse_source` on a worker thread, shows
`preview(...)`, then calls `import_entries(..., progress=...)` on a worker thread.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
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


@dataclass(frozen=True)
class ImportPreview:
    count: int
    first_date: date | None
    last_date: date | None
    photos: int
    duplicates: int | None = None  # known only when a vault was given
    records: int = 0  # export_records.COUNTED_KINDS (Haven JSON only)
    photos_unusable: int = 0  # not in the source, or not JPEG or PNG: will be skipped


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

FORMATS = ("jrnl-json", "dayone-json", "markdown", "haven-json")


def parse_source(fmt: str, path: Path | str, *, password: str | None = None,
                 ) -> list[ImportedEntry]:
    """Parse a source of one of FORMATS fully; ImportFailed if anything is wrong.

    `password` opens a protected Haven export zip (haven-json only).
    """
    from journal.importers import dayone, haven_json, jrnl, markdown

    path = Path(path)
    if fmt == "haven-json":
        return haven_json.parse(path, password)
    parsers: dict[str, Callable[[Path], list[ImportedEntry]]] = {
        "jrnl-json": jrnl.parse, "dayone-json": dayone.parse, "markdown": markdown.parse,
    }
    if fmt not in parsers:
        raise ValueError(f"unknown import format {fmt!r}")
    return parsers[fmt](path)


# -- preview and import -------------------------------------------------------------------

def _key(entry_date: str, title: str, body: str) -> bytes:
    """What makes two entries the same: date, title and body, as the store keeps them."""
    text = "\x1f".join((entry_date, unicodedata.normalize("NFC", title.strip()),
                        unicodedata.normalize("NFC", body)))
    return hashlib.sha256(text.encode("utf-8")).digest()


def _entry_key(entry: ImportedEntry) -> bytes:
    return _key(entry.entry_date.isoformat(), entry.title, entry.body)


def _existing_keys(vault: Vault, entries: Sequence[ImportedEntry]) -> set[bytes]:
    if not entries:
        return set()
    low = min(e.entry_date for e in entries).isoformat()
    high = max(e.entry_date for e in entries).isoformat()
    cursor = vault.execute("SELECT entry_date, title, body FROM entries"
                           " WHERE entry_date BETWEEN ? AND ?", (low, high))
    # Row by row: only the hashes are kept, not every body of a large vault.
    return {_key(r["entry_date"], r["title"], r["body"]) for r in cursor}


def _split_duplicates(vault: Vault | None, entries: Sequence[ImportedEntry],
                      ) -> tuple[list[ImportedEntry], int]:
    seen = _existing_keys(vault, entries) if vault is not None else set()
    fresh: list[ImportedEntry] = []
    for entry in entries:
        key = _entry_key(entry)
        if key not in seen:
            seen.add(key)
            fresh.append(entry)
    return fresh, len(entries) - len(fresh)


def _date_range(entries: Iterable[ImportedEntry]) -> tuple[date | None, date | None]:
    dates = [e.entry_date for e in entries]
    return (min(dates), max(dates)) if dates else (None, None)


def preview(entries: Sequence[ImportedEntry], vault: Vault | None = None) -> ImportPreview:
    """How many entries, their date range and photos; with a vault, also how many are
    already in it (or repeat within the source) and would be skipped."""
    from journal import export_records

    first, last = _date_range(entries)
    photos = sum(len(e.photos) for e in entries)
    unusable = sum(1 for e in entries for p in e.photos
                   if p.data is None or sniff_format(p.data) is None)
    records = export_records.count(getattr(entries, "records", {}))
    if vault is None:
        return ImportPreview(len(entries), first, last, photos, records=records,
                             photos_unusable=unusable)
    _, duplicates = _split_duplicates(vault, entries)
    return ImportPreview(len(entries), first, last, photos, duplicates, records, unusable)


def _stamp(moment: datetime) -> str:
    """ISO 8601 in UTC, as the entries store writes it; naive times are local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def import_entries(vault: Vault, entries: Sequence[ImportedEntry], *,
                   progress: Progress | None = None) -> ImportSummary:
    """Write the entries in one transaction, skipping duplicates (same date, title and
    body as an entry in the vault or earlier in `entries`).

    `progress(done, total)` is called every PROGRESS_EVERY entries and at the end; if it
    raises (to cancel), nothing is imported. Any failure leaves the vault unchanged.
    """
    from journal import export_records

    store = EntryStore(vault)
    records = getattr(entries, "records", None)
    records_done = (0, 0)
    photos_kept = photos_skipped = 0
    with vault.transaction():
        fresh, duplicates = _split_duplicates(vault, entries)
        total = len(fresh)
        with store.bulk_add() as add:
            for done, entry in enumerate(fresh, start=1):
                created = _stamp(entry.created_at) if entry.created_at is not None else None
                updated = (_stamp(entry.updated_at) if created and entry.updated_at
                           else created)
                entry_id = add(EntryDraft(
                    entry_date=entry.entry_date, title=entry.title, body=entry.body,
                    mood=entry.mood, tags=list(entry.tags), prompt_id=entry.prompt_id,
                    share_with_therapist=entry.share_with_therapist), created, updated)
                for photo in entry.photos:
                    kept = _keep_photo(photo)
                    if kept is None:
                        photos_skipped += 1
                    else:
                        store.add_photo(entry_id, kept)
                        photos_kept += 1
                if progress is not None and done % PROGRESS_EVERY == 0 and done < total:
                    progress(done, total)
        # The search index is built at the end of bulk_add; then the last report.
        if progress is not None and total:
            progress(total, total)
        if records:
            records_done = export_records.write(vault, records,
                                                getattr(entries, "source", ""))
            if progress is not None:
                progress(total, total)  # a last chance to stop before it is committed
    first, last = _date_range(fresh)
    return ImportSummary(len(fresh), duplicates, first, last, photos_skipped, *records_done,
                         photos_kept)


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
                progress: Progress | None = None) -> ImportSummary:
    """Parse and import in one go (the command line's way)."""
    return import_entries(vault, parse_source(fmt, path, password=password),
                          progress=progress)
