"""Support network, safety plan, STI tests and the session agenda: round trips, bad input,
no dangling links."""

from __future__ import annotations

from datetime import date

import pytest

from journal.agenda import AgendaSource, AgendaStore
from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft
from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.errors import InvalidChoice, MissingField, RecordNotFound
from journal.keyslots import Secret
from journal.models import EntryDraft
from journal.need_models import NeedDraft
from journal.needs import NeedStore
from journal.safety import PartnerTested, SafetyPlan, SafetyStore, StiTest
from journal.schema import SCHEMA_VERSION, schema_version
from journal.support import INCLUDED_HELPLINES, SupportDraft, SupportKind, SupportStore
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def reopen(vault: Vault) -> Vault:
    folder = vault.folder
    vault.close()
    return Vault.open(folder, Secret.passphrase(PASSPHRASE))


def test_schema_is_current(vault):
    assert schema_version(vault._conn) == SCHEMA_VERSION


# -- support network ---------------------------------------------------------------

def test_support_person_round_trip(vault):
    store = SupportStore(vault)
    pid = store.create(SupportDraft(" Anna ", SupportKind.TRUSTED, "06 1234 5678",
                                    "Listens without advice.", may_advise=True))
    gid = store.create(SupportDraft("Tuesday group", SupportKind.PEER_GROUP))
    vault = reopen(vault)
    store = SupportStore(vault)
    anna = store.get(pid)
    assert (anna.name, anna.kind, anna.contact, anna.notes, anna.may_advise) == (
        "Anna", SupportKind.TRUSTED, "06 1234 5678", "Listens without advice.", True)
    assert [p.id for p in store.all()] == [pid, gid]
    assert [p.id for p in store.advisers()] == [pid]
    store.update(gid, SupportDraft("Tuesday group", SupportKind.PEER_GROUP, may_advise=True))
    assert store.get(gid).may_advise
    store.delete(pid)
    with pytest.raises(RecordNotFound):
        store.get(pid)
    vault.close()


def test_bad_support_input_changes_nothing(vault):
    store = SupportStore(vault)
    pid = store.create(SupportDraft("Anna"))
    with pytest.raises(MissingField):
        store.create(SupportDraft("   "))
    with pytest.raises(InvalidChoice):
        store.update(pid, SupportDraft("Anna B", kind="neighbour"))
    with pytest.raises(RecordNotFound):
        store.update(pid + 99, SupportDraft("Someone"))
    assert [(p.id, p.name) for p in store.all()] == [(pid, "Anna")]


def test_included_helplines_can_be_hidden_and_shown(vault):
    store = SupportStore(vault)
    ids = [h.id for h in INCLUDED_HELPLINES]
    assert {"nl-112", "nl-veilig-thuis", "nl-113", "be-112", "be-1712", "be-1813"} <= set(ids)
    numbers = {h.number for h in INCLUDED_HELPLINES}
    assert {"112", "101", "0800-2000", "113 / 0800-0113", "1712", "1813"} <= numbers
    store.set_helpline_hidden("be-1712", True)
    store.set_helpline_hidden("be-1712", True)  # twice is fine
    assert "be-1712" not in [h.id for h in store.visible_helplines()]
    store.set_helpline_hidden("be-1712", False)
    assert [h.id for h in store.visible_helplines()] == ids
    with pytest.raises(InvalidChoice):
        store.set_helpline_hidden("made-up", True)
    assert store.hidden_helplines() == set()


# -- safety plan and STI tests -----------------------------------------------------

def test_safety_plan_round_trip(vault):
    store = SafetyStore(vault)
    assert store.plan().is_empty()
    store.save_plan(SafetyPlan("I worry about my niece.", "He does not babysit.",
                               "My sister, Veilig Thuis", "I take the children to my sister."))
    store.save_plan(SafetyPlan("I worry about my niece.", "He does not babysit alone.",
                               "My sister, Veilig Thuis", "I take the children to my sister."))
    vault = reopen(vault)
    plan = SafetyStore(vault).plan()
    assert (plan.concerns, plan.agreements, plan.who_to_call, plan.what_i_do) == (
        "I worry about my niece.", "He does not babysit alone.", "My sister, Veilig Thuis",
        "I take the children to my sister.")
    assert vault.row("SELECT count(*) FROM safety_plan")[0] == 1
    vault.close()


def test_sti_tests_round_trip_and_bad_dates(vault):
    store = SafetyStore(vault)
    first = store.add_test(StiTest(date(2024, 3, 1), "GGD", PartnerTested.NO,
                                   follow_up_on=date(2024, 6, 1)))
    with pytest.raises(InvalidChoice):
        store.add_test(StiTest(date(2024, 3, 1), follow_up_on=date(2024, 2, 1)))
    with pytest.raises(InvalidChoice):
        store.add_test(StiTest("2024-03-01"))
    with pytest.raises(InvalidChoice):
        store.add_test(StiTest(date(2024, 3, 1), partner_tested="maybe"))
    assert [t.id for t in store.tests()] == [first]
    assert [t.id for t in store.follow_ups_due(date(2024, 6, 2))] == [first]
    assert store.follow_ups_due(date(2024, 5, 1)) == []
    second = store.add_test(StiTest(date(2024, 6, 3), "huisarts", PartnerTested.YES))
    assert store.follow_ups_due(date(2024, 7, 1)) == []  # tested again since
    store.update_test(second, StiTest(date(2024, 6, 4), "GP", PartnerTested.UNKNOWN))
    test = store.tests()[0]
    assert (test.id, test.taken_on, test.tested_by, test.partner_tested) == (
        second, date(2024, 6, 4), "GP", PartnerTested.UNKNOWN)
    store.delete_test(first)
    assert [t.id for t in store.tests()] == [second]


# -- session agenda ----------------------------------------------------------------

def test_agenda_items_from_every_kind(vault, entries):
    agenda = AgendaStore(vault)
    entry = entries.create(EntryDraft(date(2024, 5, 1), "Sunday", "A hard day"))
    boundary = BoundaryStore(vault).create(BoundaryDraft("I sleep in the guest room."))
    checkin = CheckinStore(vault).create(CheckinDraft(date(2024, 5, 1), mood=3))
    need = NeedStore(vault).create(NeedDraft("Rest"))
    ids = {
        AgendaSource.FREE: agenda.add("How do I tell my mother?"),
        AgendaSource.ENTRY: agenda.add("Sunday", AgendaSource.ENTRY, entry),
        AgendaSource.BOUNDARY: agenda.add("The guest room", AgendaSource.BOUNDARY, boundary),
        AgendaSource.CHECKIN: agenda.add("Sleep this week", AgendaSource.CHECKIN, checkin),
        AgendaSource.NEED: agenda.add("Rest", AgendaSource.NEED, need),
    }
    vault = reopen(vault)
    agenda = AgendaStore(vault)
    items = agenda.open_items()
    assert [(i.id, i.source_kind) for i in items] == [(v, k) for k, v in ids.items()]
    assert agenda.get(ids[AgendaSource.ENTRY]).source_id == entry
    agenda.mark_discussed(ids[AgendaSource.NEED], date(2024, 5, 7))
    assert [i.id for i in agenda.discussed()] == [ids[AgendaSource.NEED]]
    assert agenda.get(ids[AgendaSource.NEED]).discussed_on == date(2024, 5, 7)
    agenda.mark_discussed(ids[AgendaSource.NEED], None)
    assert agenda.discussed() == []
    vault.close()


def test_agenda_refuses_missing_sources_and_empty_text(vault):
    agenda = AgendaStore(vault)
    with pytest.raises(RecordNotFound):
        agenda.add("Gone", AgendaSource.ENTRY, 4242)
    with pytest.raises(RecordNotFound):
        agenda.add("No id", AgendaSource.BOUNDARY)
    with pytest.raises(MissingField):
        agenda.add("  ")
    with pytest.raises(InvalidChoice):
        agenda.add("x", "somewhere")
    assert agenda.open_items() == []


def test_deleting_a_source_keeps_the_topic_without_a_dangling_link(vault, entries):
    agenda = AgendaStore(vault)
    entry = entries.create(EntryDraft(date(2024, 5, 1), "Sunday", "A hard day"))
    boundary_store = BoundaryStore(vault)
    boundary = boundary_store.create(BoundaryDraft("I sleep in the guest room."))
    from_entry = agenda.add("Sunday", AgendaSource.ENTRY, entry)
    from_boundary = agenda.add("Guest room", AgendaSource.BOUNDARY, boundary)
    entries.delete(entry)
    boundary_store.delete(boundary)
    for item_id in (from_entry, from_boundary):
        item = agenda.get(item_id)
        assert (item.source_kind, item.source_id) == (AgendaSource.FREE, None)
    assert [i.text for i in agenda.open_items()] == ["Sunday", "Guest room"]


def test_fresh_vault_has_the_tables(tmp_path):
    v = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    names = {r[0] for r in v.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"support_people", "hidden_helplines", "safety_plan", "sti_tests",
            "agenda_items"} <= names
    v.close()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_demo_has_support_people_a_safety_plan_tests_and_an_agenda(vault, lang):
    from journal.demo import fill_demo

    today = date(2026, 11, 21)
    fill_demo(vault, lang, today=today)
    people = SupportStore(vault).all()
    assert len(people) >= 4 and any(p.may_advise for p in people)
    safety = SafetyStore(vault)
    assert not safety.plan().is_empty()
    assert len(safety.tests()) >= 2
    assert safety.follow_ups_due(today)  # the Today card has something to show
    agenda = AgendaStore(vault)
    open_items, discussed = agenda.open_items(), agenda.discussed()
    assert len(open_items) >= 3 and len(discussed) >= 2
    kinds = {i.source_kind for i in open_items + discussed}
    assert {AgendaSource.ENTRY, AgendaSource.BOUNDARY, AgendaSource.CHECKIN} <= kinds
    assert all(i.source_id is not None for i in open_items + discussed
               if i.source_kind is not AgendaSource.FREE)
    assert all(i.discussed_on < today for i in discussed)
    from journal.boundaries import BoundaryStore
    boundaries = BoundaryStore(vault)
    linked = [boundaries.people(b.id) for b in boundaries.summaries()]
    assert sum(1 for people in linked if people) >= 3  # "who supports me" links people
