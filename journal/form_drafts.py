"""Half-filled forms kept in the vault, so a lock or a quick exit loses nothing.

The guided boundary flow and the crossing form save what she typed here as she types
(a JSON object per form name). Finishing or cancelling the form drops its draft; the
row is then gone from the file (secure_delete, then a WAL checkpoint).
"""

from __future__ import annotations

import json
from typing import Any

from journal.clock import now_utc
from journal.vault import Vault


class FormDrafts:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def save(self, name: str, data: dict[str, Any]) -> None:
        with self._vault.transaction():
            self._vault.execute(
                "INSERT INTO form_drafts (name, data, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT (name) DO UPDATE SET data = excluded.data,"
                " updated_at = excluded.updated_at",
                (name, json.dumps(data, ensure_ascii=False), now_utc()))

    def load(self, name: str) -> dict[str, Any] | None:
        row = self._vault.row("SELECT data FROM form_drafts WHERE name = ?", (name,))
        if row is None:
            return None
        try:
            data = json.loads(row["data"])
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def drop(self, name: str) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM form_drafts WHERE name = ?", (name,))
        if cursor.rowcount:
            self._vault.checkpoint()
