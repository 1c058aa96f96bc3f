"""The preload after unlock: it runs at a lower priority (ui/workers.py), so it reads
only on a reader connection, never on the main one, which the GUI thread uses and
would then wait for a starved thread."""

from __future__ import annotations

from datetime import date

import pytest

from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.vault import Vault
from tests.ui.test_journal_list_model import QuerySpy
from ui.preload import preload


def test_the_preload_reads_nothing_on_the_main_connection(
        qapp, vault: Vault, entries: EntryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    entries.create(EntryDraft(date(2024, 1, 1), "a", "words", tags=["walk"]))
    spy = QuerySpy(vault, monkeypatch)  # the main connection
    preload(vault)
    assert spy.queries == []
