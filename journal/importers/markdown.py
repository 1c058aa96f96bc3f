"""A folder of Markdown or text files (*.md, *.markdown, *.txt), one entry per file, or
one such file; jrnl's own Markdown and text exports (one file, many entries) too.

Sub-folders are read too; hidden files and folders (.obsidian, .git) are not. A file or
sub-folder that cannot be read is listed with the reason (and the line, for a broken
front matter); every other file is imported.

- Date: the front matter's `date`, `created`, `created_at`, `dateCreated` (any case, the
  first one that holds a date; a weekday beside it is fine, as is DD-MM-YYYY), else a
  date in the file name (`2024-03-15`, `15-03-2024`, `20240315`, `240315 - Title`),
  else none: then UNDATED decides (the file's time, today, or leave it out).
- Title: front matter `title:` (even an empty one; always as the text it is), else a
  leading `# ` heading (taken out of the body), else the file name without its date.
- Tags: front matter `tags:` (a list, or one text with commas), as text.
- Mood: Haven's 1-5; a folder whose moods go above 5 is on a 1-10 scale and is mapped
  (n → n/2, rounded up); any other mood (an emoji, a word) is kept as a line of text.
- Haven's own Markdown export also has `shared:` and `prompt:`; they are kept.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml

from journal.errors import ImportFailed, Place
from journal.importers.common import (
    ImportBatch,
    ImportedEntry,
    check_moment,
    check_text,
    read_bytes,
)
from journal.models import MOOD_MAX, MOOD_MIN

SUFFIXES = (".md", ".markdown", ".txt")
DATE_KEYS = ("date", "created", "created_at", "datecreated", "creation_date",
             "date_created")
MOOD_LINE = "Mood: {}"  # a mood Haven cannot map, kept in the entry's text
_HEADING = re.compile(r"^#[ \t]+(.*?)[ \t#]*$")
_FENCE_END = ("---", "...")
_FRONT = Place("front_matter")
# libyaml's loaders where PyYAML has them: four times faster on a large folder.
_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_BASE = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

_TIME = (r"(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?[ \t]*([AaPp][Mm])?"
         r"[ \t]*(Z|[+-]\d{2}:?\d{2})?)?")
_YMD = re.compile(r"(?<!\d)(\d{4})[-/._](\d{1,2})[-/._](\d{1,2})(?!\d)" + _TIME)
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/._](\d{1,2})[-/._](\d{4})(?!\d)" + _TIME)
_YMD_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_YMD_SHORT = re.compile(r"^(\d{2})(\d{2})(\d{2})(?!\d)")  # 240315 - Title.md

# jrnl's exports: `### 2023-12-24 20:00 Title` under `# 2023` / `## December` (one
# Markdown file), `[2023-12-24 20:00] Title` (text), `# 2023-12-24 20:00 Title` (one
# Markdown file per entry). The time follows jrnl's setting: 20:00 or 08:00:00 PM.
_JRNL_STAMP = (r"(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2}(?::\d{2})?)(?:[ \t]*([AaPp][Mm]))?")
_JRNL_MD = re.compile(r"^### " + _JRNL_STAMP + r"[ \t]*(.*)$")
_JRNL_MD_YEAR = re.compile(r"^# \d{4}[ \t]*$")
_JRNL_TXT = re.compile(r"^\[" + _JRNL_STAMP + r"\][ \t]?(.*)$")
_JRNL_ONE = re.compile(r"^# " + _JRNL_STAMP + r"[ \t]+(.*)$")
_JRNL_TAG = re.compile(r"(?<![\w@])@([^\W\d_][\w-]*)")


def files_in(folder: Path, unreadable: Callable[[OSError], None] | None = None,
             ) -> list[Path]:
    """The files that would be imported, in a stable order. A sub-folder that cannot
    be read is reported to `unreadable` (else it raises)."""

    def on_error(exc: OSError) -> None:
        if unreadable is None:
            raise exc
        unreadable(exc)

    found = []
    for root, dirs, names in os.walk(folder, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(root, name)
            if not name.startswith(".") and path.suffix.lower() in SUFFIXES and (
                    path.is_file()):
                found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def parse(path: Path, *, undated: str = "file-time") -> ImportBatch:
    batch = ImportBatch()
    batch.source = str(path)
    if path.is_file():
        batch.extend(parse_file(path, undated=undated, batch=batch))
        _map_mood_scale(batch)
        return batch
    if not path.is_dir():
        raise ImportFailed(str(path), None, "no_folder")

    def unreadable(exc: OSError) -> None:
        batch.skipped.append(ImportFailed(str(exc.filename or path), None, "unreadable",
                                          detail=exc.strerror or exc))

    try:
        os.listdir(path)
    except OSError as exc:
        raise ImportFailed(str(path), None, "unreadable",
                           detail=exc.strerror or exc) from None
    for file in files_in(path, unreadable):
        try:
            batch.extend(parse_file(file, undated=undated, batch=batch))
        except ImportFailed as failure:
            batch.skipped.append(failure)
    _map_mood_scale(batch)
    return batch


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The front matter as typed values and as plain text values (each key in lower
    case; empty if there is none), and the text after it."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, {}, text
    for end in range(1, len(lines)):
        if lines[end].rstrip() in _FENCE_END:
            break
    else:
        raise ImportFailed(source, Place("line", 1), "front_matter_open")
    block = "\n".join(lines[1:end])
    typed = _load_yaml(block, source, _SAFE)
    plain = _load_yaml(block, source, _BASE)  # every value as the text it is
    return typed, plain, "\n".join(lines[end + 1:])


def _load_yaml(block: str, source: str, loader: Any) -> dict[str, Any]:
    try:
        data = yaml.load(block, Loader=loader)  # only the Safe and Base loaders come here
    except yaml.MarkedYAMLError as exc:
        line = _yaml_line(exc, block.count("\n") + 1)
        raise ImportFailed(source, Place("line", line), "bad_yaml", detail=exc.problem
                           ) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise ImportFailed(source, _FRONT, "bad_yaml", detail=exc) from None
    if data is None or data == "":
        return {}
    if not isinstance(data, dict):
        raise ImportFailed(source, _FRONT, "front_matter_not_fields")
    return {str(k).lower(): v for k, v in data.items()}


def _yaml_line(exc: yaml.MarkedYAMLError, lines: int) -> int:
    """The file's line of a YAML error (after the opening ---): where it was found, or,
    when that is the end of the block (an unclosed bracket), where it began."""
    if exc.problem_mark is None:
        return 1
    line = exc.problem_mark.line
    if line >= lines and exc.context_mark is not None:
        line = exc.context_mark.line
    return min(line, lines - 1) + 2


def _clock(groups: tuple[str | None, ...]) -> time | None:
    hour, minute, second, half, zone = groups
    if hour is None:
        return None
    h, m, s = int(hour), int(minute or 0), int(second or 0)
    if half:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if half.lower() == "pm" else 0)
    tz = None
    if zone:
        if zone in ("Z", "z"):
            tz = UTC
        else:
            digits = zone[1:].replace(":", "")
            delta = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            if delta >= timedelta(hours=24):
                return None
            tz = timezone(-delta if zone[0] == "-" else delta)
    try:
        return time(h, m, s, tzinfo=tz)
    except ValueError:
        return None


def date_from_text(text: str) -> tuple[date, datetime | None] | None:
    """A date (and time, if one follows it) found in a text: YYYY-MM-DD or DD-MM-YYYY
    (also with / . or _), with or without a weekday around it."""
    for pattern, order in ((_YMD, (0, 1, 2)), (_DMY, (2, 1, 0))):
        for match in pattern.finditer(text):
            parts = match.groups()
            try:
                day = date(*(int(parts[i]) for i in order))
            except ValueError:
                continue
            clock = _clock(parts[3:])
            return day, datetime.combine(day, clock) if clock is not None else None
    return None


def _front_date(value: Any) -> tuple[date, datetime | None] | None:
    if isinstance(value, datetime):
        return value.date(), value
    if isinstance(value, date):
        return value, None
    if isinstance(value, int) and not isinstance(value, bool):
        seconds = value / 1000 if value > 10 ** 11 else value
        if 10 ** 8 < seconds < 10 ** 10:  # a Unix time (1973-2286)
            moment = datetime.fromtimestamp(seconds, UTC)
            return moment.date(), moment
        return None
    if isinstance(value, str):
        return date_from_text(value)
    return None


def date_in_name(name: str) -> date | None:
    """A date in a file name: 2024-03-15, 15-03-2024, 20240315, 240315 (at the start)."""
    found = date_from_text(name)
    if found is not None:
        return found[0]
    for pattern, century in ((_YMD_COMPACT, 0), (_YMD_SHORT, 2000)):
        for match in pattern.finditer(name):
            year, month, day = (int(g) for g in match.groups())
            try:
                return date(year + century, month, day)
            except ValueError:
                continue
    return None


def _title_from_name(stem: str) -> str:
    title = stem
    for pattern in (_YMD, _DMY, _YMD_COMPACT, _YMD_SHORT):
        stripped = pattern.sub("", title, count=1)
        if stripped != title:
            title = stripped
            break
    title = title.strip(" -_.")
    if " " not in title:
        title = title.replace("-", " ").replace("_", " ")
    return " ".join(title.split())


def _plain_text(value: Any) -> str:
    """A front-matter value as one line of text (a block title's lines joined)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(_plain_text(v) for v in value if v is not None)
    if isinstance(value, dict):
        return ""
    return " ".join(str(value).split())


def _tags(value: Any, source: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list):
        parts = [_plain_text(v) for v in value]
    else:
        return []
    return [check_text(t, source, _FRONT, "tags")
            for t in (" ".join(p.split()) for p in parts) if t]


def _mood(typed: Any, plain: Any) -> tuple[int | None, str]:
    """(a number to map, or None; text to keep when it is not a number)."""
    if typed is None or plain in (None, ""):
        return None, ""
    if isinstance(typed, int) and not isinstance(typed, bool):
        return typed, ""
    return None, _plain_text(plain)


def _decode(path: Path, source: str) -> str:
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(source, Place("byte", exc.start), "not_utf8") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_file(path: Path, *, undated: str = "file-time",
               batch: ImportBatch | None = None) -> list[ImportedEntry]:
    """The entries of one file: one, or several for a jrnl export."""
    source = str(path)
    batch = batch if batch is not None else ImportBatch()
    text = _decode(path, source)
    jrnl = _jrnl_export(text, source)
    if jrnl is not None:
        return jrnl
    typed, plain, body = split_front_matter(text, source)
    body = check_text(body, source, None, "body")

    found: tuple[date, datetime | None] | None = None
    bad_date = None
    for key in DATE_KEYS:
        if typed.get(key) is not None:
            found = _front_date(typed[key])
            if found is not None:
                break
            bad_date = (key, plain.get(key))
    if found is None:
        named = date_in_name(path.stem)
        if named is not None:
            found = (named, None)
        elif bad_date is not None:
            raise ImportFailed(source, _FRONT, "not_date", field=bad_date[0],
                               value=repr(_plain_text(bad_date[1])))
    is_undated = found is None
    if found is None:
        batch.undated.append(source)
        if undated == "skip":
            batch.left_out["undated_file"] += 1
            return []
        if undated == "today":
            found = (date.today(), None)
        else:
            try:
                moment = datetime.fromtimestamp(path.stat().st_mtime)
            except (OSError, OverflowError, ValueError) as exc:
                raise ImportFailed(source, None, "no_file_time", detail=exc) from None
            found = (moment.date(), moment)
    entry_date, created = found
    if created is not None:
        created = check_moment(created, source, _FRONT, "date")

    tags = _tags(plain.get("tags"), source)
    if "title" in plain:
        title = check_text(_plain_text(plain["title"]), source, _FRONT, "title")
    else:
        stripped = body.lstrip("\n")
        first, _, rest = stripped.partition("\n")
        heading = _HEADING.match(first.strip())
        if heading and heading.group(1).strip():
            title, body = heading.group(1).strip(), rest.lstrip("\n")
        else:
            title = _title_from_name(path.stem)
        one = _JRNL_ONE.match(f"# {title}") if heading else None
        if one is not None:  # jrnl's one file per entry: the time leaves the title
            entry_date, created, title = _jrnl_stamp(one, source)
            body = _jrnl_body(body, 1)
            tags += [t for t in _jrnl_tags(title, body) if t not in tags]

    number, mood_text = _mood(typed.get("mood"), plain.get("mood"))
    if mood_text:
        body = body.rstrip("\n") + ("\n\n" if body.strip() else "") + MOOD_LINE.format(
            mood_text)
        batch.kept["mood"] += 1

    shared = typed.get("shared", False)
    if not isinstance(shared, bool | None):
        raise ImportFailed(source, _FRONT, "not_bool", field="shared")
    # A prompt id is never ambiguous YAML, but Haven's own export writes `prompt: null`.
    prompt = _plain_text(typed.get("prompt")) or None
    entry = ImportedEntry(
        entry_date=entry_date, title=title, body=body,
        tags=tags, created_at=created, prompt_id=prompt,
        share_with_therapist=bool(shared), undated=is_undated)
    entry.mood = number  # mapped to Haven's scale once the whole folder is read
    return [entry]


def _map_mood_scale(batch: ImportBatch) -> None:
    """Haven's own moods are 1-5; a source whose moods go above 5 is on a 1-10 scale
    (0-10 with a 0): each is mapped to n/2 rounded up. Numbers beyond 10 are kept as
    text."""
    numbers = [e.mood for e in batch if e.mood is not None]
    ten = any(n > MOOD_MAX for n in numbers if n <= 10) or any(n == 0 for n in numbers)
    for entry in batch:
        n = entry.mood
        if n is None:
            continue
        if ten and 0 <= n <= 10:
            entry.mood = max(MOOD_MIN, (n + 1) // 2)
        elif not ten and MOOD_MIN <= n <= MOOD_MAX:
            continue
        else:
            entry.mood = None
            entry.body = entry.body.rstrip("\n") + (
                "\n\n" if entry.body.strip() else "") + MOOD_LINE.format(n)
            batch.kept["mood"] += 1


# -- jrnl's Markdown and text exports ------------------------------------------------------

def _jrnl_export(text: str, source: str) -> list[ImportedEntry] | None:
    """The entries of jrnl's one-file Markdown or text export, or None if it is not
    one (a file that starts with such a heading or stamp line)."""
    lines = text.split("\n")
    first = next((line for line in lines if line.strip()), "")
    if _JRNL_MD_YEAR.match(first) and any(_JRNL_MD.match(line) for line in lines):
        pattern, demoted = _JRNL_MD, 3
    elif _JRNL_TXT.match(first):
        pattern, demoted = _JRNL_TXT, 0
    else:
        return None
    entries: list[ImportedEntry] = []
    current: tuple[Any, list[str]] | None = None

    def finish() -> None:
        if current is None:
            return
        match, body_lines = current
        entry_date, created, title = _jrnl_stamp(match, source)
        starred = pattern is _JRNL_TXT and title.endswith(" *")
        if starred:
            title = title[:-2].rstrip()
        body = _jrnl_body("\n".join(body_lines), demoted)
        tags = _jrnl_tags(title, body)
        if starred:
            tags.append("starred")
        entries.append(ImportedEntry(entry_date=entry_date, title=title, body=body,
                                     tags=tags, created_at=created))

    for line in lines:
        match = pattern.match(line)
        if match:
            finish()
            current = (match, [])
        elif current is not None:
            if pattern is _JRNL_MD and (line.startswith(("# ", "## ")) and (
                    _JRNL_MD_YEAR.match(line) or re.match(r"^## [^\W\d_]+[ \t]*$", line))):
                continue  # the year and month headings between entries
            current[1].append(line)
    finish()
    return entries


def _jrnl_tags(title: str, body: str) -> list[str]:
    """jrnl's @tags, lower case as its JSON export has them, without the @."""
    tags: list[str] = []
    for tag in _JRNL_TAG.findall(f"{title}\n{body}"):
        if tag.lower() not in tags:
            tags.append(tag.lower())
    return tags


def _jrnl_stamp(match: Any, source: str) -> tuple[date, datetime, str]:
    day_text, clock_text, half, title = match.groups()
    try:
        day = date.fromisoformat(day_text)
        parts = [int(p) for p in clock_text.split(":")]
        hour = parts[0]
        if half:
            if not 1 <= hour <= 12:
                raise ValueError(hour)
            hour = hour % 12 + (12 if half.lower() == "pm" else 0)
        moment = datetime.combine(day, time(hour, parts[1], parts[2] if len(parts) > 2
                                            else 0))
    except ValueError:
        raise ImportFailed(source, None, "not_datetime", field="date",
                           value=repr(match.group(0))) from None
    return day, check_moment(moment, source, None, "date"), title.strip()


def _jrnl_body(body: str, demoted: int) -> str:
    """The body as she wrote it: jrnl's export pushes headings down under its own."""
    lines = body.split("\n")
    if demoted:
        prefix = "#" * demoted
        lines = [line[demoted:] if line.startswith(prefix + "#") else line
                 for line in lines]
    return "\n".join(line.rstrip() for line in lines).strip("\n")
