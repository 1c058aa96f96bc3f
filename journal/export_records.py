"""The record kinds beside entries in a Haven JSON export (docs/FORMAT.md): check-ins
(with their self-care items and triggers), safe places (photos as base64), needs (with
their status history and notes), boundaries (with earlier versions, status history
and crossings), the support network (people, hidden included helplines), the safety
plan, STI tests and the session agenda.

`dump(vault)` gives the document's keys for them, with the columns of each kind below;
journal/import_records.py checks and stores them when a document is imported.

EXPORTED_TABLES and NOT_EXPORTED name every table of the schema (tests/core/
test_export.py checks this against a fresh vault), so a new table cannot be forgotten.
"""

from __future__ import annotations

import base64
from typing import Any

from journal.errors import Place
from journal.gil import paced
from journal.vault import Snapshot, Vault

RECORD_KINDS = ("selfcare_items", "triggers", "hidden_triggers", "checkins", "safe_places",
                "needs", "boundaries", "support_people", "hidden_helplines", "safety_plan",
                "sti_tests", "agenda_items", "preferences", "events", "milestones", "path_steps")
# The kinds counted as records in previews and summaries (not the lists of names).
COUNTED_KINDS = ("checkins", "safe_places", "needs", "boundaries", "support_people",
                 "safety_plan", "sti_tests", "agenda_items", "events")

# Every table of the schema is in exactly one of these two.
EXPORTED_TABLES = {  # table -> the document key that carries its rows
    "entries": "entries", "tags": "entries (tags)", "entry_tags": "entries (tags)",
    "entry_photos": "entries (photos)",
    "selfcare_items": "selfcare_items", "triggers": "triggers", "checkins": "checkins",
    "checkin_selfcare": "checkins (selfcare)", "checkin_triggers": "checkins (triggers)",
    "safe_places": "safe_places", "safe_place_photos": "safe_places (photo)",
    "needs": "needs", "need_status_changes": "needs (status_changes)",
    "need_notes": "needs (notes)", "boundaries": "boundaries",
    "boundary_versions": "boundaries (versions)",
    "boundary_status_changes": "boundaries (status_changes)",
    "boundary_crossings": "boundaries (crossings)",
    "boundary_support": "boundaries (support_ids)", "support_people": "support_people",
    "hidden_helplines": "hidden_helplines", "safety_plan": "safety_plan",
    "sti_tests": "sti_tests", "agenda_items": "agenda_items", "preferences": "preferences",
    "events": "events", "entry_milestones": "milestones", "path_steps": "path_steps",
}
NOT_EXPORTED = {  # table -> why not
    "meta": "the vault's own id (vault_id), which a new vault has its own of",
    "form_drafts": "half-filled forms, saved only so a lock loses nothing",
    "entries_fts": "the search index, rebuilt from entries on import",
    "entries_fts_data": "part of the search index",
    "entries_fts_idx": "part of the search index",
    "entries_fts_docsize": "part of the search index",
    "entries_fts_config": "part of the search index",
}

# Column name -> type, per table. Types: text (may be empty), text? (or null), int?,
# int, real?, bool (stored 0/1), bool? , date (YYYY-MM-DD), date?, moment (ISO 8601).
# Ranges and choices are checked by the database's own constraints on insert.
CHECKIN_COLUMNS = {"day": "date", "created_at": "moment", "updated_at": "moment", "mood": "int?",
            "anxiety": "int?", "safety": "int?", "sleep_hours": "real?",
            "sleep_quality": "int?", "meals_regular": "bool?", "movement_minutes": "int?",
            "note": "text"}
SAFE_PLACE_COLUMNS = {"kind": "text", "title": "text", "description": "text",
               "how_it_helps": "text", "favourite": "bool", "position": "int",
               "created_at": "moment", "updated_at": "moment"}
NEED_COLUMNS = {"text": "text", "area": "text", "status": "text", "created_at": "moment",
         "updated_at": "moment"}
STATUS_CHANGE_COLUMNS = {"status": "text", "changed_on": "date"}
NEED_NOTE_COLUMNS = {"note_date": "date", "text": "text", "created_at": "moment"}
BOUNDARY_COLUMNS = {"action": "text", "need_text": "text", "consequence": "text",
             "willing": "text?", "support": "text", "status": "text", "review_date": "date?",
             "notes": "text", "template_id": "text?", "version": "int",
             "created_at": "moment", "updated_at": "moment"}
VERSION_COLUMNS = {"version": "int", "saved_at": "moment", "action": "text", "need_text": "text",
            "consequence": "text", "willing": "text?", "support": "text", "status": "text",
            "review_date": "date?", "notes": "text", "template_id": "text?"}
CROSSING_COLUMNS = {"crossed_on": "date", "what_happened": "text", "followed": "text",
             "feeling": "text", "learned": "text", "created_at": "moment"}
SUPPORT_PERSON_COLUMNS = {"name": "text", "kind": "text", "contact": "text", "notes": "text",
                   "may_advise": "bool", "created_at": "moment", "updated_at": "moment"}
SAFETY_PLAN_COLUMNS = {"concerns": "text", "agreements": "text", "who_to_call": "text",
                "what_i_do": "text", "updated_at": "moment"}
STI_TEST_COLUMNS = {"taken_on": "date", "tested_by": "text", "partner_tested": "text",
             "follow_up_on": "date?", "created_at": "moment"}
PREFERENCE_COLUMNS = {"key": "text", "value": "text"}
EVENT_COLUMNS = {"precision": "text", "date_from": "date", "date_to": "date", "sort_day": "date",
          "date_words": "text", "what": "text", "source": "text", "note": "text",
          "created_at": "moment", "updated_at": "moment"}
PATH_STEP_COLUMNS = {"step_id": "text", "state": "text", "started_at": "moment?",
              "decided_on": "date?", "record_kind": "text?"}
AGENDA_ITEM_COLUMNS = {"text": "text", "source_kind": "text", "created_at": "moment",
                "discussed_on": "date?"}


def listed(key: str) -> Place:
    """A whole list of records, named by its key in the document."""
    return Place("list", name=key)


# -- export -------------------------------------------------------------------------------

def _plain(row: Any, columns: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, kind in columns.items():
        value = row[name]
        if kind.startswith("bool") and value is not None:
            value = bool(value)
        out[name] = value
    return out


def dump(vault: Vault | Snapshot) -> dict[str, list[dict[str, Any]]]:
    """The newer record kinds, oldest first; call inside the export's transaction."""
    items = [{"key": r["key"], "name": r["name"], "hidden": bool(r["hidden"])}
             for r in vault.rows("SELECT key, name, hidden FROM selfcare_items"
                                 " ORDER BY position, id")]
    trigger_rows = vault.rows("SELECT name, hidden FROM triggers ORDER BY position, id")
    triggers = [r["name"] for r in trigger_rows]
    checkins = []
    for r in paced(vault.rows("SELECT * FROM checkins ORDER BY day, created_at, id")):
        record = {"id": r["id"], **_plain(r, CHECKIN_COLUMNS)}
        record["selfcare"] = [{"key": s["key"], "name": s["name"]} for s in vault.rows(
            "SELECT i.key, i.name FROM checkin_selfcare c JOIN selfcare_items i"
            " ON i.id = c.item_id WHERE c.checkin_id = ? ORDER BY i.position, i.id",
            (r["id"],))]
        record["triggers"] = [{"name": t["name"], "count": t["count"]} for t in vault.rows(
            "SELECT t.name, c.count FROM checkin_triggers c JOIN triggers t"
            " ON t.id = c.trigger_id WHERE c.checkin_id = ? ORDER BY t.position, t.id",
            (r["id"],))]
        checkins.append(record)
    places = []
    for r in vault.rows("SELECT * FROM safe_places ORDER BY position, id"):
        record = _plain(r, SAFE_PLACE_COLUMNS)
        photo = vault.row("SELECT mime, width, height, data FROM safe_place_photos"
                          " WHERE place_id = ?", (r["id"],))
        record["photo"] = None if photo is None else {
            "mime": photo["mime"], "width": photo["width"], "height": photo["height"],
            "data": base64.b64encode(bytes(photo["data"])).decode("ascii")}
        places.append(record)
    needs = []
    for r in vault.rows("SELECT * FROM needs ORDER BY created_at, id"):
        record = {"id": r["id"], **_plain(r, NEED_COLUMNS)}
        record["status_changes"] = [_plain(s, STATUS_CHANGE_COLUMNS) for s in vault.rows(
            "SELECT * FROM need_status_changes WHERE need_id = ? ORDER BY id", (r["id"],))]
        record["notes"] = [_plain(n, NEED_NOTE_COLUMNS) for n in vault.rows(
            "SELECT * FROM need_notes WHERE need_id = ? ORDER BY note_date, id", (r["id"],))]
        needs.append(record)
    boundaries = []
    for r in vault.rows("SELECT * FROM boundaries ORDER BY created_at, id"):
        record = {"id": r["id"], "need_id": r["need_id"], **_plain(r, BOUNDARY_COLUMNS)}
        record["versions"] = [{"need_id": v["need_id"], **_plain(v, VERSION_COLUMNS)}
                              for v in vault.rows(
            "SELECT * FROM boundary_versions WHERE boundary_id = ? ORDER BY version",
            (r["id"],))]
        record["status_changes"] = [_plain(s, STATUS_CHANGE_COLUMNS) for s in vault.rows(
            "SELECT * FROM boundary_status_changes WHERE boundary_id = ? ORDER BY id",
            (r["id"],))]
        record["crossings"] = [_plain(c, CROSSING_COLUMNS) for c in vault.rows(
            "SELECT * FROM boundary_crossings WHERE boundary_id = ?"
            " ORDER BY crossed_on, id", (r["id"],))]
        record["support_ids"] = [s["person_id"] for s in vault.rows(
            "SELECT person_id FROM boundary_support WHERE boundary_id = ?"
            " ORDER BY person_id", (r["id"],))]
        boundaries.append(record)
    people = [{"id": r["id"], **_plain(r, SUPPORT_PERSON_COLUMNS)} for r in vault.rows(
        "SELECT * FROM support_people ORDER BY created_at, id")]
    hidden = [r["helpline_id"] for r in vault.rows(
        "SELECT helpline_id FROM hidden_helplines ORDER BY helpline_id")]
    plan = [_plain(r, SAFETY_PLAN_COLUMNS) for r in vault.rows("SELECT * FROM safety_plan")]
    tests = [_plain(r, STI_TEST_COLUMNS) for r in vault.rows(
        "SELECT * FROM sti_tests ORDER BY taken_on, created_at, id")]
    agenda = [{**_plain(r, AGENDA_ITEM_COLUMNS), "source_id": r["source_id"]} for r in vault.rows(
        "SELECT * FROM agenda_items ORDER BY id")]
    return {"selfcare_items": items, "triggers": triggers,
            "hidden_triggers": [r["name"] for r in trigger_rows if r["hidden"]],
            "checkins": checkins,
            "safe_places": places, "needs": needs, "boundaries": boundaries,
            "support_people": people, "hidden_helplines": hidden, "safety_plan": plan,
            "sti_tests": tests, "agenda_items": agenda,
            "preferences": [_plain(r, PREFERENCE_COLUMNS) for r in vault.rows(
                "SELECT key, value FROM preferences ORDER BY key")],
            "events": [{"id": r["id"], **_plain(r, EVENT_COLUMNS)} for r in vault.rows(
                "SELECT * FROM events ORDER BY sort_day, id")],
            "milestones": [r["entry_id"] for r in vault.rows(
                "SELECT entry_id FROM entry_milestones ORDER BY entry_id")],
            "path_steps": [{**_plain(r, PATH_STEP_COLUMNS), "record_id": r["record_id"]}
                           for r in vault.rows("SELECT * FROM path_steps ORDER BY step_id")]}


def count(records: dict[str, list[dict[str, Any]]]) -> int:
    """The records of COUNTED_KINDS (not the lists of names)."""
    return sum(len(records.get(kind, [])) for kind in COUNTED_KINDS)
