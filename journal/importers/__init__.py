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

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from journal.entries import EntryStore, identity_key, photo_digest
from journal.errors import ImageRejected, ImportFailed
from journal.images import entry_photo, sniff_format
from journal.importers.common import (
    LEFT_OUT_KINDS,
    STARRED_TAG,
    UNDATED,
    ImportBatch,
    ImportedEntry,
    ImportedPhoto,
    Progress,
    utc_stamp,
)
from journal.models import EntryDraft, Photo
from journal.vault import Vault

# The parsed entry, photo and batch belong to the importers' shared module; callers
# know them from here.
__all__ = ["FORMATS", "LEFT_OUT_KINDS", "PROGRESS_EVERY", "STARRED_TAG", "UNDATED",
           "ImportBatch", "ImportPreview", "ImportSummary", "ImportedEntry",
           "ImportedPhoto", "Progress", "failure_json", "import_entries", "import_file",
           "parse_source", "preview"]

# How often import_entries reports progress (entries between calls).
PROGRESS_EVERY = 100


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

def _entry_key(entry: ImportedEntry) -> bytes:
    """An undated entry's key has no date (""): it matches the same title and body on
    any day."""
    return identity_key("" if entry.undated else entry.entry_date.isoformat(), entry.title,
                        entry.body)


def _existing_keys(vault: Vault, entries: Sequence[ImportedEntry]) -> dict[bytes, int]:
    """Key -> entry id of the vault's entries the source could repeat."""
    if not entries:
        return {}
    store = EntryStore(vault)
    dated = [e.entry_date for e in entries if not e.undated]
    found = store.identity_ids(min(dated), max(dated)) if dated else {}
    if len(dated) < len(entries):
        # A file's time changes when a folder is copied or synced: an undated entry is
        # the same as one with its title and body on any day.
        for key, entry_id in store.undated_identity_ids().items():
            found.setdefault(key, entry_id)
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


def _photos_to_add(vault: Vault, entry_id: int, entry: ImportedEntry) -> Iterator[Photo]:
    """The usable photos of `entry` that the vault's entry does not have yet, read one
    at a time."""
    have = EntryStore(vault).photo_digests(entry_id)
    for photo in entry.photos:
        kept = _keep_photo(photo)
        digest = photo_digest(kept.data) if kept is not None else None
        if kept is not None and digest is not None and digest not in have:
            have.add(digest)
            yield kept
        kept = None  # not held while the next one is read


def preview(entries: Sequence[ImportedEntry], vault: Vault | None = None) -> ImportPreview:
    """How many entries, their date range and photos; with a vault, also how many are
    already in it (or repeat within the source) and would be skipped."""
    from journal import export_records
    from journal.importers import daylio

    batch = _batch(entries)
    first, last = _date_range(batch)
    photos = sum(len(e.photos) for e in batch)
    unusable = sum(1 for e in batch for p in e.photos if _unusable(p))
    records = export_records.count(batch.records)
    common: dict[str, Any] = dict(
        records=records, photos_unusable=unusable, skipped=tuple(batch.skipped),
        undated=len(batch.undated), left_out=dict(batch.left_out), kept=dict(batch.kept),
        checkins=len(batch.checkins), unknown_moods=dict(batch.unknown_moods))
    if vault is None:
        return ImportPreview(len(batch), first, last, photos, **common)
    _, again, duplicates = _split_duplicates(vault, batch)
    updates = sum(1 for entry_id, entry in again
                  if next(_photos_to_add(vault, entry_id, entry), None) is not None)
    checkin_dupes = daylio.count_existing(vault, batch.checkins)
    return ImportPreview(len(batch), first, last, photos, duplicates, updates=updates,
                         checkins_duplicates=checkin_dupes, **common)


def import_entries(vault: Vault, entries: Sequence[ImportedEntry], *,
                   progress: Progress | None = None) -> ImportSummary:
    """Write the entries in one transaction, skipping duplicates (same date, title and
    body as an entry in the vault or earlier in `entries`). A duplicate of a vault entry
    that brings photos the vault's entry lacks gives it those photos ("updated").

    `progress(done, total)` is called every PROGRESS_EVERY entries and at the end; if it
    raises (to cancel), nothing is imported. Any failure leaves the vault unchanged.
    """
    from journal import import_records
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
                created = utc_stamp(entry.created_at) if entry.created_at is not None else None
                updated_at = (utc_stamp(entry.updated_at) if created and entry.updated_at
                              else created)
                entry_id = add(EntryDraft(
                    entry_date=entry.entry_date, title=entry.title, body=entry.body,
                    mood=entry.mood, tags=list(entry.tags), prompt_id=entry.prompt_id,
                    share_with_therapist=entry.share_with_therapist), created, updated_at)
                # Each photo is read from the source as it is stored (Day One zip):
                # one photo's bytes in memory at a time.
                for photo in entry.photos:
                    kept = _keep_photo(photo)
                    if kept is None:
                        photos_skipped += 1
                    else:
                        store.add_photo(entry_id, kept)
                        photos_kept += 1
                    del kept
                if progress is not None and done % PROGRESS_EVERY == 0 and done < total:
                    progress(done, total)
        for entry_id, entry in again:
            added = 0
            for new_photo in _photos_to_add(vault, entry_id, entry):
                store.add_photo(entry_id, new_photo)
                added += 1
                del new_photo
            if added:
                updated += 1
                photos_added += added
        if batch.checkins:
            checkins_done = daylio.write_checkins(
                vault, batch.checkins, progress=progress, done_before=len(fresh),
                total=total)
        # The search index is built at the end of bulk_add; then the last report.
        if progress is not None and total:
            progress(total, total)
        if batch.records:
            records_done = import_records.write(vault, batch.records, batch.source)
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
    data = photo.data
    if data is None:
        return None
    try:
        return entry_photo(data)
    except ImageRejected:
        return None


def _unusable(photo: ImportedPhoto) -> bool:
    """Known from its first bytes to be skipped on import (missing, too large, or not
    JPEG or PNG); a damaged JPEG or PNG is found only when it is stored."""
    head = photo.head()
    return head is None or sniff_format(head) is None


def import_file(vault: Vault, fmt: str, path: Path | str, *, password: str | None = None,
                progress: Progress | None = None, undated: str = "file-time",
                moods: dict[str, int | None] | None = None) -> ImportSummary:
    """Parse and import in one go (the command line's way)."""
    return import_entries(vault, parse_source(fmt, path, password=password,
                                              undated=undated, moods=moods),
                          progress=progress)
