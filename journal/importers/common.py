"""What every importer shares: the parsed entry and photo, the batch that carries what
the reading found besides the entries, and the checks that turn a bad value into an
ImportFailed naming where it is."""

from __future__ import annotations

import json
import lzma
import struct
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Protocol

from journal.errors import ImportFailed, Place
from journal.models import MOOD_MAX, MOOD_MIN

STARRED_TAG = "starred"
HEAD_BYTES = 16  # of a photo: enough for journal.images.sniff_format

def zip_errors() -> tuple[type[Exception], ...]:
    """What zipfile and pyzipper raise for a damaged or unusual archive: a bad header or
    checksum, a cut-off member, a bad compressed stream, an unknown compression method
    or encryption (NotImplementedError and the password errors are RuntimeErrors),
    offsets too large to seek to. Each means "this zip cannot be read"; anything else is
    a bug. Made when a zip failed: pyzipper takes 0.1 s to import, not paid at start."""
    import pyzipper

    return (zipfile.BadZipFile, pyzipper.BadZipFile, EOFError, OSError, ValueError,
            RuntimeError, OverflowError, zlib.error, lzma.LZMAError, struct.error)


# progress(done, total), called now and then by a long import; raising stops it.
Progress = Callable[[int, int], None]


class PhotoFile(Protocol):
    """A photo's file in the source (a zip member), read only when it is needed."""

    def read(self) -> bytes | None:
        """The whole file, or None if it is too large to keep."""

    def head(self) -> bytes | None:
        """Its first bytes (enough to tell JPEG and PNG from the rest), or None if it is
        too large to keep."""


@dataclass(frozen=True)
class ImportedPhoto:
    """A photo an entry refers to: its bytes in `content` (a Haven export holds them in
    the JSON), or its `file` in the source, read when the photo is stored so that only
    one photo is in memory at a time (a Day One zip), or neither when the source held no
    file for it (a bare Day One JSON). JPEG and PNG photos are kept with the entry;
    others (HEIC, ...) and missing ones are counted and skipped, and the rest of the
    import goes on."""

    identifier: str
    media_type: str  # the file extension: "jpeg", "png", "heic", ...
    content: bytes | None = None
    file: PhotoFile | None = None

    @property
    def data(self) -> bytes | None:
        """The photo's bytes (None: not in the source, or too large). A file is read
        again at each use and not kept here."""
        return self.file.read() if self.file is not None else self.content

    def head(self) -> bytes | None:
        if self.file is not None:
            return self.file.head()
        return None if self.content is None else self.content[:HEAD_BYTES]


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
        utc_stamp(moment)
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


def utc_stamp(moment: datetime) -> str:
    """ISO 8601 in UTC, as the entries store writes it; naive times are local time."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")
