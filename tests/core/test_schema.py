from __future__ import annotations

import os

import pytest
import sqlcipher3

from journal.errors import SchemaTooNew
from journal.schema import MIGRATIONS, SCHEMA_VERSION, migrate, schema_version


@pytest.fixture
def conn(tmp_path):
    c = sqlcipher3.connect(str(tmp_path / "m.db"), isolation_level=None)
    c.set_key(b"x'" + os.urandom(32).hex().encode() + b"'")
    yield c
    c.close()


@pytest.mark.parametrize("start", range(SCHEMA_VERSION))
def test_migrates_from_every_earlier_version(conn, start):
    migrate(conn, target=start)
    assert schema_version(conn) == start
    migrate(conn)
    assert schema_version(conn) == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"entries", "tags", "entry_tags", "entries_fts", "meta"} <= tables
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_migrating_twice_changes_nothing(conn):
    migrate(conn)
    migrate(conn)
    assert schema_version(conn) == len(MIGRATIONS)


def test_a_failed_step_leaves_the_previous_version(conn, monkeypatch):
    monkeypatch.setattr("journal.schema.MIGRATIONS", ["CREATE TABLE t (a); SELECT nonsense("])
    with pytest.raises(sqlcipher3.DatabaseError):
        migrate(conn, target=1)
    assert schema_version(conn) == 0
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    assert not conn.in_transaction


def test_newer_version_is_refused(conn):
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        migrate(conn)
