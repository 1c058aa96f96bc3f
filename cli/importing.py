"""The import command and its report in plain English."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cli.errors import EXIT_IMPORT_INCOMPLETE, EXIT_OK, UsageError
from cli.inputs import open_vault, zip_password

if TYPE_CHECKING:
    from journal.importers import ImportSummary

# journal.importers.FORMATS, spelled out so that other commands need not import the
# importers (a test keeps the two the same).
IMPORT_FORMATS = ("jrnl-json", "dayone-json", "markdown", "daylio-csv", "haven-json")
# What becomes of a Markdown file with no date (journal.importers.UNDATED).
UNDATED_CHOICES = ("file-time", "today", "skip")
LEFT_OUT_WORDS = {"video": ("video", "videos"), "audio": ("audio recording",
                                                          "audio recordings"),
                  "pdf": ("PDF", "PDFs"), "sketch": ("sketch", "sketches"),
                  "other_media": ("other attachment", "other attachments")}


def _mood_map(pairs: Sequence[str]) -> dict[str, int | None]:
    moods: dict[str, int | None] = {}
    for pair in pairs:
        name, sep, value = pair.rpartition("=")
        value = value.strip()
        if not sep or not name.strip():
            raise UsageError(f"--mood takes NAME=0..10 or NAME=none, not {pair!r}")
        if value.lower() == "none":
            moods[name.strip()] = None
        elif value.isdigit() and 0 <= int(value) <= 10:
            moods[name.strip()] = int(value)
        else:
            raise UsageError(f"--mood takes NAME=0..10 or NAME=none, not {pair!r}")
    return moods


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _import_report(summary: ImportSummary, undated: str) -> list[str]:
    """The summary in plain English, one sentence a line."""
    lines = []
    line = f"Imported {_plural(summary.imported, 'entry', 'entries')}"
    if summary.first_date is not None and summary.last_date is not None:
        line += f" dated {summary.first_date.isoformat()} to {summary.last_date.isoformat()}"
    lines.append(f"{line}.")
    lines.append(f"Duplicates skipped: {summary.duplicates_skipped}.")
    if summary.updated:
        lines.append(f"Updated: {_plural(summary.updated, 'entry', 'entries')} already in"
                     f" the vault gained {_plural(summary.photos_added, 'photo', 'photos')}.")
    if summary.records_imported or summary.records_skipped:
        lines.append("Other records (check-ins, safe places, needs, boundaries, support"
                     " people, safety plan, STI tests, session topics):"
                     f" {summary.records_imported} imported, {summary.records_skipped}"
                     " already there.")
    if summary.checkins_imported or summary.checkins_skipped:
        lines.append(f"Check-ins: {summary.checkins_imported} imported,"
                     f" {summary.checkins_skipped} already there.")
    if summary.selfcare_items_added:
        lines.append("New self-care items (rename them in Haven if you like): "
                     + ", ".join(summary.selfcare_items_added) + ".")
    if summary.unknown_moods:
        names = ", ".join(f"{name} ({n})" for name, n in summary.unknown_moods.items())
        lines.append(f"Moods Haven could not place, kept in the note: {names};"
                     " map them with --mood \"NAME=0..10\".")
    if summary.photos_imported:
        lines.append(f"Photos kept: {summary.photos_imported}.")
    if summary.photos_skipped:
        lines.append(f"Photos skipped: {summary.photos_skipped} (not in the export, or not"
                     " JPEG or PNG).")
    media = [_plural(n, *LEFT_OUT_WORDS[kind]) for kind, n in summary.left_out.items()
             if kind in LEFT_OUT_WORDS and n]
    if media:
        text = media[0] if len(media) == 1 else ", ".join(media[:-1]) + " and " + media[-1]
        verb = "was" if sum(summary.left_out.get(k, 0) for k in LEFT_OUT_WORDS) == 1 else "were"
        lines.append(f"{text} {verb} not imported: Haven keeps text and photos.")
    kept = {"place": "place", "weather": "weather", "mood": "mood"}
    as_text = [f"{kept[k]} ({n})" for k, n in summary.kept.items() if k in kept and n]
    if as_text:
        lines.append("Kept as a line of text at the end of the entry: "
                     + ", ".join(as_text) + ".")
    if summary.undated or summary.undated_skipped:
        how = {"file-time": "dated by the file's time", "today": "dated today",
               "skip": "left out"}[undated]
        count = summary.undated if undated != "skip" else summary.undated_skipped
        lines.append(f"Undated: {_plural(count, 'file', 'files')} had no date of its own"
                     f" and {'was' if count == 1 else 'were'} {how} (see --undated).")
    if summary.not_imported:
        lines.append(f"Not imported: {_plural(len(summary.not_imported), 'file', 'files')}"
                     " could not be read:")
        for failure in summary.not_imported:
            where = f"{failure.source}, {failure.location}" if failure.location else (
                failure.source)
            lines.append(f"  {where}: {failure.reason}")
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    from journal.importers import import_entries, parse_source

    moods = _mood_map(args.mood)
    # Read the whole source before unlocking: a bad file fails without touching the vault.
    entries = parse_source(args.format, Path(args.path),
                           password=zip_password(args.zip_password_file),
                           undated=args.undated, moods=moods)
    with open_vault(args) as vault:
        summary = import_entries(vault, entries)
    if args.json:
        print(json.dumps(summary.as_json(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(_import_report(summary, args.undated)))
    if not summary.complete:
        print(f"haven: {len(summary.not_imported)} file(s) could not be read and were not"
              " imported (listed above); everything else was.", file=sys.stderr)
        return EXIT_IMPORT_INCOMPLETE
    return EXIT_OK
