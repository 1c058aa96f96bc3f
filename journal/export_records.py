"""The record kinds beside entries in a Haven JSON export (docs/FORMAT.md): check-ins
(with their self-care items and triggers), safe places (photos as base64), needs (with
their status history and notes), boundaries (with earlier versions, status history
and crossings), the support network (people, hidden included helplines), the safety
plan, STI tests and the session agenda.

`dump(vault)` gives the document's keys for them; `parse(document, ...)` checks them
(ImportFailed for anything malformed) and `write(vault, records, ...)` stores them
inside the import's transaction. Ids are not kept: a boundary's need and support
people, and an agenda topic's entry, check-in, boundary or need, are found by that
record's `id` within the same document. A record already in the vault (the same
`created_at` and the same main text) is skipped, so restoring twice adds nothing.

EXPORTED_TABLES and NOT_EXPORTED name every table of the schema (tests/core/
test_export.py checks this against a fresh vault), so a new table cannot be forgotten.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date, datetime
from typing import Any

import sqlcipher3

from journal.entries import EntryStore
from journal.errors import HavenError, ImageRejected, ImportFailed, Place
from journal.images import photo_from_bytes
from journal.vault import Snapshot, Vault

RECORD_KINDS = ("selfcare_items", "triggers", "checkins", "safe_places", "needs",
                "boundaries", "support_people", "hidden_helplines", "safety_plan",
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
_CHECKIN = {"day": "date", "created_at": "moment", "updated_at": "moment", "mood": "int?",
            "anxiety": "int?", "safety": "int?", "sleep_hours": "real?",
            "sleep_quality": "int?", "meals_regular": "bool?", "movement_minutes": "int?",
            "note": "text"}
_SAFE_PLACE = {"kind": "text", "title": "text", "description": "text",
               "how_it_helps": "text", "favourite": "bool", "position": "int",
               "created_at": "moment", "updated_at": "moment"}
_NEED = {"text": "text", "area": "text", "status": "text", "created_at": "moment",
         "updated_at": "moment"}
_STATUS_CHANGE = {"status": "text", "changed_on": "date"}
_NEED_NOTE = {"note_date": "date", "text": "text", "created_at": "moment"}
_BOUNDARY = {"action": "text", "need_text": "text", "consequence": "text",
             "willing": "text?", "support": "text", "status": "text", "review_date": "date?",
             "notes": "text", "template_id": "text?", "version": "int",
             "created_at": "moment", "updated_at": "moment"}
_VERSION = {"version": "int", "saved_at": "moment", "action": "text", "need_text": "text",
            "consequence": "text", "willing": "text?", "support": "text", "status": "text",
            "review_date": "date?", "notes": "text", "template_id": "text?"}
_CROSSING = {"crossed_on": "date", "what_happened": "text", "followed": "text",
             "feeling": "text", "learned": "text", "created_at": "moment"}
_SUPPORT_PERSON = {"name": "text", "kind": "text", "contact": "text", "notes": "text",
                   "may_advise": "bool", "created_at": "moment", "updated_at": "moment"}
_SAFETY_PLAN = {"concerns": "text", "agreements": "text", "who_to_call": "text",
                "what_i_do": "text", "updated_at": "moment"}
_STI_TEST = {"taken_on": "date", "tested_by": "text", "partner_tested": "text",
             "follow_up_on": "date?", "created_at": "moment"}
_PREFERENCE = {"key": "text", "value": "text"}
_EVENT = {"precision": "text", "date_from": "date", "date_to": "date", "sort_day": "date",
          "date_words": "text", "what": "text", "source": "text", "note": "text",
          "created_at": "moment", "updated_at": "moment"}
_PATH_STEP = {"step_id": "text", "state": "text", "started_at": "moment?",
              "decided_on": "date?", "record_kind": "text?"}
_AGENDA_ITEM = {"text": "text", "source_kind": "text", "created_at": "moment",
                "discussed_on": "date?"}


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
    items = [{"key": r["key"], "name": r["name"]} for r in vault.rows(
        "SELECT key, name FROM selfcare_items ORDER BY position, id")]
    triggers = [r["name"] for r in vault.rows("SELECT name FROM triggers ORDER BY position, id")]
    checkins = []
    for r in vault.rows("SELECT * FROM checkins ORDER BY day, created_at, id"):
        record = {"id": r["id"], **_plain(r, _CHECKIN)}
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
        record = _plain(r, _SAFE_PLACE)
        photo = vault.row("SELECT mime, width, height, data FROM safe_place_photos"
                          " WHERE place_id = ?", (r["id"],))
        record["photo"] = None if photo is None else {
            "mime": photo["mime"], "width": photo["width"], "height": photo["height"],
            "data": base64.b64encode(bytes(photo["data"])).decode("ascii")}
        places.append(record)
    needs = []
    for r in vault.rows("SELECT * FROM needs ORDER BY created_at, id"):
        record = {"id": r["id"], **_plain(r, _NEED)}
        record["status_changes"] = [_plain(s, _STATUS_CHANGE) for s in vault.rows(
            "SELECT * FROM need_status_changes WHERE need_id = ? ORDER BY id", (r["id"],))]
        record["notes"] = [_plain(n, _NEED_NOTE) for n in vault.rows(
            "SELECT * FROM need_notes WHERE need_id = ? ORDER BY note_date, id", (r["id"],))]
        needs.append(record)
    boundaries = []
    for r in vault.rows("SELECT * FROM boundaries ORDER BY created_at, id"):
        record = {"id": r["id"], "need_id": r["need_id"], **_plain(r, _BOUNDARY)}
        record["versions"] = [{"need_id": v["need_id"], **_plain(v, _VERSION)}
                              for v in vault.rows(
            "SELECT * FROM boundary_versions WHERE boundary_id = ? ORDER BY version",
            (r["id"],))]
        record["status_changes"] = [_plain(s, _STATUS_CHANGE) for s in vault.rows(
            "SELECT * FROM boundary_status_changes WHERE boundary_id = ? ORDER BY id",
            (r["id"],))]
        record["crossings"] = [_plain(c, _CROSSING) for c in vault.rows(
            "SELECT * FROM boundary_crossings WHERE boundary_id = ?"
            " ORDER BY crossed_on, id", (r["id"],))]
        record["support_ids"] = [s["person_id"] for s in vault.rows(
            "SELECT person_id FROM boundary_support WHERE boundary_id = ?"
            " ORDER BY person_id", (r["id"],))]
        boundaries.append(record)
    people = [{"id": r["id"], **_plain(r, _SUPPORT_PERSON)} for r in vault.rows(
        "SELECT * FROM support_people ORDER BY created_at, id")]
    hidden = [r["helpline_id"] for r in vault.rows(
        "SELECT helpline_id FROM hidden_helplines ORDER BY helpline_id")]
    plan = [_plain(r, _SAFETY_PLAN) for r in vault.rows("SELECT * FROM safety_plan")]
    tests = [_plain(r, _STI_TEST) for r in vault.rows(
        "SELECT * FROM sti_tests ORDER BY taken_on, created_at, id")]
    agenda = [{**_plain(r, _AGENDA_ITEM), "source_id": r["source_id"]} for r in vault.rows(
        "SELECT * FROM agenda_items ORDER BY id")]
    return {"selfcare_items": items, "triggers": triggers, "checkins": checkins,
            "safe_places": places, "needs": needs, "boundaries": boundaries,
            "support_people": people, "hidden_helplines": hidden, "safety_plan": plan,
            "sti_tests": tests, "agenda_items": agenda,
            "preferences": [_plain(r, _PREFERENCE) for r in vault.rows(
                "SELECT key, value FROM preferences ORDER BY key")],
            "events": [{"id": r["id"], **_plain(r, _EVENT)} for r in vault.rows(
                "SELECT * FROM events ORDER BY sort_day, id")],
            "milestones": [r["entry_id"] for r in vault.rows(
                "SELECT entry_id FROM entry_milestones ORDER BY entry_id")],
            "path_steps": [{**_plain(r, _PATH_STEP), "record_id": r["record_id"]}
                           for r in vault.rows("SELECT * FROM path_steps ORDER BY step_id")]}


# -- checking -----------------------------------------------------------------------------

def _list(key: str) -> Place:
    """A whole list of records, named by its key in the document."""
    return Place("list", name=key)


class _Checker:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: Place | None, code: str, **params: object) -> ImportFailed:
        return ImportFailed(self.source, where, code, **params)

    def obj(self, raw: Any, where: Place) -> dict[str, Any]:
        if not isinstance(raw, dict):
            raise self.fail(where, "record_not_object")
        return raw

    def items(self, raw: Any, where: Place, what: str) -> list[Any]:
        if raw is None:
            return []
        if not isinstance(raw, list):
            raise self.fail(where, "not_list", field=what)
        return raw

    def value(self, raw: Any, kind: str, where: Place, name: str) -> Any:
        optional = kind.endswith("?")
        base = kind.rstrip("?")
        if raw is None:
            if optional:
                return None
            if base == "text":
                return ""
            raise self.fail(where, "missing", field=name)
        if base in ("text", "date", "moment"):
            if not isinstance(raw, str):
                raise self.fail(where, "not_text", field=name)
            try:
                raw.encode("utf-8")
            except UnicodeEncodeError:
                raise self.fail(where, "invalid_unicode", field=name) from None
            try:
                if base == "date":
                    date.fromisoformat(raw)
                    if len(raw) != 10:
                        raise ValueError
                elif base == "moment":
                    datetime.fromisoformat(raw.replace("Z", "+00:00"))
            except ValueError:
                raise self.fail(where, "not_date" if base == "date" else "not_datetime",
                                field=name, value=repr(raw)) from None
            return raw
        if base == "bool":
            if not isinstance(raw, bool):
                raise self.fail(where, "not_bool", field=name)
            return int(raw)
        if isinstance(raw, bool) or not isinstance(raw, int | float) or (
                base == "int" and not isinstance(raw, int)):
            raise self.fail(where, "not_number", field=name)
        if isinstance(raw, int) and not -2**63 <= raw < 2**63:
            raise self.fail(where, "out_of_range", field=name)
        if isinstance(raw, float) and raw != raw:  # NaN
            raise self.fail(where, "not_number", field=name)
        return raw

    def fields(self, raw: Any, columns: dict[str, str], where: Place) -> dict[str, Any]:
        record = self.obj(raw, where)
        return {name: self.value(record.get(name), kind, where, name)
                for name, kind in columns.items()}

    def ref(self, raw: Any, where: Place, name: str = "need_id") -> int | None:
        if raw is None:
            return None
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise self.fail(where, "not_number", field=name)
        return raw


def parse(document: dict[str, Any], source: str) -> dict[str, list[dict[str, Any]]]:
    """The newer record kinds of a Haven JSON document, checked; ImportFailed if any
    is malformed."""
    c = _Checker(source)
    out: dict[str, list[dict[str, Any]]] = {}
    out["selfcare_items"] = [
        {"key": c.value(c.obj(r, Place("selfcare_item", i)).get("key"), "text?",
                        Place("selfcare_item", i), "key"),
         "name": c.value(r.get("name"), "text", Place("selfcare_item", i), "name")}
        for i, r in enumerate(c.items(document.get("selfcare_items"), _list("selfcare_items"),
                                      "selfcare_items"), start=1)]
    out["triggers"] = [c.value(r, "text", Place("trigger", i), "triggers")
                       for i, r in enumerate(c.items(document.get("triggers"), _list("triggers"),
                                                     "triggers"), start=1)]
    checkins = []
    for i, raw in enumerate(c.items(document.get("checkins"), _list("checkins"), "checkins"), 1):
        where = Place("checkin", i)
        record = c.fields(raw, _CHECKIN, where)
        record["id"] = c.ref(raw.get("id"), where, "id")
        record["selfcare"] = [
            {"key": c.value(c.obj(s, where).get("key"), "text?", where, "key"),
             "name": c.value(s.get("name"), "text", where, "name")}
            for s in c.items(raw.get("selfcare"), where, "selfcare")]
        record["triggers"] = [
            {"name": c.value(c.obj(t, where).get("name"), "text", where, "name"),
             "count": c.value(t.get("count"), "int", where, "count")}
            for t in c.items(raw.get("triggers"), where, "triggers")]
        checkins.append(record)
    out["checkins"] = checkins
    places = []
    for i, raw in enumerate(c.items(document.get("safe_places"), _list("safe_places"),
                                    "safe_places"), 1):
        where = Place("safe_place", i)
        record = c.fields(raw, _SAFE_PLACE, where)
        photo = raw.get("photo")
        record["photo"] = None
        if photo is not None:
            text = c.value(c.obj(photo, where).get("data"), "text", where, "data")
            try:
                data = base64.b64decode(text, validate=True)
                record["photo"] = photo_from_bytes(data)
            except (binascii.Error, ValueError):
                raise c.fail(where, "photo_not_base64") from None
            except ImageRejected as exc:
                raise c.fail(where, "photo_unusable", detail=exc) from None
        places.append(record)
    out["safe_places"] = places
    needs = []
    for i, raw in enumerate(c.items(document.get("needs"), _list("needs"), "needs"), 1):
        where = Place("need", i)
        record = c.fields(raw, _NEED, where)
        record["id"] = c.ref(raw.get("id"), where)
        record["status_changes"] = [c.fields(s, _STATUS_CHANGE, where)
                                    for s in c.items(raw.get("status_changes"), where,
                                                     "status_changes")]
        record["notes"] = [c.fields(n, _NEED_NOTE, where)
                           for n in c.items(raw.get("notes"), where, "notes")]
        needs.append(record)
    out["needs"] = needs
    boundaries = []
    for i, raw in enumerate(c.items(document.get("boundaries"), _list("boundaries"),
                                    "boundaries"), 1):
        where = Place("boundary", i)
        record = c.fields(raw, _BOUNDARY, where)
        record["id"] = c.ref(raw.get("id"), where, "id")
        record["need_id"] = c.ref(raw.get("need_id"), where)
        versions = []
        for v in c.items(raw.get("versions"), where, "versions"):
            version = c.fields(v, _VERSION, where)
            version["need_id"] = c.ref(v.get("need_id"), where)
            versions.append(version)
        record["versions"] = versions
        record["status_changes"] = [c.fields(s, _STATUS_CHANGE, where)
                                    for s in c.items(raw.get("status_changes"), where,
                                                     "status_changes")]
        record["crossings"] = [c.fields(x, _CROSSING, where)
                               for x in c.items(raw.get("crossings"), where, "crossings")]
        record["support_ids"] = [c.ref(x, where, "support_ids")
                                 for x in c.items(raw.get("support_ids"), where, "support_ids")
                                 if x is not None]
        boundaries.append(record)
    out["boundaries"] = boundaries
    people = []
    for i, raw in enumerate(c.items(document.get("support_people"), _list("support_people"),
                                    "support_people"), 1):
        where = Place("support_person", i)
        record = c.fields(raw, _SUPPORT_PERSON, where)
        record["id"] = c.ref(raw.get("id"), where, "id")
        people.append(record)
    out["support_people"] = people
    out["hidden_helplines"] = [
        c.value(r, "text", Place("hidden_helpline", i), "hidden_helplines")
        for i, r in enumerate(c.items(document.get("hidden_helplines"), _list("hidden_helplines"),
                                      "hidden_helplines"), 1)]
    plans = c.items(document.get("safety_plan"), _list("safety_plan"), "safety_plan")
    if len(plans) > 1:
        raise c.fail(_list("safety_plan"), "two_safety_plans")
    out["safety_plan"] = [c.fields(r, _SAFETY_PLAN, Place("safety_plan")) for r in plans]
    out["sti_tests"] = [
        c.fields(r, _STI_TEST, Place("sti_test", i))
        for i, r in enumerate(c.items(document.get("sti_tests"), _list("sti_tests"),
                                      "sti_tests"), 1)]
    agenda = []
    for i, raw in enumerate(c.items(document.get("agenda_items"), _list("agenda_items"),
                                    "agenda_items"), 1):
        where = Place("agenda_topic", i)
        record = c.fields(raw, _AGENDA_ITEM, where)
        record["source_kind"] = record["source_kind"] or "free"
        record["source_id"] = c.ref(raw.get("source_id"), where, "source_id")
        agenda.append(record)
    out["agenda_items"] = agenda
    out["preferences"] = [
        c.fields(r, _PREFERENCE, Place("preference", i))
        for i, r in enumerate(c.items(document.get("preferences"), _list("preferences"),
                                      "preferences"), 1)]
    events = []
    for i, raw in enumerate(c.items(document.get("events"), _list("events"), "events"), 1):
        where = Place("event", i)
        record = c.fields(raw, _EVENT, where)
        record["id"] = c.ref(raw.get("id"), where, "id")
        events.append(record)
    out["events"] = events
    out["milestones"] = [
        c.ref(r, Place("milestone", i), "milestones")
        for i, r in enumerate(c.items(document.get("milestones"), _list("milestones"),
                                      "milestones"), 1) if r is not None]
    steps = []
    for i, raw in enumerate(c.items(document.get("path_steps"), _list("path_steps"),
                                    "path_steps"), 1):
        where = Place("path_step", i)
        record = c.fields(raw, _PATH_STEP, where)
        record["record_id"] = c.ref(raw.get("record_id"), where, "record_id")
        steps.append(record)
    out["path_steps"] = steps
    # What an agenda topic's entry link needs to find that entry once it is imported:
    # its date, title and body (an entry's identity on import, journal/importers).
    entry_keys = []
    for raw in document.get("entries") or []:
        if isinstance(raw, dict) and isinstance(raw.get("id"), int) and isinstance(
                raw.get("date"), str):
            try:
                day = date.fromisoformat(raw["date"]).isoformat()
            except ValueError:
                continue
            title, body = raw.get("title"), raw.get("body")
            entry_keys.append({"id": raw["id"], "date": day,
                               "title": title if isinstance(title, str) else "",
                               "body": body if isinstance(body, str) else ""})
    out["entry_keys"] = entry_keys
    return out


def count(records: dict[str, list[dict[str, Any]]]) -> int:
    """The records of COUNTED_KINDS (not the lists of names)."""
    return sum(len(records.get(kind, [])) for kind in COUNTED_KINDS)


# -- writing ------------------------------------------------------------------------------

def _insert(vault: Vault, table: str, values: dict[str, Any]) -> int:
    names = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    return int(vault.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})",
                             tuple(values.values())).lastrowid)


def _exists(vault: Vault, table: str, text_column: str, record: dict[str, Any]) -> bool:
    return _existing_id(vault, table, text_column, record) is not None


def _existing_id(vault: Vault, table: str, text_column: str, record: dict[str, Any],
                 ) -> int | None:
    row = vault.row(f"SELECT id FROM {table} WHERE created_at = ? AND {text_column} = ?",
                    (record["created_at"], record[text_column]))
    return None if row is None else int(row[0])


def _entry_ids(vault: Vault, keys: list[dict[str, Any]]) -> dict[int, int]:
    """Old entry id -> the id of the same entry (date, title, body) in the vault."""
    store = EntryStore(vault)
    out: dict[int, int] = {}
    for key in keys:
        found = store.find_same(key["date"], key["title"], key["body"])
        if found is not None:
            out[key["id"]] = found
    return out


def _item_id(vault: Vault, key: str | None, name: str) -> int:
    row = (vault.row("SELECT id FROM selfcare_items WHERE key = ?", (key,)) if key
           else vault.row("SELECT id FROM selfcare_items WHERE key IS NULL AND name = ?"
                          " COLLATE NOCASE", (name,)))
    if row is not None:
        return int(row[0])
    if key:
        raise ValueError(f"unknown self-care item {key!r}")
    position = vault.row("SELECT COALESCE(MAX(position) + 1, 0) FROM selfcare_items")[0]
    return _insert(vault, "selfcare_items", {"name": name, "position": position})


def _trigger_id(vault: Vault, name: str) -> int:
    row = vault.row("SELECT id FROM triggers WHERE name = ? COLLATE NOCASE", (name,))
    if row is not None:
        return int(row[0])
    position = vault.row("SELECT COALESCE(MAX(position) + 1, 0) FROM triggers")[0]
    return _insert(vault, "triggers", {"name": name, "position": position})


def write(vault: Vault, records: dict[str, list[Any]], source: str,
          ) -> tuple[int, int]:
    """Store the records; call inside the import's transaction. Returns (imported,
    skipped as already there). ImportFailed names the record the vault refused."""
    imported = skipped = 0
    where: Place | None = None
    try:
        where = _list("selfcare_items")
        for item in records.get("selfcare_items", []):
            if item["key"] is None and item["name"].strip():
                _item_id(vault, None, item["name"])
        where = _list("triggers")
        for name in records.get("triggers", []):
            if name.strip():
                _trigger_id(vault, name)
        checkin_ids: dict[int, int] = {}
        for i, record in enumerate(records.get("checkins", []), 1):
            where = Place("checkin", i)
            existing = _existing_id(vault, "checkins", "day", record)
            if existing is not None:
                if record.get("id") is not None:
                    checkin_ids[record["id"]] = existing
                skipped += 1
                continue
            checkin_id = _insert(vault, "checkins", {k: record[k] for k in _CHECKIN})
            if record.get("id") is not None:
                checkin_ids[record["id"]] = checkin_id
            for item in record["selfcare"]:
                vault.execute("INSERT OR IGNORE INTO checkin_selfcare VALUES (?, ?)",
                              (checkin_id, _item_id(vault, item["key"], item["name"])))
            for trigger in record["triggers"]:
                vault.execute("INSERT OR REPLACE INTO checkin_triggers VALUES (?, ?, ?)",
                              (checkin_id, _trigger_id(vault, trigger["name"]),
                               trigger["count"]))
            imported += 1
        for i, record in enumerate(records.get("safe_places", []), 1):
            where = Place("safe_place", i)
            if _exists(vault, "safe_places", "title", record):
                skipped += 1
                continue
            place_id = _insert(vault, "safe_places", {k: record[k] for k in _SAFE_PLACE})
            photo = record["photo"]
            if photo is not None:
                _insert(vault, "safe_place_photos", {
                    "place_id": place_id, "mime": photo.mime, "width": photo.width,
                    "height": photo.height, "data": photo.data})
            imported += 1
        need_ids: dict[int, int] = {}
        for i, record in enumerate(records.get("needs", []), 1):
            where = Place("need", i)
            existing = vault.row("SELECT id FROM needs WHERE created_at = ? AND text = ?",
                                 (record["created_at"], record["text"]))
            if existing is not None:
                if record["id"] is not None:
                    need_ids[record["id"]] = int(existing[0])
                skipped += 1
                continue
            need_id = _insert(vault, "needs", {k: record[k] for k in _NEED})
            if record["id"] is not None:
                need_ids[record["id"]] = need_id
            for change in record["status_changes"]:
                _insert(vault, "need_status_changes", {"need_id": need_id, **change})
            for note in record["notes"]:
                _insert(vault, "need_notes", {"need_id": need_id, **note})
            imported += 1
        boundary_ids: dict[int, int] = {}
        support_links: list[tuple[int, list[int]]] = []  # new boundary id, old person ids
        for i, record in enumerate(records.get("boundaries", []), 1):
            where = Place("boundary", i)
            existing = _existing_id(vault, "boundaries", "action", record)
            if existing is not None:
                if record.get("id") is not None:
                    boundary_ids[record["id"]] = existing
                skipped += 1
                continue
            boundary_id = _insert(vault, "boundaries", {
                "need_id": need_ids.get(record["need_id"]) if record["need_id"] is not None
                else None, **{k: record[k] for k in _BOUNDARY}})
            if record.get("id") is not None:
                boundary_ids[record["id"]] = boundary_id
            for version in record["versions"]:
                _insert(vault, "boundary_versions", {
                    "boundary_id": boundary_id,
                    "need_id": need_ids.get(version["need_id"])
                    if version["need_id"] is not None else None,
                    **{k: version[k] for k in _VERSION}})
            for change in record["status_changes"]:
                _insert(vault, "boundary_status_changes",
                        {"boundary_id": boundary_id, **change})
            for crossing in record["crossings"]:
                _insert(vault, "boundary_crossings", {"boundary_id": boundary_id, **crossing})
            if record.get("support_ids"):
                support_links.append((boundary_id, record["support_ids"]))
            imported += 1
        person_ids: dict[int, int] = {}
        for i, record in enumerate(records.get("support_people", []), 1):
            where = Place("support_person", i)
            person_id = _existing_id(vault, "support_people", "name", record)
            if person_id is not None:
                skipped += 1
            else:
                person_id = _insert(vault, "support_people",
                                    {k: record[k] for k in _SUPPORT_PERSON})
                imported += 1
            if record.get("id") is not None:
                person_ids[record["id"]] = person_id
        where = _list("boundaries")
        # A new boundary's support people, found by their id in this document; an id
        # that names no one here is left out (her own text about them stays).
        for boundary_id, old_ids in support_links:
            for old_id in old_ids:
                if old_id in person_ids:
                    vault.execute("INSERT OR IGNORE INTO boundary_support (boundary_id,"
                                  " person_id) VALUES (?, ?)",
                                  (boundary_id, person_ids[old_id]))
        where = _list("hidden_helplines")
        for helpline_id in records.get("hidden_helplines", []):
            vault.execute("INSERT OR IGNORE INTO hidden_helplines (helpline_id) VALUES (?)",
                          (helpline_id,))
        for record in records.get("safety_plan", []):
            where = Place("safety_plan")
            # One plan per vault: one of her own (not empty) is kept as it is.
            current = vault.row("SELECT * FROM safety_plan WHERE id = 1")
            if current is not None and any(current[k] for k in _SAFETY_PLAN
                                           if k != "updated_at"):
                skipped += 1
                continue
            vault.execute("DELETE FROM safety_plan")
            _insert(vault, "safety_plan", {"id": 1, **{k: record[k] for k in _SAFETY_PLAN}})
            imported += 1
        for i, record in enumerate(records.get("sti_tests", []), 1):
            where = Place("sti_test", i)
            if _exists(vault, "sti_tests", "taken_on", record):
                skipped += 1
                continue
            _insert(vault, "sti_tests", {k: record[k] for k in _STI_TEST})
            imported += 1
        agenda = records.get("agenda_items", [])
        entry_ids = _entry_ids(vault, records.get("entry_keys", [])) if (
            any(r["source_kind"] == "entry" for r in agenda) or records.get("milestones")
            or records.get("path_steps")) else {}
        links = {"checkin": checkin_ids, "boundary": boundary_ids, "need": need_ids,
                 "entry": entry_ids}
        for i, record in enumerate(agenda, 1):
            where = Place("agenda_topic", i)
            if _exists(vault, "agenda_items", "text", record):
                skipped += 1
                continue
            kind, source_id = record["source_kind"], None
            if kind in links and record["source_id"] is not None:
                source_id = links[kind].get(record["source_id"])
            if source_id is None and kind in links:
                kind = "free"  # the linked record is not in this document: keep the topic
            _insert(vault, "agenda_items", {**{k: record[k] for k in _AGENDA_ITEM},
                                            "source_kind": kind, "source_id": source_id})
            imported += 1
        event_ids: dict[int, int] = {}
        for i, record in enumerate(records.get("events", []), 1):
            where = Place("event", i)
            event_id = _existing_id(vault, "events", "what", record)
            if event_id is not None:
                skipped += 1
            else:
                event_id = _insert(vault, "events", {k: record[k] for k in _EVENT})
                imported += 1
            if record.get("id") is not None:
                event_ids[record["id"]] = event_id
        where = _list("milestones")
        for old_id in records.get("milestones", []):
            if old_id in entry_ids:
                vault.execute("INSERT OR IGNORE INTO entry_milestones (entry_id) VALUES (?)",
                              (entry_ids[old_id],))
        # Her progress on the path; a step's record is linked again when it came along.
        step_links = {**links, "event": event_ids, "support_person": person_ids}
        for i, record in enumerate(records.get("path_steps", []), 1):
            where = Place("path_step", i)
            if vault.row("SELECT 1 FROM path_steps WHERE step_id = ?",
                         (record["step_id"],)) is not None:
                continue  # her own progress in this vault is kept
            kind, record_id = record["record_kind"], None
            if kind in step_links and record["record_id"] is not None:
                record_id = step_links[kind].get(record["record_id"])
            _insert(vault, "path_steps", {**{k: record[k] for k in _PATH_STEP},
                                          "record_kind": kind if record_id else None,
                                          "record_id": record_id})
        where = _list("preferences")
        for record in records.get("preferences", []):
            # Her own answers (situation, faith) are kept; an import only fills a gap.
            vault.execute("INSERT OR IGNORE INTO preferences (key, value) VALUES (?, ?)",
                          (record["key"], record["value"]))
    except (sqlcipher3.IntegrityError, OverflowError, ValueError) as exc:
        raise ImportFailed(source, where, "not_allowed", detail=exc) from None
    except HavenError:
        raise
    return imported, skipped
