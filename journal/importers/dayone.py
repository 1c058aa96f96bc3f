"""Day One's JSON export: the zip (one `<journal>.json` per journal, each with
`photos/<md5>.<type>` beside it, anywhere in the zip) or a bare JSON file.

    {"metadata": {"version": "1.0"},
     "entries": [{"uuid": "...", "creationDate": "2024-03-01T07:15:00Z",
                  "modifiedDate": "...", "timeZone": "Europe/Amsterdam",
                  "text": "# Title\\n\\nMarkdown", "tags": ["..."], "starred": true,
                  "photos": [{"identifier": "...", "md5": "...", "type": "jpeg",
                              "orderInEntry": 0}],
                  "videos": [...], "audios": [...], "pdfAttachments": [...],
                  "location": {"placeName": "...", ...}, "weather": {...}}]}

Times are UTC; the entry's date is taken in its own time zone, so an entry written at
00:30 in Amsterdam stays on that day. The title is what Day One shows: the first line of
text after any leading photos or other media (a long line cut at a word boundary).
Day One escapes Markdown characters that need no escaping (`\\.`, `\\-`, `\\(`, `\\!`);
those escapes are taken out, the ones that matter stay. Media links leave the text:
photos are kept with the entry in Day One's order (`orderInEntry`), other media are
counted and not kept. Place and weather become a short line at the end.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from journal.errors import ImportFailed, Place
from journal.importers.common import (
    HEAD_BYTES,
    STARRED_TAG,
    ImportBatch,
    ImportedEntry,
    ImportedPhoto,
    PhotoFile,
    check_moment,
    check_tags,
    check_text,
    load_json,
    parse_iso_datetime,
    read_bytes,
    zip_errors,
)

TITLE_MAX = 80  # a longer first line is cut at a word boundary for the title
# Reading a zip is bounded: a few MB of zip can unpack to many GB.
ZIP_MAX_TOTAL = 2 * 1024 ** 3  # bytes read from one zip, all members together
ZIP_MAX_JSON = 512 * 1024 ** 2  # one journal's JSON
ZIP_MAX_PHOTO = 25 * 1024 ** 2  # one photo (as Haven keeps at most: ENTRY_PHOTO_MAX_BYTES)
_CHUNK = 64 * 1024  # small pieces: reading a photo holds about twice its size, no more

_HEADING = re.compile(r"^#{1,6}[ \t]+(.*?)[ \t#]*$")
_MEDIA = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:/{1,2}(?:([A-Za-z]+)/)?([A-Za-z0-9_-]+)\)")
_LEADING_MEDIA = re.compile(r"\A(?:\s*" + _MEDIA.pattern + r"[ \t]*(?:\n|\Z))+")
# Day One's escapes: a backslash before a punctuation character.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_MEDIA_KINDS = {"videos": "video", "audios": "audio", "pdfAttachments": "pdf",
                "sketches": "sketch"}

PhotoReader = Any  # (file name) -> PhotoFile | None


def parse(path: Path) -> ImportBatch:
    source = str(path)
    try:
        with path.open("rb") as f:
            is_zip = f.read(2) == b"PK"
    except OSError as exc:
        raise ImportFailed(source, None, "unreadable", detail=exc.strerror or exc) from None
    batch = ImportBatch()
    batch.source = source
    if is_zip:
        _parse_zip(path, source, batch)
    else:
        _parse_document(load_json(read_bytes(path), source), source, None, batch)
    return batch


def _open_zip(path: Path, source: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(path)
        archive.infolist()
    except zip_errors() as exc:
        raise ImportFailed(source, None, "bad_zip", detail=exc) from None
    return archive


def _parse_zip(path: Path, source: str, batch: ImportBatch) -> None:
    with _open_zip(path, source) as archive:
        budget = _Budget(source)
        by_name = {info.filename: info for info in archive.infolist() if not info.is_dir()}
        journals = sorted(name for name in by_name if _is_journal_name(name))
        if not journals:
            raise ImportFailed(source, None, "zip_lacks", name="Journal.json")
        photos = _ZipPhotos(path, source)
        for name in journals:
            inner = f"{source}/{name}"
            data = _read_member(archive, by_name[name], source, budget, ZIP_MAX_JSON)
            if data is None:
                raise ImportFailed(source, Place("file_in_zip", name=name), "zip_too_large",
                                   limit=_megabytes(ZIP_MAX_JSON))
            folder = posixpath.dirname(name)

            def photo(file_name: str, folder: str = folder) -> PhotoFile | None:
                member = posixpath.join(folder, "photos", file_name)
                info = by_name.get(member)
                return None if info is None else _ZipPhoto(photos, info)

            _parse_document(load_json(data, inner), inner, photo, batch)
            del data


class _ZipPhotos:
    """The zip the photos of a batch are read from, when each is stored: only one
    photo's bytes are held at a time, whatever the size of the zip. It is opened again
    on first use (the parse has closed it) and stays open with the batch; a photo that
    cannot be read then fails the import, which leaves the vault as it was."""

    def __init__(self, path: Path, source: str) -> None:
        self._path = path
        self._archive: zipfile.ZipFile | None = None
        self.source = source
        self.budget = _Budget(source)  # all photos together, as read for storing

    def archive(self) -> zipfile.ZipFile:
        if self._archive is None:
            self._archive = _open_zip(self._path, self.source)
        return self._archive


class _ZipPhoto:
    """One photo in the zip (a PhotoFile)."""

    def __init__(self, photos: _ZipPhotos, info: zipfile.ZipInfo) -> None:
        self._photos = photos
        self._info = info

    def read(self) -> bytes | None:
        photos = self._photos
        return _read_member(photos.archive(), self._info, photos.source, photos.budget,
                            ZIP_MAX_PHOTO)

    def head(self) -> bytes | None:
        if self._info.file_size > ZIP_MAX_PHOTO:
            return None
        archive = self._photos.archive()
        try:
            with archive.open(self._info) as stream:
                return stream.read(HEAD_BYTES)
        except zip_errors() as exc:
            raise ImportFailed(self._photos.source,
                               Place("file_in_zip", name=self._info.filename),
                               "zip_member_unreadable", detail=exc) from None


def _is_journal_name(name: str) -> bool:
    parts = name.split("/")
    if any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return False
    # Photos and other media folders hold no journals.
    return name.lower().endswith(".json") and not any(
        p in ("photos", "videos", "audios", "pdfs") for p in parts[:-1])


def _megabytes(limit: int) -> int:
    return limit // (1024 * 1024)


class _Budget:
    """The bytes still allowed from one zip: over ZIP_MAX_TOTAL, the import stops."""

    def __init__(self, source: str) -> None:
        self.left = ZIP_MAX_TOTAL
        self.source = source

    def take(self, n: int) -> None:
        self.left -= n
        if self.left < 0:
            raise ImportFailed(self.source, None, "zip_too_large",
                               limit=_megabytes(ZIP_MAX_TOTAL))


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, source: str,
                 budget: _Budget, limit: int) -> bytes | None:
    """The member's bytes, read in pieces; None if it is larger than `limit` (whatever
    its header says: the pieces are counted as they come)."""
    if info.file_size > limit:
        return None
    parts: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    return None
                budget.take(len(chunk))
                parts.append(chunk)
    except ImportFailed:
        raise
    except zip_errors() as exc:
        raise ImportFailed(source, Place("file_in_zip", name=info.filename),
                           "zip_member_unreadable", detail=exc) from None
    return b"".join(parts)


def _parse_document(document: Any, source: str, photo: PhotoReader | None,
                    batch: ImportBatch) -> None:
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        raise ImportFailed(source, None, "not_dayone")
    for i, raw in enumerate(document["entries"], start=1):
        batch.append(_entry(raw, source, Place("entry", i), photo, batch))


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


def unescape(text: str) -> str:
    """Day One's text without the escapes that escape nothing in CommonMark; an escape
    that keeps a character from starting a heading, list, quote, emphasis, code, link
    or image stays."""
    out: list[str] = []
    last = 0
    for match in _ESCAPE.finditer(text):
        char = match.group(1)
        if _escape_matters(text, match.start(), char):
            continue
        out.append(text[last:match.start()])
        out.append(char)
        last = match.end()
    out.append(text[last:])
    return "".join(out)


def _escape_matters(text: str, at: int, char: str) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    after = text[at + 2:at + 3]
    if char in "\\`*_[]<>#|~&":
        return True  # emphasis, code, links, HTML, headings, tables: always kept
    if char in ".)":
        return before.strip().isdigit()  # "1\." would start a numbered list
    if char in "-+=":
        return not before.strip()  # a list, a rule or an underlined heading
    if char == "!":
        return after == "["
    if char == "(":
        return text[at - 1:at] == "]"
    return False


def _plain(title: str) -> str:
    """A title is plain text, not Markdown: no escape is needed in it."""
    return _ESCAPE.sub(r"\1", title)


def _strip_media(text: str) -> str:
    """The text without Day One's media links (and the empty lines they leave)."""
    text = _MEDIA.sub("", text)
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n")


def cut_title(line: str) -> str:
    """A first line as a title: whole up to TITLE_MAX characters, else cut at the last
    word boundary before it, with an ellipsis."""
    if len(line) <= TITLE_MAX:
        return line
    cut = line[:TITLE_MAX - 1]
    space = cut.rfind(" ")
    if space > TITLE_MAX // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-—–") + "…"


def split_title(text: str) -> tuple[str, str]:
    """(title, body) as Day One shows them. The first line of text, after any leading
    media, is the title: a heading or a short line leaves the body; a long line is cut
    for the title and stays whole in the body. No text: no title."""
    lead = _LEADING_MEDIA.match(text.lstrip("\n"))
    rest_of_text = text.lstrip("\n")[lead.end():] if lead else text.lstrip("\n")
    first, _, rest = rest_of_text.lstrip("\n").partition("\n")
    first = first.strip()
    if not first:
        return "", text
    heading = _HEADING.match(first)
    if heading:
        title = heading.group(1).strip()
    elif len(first) <= TITLE_MAX:
        title = first
    else:
        return _plain(cut_title(first)), text
    media = lead.group(0) if lead else ""
    return _plain(title), (media + rest.lstrip("\n")) if media else rest.lstrip("\n")


def _entry(raw: Any, source: str, where: Place, photo: PhotoReader | None,
           batch: ImportBatch) -> ImportedEntry:
    if not isinstance(raw, dict):
        raise ImportFailed(source, where, "entry_not_object")
    zone = _zone(raw.get("timeZone"))
    created = _moment(raw.get("creationDate"), zone, source, where, "creationDate")
    modified = None
    if raw.get("modifiedDate") is not None:
        modified = _moment(raw["modifiedDate"], zone, source, where, "modifiedDate")
    text = check_text(raw.get("text"), source, where, "text").replace("\r\n", "\n")
    title, body = split_title(text)
    body = unescape(_strip_media(body))
    place = _place_line(raw.get("location"), raw.get("weather"), batch)
    if place:
        body = f"{body}\n\n{place}" if body else place
    tags = check_tags(raw.get("tags"), source, where)
    starred = raw.get("starred", False)
    if not isinstance(starred, bool | None):
        raise ImportFailed(source, where, "not_bool", field="starred")
    if starred:
        tags.append(STARRED_TAG)
    _count_media(raw, source, where, batch.left_out)
    return ImportedEntry(entry_date=created.date(), title=title, body=body, tags=tags,
                         created_at=created, updated_at=modified,
                         photos=_photos(raw.get("photos"), source, where, photo))


def _count_media(raw: dict[str, Any], source: str, where: Place,
                 left_out: Counter[str]) -> None:
    for key, kind in _MEDIA_KINDS.items():
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, list):
            raise ImportFailed(source, where, "not_list", field=key)
        if value:
            left_out[kind] += len(value)


def _text(value: Any) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def _place_line(location: Any, weather: Any, batch: ImportBatch) -> str:
    """Where and in what weather, as one short line: "📍 Place, Town, Country · 8 °C,
    Mostly Cloudy"; empty if the entry has neither."""
    parts: list[str] = []
    if isinstance(location, dict):
        names = [_text(location.get(k)) for k in ("placeName", "localityName", "country")]
        seen: list[str] = []
        for name in names:
            if name and name not in seen:
                seen.append(name)
        if seen:
            parts.append("📍 " + ", ".join(seen))
            batch.kept["place"] += 1
    if isinstance(weather, dict):
        bits = []
        temperature = weather.get("temperatureCelsius")
        if isinstance(temperature, int | float) and not isinstance(temperature, bool) and (
                -100 < temperature < 100):
            bits.append(f"{round(temperature)} °C")
        conditions = _text(weather.get("conditionsDescription"))
        if conditions:
            bits.append(conditions)
        if bits:
            parts.append(", ".join(bits))
            batch.kept["weather"] += 1
    return " · ".join(parts)


def _order(item: dict[str, Any], index: int) -> tuple[int, int]:
    order = item.get("orderInEntry")
    if isinstance(order, int) and not isinstance(order, bool):
        return (0, order) if abs(order) < 2 ** 31 else (1, index)
    return (1, index)  # no order: after the ordered ones, as the array has them


def _photos(value: Any, source: str, where: Place, photo: PhotoReader | None,
            ) -> list[ImportedPhoto]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFailed(source, where, "not_list", field="photos")
    items = []
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise ImportFailed(source, where, "item_not_object", field="photos")
        items.append((_order(item, index), index, item))
    result = []
    for _, _, item in sorted(items, key=lambda t: (t[0], t[1])):
        identifier = check_text(item.get("identifier"), source, where, "identifier")
        md5 = check_text(item.get("md5"), source, where, "md5")
        kind = check_text(item.get("type"), source, where, "type") or "jpeg"
        file = None
        if photo is not None and md5 and "/" not in md5 and "/" not in kind:
            file = photo(f"{md5}.{kind}")
        result.append(ImportedPhoto(identifier, kind, file=file))
    return result

