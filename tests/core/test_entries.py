from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.entries import PREVIEW_CHARS, EntryStore, make_preview, normalize_tags
from journal.errors import EntryNotFound
from journal.models import EntryDraft, EntryFilter


def draft(day: int = 1, title: str = "", body: str = "", **kw) -> EntryDraft:
    return EntryDraft(date(2026, 1, 1) + timedelta(days=day), title, body, **kw)


def test_create_and_get(entries: EntryStore):
    entry_id = entries.create(draft(title="  First  ", body="Line one\n\nLine two", mood=2,
                                    tags=["#sleep", "Sister", "sleep", " "],
                                    prompt_id="needs-01", share_with_therapist=True))
    entry = entries.get(entry_id)
    assert entry.title == "First"
    assert entry.body == "Line one\n\nLine two"
    assert entry.mood == 2
    assert entry.tags == ["Sister", "sleep"]
    assert entry.prompt_id == "needs-01"
    assert entry.share_with_therapist is True
    assert entry.created_at == entry.updated_at
    assert entry.draft().title == "First"


def test_share_with_therapist_is_off_by_default(entries):
    assert entries.get(entries.create(draft())).share_with_therapist is False


def test_update_changes_fields_and_tags(entries):
    entry_id = entries.create(draft(title="Old", tags=["a", "b"]))
    before = entries.get(entry_id)
    entries.update(entry_id, draft(day=5, title="New", body="More", mood=5, tags=["b", "c"]))
    after = entries.get(entry_id)
    assert (after.title, after.body, after.mood, after.tags) == ("New", "More", 5, ["b", "c"])
    assert after.entry_date == date(2026, 1, 6)
    assert after.updated_at >= before.updated_at
    assert [name for name, _ in entries.tags()] == ["b", "c"]  # unused tag "a" is gone


def test_missing_entries_raise(entries):
    with pytest.raises(EntryNotFound):
        entries.get(42)
    with pytest.raises(EntryNotFound):
        entries.update(42, draft())
    with pytest.raises(EntryNotFound):
        entries.delete(42)


def test_delete(entries):
    keep = entries.create(draft(title="keep", tags=["x"]))
    gone = entries.create(draft(title="gone", tags=["y"]))
    entries.delete(gone)
    assert entries.count() == 1
    assert entries.get(keep).title == "keep"
    assert entries.tags() == [("x", 1)]


@pytest.mark.parametrize("mood", [0, 6, -1])
def test_mood_out_of_range_is_refused(entries, mood):
    with pytest.raises(ValueError, match="mood"):
        entries.create(draft(mood=mood))
    assert entries.count() == 0


def test_page_is_newest_first_and_pages(entries):
    ids = [entries.create(draft(day=d, title=f"day {d}")) for d in range(25)]
    first = entries.page(limit=10)
    assert [s.title for s in first] == [f"day {d}" for d in range(24, 14, -1)]
    rest = entries.page(offset=10, limit=100)
    assert len(rest) == 15
    assert {s.id for s in first + rest} == set(ids)


def test_same_day_entries_keep_creation_order_newest_first(entries):
    a = entries.create(draft(day=1))
    b = entries.create(draft(day=1))
    assert [s.id for s in entries.page()] == [b, a]


def test_page_carries_a_preview_not_the_body(entries):
    body = "# Heading\n\n*Some* **bold** text. " + "word " * 2000
    entry_id = entries.create(draft(body=body))
    summary = entries.page()[0]
    assert summary.id == entry_id
    assert summary.preview.startswith("Heading Some bold text.")
    assert len(summary.preview) <= PREVIEW_CHARS
    assert not hasattr(summary, "body")


def test_filters(entries):
    entries.create(draft(day=1, title="a", mood=1, tags=["work"]))
    entries.create(draft(day=2, title="b", mood=3, tags=["Sister"], share_with_therapist=True))
    entries.create(draft(day=3, title="c", mood=3))

    def titles(**kw):
        return [s.title for s in entries.page(EntryFilter(**kw))]

    assert titles(tag="sister") == ["b"]  # tags match in any case
    assert titles(mood=3) == ["c", "b"]
    assert titles(shared=True) == ["b"]
    assert titles(shared=False) == ["c", "a"]
    assert titles(date_from=date(2026, 1, 3)) == ["c", "b"]
    assert titles(date_to=date(2026, 1, 2)) == ["a"]
    assert titles(tag="nothing") == []
    assert entries.count(EntryFilter(mood=3)) == 2


def test_a_five_megabyte_entry_round_trips(entries):
    body = ("Een heel lange dag. " * 262_144)[: 5 * 1024 * 1024]
    entry_id = entries.create(draft(body=body))
    assert entries.get(entry_id).body == body
    assert len(entries.page()[0].preview) <= PREVIEW_CHARS


def test_text_is_stored_in_nfc(entries):
    entry_id = entries.create(draft(title="cafe\u0301"))
    assert entries.get(entry_id).title == "caf\u00e9"


def test_helpers():
    assert make_preview("> quote\n- item one\n- item two") == "quote item one item two"
    assert normalize_tags(["#a", "A", "b  c", ""]) == ["a", "b c"]


# -- the journal list by months and keyset ----------------------------------------------

FILTERS = [EntryFilter(), EntryFilter(tag="sleep"), EntryFilter(mood=3),
           EntryFilter(shared=True), EntryFilter(date_from=date(2025, 3, 10),
                                                 date_to=date(2025, 11, 20)),
           EntryFilter(tag="Sleep", shared=False, mood=3)]


@pytest.fixture
def year_of_entries(entries: EntryStore, vault) -> EntryStore:
    import random

    rng = random.Random(7)
    with vault.transaction():
        for i in range(300):  # several on some days, none in some months
            day = date(2025, 1, 1) + timedelta(days=rng.choice(
                [d for d in range(400) if not 150 <= d < 190]))
            entries.create(EntryDraft(day, f"e{i}", "body", rng.choice([None, 3, 5]),
                                      rng.sample(["sleep", "work"], rng.randrange(3)),
                                      share_with_therapist=rng.random() < 0.4))
    return entries


@pytest.mark.parametrize("flt", FILTERS)
def test_month_counts_add_up_to_the_list_month_by_month(year_of_entries, flt):
    store = year_of_entries
    everything = store.page(flt, limit=1000)
    counts = store.month_counts(flt)
    assert sum(n for _y, _m, n in counts) == store.count(flt) == len(everything)
    expected: list[tuple[int, int, int]] = []
    for s in everything:
        if expected and expected[-1][:2] == (s.entry_date.year, s.entry_date.month):
            expected[-1] = (*expected[-1][:2], expected[-1][2] + 1)
        else:
            expected.append((s.entry_date.year, s.entry_date.month, 1))
    assert counts == expected  # newest first; no month without entries


@pytest.mark.parametrize("flt", FILTERS)
def test_keyset_pages_and_month_pages_give_the_same_list_as_offsets(year_of_entries, flt):
    store = year_of_entries
    everything = store.page(flt, limit=1000)
    walked, key = [], None
    while page := store.page_before(flt, key, limit=17):
        walked += page
        key = (page[-1].entry_date, page[-1].id)
    assert walked == everything
    offset = 0
    for year, month, n in store.month_counts(flt):
        for skip in (0, n // 2, n - 1):
            assert store.page_in_month(flt, year, month, skip, limit=23) == \
                everything[offset + skip:offset + skip + 23]
        for i, s in enumerate(everything[offset:offset + n]):
            assert store.position(flt, s.id) == (year, month, i)
        offset += n


def test_position_is_none_for_an_entry_the_filter_leaves_out(year_of_entries):
    store = year_of_entries
    left_out = store.page(EntryFilter(shared=False), limit=1)[0]
    assert store.position(EntryFilter(shared=True), left_out.id) is None
    assert store.position(EntryFilter(), 999_999) is None


def test_month_pages_over_a_year_end(entries):
    ids = [entries.create(draft(day=d, title=str(d))) for d in (-2, -1, 0, 1)]  # Dec, Jan
    assert entries.month_counts() == [(2026, 1, 2), (2025, 12, 2)]
    assert [s.id for s in entries.page_in_month(EntryFilter(), 2025, 12, 1)] == [ids[0]]
    assert [s.id for s in entries.page_in_month(EntryFilter(), 2026, 1, 1, limit=2)] == \
        [ids[2], ids[1]]
