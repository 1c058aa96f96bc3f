"""jrnl's JSON export (`jrnl --export json`).

    {"tags": {"@tag": 2, ...},
     "entries": [{"title": "...", "body": "...", "date": "YYYY-MM-DD", "time": "HH:MM",
                  "tags": ["@tag"], "starred": false}, ...]}

Times are the local time of the computer jrnl ran on (no time zone). Tags lose their
tag symbol (`@`, `#` or whatever jrnl was set up with); a starred entry gets the tag
"starred".
"""

from __future__ import annotations

import re
from datetime import datetime, time
from pathlib import Path
from typing import Any

from journal.errors import ImportFailed, Place
from journal.importers.common import (
    STARRED_TAG,
    ImportedEntry,
    check_moment,
    check_tags,
    check_text,
    entry_object_date,
    load_json,
    read_bytes,
)

_TAG_SYMBOLS = re.compile(r"^[^\w]+")


def parse(path: Path) -> list[ImportedEntry]:
    source = str(path)
    document = load_json(read_bytes(path), source)
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFailed(source, None, "not_jrnl")
    return [_entry(raw, source, Place("entry", i))
            for i, raw in enumerate(document["entries"], start=1)]


def _entry(raw: Any, source: str, where: Place) -> ImportedEntry:
    entry_date = entry_object_date(raw, source, where)
    clock = raw.get("time")
    created = None
    if clock not in (None, ""):
        if not isinstance(clock, str):
            raise ImportFailed(source, where, "not_text", field="time")
        try:
            created = check_moment(datetime.combine(entry_date, time.fromisoformat(clock)),
                                   source, where, "time")
        except ValueError:
            raise ImportFailed(source, where, "not_clock_time", field="time",
                               value=repr(clock)) from None
    tags = [_TAG_SYMBOLS.sub("", tag) for tag in check_tags(raw.get("tags"), source, where)]
    starred = raw.get("starred", False)
    if not isinstance(starred, bool | None):
        raise ImportFailed(source, where, "not_bool", field="starred")
    if starred:
        tags.append(STARRED_TAG)
    return ImportedEntry(
        entry_date=entry_date,
        title=check_text(raw.get("title"), source, where, "title"),
        body=check_text(raw.get("body"), source, where, "body"),
        tags=tags, created_at=created)
