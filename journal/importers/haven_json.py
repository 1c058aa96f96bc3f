"""Haven's own JSON export (docs/FORMAT.md), for moving between computers and restoring.

A document from a newer format version, or one holding record kinds this Haven does not
know, is refused rather than imported in part.
"""

from __future__ import annotations

import base64
import binascii
import io
from pathlib import Path
from typing import Any

import pyzipper

from journal import export_container, export_records, import_records
from journal.errors import ExportDamaged, ExportWrongPassword, ImportFailed, Place
from journal.export import (
    FORMAT_NAME,
    FORMAT_VERSION,
    JSON_NAME_IN_ZIP,
    NEUTRAL_JSON_NAME_IN_ZIP,
)
from journal.importers.common import (
    ImportBatch,
    ImportedEntry,
    ImportedPhoto,
    check_moment,
    check_mood,
    check_tags,
    check_text,
    entry_object_date,
    load_json,
    parse_iso_datetime,
    read_bytes,
    zip_errors,
)

HEADER_KEYS = {"format", "version", "exported_at"}
RECORD_KINDS = {"entries", *export_records.RECORD_KINDS}


class HavenImport(ImportBatch):
    """The entries of a Haven export, with its other record kinds in `records` (checked,
    written by `import_entries` in the same transaction)."""


def parse(path: Path, password: str | None = None) -> HavenImport:
    """A Haven JSON file, or the password-protected zip that `export_json` writes."""
    source = str(path)
    data = read_bytes(path)
    if data.startswith(b"PK"):
        data, member = _from_zip(data, source, password)
        source = f"{source}/{member}"
    elif export_container.is_container(data):
        data = _from_container(data, source, password)
    return parse_document(load_json(data, source), source)


def _from_zip(data: bytes, source: str, password: str | None) -> tuple[bytes, str]:
    """The JSON document in the zip and its name there (the discreet-mode name too)."""
    try:
        with pyzipper.AESZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            member = next((n for n in (JSON_NAME_IN_ZIP, NEUTRAL_JSON_NAME_IN_ZIP)
                           if n in names), JSON_NAME_IN_ZIP)
            info = archive.getinfo(member)
            if info.flag_bits & 0x1 and not password:
                raise ImportFailed(source, None, "zip_needs_password")
            if password:
                archive.setpassword(password.encode("utf-8"))
            return archive.read(member), member
    except ImportFailed:
        raise
    except KeyError:
        raise ImportFailed(source, None, "zip_lacks", name=JSON_NAME_IN_ZIP) from None
    except RuntimeError as exc:
        if "password" in str(exc).lower():
            raise ImportFailed(source, None, "zip_wrong_password") from None
        raise ImportFailed(source, None, "bad_zip", detail=exc) from None
    except zip_errors() as exc:
        raise ImportFailed(source, None, "bad_zip", detail=exc) from None


def _from_container(data: bytes, source: str, password: str | None) -> bytes:
    """The JSON document in a protected export (journal/export_container.py)."""
    if not password:
        raise ImportFailed(source, None, "needs_password")
    try:
        return export_container.read_all(io.BytesIO(data), password)
    except ExportWrongPassword:
        raise ImportFailed(source, None, "wrong_password") from None
    except ExportDamaged as exc:
        raise ImportFailed(source, None, "damaged_container", detail=exc) from None


def parse_document(document: Any, source: str) -> HavenImport:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise ImportFailed(source, None, "not_haven")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportFailed(source, None, "no_version")
    if version > FORMAT_VERSION:
        raise ImportFailed(source, None, "newer_version", version=version)
    unknown = sorted(str(k) for k in document if k not in HEADER_KEYS | RECORD_KINDS)
    if unknown:
        raise ImportFailed(source, None, "unknown_records", names=", ".join(unknown))
    entries = document.get("entries", [])
    if not isinstance(entries, list):
        raise ImportFailed(source, Place("list", name="entries"), "not_list", field="entries")
    result = HavenImport(_entry(raw, source, Place("entry", i))
                         for i, raw in enumerate(entries, start=1))
    result.records = import_records.parse(document, source)
    result.source = source
    return result


def _entry(raw: Any, source: str, where: Place) -> ImportedEntry:
    entry_date = entry_object_date(raw, source, where)
    created = updated = None
    if raw.get("created_at") is not None:
        created = check_moment(parse_iso_datetime(raw["created_at"], source, where,
                                                  "created_at"), source, where, "created_at")
    if raw.get("updated_at") is not None:
        updated = check_moment(parse_iso_datetime(raw["updated_at"], source, where,
                                                  "updated_at"), source, where, "updated_at")
    shared = raw.get("share_with_therapist", False)
    if not isinstance(shared, bool):
        raise ImportFailed(source, where, "not_bool", field="share_with_therapist")
    prompt = raw.get("prompt_id")
    return ImportedEntry(
        entry_date=entry_date,
        title=check_text(raw.get("title"), source, where, "title"),
        body=check_text(raw.get("body"), source, where, "body"),
        tags=check_tags(raw.get("tags"), source, where),
        created_at=created, updated_at=updated,
        mood=check_mood(raw.get("mood"), source, where),
        prompt_id=check_text(prompt, source, where, "prompt_id") or None,
        share_with_therapist=shared, photos=_photos(raw.get("photos"), source, where))


def _photos(value: Any, source: str, where: Place) -> list[ImportedPhoto]:
    """An entry's photos: JPEG or PNG bytes in base64 (checked again on import)."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFailed(source, where, "not_list", field="photos")
    result = []
    for i, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise ImportFailed(source, where, "item_not_object", field="photos")
        text = check_text(item.get("data"), source, where, "data")
        try:
            data = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raise ImportFailed(source, where, "photo_not_base64") from None
        mime = check_text(item.get("mime"), source, where, "mime")
        result.append(ImportedPhoto(str(i), mime.removeprefix("image/"), data))
    return result
