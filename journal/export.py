"""Full export: Haven JSON (docs/FORMAT.md) and a Markdown folder, each either in clear
or inside an AES-256 encrypted zip (for other apps: its password is cheap to guess and
its file list readable); Haven JSON also in the protected container, as strong as the
vault (`export_protected`).

An export is the one place where content leaves the vault in clear: the UI and the
command line say so before writing one without a password. A file is written unnamed
(O_TMPFILE, where the file system has it; else under a temporary name beside the
target) and named when complete, so a failure or a kill leaves no half export behind.

Entries are read in batches from one snapshot on a reader connection and written as
they go: memory stays flat however large the journal, and her writes go on meanwhile.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import shutil
import tempfile
import time
import unicodedata
from array import array
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyzipper
import yaml

from journal.entries import split_tags, tags_column
from journal.errors import ExportTargetExists, TargetExists, TargetInVault
from journal.gil import paced
from journal.targets import check_target, new_file, vault_holding
from journal.vault import Snapshot, Vault

FORMAT_NAME = "haven-export"
# 2: self-care items and triggers she hid, an event's source "unsure". A Haven of version
# 1 would refuse those as damaged; a higher version has it say "update Haven" instead.
# This Haven reads every version up to this one.
FORMAT_VERSION = 2
JSON_NAME_IN_ZIP = "haven-export.json"
# Discreet mode: the names in a zip can be read without its password, so none says Haven.
NEUTRAL_JSON_NAME_IN_ZIP = "notes.json"
SLUG_CHARS = 50
JSON_CHUNK = 256 * 1024  # characters of JSON encoded and written at a time
ENTRY_BATCH = 200  # entries read (with their photos) at a time
PHOTO_SUFFIXES = {"image/jpeg": ".jpg", "image/png": ".png"}

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    entries: int
    encrypted: bool
    records: int = 0  # check-ins, boundaries, safe places, … (a JSON export only)


# -- the Haven JSON document ------------------------------------------------------------

def _entry_ids(snapshot: Snapshot) -> array[int]:
    """Every entry's id, oldest first: 8 bytes each, the one thing held for all."""
    return array("q", (r[0] for r in snapshot.execute(
        "SELECT id FROM entries ORDER BY entry_date, created_at, id")))


def _entry_batch(snapshot: Snapshot, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The records of the entries `ids`, in that order, with their photos."""
    wanted = json.dumps(list(ids))
    rows = {r["id"]: r for r in snapshot.execute(
        f"SELECT e.*, {tags_column()} AS tag_list FROM entries e"
        " WHERE e.id IN (SELECT value FROM json_each(?))", [wanted])}
    photos: dict[int, list[dict[str, Any]]] = {}
    for p in snapshot.execute("SELECT entry_id, mime, width, height, data FROM entry_photos"
                              " WHERE entry_id IN (SELECT value FROM json_each(?))"
                              " ORDER BY entry_id, position", [wanted]):
        photos.setdefault(p["entry_id"], []).append({
            "mime": p["mime"], "width": p["width"], "height": p["height"],
            "data": base64.b64encode(p["data"]).decode("ascii")})
    records = []
    for entry_id in ids:
        r = rows[entry_id]
        record = {
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
        }
        if entry_id in photos:  # only entries with photos (most have none) carry the key
            record["photos"] = photos[entry_id]
        records.append(record)
    return records


def _entry_records(snapshot: Snapshot) -> Iterator[dict[str, Any]]:
    """Every entry's record, oldest first, read ENTRY_BATCH at a time."""
    ids = _entry_ids(snapshot)
    for start in range(0, len(ids), ENTRY_BATCH):
        # Paced: the reader of each record encodes it in Python meanwhile.
        yield from paced(_entry_batch(snapshot, ids[start:start + ENTRY_BATCH]))


def _header(now: datetime | None) -> dict[str, Any]:
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION,
            "exported_at": (now or datetime.now(UTC)).isoformat(timespec="seconds")}


def haven_document(vault: Vault | Snapshot, *, now: datetime | None = None
                   ) -> dict[str, Any]:
    """Every record of every kind, as the JSON document of docs/FORMAT.md, whole in
    memory (for tests and small vaults; an export streams it, `haven_json_stream`).

    A later record kind is one more top-level key beside "entries".
    """
    from journal import export_records

    with vault.reading() as snapshot:  # one consistent snapshot across record kinds
        entries = list(_entry_records(snapshot))
        others = export_records.dump(snapshot)
    return {**_header(now), "entries": entries, **others}


def haven_json_chunks(document: dict[str, Any]) -> Iterator[bytes]:
    """The Haven JSON of `document` (what `json.dumps(..., ensure_ascii=False,
    indent=2)` gives, and a newline) as UTF-8, a piece of about JSON_CHUNK characters at
    a time. Never the whole text at once: for 100,000 entries that is ~280 MB, and
    joining or encoding it holds Python's lock for seconds, so that the GUI thread stops
    while an export runs on a worker thread."""
    return _chunks(json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(document))


def _chunks(pieces: Iterator[str]) -> Iterator[bytes]:
    batch: list[str] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece)
        if size >= JSON_CHUNK:
            yield "".join(batch).encode("utf-8")
            batch, size = [], 0
    batch.append("\n")
    yield "".join(batch).encode("utf-8")


class _Counter:
    entries = 0
    records = 0


# What she wrote or filled in besides entries, counted for "… and 12 other records";
# her lists of self-care items and triggers, settings and the like are not counted.
_COUNTED_RECORDS = ("checkins", "safe_places", "needs", "boundaries", "support_people",
                    "safety_plan", "sti_tests", "agenda_items", "events")


def haven_json_stream(snapshot: Snapshot, *, now: datetime | None = None,
                      counter: _Counter | None = None) -> Iterator[bytes]:
    """The bytes `haven_json_chunks(haven_document(...))` gives, made entry by entry
    from `snapshot`: only one batch of entries is in memory at a time. `counter`
    counts the entries written."""
    from journal import export_records

    encoder = json.JSONEncoder(ensure_ascii=False, indent=2)

    def value(v: Any, indent: str) -> str:
        # JSON text holds no raw newline inside a string: each one starts a line.
        return encoder.encode(v).replace("\n", "\n" + indent)

    def pieces() -> Iterator[str]:
        yield "{"
        for key, v in _header(now).items():
            yield f"\n  {encoder.encode(key)}: {value(v, '  ')},"
        yield '\n  "entries": ['
        first = True
        for record in _entry_records(snapshot):
            yield ("\n    " if first else ",\n    ") + value(record, "    ")
            first = False
            if counter is not None:
                counter.entries += 1
        yield "]" if first else "\n  ]"
        for key, v in export_records.dump(snapshot).items():
            if counter is not None and key in _COUNTED_RECORDS:
                counter.records += len(v)
            yield f",\n  {encoder.encode(key)}: "
            if not v:
                yield value(v, "  ")
                continue
            # A record at a time (as json.dumps lays a list out): ten years of check-ins
            # encoded in one call would hold Python's lock throughout.
            for index, item in enumerate(paced(v)):
                yield ("[\n    " if index == 0 else ",\n    ") + value(item, "    ")
            yield "\n  ]"
        yield "\n}"

    return _chunks(pieces())


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


def markdown_files(vault: Vault | Snapshot, *, named: bool = True
                   ) -> Generator[tuple[str, bytes], None, None]:
    """(file name, bytes) per entry, and per photo of an entry, oldest entry first. Named
    files are YYYY-MM-DD-slug.md, made unique; unnamed ones are entry-00001.md, for zips
    whose file list anyone can read. An entry's photos are <its stem>-1.jpg, -2.png, …
    beside it. Read from one snapshot, a batch of entries at a time."""
    used: set[str] = set()
    day = None

    def unique(stem: str, suffix: str) -> str:
        name, n = f"{stem}{suffix}", 1
        while name.casefold() in used:
            n += 1
            name = f"{stem}-{n}{suffix}"
        used.add(name.casefold())
        return name

    with vault.reading() as snapshot:
        for number, record in enumerate(_entry_records(snapshot), start=1):
            # Every name starts with its entry's date, or its own number: names can
            # only clash within one day (or one entry), so only those are kept.
            if not named or record["date"] != day:
                used.clear()
                day = record["date"]
            if named:
                name = unique(f"{record['date']}-{slug(record['title'])}", ".md")
            else:
                name = unique(f"entry-{number:05d}", ".md")
            stem = name.removesuffix(".md")
            photos = [(unique(f"{stem}-{index}",
                              PHOTO_SUFFIXES.get(photo["mime"], ".jpg")), photo["data"])
                      for index, photo in enumerate(record.get("photos", ()), start=1)]
            yield name, markdown_text(record, [n for n, _ in photos]).encode("utf-8")
            for photo_name, data in photos:
                yield photo_name, base64.b64decode(data)


# -- writing ------------------------------------------------------------------------------

@contextmanager
def _atomic_file(target: Path, *, overwrite: bool) -> Iterator[io.BufferedWriter]:
    """A file (mode 0600) that gets the name `target` only when complete; an existing
    `target` is replaced only when `overwrite` (checked first, and again as it is
    named). Never inside a vault folder.

    Where the file system allows, the file has no name at all until then (O_TMPFILE):
    a kill or power cut halfway leaves nothing anyone could open. Elsewhere it is a
    hidden temporary file beside `target`, removed on any failure."""
    check_target(target, overwrite=overwrite)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = _unnamed_file(target.parent)
    if fd is not None:
        with os.fdopen(fd, "wb") as f:  # closed on failure: the file is gone with it
            yield f
            f.flush()
            os.fsync(f.fileno())
            _name_unnamed(f.fileno(), target, overwrite=overwrite)
        return
    with new_file(target, overwrite=overwrite, suffix=".tmp") as f:
        yield f


def _unnamed_file(folder: Path) -> int | None:
    """A new file in `folder` without a name (Linux O_TMPFILE), or None where that is
    not available (another OS, a file system without it, no /proc to name it by)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, flag | os.O_WRONLY, 0o600)
    except OSError:  # EOPNOTSUPP, EISDIR (too old a kernel), EINVAL
        return None


def _name_unnamed(fd: int, target: Path, *, overwrite: bool) -> None:
    """Give the complete unnamed file `fd` the name `target` (same folder)."""
    folder = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        def link(name: str) -> None:
            # With a folder descriptor os.link calls linkat(AT_SYMLINK_FOLLOW), which
            # follows /proc's link to the open file (plain link() would not).
            os.link(f"/proc/self/fd/{fd}", name, dst_dir_fd=folder, follow_symlinks=True)

        if not overwrite:
            try:
                link(target.name)
            except FileExistsError:  # appeared meanwhile: hers is kept
                raise TargetExists(str(target)) from None
            os.fsync(folder)
            return
        # Linking cannot replace: the (complete) file under a hidden name, then renamed.
        temp = f".{target.name}.{os.urandom(6).hex()}.tmp"
        link(temp)
        try:
            os.replace(temp, target.name, src_dir_fd=folder, dst_dir_fd=folder)
        except BaseException:
            os.unlink(temp, dir_fd=folder)
            raise
        os.fsync(folder)
    finally:
        os.close(folder)


def _check_folder_target(target: Path) -> None:
    vault = vault_holding(target)
    if vault is not None:
        raise TargetInVault(str(target), str(vault))
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ExportTargetExists(str(target))


def _write_zip(target: Path, password: str,
               files: Iterator[tuple[str, bytes | Iterator[bytes]]], *,
               overwrite: bool) -> int:
    """The number of Markdown entries (.md files) among `files`, or of all for JSON. A
    file's data is bytes, or pieces of bytes written one after another."""
    count = 0
    with _atomic_file(target, overwrite=overwrite) as f:
        archive = pyzipper.AESZipFile(f, "w", compression=pyzipper.ZIP_DEFLATED,
                                      encryption=pyzipper.WZ_AES)
        try:
            archive.setpassword(password.encode("utf-8"))
            archive.setencryption(pyzipper.WZ_AES, nbits=256)
            for name, data in files:
                if isinstance(data, bytes):
                    archive.writestr(name, data)
                else:
                    # As writestr makes it; the size is not known beforehand: zip64.
                    info = archive.zipinfo_cls(name,
                                               date_time=time.localtime(time.time())[:6])
                    info.compress_type = archive.compression
                    info.external_attr = 0o600 << 16
                    with archive.open(info, "w", force_zip64=True) as member:
                        for piece in data:
                            member.write(piece)
                count += 1 if name.endswith((".md", ".json")) else 0
        except BaseException:
            # A write that failed (a full disk) can leave a member open, and closing the
            # archive then raises a ValueError in place of the real error. The file is
            # thrown away: the archive is dropped unclosed (fp None: close does nothing).
            archive.fp = None
            raise
        archive.close()
    return count


def export_json(vault: Vault, out: Path | str, *, password: str | None = None,
                neutral: bool = False, overwrite: bool = False) -> ExportResult:
    """Haven JSON to `out`, or inside an AES zip at `out`; in the zip named
    `NEUTRAL_JSON_NAME_IN_ZIP` when `neutral` (discreet mode). An existing `out` is
    replaced only when `overwrite` (TargetExists), never inside a vault folder
    (TargetInVault); both checked before anything is read."""
    target = Path(out)
    check_target(target, overwrite=overwrite)
    counter = _Counter()
    with vault.reading() as snapshot:
        chunks = haven_json_stream(snapshot, counter=counter)
        if password:
            name = NEUTRAL_JSON_NAME_IN_ZIP if neutral else JSON_NAME_IN_ZIP
            _write_zip(target, password, iter([(name, chunks)]), overwrite=overwrite)
        else:
            with _atomic_file(target, overwrite=overwrite) as f:
                for chunk in chunks:
                    f.write(chunk)
    return ExportResult(target, counter.entries, bool(password), counter.records)


def export_protected(vault: Vault, out: Path | str, password: str, *,
                     overwrite: bool = False) -> ExportResult:
    """Haven JSON encrypted as strongly as the vault (Argon2id and AES-256-GCM,
    journal/export_container.py) to `out`: the full export she protects with a password.
    The same rules for `out` as export_json; written a chunk at a time."""
    from journal import export_container

    if not password:
        raise ValueError("a protected export needs a password")
    target = Path(out)
    check_target(target, overwrite=overwrite)
    counter = _Counter()
    with vault.reading() as snapshot, _atomic_file(target, overwrite=overwrite) as f:
        export_container.write(f, password, haven_json_stream(snapshot, counter=counter))
    return ExportResult(target, counter.entries, True, counter.records)


def export_markdown(vault: Vault, out: Path | str, *, password: str | None = None,
                    overwrite: bool = False) -> ExportResult:
    """One Markdown file per entry, with its photos beside it: into the folder `out`
    (which must be new or empty), or inside an AES zip at `out` (replaced only when
    `overwrite`). In a zip, the file names hold no titles, since the list of names in
    a zip is not encrypted. Never inside a vault folder."""
    target = Path(out)
    if password:
        check_target(target, overwrite=overwrite)
        # Closed here, not when collected: a failure kept to be reported (a worker keeps
        # it) would hold the paused read's connection, and a lock would wait for it.
        with closing(markdown_files(vault, named=False)) as files:
            count = _write_zip(target, password, files, overwrite=overwrite)
        return ExportResult(target, count, True)
    _check_folder_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    count = 0
    try:
        with closing(markdown_files(vault)) as files:
            for name, data in files:
                (temp / name).write_bytes(data)
                count += 1 if name.endswith(".md") else 0
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(temp, target)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise
    return ExportResult(target, count, False)
