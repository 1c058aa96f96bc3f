"""Needs: "what do I need now?", each with an area, a status and dated notes.

Every status change is kept with its date, so she can see how a need changed over
the months. A boundary can name the need it protects (journal.boundaries).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from journal.clock import now_utc
from journal.errors import RecordNotFound
from journal.fields import as_date, choice, required
from journal.need_models import Need, NeedArea, NeedDraft, NeedNote, NeedStatus, StatusChange
from journal.vault import Snapshot, Vault


def _clean(draft: NeedDraft) -> NeedDraft:
    return NeedDraft(text=required(draft.text, "need"),
                     area=choice(NeedArea, draft.area, "area"),
                     status=choice(NeedStatus, draft.status, "status"))


class NeedStore:
    def __init__(self, vault: Vault | Snapshot) -> None:
        self._vault = vault

    def create(self, draft: NeedDraft, *, on: date | None = None) -> int:
        draft = _clean(draft)
        on = as_date(on or date.today(), "date")
        stamp = now_utc()
        with self._vault.transaction():
            cursor = self._vault.execute(
                "INSERT INTO needs (text, area, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (draft.text, draft.area.value, draft.status.value, stamp, stamp))
            need_id = int(cursor.lastrowid)
            self._record_status(need_id, draft.status, on)
        return need_id

    def update(self, need_id: int, draft: NeedDraft, *, on: date | None = None) -> None:
        """Change the text, area or status; a new status is kept with the date `on`."""
        draft = _clean(draft)
        on = as_date(on or date.today(), "date")
        with self._vault.transaction():
            row = self._vault.row("SELECT status FROM needs WHERE id = ?", (need_id,))
            if row is None:
                raise RecordNotFound("need", need_id)
            self._vault.execute(
                "UPDATE needs SET text = ?, area = ?, status = ?, updated_at = ? WHERE id = ?",
                (draft.text, draft.area.value, draft.status.value, now_utc(), need_id))
            if row["status"] != draft.status.value:
                self._record_status(need_id, draft.status, on)

    def get(self, need_id: int) -> Need:
        row = self._vault.row("SELECT * FROM needs WHERE id = ?", (need_id,))
        if row is None:
            raise RecordNotFound("need", need_id)
        return self._need(row, with_details=True)

    def all(self) -> list[Need]:
        """Every need, most recently changed first (without notes and history)."""
        rows = self._vault.rows("SELECT * FROM needs ORDER BY updated_at DESC, id DESC")
        return [self._need(r, with_details=False) for r in rows]

    def count(self) -> int:
        return int(self._vault.row("SELECT count(*) FROM needs")[0])

    def delete(self, need_id: int) -> None:
        """Delete with its notes and history; boundaries that named it keep their own
        words for the need but lose the link. No trace stays in the file."""
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM needs WHERE id = ?", (need_id,))
            if cursor.rowcount == 0:
                raise RecordNotFound("need", need_id)
            self._vault.execute("DELETE FROM form_drafts WHERE name = ?",
                                (f"need-note:{need_id}",))
        self._vault.checkpoint()

    # -- notes -----------------------------------------------------------------------

    def add_note(self, need_id: int, text: str, note_date: date | None = None) -> int:
        text = required(text, "note")
        note_date = as_date(note_date or date.today(), "date")
        with self._vault.transaction():
            if self._vault.row("SELECT 1 FROM needs WHERE id = ?", (need_id,)) is None:
                raise RecordNotFound("need", need_id)
            cursor = self._vault.execute(
                "INSERT INTO need_notes (need_id, note_date, text, created_at)"
                " VALUES (?, ?, ?, ?)", (need_id, note_date.isoformat(), text, now_utc()))
            self._vault.execute("UPDATE needs SET updated_at = ? WHERE id = ?",
                                (now_utc(), need_id))
        return int(cursor.lastrowid)

    def delete_note(self, note_id: int) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM need_notes WHERE id = ?", (note_id,))
            if cursor.rowcount == 0:
                raise RecordNotFound("note", note_id)
        self._vault.checkpoint()

    # -- private ---------------------------------------------------------------------

    def _record_status(self, need_id: int, status: NeedStatus, on: date) -> None:
        self._vault.execute(
            "INSERT INTO need_status_changes (need_id, status, changed_on) VALUES (?, ?, ?)",
            (need_id, status.value, on.isoformat()))

    def _need(self, row: Any, *, with_details: bool) -> Need:
        need = Need(text=row["text"], area=NeedArea(row["area"]),
                    status=NeedStatus(row["status"]), id=row["id"],
                    created_at=datetime.fromisoformat(row["created_at"]),
                    updated_at=datetime.fromisoformat(row["updated_at"]))
        if with_details:
            need.history = [StatusChange(NeedStatus(r["status"]),
                                         date.fromisoformat(r["changed_on"]))
                            for r in self._vault.rows(
                                "SELECT status, changed_on FROM need_status_changes"
                                " WHERE need_id = ? ORDER BY id", (need.id,))]
            need.notes = [NeedNote(r["id"], need.id, date.fromisoformat(r["note_date"]),
                                   r["text"])
                          for r in self._vault.rows(
                              "SELECT id, note_date, text FROM need_notes WHERE need_id = ?"
                              " ORDER BY note_date DESC, id DESC", (need.id,))]
        return need
