from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft, CrossingDraft, Followed
from journal.models import EntryDraft, EntryFilter
from journal.need_models import NeedArea, NeedDraft
from journal.needs import NeedStore
from journal.search import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    SearchOrder,
    match_expression,
    search,
    search_worksheet,
    snippet_parts,
)


@pytest.fixture
def filled(vault, entries):
    entries.create(EntryDraft(date(2026, 2, 1), "Gesprek met mijn zus",
                              "Ik heb Ellen gebeld. Ze luisterde zonder oordeel. Daarna een "
                              "wandeling in de zon.", mood=4, tags=["zus"]))
    entries.create(EntryDraft(date(2026, 2, 2), "Slecht geslapen",
                              "Weer wakker om vier uur. De ontdekking blijft door mijn hoofd "
                              "gaan. Ik voel me naïef en verdrietig.", mood=1,
                              share_with_therapist=True))
    entries.create(EntryDraft(date(2026, 2, 3), "A café morning",
                              "Coffee with a friend from the peer group. Café au lait.",
                              mood=3, tags=["group"]))
    return vault


def titles(vault, text, **kw):
    return [h.title for h in search(vault, text, **kw)]


def test_words_and_dutch_text(filled):
    assert titles(filled, "wandeling") == ["Gesprek met mijn zus"]
    assert titles(filled, "ontdekking verdrietig") == ["Slecht geslapen"]
    assert titles(filled, "ontdekking zon") == []  # all words must match


def test_diacritics_match_both_ways(filled):
    assert titles(filled, "naief") == ["Slecht geslapen"]
    assert titles(filled, "naïef") == ["Slecht geslapen"]
    assert titles(filled, "cafe") == ["A café morning"]
    assert titles(filled, "CAFÉ") == ["A café morning"]


def test_prefix_for_the_last_word_only(filled):
    assert titles(filled, "wandel") == ["Gesprek met mijn zus"]
    assert titles(filled, "wandel", prefix_last=False) == []
    assert titles(filled, "wand zon") == []  # only the last word is a prefix


def test_title_words_rank_higher(filled, entries):
    entries.create(EntryDraft(date(2026, 2, 4), "Notes", "Zus zus zus called again."))
    assert titles(filled, "zus")[0] == "Gesprek met mijn zus"


def test_snippet_highlights_the_match(filled):
    hit = search(filled, "luisterde")[0]
    assert f"{HIGHLIGHT_START}luisterde{HIGHLIGHT_END}" in hit.snippet
    assert ("luisterde", True) in snippet_parts(hit.snippet)


def test_filters_apply_to_search(filled):
    assert titles(filled, "ik", flt=EntryFilter(shared=True)) == ["Slecht geslapen"]
    assert titles(filled, "ik", flt=EntryFilter(tag="zus")) == ["Gesprek met mijn zus"]
    assert titles(filled, "ik", flt=EntryFilter(mood=5)) == []


SISTER = ["Gesprek met mijn zus"]


@pytest.mark.parametrize(("text", "expected"), [
    # No word at all: nothing, and no error.
    ("", []), ("   ", []), ('"', []), ('""', []), ("*", []), ("-", []), ("(", []),
    (")", []), ("^", []), ("😀", []), ("\x00", []),
    # FTS5 syntax around a word is no syntax: the word is still found.
    ("zus)", SISTER), ("-zus", SISTER), ("zus*", SISTER), ("zus 😀", SISTER),
    ("zus " * 500, SISTER), ('"zus"', SISTER),
    # Operators and column filters are words she typed, which these entries lack; read
    # as FTS5 syntax, each would find an entry.
    ("NEAR", []), ("NEAR(zus wandeling)", []), ("zus OR", []), ("AND", []),
    ("zus OR ontdekking", []), ("ontdekking NOT zus", []), ("title:zus", []),
    ("{title}: zus", []), ("{title}: x", []),
    ("'; DROP TABLE entries; --", []), ("a" * 10_000, []),
])
def test_any_text_is_a_valid_query(filled, text, expected):
    assert titles(filled, text) == expected
    assert titles(filled, "wandeling") == SISTER  # and the index is still there


def test_syntax_is_treated_as_words(filled):
    assert titles(filled, '"wandeling"') == ["Gesprek met mijn zus"]
    assert titles(filled, "NEAR(wandeling)") == []  # "near" is a word that is not there
    assert titles(filled, "-wandeling") == ["Gesprek met mijn zus"]


def test_match_expression_quotes_every_word():
    assert match_expression('zus "OR" wan') == '"zus" "OR" "wan"*'
    assert match_expression("  ") is None
    assert match_expression("😀 !!") is None


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_hypothesis_queries_never_raise(filled, text):
    hits = search(filled, text)
    assert all(h.title for h in hits)


def test_deleted_entry_is_no_longer_found(filled, entries):
    hit = search(filled, "luisterde")[0]
    entries.delete(hit.id)
    assert search(filled, "luisterde") == []
    assert filled.integrity_problems() == []


def test_updated_entry_is_found_by_its_new_words(filled, entries):
    hit = search(filled, "luisterde")[0]
    entry = entries.get(hit.id)
    entry.body = "Vandaag alleen regen."
    entries.update(hit.id, entry.draft())
    assert search(filled, "luisterde") == []
    assert [h.id for h in search(filled, "regen")] == [hit.id]


def test_many_matches_rank_among_the_most_recent(vault, entries, monkeypatch):
    monkeypatch.setattr("journal.search.RANK_WINDOW", 5)
    ids = [entries.create(EntryDraft(date(2026, 3, 1), f"walk {i}", "walk " * (20 - i)))
           for i in range(12)]
    # Entry 0 says "walk" most often, but it is not among the 5 most recent matches.
    found = [h.id for h in search(vault, "walk", limit=50)]
    assert sorted(found) == ids[-5:]
    # A filter narrows the matches before the window is taken.
    entries.update(ids[0], EntryDraft(date(2026, 3, 1), "walk 0", "walk " * 20,
                                      share_with_therapist=True))
    assert [h.id for h in search(vault, "walk", flt=EntryFilter(shared=True))] == [ids[0]]


def test_filtered_search_ranks_the_newest_matches_that_pass_the_filter(vault, entries,
                                                                      monkeypatch):
    monkeypatch.setattr("journal.search.RANK_WINDOW", 4)
    # Twenty entries of 30 words say "walk", more often the older they are; the even ones
    # are tagged "park", mood 4, dated in March; the odd ones have no tag, mood 2, April.
    ids = []
    for i in range(20):
        even = i % 2 == 0
        ids.append(entries.create(EntryDraft(
            date(2026, 3 if even else 4, 1 + i), f"walk {i}", "walk " * (30 - i) + "rain " * i,
            mood=4 if even else 2, tags=["park"] if even else [])))
    # One more entry that passes every filter below but does not say "walk".
    entries.create(EntryDraft(date(2026, 3, 5), "other", "nothing to see", mood=4,
                              tags=["park"]))
    # The window: the four newest that pass; best first: the one that says "walk" most.
    newest_even = [ids[i] for i in (12, 14, 16, 18)]
    for flt in (EntryFilter(tag="park"), EntryFilter(mood=4),
                EntryFilter(date_from=date(2026, 3, 1), date_to=date(2026, 3, 31)),
                EntryFilter(tag="park", mood=4)):
        found = [h.id for h in search(vault, "walk", flt=flt, limit=50)]
        assert found == newest_even, flt
        assert [h.id for h in search(vault, "walk", flt=flt, limit=2, offset=1)] == \
            newest_even[1:3]
        assert all(HIGHLIGHT_START in h.snippet for h in search(vault, "walk", flt=flt))
    # Fewer filtered matches than the window: all of them, ranked.
    assert [h.id for h in search(vault, "walk", flt=EntryFilter(mood=4, date_from=date(
        2026, 3, 15)))] == [ids[i] for i in (14, 16, 18)]
    # Nothing passes the filter.
    assert search(vault, "walk", flt=EntryFilter(mood=9)) == []
    assert search(vault, "walk", flt=EntryFilter(tag="nowhere")) == []
    # Prefix of the last word, with a filter, as while typing.
    assert [h.id for h in search(vault, "wal", flt=EntryFilter(tag="park"))] == newest_even


def test_fewer_matches_than_the_window_are_all_ranked(filled):
    assert len(search(filled, "ik")) == 2


# -- the worksheet: boundaries and needs ----------------------------------------------

@pytest.fixture
def worksheet(vault):
    boundaries, needs = BoundaryStore(vault), NeedStore(vault)
    rest = needs.create(NeedDraft("Rust en een eigen kamer", NeedArea.REST))
    needs.add_note(rest, "Sinds de ontdekking slaap ik slecht; de logeerkamer helpt.",
                   date(2026, 2, 1))
    needs.create(NeedDraft("Information about the therapy", NeedArea.INFORMATION))
    sleep = boundaries.create(BoundaryDraft(
        action="Voorlopig slaap ik in de studeerkamer.", need_text="Veiligheid",
        need_id=rest, consequence="Ik logeer drie nachten bij mijn zus.",
        support="Ellen", notes="Geen straf, maar zorg voor mezelf."))
    talk = boundaries.create(BoundaryDraft(
        action="I end a conversation that turns manipulative.",
        consequence="I leave the room and go for a walk."))
    boundaries.log_crossing(talk, CrossingDraft(
        date(2026, 2, 3), "He kept pushing after I said stop.", Followed.PARTLY,
        feeling="Boos en moe", learned="Sooner is easier."))
    return {"sleep": sleep, "talk": talk, "rest": rest, "boundaries": boundaries}


def found(vault, text, **kw):
    return [(h.kind, h.id) for h in search_worksheet(vault, text, **kw)]


def test_worksheet_finds_boundaries_by_every_text(vault, worksheet):
    sleep, talk = ("boundary", worksheet["sleep"]), ("boundary", worksheet["talk"])
    assert found(vault, "studeerkamer") == [sleep]  # what I will do
    assert found(vault, "veiligheid") == [sleep]  # the need in her words
    assert found(vault, "logeer nachten") == [sleep]  # the consequence
    assert found(vault, "ellen") == [sleep]  # support
    assert found(vault, "straf") == [sleep]  # notes
    assert found(vault, "pushing") == [talk]  # the crossing log: what happened,
    assert found(vault, "boos") == [talk]  # how it felt,
    assert found(vault, "sooner easier") == [talk]  # what I learned
    assert found(vault, "studeerkamer pushing") == []  # all words in one record
    assert found(vault, "holiday") == []


def test_worksheet_finds_needs_by_text_and_notes(vault, worksheet):
    rest = ("need", worksheet["rest"])
    assert found(vault, "eigen kamer") == [rest]
    assert found(vault, "logeerkamer") == [rest]  # a dated note
    assert [h.kind for h in search_worksheet(vault, "therapy")] == ["need"]


def test_worksheet_hits_have_a_title_and_a_marked_snippet(vault, worksheet):
    [hit] = search_worksheet(vault, "pushing")
    assert hit.title == "I end a conversation that turns manipulative."
    assert f"{HIGHLIGHT_START}pushing{HIGHLIGHT_END}" in hit.snippet
    assert "".join(t for t, _ in snippet_parts(hit.snippet)) == \
        "He kept pushing after I said stop."
    [hit] = search_worksheet(vault, "studeerkamer")
    assert [t for t, marked in snippet_parts(hit.snippet) if marked] == ["studeerkamer"]


def test_worksheet_long_text_snippet_is_cut_around_the_match(vault):
    words = [f"woord{i}" for i in range(200)]
    words[120] = "zeldzaam"
    BoundaryStore(vault).create(BoundaryDraft(action="Ik zorg voor mezelf.",
                                              notes=" ".join(words)))
    [hit] = search_worksheet(vault, "zeldzaam")
    plain = "".join(t for t, _ in snippet_parts(hit.snippet))
    assert plain.startswith("…") and plain.endswith("…") and len(plain) < 200
    assert "zeldzaam" in plain


def test_worksheet_words_match_like_the_entries_search(vault, worksheet):
    sleep = ("boundary", worksheet["sleep"])
    assert found(vault, "studeer slaap") == []  # a whole word ...
    assert found(vault, "slaap studeer") == [sleep]  # ... except the last, a prefix
    assert found(vault, "studeer", prefix_last=False) == []
    assert found(vault, "VOORLOPIG") == [sleep]
    assert found(vault, '"voorlopig" (*ik*) -') == [sleep]  # syntax only separates


def test_worksheet_diacritics_match_both_ways(vault):
    boundaries, needs = BoundaryStore(vault), NeedStore(vault)
    b = boundaries.create(BoundaryDraft(action="Ik ga naar het café met Zoë."))
    n = needs.create(NeedDraft("Een naief gevoel mag er zijn"))
    assert found(vault, "cafe zoe") == [("boundary", b)]
    assert found(vault, "CAFÉ") == [("boundary", b)]
    assert found(vault, "naïef") == [("need", n)]


def test_deleted_boundary_and_its_log_are_no_longer_found(vault, worksheet):
    worksheet["boundaries"].delete(worksheet["talk"])
    assert found(vault, "pushing") == []
    assert found(vault, "manipulative") == []
    assert found(vault, "studeerkamer") == [("boundary", worksheet["sleep"])]


def test_worksheet_limit_and_order(vault):
    boundaries = BoundaryStore(vault)
    ids = [boundaries.create(BoundaryDraft(action=f"Ik neem tijd {i}")) for i in range(5)]
    NeedStore(vault).create(NeedDraft("Tijd voor mezelf"))
    hits = search_worksheet(vault, "tijd", limit=3)
    assert [h.id for h in hits] == ids[::-1][:3]
    assert [h.kind for h in search_worksheet(vault, "tijd")][-1] == "need"
    assert search_worksheet(vault, "") == search_worksheet(vault, " *-() ") == []


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text())
def test_hypothesis_worksheet_queries_never_raise(vault, worksheet, text):
    for hit in search_worksheet(vault, text):
        assert hit.kind in ("boundary", "need") and hit.title
        assert snippet_parts(hit.snippet)


def test_newest_first_orders_every_match_by_its_date(vault, entries, monkeypatch):
    monkeypatch.setattr("journal.search.RANK_WINDOW", 3)
    # Written in this order, dated out of order; the oldest written says "walk" most.
    days = [date(2026, 5, 2), date(2026, 1, 9), date(2026, 5, 2), date(2026, 3, 1),
            date(2025, 12, 31), date(2026, 4, 4)]
    ids = [entries.create(EntryDraft(day, f"walk {i}", "walk " * (10 - i) + "rain"))
           for i, day in enumerate(days)]
    entries.create(EntryDraft(date(2026, 6, 1), "other", "nothing to see"))
    by_date = [ids[i] for i in (2, 0, 5, 3, 1, 4)]  # newest date first, then newest id
    newest = search(vault, "walk", order=SearchOrder.NEWEST, limit=50)
    # Every match, not only the window ranking uses; each with its snippet.
    assert [h.id for h in newest] == by_date
    assert all(HIGHLIGHT_START + "walk" in h.snippet for h in newest)
    assert [h.entry_date for h in newest] == sorted(days, reverse=True)
    # Page by page as the list scrolls.
    assert [h.id for h in search(vault, "wal", order=SearchOrder.NEWEST, limit=2,
                                 offset=2)] == by_date[2:4]
    # Best matches still rank only the window (the three most recently written).
    best = [h.id for h in search(vault, "walk", order=SearchOrder.BEST)]
    assert best == [h.id for h in search(vault, "walk")]
    assert sorted(best) == ids[3:]
    # With a filter: the matches that pass it, newest first.
    flt = EntryFilter(date_from=date(2026, 1, 1), date_to=date(2026, 4, 30))
    assert [h.id for h in search(vault, "walk", flt=flt, order=SearchOrder.NEWEST)] == \
        [ids[5], ids[3], ids[1]]
    assert search(vault, "nothing walk", order=SearchOrder.NEWEST) == []
    assert search(vault, "  ", order=SearchOrder.NEWEST) == []
