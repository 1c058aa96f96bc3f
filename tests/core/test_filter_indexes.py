"""The journal list and search narrowed by mood, "shared", tag or dates read an index,
not every entry (issue 10), and the schema step that adds the indexes keeps her data."""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from datetime import date, timedelta

import pytest

import journal.vault
from journal import schema
from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.models import EntryDraft, EntryFilter
from journal.schema import SCHEMA_VERSION, migrate, schema_version
from journal.search import search
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_INDEXES = {"entries_by_mood", "entries_by_shared"}


def fill(store: EntryStore, vault: Vault, n: int = 120) -> None:
    rng = random.Random(11)
    with vault.transaction():
        for i in range(n):
            store.create(EntryDraft(
                date(2024, 1, 1) + timedelta(days=rng.randrange(500)), f"entry {i}",
                f"the garden {'and the rain ' if i % 3 else ''}today", rng.choice(
                    [None, 1, 2, 3, 4, 5]), rng.sample(["sleep", "work", "Anna"],
                                                       rng.randrange(3)),
                share_with_therapist=rng.random() < 0.2))


def plans(vault: Vault, action: Callable[[], object]) -> list[str]:
    """The query plan of every SELECT that `action` runs, one string each."""
    statements: list[str] = []
    conn = vault._conn
    conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        conn.set_trace_callback(None)
    return [" / ".join(r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
            for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH"))]


def reads_every_entry(plan: str) -> bool:
    """A plain scan of the entries table: every row read, bodies and all."""
    return any(step.strip() == "SCAN e" for step in plan.split(" / "))


def list_reads(store: EntryStore, flt: EntryFilter) -> dict[str, Callable[[], object]]:
    """What the journal list (ui/models/entry_list_model.py) asks of the store for a filter."""
    months = store.month_counts(flt)
    year, month, _n = months[len(months) // 2]
    page = store.page_in_month(flt, year, month, 0, limit=5)
    last = page[-1]
    return {
        "month_counts": lambda: store.month_counts(flt),
        "page_in_month": lambda: store.page_in_month(flt, year, month, 1, limit=5),
        "page_before": lambda: store.page_before(flt, (last.entry_date, last.id), limit=5),
        "rank_in_month": lambda: store.rank_in_month(flt, last.entry_date, last.id),
        "count": lambda: store.count(flt),
        "page": lambda: store.page(flt, limit=5),
    }


@pytest.mark.parametrize(("flt", "index"), [
    (EntryFilter(mood=3), "entries_by_mood"),
    (EntryFilter(shared=True), "entries_by_shared"),
    (EntryFilter(shared=False), "entries_by_shared"),
])
def test_a_mood_or_shared_filter_reads_its_index(vault, entries, flt, index):
    fill(entries, vault)
    for name, read in list_reads(entries, flt).items():
        found = plans(vault, read)
        assert found, name
        assert all(index in plan for plan in found), (name, found)


@pytest.mark.parametrize("flt", [
    EntryFilter(tag="sleep"), EntryFilter(date_from=date(2024, 6, 1),
                                          date_to=date(2024, 12, 31)),
    EntryFilter(mood=3, shared=True), EntryFilter(tag="work", mood=2),
])
def test_tag_date_and_combined_filters_never_read_every_entry(vault, entries, flt):
    fill(entries, vault)
    for name, read in list_reads(entries, flt).items():
        for plan in plans(vault, read):
            assert not reads_every_entry(plan), (name, plan)
    # The list pages walk the entries in date order: nothing is sorted afterwards.
    for name in ("page_in_month", "page_before"):
        for plan in plans(vault, list_reads(entries, flt)[name]):
            assert "TEMP B-TREE FOR ORDER BY" not in plan, (name, plan)


def test_the_unfiltered_list_keeps_the_date_index(vault, entries):
    fill(entries, vault)
    reads = list_reads(entries, EntryFilter())
    for name in ("month_counts", "page_in_month", "page_before", "page"):
        for plan in plans(vault, reads[name]):
            assert "entries_by_date" in plan, (name, plan)
            assert not NEW_INDEXES & set(plan.replace("(", " ").split()), (name, plan)


def test_search_with_a_mood_or_shared_filter_reads_no_entry_it_does_not_need(vault, entries):
    fill(entries, vault)
    for flt in (EntryFilter(mood=3), EntryFilter(shared=True)):
        for plan in plans(vault, lambda flt=flt: search(vault, "garden", flt=flt)):
            assert not reads_every_entry(plan), plan


# -- the schema step --------------------------------------------------------------------

FILTERS = [EntryFilter(), EntryFilter(mood=3), EntryFilter(shared=True),
           EntryFilter(shared=False), EntryFilter(tag="anna"), EntryFilter(mood=5, tag="work"),
           EntryFilter(date_from=date(2024, 3, 1), date_to=date(2024, 9, 30), shared=True)]


def everything(vault: Vault) -> dict[str, object]:
    store = EntryStore(vault)
    out: dict[str, object] = {"entries": [store.get(s.id) for s in store.page(limit=1000)],
                              "tags": store.tags()}
    for i, flt in enumerate(FILTERS):
        out[f"list {i}"] = store.page(flt, limit=1000)
        out[f"months {i}"] = store.month_counts(flt)
        out[f"search {i}"] = search(vault, "rain", flt=flt, limit=1000)
    return out


def test_the_step_from_the_previous_version_keeps_everything(vault_dir, monkeypatch):
    # A vault made by the Haven before this step: the schema stops just short of it.
    before_step = schema.MIGRATIONS.index(schema._FILTER_INDEXES)
    monkeypatch.setattr(journal.vault, "migrate",
                        functools.partial(migrate, target=before_step))
    old = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    fill(EntryStore(old), old)
    assert schema_version(old._conn) == before_step
    assert not NEW_INDEXES & {r[0] for r in old.rows(
        "SELECT name FROM sqlite_master WHERE type = 'index'")}
    before = everything(old)
    old.close()
    monkeypatch.undo()

    with Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)) as vault:
        assert schema_version(vault._conn) == SCHEMA_VERSION
        indexes = {r[0] for r in vault.rows(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert indexes >= NEW_INDEXES
        assert vault.row("PRAGMA integrity_check")[0] == "ok"
        assert everything(vault) == before
        assert len(before["entries"]) == 120
        # and the migrated vault goes on working: a new shared entry is found by the filter
        store = EntryStore(vault)
        new = store.create(EntryDraft(date(2025, 6, 1), "new", "rain", 3,
                                      share_with_therapist=True))
        assert new in [s.id for s in store.page(EntryFilter(mood=3, shared=True))]
