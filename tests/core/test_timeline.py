"""Events with approximate dates, milestones, and the timeline across record kinds."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.agenda import AgendaStore
from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft, BoundaryStatus, CrossingDraft, Followed
from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.entries import EntryStore
from journal.errors import InvalidChoice, MissingField, RecordNotFound
from journal.events import EventDraft, EventStore, Precision, Season, Source, When
from journal.models import EntryDraft
from journal.need_models import NeedDraft, NeedStatus
from journal.needs import NeedStore
from journal.safety import SafetyStore, StiTest
from journal.timeline import KINDS, Timeline


@pytest.fixture
def events(vault):
    return EventStore(vault)


def test_approximate_dates_stand_for_their_range():
    assert When.in_season(2019, Season.SPRING) == When(
        Precision.SEASON, date(2019, 3, 1), date(2019, 5, 31), date(2019, 3, 1))
    winter = When.in_season(2020, "winter")
    assert (winter.start, winter.end) == (date(2020, 12, 1), date(2021, 2, 28))
    assert winter.season is Season.WINTER
    assert When.in_month(2024, 2).end == date(2024, 2, 29)
    around = When.around(date(2020, 12, 25), "around Christmas")
    assert (around.start, around.sort_day, around.end) == (
        date(2020, 12, 11), date(2020, 12, 25), date(2021, 1, 8))
    assert When.in_year(2018).end == date(2018, 12, 31)
    with pytest.raises(InvalidChoice):
        When.in_month(2019, 13)
    with pytest.raises(InvalidChoice):
        When.in_season(2019, "monsoon")


@given(st.dates(min_value=date(1950, 1, 2), max_value=date(2098, 12, 30)))
def test_every_kind_of_date_holds_its_sort_day(day):
    for when in (When.on(day), When.around(day), When.in_month(day.year, day.month),
                 When.in_season(day.year, Season.AUTUMN), When.in_year(day.year)):
        assert when.start <= when.sort_day <= when.end


def test_events_sort_spring_beside_exact_dates(events):
    april = events.create(EventDraft(When.on(date(2019, 4, 10)), "He came home late",
                                     Source.SAW))
    spring = events.create(EventDraft(When.in_season(2019, Season.SPRING, "spring 2019"),
                                      "The first messages", Source.FOUND, "On the laptop"))
    february = events.create(EventDraft(When.on(date(2019, 2, 1)), "A weekend away",
                                        Source.HE_TOLD))
    assert [e.id for e in events.all()] == [february, spring, april]
    got = events.get(spring)
    assert (got.when.words, got.source, got.note) == ("spring 2019", Source.FOUND,
                                                      "On the laptop")
    assert got.when.season is Season.SPRING


def test_event_needs_what_and_a_real_source(events, vault):
    with pytest.raises(MissingField):
        events.create(EventDraft(When.on(date(2020, 1, 1)), "   "))
    with pytest.raises(InvalidChoice):
        events.create(EventDraft(When.on(date(2020, 1, 1)), "x", "guessed"))
    with pytest.raises(InvalidChoice):  # a sort day outside its range
        events.create(EventDraft(When(Precision.DAY, date(2020, 1, 2), date(2020, 1, 2),
                                      date(2020, 1, 3)), "x"))
    assert events.count() == 0


def test_event_update_and_delete(events):
    event_id = events.create(EventDraft(When.in_year(2015), "It started", Source.SUSPECT))
    events.update(event_id, EventDraft(When.in_month(2015, 6), "It started", Source.HE_TOLD))
    assert events.get(event_id).when.precision is Precision.MONTH
    events.delete(event_id)
    with pytest.raises(RecordNotFound):
        events.get(event_id)
    with pytest.raises(RecordNotFound):
        events.update(event_id, EventDraft(When.in_year(2015), "x"))


def test_milestones_go_with_their_entry(vault, events):
    entries = EntryStore(vault)
    entry_id = entries.create(EntryDraft(date(2021, 5, 2), "The day I told my sister"))
    events.set_milestone(entry_id, True)
    events.set_milestone(entry_id, True)
    assert events.is_milestone(entry_id)
    assert [k.kind for k in Timeline(vault).find()] == ["milestone"]
    entries.delete(entry_id)
    assert Timeline(vault).find() == []
    with pytest.raises(RecordNotFound):
        events.set_milestone(entry_id, True)


@pytest.fixture
def everything(vault):
    """One item of every kind, each on its own day of 2023, plus things not shown."""
    ids = {}
    ids["event"] = EventStore(vault).create(EventDraft(When.on(date(2023, 1, 5)),
                                                       "I found the messages", Source.FOUND))
    entries = EntryStore(vault)
    entry = entries.create(EntryDraft(date(2023, 2, 1), "First therapy", "It helped."))
    EventStore(vault).set_milestone(entry, True)
    entries.create(EntryDraft(date(2023, 2, 2), "An ordinary day"))  # not a milestone
    ids["milestone"] = entry
    boundaries = BoundaryStore(vault)
    boundary = boundaries.create(BoundaryDraft("I sleep in the guest room"),
                                 on=date(2023, 3, 1))
    boundaries.set_status(boundary, BoundaryStatus.COMMUNICATED, on=date(2023, 3, 10))
    boundaries.log_crossing(boundary, CrossingDraft(date(2023, 4, 2), "He came in anyway",
                                                    Followed.YES))
    ids["boundary"] = boundary
    need = NeedStore(vault).create(NeedDraft("Rest on Sundays"), on=date(2023, 5, 1))
    NeedStore(vault).update(need, NeedDraft("Rest on Sundays", status=NeedStatus.MET),
                            on=date(2023, 5, 20))
    ids["need"] = need
    checkins = CheckinStore(vault)
    ids["checkin"] = checkins.create(CheckinDraft(date(2023, 6, 1), mood=1, note="Awful"))
    checkins.create(CheckinDraft(date(2023, 6, 2), mood=5))  # an ordinary day
    checkins.create(CheckinDraft(date(2023, 6, 3), mood=9))
    SafetyStore(vault).add_test(StiTest(date(2023, 7, 1), "GGD"))
    agenda = AgendaStore(vault)
    first = agenda.add("Trust")
    second = agenda.add("Money")
    agenda.mark_discussed(first, date(2023, 8, 1))
    agenda.mark_discussed(second, date(2023, 8, 1))
    return ids


def test_timeline_has_every_kind_in_date_order(vault, everything):
    timeline = Timeline(vault)
    keys = timeline.find()
    assert [k.kind for k in keys] == ["event", "milestone", "boundary", "boundary",
                                      "crossing", "need", "need", "checkin", "checkin",
                                      "sti_test", "session"]
    assert keys == sorted(keys)
    items = timeline.items(keys)
    assert [i.title for i in items][:3] == ["I found the messages", "First therapy",
                                            "I sleep in the guest room"]
    assert [i.status for i in items if i.kind == "boundary"] == ["considering",
                                                                 "communicated"]
    crossing = next(i for i in items if i.kind == "crossing")
    assert (crossing.record_kind, crossing.record_id) == ("boundary", everything["boundary"])
    assert crossing.detail == "He came in anyway" and crossing.status == "yes"
    assert [(i.status, i.value) for i in items if i.kind == "checkin"] == [("low", 1),
                                                                           ("high", 9)]
    session = items[-1]
    assert (session.record_kind, session.detail) == ("agenda", "Trust\nMoney")
    assert set(KINDS) == {k.kind for k in keys}


def test_timeline_filters_by_kind_and_period(vault, everything):
    timeline = Timeline(vault)
    assert [k.kind for k in timeline.find(["need", "event"])] == ["event", "need", "need"]
    assert [k.kind for k in timeline.find(first=date(2023, 3, 5), last=date(2023, 5, 19))] == [
        "boundary", "crossing", "need"]
    assert timeline.find([]) == []
    assert timeline.span() == (date(2023, 1, 5), date(2023, 8, 1))


def test_an_approximate_event_shows_in_every_period_it_overlaps(vault, events):
    events.create(EventDraft(When.in_year(2019, "some time in 2019"), "The affair"))
    timeline = Timeline(vault)
    assert len(timeline.find(first=date(2019, 6, 1), last=date(2019, 6, 30))) == 1
    assert timeline.find(first=date(2020, 1, 1)) == []
    item = timeline.items(timeline.find())[0]
    assert item.when.words == "some time in 2019" and item.key.day == "2019-01-01"


def test_items_leave_out_what_was_deleted_meanwhile(vault, everything):
    timeline = Timeline(vault)
    keys = timeline.find(["event", "need"])
    EventStore(vault).delete(everything["event"])
    assert [i.kind for i in timeline.items(keys)] == ["need", "need"]


def test_the_journal_search_finds_events_by_what_when_and_note(vault, events):
    from journal.search import search_worksheet

    event_id = events.create(EventDraft(When.around(date(2020, 12, 25), "rond kerst 2020"),
                                        "Het telefoontje", Source.SOMEONE_TOLD,
                                        "Zijn collega belde"))
    for query in ("telefoon", "kerst", "collega belde"):
        hits = search_worksheet(vault, query)
        assert [(h.kind, h.id, h.title) for h in hits] == [
            ("event", event_id, "Het telefoontje")], query
    events.delete(event_id)
    assert search_worksheet(vault, "telefoon") == []
