"""Closing the window when something goes wrong: a save that fails, a daily backup that
fails, both; and a new passphrase that cannot be written after a recovery-code unlock.
Each time: one message that says which, the journal closed and its folder released, and
what was saved before still there."""

from __future__ import annotations

import errno

import pytest

from journal.entries import EntryStore
from journal.errors import WrongSecret
from journal.keyslots import Secret
from journal.vault import Vault
from tests.ui.conftest import unlock_with

UNLIMITED = 1073741823


def entries_in(folder, secret: Secret) -> list[tuple[str, str]]:
    with Vault.open(folder, secret) as vault:
        assert vault.integrity_problems() == []
        store = EntryStore(vault)
        return [(s.title, store.get(s.id).body) for s in store.page(limit=100)]


@pytest.fixture
def writing(make_app, qtbot, closed_vault, settings, tmp_path):
    """Unlocked, with one entry saved and a second one being typed; backups go to a
    folder of the test's own."""
    settings.backup_folder = str(tmp_path / "backups")
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    page = app.window.workspace.journal_page
    app.window.workspace.new_entry("")
    qtbot.keyClicks(page.editor.title_edit, "Saved")
    qtbot.keyClicks(page.editor.body_edit, "written before closing")
    assert page.save_pending()
    app.window.workspace.new_entry("")
    qtbot.keyClicks(page.editor.title_edit, "Typed")
    return app


def test_closing_saves_what_she_typed_and_makes_the_backup_without_a_word(writing,
                                                                          closed_vault,
                                                                          tmp_path,
                                                                          message_log):
    writing.window.close()
    assert message_log.calls == []
    assert writing.window.vault is None
    assert sorted(entries_in(closed_vault.folder, Secret.passphrase(
        closed_vault.passphrase))) == [("Saved", "written before closing"), ("Typed", "")]
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_a_backup_that_fails_on_close_says_so_and_the_journal_is_saved(writing,
                                                                       closed_vault,
                                                                       tmp_path, settings,
                                                                       message_log):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the backup folder should be")
    settings.backup_folder = str(blocked)
    writing.window.close()
    [(kind, title, text)] = message_log.calls
    assert (kind, title) == ("error", "Backup")
    assert text.startswith("The daily backup could not be made: ")
    assert "Something went wrong" not in text
    assert blocked.read_text() == "a file where the backup folder should be"
    assert writing.window.vault is None
    assert ("Typed", "") in entries_in(closed_vault.folder, Secret.passphrase(
        closed_vault.passphrase))


def test_a_save_that_fails_on_close_is_told_and_the_rest_is_kept(writing, closed_vault,
                                                                 qtbot, tmp_path,
                                                                 message_log):
    window = writing.window
    vault = window.vault
    editor = window.workspace.journal_page.editor
    vault.execute(f"PRAGMA max_page_count = {vault.row('PRAGMA page_count')[0]}")
    editor.body_edit.insertPlainText("x" * 50_000)  # more than the "disk" holds
    window.close()
    errors = [(title, text) for kind, title, text in message_log.calls if kind == "error"]
    assert len(errors) == 1, message_log.calls  # one message: what the entry's form said
    title, text = errors[0]
    assert title == "Not saved" and "The disk is full" in text
    assert window.vault is None
    assert entries_in(closed_vault.folder, Secret.passphrase(closed_vault.passphrase)) == [
        ("Saved", "written before closing")]
    # The daily backup still ran: the journal as it was saved.
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_a_page_that_raises_while_saving_on_close_is_told_before_a_backup_problem(
        writing, closed_vault, tmp_path, settings, monkeypatch, message_log):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    settings.backup_folder = str(blocked)

    def broken_save() -> bool:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(writing.window.workspace, "save_pending", broken_save)
    writing.window.close()
    # One box when leaving, not two: the unsaved words matter more than the backup.
    assert message_log.calls == [
        ("error", "Not saved", "Haven could not read or write its files (Input/output error).")]
    assert writing.window.vault is None


def test_a_new_passphrase_that_cannot_be_written_after_a_recovery_code_unlock(
        make_app, qtbot, closed_vault, monkeypatch, message_log):
    from ui.dialogs.new_passphrase import NewPassphraseDialog

    monkeypatch.setattr(NewPassphraseDialog, "get_passphrase", classmethod(
        lambda cls, parent: ("a brand new passphrase", True)))
    keys = closed_vault.folder / "keys.json"
    before = keys.read_bytes()
    (closed_vault.folder / "keys.json.tmp").mkdir()  # where the new keys.json is written
    app = make_app()
    app.window.current_screen.set_recovery_mode(True)
    unlock_with(qtbot, app, closed_vault.recovery_code)
    qtbot.waitUntil(lambda: bool(message_log.calls), timeout=10_000)
    assert message_log.calls == [
        ("error", "New passphrase", "Haven could not read or write its files (Is a directory).")]
    assert keys.read_bytes() == before
    assert app.window.vault is not None  # she can go on writing
    app.window.close()
    assert app.window.vault is None
    # Both old secrets still open it; the new one does not.
    entries_in(closed_vault.folder, Secret.passphrase(closed_vault.passphrase))
    entries_in(closed_vault.folder, Secret.recovery_code(closed_vault.recovery_code))
    with pytest.raises(WrongSecret):
        entries_in(closed_vault.folder, Secret.passphrase("a brand new passphrase"))
