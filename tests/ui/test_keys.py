"""Passphrase and recovery code in the app: change the passphrase, a new recovery code,
re-encryption with a new key (off the GUI thread, the workspace disabled meanwhile, a
lock or quick exit waiting for it), and a forgotten passphrase reset with the recovery
code from the unlock screen."""

from __future__ import annotations

import errno
import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journal.entries import EntryStore
from journal.errors import VaultDamaged, WrongSecret
from journal.keyslots import KeyFile, Secret
from journal.models import EntryDraft
from journal.vault import DB_NAME, Vault, check_database_copy
from tests.conftest import FAST_KDF
from tests.ui.conftest import run_queued, unlock_with, when_modal
from ui import workers
from ui.dialogs.keys_dialog import KeysDialog
from ui.dialogs.new_passphrase import NewPassphraseDialog
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages.unlock import UnlockPage

NEW = "lantern over the quiet harbour"


@pytest.fixture
def shown_codes(monkeypatch) -> list[str]:
    """Recovery codes the app showed (instead of the blocking dialog)."""
    codes: list[str] = []
    monkeypatch.setattr(RecoveryCodeDialog, "show_code",
                        classmethod(lambda cls, parent, code: codes.append(code) or True))
    return codes


@pytest.fixture
def unlocked(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    return app


def keys_dialog(qtbot, app) -> KeysDialog:
    dialog = KeysDialog(app.window.run_key_work, kdf=FAST_KDF, parent=app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def wait_done(qtbot, dialog: KeysDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=20_000)


def keys_hash(folder: Path) -> str:
    return hashlib.sha256((folder / "keys.json").read_bytes()).hexdigest()


def opens(folder: Path, secret: Secret) -> bool:
    try:
        Vault.open(folder, secret).close()
    except WrongSecret:
        return False
    return True


def lock_and_wait(app) -> None:
    app.window.lock()
    assert app.window.vault is None
    assert app.window.wait_until_closed()


# -- change the passphrase -------------------------------------------------------------

def test_change_passphrase_needs_the_current_one(unlocked, qtbot, closed_vault, shown_codes):
    folder = closed_vault.folder
    dialog = keys_dialog(qtbot, unlocked)
    assert not dialog.change_button.isEnabled()
    dialog.fields.passphrase.setText(NEW)
    dialog.fields.repeat.setText(NEW)
    assert not dialog.change_button.isEnabled()  # no current passphrase typed yet
    before = keys_hash(folder)
    dialog.current.setText("not my passphrase at all")
    dialog.change_button.click()
    assert dialog.is_busy and not unlocked.window.workspace.isEnabled()
    wait_done(qtbot, dialog)
    assert "not your current passphrase" in dialog.error_text.text()
    assert keys_hash(folder) == before  # nothing changed
    assert unlocked.window.workspace.isEnabled()

    dialog.current.setText(closed_vault.passphrase)
    dialog.change_button.click()
    wait_done(qtbot, dialog)
    assert "passphrase is changed" in dialog.status.text()
    assert "Copies you saved elsewhere still open" in dialog.status.text()
    assert dialog.current.text() == "" and dialog.fields.text() == ""
    lock_and_wait(unlocked)
    assert opens(folder, Secret.passphrase(NEW))
    assert not opens(folder, Secret.passphrase(closed_vault.passphrase))
    # A new key came with a new code, shown to her; the old code opens nothing.
    [code] = shown_codes
    assert not opens(folder, Secret.recovery_code(closed_vault.recovery_code))
    assert opens(folder, Secret.recovery_code(code))


def test_only_changing_the_passphrase_keeps_the_key_and_the_code(unlocked, qtbot,
                                                                 closed_vault, shown_codes):
    folder = closed_vault.folder
    db_before = (folder / "haven.db").read_bytes()[:4096]
    dialog = keys_dialog(qtbot, unlocked)
    dialog.current.setText(closed_vault.passphrase)
    dialog.fields.passphrase.setText(NEW)
    dialog.fields.repeat.setText(NEW)
    dialog.keep_key.setChecked(True)
    dialog.change_button.click()
    wait_done(qtbot, dialog)
    assert "passphrase is changed" in dialog.status.text()
    assert shown_codes == []
    lock_and_wait(unlocked)
    assert (folder / "haven.db").read_bytes()[:4096] == db_before
    assert opens(folder, Secret.passphrase(NEW))
    assert opens(folder, Secret.recovery_code(closed_vault.recovery_code))


def test_new_passphrase_uses_the_welcome_rules(unlocked, qtbot, closed_vault):
    dialog = keys_dialog(qtbot, unlocked)
    dialog.current.setText(closed_vault.passphrase)
    dialog.fields.passphrase.setText("short")
    dialog.fields.repeat.setText("short")
    assert not dialog.change_button.isEnabled()
    assert "8" in dialog.fields.strength_text.text()  # the minimum, as on the welcome page
    dialog.fields.passphrase.setText(NEW)
    dialog.fields.repeat.setText(NEW + "x")
    assert not dialog.change_button.isEnabled()
    assert "not the same" in dialog.fields.match_text.text()
    dialog.fields.repeat.setText(NEW)
    assert dialog.change_button.isEnabled()
    assert dialog.fields.strength.value() >= 3


def test_a_failed_change_leaves_the_keys_as_they_were(unlocked, qtbot, closed_vault,
                                                      monkeypatch):
    folder = closed_vault.folder
    before = keys_hash(folder)

    def full(self, path):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(KeyFile, "save", full)
    dialog = keys_dialog(qtbot, unlocked)
    dialog.current.setText(closed_vault.passphrase)
    dialog.fields.passphrase.setText(NEW)
    dialog.fields.repeat.setText(NEW)
    dialog.change_button.click()
    wait_done(qtbot, dialog)
    assert "No space left" in dialog.error_text.text()
    assert "still opens as before" in dialog.error_text.text()
    monkeypatch.undo()
    assert keys_hash(folder) == before
    lock_and_wait(unlocked)
    assert opens(folder, Secret.passphrase(closed_vault.passphrase))
    assert not opens(folder, Secret.passphrase(NEW))


# -- a new recovery code ---------------------------------------------------------------

def test_new_recovery_code_replaces_the_old_one(unlocked, qtbot, closed_vault, shown_codes):
    folder = closed_vault.folder
    dialog = keys_dialog(qtbot, unlocked)
    dialog.tabs.setCurrentIndex(KeysDialog.RECOVERY_CODE)
    dialog.current.setText("wrong passphrase here")
    dialog.code_button.click()
    wait_done(qtbot, dialog)
    assert shown_codes == []
    dialog.current.setText(closed_vault.passphrase)
    dialog.code_button.click()
    wait_done(qtbot, dialog)
    assert len(shown_codes) == 1 and shown_codes[0] != closed_vault.recovery_code
    assert "old one no longer" in dialog.status.text()
    lock_and_wait(unlocked)
    assert opens(folder, Secret.recovery_code(shown_codes[0]))
    assert not opens(folder, Secret.recovery_code(closed_vault.recovery_code))
    assert opens(folder, Secret.passphrase(closed_vault.passphrase))


# -- re-encrypt everything -------------------------------------------------------------

def write_entry(app, text: str) -> int:
    draft = EntryDraft(date(2024, 3, 1), title="Kept", body=text)
    return EntryStore(app.window.vault).create(draft)


def old_data_key(folder: Path, passphrase: str) -> bytearray:
    keys = Vault.unlock_keys(folder, Secret.passphrase(passphrase))
    return bytearray(keys.candidates[0])


def test_reencrypt_with_a_new_key(unlocked, qtbot, closed_vault, shown_codes):
    folder = closed_vault.folder
    entry_id = write_entry(unlocked, "words that must survive a new key")
    old_key = old_data_key(folder, closed_vault.passphrase)
    dialog = keys_dialog(qtbot, unlocked)
    dialog.tabs.setCurrentIndex(KeysDialog.REENCRYPT)
    dialog.current.setText(closed_vault.passphrase)
    dialog.reencrypt_button.click()
    # Busy: nothing of the journal can be used until it is done.
    assert dialog.is_busy and unlocked.window.key_work_running
    assert not unlocked.window.workspace.isEnabled()
    assert not dialog.tabs.isEnabled() and not dialog.buttons.isEnabled()
    dialog.reject()  # closing waits until it is done
    assert dialog.isVisible()
    wait_done(qtbot, dialog)
    assert unlocked.window.workspace.isEnabled()
    assert "new key" in dialog.status.text()
    assert len(shown_codes) == 1
    assert EntryStore(unlocked.window.vault).get(entry_id).body.startswith("words that")
    lock_and_wait(unlocked)
    with pytest.raises(VaultDamaged):  # the old key no longer reads the database
        check_database_copy(folder / DB_NAME, old_key)
    assert opens(folder, Secret.passphrase(closed_vault.passphrase))
    assert opens(folder, Secret.recovery_code(shown_codes[0]))
    assert not opens(folder, Secret.recovery_code(closed_vault.recovery_code))


def test_reencrypt_shows_a_real_progress_bar(unlocked, qtbot, closed_vault, shown_codes):
    from PySide6.QtCore import QThread

    write_entry(unlocked, "counted while re-encrypting")
    dialog = keys_dialog(qtbot, unlocked)
    values: list[int] = []
    threads: list[bool] = []

    def seen(value: int) -> None:
        values.append(value)
        threads.append(QThread.currentThread() is QApplication.instance().thread())

    dialog.progress.valueChanged.connect(seen)
    dialog.current.setText(closed_vault.passphrase)
    dialog.reencrypt_button.click()
    assert dialog.progress.isVisibleTo(dialog) and not dialog.busy.isVisibleTo(dialog)
    assert dialog.progress.maximum() == 100
    wait_done(qtbot, dialog)
    # With a recovery code: four steps after the start, each delivered to the GUI thread.
    assert values == [0, 25, 50, 75, 100]
    assert all(threads)
    assert not dialog.progress.isVisibleTo(dialog)
    assert len(shown_codes) == 1
    # A new recovery code is over in a moment: the busy bar, no percentage.
    dialog.current.setText(closed_vault.passphrase)
    dialog.code_button.click()
    assert dialog.busy.isVisibleTo(dialog) and not dialog.progress.isVisibleTo(dialog)
    wait_done(qtbot, dialog)


def test_reencrypt_with_a_wrong_passphrase_changes_nothing(unlocked, qtbot, closed_vault,
                                                           shown_codes):
    folder = closed_vault.folder
    old_key = old_data_key(folder, closed_vault.passphrase)
    before = keys_hash(folder)
    dialog = keys_dialog(qtbot, unlocked)
    dialog.current.setText("wrong passphrase here")
    dialog.reencrypt_button.click()
    wait_done(qtbot, dialog)
    assert "not your current passphrase" in dialog.error_text.text()
    assert shown_codes == [] and keys_hash(folder) == before
    lock_and_wait(unlocked)
    assert check_database_copy(folder / DB_NAME, old_key) == []


def test_lock_during_reencryption_waits_for_it(unlocked, qtbot, closed_vault, shown_codes):
    folder = closed_vault.folder
    entry_id = write_entry(unlocked, "still here after the lock")
    window = unlocked.window
    dialog = keys_dialog(qtbot, unlocked)
    dialog.current.setText(closed_vault.passphrase)
    dialog.reencrypt_button.click()
    window.lock()  # e.g. the idle lock: it must not close the vault under the worker
    assert window.vault is not None
    assert not window.workspace.isVisible() and not dialog.isVisible()  # nothing shows
    qtbot.waitUntil(lambda: isinstance(window.current_screen, UnlockPage), timeout=20_000)
    assert window.vault is None and window.wait_until_closed()
    assert shown_codes == []  # never shown over the lock screen
    with Vault.open(folder, Secret.passphrase(closed_vault.passphrase)) as vault:
        assert EntryStore(vault).get(entry_id).body == "still here after the lock"
        assert vault.integrity_problems() == []


def test_quick_exit_during_reencryption_waits_for_it(unlocked, qtbot, closed_vault,
                                                      shown_codes):
    folder = closed_vault.folder
    entry_id = write_entry(unlocked, "still here after quick exit")
    window = unlocked.window
    dialog = keys_dialog(qtbot, unlocked)
    dialog.current.setText(closed_vault.passphrase)
    dialog.reencrypt_button.click()
    window.quick_exit()
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert window.vault is None
    assert workers.wait_for_all(30_000)
    run_queued(qtbot)  # the finished work's result is queued: it must be dropped
    assert shown_codes == []
    with Vault.open(folder, Secret.passphrase(closed_vault.passphrase)) as vault:
        assert EntryStore(vault).get(entry_id).body == "still here after quick exit"


# -- from the settings dialog -----------------------------------------------------------

def test_settings_opens_the_keys_dialog_only_when_unlocked(make_app, qtbot, closed_vault,
                                                           settings, monkeypatch):
    opened = []
    monkeypatch.setattr(KeysDialog, "open_for", classmethod(
        lambda cls, parent, run, kdf, refresh_backups: opened.append(parent)))
    locked_dialog = SettingsDialog(settings)
    qtbot.addWidget(locked_dialog)
    assert not locked_dialog.keys_button.isEnabled()

    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    dialogs = []

    def press() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialogs.append(dialog)
        assert dialog.keys_button.isEnabled()
        dialog.keys_button.click()
        dialog.reject()

    QTimer.singleShot(0, press)
    app.window.edit_settings()
    assert opened == dialogs


# -- a forgotten passphrase: the recovery code, then a new passphrase ----------------

def test_forgotten_passphrase_reset_with_the_recovery_code(make_app, qtbot, closed_vault,
                                                           message_log, shown_codes):
    folder = closed_vault.folder
    app = make_app()
    page = app.window.current_screen
    page.set_recovery_mode(True)
    typed = []

    def fill(dialog: NewPassphraseDialog) -> None:
        assert not dialog.save_button.isEnabled()
        dialog.passphrase.setText(NEW)
        dialog.repeat.setText(NEW)
        typed.append(True)
        dialog.save_button.click()

    when_modal(NewPassphraseDialog, fill)
    unlock_with(qtbot, app, closed_vault.recovery_code)
    qtbot.waitUntil(lambda: "info" in message_log.kinds(), timeout=20_000)
    assert typed == [True]
    lock_and_wait(app)
    assert opens(folder, Secret.passphrase(NEW))
    assert not opens(folder, Secret.passphrase(closed_vault.passphrase))
    [code] = shown_codes  # the code she used is spent; a new one was shown
    assert not opens(folder, Secret.recovery_code(closed_vault.recovery_code))
    assert opens(folder, Secret.recovery_code(code))
    unlock_with(qtbot, app, NEW)  # and in the app


def test_a_lock_ends_the_dialogs_it_hid_while_waiting(unlocked, qtbot, closed_vault,
                                                      shown_codes):
    from PySide6.QtWidgets import QDialog

    window = unlocked.window
    dialog = keys_dialog(qtbot, unlocked)
    ended = []
    dialog.finished.connect(ended.append)
    dialog.current.setText(closed_vault.passphrase)
    dialog.reencrypt_button.click()
    window.lock()
    assert not dialog.isVisible() and ended == []  # hidden, still waiting
    qtbot.waitUntil(lambda: window.vault is None, timeout=20_000)
    assert ended == [QDialog.DialogCode.Rejected]  # no exec() left running
    assert dialog.current.text() == ""


def test_a_lock_takes_a_recovery_code_off_the_screen(unlocked, qtbot):
    dialog = RecoveryCodeDialog("7KQ2-M4HD-9XWE-3TBN-QZ8R-PV6C-5JKA", unlocked.window)
    qtbot.addWidget(dialog)
    dialog.show()
    unlocked.window.lock()
    assert not dialog.isVisible()


def test_key_work_waits_for_a_draft_that_cannot_be_saved(unlocked, qtbot, closed_vault,
                                                         message_log):
    window = unlocked.window
    vault = window.vault
    window.workspace.new_entry("")
    editor = window.workspace.journal_page.editor
    vault.execute(f"PRAGMA max_page_count = {vault.row('PRAGMA page_count')[0]}")
    qtbot.keyClicks(editor.body_edit, "not saved yet ")
    editor.body_edit.insertPlainText("x" * 50_000)
    before = keys_hash(closed_vault.folder)
    dialog = keys_dialog(qtbot, unlocked)
    dialog.current.setText(closed_vault.passphrase)
    dialog.reencrypt_button.click()
    assert not dialog.is_busy and not window.key_work_running
    assert "cannot be done right now" in dialog.error_text.text()
    assert keys_hash(closed_vault.folder) == before
    assert editor.body_edit.toPlainText().startswith("not saved yet")
    vault.execute("PRAGMA max_page_count = 1073741823")
