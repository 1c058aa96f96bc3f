"""The reader connection: worker reads see one snapshot and never hold up a write."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import sqlcipher3

from journal.entries import EntryStore
from journal.errors import VaultLocked
from journal.models import EntryDraft
from journal.readers import Snapshot
from journal.search import search
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.test_security_plaintext import files_containing, folder_files, new_markers


def add(vault: Vault, n: int, word: str = "zeilkamp") -> None:
    store = EntryStore(vault)
    with vault.transaction():
        for i in range(n):
            store.create(EntryDraft(date(2024, 1, 1 + i % 28), f"Title {i}", f"{word} {i}"))


def test_a_write_commits_while_a_long_read_is_under_way(vault):
    add(vault, 40)
    written = threading.Event()
    seen: list[int] = []
    problems: list[BaseException] = []

    def write_on_another_thread() -> None:
        try:
            EntryStore(vault).create(EntryDraft(date(2024, 2, 1), "New", "zeilkamp new"))
            written.set()
        except BaseException as exc:
            problems.append(exc)

    with vault.reading() as snap:
        cursor = snap.execute("SELECT id FROM entries ORDER BY id")
        seen += [r[0] for r in cursor.fetchmany(20)]  # half the rows
        writer = threading.Thread(target=write_on_another_thread)
        writer.start()
        writer.join(timeout=30)
        # The write committed while this read transaction was still open.
        assert written.is_set(), problems
        seen += [r[0] for r in cursor.fetchall()]  # the rest
        # The read sees its snapshot: not the entry written meanwhile, in any query.
        assert len(seen) == 40
        assert EntryStore(snap).count() == 40
        assert len(search(snap, "zeilkamp", limit=100)) == 40
    # The main connection, and a new snapshot, see it.
    assert EntryStore(vault).count() == 41
    with vault.reading() as snap:
        assert EntryStore(snap).count() == 41


def test_the_reader_cannot_write(vault):
    with vault.reading() as snap, pytest.raises(Exception, match=r"readonly|read-only"):
        snap.execute("INSERT INTO tags (name) VALUES ('x')")
    assert vault.rows("SELECT * FROM tags") == []


def test_a_reader_is_kept_for_the_next_read_and_lock_closes_both(vault):
    add(vault, 3)
    with vault.reading() as snap:
        conn = snap._conn
    with vault.reading() as snap:
        assert snap._conn is conn  # reused, not opened again
    main = vault._conn
    vault.close()
    # The main connection closed last: it checkpointed and removed the WAL.
    assert sorted(p.name for p in vault.folder.iterdir()) == ["haven.db", "haven.lock",
                                                              "keys.json"]
    for closed in (conn, main):
        with pytest.raises(Exception, match="closed"):
            closed.execute("SELECT 1")
    with pytest.raises(VaultLocked), vault.reading():
        pass


def read_cut_by_a_lock(vault: Vault, go_on: Callable[[Snapshot, Any], object]
                       ) -> BaseException | None:
    """On a thread, a read of the entries' ids that takes five rows, then waits while
    the vault is locked, then goes on (`go_on(snapshot, cursor)`): what it raised."""
    add(vault, 30)
    started, finished = threading.Event(), threading.Event()
    outcome: list[BaseException | None] = []

    def long_read() -> None:
        try:
            with vault.reading() as snap:
                cursor = snap.execute("SELECT id FROM entries ORDER BY id")
                cursor.fetchmany(5)
                started.set()
                finished.wait(30)  # (released only once the lock has begun)
                go_on(snap, cursor)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=long_read)
    reader.start()
    assert started.wait(30)
    closer = threading.Thread(target=vault.close)
    closer.start()
    while not vault.closing:
        threading.Event().wait(0.01)
    finished.set()
    closer.join(30)
    reader.join(30)
    assert not vault.is_open
    return outcome[0]


def test_lock_ends_a_read_under_way(vault):
    outcome = read_cut_by_a_lock(
        vault, lambda snap, _cursor: snap.rows("SELECT count(*) FROM entries"))
    assert isinstance(outcome, VaultLocked)


def test_lock_ends_a_read_between_two_rows_as_vault_locked(vault):
    # The summary read its entries' ids row by row; a lock between two rows raised
    # SQLite's "interrupted" instead of VaultLocked, told to her as a bug.
    outcome = read_cut_by_a_lock(vault, lambda _snap, cursor: list(cursor))
    assert isinstance(outcome, VaultLocked), outcome


def test_a_new_key_reaches_the_readers(vault, vault_dir):
    add(vault, 5)
    with vault.reading() as snap:
        assert EntryStore(snap).count() == 5
    vault.reencrypt(PASSPHRASE, kdf=FAST_KDF)
    with vault.reading() as snap:  # a reader keyed with the new key
        assert EntryStore(snap).count() == 5
    vault.close()
    from journal.keyslots import Secret

    with Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)) as again:
        assert EntryStore(again).count() == 5


def test_no_plaintext_on_disk_from_either_connection(vault, vault_dir):
    markers = new_markers()
    EntryStore(vault).create(EntryDraft(date(2024, 3, 3), markers["title"],
                                        f"{markers['body']} {markers['body_accented']}",
                                        tags=[markers["tag"]]))
    with vault.reading() as snap:
        # A read that sorts and ranks (temporary b-trees) on the reader.
        snap.rows("SELECT title, body FROM entries ORDER BY body, title")
        search(snap, markers["body"])
        assert files_containing(folder_files(vault_dir), markers) == []
    assert files_containing(folder_files(vault_dir), markers) == []
    vault.close()
    assert files_containing(folder_files(vault_dir), markers) == []


def test_closing_frees_each_connections_cache_first_and_closes_even_if_that_fails(vault):
    """The cache is freed inside a statement (where Python's lock is let go) before
    sqlite3_close, which would free it holding the lock; a failure there still closes."""
    from journal import database

    class Connection:
        def __init__(self, fails: bool) -> None:
            self.fails = fails
            self.calls: list[str] = []

        def execute(self, sql: str) -> None:
            self.calls.append(sql)
            if self.fails:
                raise sqlcipher3.OperationalError("database is locked")

        def close(self) -> None:
            self.calls.append("close")

    for fails in (False, True):
        conn = Connection(fails)
        database.close(conn)
        assert conn.calls == ["PRAGMA shrink_memory", "close"]
    with vault.reading() as snapshot:
        assert snapshot.row("SELECT count(*) FROM entries")[0] >= 0
    vault.close()
    assert not vault.is_open
