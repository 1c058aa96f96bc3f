"""Check-ins: validation, storage, her own lists, and the aggregates for the charts."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta

import pytest

from journal.checkin_models import CHART_METRICS, Checkin, CheckinDraft
from journal.checkins import (
    CheckinStore,
    daily_means,
    is_empty,
    rolling_average,
    segments,
    selfcare_counts,
    trends,
    trigger_counts,
    validate,
)
from journal.errors import CheckinInvalid, CheckinNotFound, NameTaken, RecordNotFound

DAY = date(2024, 5, 10)


@pytest.fixture
def store(vault) -> CheckinStore:
    return CheckinStore(vault)


def db_digest(vault) -> str:
    """Every row of the check-in tables, to prove a failed write changed nothing."""
    h = hashlib.sha256()
    for table in ("checkins", "checkin_selfcare", "checkin_triggers", "selfcare_items",
                  "triggers"):
        for row in vault.rows(f"SELECT * FROM {table} ORDER BY 1, 2"):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


# -- validation ------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "value"), [
    ("mood", -1), ("mood", 11), ("anxiety", 11), ("safety", -3), ("sleep_quality", 12),
    ("mood", 5.5), ("mood", True), ("mood", "7"),
    ("sleep_hours", -0.5), ("sleep_hours", 24.5), ("sleep_hours", float("nan")),
    ("sleep_hours", "8"), ("movement_minutes", -1), ("movement_minutes", 1441),
    ("movement_minutes", 30.5), ("meals_regular", 1),
])
def test_out_of_range_values_are_refused_by_name(store, vault, field, value):
    before = db_digest(vault)
    draft = CheckinDraft(DAY, **{field: value})
    with pytest.raises(CheckinInvalid) as info:
        store.create(draft)
    assert info.value.field == field
    assert db_digest(vault) == before


@pytest.mark.parametrize("value", [0, 10])
def test_the_ends_of_the_scale_are_fine(store, value):
    checkin_id = store.create(CheckinDraft(DAY, mood=value, anxiety=value, safety=value,
                                           sleep_quality=value))
    got = store.get(checkin_id)
    assert (got.mood, got.anxiety, got.safety, got.sleep_quality) == (value,) * 4


def test_trigger_counts_are_checked(store, vault):
    t = store.add_trigger("The song from the car")
    before = db_digest(vault)
    for bad in (-1, 100, 2.5):
        with pytest.raises(CheckinInvalid) as info:
            store.create(CheckinDraft(DAY, triggers={t: bad}))
        assert info.value.field == "trigger"
    assert db_digest(vault) == before


def test_unknown_items_and_triggers_are_refused_and_nothing_is_stored(store, vault):
    before = db_digest(vault)
    with pytest.raises(CheckinInvalid):
        store.create(CheckinDraft(DAY, mood=5, helped=[999]))
    with pytest.raises(CheckinInvalid):
        store.create(CheckinDraft(DAY, mood=5, triggers={999: 1}))
    assert db_digest(vault) == before
    assert store.count() == 0


def test_a_failed_update_leaves_the_checkin_as_it_was(store):
    checkin_id = store.create(CheckinDraft(DAY, mood=4, note="before"))
    stored = store.get(checkin_id)
    with pytest.raises(CheckinInvalid):
        store.update(checkin_id, CheckinDraft(DAY, mood=40, note="after"))
    assert store.get(checkin_id) == stored


def test_names_are_cleaned_and_empty_ones_refused(store):
    with pytest.raises(CheckinInvalid):
        store.add_trigger("   ")
    with pytest.raises(CheckinInvalid):
        store.add_selfcare_item("x" * 61)
    first = store.add_trigger("  the   supermarket ")
    assert store.add_trigger("THE SUPERMARKET") == first
    assert [t.name for t in store.triggers()] == ["the supermarket"]


def test_zero_counts_are_dropped_and_empty_drafts_recognised():
    assert validate(CheckinDraft(DAY, triggers={3: 0, 4: 2})).triggers == {4: 2}
    assert is_empty(CheckinDraft(DAY, triggers={3: 0}, note="  "))
    assert not is_empty(CheckinDraft(DAY, mood=0))
    assert not is_empty(CheckinDraft(DAY, meals_regular=False))


# -- the store -------------------------------------------------------------------------


def test_round_trip_with_her_own_items_and_triggers(store):
    items = {i.key or i.name: i.id for i in store.selfcare_items()}
    assert {"walk", "bath", "sun", "breathing", "mindfulness", "prayer", "music",
            "talking"} <= set(items)
    knitting = store.add_selfcare_item("Knitting")
    song = store.add_trigger("Our song")
    draft = CheckinDraft(DAY, mood=6, anxiety=3, safety=7, sleep_hours=7.5, sleep_quality=6,
                         meals_regular=True, movement_minutes=40,
                         helped=[knitting, items["walk"]], triggers={song: 2},
                         note="Quiet evening, tea on the balcony.")
    checkin_id = store.create(draft)
    got = store.get(checkin_id)
    assert got.draft() == validate(draft)
    assert got.helped == sorted([knitting, items["walk"]])
    assert got.created_at is not None


def test_several_a_day_and_editable_afterwards(store):
    first = store.create(CheckinDraft(DAY, mood=3))
    second = store.create(CheckinDraft(DAY, mood=7, note="better tonight"))
    assert [c.id for c in store.on_day(DAY)] == [first, second]
    assert store.count_on(DAY) == 2
    store.update(first, CheckinDraft(DAY, mood=4, note="changed my mind"))
    assert store.get(first).mood == 4
    store.delete(second)
    with pytest.raises(CheckinNotFound):
        store.get(second)
    with pytest.raises(CheckinNotFound):
        store.update(second, CheckinDraft(DAY, mood=1))
    assert store.count_on(DAY) == 1


def test_removing_her_own_item_removes_it_from_checkins_builtins_stay(store):
    knitting = store.add_selfcare_item("Knitting")
    walk = next(i.id for i in store.selfcare_items() if i.key == "walk")
    checkin_id = store.create(CheckinDraft(DAY, helped=[knitting, walk]))
    store.remove_selfcare_item(knitting)
    store.remove_selfcare_item(walk)  # a built-in: stays
    assert store.get(checkin_id).helped == [walk]
    trigger = store.add_trigger("Films with an affair")
    checkin_id = store.create(CheckinDraft(DAY, triggers={trigger: 1}))
    store.remove_trigger(trigger)
    assert store.get(checkin_id).triggers == {}


def test_her_own_items_and_triggers_can_be_renamed(store, vault):
    knitting = store.add_selfcare_item("Knitting")
    store.add_selfcare_item("Baking")
    walk = next(i.id for i in store.selfcare_items() if i.key == "walk")
    checkin_id = store.create(CheckinDraft(DAY, helped=[knitting]))
    store.rename_selfcare_item(knitting, "  Knitting   a scarf ")
    assert next(i.name for i in store.selfcare_items() if i.id == knitting) == (
        "Knitting a scarf")
    assert store.get(checkin_id).helped == [knitting]  # the check-in keeps it
    route = store.add_trigger("The route past his office")
    store.add_trigger("Our song")
    store.rename_trigger(route, "The road past his office")
    assert [t.name for t in store.triggers()] == ["The road past his office", "Our song"]
    before = db_digest(vault)
    with pytest.raises(NameTaken):
        store.rename_selfcare_item(knitting, "baking")
    with pytest.raises(NameTaken):
        store.rename_trigger(route, "OUR SONG")
    with pytest.raises(CheckinInvalid):
        store.rename_trigger(route, "   ")
    with pytest.raises(RecordNotFound):
        store.rename_selfcare_item(walk, "Walking")  # a built-in keeps its name
    with pytest.raises(RecordNotFound):
        store.rename_trigger(999, "Anything")
    assert db_digest(vault) == before


def test_between_and_recent(store):
    for offset in (0, 1, 5, 9):
        store.create(CheckinDraft(DAY - timedelta(days=offset), mood=offset))
    assert [c.mood for c in store.between(DAY - timedelta(days=5), DAY)] == [5, 1, 0]
    assert [c.mood for c in store.recent(2)] == [0, 1]


# -- aggregates ------------------------------------------------------------------------


def checkin(day: date, **values) -> Checkin:
    return Checkin(day=day, **values)


def test_gaps_stay_gaps_never_zeros():
    start = date(2024, 1, 1)
    data = [checkin(start, mood=4), checkin(start + timedelta(days=3), mood=8)]
    assert daily_means(data, "mood", start, start + timedelta(days=4)) == [4, None, None, 8,
                                                                            None]


def test_several_checkins_on_one_day_count_as_their_mean():
    data = [checkin(DAY, mood=2, sleep_hours=6.0), checkin(DAY, mood=6),
            checkin(DAY, anxiety=3)]
    assert daily_means(data, "mood", DAY, DAY) == [4]
    assert daily_means(data, "sleep_hours", DAY, DAY) == [6.0]
    assert daily_means(data, "safety", DAY, DAY) == [None]


def test_rolling_average_uses_only_values_that_exist_and_keeps_long_gaps():
    values = [2, None, 4, None, None, None, 10, 8]
    assert rolling_average(values, 3) == [2, 2, 3, 4, 4, None, 10, 9]
    assert rolling_average([], 7) == []
    assert rolling_average([None, None], 7) == [None, None]
    assert rolling_average([1, 2, 3, 4], 2) == [1, 1.5, 2.5, 3.5]


def test_segments_split_at_gaps():
    assert segments([1, 2, None, None, 5, None, 7]) == [[(0, 1), (1, 2)], [(4, 5)], [(6, 7)]]
    assert segments([None]) == []


def test_selfcare_counts_count_days_and_trigger_counts_add_up():
    data = [checkin(DAY, helped=[1, 2], triggers={10: 2}),
            checkin(DAY, helped=[1], triggers={10: 1, 11: 1}),
            checkin(DAY + timedelta(days=1), helped=[1, 3], triggers={11: 1, 12: 5})]
    assert selfcare_counts(data) == [(1, 2), (2, 1), (3, 1)]
    assert trigger_counts(data) == [(12, 5), (10, 3), (11, 2)]
    assert trigger_counts(data, limit=1) == [(12, 5)]


def test_trends_over_a_period_with_gaps(store):
    end = date(2024, 3, 31)
    walk = next(i.id for i in store.selfcare_items() if i.key == "walk")
    song = store.add_trigger("Our song")
    for offset in range(0, 30, 3):  # every third day only
        store.create(CheckinDraft(end - timedelta(days=offset), mood=offset % 11,
                                  sleep_hours=7.0, helped=[walk], triggers={song: 1}))
    store.create(CheckinDraft(end - timedelta(days=40), mood=1))  # outside the period
    got = store.trends(end, 30)
    assert got.start == end - timedelta(days=29) and got.end == end
    assert set(got.series) == set(CHART_METRICS)
    mood = got.series["mood"]
    assert len(mood.days) == 30 and mood.days[-1] == end
    assert sum(v is not None for v in mood.values) == 10
    assert mood.values[-2] is None  # a day without a check-in is a gap, not a zero
    assert mood.rolling[-2] == (3 + 6) / 2  # the window holds the days 3 and 6 days ago
    assert got.series["anxiety"].values == (None,) * 30
    assert got.selfcare == ((walk, 10),)
    assert got.triggers == ((song, 10),)
    assert got.checkin_days == 10
    # Each check-in's mood on its own day, from what was written above.
    expected = [None] * 30
    for offset in range(0, 30, 3):
        expected[29 - offset] = offset % 11
    assert list(mood.values) == expected
    assert got.series["sleep_hours"].values[-1] == 7.0


def test_the_average_of_a_periods_first_days_takes_in_the_days_before_it(store):
    """"The average of the last 7 days" on a period's first day holds the six days before
    it too: it does not start from the period's first check-in alone and run on flat
    until the next one."""
    end = date(2024, 3, 31)
    start = end - timedelta(days=29)
    store.create(CheckinDraft(start - timedelta(days=6), mood=2))  # before the period
    store.create(CheckinDraft(start, mood=8))
    store.create(CheckinDraft(start + timedelta(days=4), mood=5))
    mood = store.trends(end, 30).series["mood"]
    assert mood.values[:5] == (8, None, None, None, 5)  # the dots: the period's own
    assert mood.rolling[:5] == (5, 8, 8, 8, 6.5)  # the day before left the window
    assert store.trends(end, 30).checkin_days == 2


def test_no_checkins_gives_empty_trends_without_error():
    got = trends([], DAY - timedelta(days=6), DAY)
    assert all(v is None for s in got.series.values() for v in s.values)
    assert got.selfcare == () and got.triggers == () and got.checkin_days == 0


# -- many at once (an import) ----------------------------------------------------------


def test_bulk_create_stores_the_same_as_one_at_a_time(store, vault):
    walk = next(i.id for i in store.selfcare_items() if i.key == "walk")
    knitting = store.add_selfcare_item("Knitting")
    song = store.add_trigger("Our song")
    drafts = [
        CheckinDraft(DAY, mood=6, sleep_hours=7.5, meals_regular=True,
                     helped=[knitting, walk], triggers={song: 2}, note="thee"),
        CheckinDraft(DAY, mood=None, note="alleen een aantekening"),
        CheckinDraft(DAY + timedelta(days=1), mood=0, helped=[walk]),
    ] * 60  # more than one statement's worth of rows
    stamps = [f"2024-03-{1 + i % 28:02d}T08:{i % 60:02d}:00.000+00:00"
              for i in range(len(drafts))]
    ids = store.bulk_create(list(zip(drafts, stamps, strict=True)))
    assert len(ids) == len(set(ids)) == len(drafts)
    for checkin_id, draft, stamp in zip(ids, drafts, stamps, strict=True):
        got = store.get(checkin_id)
        assert got.draft() == validate(draft)
        assert tuple(vault.row("SELECT created_at, updated_at FROM checkins WHERE id = ?",
                               (checkin_id,))) == (stamp, stamp)
    # The same drafts one at a time give the same rows, links and all.
    one_by_one = [store.create(d, s) for d, s in zip(drafts, stamps, strict=True)]
    assert [store.get(i).draft() for i in one_by_one] == [store.get(i).draft()
                                                          for i in ids]


@pytest.mark.parametrize("bad", [
    CheckinDraft(DAY, mood=11),
    CheckinDraft(DAY, mood=5, helped=[999]),
    CheckinDraft(DAY, mood=5, triggers={999: 1}),
])
def test_bulk_create_is_all_or_nothing(store, vault, bad):
    store.create(CheckinDraft(DAY, mood=3, note="already here"))
    before = db_digest(vault)
    good = [(CheckinDraft(DAY, mood=5, note=str(i)), None) for i in range(150)]
    with pytest.raises(CheckinInvalid):
        store.bulk_create([*good, (bad, None), *good])
    assert db_digest(vault) == before


def test_a_hidden_item_or_trigger_keeps_its_history(store, vault):
    knitting = store.add_selfcare_item("Knitting")
    bath = next(i.id for i in store.selfcare_items() if i.key == "bath")
    route = store.add_trigger("The route past his office")
    old = store.create(CheckinDraft(DAY, helped=[knitting, bath], triggers={route: 2}))
    store.set_selfcare_item_hidden(knitting, True)
    store.set_selfcare_item_hidden(bath, True)  # a built-in too
    store.set_trigger_hidden(route, True)
    assert {i.id for i in store.selfcare_items() if i.hidden} == {knitting, bath}
    assert [t.hidden for t in store.triggers()] == [True]
    # Past check-ins, their edits and the trends keep what she hid.
    assert store.get(old).helped == sorted([knitting, bath])
    assert store.get(old).triggers == {route: 2}
    store.update(old, store.get(old).draft())
    trends = store.trends(DAY, 7)
    assert dict(trends.selfcare) == {knitting: 1, bath: 1}
    assert dict(trends.triggers) == {route: 2}
    # Typing its name again, or "show again", offers it again.
    assert store.add_selfcare_item("knitting") == knitting
    store.set_trigger_hidden(route, False)
    assert not any(i.hidden for i in store.selfcare_items() if i.id == knitting)
    assert [t.hidden for t in store.triggers()] == [False]
    with pytest.raises(RecordNotFound):
        store.set_trigger_hidden(route + 100, True)
    with pytest.raises(RecordNotFound):
        store.set_selfcare_item_hidden(10_000, True)
