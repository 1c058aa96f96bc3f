"""The boundaries worksheet and needs: real SQLCipher vaults, no mocks."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from journal.boundaries import (
    LANGUAGES,
    BoundaryStore,
    consequence_hint_needed,
    load_templates,
    sounds_like_demand,
    template_by_id,
)
from journal.boundary_models import (
    BoundaryDraft,
    BoundaryStatus,
    CrossingDraft,
    Followed,
    Willingness,
)
from journal.demo import fill_demo
from journal.errors import InvalidChoice, MissingField, RecordNotFound
from journal.form_drafts import FormDrafts
from journal.need_models import NeedArea, NeedDraft, NeedStatus
from journal.needs import NeedStore
from journal.resources import load_json
from tests.core.sqlcipher_pages import all_pages, encodings, pages_containing

D1, D2, D3 = date(2026, 1, 5), date(2026, 2, 9), date(2026, 3, 14)


@pytest.fixture
def store(vault):
    return BoundaryStore(vault)


@pytest.fixture
def needs(vault):
    return NeedStore(vault)


def a_boundary(**changes) -> BoundaryDraft:
    draft = BoundaryDraft(action="For now I will sleep in the study.",
                          need_text="Rest", consequence="I stay with my sister for three nights.",
                          willing=Willingness.YES, support="Ellen, the group",
                          review_date=date(2026, 4, 1), notes="Not a punishment.")
    return replace(draft, **changes)


def snapshot(vault) -> list[tuple]:
    """Every row of the worksheet's tables, to prove a failed call changed nothing."""
    tables = ("needs", "need_status_changes", "need_notes", "boundaries", "boundary_versions",
              "boundary_status_changes", "boundary_crossings", "form_drafts")
    return [tuple(r) for t in tables for r in vault.rows(f"SELECT '{t}', * FROM {t}")]


# -- boundaries ----------------------------------------------------------------------

def test_create_and_get(store):
    boundary_id = store.create(a_boundary(), on=D1)
    b = store.get(boundary_id)
    assert b.draft() == a_boundary()
    assert b.status == BoundaryStatus.CONSIDERING
    assert b.version == 1
    assert [(h.status, h.changed_on) for h in b.history] == [("considering", D1)]
    assert (b.crossings, b.followed, b.partly_followed) == (0, 0, 0)
    assert store.versions(boundary_id) == []


def test_revise_keeps_earlier_versions(store):
    boundary_id = store.create(a_boundary(), on=D1)
    assert store.revise(boundary_id, a_boundary(consequence="I stay with Ellen."), on=D2) == 2
    assert store.revise(boundary_id, a_boundary(consequence="I go for a walk.",
                                                status=BoundaryStatus.REVISED), on=D3) == 3
    b = store.get(boundary_id)
    assert (b.version, b.consequence, b.status) == (3, "I go for a walk.", "revised")
    earlier = store.versions(boundary_id)
    assert [v.version for v in earlier] == [1, 2]
    assert earlier[0].draft == a_boundary()
    assert earlier[1].draft.consequence == "I stay with Ellen."
    assert [(h.status, h.changed_on) for h in b.history] == [("considering", D1),
                                                            ("revised", D3)]
    # The same wording again is not a new version.
    assert store.revise(boundary_id, b.draft(), on=D3) == 3
    assert len(store.versions(boundary_id)) == 2


def test_status_changes_are_kept_with_their_dates(store):
    boundary_id = store.create(a_boundary(), on=D1)
    store.set_status(boundary_id, BoundaryStatus.DECIDED, on=D2)
    store.set_status(boundary_id, "communicated", on=D3)
    store.set_status(boundary_id, "communicated", on=date(2026, 3, 20))  # no change: no row
    b = store.get(boundary_id)
    assert b.status == BoundaryStatus.COMMUNICATED
    assert [(h.status, h.changed_on) for h in b.history] == [
        ("considering", D1), ("decided", D2), ("communicated", D3)]
    assert b.version == 1  # a status change is not a new wording
    assert store.summaries()[0].status_since == D3


def test_crossing_log_counts(store):
    boundary_id = store.create(a_boundary(), on=D1)
    other = store.create(a_boundary(action="I keep my Thursday sessions."), on=D1)
    for day, followed in ((D1, Followed.YES), (D2, Followed.PARTLY), (D3, Followed.NO),
                          (date(2026, 3, 20), Followed.YES)):
        store.log_crossing(boundary_id, CrossingDraft(day, "He came in at night.", followed,
                                                      feeling="Shaky", learned="I can do it"))
    b = store.get(boundary_id)
    assert (b.crossings, b.followed, b.partly_followed) == (4, 2, 1)
    log = store.crossings(boundary_id)
    assert [c.crossed_on for c in log] == [date(2026, 3, 20), D3, D2, D1]  # newest first
    assert log[0].feeling == "Shaky" and log[0].learned == "I can do it"
    rows = {s.id: (s.crossings, s.followed, s.partly_followed) for s in store.summaries()}
    assert rows == {boundary_id: (4, 2, 1), other: (0, 0, 0)}
    store.delete_crossing(log[0].id)
    assert store.get(boundary_id).crossings == 3


def test_a_crossing_can_be_put_right(vault, store):
    boundary_id = store.create(a_boundary(), on=D1)
    crossing = store.log_crossing(boundary_id, CrossingDraft(D2, "He came in.", Followed.NO))
    store.update_crossing(crossing, CrossingDraft(D3, " He came in at night. ", Followed.YES,
                                                  feeling="Calm"))
    c, = store.crossings(boundary_id)
    assert (c.id, c.crossed_on, c.what_happened, c.followed, c.feeling) == (
        crossing, D3, "He came in at night.", Followed.YES, "Calm")
    assert store.get(boundary_id).followed == 1
    before = snapshot(vault)
    with pytest.raises(MissingField):
        store.update_crossing(crossing, CrossingDraft(D3, " ", Followed.YES))
    with pytest.raises(RecordNotFound):
        store.update_crossing(999, CrossingDraft(D3, "It happened", Followed.YES))
    assert snapshot(vault) == before


def test_needs_link_from_boundaries(store, needs):
    rest = needs.create(NeedDraft("Sleep", NeedArea.REST), on=D1)
    boundary_id = store.create(a_boundary(need_id=rest), on=D1)
    assert store.get(boundary_id).need_id == rest
    assert [s.id for s in store.for_need(rest)] == [boundary_id]
    # Deleting the need keeps the boundary and her own words for the need.
    needs.delete(rest)
    b = store.get(boundary_id)
    assert b.need_id is None and b.need_text == "Rest"


def test_a_link_to_a_missing_need_is_refused(vault, store):
    before = snapshot(vault)
    with pytest.raises(RecordNotFound):
        store.create(a_boundary(need_id=999))
    assert snapshot(vault) == before


@pytest.mark.parametrize(("changes", "error", "field"), [
    ({"action": ""}, MissingField, "action"),
    ({"action": "   \n\t"}, MissingField, "action"),
    ({"status": "maybe"}, InvalidChoice, "status"),
    ({"willing": "perhaps"}, InvalidChoice, "willing"),
    ({"review_date": "2026-13-45"}, InvalidChoice, "review date"),
])
def test_bad_input_is_refused_and_changes_nothing(vault, store, changes, error, field):
    boundary_id = store.create(a_boundary(), on=D1)
    before = snapshot(vault)
    with pytest.raises(error) as info:
        store.create(a_boundary(**changes))
    assert info.value.field == field
    with pytest.raises(error):
        store.revise(boundary_id, a_boundary(**changes))
    assert snapshot(vault) == before


def test_bad_crossings_and_statuses_are_refused(vault, store):
    boundary_id = store.create(a_boundary(), on=D1)
    before = snapshot(vault)
    with pytest.raises(MissingField):
        store.log_crossing(boundary_id, CrossingDraft(D2, "  ", Followed.YES))
    with pytest.raises(InvalidChoice):
        store.log_crossing(boundary_id, CrossingDraft(D2, "It happened", "sometimes"))
    with pytest.raises(RecordNotFound):
        store.log_crossing(999, CrossingDraft(D2, "It happened", Followed.NO))
    with pytest.raises(InvalidChoice):
        store.set_status(boundary_id, "forgotten")
    with pytest.raises(RecordNotFound):
        store.set_status(999, "holding")
    with pytest.raises(RecordNotFound):
        store.delete(999)
    assert snapshot(vault) == before


def test_very_long_text_is_fine(store):
    long = "Ik slaap voorlopig apart. " * 20_000
    boundary_id = store.create(a_boundary(action=long, notes=long))
    assert store.get(boundary_id).action == long.strip()


def test_delete_removes_log_history_versions_and_drafts(vault, store):
    kept = store.create(a_boundary(action="I keep my own sessions."), on=D1)
    boundary_id = store.create(a_boundary(), on=D1)
    store.revise(boundary_id, a_boundary(consequence="Another"), on=D2)
    store.set_status(boundary_id, "holding", on=D2)
    store.log_crossing(boundary_id, CrossingDraft(D3, "It happened", Followed.YES))
    FormDrafts(vault).save(f"crossing:{boundary_id}", {"what": "half typed"})
    store.delete(boundary_id)
    for table in ("boundary_versions", "boundary_status_changes", "boundary_crossings"):
        assert vault.rows(f"SELECT * FROM {table} WHERE boundary_id = ?", (boundary_id,)) == []
    assert FormDrafts(vault).load(f"crossing:{boundary_id}") is None
    assert [s.id for s in store.summaries()] == [kept]
    with pytest.raises(RecordNotFound):
        store.get(boundary_id)


def test_deleted_boundary_leaves_no_trace_in_the_files(vault, store):
    key = bytes(vault._data_key)
    marks = {name: f"zq{name}{uuid.uuid4().hex[:10]}"
             for name in ("action", "old", "crossing", "learned", "draft")}
    boundary_id = store.create(a_boundary(action=f"I will {marks['action']}",
                                          consequence=marks["old"]), on=D1)
    store.revise(boundary_id, a_boundary(action=f"I will {marks['action']} now"), on=D2)
    store.log_crossing(boundary_id, CrossingDraft(D3, f"It {marks['crossing']}", Followed.NO,
                                                  learned=marks["learned"]))
    FormDrafts(vault).save(f"crossing:{boundary_id}", {"text": marks["draft"]})
    pages = all_pages(vault.folder, key)
    assert all(pages_containing(pages, m) for m in marks.values())
    store.delete(boundary_id)
    vault.close()
    pages = all_pages(vault.folder, key)
    assert {n: pages_containing(pages, m) for n, m in marks.items()} == {n: [] for n in marks}
    for path in vault.folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(form in data for m in marks.values() for form in encodings(m))


# -- wording hints -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He must stop lying to me", "he should tell me everything", "You have to be honest",
    "You must never do that again", "He needs to move out", "My husband has to stop",
    "I want him to stop", "He can't come into my room", "Don't call me at work",
    "  'He must'", "He is not allowed to", "You’d better... no: you better stop",
    "Hij moet stoppen", "hij moet eerlijk zijn", "Jij moet het vertellen",
    "Je moet uit huis", "Je mag niet meer", "Hij mag me niet meer bellen",
    "Ik wil dat hij stopt", "Mijn man moet hulp zoeken", "Hij dient eerlijk te zijn",
    "Jij zult het zeggen",
])
def test_a_demand_on_him_gets_the_hint(text):
    if text.startswith("You’d"):
        text = "You better stop"
    assert sounds_like_demand(text)


@pytest.mark.parametrize("text", [
    "For now I will sleep in the study.", "I will end the conversation and walk away.",
    "When he shouts, I will leave the room.", "If you... no: I will go to Ellen's.",
    "Ik slaap voorlopig in de werkkamer.", "Als hij aandringt, ga ik de kamer uit.",
    "Ik wil rust.", "Ik stop het gesprek als het omslaat.", "Hemustard", "Hijmoet",
    "", "   ", "Jezelf beschermen is geen straf.", "Heel voorzichtig begin ik",
])
def test_my_own_action_gets_no_hint(text):
    assert not sounds_like_demand(text)


def test_the_willingness_hint():
    assert consequence_hint_needed(Willingness.NOT_YET)
    assert consequence_hint_needed("no")
    assert not consequence_hint_needed(Willingness.YES)
    assert not consequence_hint_needed(None)


# -- templates -----------------------------------------------------------------------

def test_templates_have_both_languages_and_unique_ids():
    data = load_json("boundaries", "templates.json")["templates"]
    ids = [t["id"] for t in data]
    assert len(ids) == len(set(ids)) >= 11
    for t in data:
        assert t["group"] in ("general", "family")
        for lang in LANGUAGES:
            assert all(t[lang][k].strip() for k in ("title", "action", "need", "consequence",
                                                   "why")), (t["id"], lang)
        assert t["en"]["action"] != t["nl"]["action"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_templates_instantiate_and_save(store, lang):
    templates = load_templates(lang)
    assert {t.group for t in templates} == {"general", "family"}
    for template in templates:
        assert not sounds_like_demand(template.action), template.id
        boundary_id = store.create(template.draft())
        b = store.get(boundary_id)
        assert (b.action, b.need_text, b.consequence) == (
            template.action, template.need, template.consequence)
        assert b.template_id == template.id
    assert store.count() == len(templates)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_family_group_can_be_left_out(lang):
    general = load_templates(lang, include_family=False)
    assert general and all(t.group == "general" for t in general)
    assert len(general) < len(load_templates(lang))
    assert template_by_id("separate-room", lang).title
    assert template_by_id("no-such-template", lang) is None
    assert template_by_id("separate-room", "en").title != \
        template_by_id("separate-room", "nl").title


# -- needs ---------------------------------------------------------------------------

def test_needs_with_status_history_and_dated_notes(vault, needs):
    need_id = needs.create(NeedDraft("Real sleep", NeedArea.REST), on=D1)
    needs.update(need_id, NeedDraft("Real sleep", NeedArea.REST, NeedStatus.ASKED), on=D2)
    needs.update(need_id, NeedDraft("Sleep, most nights", NeedArea.REST, NeedStatus.ASKED),
                 on=D3)
    needs.update(need_id, NeedDraft("Sleep, most nights", NeedArea.REST, NeedStatus.MET), on=D3)
    needs.add_note(need_id, "Two hours a night.", D1)
    needs.add_note(need_id, "Sleeping in the study now.", D3)
    need = needs.get(need_id)
    assert (need.text, need.area, need.status) == ("Sleep, most nights", "rest", "met")
    assert [(h.status, h.changed_on) for h in need.history] == [
        ("noticed", D1), ("asked", D2), ("met", D3)]
    assert [(n.note_date, n.text) for n in need.notes] == [
        (D3, "Sleeping in the study now."), (D1, "Two hours a night.")]
    needs.delete_note(need.notes[0].id)
    assert len(needs.get(need_id).notes) == 1
    needs.delete(need_id)
    assert needs.count() == 0
    assert vault.rows("SELECT * FROM need_notes") == []
    assert vault.rows("SELECT * FROM need_status_changes") == []


def test_bad_needs_are_refused_and_change_nothing(vault, needs):
    need_id = needs.create(NeedDraft("Rest"), on=D1)
    before = snapshot(vault)
    with pytest.raises(MissingField):
        needs.create(NeedDraft(" "))
    with pytest.raises(InvalidChoice):
        needs.create(NeedDraft("Rest", area="holiday"))
    with pytest.raises(InvalidChoice):
        needs.update(need_id, NeedDraft("Rest", status="done"))
    with pytest.raises(MissingField):
        needs.add_note(need_id, "")
    with pytest.raises(RecordNotFound):
        needs.add_note(999, "a note")
    with pytest.raises(RecordNotFound):
        needs.update(999, NeedDraft("Rest"))
    with pytest.raises(InvalidChoice):
        needs.add_note(need_id, "a note", "yesterday")
    assert snapshot(vault) == before


# -- form drafts and demo ------------------------------------------------------------

def test_form_drafts_round_trip_and_drop(vault):
    drafts = FormDrafts(vault)
    assert drafts.load("boundary-flow") is None
    drafts.save("boundary-flow", {"action": "Ik slaap apart", "step": 2})
    drafts.save("boundary-flow", {"action": "Ik slaap voorlopig apart", "step": 3})
    assert drafts.load("boundary-flow") == {"action": "Ik slaap voorlopig apart", "step": 3}
    drafts.drop("boundary-flow")
    assert drafts.load("boundary-flow") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_demo_has_boundaries_with_a_crossing_log_and_needs(vault, lang):
    today = date(2026, 11, 21)
    fill_demo(vault, lang, today=today)
    store = BoundaryStore(vault)
    summaries = store.summaries()
    assert len(summaries) >= 3
    logged = [s for s in summaries if s.crossings]
    assert logged and logged[0].followed >= 1
    assert any(store.versions(s.id) for s in summaries)
    assert NeedStore(vault).count() >= 3
    assert any(store.get(s.id).need_id for s in summaries)
