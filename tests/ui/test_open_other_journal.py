"""Settings, "Journal folder": which folder is in use (only while the journal is open) and
"Open another journal…", e.g. one restored earlier after she answered "Not now". It locks
the journal in use the usual way (drafts saved), shows the unlock screen of the chosen one
and remembers it. An empty or foreign folder is refused; nothing is moved or deleted.
"""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui.conftest import unlock_with, when_modal
from ui.app import remembered_vault_dir
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages.unlock import UnlockPage

OTHER_TITLE = "zqOtherJournalTitle"
DRAFT_MARKER = "zqDraftBeforeSwitch"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")}


@pytest.fixture
def other_journal(tmp_path: Path) -> Path:
    folder = tmp_path / "restored-one"
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF) as vault:
        EntryStore(vault).create(EntryDraft(date(2026, 1, 2), title=OTHER_TITLE, body="x"))
    return folder


def in_settings(qtbot, app, act) -> None:
    """Open Settings and run `act(dialog)` in it; returns once the dialog is gone."""
    seen = []

    def go(dialog: SettingsDialog) -> None:
        seen.append(dialog)
        act(dialog)

    when_modal(SettingsDialog, go)
    app.window.edit_settings()
    assert seen


def open_other(qtbot, app, folder: Path, *, close: bool = False) -> None:
    """Settings, "Open another journal…", `folder` chosen; then the settings dialog is
    closed by hand if `close` (when the choice leaves it open)."""
    def choose(dialog: SettingsDialog) -> None:
        pick_folder(folder)
        dialog.open_other_button.click()
        if close:
            dialog.reject()

    in_settings(qtbot, app, choose)


def pick_folder(folder: Path) -> None:
    """Answer the folder chooser that opens next with `folder`."""
    def pick(chooser: QFileDialog) -> None:
        chooser.setDirectory(str(folder))
        chooser.selectFile(str(folder))
        chooser.accept()

    when_modal(QFileDialog, pick)


def test_settings_show_the_folder_in_use_only_while_open(make_app, qtbot, closed_vault):
    app = make_app()
    texts = []

    def look(dialog: SettingsDialog) -> None:
        texts.append((dialog.journal_place.text(), dialog.open_other_button.isEnabled()))
        dialog.reject()

    in_settings(qtbot, app, look)  # locked: where it lives is not shown
    unlock_with(qtbot, app, PASSPHRASE)
    in_settings(qtbot, app, look)
    locked, opened = texts
    assert str(closed_vault.folder) not in locked[0] and locked[1]
    assert opened == (str(closed_vault.folder), True)
    assert str(closed_vault.folder) not in app.window.windowTitle()


def test_open_another_journal_locks_this_one_and_opens_the_chosen(
        make_app, qtbot, closed_vault, other_journal, settings, message_log):
    app = make_app()
    unlock_with(qtbot, app, PASSPHRASE)
    workspace = app.window.workspace
    workspace.new_entry("")
    editor = workspace.journal_page.editor
    qtbot.keyClicks(editor.title_edit, DRAFT_MARKER)
    assert editor.is_dirty
    other_before = snapshot(other_journal)
    locked = []
    app.hub.vault_locked.connect(lambda: locked.append(True))

    open_other(qtbot, app, other_journal)  # ends when the lock closes the settings dialog
    assert message_log.calls == []
    assert locked == [True]  # the usual lock
    assert app.window.vault is None and app.window.wait_until_closed()
    assert isinstance(app.window.current_screen, UnlockPage)
    assert app.window.folder == other_journal
    assert settings.vault_folder == str(other_journal)
    assert remembered_vault_dir(settings) == other_journal
    assert snapshot(other_journal) == other_before  # only opened, never changed
    # The draft of the journal used before was saved, there.
    with Vault.open(closed_vault.folder, Secret.passphrase(PASSPHRASE)) as vault:
        assert [s.title for s in EntryStore(vault).page(limit=10)] == [DRAFT_MARKER]
    unlock_with(qtbot, app, PASSPHRASE)
    assert [s.title for s in EntryStore(app.window.vault).page(limit=10)] == [OTHER_TITLE]


def test_from_the_lock_screen_too(make_app, qtbot, closed_vault, other_journal, settings,
                                  message_log):
    app = make_app()

    open_other(qtbot, app, other_journal)
    assert not any(isinstance(w, SettingsDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    assert isinstance(app.window.current_screen, UnlockPage)
    assert app.window.folder == other_journal
    assert settings.vault_folder == str(other_journal)
    unlock_with(qtbot, app, PASSPHRASE)
    assert [s.title for s in EntryStore(app.window.vault).page(limit=10)] == [OTHER_TITLE]


@pytest.mark.parametrize("kind", ["empty", "foreign"])
def test_a_folder_without_a_journal_is_refused(make_app, qtbot, closed_vault, settings,
                                               message_log, tmp_path, kind):
    app = make_app()
    unlock_with(qtbot, app, PASSPHRASE)
    vault = app.window.vault
    folder = tmp_path / "not-a-journal"
    folder.mkdir()
    if kind == "foreign":  # someone else's files
        (folder / "notes.txt").write_text("shopping list")
        (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff" + b"0" * 100)
    before = snapshot(folder)

    open_other(qtbot, app, folder, close=True)
    assert message_log.kinds() == ["error"]
    assert "no journal in this folder" in message_log.texts()[0]
    assert app.window.vault is vault and app.window.folder == closed_vault.folder
    assert settings.vault_folder == ""
    assert snapshot(folder) == before


def test_a_damaged_journal_folder_says_so(make_app, qtbot, closed_vault, settings,
                                          message_log, tmp_path):
    app = make_app()
    folder = tmp_path / "damaged"
    folder.mkdir()
    (folder / "keys.json").write_text('{"something": "else"}')
    (folder / "haven.db").write_bytes(b"not a database" * 10)
    before = snapshot(folder)

    open_other(qtbot, app, folder, close=True)
    assert message_log.kinds() == ["error"]
    assert "damaged" in message_log.texts()[0]
    assert app.window.folder == closed_vault.folder and settings.vault_folder == ""
    assert snapshot(folder) == before


def test_the_journal_in_use_is_not_opened_again(make_app, qtbot, closed_vault, settings,
                                                message_log):
    app = make_app()
    unlock_with(qtbot, app, PASSPHRASE)
    vault = app.window.vault

    open_other(qtbot, app, closed_vault.folder, close=True)
    assert message_log.kinds() == ["info"]
    assert app.window.vault is vault and settings.vault_folder == ""
