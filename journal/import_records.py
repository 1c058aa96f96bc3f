"""Reading the record kinds beside entries back from a Haven JSON export
(docs/FORMAT.md; what they are and how they are written out: journal/export_records.py).

`parse(document, source)` checks them (ImportFailed for anything malformed) and
`write(vault, records, source)` stores them inside the import's transaction. Ids are not
kept: a boundary's need and support people, and an agenda topic's entry, check-in,
boundary or need, are found by that record's `id` within the same document. A record
already in the vault (the same `created_at` and the same main text) is skipped, so
restoring twice adds nothing.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date, datetime
from typing import Any

import sqlcipher3

from journal.entries import EntryStore
from journal.errors import HavenError, ImageRejected, ImportFailed, Place
from journal.export_records import (
    AGENDA_ITEM_COLUMNS,
    BOUNDARY_COLUMNS,
    CHECKIN_COLUMNS,
    CROSSING_COLUMNS,
    EVENT_COLUMNS,
    NEED_COLUMNS,
    NEED_NOTE_COLUMNS,
    PATH_STEP_COLUMNS,
    PREFERENCE_COLUMNS,
    SAFE_PLACE_COLUMNS,
    SAFETY_PLAN_COLUMNS,
    STATUS_CHANGE_COLUMNS,
    STI_TEST_COLUMNS,
    SUPPORT_PERSON_COLUMNS,
    VERSION_COLUMNS,
    listed,
)
from journal.images import photo_from_bytes
from journal.vault import Vault

# -- checking ---------------------------------------------------------------------------

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


def parse(document: dict[str, Any], source: str) -> dict[str, list[Any]]:
    """The newer record kinds of a Haven JSON document, checked; ImportFailed if any
    is malformed."""
    c = _Checker(source)
    out: dict[str, list[Any]] = {}
    # "hidden" and "hidden_triggers" are newer: an older export has neither (all shown).
    out["selfcare_items"] = [
        {"key": c.value(c.obj(r, Place("selfcare_item", i)).get("key"), "text?",
                        Place("selfcare_item", i), "key"),
         "name": c.value(r.get("name"), "text", Place("selfcare_item", i), "name"),
         "hidden": bool(c.value(r.get("hidden"), "bool?", Place("selfcare_item", i),
                                "hidden"))}
        for i, r in enumerate(c.items(document.get("selfcare_items"), listed("selfcare_items"),
                                      "selfcare_items"), start=1)]
    out["triggers"] = [c.value(r, "text", Place("trigger", i), "triggers")
                       for i, r in enumerate(c.items(document.get("triggers"), listed("triggers"),
                                                     "triggers"), start=1)]
    out["hidden_triggers"] = [
        c.value(r, "text", Place("trigger", i), "hidden_triggers")
        for i, r in enumerate(c.items(document.get("hidden_triggers"),
                                      listed("hidden_triggers"), "hidden_triggers"), start=1)]
    checkins = []
    for i, raw in enumerate(c.items(document.get("checkins"), listed("checkins"), "checkins"), 1):
        where = Place("checkin", i)
        record = c.fields(raw, CHECKIN_COLUMNS, where)
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
    for i, raw in enumerate(c.items(document.get("safe_places"), listed("safe_places"),
                                    "safe_places"), 1):
        where = Place("safe_place", i)
        record = c.fields(raw, SAFE_PLACE_COLUMNS, where)
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
    for i, raw in enumerate(c.items(document.get("needs"), listed("needs"), "needs"), 1):
        where = Place("need", i)
        record = c.fields(raw, NEED_COLUMNS, where)
        record["id"] = c.ref(raw.get("id"), where)
        record["status_changes"] = [c.fields(s, STATUS_CHANGE_COLUMNS, where)
                                    for s in c.items(raw.get("status_changes"), where,
                                                     "status_changes")]
        record["notes"] = [c.fields(n, NEED_NOTE_COLUMNS, where)
                           for n in c.items(raw.get("notes"), where, "notes")]
        needs.append(record)
    out["needs"] = needs
    boundaries = []
    for i, raw in enumerate(c.items(document.get("boundaries"), listed("boundaries"),
                                    "boundaries"), 1):
        where = Place("boundary", i)
        record = c.fields(raw, BOUNDARY_COLUMNS, where)
        record["id"] = c.ref(raw.get("id"), where, "id")
        record["need_id"] = c.ref(raw.get("need_id"), where)
        versions = []
        for v in c.items(raw.get("versions"), where, "versions"):
            version = c.fields(v, VERSION_COLUMNS, where)
            version["need_id"] = c.ref(v.get("need_id"), where)
            versions.append(version)
        record["versions"] = versions
        record["status_changes"] = [c.fields(s, STATUS_CHANGE_COLUMNS, where)
                                    for s in c.items(raw.get("status_changes"), where,
                                                     "status_changes")]
        record["crossings"] = [c.fields(x, CROSSING_COLUMNS, where)
                               for x in c.items(raw.get("crossings"), where, "crossings")]
        record["support_ids"] = [c.ref(x, where, "support_ids")
                                 for x in c.items(raw.get("support_ids"), where, "support_ids")
                                 if x is not None]
        boundaries.append(record)
    out["boundaries"] = boundaries
    people = []
    for i, raw in enumerate(c.items(document.get("support_people"), listed("support_people"),
                                    "support_people"), 1):
        where = Place("support_person", i)
        record = c.fields(raw, SUPPORT_PERSON_COLUMNS, where)
        record["id"] = c.ref(raw.get("id"), where, "id")
        people.append(record)
    out["support_people"] = people
    out["hidden_helplines"] = [
        c.value(r, "text", Place("hidden_helpline", i), "hidden_helplines")
        for i, r in enumerate(c.items(document.get("hidden_helplines"), listed("hidden_helplines"),
                                      "hidden_helplines"), 1)]
    plans = c.items(document.get("safety_plan"), listed("safety_plan"), "safety_plan")
    if len(plans) > 1:
        raise c.fail(listed("safety_plan"), "two_safety_plans")
    out["safety_plan"] = [c.fields(r, SAFETY_PLAN_COLUMNS, Place("safety_plan")) for r in plans]
    out["sti_tests"] = [
        c.fields(r, STI_TEST_COLUMNS, Place("sti_test", i))
        for i, r in enumerate(c.items(document.get("sti_tests"), listed("sti_tests"),
                                      "sti_tests"), 1)]
    agenda = []
    for i, raw in enumerate(c.items(document.get("agenda_items"), listed("agenda_items"),
                                    "agenda_items"), 1):
        where = Place("agenda_topic", i)
        record = c.fields(raw, AGENDA_ITEM_COLUMNS, where)
        record["source_kind"] = record["source_kind"] or "free"
        record["source_id"] = c.ref(raw.get("source_id"), where, "source_id")
        agenda.append(record)
    out["agenda_items"] = agenda
    out["preferences"] = [
        c.fields(r, PREFERENCE_COLUMNS, Place("preference", i))
        for i, r in enumerate(c.items(document.get("preferences"), listed("preferences"),
                                      "preferences"), 1)]
    events = []
    for i, raw in enumerate(c.items(document.get("events"), listed("events"), "events"), 1):
        where = Place("event", i)
        record = c.fields(raw, EVENT_COLUMNS, where)
        record["id"] = c.ref(raw.get("id"), where, "id")
        events.append(record)
    out["events"] = events
    out["milestones"] = [
        c.ref(r, Place("milestone", i), "milestones")
        for i, r in enumerate(c.items(document.get("milestones"), listed("milestones"),
                                      "milestones"), 1) if r is not None]
    steps = []
    for i, raw in enumerate(c.items(document.get("path_steps"), listed("path_steps"),
                                    "path_steps"), 1):
        where = Place("path_step", i)
        record = c.fields(raw, PATH_STEP_COLUMNS, where)
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
        # What she hid stays hidden (she can show it again); nothing shown is hidden.
        where = listed("selfcare_items")
        for item in records.get("selfcare_items", []):
            if item["key"] is None and item["name"].strip():
                item_id = _item_id(vault, None, item["name"])
                if item["hidden"]:
                    vault.execute("UPDATE selfcare_items SET hidden = 1 WHERE id = ?",
                                  (item_id,))
            elif item["key"] is not None and item["hidden"]:
                vault.execute("UPDATE selfcare_items SET hidden = 1 WHERE key = ?",
                              (item["key"],))
        where = listed("triggers")
        for name in records.get("triggers", []):
            if name.strip():
                _trigger_id(vault, name)
        where = listed("hidden_triggers")
        for name in records.get("hidden_triggers", []):
            if name.strip():
                vault.execute("UPDATE triggers SET hidden = 1 WHERE id = ?",
                              (_trigger_id(vault, name),))
        checkin_ids: dict[int, int] = {}
        for i, record in enumerate(records.get("checkins", []), 1):
            where = Place("checkin", i)
            existing = _existing_id(vault, "checkins", "day", record)
            if existing is not None:
                if record.get("id") is not None:
                    checkin_ids[record["id"]] = existing
                skipped += 1
                continue
            checkin_id = _insert(vault, "checkins", {k: record[k] for k in CHECKIN_COLUMNS})
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
            place_id = _insert(vault, "safe_places", {k: record[k] for k in SAFE_PLACE_COLUMNS})
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
            need_id = _insert(vault, "needs", {k: record[k] for k in NEED_COLUMNS})
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
                else None, **{k: record[k] for k in BOUNDARY_COLUMNS}})
            if record.get("id") is not None:
                boundary_ids[record["id"]] = boundary_id
            for version in record["versions"]:
                _insert(vault, "boundary_versions", {
                    "boundary_id": boundary_id,
                    "need_id": need_ids.get(version["need_id"])
                    if version["need_id"] is not None else None,
                    **{k: version[k] for k in VERSION_COLUMNS}})
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
                                    {k: record[k] for k in SUPPORT_PERSON_COLUMNS})
                imported += 1
            if record.get("id") is not None:
                person_ids[record["id"]] = person_id
        where = listed("boundaries")
        # A new boundary's support people, found by their id in this document; an id
        # that names no one here is left out (her own text about them stays).
        for boundary_id, old_ids in support_links:
            for old_id in old_ids:
                if old_id in person_ids:
                    vault.execute("INSERT OR IGNORE INTO boundary_support (boundary_id,"
                                  " person_id) VALUES (?, ?)",
                                  (boundary_id, person_ids[old_id]))
        where = listed("hidden_helplines")
        for helpline_id in records.get("hidden_helplines", []):
            vault.execute("INSERT OR IGNORE INTO hidden_helplines (helpline_id) VALUES (?)",
                          (helpline_id,))
        for record in records.get("safety_plan", []):
            where = Place("safety_plan")
            # One plan per vault: one of her own (not empty) is kept as it is.
            current = vault.row("SELECT * FROM safety_plan WHERE id = 1")
            if current is not None and any(current[k] for k in SAFETY_PLAN_COLUMNS
                                           if k != "updated_at"):
                skipped += 1
                continue
            vault.execute("DELETE FROM safety_plan")
            _insert(vault, "safety_plan", {"id": 1, **{k: record[k] for k in SAFETY_PLAN_COLUMNS}})
            imported += 1
        for i, record in enumerate(records.get("sti_tests", []), 1):
            where = Place("sti_test", i)
            if _exists(vault, "sti_tests", "taken_on", record):
                skipped += 1
                continue
            _insert(vault, "sti_tests", {k: record[k] for k in STI_TEST_COLUMNS})
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
            _insert(vault, "agenda_items", {**{k: record[k] for k in AGENDA_ITEM_COLUMNS},
                                            "source_kind": kind, "source_id": source_id})
            imported += 1
        event_ids: dict[int, int] = {}
        for i, record in enumerate(records.get("events", []), 1):
            where = Place("event", i)
            event_id = _existing_id(vault, "events", "what", record)
            if event_id is not None:
                skipped += 1
            else:
                event_id = _insert(vault, "events", {k: record[k] for k in EVENT_COLUMNS})
                imported += 1
            if record.get("id") is not None:
                event_ids[record["id"]] = event_id
        where = listed("milestones")
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
            _insert(vault, "path_steps", {**{k: record[k] for k in PATH_STEP_COLUMNS},
                                          "record_kind": kind if record_id else None,
                                          "record_id": record_id})
        where = listed("preferences")
        for record in records.get("preferences", []):
            # Her own answers (situation, faith) are kept; an import only fills a gap.
            vault.execute("INSERT OR IGNORE INTO preferences (key, value) VALUES (?, ?)",
                          (record["key"], record["value"]))
    except (sqlcipher3.IntegrityError, OverflowError, ValueError) as exc:
        raise ImportFailed(source, where, "not_allowed", detail=exc) from None
    except HavenError:
        raise
    return imported, skipped
