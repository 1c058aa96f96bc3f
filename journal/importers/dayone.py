"""Day One's JSON export: the zip (`Journal.json` or any top-level *.json, plus
`photos/<md5>.<type>`) or a bare JSON file.

    {"metadata": {"version": "1.0"},
     "entries": [{"uuid": "...", "creationDate": "2024-03-01T07:15:00Z",
                  "modifiedDate": "...", "timeZone": "Europe/Amsterdam",
                  "text": "# Title\\n\\nMarkdown", "tags": ["..."], "starred": true,
                  "photos": [{"identifier": "...", "md5": "...", "type": "jpeg"}]}]}

Times are UTC; the entry's date is taken in its own time zone, so an entry written at
00:30 in Amsterdam stays on that day. Day One shows the first line as the title: it
becomes the title here when it is a heading, or a short line with more text below.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal.errors import ImportFailed, Place
from journal.importers.common import (
    STARRED_TAG,
    ImportedEntry,
    ImportedPhoto,
    check_moment,
    check_tags,
    check_text,
    load_json,
    parse_iso_datetime,
    read_bytes,
)

SHORT_TITLE = 80  # a first line up to this long, with text below it, is the title
_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$")
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])")

Photos = dict[str, bytes]


def parse(path: Path) -> list[ImportedEntry]:
    data = read_bytes(path)
    if data.startswith(b"PK"):
        return _parse_zip(data, str(path))
    return _parse_document(load_json(data, str(path)), str(path), None)


def _parse_zip(data: bytes, source: str) -> list[ImportedEntry]:
    # zipfile raises many kinds of errors for a damaged archive (BadZipFile, EOFError,
    # zlib.error, NotImplementedError, RuntimeError for encryption, ...): all of them
    # mean "this zip cannot be read", and nothing else runs inside these blocks.
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
    except Exception as exc:
        raise ImportFailed(source, None, "bad_zip", detail=exc) from None
    journals = sorted(n for n in names if "/" not in n and n.lower().endswith(".json"))
    if not journals:
        raise ImportFailed(source, None, "zip_lacks", name="Journal.json")
    photo_names = {n for n in names if n.startswith("photos/")}
    entries: list[ImportedEntry] = []
    for name in journals:
        inner = f"{source}/{name}"
        document = load_json(_read_member(archive, name, source), inner)

        def photo(file_name: str, inner: str = inner) -> bytes | None:
            member = f"photos/{file_name}"
            if member not in photo_names:
                return None
            return _read_member(archive, member, inner)

        entries += _parse_document(document, inner, photo)
    return entries


def _read_member(archive: zipfile.ZipFile, name: str, source: str) -> bytes:
    try:
        return archive.read(name)
    except Exception as exc:  # see _parse_zip
        raise ImportFailed(source, Place("file_in_zip", name=name), "zip_member_unreadable",
                           detail=exc) from None


def _parse_document(document: Any, source: str, photo: Any) -> list[ImportedEntry]:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFailed(source, None, "not_dayone")
    return [_entry(raw, source, Place("entry", i), photo)
            for i, raw in enumerate(document["entries"], start=1)]


def _zone(name: Any) -> Any:
    """The entry's time zone, or UTC when it is missing or unknown here."""
    if not isinstance(name, str) or not name:
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def _moment(value: Any, zone: Any, source: str, where: Place, what: str) -> datetime:
    moment = parse_iso_datetime(value, source, where, what)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # Day One writes UTC
    try:
        return check_moment(moment.astimezone(zone), source, where, what)
    except (OverflowError, ValueError):
        raise ImportFailed(source, where, "value_out_of_range", field=what, value=repr(value)
                           ) from None


def split_title(text: str) -> tuple[str, str]:
    """(title, body): the first line is the title if it is a heading, or short with
    more text below it; otherwise there is no title."""
    first, _, rest = text.lstrip("\n").partition("\n")
    heading = _HEADING.match(first.strip())
    if heading:
        return _ESCAPED.sub(r"\1", heading.group(1)).strip(), rest.lstrip("\n")
    if first.strip() and len(first.strip()) <= SHORT_TITLE and rest.strip():
        return _ESCAPED.sub(r"\1", first.strip()), rest.lstrip("\n")
    return "", text


def _entry(raw: Any, source: str, where: Place, photo: Any) -> ImportedEntry:
    if not isinstance(raw, dict):
        raise ImportFailed(source, where, "entry_not_object")
    zone = _zone(raw.get("timeZone"))
    created = _moment(raw.get("creationDate"), zone, source, where, "creationDate")
    modified = None
    if raw.get("modifiedDate") is not None:
        modified = _moment(raw["modifiedDate"], zone, source, where, "modifiedDate")
    text = check_text(raw.get("text"), source, where, "text")
    title, body = split_title(text)
    tags = check_tags(raw.get("tags"), source, where)
    starred = raw.get("starred", False)
    if not isinstance(starred, bool | None):
        raise ImportFailed(source, where, "not_bool", field="starred")
    if starred:
        tags.append(STARRED_TAG)
    return ImportedEntry(entry_date=created.date(), title=title, body=body, tags=tags,
                         created_at=created, updated_at=modified,
                         photos=_photos(raw.get("photos"), source, where, photo))


def _photos(value: Any, source: str, where: Place, photo: Any) -> list[ImportedPhoto]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFailed(source, where, "not_list", field="photos")
    result = []
    for item in value:
        if not isinstance(item, dict):
            raise ImportFailed(source, where, "item_not_object", field="photos")
        identifier = check_text(item.get("identifier"), source, where, "identifier")
        md5 = check_text(item.get("md5"), source, where, "md5")
        kind = check_text(item.get("type"), source, where, "type") or "jpeg"
        data = photo(f"{md5}.{kind}") if photo is not None and md5 else None
        result.append(ImportedPhoto(identifier, kind, data))
    return result
