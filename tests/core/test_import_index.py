"""An import builds the search index in one go (EntryStore.bulk_add): what she finds
afterwards is exactly what she would find had each entry been written one by one, and
the vault's schema and index settings are as they were, after success and failure."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.entries import EntryStore
from journal.importers import ImportedEntry, import_entries
from journal.models import EntryDraft
from journal.search import HIGHLIGHT_END, HIGHLIGHT_START, search
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.import_samples import snapshot

WORDS = ("zus", "gesprek", "naief", "cafe", "wandeling", "grens", "vandaag", "ik",
         "slaap", "boos", "opgelucht", "therapeut")
TEXTS = [
    ("Gesprek met mijn zus", "Ik heb Ellen gebeld. Ze luisterde zonder oordeel. Daarna een "
     "wandeling in de zon.", ["zus"]),
    ("Slecht geslapen", "Weer wakker om vier uur. Ik voel me naïef en verdrietig; vandaag "
     "wil ik rust.", []),
    ("A café morning", "Coffee with a friend from the peer group. Café au lait.", ["group"]),
    ("Grens", "Ik heb mijn grens uitgesproken. Hij werd boos, ik bleef rustig. Opgelucht.",
     ["grenzen", "starred"]),
    ("", "Morgen naar de therapeut. Vandaag vooral slaap nodig.", []),
]


def many(n: int) -> list[ImportedEntry]:
    return [ImportedEntry(date(2024, 1, 1) + timedelta(days=i), title, f"{body} ({i})",
                          list(tags))
            for i in range(n) for title, body, tags in [TEXTS[i % len(TEXTS)]]]


def found(vault: Vault) -> dict[str, list[tuple]]:
    return {word: [(h.id, h.entry_date, h.title, h.snippet) for h in search(vault, word)]
            for word in WORDS}


def index_state(vault: Vault) -> tuple:
    """The schema (with its triggers) and the search index's settings."""
    return ([tuple(r) for r in vault.rows("SELECT type, name, sql FROM sqlite_master"
                                          " ORDER BY name")],
            [tuple(r) for r in vault.rows("SELECT k, v FROM entries_fts_config ORDER BY k")])


def integrity(vault: Vault) -> None:
    """FTS5's own check that the index matches the entries (raises if not)."""
    vault.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def other(tmp_path):
    with Vault.create(tmp_path / "one-by-one", PASSPHRASE, kdf=FAST_KDF) as vault:
        yield vault


def test_imported_entries_are_found_as_if_written_one_by_one(vault, other):
    imported = many(60)
    before = index_state(vault)
    import_entries(vault, imported)
    store = EntryStore(other)
    for e in imported:
        store.create(EntryDraft(e.entry_date, e.title, e.body, tags=e.tags))
    result = found(vault)
    assert result == found(other)
    assert all(result.values())
    assert any(HIGHLIGHT_START in s and HIGHLIGHT_END in s
               for hits in result.values() for *_, s in hits)
    assert result["naief"][0][3].count(HIGHLIGHT_START) == 1  # "naïef", diacritics folded
    assert index_state(vault) == before
    integrity(vault)


def test_an_import_into_a_journal_keeps_its_entries_findable_and_indexes_later_ones(
        vault, entries):
    own = entries.create(EntryDraft(date(2020, 5, 1), "Mijn eigen stuk", "Over de zeilkamp."))
    import_entries(vault, many(12))
    assert [h.id for h in search(vault, "zeilkamp")] == [own]
    assert len(search(vault, "zus")) == 3
    # The insert trigger is back: a new, changed or deleted entry is indexed as always.
    later = entries.create(EntryDraft(date(2025, 1, 1), "Later", "Een fietstocht."))
    assert [h.id for h in search(vault, "fietstocht")] == [later]
    entries.update(later, EntryDraft(date(2025, 1, 1), "Later", "Een boottocht."))
    assert search(vault, "fietstocht") == []
    entries.delete(later)
    assert search(vault, "boottocht") == []
    integrity(vault)


def test_a_failed_import_leaves_schema_index_and_entries_as_they_were(vault, entries):
    entries.create(EntryDraft(date(2020, 1, 1), "Bestaand", "blijft vindbaar"))
    before = (snapshot(vault), index_state(vault), found(vault))
    bad = [*many(30), ImportedEntry(date(2024, 6, 1), "kapot", "x", mood=9)]
    with pytest.raises(ValueError, match="mood"):
        import_entries(vault, bad)
    assert (snapshot(vault), index_state(vault), found(vault)) == before
    integrity(vault)


def test_a_failure_inside_a_callers_transaction_still_leaves_a_whole_index(vault, entries):
    """Should a caller go on with its transaction after a failed bulk_add, the entries
    added so far are indexed and the trigger is back: nothing half done is committed."""
    before = index_state(vault)
    store = EntryStore(vault)

    def add_then_fail() -> None:
        with store.bulk_add() as add:
            add(EntryDraft(date(2024, 1, 1), "Half", "Een strandwandeling."), None, None)
            raise RuntimeError("stop")

    # The caller's transaction, which goes on (and commits) after the failure.
    with vault.transaction(), pytest.raises(RuntimeError, match="stop"):
        add_then_fail()
    assert index_state(vault) == before
    assert [h.title for h in search(vault, "strandwandeling")] == ["Half"]
    integrity(vault)
