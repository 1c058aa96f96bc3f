"""Unlock: passphrase, recovery code, wrong secrets, the growing wait, core errors."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.errors import WrongSecret
from journal.keyslots import KdfParams, Secret
from journal.vault import Vault
from tests.ui.conftest import unlock_with
from ui.main_window import Workspace
from ui.pages.unlock import MAX_DELAY_SECONDS, RetryDelay, UnlockPage


def folder_state(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def wrong_try(qtbot, page: UnlockPage, text: str) -> None:
    qtbot.waitUntil(lambda: page.seconds_to_wait == 0, timeout=40_000)
    page.field.setText(text)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.is_busy and page.error_text.isVisibleTo(page),
                    timeout=10_000)


def test_existing_journal_shows_unlock(make_app, closed_vault):
    app = make_app()
    assert isinstance(app.window.current_screen, UnlockPage)
    assert app.window.vault is None


def test_unlock_with_passphrase_then_lock_and_unlock_again(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    assert app.window.vault.is_open
    app.window.lock()
    assert isinstance(app.window.current_screen, UnlockPage)
    assert app.window.vault is None
    unlock_with(qtbot, app, closed_vault.passphrase)
    assert isinstance(app.window.current_screen, Workspace)


def test_freed_memory_is_given_back_before_the_key_derivation(make_app, qtbot, closed_vault,
                                                             monkeypatch):
    """Argon2id's 64 MiB came on top of what the last session freed but the C library
    still held: the peak of a second unlock grew with each lock."""
    import ui.pages.unlock

    calls: list[str] = []
    monkeypatch.setattr(ui.pages.unlock, "give_back_freed_memory",
                        lambda: calls.append("give back"))
    unlock_keys = Vault.unlock_keys
    monkeypatch.setattr(Vault, "unlock_keys", staticmethod(
        lambda *a: calls.append("derive") or unlock_keys(*a)))
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.lock()
    unlock_with(qtbot, app, closed_vault.passphrase)
    assert calls == ["give back", "derive"] * 2


def test_wrong_passphrase_shows_message_and_changes_nothing(make_app, qtbot, closed_vault):
    before = folder_state(closed_vault.folder)
    app = make_app()
    page = app.window.current_screen
    wrong_try(qtbot, page, "not my passphrase")
    assert "did not open" in page.error_text.text()
    assert app.window.vault is None
    assert isinstance(app.window.current_screen, UnlockPage)
    assert folder_state(closed_vault.folder) == before
    # The right one still works afterwards.
    unlock_with(qtbot, app, closed_vault.passphrase)


@pytest.fixture
def no_new_passphrase(monkeypatch):
    from ui.dialogs.new_passphrase import NewPassphraseDialog

    monkeypatch.setattr(NewPassphraseDialog, "get_passphrase",
                        classmethod(lambda cls, parent: ("", False)))


def test_recovery_code_unlock(make_app, qtbot, closed_vault, no_new_passphrase):
    app = make_app()
    page = app.window.current_screen
    assert not page.recovery_mode
    qtbot.mouseClick(page.mode_link, Qt.MouseButton.LeftButton)
    assert page.recovery_mode
    assert page.field_label.text() == "Recovery code"
    # As typed by hand: lower case, no dashes.
    unlock_with(qtbot, app, closed_vault.recovery_code.replace("-", "").lower())
    assert app.window.vault.is_open


def test_after_recovery_code_she_can_choose_a_new_passphrase(make_app, qtbot, closed_vault,
                                                              monkeypatch, message_log):
    from ui.dialogs.new_passphrase import NewPassphraseDialog
    from ui.dialogs.recovery_code import RecoveryCodeDialog

    shown: list[str] = []
    monkeypatch.setattr(RecoveryCodeDialog, "show_code",
                        classmethod(lambda cls, parent, code: shown.append(code) or True))
    offered = []
    monkeypatch.setattr(NewPassphraseDialog, "get_passphrase", classmethod(
        lambda cls, parent: offered.append(True) or ("a brand new passphrase", True)))
    app = make_app()
    app.window.current_screen.set_recovery_mode(True)
    unlock_with(qtbot, app, closed_vault.recovery_code)
    qtbot.waitUntil(lambda: "info" in message_log.kinds(), timeout=10_000)
    assert offered == [True]
    app.window.lock()
    unlock_with(qtbot, app, "a brand new passphrase")
    app.window.lock()
    assert app.window.wait_until_closed()
    with pytest.raises(WrongSecret):
        Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase))
    # A new key and a new code: the code she opened with may be known to someone.
    with pytest.raises(WrongSecret):
        Vault.open(closed_vault.folder, Secret.recovery_code(closed_vault.recovery_code))
    [code] = shown
    Vault.open(closed_vault.folder, Secret.recovery_code(code)).close()


def test_new_passphrase_dialog(qtbot):
    from ui.dialogs.new_passphrase import NewPassphraseDialog

    dialog = NewPassphraseDialog()
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    dialog.passphrase.setText("long enough words")
    assert not dialog.save_button.isEnabled()
    dialog.repeat.setText("long enough words")
    assert dialog.save_button.isEnabled()


def test_passphrase_is_not_accepted_as_recovery_code(make_app, qtbot, closed_vault):
    app = make_app()
    page = app.window.current_screen
    page.set_recovery_mode(True)
    wrong_try(qtbot, page, closed_vault.passphrase)
    assert "recovery code did not open" in page.error_text.text()


def test_growing_wait_after_wrong_tries(make_app, qtbot, closed_vault):
    app = make_app()
    page = app.window.current_screen
    wrong_try(qtbot, page, "wrong one")
    assert page.seconds_to_wait == 0
    wrong_try(qtbot, page, "wrong two")
    assert page.seconds_to_wait == 1
    assert not page.unlock_button.isEnabled()
    assert "1" in page.unlock_button.text()
    page.field.returnPressed.emit()  # Enter does nothing while waiting
    assert not page.is_busy
    qtbot.waitUntil(lambda: page.unlock_button.isEnabled(), timeout=5_000)
    assert page.unlock_button.text() == "Unlock"
    wrong_try(qtbot, page, "wrong three")
    assert page.seconds_to_wait == 2
    # The wait survives building the unlock screen again.
    app.window.rebuild()
    assert app.window.current_screen.seconds_to_wait == 2


def test_retry_delay_sequence():
    delay = RetryDelay()
    waits = [delay.record_failure() for _ in range(9)]
    assert waits == [0, 1, 2, 4, 8, 16, MAX_DELAY_SECONDS, MAX_DELAY_SECONDS,
                     MAX_DELAY_SECONDS]
    delay.reset()
    assert delay.delay() == 0


def test_damaged_key_file_is_reported(make_app, qtbot, closed_vault):
    (closed_vault.folder / "keys.json").write_text("{ this is not json")
    app = make_app()
    page = app.window.current_screen
    wrong_try(qtbot, page, closed_vault.passphrase)
    assert "damaged" in page.error_text.text()


def test_a_changed_key_file_is_not_called_a_wrong_passphrase(make_app, qtbot,
                                                             closed_vault):
    keys = closed_vault.folder / "keys.json"
    data = json.loads(keys.read_text())
    nonce = bytearray(base64.b64decode(data["slots"][0]["nonce"]))
    nonce[0] ^= 0x01
    data["slots"][0]["nonce"] = base64.b64encode(bytes(nonce)).decode()
    keys.write_text(json.dumps(data))
    app = make_app()
    page = app.window.current_screen
    wrong_try(qtbot, page, closed_vault.passphrase)
    assert "changed or damaged" in page.error_text.text()
    assert "passphrase is not the problem" in page.error_text.text()
    assert page.seconds_to_wait == 0  # no growing wait: she typed nothing wrong


def test_not_a_journal_is_reported(make_app, qtbot, tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    app = make_app(folder=folder)
    page = app.window.current_screen
    assert isinstance(page, UnlockPage)
    wrong_try(qtbot, page, "whatever it is")
    assert "does not hold a Haven journal" in page.error_text.text()
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_journal_in_use_is_reported(make_app, qtbot, closed_vault):


    other = Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase))
    try:
        app = make_app()
        page = app.window.current_screen
        page.field.setText(closed_vault.passphrase)
        page.unlock_button.click()
        qtbot.waitUntil(lambda: page.error_text.isVisibleTo(page), timeout=10_000)
        assert "already open" in page.error_text.text()
        assert app.window.vault is None
    finally:
        other.close()
    unlock_with(qtbot, app, closed_vault.passphrase)


def test_newer_journal_is_reported(make_app, qtbot, closed_vault):


    with Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase)) as v:
        v.execute("PRAGMA user_version = 999")
    app = make_app()
    page = app.window.current_screen
    page.field.setText(closed_vault.passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.error_text.isVisibleTo(page), timeout=10_000)
    assert "newer version" in page.error_text.text()


def test_window_stays_responsive_while_deriving_keys(make_app, qtbot, vault_dir):
    # A deliberately slow KDF: while it runs, the GUI thread keeps handling events.
    slow = KdfParams(iterations=8, memory_kib=96 * 1024, lanes=1)  # within the bounds
    Vault.create(vault_dir, "a slow passphrase", kdf=slow).close()
    app = make_app()
    page = app.window.current_screen
    page.field.setText("a slow passphrase")
    page.unlock_button.click()
    assert page.is_busy
    assert page.busy.isVisibleTo(page)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: app.window.workspace is not None, timeout=30_000)
    timer.stop()
    assert ticks, "the event loop did not run while the key was derived"


def test_the_database_is_opened_off_the_gui_thread(qtbot, closed_vault):
    """Key derivation and opening the database both run on the worker (issue 10): the
    vault arrives open on the GUI thread."""
    import threading

    seen = []
    page = UnlockPage(closed_vault.folder,
                      before_open=lambda: seen.append(threading.current_thread()))
    qtbot.addWidget(page)
    opened = []
    page.unlocked.connect(opened.append)
    page.field.setText(closed_vault.passphrase)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    vault = opened[0]
    try:
        assert vault.is_open
        assert seen and seen[0] is not threading.main_thread()
        assert not page.is_busy and page.field.text() == ""
    finally:
        vault.close()


def test_a_page_gone_while_unlocking_leaves_the_journal_closed(qtbot, closed_vault,
                                                               monkeypatch):
    """The unlock screen is gone (e.g. the window was closed) before the worker is done:
    the journal it opened is closed again, so that it can be opened once more."""
    import threading

    import shiboken6

    from ui import workers

    made = []
    open_unlocked = Vault.open_unlocked
    monkeypatch.setattr(Vault, "open_unlocked",
                        lambda keys: made.append(open_unlocked(keys)) or made[-1])
    go_on = threading.Event()
    page = UnlockPage(closed_vault.folder, before_open=lambda: go_on.wait(10))
    page.field.setText(closed_vault.passphrase)
    page.unlock_button.click()
    shiboken6.delete(page)
    go_on.set()
    assert workers.wait_for_all(10_000)
    assert len(made) == 1 and not made[0].is_open
    with Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase)) as v:
        assert v.is_open


def test_an_older_journal_is_migrated_off_the_gui_thread(make_app, qtbot, vault_dir,
                                                         monkeypatch):
    """The first unlock after an update may migrate the vault (a new index reads every
    entry, seconds for a large journal): that happens on the worker, not the GUI thread."""
    import functools
    import threading
    from datetime import date

    import journal.vault
    from journal.entries import EntryStore
    from journal.models import EntryDraft, EntryFilter
    from journal.schema import SCHEMA_VERSION, migrate, schema_version
    from tests.conftest import FAST_KDF, PASSPHRASE

    monkeypatch.setattr(journal.vault, "migrate",
                        functools.partial(migrate, target=SCHEMA_VERSION - 1))
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as old:
        EntryStore(old).create(EntryDraft(date(2025, 5, 1), "oud", mood=2,
                                          share_with_therapist=True))
    monkeypatch.undo()
    threads = []

    def recording_migrate(conn, **kw):
        threads.append(threading.current_thread())
        migrate(conn, **kw)

    monkeypatch.setattr(journal.vault, "migrate", recording_migrate)
    app = make_app()
    unlock_with(qtbot, app, PASSPHRASE)
    assert threads and threading.main_thread() not in threads
    vault = app.window.vault
    assert schema_version(vault._conn) == SCHEMA_VERSION
    assert [s.title for s in EntryStore(vault).page(EntryFilter(mood=2, shared=True))] == ["oud"]
