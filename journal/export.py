"""Full export: Haven JSON (docs/FORMAT.md) and a Markdown folder, each either in clear
or inside an AES-256 encrypted zip.

An export is the one place where content leaves the vault in clear: the UI and the
command line say so before writing one without a password. Files are written to a
temporary name beside the target and renamed when complete, so a failure leaves no
half export behind.
"""

from __future__ import annotations

import base64
import gc
import io
import json
import os
import re
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyzipper
import yaml

from journal.entries import EntryStore, split_tags
from journal.errors import ExportTargetExists, TargetInVault
from journal.targets import check_target, publish, vault_holding
from journal.vault import Vault

FORMAT_NAME = "haven-export"
FORMAT_VERSION = 1
JSON_NAME_IN_ZIP = "haven-export.json"
# Discreet mode: the names in a zip can be read without its password, so none says Haven.
NEUTRAL_JSON_NAME_IN_ZIP = "notes.json"
SLUG_CHARS = 50
JSON_CHUNK = 256 * 1024  # characters of JSON encoded and written at a time
PHOTO_SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png"}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int
    encrypted: bool


# -- the Haven JSON document ------------------------------------------------------------

def _entry_records(vault: Vault) -> list[dict[str, Any]]:
    store = EntryStore(vault)
    rows = store.stored_rows()
    photos: dict[int, list[dict[str, Any]]] = {}
    for p in store.stored_photos():
        photos.setdefault(p["entry_id"], []).append({
            "mime": p["mime"], "width": p["width"], "height": p["height"],
            "data": base64.b64encode(p["data"]).decode("ascii")})
    records = [{
        "id": r["id"],
        "date": r["entry_date"],
        "title": r["title"],
        "body": r["body"],
        "mood": r["mood"],
        "tags": list(split_tags(r["tag_list"])),
        "prompt_id": r["prompt_id"],
        "share_with_therapist": bool(r["share_with_therapist"]),
        "created_at": r["created_at"],
        "updated_at": r["updated_at"],
    } for r in rows]
    for record in records:  # only entries with photos (most have none) carry the key
        if record["id"] in photos:
            record["photos"] = photos[record["id"]]
    return records


def haven_document(vault: Vault, *, now: datetime | None = None) -> dict[str, Any]:
    """Every record of every kind, as the JSON document of docs/FORMAT.md.

    A later record kind is one more top-level key beside "entries".
    """
    from journal import export_records

    with vault.transaction():  # one consistent snapshot across record kinds
        entries = _entry_records(vault)
        others = export_records.dump(vault)
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
        "entries": entries,
        **others,
    }


def haven_json_chunks(document: dict[str, Any]) -> Iterator[bytes]:
    """The Haven JSON of `document` (what `json.dumps(..., ensure_ascii=False,
    indent=2)` gives, and a newline) as UTF-8, a piece of about JSON_CHUNK characters at
    a time. Never the whole text at once: for 100,000 entries that is ~280 MB, and
    joining or encoding it holds Python's lock for seconds, so that the GUI thread stops
    while an export runs on a worker thread."""
    batch: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(document):
        batch.append(piece)
        size += len(piece)
        if size >= JSON_CHUNK:
            yield "".join(batch).encode("utf-8")
            batch, size = [], 0
    batch.append("\n")
    yield "".join(batch).encode("utf-8")


# -- the Markdown folder ------------------------------------------------------------------

def slug(title: str) -> str:
    """A file-name-safe form of a title: ASCII letters, digits and dashes."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return text[:SLUG_CHARS].rstrip("-") or "entry"


def markdown_text(record: dict[str, Any], photo_names: Sequence[str] = ()) -> str:
    """One entry as Markdown with YAML front matter (read back by the Markdown importer),
    its photos shown at the end (`![](name)`, files beside it)."""
    front = {
        "date": datetime.fromisoformat(record["date"]).date(),
        "title": record["title"],
        "tags": record["tags"],
        "mood": record["mood"],
        "shared": record["share_with_therapist"],
        "prompt": record["prompt_id"],
    }
    header = yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=10_000)
    body = record["body"]
    if photo_names:
        body = body.rstrip("\n") + "\n\n" if body.strip() else ""
        body += "".join(f"![]({name})\n" for name in photo_names)
    return f"---\n{header}---\n{body}"


def markdown_files(vault: Vault, *, named: bool = True) -> Iterator[tuple[str, bytes]]:
    """(file name, bytes) per entry, and per photo of an entry. Named files are
    YYYY-MM-DD-slug.md, made unique; unnamed ones are entry-00001.md, for zips whose file
    list anyone can read. An entry's photos are <its stem>-1.jpg, -2.png, … beside it."""
    used: set[str] = set()

    def unique(stem: str, suffix: str) -> str:
        name, n = f"{stem}{suffix}", 1
        while name.casefold() in used:
            n += 1
            name = f"{stem}-{n}{suffix}"
        used.add(name.casefold())
        return name

    with vault.transaction():
        records = _entry_records(vault)
    for number, record in enumerate(records, start=1):
        if named:
            name = unique(f"{record['date']}-{slug(record['title'])}", ".md")
        else:
            name = unique(f"entry-{number:05d}", ".md")
        stem = name.removesuffix(".md")
        photos = [(unique(f"{stem}-{index}", PHOTO_SUFFIXES.get(photo["mime"], ".jpg")),
                   photo["data"])
                  for index, photo in enumerate(record.get("photos", ()), start=1)]
        yield name, markdown_text(record, [n for n, _ in photos]).encode("utf-8")
        for photo_name, data in photos:
            yield photo_name, base64.b64decode(data)


# -- writing ------------------------------------------------------------------------------

@contextmanager
def _atomic_file(target: Path, *, overwrite: bool) -> Iterator[io.BufferedWriter]:
    """A file opened beside `target` (mode 0600) that gets its name only when complete;
    an existing `target` is replaced only when `overwrite` (checked first, and again as
    it is named). Never inside a vault folder."""
    check_target(target, overwrite=overwrite)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        publish(Path(temp), target, overwrite=overwrite)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _check_folder_target(target: Path) -> None:
    vault = vault_holding(target)
    if vault is not None:
        raise TargetInVault(str(target), str(vault))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ExportTargetExists(str(target))


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """While a whole journal is in memory as Python objects (100,000 entries: about a
    million of them), a full garbage collection walks them all: ~100 ms in which every
    thread waits, the GUI thread too, and it comes back each time the heap has grown by
    a quarter. Collection waits until the export is done; reference counting frees the
    objects as usual."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _write_zip(target: Path, password: str,
               files: Iterator[tuple[str, bytes | Iterator[bytes]]], *,
               overwrite: bool) -> int:
    """The number of Markdown entries (.md files) among `files`, or of all for JSON. A
    file's data is bytes, or pieces of bytes written one after another."""
    count = 0
    with _atomic_file(target, overwrite=overwrite) as f, pyzipper.AESZipFile(
            f, "w", compression=pyzipper.ZIP_DEFLATED, encryption=pyzipper.WZ_AES) as archive:
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
        for name, data in files:
            if isinstance(data, bytes):
                archive.writestr(name, data)
            else:
                # As writestr makes it; the size is not known beforehand: zip64 allowed.
                info = archive.zipinfo_cls(name, date_time=time.localtime(time.time())[:6])
                info.compress_type = archive.compression
                info.external_attr = 0o600 << 16
                with archive.open(info, "w", force_zip64=True) as member:
                    for piece in data:
                        member.write(piece)
            count += 1 if name.endswith((".md", ".json")) else 0
    return count


def export_json(vault: Vault, out: Path | str, *, password: str | None = None,
                neutral: bool = False, overwrite: bool = False) -> ExportResult:
    """Haven JSON to `out`, or inside an AES zip at `out`; in the zip named
    `NEUTRAL_JSON_NAME_IN_ZIP` when `neutral` (discreet mode). An existing `out` is
    replaced only when `overwrite` (TargetExists), never inside a vault folder
    (TargetInVault); both checked before anything is read."""
    target = Path(out)
    check_target(target, overwrite=overwrite)
    with _no_garbage_collection():
        document = haven_document(vault)
        count = len(document["entries"])
        chunks = haven_json_chunks(document)
        if password:
            name = NEUTRAL_JSON_NAME_IN_ZIP if neutral else JSON_NAME_IN_ZIP
            _write_zip(target, password, iter([(name, chunks)]), overwrite=overwrite)
        else:
            with _atomic_file(target, overwrite=overwrite) as f:
                for chunk in chunks:
                    f.write(chunk)
        del chunks
        _let_go(document)
    return ExportResult(target, count, bool(password))


def _let_go(document: dict[str, Any]) -> None:
    """Free the records a thousand at a time: freeing 100,000 at once is one call of
    ~70 ms that holds Python's lock, the GUI thread waiting."""
    for value in document.values():
        if isinstance(value, list):
            while value:
                del value[-1000:]


def export_markdown(vault: Vault, out: Path | str, *, password: str | None = None,
                    overwrite: bool = False) -> ExportResult:
    """One Markdown file per entry, with its photos beside it: into the folder `out`
    (which must be new or empty), or inside an AES zip at `out` (replaced only when
    `overwrite`). In a zip, the file names hold no titles, since the list of names in
    a zip is not encrypted. Never inside a vault folder."""
    target = Path(out)
    if password:
        check_target(target, overwrite=overwrite)
        count = _write_zip(target, password, markdown_files(vault, named=False),
                           overwrite=overwrite)
        return ExportResult(target, count, True)
    _check_folder_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    count = 0
    try:
        for name, data in markdown_files(vault):
            (temp / name).write_bytes(data)
            count += 1 if name.endswith(".md") else 0
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return ExportResult(target, count, False)
