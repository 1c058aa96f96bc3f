"""Who supports me: boundaries linked to people of her support network. The links
survive a new version, never dangle when either side is deleted, always show the
person's current name, travel in the Haven export, and come out of the therapist
summary as roles when she asks for that."""

from __future__ import annotations

import json
from datetime import date

import pytest

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft, BoundaryStatus
from journal.errors import RecordNotFound
from journal.export import export_json
from journal.importers import haven_json, import_entries
from journal.report import ReportOptions, build_report, to_markdown
from journal.search import search_worksheet
from journal.support import SupportDraft, SupportKind, SupportStore
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def people(vault):
    store = SupportStore(vault)
    return {name: store.create(SupportDraft(name, kind)) for name, kind in (
        ("Wendy", SupportKind.TRUSTED), ("Anna de Vries", SupportKind.TRUSTED),
        ("Dr. Bos", SupportKind.THERAPIST))}


def links(vault: Vault) -> list[tuple[int, int]]:
    return [tuple(r) for r in vault.rows(
        "SELECT boundary_id, person_id FROM boundary_support ORDER BY 1, 2")]


def test_links_are_kept_with_current_names_in_a_stable_order(vault, people):
    store = BoundaryStore(vault)
    boundary = store.create(BoundaryDraft("I sleep in the guest room.", support="my group"),
                            people=[people["Wendy"], people["Anna de Vries"]])
    got = store.get(boundary)
    assert got.people == [(people["Anna de Vries"], "Anna de Vries"),
                          (people["Wendy"], "Wendy")]
    assert got.support == "my group"  # her own words stay beside the links
    store.set_people(boundary, [people["Dr. Bos"], people["Dr. Bos"]])
    assert store.people(boundary) == [(people["Dr. Bos"], "Dr. Bos")]
    store.set_people(boundary, [])
    assert store.get(boundary).people == []


def test_a_new_version_keeps_the_links(vault, people):
    store = BoundaryStore(vault)
    boundary = store.create(BoundaryDraft("I sleep in the guest room."),
                            people=[people["Wendy"]])
    version = store.revise(boundary, BoundaryDraft("I sleep at my sister's.",
                                                   status=BoundaryStatus.DECIDED))
    assert version == 2
    assert store.get(boundary).people == [(people["Wendy"], "Wendy")]
    # Changing only who supports her is no new wording.
    assert store.revise(boundary, store.get(boundary).draft(),
                        people=[people["Dr. Bos"]]) == 2
    assert store.get(boundary).people == [(people["Dr. Bos"], "Dr. Bos")]
    assert len(store.versions(boundary)) == 1


def test_deleting_a_person_removes_only_the_link(vault, people):
    store = BoundaryStore(vault)
    boundary = store.create(BoundaryDraft("I go for a walk.", support="Wendy knows"),
                            people=[people["Wendy"], people["Dr. Bos"]])
    SupportStore(vault).delete(people["Wendy"])
    got = store.get(boundary)
    assert got.support == "Wendy knows" and got.action == "I go for a walk."
    assert got.people == [(people["Dr. Bos"], "Dr. Bos")]
    assert links(vault) == [(boundary, people["Dr. Bos"])]


def test_a_renamed_person_shows_the_new_name(vault, people):
    store = BoundaryStore(vault)
    boundary = store.create(BoundaryDraft("I go for a walk."), people=[people["Wendy"]])
    SupportStore(vault).update(people["Wendy"], SupportDraft("Wendy Jansen"))
    assert store.get(boundary).people == [(people["Wendy"], "Wendy Jansen")]


def test_deleting_the_boundary_removes_its_links(vault, people):
    store = BoundaryStore(vault)
    one = store.create(BoundaryDraft("One"), people=[people["Wendy"]])
    two = store.create(BoundaryDraft("Two"), people=[people["Wendy"]])
    store.delete(one)
    assert links(vault) == [(two, people["Wendy"])]
    assert len(SupportStore(vault).all()) == 3  # the people stay on her list


def test_a_link_to_someone_gone_changes_nothing(vault, people):
    store = BoundaryStore(vault)
    boundary = store.create(BoundaryDraft("One"), people=[people["Wendy"]])
    with pytest.raises(RecordNotFound) as info:
        store.set_people(boundary, [people["Dr. Bos"], 9999])
    assert info.value.kind == "support person"
    assert links(vault) == [(boundary, people["Wendy"])]
    with pytest.raises(RecordNotFound):
        store.create(BoundaryDraft("Two"), people=[9999])
    assert store.count() == 1
    with pytest.raises(RecordNotFound):
        store.revise(boundary, BoundaryDraft("One, changed"), people=[9999])
    assert store.get(boundary).action == "One" and store.versions(boundary) == []
    with pytest.raises(RecordNotFound):
        store.set_people(9999, [people["Wendy"]])


def test_links_travel_in_the_haven_export(vault, people, tmp_path):
    store = BoundaryStore(vault)
    boundary = store.create(BoundaryDraft("I go for a walk.", support="and my group"),
                            people=[people["Wendy"], people["Dr. Bos"]])
    store.create(BoundaryDraft("Nobody linked"))
    export_json(vault, tmp_path / "out.json")
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    try:
        # Someone of the same name and moment already there is linked, not doubled.
        wendy = vault.row("SELECT * FROM support_people WHERE id = ?", (people["Wendy"],))
        with other.transaction():
            other.execute("INSERT INTO support_people (name, kind, created_at, updated_at)"
                          " VALUES ('Someone else', 'other', '2020-01-01', '2020-01-01')")
            other.execute("INSERT INTO support_people (name, kind, created_at, updated_at)"
                          " VALUES (?, 'trusted', ?, ?)",
                          (wendy["name"], wendy["created_at"], wendy["updated_at"]))
        import_entries(other, haven_json.parse(tmp_path / "out.json"))
        [(new_id, _)] = other.rows("SELECT id, 1 FROM boundaries WHERE action = ?",
                                   ("I go for a walk.",))
        imported = BoundaryStore(other)
        assert [name for _, name in imported.people(new_id)] == ["Dr. Bos", "Wendy"]
        assert imported.get(new_id).support == "and my group"
        assert other.row("SELECT count(*) FROM support_people WHERE name = 'Wendy'")[0] == 1
        again = import_entries(other, haven_json.parse(tmp_path / "out.json"))
        assert again.records_imported == 0
        assert other.row("SELECT count(*) FROM boundary_support")[0] == 2
    finally:
        other.close()
    assert store.get(boundary).people  # the export changed nothing


def test_a_support_id_that_names_no_one_is_left_out(vault, tmp_path):
    document = {
        "format": "haven-export", "version": 1, "exported_at": "2026-01-01T00:00:00+00:00",
        "boundaries": [{"id": 1, "action": "I rest.", "support": "Els", "status": "decided",
                        "version": 1, "created_at": "2026-01-01T08:00:00Z",
                        "updated_at": "2026-01-01T08:00:00Z", "support_ids": [4, 5]}],
        "support_people": [{"id": 4, "name": "Els", "kind": "trusted", "may_advise": False,
                            "created_at": "2026-01-01T08:00:00Z",
                            "updated_at": "2026-01-01T08:00:00Z"}]}
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_entries(vault, haven_json.parse(path))
    [boundary] = BoundaryStore(vault).summaries()
    assert [name for _, name in BoundaryStore(vault).people(boundary.id)] == ["Els"]


def test_the_summary_shows_linked_people_and_hides_their_names_as_roles(vault, people):
    store = BoundaryStore(vault)
    store.create(BoundaryDraft("I go for a walk.", support="my neighbour"),
                 people=[people["Anna de Vries"], people["Dr. Bos"]])
    period = dict(start=date(2020, 1, 1), end=date(2030, 1, 1), sections=("boundaries",))
    plain = to_markdown(build_report(vault, ReportOptions(**period)))
    assert "Who supports me: Anna de Vries, Dr. Bos; my neighbour" in plain
    roles = to_markdown(build_report(vault, ReportOptions(**period, names_as_roles=True)))
    assert "Anna" not in roles and "Vries" not in roles and "Bos" not in roles
    assert "Who supports me: Trusted person 2, Therapist; my neighbour" in roles


def test_the_worksheet_search_finds_a_boundary_by_a_linked_name(vault, people):
    store = BoundaryStore(vault)
    boundary = store.create(BoundaryDraft("I go for a walk."), people=[people["Wendy"]])
    assert [h.id for h in search_worksheet(vault, "wendy")] == [boundary]
    SupportStore(vault).update(people["Wendy"], SupportDraft("Wilma"))
    assert search_worksheet(vault, "wendy") == []
    assert [h.id for h in search_worksheet(vault, "wilma")] == [boundary]
