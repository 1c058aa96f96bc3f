"""Nothing in clear on disk, and a deleted entry leaves no trace in the files.

Real SQLCipher in temp folders. The deleted-entry tests decrypt the database and its
WAL page by page with `sqlcipher_pages`, independently of SQLite, so they see what
is really in the files, free pages and old WAL frames included.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import uuid
from datetime import date
from pathlib import Path

import pytest

from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.search import search
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.sqlcipher_pages import (
    PageAuthError,
    all_pages,
    db_pages,
    encodings,
    pages_containing,
)

# Where SQLite or Python could put temporary files on this system.
TEMP_DIRS = sorted({Path(tempfile.gettempdir()), Path("/var/tmp"), Path("/usr/tmp")})


def new_markers() -> dict[str, str]:
    """Unique strings, one per field; one holds non-ASCII letters (UTF-8 != Latin-1)."""
    tag = uuid.uuid4().hex[:10]
    return {
        "title": f"zqTitleMarker{tag}",
        "body": f"zqBodyMarker{tag}",
        "body_accented": f"zqGeheimZürichßé{tag}",
        "tag": f"zqTagMarker{tag}",
    }


def files_containing(paths: list[Path], markers: dict[str, str]) -> list[tuple[str, str]]:
    """(file, marker name) for every file that holds a marker as UTF-8 or UTF-16."""
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:  # vanished or unreadable (not ours)
            continue
        for name, marker in markers.items():
            if any(form in data for form in encodings(marker)):
                found.append((str(path), name))
    return found


def folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def temp_snapshot(exclude: Path) -> dict[Path, tuple[int, int]]:
    """Every file in the temp folders (but under `exclude`) with its mtime and size."""
    snapshot: dict[Path, tuple[int, int]] = {}
    for top in TEMP_DIRS:
        for root, dirs, files in os.walk(top):
            if Path(root) == exclude or exclude in Path(root).parents:
                dirs[:] = []
                continue
            for name in files:
                path = Path(root, name)
                try:
                    st = path.stat()
                except OSError:
                    continue
                snapshot[path] = (st.st_mtime_ns, st.st_size)
    return snapshot


def add_marked_entries(store: EntryStore, markers: dict[str, str]) -> list[int]:
    ids = [store.create(EntryDraft(
        date(2025, 3, 1), title=f"Avond {markers['title']}",
        body=f"Vandaag {markers['body']} en {markers['body_accented']}.\n" + "rustig " * 300,
        mood=3, tags=[markers["tag"], "gewoon"]))]
    for i in range(20):
        ids.append(store.create(EntryDraft(date(2025, 3, 2), title=f"filler {i}",
                                           body=f"ordinary words number {i} " * 50)))
    # An edit too: the old and the new text both pass through the WAL.
    store.update(ids[0], EntryDraft(
        date(2025, 3, 1), title=f"Avond {markers['title']} bewerkt",
        body=f"Bewerkt {markers['body']} {markers['body_accented']}", mood=4,
        tags=[markers["tag"]]))
    return ids


def test_the_scanner_finds_markers_in_all_three_encodings(tmp_path):
    """The checks below can fail: a file holding a marker in any encoding is found."""
    markers = new_markers()
    for i, encoding in enumerate(("utf-8", "utf-16-le", "utf-16-be")):
        (tmp_path / f"f{i}").write_bytes(b"\x00junk" + markers["body_accented"].encode(encoding))
    found = files_containing(folder_files(tmp_path), markers)
    assert sorted(found) == sorted((str(tmp_path / f"f{i}"), "body_accented") for i in range(3))


def test_no_marker_on_disk_while_open_and_after_close(tmp_path, tmp_path_factory):
    markers = new_markers()
    basetemp = tmp_path_factory.getbasetemp()
    temp_before = temp_snapshot(exclude=basetemp)
    folder = tmp_path / "vault"

    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    try:
        store = EntryStore(vault)
        ids = add_marked_entries(store, markers)
        assert [h.id for h in search(vault, markers["body"])] == [ids[0]]
        assert store.get(ids[0]).tags == [markers["tag"]]
        names = {p.name for p in folder_files(folder)}
        # The WAL is where fresh commits are; make sure it is really looked at.
        assert {"haven.db", "haven.db-wal", "keys.json"} <= names
        assert (folder / "haven.db-wal").stat().st_size > 0
        assert files_containing(folder_files(folder), markers) == []
    finally:
        vault.close()

    assert files_containing(folder_files(folder), markers) == []
    # And in the temp folders: any file that appeared or changed during the test.
    temp_after = temp_snapshot(exclude=basetemp)
    touched = [p for p, stamp in temp_after.items() if temp_before.get(p) != stamp]
    assert files_containing(touched, markers) == []


def test_plain_sqlite_cannot_read_the_database(vault, entries):
    entries.create(EntryDraft(date(2025, 1, 1), title="x", body="y"))
    vault.close()
    db = vault.folder / "haven.db"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert not db.read_bytes().startswith(b"SQLite format 3\x00")
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT name FROM sqlite_master").fetchall()
    finally:
        conn.close()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


# -- a deleted entry leaves no trace -----------------------------------------------------

def test_the_decryptor_reads_sqlcipher_pages_and_rejects_a_wrong_key(vault, entries):
    marker = f"zqLive{uuid.uuid4().hex[:10]}"
    entries.create(EntryDraft(date(2025, 1, 1), title="live", body=f"body {marker} body"))
    key = bytes(vault._data_key)
    vault.close()
    pages = all_pages(vault.folder, key)
    page1 = next(p for p in pages if p.pgno == 1)
    # Page 1 starts (after the salt) with SQLite's header: page size 4096, WAL (2, 2),
    # 80 reserved bytes (SQLCipher's IV and HMAC) and the fixed payload fractions. The
    # schema itself no longer fits on page 1 once there are more tables.
    assert page1.plaintext[:8] == b"\x10\x00\x02\x02\x50\x40\x20\x20"
    assert b"CREATE TABLE entries" in b"".join(p.plaintext for p in pages)
    assert b"CREATE VIRTUAL TABLE entries_fts" in b"".join(p.plaintext for p in pages)
    assert pages_containing(pages, marker)
    with pytest.raises(PageAuthError):
        list(db_pages(vault.folder / "haven.db", os.urandom(32)))


def _assert_gone(folder: Path, key: bytes, markers: dict[str, str]) -> None:
    pages = all_pages(folder, key)
    for name, marker in markers.items():
        assert pages_containing(pages, marker) == [], f"{name} marker survives"
    # Not in clear either, anywhere in the folder.
    assert files_containing(folder_files(folder), markers) == []


@pytest.mark.parametrize("edits", [0, 4], ids=["written-once", "edited-four-times"])
def test_deleted_entry_leaves_no_trace_in_db_wal_or_index(vault, entries, edits):
    folder = vault.folder
    key = bytes(vault._data_key)  # a copy: close() wipes the vault's own buffer
    kept_marker = f"zqKept{uuid.uuid4().hex[:10]}"
    kept = entries.create(EntryDraft(date(2025, 1, 1), title="kept",
                                     body=f"this stays {kept_marker}"))
    versions: dict[str, str] = {}
    victim = entries.create(EntryDraft(date(2025, 1, 2), title="weg", body="start"))
    for n in range(edits + 1):
        m = new_markers()
        versions.update({f"{k}{n}": v for k, v in m.items()})
        entries.update(victim, EntryDraft(
            date(2025, 1, 2), title=f"weg {m['title']}",
            body=f"{m['body']} {m['body_accented']} " + "lang verhaal " * 200,
            tags=[m["tag"]]))
        for i in range(15):  # other entries between edits: more FTS segments and merges
            entries.create(EntryDraft(date(2025, 1, 3), title=f"f{n}-{i}",
                                      body=f"filler {n} {i} " * 60))
    latest = {k[:-1]: v for k, v in versions.items() if k.endswith(str(edits))}

    # The decryptor sees the entry before the delete (so its silence later means something).
    pages = all_pages(folder, key)
    for name, marker in latest.items():
        assert pages_containing(pages, marker), f"{name} marker not found before delete"
    assert [h.id for h in search(vault, latest["body"])] == [victim]

    entries.delete(victim)

    _assert_gone(folder, key, versions)  # still open
    for marker in (latest["title"], latest["body"], latest["body_accented"], latest["tag"]):
        assert search(vault, marker) == []
        assert search(vault, marker[:-3]) == []  # as a prefix too
    assert [h.id for h in search(vault, kept_marker)] == [kept]
    assert vault.integrity_problems() == []

    vault.close()
    _assert_gone(folder, key, versions)
    assert pages_containing(all_pages(folder, key), kept_marker)
