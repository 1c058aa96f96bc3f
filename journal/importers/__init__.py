"""Imports from other journals: parse a source fully, then write it in one transaction.

Each importer module has `parse(path) -> list[ImportedEntry]` and raises only
`ImportFailed` for a source it cannot read. `import_entries` writes the parsed
entries into a vault in one transaction, skipping duplicates; a failure at any point
leaves the vault as it was. The UI calls `parse_source` on a worker thread, shows
`preview(...)`, then calls `import_entries(..., progress=...)` on a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from journal.entries import EntryStore, identity_key
from journal.errors import ImageRejected
from journal.images import entry_photo, sniff_format
from journal.importers.common import ImportedEntry, ImportedPhoto, utc_stamp
from journal.models import EntryDraft, Photo
from journal.vault import Vault

# The parsed entry and photo belong to the importers' shared module; callers know them
# from here.
__all__ = ["FORMATS", "PROGRESS_EVERY", "ImportPreview", "ImportSummary", "ImportedEntry",
           "ImportedPhoto", "Progress", "import_entries", "import_file", "parse_source",
           "preview"]

# How often import_entries reports progress (entries between calls).
PROGRESS_EVERY = 100

Progress = Callable[[int, int], None]


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

def _entry_key(entry: ImportedEntry) -> bytes:
    return identity_key(entry.entry_date.isoformat(), entry.title, entry.body)


def _existing_keys(vault: Vault, entries: Sequence[ImportedEntry]) -> set[bytes]:
    if not entries:
        return set()
    return EntryStore(vault).identity_keys(min(e.entry_date for e in entries),
                                           max(e.entry_date for e in entries))


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
                created = utc_stamp(entry.created_at) if entry.created_at is not None else None
                updated = (utc_stamp(entry.updated_at) if created and entry.updated_at
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
