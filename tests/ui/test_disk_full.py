"""A full disk in the app, made real with SQLite's page limit: while saving an entry,
and while making the daily backup as the journal locks. Each time: a clear message,
the vault as it was, and her words kept."""

from __future__ import annotations

from pathlib import Path

import journal.vault as vault_module
from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.vault import Vault
from tests.ui.conftest import unlock_with

UNLIMITED = 1073741823


def stored(folder: Path, passphrase: str) -> list[tuple[str, str]]:
    with Vault.open(folder, Secret.passphrase(passphrase)) as vault:
        assert vault.integrity_problems() == []
        store = EntryStore(vault)
        return [(s.title, store.get(s.id).body) for s in store.page(limit=100)]


def test_full_disk_while_saving_keeps_the_draft_and_the_vault(make_app, qtbot, closed_vault,
                                                              message_log):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    vault = app.window.vault
    page = app.window.workspace.journal_page
    app.window.workspace.new_entry("")
    editor = page.editor
    qtbot.keyClicks(editor.title_edit, "First")
    qtbot.keyClicks(editor.body_edit, "saved before the disk filled up")
    assert page.save_pending() is not False
    store = EntryStore(vault)
    before = [(s.id, s.title, store.get(s.id).body) for s in store.page(limit=100)]

    vault.execute(f"PRAGMA max_page_count = {vault.row('PRAGMA page_count')[0]}")
    app.window.workspace.new_entry("")
    qtbot.keyClicks(editor.title_edit, "Second")
    qtbot.keyClicks(editor.body_edit, "words that must not be lost ")
    editor.body_edit.insertPlainText("x" * 50_000)  # more than the "disk" holds
    message = editor.autosave.message
    qtbot.waitUntil(lambda: not message.isHidden(), timeout=10_000)  # autosave
    text = message.text()
    assert text.startswith("Not saved:")
    assert "The disk is full" in text and "still here" in text
    assert editor.is_dirty
    assert editor.body_edit.toPlainText().startswith("words that must not be lost")
    assert [(s.id, s.title, store.get(s.id).body) for s in store.page(limit=100)] == before
    assert vault.integrity_problems() == []

    vault.execute(f"PRAGMA max_page_count = {UNLIMITED}")  # she made room
    assert page.save_pending() is not False
    app.window.lock()
    assert app.window.wait_until_closed()
    assert message_log.calls == []  # told beside her text, never in a box
    bodies = dict(stored(closed_vault.folder, closed_vault.passphrase))
    assert bodies["First"] == "saved before the disk filled up"
    assert bodies["Second"].startswith("words that must not be lost")


def test_full_disk_during_the_daily_backup(make_app, qtbot, closed_vault, settings, tmp_path,
                                           message_log, monkeypatch):
    stick = tmp_path / "usb-stick"
    settings.backup_folder = str(stick)
    real_connect = vault_module.connect

    def small_target(path, key, *, create):
        conn = real_connect(path, key, create=create)
        if create:  # only the backup's copy of the database is made with create=True
            conn.execute("PRAGMA max_page_count = 3")
        return conn

    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.workspace.new_entry("")
    editor = app.window.workspace.journal_page.editor
    qtbot.keyClicks(editor.title_edit, "Draft")
    qtbot.keyClicks(editor.body_edit, "typed just before locking")
    assert editor.is_dirty  # not saved yet: the lock saves it before the backup
    monkeypatch.setattr(vault_module, "connect", small_target)
    app.window.lock()
    qtbot.waitUntil(lambda: bool(message_log.calls), timeout=10_000)
    assert app.window.wait_until_closed()
    monkeypatch.undo()
    [(kind, title, text)] = message_log.calls
    assert (kind, title) == ("error", "Backup")
    assert "not enough room in the backup folder" in text
    assert "saved and unchanged" in text
    assert list(stick.iterdir()) == []  # no half backup, no temp file
    assert stored(closed_vault.folder, closed_vault.passphrase) == [
        ("Draft", "typed just before locking")]
