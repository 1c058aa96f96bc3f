"""import_entries: one transaction, duplicates, summary, preview, progress."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from journal.entries import EntryStore
from journal.errors import IMPORT_PLACES, IMPORT_REASONS, ImportFailed, Place
from journal.importers import (
    PROGRESS_EVERY,
    ImportedEntry,
    ImportedPhoto,
    import_entries,
    parse_source,
    preview,
)
from journal.models import EntryDraft
from tests.core.import_samples import JRNL_EXPORT, snapshot


def entry(day: int, title: str = "t", body: str = "b", **kw) -> ImportedEntry:
    return ImportedEntry(date(2024, 1, 1) + timedelta(days=day), title, body, **kw)


def test_imports_and_summarises(vault, entries: EntryStore):
    photo = ImportedPhoto("p1", "jpeg", b"\xff\xd8")
    summary = import_entries(vault, [
        entry(5, "Vijf", tags=["a", "starred"], photos=[photo, ImportedPhoto("p2", "png")]),
        entry(1, "Een", mood=4, prompt_id="needs-01", share_with_therapist=True),
        entry(3, "Drie"),
    ])
    assert summary.imported == 3
    assert summary.duplicates_skipped == 0
    assert (summary.first_date, summary.last_date) == (date(2024, 1, 2), date(2024, 1, 6))
    assert summary.photos_skipped == 2
    assert entries.count() == 3
    first = entries.get(entries.page()[-1].id)
    assert (first.title, first.mood, first.prompt_id, first.share_with_therapist) == (
        "Een", 4, "needs-01", True)
    assert entries.get(entries.page()[0].id).tags == ["a", "starred"]


def test_duplicates_of_the_vault_and_within_the_source_are_skipped(vault, entries):
    entries.create(EntryDraft(date(2024, 1, 2), "Al daar", "zelfde tekst"))
    summary = import_entries(vault, [
        entry(1, "Al daar", "zelfde tekst"),       # in the vault
        entry(1, " Al daar ", "zelfde tekst"),     # the store trims titles: same
        entry(2, "Nieuw", "x"),
        entry(2, "Nieuw", "x", tags=["other"]),    # earlier in the source; tags do not count
        entry(3, "Nieuw", "x"),                    # another day: not a duplicate
        entry(2, "Nieuw", "x "),                   # another body: not a duplicate
    ])
    assert (summary.imported, summary.duplicates_skipped) == (3, 3)
    assert entries.count() == 4


def test_a_second_import_of_the_same_source_adds_nothing(vault, entries):
    parsed = parse_source("jrnl-json", JRNL_EXPORT)
    first = import_entries(vault, parsed)
    before = snapshot(vault)
    again = import_entries(vault, parsed)
    assert (again.imported, again.duplicates_skipped) == (0, first.imported)
    assert (again.first_date, again.last_date) == (None, None)
    assert snapshot(vault) == before


def test_unicode_forms_count_as_the_same_text(vault, entries):
    entries.create(EntryDraft(date(2024, 1, 2), "Café", "naïef"))
    decomposed = entry(1, "Cafe\u0301", "nai\u0308ef")
    assert import_entries(vault, [decomposed]).duplicates_skipped == 1


def test_times_are_kept_as_created_at_in_utc(vault, entries):
    amsterdam = timezone(timedelta(hours=1))
    import_entries(vault, [
        entry(1, "aware", created_at=datetime(2024, 1, 2, 0, 30, tzinfo=amsterdam),
              updated_at=datetime(2024, 1, 3, 9, 0, tzinfo=UTC)),
        entry(2, "no time"),
    ])
    aware, no_time = (entries.get(s.id) for s in reversed(entries.page()))
    assert aware.created_at == datetime(2024, 1, 1, 23, 30, tzinfo=UTC)
    assert aware.updated_at == datetime(2024, 1, 3, 9, 0, tzinfo=UTC)
    assert aware.entry_date == date(2024, 1, 2)  # the local day, not the UTC one
    assert no_time.created_at is not None and no_time.created_at.tzinfo is not None


def test_a_failure_half_way_leaves_the_vault_unchanged(vault, entries):
    entries.create(EntryDraft(date(2020, 1, 1), "Bestaand", "blijft"))
    before = snapshot(vault)
    bad = [entry(i, f"e{i}") for i in range(10)] + [entry(11, "bad", mood=9)]
    with pytest.raises(ValueError, match="mood"):
        import_entries(vault, bad)
    assert snapshot(vault) == before
    assert entries.count() == 1


def test_progress_is_reported_and_can_cancel(vault, entries):
    calls: list[tuple[int, int]] = []
    many = [entry(i, f"e{i}") for i in range(PROGRESS_EVERY * 2 + 5)]
    import_entries(vault, many, progress=lambda done, total: calls.append((done, total)))
    total = len(many)
    assert calls == [(PROGRESS_EVERY, total), (PROGRESS_EVERY * 2, total), (total, total)]

    before = snapshot(vault)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    more = [entry(i, f"more{i}") for i in range(PROGRESS_EVERY + 1)]
    with pytest.raises(Cancelled):
        import_entries(vault, more, progress=cancel)
    assert snapshot(vault) == before


def test_import_joins_an_outer_transaction(vault, entries):
    """Inside a caller's transaction the import is part of it and rolls back with it."""
    before = snapshot(vault)

    def import_then_fail() -> None:
        with vault.transaction():
            import_entries(vault, [entry(1)])
            raise RuntimeError("the caller changed its mind")

    with pytest.raises(RuntimeError):
        import_then_fail()
    assert snapshot(vault) == before


def test_preview(vault, entries):
    entries.create(EntryDraft(date(2024, 1, 4), "t", "b"))
    items = [entry(9), entry(3), entry(3), entry(6, photos=[ImportedPhoto("x", "png")])]
    plain = preview(items)
    assert (plain.count, plain.first_date, plain.last_date, plain.photos) == (
        4, date(2024, 1, 4), date(2024, 1, 10), 1)
    assert plain.duplicates is None
    assert preview(items, vault).duplicates == 2
    assert preview([]).first_date is None


def test_unknown_format_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown import format"):
        parse_source("evernote", "x")


@pytest.mark.parametrize("fmt", ["jrnl-json", "dayone-json", "haven-json", "markdown"])
def test_a_missing_source_is_an_import_failure(tmp_path, fmt):
    with pytest.raises(ImportFailed) as info:
        parse_source(fmt, tmp_path / "missing.json")
    assert info.value.source == str(tmp_path / "missing.json")


def test_import_failed_names_where_and_why():
    error = ImportFailed("export.json", Place("entry", 3), "missing", field="date")
    assert str(error) == "export.json, entry 3: date is missing"
    assert (error.source, error.location, error.reason) == (
        "export.json", "entry 3", "date is missing")
    assert (error.place, error.code, error.params) == (
        Place("entry", 3), "missing", {"field": "date"})
    assert str(ImportFailed("f.md", None, "not_utf8")) == "f.md: the file is not UTF-8 text"
    assert str(Place("line_column", 4, 2)) == "line 4, column 2"


def test_every_reason_and_place_has_english_words():
    for code, sentence in IMPORT_REASONS.items():
        assert sentence and code.isidentifier()
    for kind in IMPORT_PLACES:
        assert str(Place(kind, 1, 2, "x"))


def test_an_unknown_reason_or_place_is_a_programming_error():
    with pytest.raises(ValueError, match="unknown import failure"):
        ImportFailed("f", None, "the date is missing")
    with pytest.raises(ValueError, match="unknown import place"):
        Place("page")
