"""Large sorts must not spill entry text into unencrypted temporary files.

SQLite's temporary files (sorter runs, temp b-trees) are not encrypted by SQLCipher
and are unlinked right after they are opened, so they never show in a folder
listing. They do show in /proc/self/fd while the process holds them: each is read
back through its /proc/self/fd/N link in the middle of a big query.

With the vault's temp_store=MEMORY no such file may hold entry text. The same query
with temp_store=FILE does put it in a temp file, which proves the test can see it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"),
                                reason="/proc/self/fd is Linux only")

ENTRIES = 3000  # ~2.5 MB of bodies: above SQLite's 250-page minimum sorter run
TEMP_DIRS = tuple(str(p) for p in {Path(tempfile.gettempdir()), Path("/var/tmp"),
                                   Path("/usr/tmp")})

# Sorts over an expression no index covers, so SQLite must sort; and a temp table,
# which lives in the temp database (its pages go to a temp file under temp_store=FILE).
QUERIES = {
    "order-by": "SELECT id, body FROM entries ORDER BY substr(body, 5)",
    "group-by": "SELECT substr(body, 4) AS b, count(*) FROM entries GROUP BY b",
    "temp-table": "CREATE TEMP TABLE spill AS SELECT id, body FROM entries",
}


@pytest.fixture(scope="module")
def spill_vault(tmp_path_factory) -> Iterator[tuple[Vault, str]]:
    marker = f"zqSpill{uuid.uuid4().hex[:12]}"
    folder = tmp_path_factory.mktemp("spill") / "vault"
    vault = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    store = EntryStore(vault)
    with vault.transaction():
        for i in range(ENTRIES):
            store.create(EntryDraft(date(2025, 1, 1), title=f"t{i}",
                                    body=f"{i:05d} {marker}{i:05d} " + "a rather long day " * 40))
    yield vault, marker
    vault.close()


def temp_fds() -> dict[int, str]:
    """Our open file descriptors that point to deleted files or into a temp folder."""
    found = {}
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if target.endswith(" (deleted)") or target.startswith(TEMP_DIRS):
            found[int(name)] = target
    return found


def tiny_cache(vault: Vault) -> None:
    """8 pages for the database and for the temp schema (temp b-trees live there)."""
    vault.execute("PRAGMA main.cache_size = 8")
    vault.execute("PRAGMA temp.cache_size = 8")


def normal_cache(vault: Vault) -> None:
    vault.execute("PRAGMA main.cache_size = -2000")
    vault.execute("PRAGMA temp.cache_size = -2000")


def read_temp_files(before: dict[int, str], marker: str) -> set[str]:
    """The temp files we hold now (and did not hold as files before) holding `marker`."""
    holding = set()
    for fd, target in temp_fds().items():
        if before.get(fd) == target and not target.endswith(" (deleted)"):
            continue  # a file we held before the query and that still exists: not a temp
        try:
            with open(f"/proc/self/fd/{fd}", "rb") as f:
                data = f.read()
        except OSError:
            continue
        if marker.encode() in data:
            holding.add(target)
    return holding


def spilled(vault: Vault, sql: str, marker: str) -> tuple[set[str], int]:
    """Run `sql` and read every temp file we hold while its rows are coming: just after
    the first rows (a sort is complete by then) and again near the end. For a temp
    table, once it is made. Returns the files that held the marker and the row count."""
    before = temp_fds()
    if sql.startswith("CREATE TEMP TABLE"):
        vault.execute(sql)
        try:
            holding = read_temp_files(before, marker)
            count = vault.row("SELECT count(*) FROM temp.spill")[0]
        finally:
            vault.execute("DROP TABLE temp.spill")
        return holding, count
    cursor = vault.execute(sql)
    rows = cursor.fetchmany(10)
    holding = read_temp_files(before, marker)
    rows += cursor.fetchmany(ENTRIES - 20)
    holding |= read_temp_files(before, marker)
    rows += cursor.fetchall()
    return holding, len(rows)


@pytest.mark.slow
@pytest.mark.parametrize("query", list(QUERIES))
def test_big_sort_keeps_entry_text_off_disk(spill_vault, query):
    vault, marker = spill_vault
    assert vault.row("PRAGMA temp_store")[0] == 2  # as the vault configures itself
    tiny_cache(vault)
    try:
        holding, count = spilled(vault, QUERIES[query], marker)
    finally:
        normal_cache(vault)
    assert count == ENTRIES
    assert holding == set()


@pytest.mark.slow
@pytest.mark.parametrize("query", list(QUERIES))
def test_with_temp_store_file_the_test_does_find_the_spill(spill_vault, query):
    vault, marker = spill_vault
    vault.execute("PRAGMA temp_store = FILE")
    tiny_cache(vault)
    try:
        holding, count = spilled(vault, QUERIES[query], marker)
    finally:
        vault.execute("PRAGMA temp_store = MEMORY")
        normal_cache(vault)
    assert count == ENTRIES
    assert holding, "temp_store=FILE should have spilled entry text into a temp file"
