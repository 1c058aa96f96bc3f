"""The whole app, end to end: create, write, lock, unlock; quick exit; a crash."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.models import EntryFilter
from journal.vault import Vault
from tests.ui.conftest import LineReader, unlock_with
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.main_window import Workspace

PASSPHRASE = "willow and warm bread"
TITLE = "A quiet evening"
BODY = "Today I noticed that I need rest, and I took it."


@pytest.fixture(autouse=True)
def no_recovery_dialog(monkeypatch):
    monkeypatch.setattr(RecoveryCodeDialog, "show_code",
                        classmethod(lambda cls, parent, code: True))


def stored_entries(folder: Path, passphrase: str) -> list:
    with Vault.open(folder, Secret.passphrase(passphrase)) as vault:
        store = EntryStore(vault)
        return [store.get(s.id) for s in store.page(EntryFilter())]


def test_create_write_lock_unlock_the_entry_is_there(make_app, qtbot, vault_dir):
    app = make_app()
    welcome = app.window.current_screen
    qtbot.keyClicks(welcome.passphrase, PASSPHRASE)
    qtbot.keyClicks(welcome.repeat, PASSPHRASE)
    qtbot.keyClick(welcome.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=10_000)

    workspace = app.window.workspace
    qtbot.mouseClick(workspace.today_page.write_button, Qt.MouseButton.LeftButton)
    editor = workspace.journal_page.editor
    qtbot.keyClicks(editor.title_edit, TITLE)
    qtbot.keyClicks(editor.body_edit, BODY)
    # Lock at once: no autosave has run, Lock itself must save.
    qtbot.mouseClick(workspace.lock_button, Qt.MouseButton.LeftButton)
    assert app.window.vault is None

    unlock_with(qtbot, app, PASSPHRASE)
    vault = app.window.vault
    [summary] = EntryStore(vault).page(EntryFilter())
    assert summary.title == TITLE
    journal = app.window.workspace.journal_page
    app.window.workspace.show_page(Workspace.JOURNAL)
    journal.open_entry(summary.id)
    assert journal.editor.body_edit.toPlainText() == BODY


def test_quick_exit_keeps_what_was_typed(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.workspace.new_entry("")
    editor = app.window.workspace.journal_page.editor
    qtbot.keyClicks(editor.body_edit, BODY)
    qtbot.keyClick(app.window, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not app.window.isVisible()
    [entry] = stored_entries(closed_vault.folder, closed_vault.passphrase)
    assert entry.body == BODY


def test_switching_pages_saves(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.new_entry("")
    qtbot.keyClicks(workspace.journal_page.editor.body_edit, BODY)
    workspace.show_page(Workspace.TODAY)
    [summary] = EntryStore(app.window.vault).page(EntryFilter())
    assert summary.preview.startswith(BODY[:20])


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_autosave_survives_a_crash(closed_vault, tmp_path):
    child = Path(__file__).with_name("child_app.py")
    proc = subprocess.Popen(
        [sys.executable, str(child), str(closed_vault.folder), str(tmp_path / "s.ini")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        proc.stdin.write(closed_vault.passphrase + "\n")
        proc.stdin.flush()
        reader = LineReader(proc)
        assert reader.next(60) == "SAVED"  # once the child's autosave has run
        proc.send_signal(signal.SIGKILL)  # a crash: no cleanup, no save on exit
        proc.wait(timeout=10)
        reader.thread.join(30)  # the pipe's end follows the kill
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    from tests.ui.child_app import TEXT

    [entry] = stored_entries(closed_vault.folder, closed_vault.passphrase)
    assert entry.body == TEXT


@pytest.mark.parametrize("lock_anyway", [False, True])
def test_lock_asks_before_losing_text_that_could_not_be_saved(
        make_app, qtbot, closed_vault, message_log, lock_anyway):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    vault = app.window.vault
    app.window.workspace.new_entry("")
    editor = app.window.workspace.journal_page.editor
    pages = vault.row("PRAGMA page_count")[0]
    vault.execute(f"PRAGMA max_page_count = {pages}")  # the disk is "full"
    qtbot.keyClicks(editor.body_edit, BODY)
    editor.body_edit.insertPlainText(" " + "x" * 20_000)  # more than the "disk" holds
    message_log.answer = lock_anyway
    app.window.lock()
    assert "confirm" in message_log.kinds()
    if lock_anyway:
        assert app.window.vault is None
    else:  # she stays unlocked with her text, and can save once there is room
        assert app.window.vault is vault
        assert editor.body_edit.toPlainText().startswith(BODY)
        vault.execute("PRAGMA max_page_count = 1073741823")
        app.window.lock()
        assert app.window.vault is None
        assert app.window.wait_until_closed()
        [entry] = stored_entries(closed_vault.folder, closed_vault.passphrase)
        assert entry.body.startswith(BODY)
