"""Deleting an entry: the question says older backups still hold it, and offers to
remake the automatic backups so that none does."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from journal import backup
from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.models import EntryDraft
from journal.vault import Vault
from tests.ui.conftest import unlock_with


def _with_backups(closed_vault, marker: str) -> int:
    with Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase)) as v:
        entry_id = EntryStore(v).create(EntryDraft(date(2026, 3, 1), "Weg", marker))
        EntryStore(v).create(EntryDraft(date(2026, 3, 2), "Blijft", "kept"))
        # Made within the last hours: backups more than a day behind the journal would
        # bring the calm "backups are behind" message after unlock, at a moment that
        # depends on the machine's speed.
        for hours in (2, 1):
            backup.make_backup(v, backup.default_folder(v.folder), keep=7,
                               now=datetime.now() - timedelta(hours=hours))
    return entry_id


def _holding(folder, passphrase: str, marker: str, tmp_path) -> list[bool]:
    held = []
    for path in backup.list_backups(folder):
        target = tmp_path / f"r-{uuid.uuid4().hex[:6]}"
        backup.restore_backup(path, Secret.passphrase(passphrase), target)
        with Vault.open(target, Secret.passphrase(passphrase)) as v:
            held.append(v.row("SELECT COUNT(*) FROM entries WHERE instr(body, ?) > 0",
                              [marker])[0] > 0)
    return held


def _delete(qtbot, app, entry_id: int) -> None:
    page = app.window.workspace.journal_page
    page.open_entry(entry_id)
    page.editor.delete_entry()


def test_deleting_can_remove_the_entry_from_the_automatic_backups(
        qtbot, make_app, closed_vault, message_log, tmp_path):
    marker = f"zqGoneFromBackups{uuid.uuid4().hex[:6]}"
    entry_id = _with_backups(closed_vault, marker)
    folder = backup.default_folder(closed_vault.folder)
    old = backup.list_backups(folder)
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    message_log.option_answer = True
    _delete(qtbot, app, entry_id)
    [(kind, _title, text)] = message_log.calls
    assert kind == "confirm" and "backups made earlier still hold it" in text
    assert message_log.options and "automatic backups" in message_log.options[0]
    qtbot.waitUntil(lambda: not set(old) & set(backup.list_backups(folder)),
                    timeout=20_000)
    qtbot.waitUntil(lambda: app.window.workspace.isEnabled(), timeout=20_000)
    assert _holding(folder, closed_vault.passphrase, marker, tmp_path) == [False]


def test_deleting_without_the_option_leaves_the_backups(
        qtbot, make_app, closed_vault, message_log, tmp_path):
    marker = f"zqStaysInBackups{uuid.uuid4().hex[:6]}"
    entry_id = _with_backups(closed_vault, marker)
    folder = backup.default_folder(closed_vault.folder)
    old = backup.list_backups(folder)
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    message_log.option_answer = False
    _delete(qtbot, app, entry_id)
    assert app.window.workspace.isEnabled()  # no key work was started
    assert backup.list_backups(folder) == old
    assert _holding(folder, closed_vault.passphrase, marker, tmp_path) == [True, True]
