"""Locks never fail open: with a full disk (SQLite's page limit, as in test_disk_full),
a lock she did not ask for hides her journal at once without a question, and the words
that could not be saved come back after the next unlock; a quick exit never waits, and
the next unlock says that the last words could not be saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.vault import Vault
from tests.ui.conftest import unlock_with
from ui.pages.unlock import UnlockPage

UNLIMITED = 1073741823
WORDS = "words typed as the disk filled up "


def fill_the_disk_while_typing(qtbot, app) -> None:
    """An open entry with more text than the vault can take, not saved yet."""
    vault = app.window.vault
    app.window.workspace.new_entry("")
    editor = app.window.workspace.journal_page.editor
    vault.execute(f"PRAGMA max_page_count = {vault.row('PRAGMA page_count')[0]}")
    qtbot.keyClicks(editor.title_edit, "Last")
    editor.body_edit.insertPlainText(WORDS + "x" * 50_000)  # more than the "disk" holds
    assert editor.is_dirty


def locks(window) -> dict:
    return {
        "idle": window.idle.idle.emit,
        "screen lock": lambda: window.session.on_screensaver_active(True),
        "sleep": lambda: window.session.on_prepare_for_sleep(True),
        "minimise": window.showMinimized,
    }


@pytest.mark.parametrize("trigger", ["idle", "screen lock", "sleep", "minimise"])
def test_a_lock_she_did_not_ask_for_hides_at_once_and_keeps_the_words(
        make_app, qtbot, closed_vault, message_log, trigger):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    fill_the_disk_while_typing(qtbot, app)
    locks(app.window)[trigger]()
    # Nothing asked, nothing waiting: the workspace is gone (minimising locks from a
    # zero timer, hence the wait) and no message box was raised.
    qtbot.waitUntil(lambda: app.window.vault is None, timeout=5_000)
    assert app.window.workspace is None
    assert isinstance(app.window.current_screen, UnlockPage)
    assert message_log.calls == []
    assert app.window.wait_until_closed()
    app.window.showNormal()

    unlock_with(qtbot, app, closed_vault.passphrase)
    editor = app.window.workspace.journal_page.editor
    assert editor.is_dirty
    assert editor.title_edit.text() == "Last"
    assert editor.body_edit.toPlainText().startswith(WORDS)
    [(kind, title, text)] = message_log.calls
    assert (kind, title) == ("info", "Your latest words")
    assert "could not be saved" in text and "back in the editor" in text
    assert "Journal" in text  # which page could not save
    assert editor.save_now()  # the disk has room again (a new connection has no limit)
    store = EntryStore(app.window.vault)
    [summary] = store.page(limit=10)
    assert store.get(summary.id).body.startswith(WORDS)


def test_the_lock_button_still_asks_before_dropping_words(make_app, qtbot, closed_vault,
                                                          message_log):
    message_log.answer = False  # "Go back"
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    fill_the_disk_while_typing(qtbot, app)
    app.window.lock()
    assert "confirm" in message_log.kinds()
    assert app.window.vault is not None  # she stays, with her text
    app.window.vault.execute(f"PRAGMA max_page_count = {UNLIMITED}")


def test_a_quick_exit_with_a_full_disk_never_waits_and_is_told_at_the_next_unlock(
        make_app, qtbot, closed_vault, message_log):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    fill_the_disk_while_typing(qtbot, app)
    qtbot.mouseClick(app.window.workspace.quick_exit_button, Qt.MouseButton.LeftButton)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert app.window.vault is None
    assert message_log.calls == []  # nothing shown, nothing waited for
    app.shutdown()
    with Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase)) as v:
        assert v.integrity_problems() == []

    again = make_app()
    unlock_with(qtbot, again, closed_vault.passphrase)
    [(kind, title, text)] = message_log.calls
    assert (kind, title) == ("info", "Your latest words")
    assert "could not be saved" in text
    # Told once: the note is gone from the vault after it was shown.
    again.window.lock()
    assert again.window.wait_until_closed()
    unlock_with(qtbot, again, closed_vault.passphrase)
    assert len(message_log.calls) == 1


def test_words_that_fit_in_the_vault_come_back_after_a_quick_exit(make_app, qtbot,
                                                                  closed_vault, message_log):
    """When only the entry's own save fails, the words are kept as a form draft in the
    vault and come back into the editor after a quick exit."""
    from journal.errors import DiskFull

    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.workspace.new_entry("")
    editor = app.window.workspace.journal_page.editor
    qtbot.keyClicks(editor.title_edit, "Kept")
    qtbot.keyClicks(editor.body_edit, "kept words")

    def full(*_args, **_kwargs):
        raise DiskFull()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(EntryStore, "create", full)
        qtbot.mouseClick(app.window.workspace.quick_exit_button, Qt.MouseButton.LeftButton)
        assert message_log.calls == []
        app.shutdown()

    again = make_app()
    unlock_with(qtbot, again, closed_vault.passphrase)
    editor = again.window.workspace.journal_page.editor
    assert editor.is_dirty
    assert (editor.title_edit.text(), editor.body_edit.toPlainText()) == ("Kept", "kept words")
    [(kind, _title, text)] = message_log.calls
    assert kind == "info" and "back in the editor" in text
