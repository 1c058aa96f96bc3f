"""Restore from a backup inside the app: from the unlock screen and from settings, into a
NEW empty folder only, then open the restored journal. A wrong secret, a truncated or
foreign file and a full disk each give a clear sentence and write nothing; the journal
in use is never touched.
"""

from __future__ import annotations

import errno
import hashlib
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
)

import journal.backup as backup
from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import unlock_with, when_modal
from ui.app import remembered_vault_dir
from ui.dialogs.restore_dialog import RestoreDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages.unlock import UnlockPage

OLD_TITLE = "zqRestoredTitle"


def snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.name.endswith("-shm")}


@pytest.fixture
def backup_file(tmp_path: Path, closed_vault) -> Path:
    """A backup of the closed journal holding OLD_TITLE; afterwards the journal changes
    (a new passphrase would not open the backup, so the passphrase stays)."""
    with Vault.open(closed_vault.folder, Secret.passphrase(PASSPHRASE)) as vault:
        entry = EntryStore(vault).create(EntryDraft(date(2026, 3, 4), title=OLD_TITLE,
                                                    body="only in the backup"))
        (tmp_path / "usb").mkdir()
        out = backup.write_backup(vault, tmp_path / "usb" / "old.havenbackup")
        EntryStore(vault).delete(entry)
    return out


def titles(folder: Path, secret: Secret) -> list[str]:
    with Vault.open(folder, secret) as vault:
        return [s.title for s in EntryStore(vault).page(limit=100)]


def fill(dialog: RestoreDialog, file: Path, secret: str, folder: Path, *,
         code: bool = False) -> None:
    dialog.set_file(str(file))
    dialog.use_code.setChecked(code)
    dialog.secret.setText(secret)
    assert dialog.set_folder(str(folder))
    assert dialog.restore_button.isEnabled()


def run(qtbot, dialog: RestoreDialog) -> None:
    dialog.restore_button.click()
    assert dialog.is_busy
    qtbot.waitUntil(lambda: not dialog.is_busy, timeout=10_000)


@pytest.fixture
def dialog(qtbot, closed_vault) -> RestoreDialog:
    d = RestoreDialog(closed_vault.folder)
    qtbot.addWidget(d)
    return d


def test_restores_the_backup_into_a_new_folder(qtbot, dialog, backup_file, tmp_path,
                                               closed_vault):
    before = snapshot(closed_vault.folder)
    target = tmp_path / "restored"
    fill(dialog, backup_file, PASSPHRASE, target)
    run(qtbot, dialog)
    assert dialog.restored == target
    assert dialog.result() == RestoreDialog.DialogCode.Accepted
    assert OLD_TITLE in titles(target, Secret.passphrase(PASSPHRASE))
    assert snapshot(closed_vault.folder) == before  # the journal in use: untouched
    assert dialog.secret.text() == ""


def test_the_recovery_code_of_that_time_restores(qtbot, dialog, backup_file, tmp_path,
                                                 closed_vault):
    target = tmp_path / "restored"
    fill(dialog, backup_file, closed_vault.recovery_code, target, code=True)
    run(qtbot, dialog)
    assert OLD_TITLE in titles(target, Secret.recovery_code(closed_vault.recovery_code))


@pytest.mark.parametrize("code", [False, True])
def test_a_wrong_secret_says_so_and_writes_nothing(qtbot, dialog, backup_file, tmp_path,
                                                   code):
    target = tmp_path / "restored"
    fill(dialog, backup_file, "not the passphrase at all" if not code
         else "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", target, code=code)
    run(qtbot, dialog)
    assert dialog.restored is None
    text = dialog.error_text.text()
    assert ("recovery code" if code else "passphrase") in text
    assert "Nothing was written" in text
    assert not target.exists()


@pytest.mark.parametrize("kind", ["truncated", "foreign", "empty"])
def test_a_truncated_or_foreign_file_says_so_and_writes_nothing(qtbot, dialog, backup_file,
                                                               tmp_path, kind):
    bad = tmp_path / f"{kind}.havenbackup"
    data = backup_file.read_bytes()
    bad.write_bytes({"truncated": data[: len(data) // 2],
                     "foreign": b"PK\x03\x04 a zip file, or a photo" * 100,
                     "empty": b""}[kind])
    target = tmp_path / "restored"
    fill(dialog, bad, PASSPHRASE, target)
    run(qtbot, dialog)
    assert dialog.restored is None
    assert "not a backup that can be restored" in dialog.error_text.text()
    assert not target.exists()


def test_a_full_disk_says_so_and_leaves_nothing(qtbot, dialog, backup_file, tmp_path,
                                                monkeypatch):
    real_write = backup.os.write

    def failing_write(fd: int, data) -> int:
        if len(data) > 100:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(backup.os, "write", failing_write)
    target = tmp_path / "restored"
    target.mkdir()  # an empty folder she made: it stays, empty
    fill(dialog, backup_file, PASSPHRASE, target)
    run(qtbot, dialog)
    assert dialog.restored is None
    assert "not enough room" in dialog.error_text.text()
    assert list(target.iterdir()) == []


def test_refuses_a_folder_that_is_not_empty_or_the_journal_in_use(qtbot, dialog,
                                                                  backup_file, tmp_path,
                                                                  closed_vault):
    full = tmp_path / "photos"
    full.mkdir()
    (full / "holiday.jpg").write_bytes(b"x")
    dialog.set_file(str(backup_file))
    dialog.secret.setText(PASSPHRASE)
    assert not dialog.set_folder(str(full))
    assert "not empty" in dialog.error_text.text()
    assert not dialog.restore_button.isEnabled()
    for inside in (closed_vault.folder, closed_vault.folder / "new"):
        assert not dialog.set_folder(str(inside))
        assert "journal you use now" in dialog.error_text.text()
    assert (full / "holiday.jpg").read_bytes() == b"x"


def test_a_folder_filled_after_choosing_is_still_refused(qtbot, dialog, backup_file,
                                                         tmp_path):
    target = tmp_path / "restored"
    fill(dialog, backup_file, PASSPHRASE, target)
    target.mkdir()
    (target / "note.txt").write_text("mine")
    dialog.restore_button.click()
    assert not dialog.is_busy
    assert "not empty" in dialog.error_text.text()
    assert [p.name for p in target.iterdir()] == ["note.txt"]


def drive_restore(qtbot, file: Path, secret: str, target: Path) -> None:
    """Fill in the restore dialog as soon as it opens."""
    def go(dialog: RestoreDialog) -> None:
        fill(dialog, file, secret, target)
        dialog.restore_button.click()

    when_modal(RestoreDialog, go)


def test_from_the_unlock_screen_then_open_the_restored_journal(
        make_app, qtbot, closed_vault, backup_file, tmp_path, settings, message_log):
    app = make_app()
    page = app.window.current_screen
    assert isinstance(page, UnlockPage) and page.restore_link.isVisible()
    before = snapshot(closed_vault.folder)
    target = tmp_path / "restored"
    drive_restore(qtbot, backup_file, PASSPHRASE, target)
    page.restore_link.click()
    assert message_log.kinds() == ["confirm"]
    assert str(target) in message_log.texts()[0]
    assert message_log.confirm_options[0]["yes_text"] == "Open it now"
    assert app.window.folder == target
    assert settings.vault_folder == str(target)
    assert remembered_vault_dir(settings) == target
    unlock_with(qtbot, app, PASSPHRASE)
    assert OLD_TITLE in [s.title for s in EntryStore(app.window.vault).page(limit=100)]
    app.window.lock()
    assert app.window.wait_until_closed()
    assert snapshot(closed_vault.folder) == before


def test_from_settings_while_open_not_now_keeps_the_journal_open(
        make_app, qtbot, closed_vault, backup_file, tmp_path, settings, message_log):
    app = make_app()
    unlock_with(qtbot, app, PASSPHRASE)
    vault = app.window.vault
    target = tmp_path / "restored"
    message_log.answer = False  # "Not now"

    def open_settings(dialog: SettingsDialog) -> None:
        assert dialog.restore_button.isEnabled()
        drive_restore(qtbot, backup_file, PASSPHRASE, target)
        dialog.restore_button.click()
        dialog.reject()

    when_modal(SettingsDialog, open_settings)
    app.window.edit_settings()
    assert message_log.kinds() == ["confirm"]
    assert app.window.vault is vault and app.window.folder == closed_vault.folder
    assert settings.vault_folder == ""
    assert OLD_TITLE in titles(target, Secret.passphrase(PASSPHRASE))


def test_a_remembered_folder_that_is_gone_is_not_used(settings, tmp_path):
    settings.vault_folder = str(tmp_path / "gone")
    assert remembered_vault_dir(settings) is None
    settings.vault_folder = ""
    assert remembered_vault_dir(settings) is None


def test_the_restore_dialog_speaks_dutch(qtbot, closed_vault, make_app):
    app = make_app("--lang", "nl")
    try:
        d = RestoreDialog(closed_vault.folder)
        qtbot.addWidget(d)
        assert d.restore_button.text() == "Terugzetten"
        assert "Haven" not in d.findChild(type(d.error_text), "pageTitle").text()
        assert not d.set_folder(str(closed_vault.folder))  # the folder's problem too
        assert d.error_text.text().startswith("Dit is de map van het dagboek")
    finally:
        app.install_translators("en")


def test_from_settings_while_open_open_it_now_locks_first(
        make_app, qtbot, closed_vault, backup_file, tmp_path, settings, message_log):
    app = make_app()
    unlock_with(qtbot, app, PASSPHRASE)
    target = tmp_path / "restored"

    def open_settings(dialog: SettingsDialog) -> None:
        drive_restore(qtbot, backup_file, PASSPHRASE, target)
        dialog.restore_button.click()

    when_modal(SettingsDialog, open_settings)
    app.window.edit_settings()  # ends when the lock closes the settings dialog
    assert message_log.kinds() == ["confirm"]
    assert app.window.vault is None and app.window.wait_until_closed()
    assert isinstance(app.window.current_screen, UnlockPage)
    assert app.window.folder == target and settings.vault_folder == str(target)
    unlock_with(qtbot, app, PASSPHRASE)
    assert OLD_TITLE in [s.title for s in EntryStore(app.window.vault).page(limit=100)]
    # The journal used before is still whole and opens as before, without that entry.
    assert OLD_TITLE not in titles(closed_vault.folder, Secret.passphrase(PASSPHRASE))


def type_folder_name(qtbot, name: str, *, enter: bool = False) -> list[str]:
    """In the folder dialog about to open: type `name` and press its Choose button (or
    Enter); what Qt's own warning boxes said, each closed and the dialog then cancelled."""
    said: list[str] = []

    def warned() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.append(box.text())
            box.reject()
        if isinstance(box := QApplication.activeModalWidget(), QFileDialog):
            box.reject()

    def go(dialog: QFileDialog) -> None:
        edit = dialog.findChild(QLineEdit, "fileNameEdit")
        edit.setText(name)  # offscreen, typed keys went to the completer's popup
        QTimer.singleShot(50, warned)
        if enter:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        else:
            choose = dialog.findChild(QDialogButtonBox, "buttonBox").buttons()[0]
            said.extend([] if choose.isEnabled() else ["the Choose button is greyed"])
            choose.click()

    when_modal(QFileDialog, go)
    return said


@pytest.mark.parametrize("enter", [False, True])
def test_she_can_type_the_name_of_a_new_folder(qtbot, dialog, backup_file, tmp_path, enter):
    """Qt answered a typed name with "Directory not found": she had to find its small
    new-folder icon. The folder is made by the restore, and only then."""
    target = tmp_path / "restored"
    said = type_folder_name(qtbot, str(target), enter=enter)
    dialog.folder_button.click()
    assert said == []
    assert dialog.folder_place.text() == str(target)
    assert not target.exists()
    dialog.set_file(str(backup_file))
    dialog.secret.setText(PASSPHRASE)
    run(qtbot, dialog)
    assert OLD_TITLE in titles(target, Secret.passphrase(PASSPHRASE))


def test_a_typed_folder_in_a_folder_that_does_not_exist_is_not_taken(qtbot, dialog,
                                                                      tmp_path,
                                                                      message_log):
    """Said in our own words: Qt's own box said "restored / Directory not found."."""
    said = type_folder_name(qtbot, str(tmp_path / "nowhere" / "restored"), enter=True)
    dialog.folder_button.click()
    assert said == []  # no box of Qt's own
    assert [(kind, heading) for kind, heading, _text in message_log.calls] == [
        ("inform", f"The folder {tmp_path / 'nowhere'} does not exist.")]
    assert dialog.folder_place.text() == ""
    assert not (tmp_path / "nowhere").exists()
