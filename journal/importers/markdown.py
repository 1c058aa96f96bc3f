"""A folder of Markdown or text files (*.md, *.markdown, *.txt), one entry per file.

Sub-folders are read too; hidden files and folders (.obsidian, .git) are not.

- Date: YAML front matter `date:`, else a YYYY-MM-DD in the file name, else the file's
  modification time.
- Title: front matter `title:` (even an empty one), else a leading `# ` heading (taken
  out of the body), else the file name without its date.
- Tags: front matter `tags:` (a list, or one text with commas).
- Haven's own Markdown export also has `mood:`, `shared:` and `prompt:`; they are kept.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from journal.errors import ImportFailed, Place
from journal.importers.common import (
    ImportedEntry,
    check_moment,
    check_mood,
    check_tags,
    check_text,
    read_bytes,
)

SUFFIXES = (".md", ".markdown", ".txt")
_DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_HEADING = re.compile(r"^#[ \t]+(.*?)[ \t#]*$")
_FENCE_END = ("---", "...")
_FRONT = Place("front_matter")


def files_in(folder: Path) -> list[Path]:
    """The files that would be imported, in a stable order."""
    found = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if path.suffix.lower() in SUFFIXES and path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def parse(path: Path) -> list[ImportedEntry]:
    if path.is_file():
        return [parse_file(path)]
    if not path.is_dir():
        raise ImportFailed(str(path), None, "no_folder")
    try:
        files = files_in(path)
    except OSError as exc:
        raise ImportFailed(str(path), None, "unreadable",
                           detail=exc.strerror or exc) from None
    return [parse_file(f) for f in files]


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """The front matter as a dict (empty if there is none) and the text after it."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].rstrip() in _FENCE_END:
            break
    else:
        raise ImportFailed(source, Place("line", 1), "front_matter_open")
    block = "\n".join(lines[1:end])
    try:
        data = yaml.safe_load(block)
    except yaml.MarkedYAMLError as exc:
        line = (exc.problem_mark.line + 2) if exc.problem_mark else 1
        raise ImportFailed(source, Place("line", line), "bad_yaml", detail=exc.problem
                           ) from None
    except (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError) as exc:
        raise ImportFailed(source, _FRONT, "bad_yaml", detail=exc) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ImportFailed(source, _FRONT, "front_matter_not_fields")
    return data, "\n".join(lines[end + 1:])


def _front_date(value: Any, source: str) -> tuple[date, datetime | None]:
    if isinstance(value, datetime):
        return value.date(), check_moment(value, source, _FRONT, "date")
    if isinstance(value, date):
        return value, None
    if isinstance(value, str):
        text = value.strip()
        if text.endswith(("Z", "z")):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ImportFailed(source, _FRONT, "not_date", field="date", value=repr(value)
                               ) from None
        if len(text) == 10:  # a bare date
            return moment.date(), None
        return moment.date(), check_moment(moment, source, _FRONT, "date")
    raise ImportFailed(source, _FRONT, "not_date", field="date", value=repr(value))


def _date_in_name(name: str) -> date | None:
    for match in _DATE_IN_NAME.finditer(name):
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            continue
    return None


def _title_from_name(stem: str) -> str:
    title = _DATE_IN_NAME.sub("", stem, count=1).strip(" -_.")
    if " " not in title:
        title = title.replace("-", " ").replace("_", " ")
    return " ".join(title.split())


def _scalar_text(value: Any, source: str, what: str) -> str:
    if value is None:
        return ""
    if isinstance(value, str | int | float | date):
        return check_text(str(value), source, _FRONT, what)
    raise ImportFailed(source, _FRONT, "not_text", field=what)


def _tags(value: Any, source: str) -> list[str]:
    if isinstance(value, str):
        return [t for t in (part.strip() for part in value.split(",")) if t]
    if isinstance(value, list):
        value = [str(v) if isinstance(v, int | float) else v for v in value]
    return check_tags(value, source, _FRONT)


def parse_file(path: Path) -> ImportedEntry:
    source = str(path)
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(source, Place("byte", exc.start), "not_utf8") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    front, body = split_front_matter(text, source)
    body = check_text(body, source, None, "body")

    created = None
    if front.get("date") is not None:
        entry_date, created = _front_date(front["date"], source)
    elif (named := _date_in_name(path.name)) is not None:
        entry_date = named
    else:
        try:
            created = datetime.fromtimestamp(path.stat().st_mtime)
        except (OSError, OverflowError, ValueError) as exc:
            raise ImportFailed(source, None, "no_file_time", detail=exc) from None
        entry_date = created.date()

    title = _scalar_text(front.get("title"), source, "title")
    if "title" not in front:
        stripped = body.lstrip("\n")
        first, _, rest = stripped.partition("\n")
        heading = _HEADING.match(first.strip())
        if heading and heading.group(1).strip():
            title, body = heading.group(1).strip(), rest.lstrip("\n")
        else:
            title = _title_from_name(path.stem)

    shared = front.get("shared", False)
    if not isinstance(shared, bool | None):
        raise ImportFailed(source, _FRONT, "not_bool", field="shared")
    prompt = _scalar_text(front.get("prompt"), source, "prompt") or None
    return ImportedEntry(
        entry_date=entry_date, title=title, body=body, tags=_tags(front.get("tags"), source),
        created_at=created, mood=check_mood(front.get("mood"), source, _FRONT),
        prompt_id=prompt, share_with_therapist=bool(shared))
