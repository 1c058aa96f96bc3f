"""For my next session: topics she collects during the week, from anywhere.

A topic can come from an entry, a boundary, a check-in or a need (the link is kept;
if that record is deleted the topic stays in her words and the link goes, by trigger).
After the session she marks topics as discussed, with the date of the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from journal.clock import now_utc
from journal.errors import RecordNotFound
from journal.fields import as_date, choice, required
from journal.vault import Snapshot, Vault


class AgendaSource(StrEnum):
    FREE = "free"
    ENTRY = "entry"
    BOUNDARY = "boundary"
    CHECKIN = "checkin"
    NEED = "need"


_TABLES = {AgendaSource.ENTRY: "entries", AgendaSource.BOUNDARY: "boundaries",
           AgendaSource.CHECKIN: "checkins", AgendaSource.NEED: "needs"}


@dataclass
class AgendaItem:
    id: int
    text: str
    source_kind: AgendaSource
    source_id: int | None
    created_at: datetime
    discussed_on: date | None


class AgendaStore:
    def __init__(self, vault: Vault | Snapshot) -> None:
        self._vault = vault

    def add(self, text: str, source_kind: AgendaSource = AgendaSource.FREE,
            source_id: int | None = None) -> int:
        text = required(text, "topic")
        kind = choice(AgendaSource, source_kind, "source")
        with self._vault.transaction():
            if kind is AgendaSource.FREE:
                source_id = None
            elif source_id is None or self._vault.row(
                    f"SELECT 1 FROM {_TABLES[kind]} WHERE id = ?", (source_id,)) is None:
                raise RecordNotFound(kind.value, source_id or 0)
            cursor = self._vault.execute(
                "INSERT INTO agenda_items (text, source_kind, source_id, created_at)"
                " VALUES (?, ?, ?, ?)", (text, kind.value, source_id, now_utc()))
        return int(cursor.lastrowid)

    def mark_discussed(self, item_id: int, session: date | None) -> None:
        """Discussed in the session of `session`; None puts it back on the agenda."""
        value = None if session is None else as_date(session, "date").isoformat()
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE agenda_items SET discussed_on = ? WHERE id = ?", (value, item_id))
            if cursor.rowcount == 0:
                raise RecordNotFound("topic", item_id)

    def open_items(self) -> list[AgendaItem]:
        """Topics for the next session, in the order she added them."""
        return [self._item(r) for r in self._vault.rows(
            "SELECT * FROM agenda_items WHERE discussed_on IS NULL ORDER BY id")]

    def discussed(self) -> list[AgendaItem]:
        """Topics already discussed, most recent session first."""
        return [self._item(r) for r in self._vault.rows(
            "SELECT * FROM agenda_items WHERE discussed_on IS NOT NULL"
            " ORDER BY discussed_on DESC, id")]

    def last_session(self) -> date | None:
        """The date of the most recent session a topic was discussed in, if any."""
        row = self._vault.row("SELECT MAX(discussed_on) AS day FROM agenda_items")
        return date.fromisoformat(row["day"]) if row and row["day"] else None

    def get(self, item_id: int) -> AgendaItem:
        row = self._vault.row("SELECT * FROM agenda_items WHERE id = ?", (item_id,))
        if row is None:
            raise RecordNotFound("topic", item_id)
        return self._item(row)

    def delete(self, item_id: int) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))
            if cursor.rowcount == 0:
                raise RecordNotFound("topic", item_id)
        self._vault.checkpoint()

    @staticmethod
    def _item(row: Any) -> AgendaItem:
        discussed = row["discussed_on"]
        return AgendaItem(id=row["id"], text=row["text"],
                          source_kind=AgendaSource(row["source_kind"]),
                          source_id=row["source_id"],
                          created_at=datetime.fromisoformat(row["created_at"]),
                          discussed_on=date.fromisoformat(discussed) if discussed else None)
