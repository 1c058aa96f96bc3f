"""Privacy in the app: idle lock, lock on minimise and screen lock, quick exit (button,
Escape twice, a chosen shortcut), the clipboard, and the daily backup on lock.

After every lock: no widget anywhere in the app holds her text, and neither does the
clipboard.
"""

from __future__ import annotations

import os
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QKeyCombination, Qt, QTimer
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.backup import list_backups, read_header
from journal.entries import EntryStore
from journal.keyslots import Secret
from journal.vault import Vault
from tests.ui.conftest import key_click, modals_hidden_after, run_queued, unlock_with
from ui import messages
from ui.clipboard import SENSITIVE_TYPE, is_marked
from ui.dialogs.new_passphrase import NewPassphraseDialog
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.main_window import Workspace
from ui.pages.unlock import UnlockPage
from ui.privacy import DoubleEscape, SessionWatcher

# The real message boxes (the autouse fixture answers them otherwise).
REAL_CONFIRM, REAL_INFO = messages.confirm, messages.info


@pytest.fixture
def marker() -> str:
    return f"zqPrivateMarker{uuid.uuid4().hex[:8]}"


@pytest.fixture
def unlocked(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    return app


def type_entry(qtbot, app, marker: str) -> None:
    """Open a new entry and type a title and body holding `marker` (not yet saved)."""
    workspace = app.window.workspace
    workspace.new_entry("")
    editor = workspace.journal_page.editor
    qtbot.keyClicks(editor.title_edit, f"Title {marker}")
    qtbot.keyClicks(editor.body_edit, f"Something only I may read: {marker}.")
    assert len(widgets_holding(marker)) >= 2  # the check below can see her text


def widgets_holding(text: str) -> list[str]:
    """Every widget of the app (all top-level windows and their children) whose text,
    label, placeholder or window title holds `text`."""
    found = []
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QLineEdit), *top.findChildren(QTextEdit),
                       *top.findChildren(QPlainTextEdit), *top.findChildren(QLabel)]:
            texts = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
            if isinstance(widget, QLineEdit):
                texts += [widget.text(), widget.placeholderText()]
            elif isinstance(widget, QTextEdit | QPlainTextEdit):
                texts.append(widget.toPlainText())
            elif isinstance(widget, QLabel):
                texts.append(widget.text())
            if any(text in t for t in texts):
                found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def assert_locked_and_clean(qtbot, app, marker: str) -> None:
    assert app.window.vault is None
    assert isinstance(app.window.current_screen, UnlockPage)
    # The old workspace is deleted on the next turn of the event loop.
    qtbot.waitUntil(lambda: not widgets_holding(marker), timeout=5_000)
    assert marker not in QGuiApplication.clipboard().text()


def saved_bodies(folder, passphrase: str) -> list[str]:
    with Vault.open(folder, Secret.passphrase(passphrase)) as vault:
        store = EntryStore(vault)
        return [store.get(s.id).body for s in store.page(limit=100)]


# -- idle lock --------------------------------------------------------------------------

def test_idle_lock_fires_saves_the_draft_and_leaves_no_text(unlocked, qtbot, marker,
                                                            closed_vault):
    window = unlocked.window
    assert window.idle.timer.interval() == 5 * 60_000  # the default: five minutes
    type_entry(qtbot, unlocked, marker)
    body = window.workspace.journal_page.editor.body_edit
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert marker in QGuiApplication.clipboard().text()
    window.idle.set_interval_ms(30)  # a short idle time instead of five minutes
    with qtbot.waitSignal(window.idle.idle, timeout=5_000):
        pass
    assert_locked_and_clean(qtbot, unlocked, marker)
    assert window.wait_until_closed()
    assert any(marker in b for b in saved_bodies(closed_vault.folder,
                                                 closed_vault.passphrase))


def test_input_restarts_the_idle_wait(unlocked, qtbot):
    window = unlocked.window
    window.idle.set_interval_ms(60_000)
    qtbot.wait(200)  # let some of the wait run out
    before = window.idle.timer.remainingTime()
    assert before <= 59_900
    key_click(qtbot, window.workspace.today_page, Qt.Key.Key_A)
    assert window.idle.timer.remainingTime() > before  # a fresh minute from the key press


def test_idle_lock_can_be_off_and_set_in_minutes(unlocked, qtbot, settings):
    window = unlocked.window
    settings.idle_minutes = 0
    unlocked.hub.settings_changed.emit()
    assert not window.idle.timer.isActive()
    settings.idle_minutes = 12
    unlocked.hub.settings_changed.emit()
    assert window.idle.timer.isActive() and window.idle.timer.interval() == 12 * 60_000
    window.lock()
    assert not window.idle.timer.isActive()  # nothing to guard while locked


def test_minimising_locks(unlocked, qtbot, marker):
    type_entry(qtbot, unlocked, marker)
    unlocked.window.showMinimized()
    qtbot.waitUntil(lambda: unlocked.window.vault is None, timeout=5_000)
    assert_locked_and_clean(qtbot, unlocked, marker)
    unlocked.window.showNormal()


def test_minimising_does_not_lock_when_switched_off(unlocked, qtbot, settings):
    settings.lock_on_minimise = False
    unlocked.window.showMinimized()
    qtbot.waitUntil(unlocked.window.isMinimized)
    run_queued(qtbot)  # the lock would be queued with a zero timer
    assert unlocked.window.vault is not None
    unlocked.window.showNormal()


def test_screen_lock_and_sleep_lock(unlocked, qtbot, closed_vault, settings, marker):
    window = unlocked.window
    type_entry(qtbot, unlocked, marker)
    window.session.on_screensaver_active(False)  # the screensaver ending changes nothing
    assert window.vault is not None
    window.session.on_screensaver_active(True)
    assert_locked_and_clean(qtbot, unlocked, marker)
    unlock_with(qtbot, unlocked, closed_vault.passphrase)
    window.session.on_prepare_for_sleep(True)
    assert window.vault is None
    settings.lock_on_screen_lock = False
    unlock_with(qtbot, unlocked, closed_vault.passphrase)
    window.session.on_prepare_for_sleep(True)
    assert window.vault is not None


def test_session_watcher_without_a_bus_does_nothing(qtbot):
    from PySide6.QtDBus import QDBusConnection

    no_bus = QDBusConnection.connectToBus("unix:path=/nonexistent/bus", "haven-no-bus")
    watcher = SessionWatcher(session_bus=no_bus, system_bus=no_bus)
    assert watcher.connected == []
    QDBusConnection.disconnectFromBus("haven-no-bus")


@pytest.mark.needs_tools("dbus-daemon", "dbus-send")
def test_screensaver_signal_over_a_real_bus(qtbot, tmp_path):
    from PySide6.QtDBus import QDBusConnection

    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1",
                               "--nopidfile"], stdout=subprocess.PIPE, text=True)
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, "haven-test-bus")
        assert bus.isConnected()
        watcher = SessionWatcher(session_bus=bus, system_bus=bus)
        assert "org.freedesktop.ScreenSaver" in watcher.connected
        assert "org.freedesktop.login1.Manager" in watcher.connected
        with qtbot.waitSignal(watcher.session_locked, timeout=5_000):
            subprocess.run(["dbus-send", f"--bus={address}", "--type=signal",
                            "/org/freedesktop/ScreenSaver",
                            "org.freedesktop.ScreenSaver.ActiveChanged", "boolean:true"],
                           check=True)
        QDBusConnection.disconnectFromBus("haven-test-bus")
    finally:
        daemon.terminate()
        daemon.wait(10)


# -- quick exit -------------------------------------------------------------------------

def test_quick_exit_saves_the_draft_being_typed(make_app, qtbot, closed_vault, marker,
                                                monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    type_entry(qtbot, app, marker)
    assert app.window.workspace.journal_page.editor.is_dirty  # not autosaved yet
    qtbot.mouseClick(app.window.workspace.quick_exit_button, Qt.MouseButton.LeftButton)
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets())
    assert app.window.vault is None
    assert opened == []  # no web page unless she chose one
    app.shutdown()
    again = make_app()
    unlock_with(qtbot, again, closed_vault.passphrase)
    workspace = again.window.workspace
    workspace.show_page(Workspace.JOURNAL)
    summaries = EntryStore(again.window.vault).page(limit=10)
    assert [s.title for s in summaries] == [f"Title {marker}"]
    workspace.journal_page.open_entry(summaries[0].id)
    assert marker in workspace.journal_page.editor.body_edit.toPlainText()


def test_escape_twice_quickly_exits(unlocked, qtbot, marker, closed_vault):
    type_entry(qtbot, unlocked, marker)
    body = unlocked.window.workspace.journal_page.editor.body_edit
    body.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    key_click(qtbot, body, Qt.Key.Key_Escape)
    assert unlocked.window.isVisible()  # one Escape is just Escape
    key_click(qtbot, body, Qt.Key.Key_Escape)
    assert not unlocked.window.isVisible()
    assert unlocked.window.vault is None
    assert any(marker in b for b in saved_bodies(closed_vault.folder,
                                                 closed_vault.passphrase))


def focused_line_edit(qtbot) -> tuple[QWidget, QLineEdit]:
    """A line edit with the keyboard focus, in a window of its own (keep the window:
    without it the line edit is deleted)."""
    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    return window, field


def test_escape_twice_counts_only_quick_presses(qtbot):
    now = [100.0]
    watcher = DoubleEscape(clock=lambda: now[0])
    # A line edit passes Escape on to its parent: one press must still count once.
    _window, field = focused_line_edit(qtbot)
    fired = []
    watcher.triggered.connect(lambda: fired.append(True))

    def escape() -> None:
        key_click(qtbot, field, Qt.Key.Key_Escape)

    escape()
    now[0] += 0.9  # too slow
    escape()
    assert fired == []
    now[0] += 0.3
    escape()
    assert fired == [True]
    escape()  # a third press starts again
    assert fired == [True]
    now[0] += 0.1
    key_click(qtbot, field, Qt.Key.Key_X)  # another key in between breaks the pair
    escape()
    assert fired == [True]
    watcher.detach()


def test_chosen_shortcut_exits_and_opens_the_neutral_page(make_app, qtbot, closed_vault,
                                                          settings, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    settings.quick_exit_shortcut = "Ctrl+Alt+H"
    settings.quick_exit_url = "https://www.example.org/weather"
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    shortcuts = {a.shortcut().toString() for a in app.window.actions()}
    assert "Ctrl+Alt+H" in shortcuts and "Ctrl+Shift+Q" not in shortcuts
    window = app.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    combo = QKeySequence("Ctrl+Alt+H")[0]
    assert isinstance(combo, QKeyCombination)
    key_click(qtbot, window, combo.key(), combo.keyboardModifiers())
    assert not window.isVisible() and window.vault is None
    assert [u.toString() for u in opened] == ["https://www.example.org/weather"]


def _open_settings(window) -> None:
    window.edit_settings()


def _open_delete_question(window) -> None:
    window.workspace.journal_page.editor.delete_entry()


def _open_recovery_code(window) -> None:
    RecoveryCodeDialog.show_code(window, "7KQ2-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ")


def _open_new_passphrase(window) -> None:
    NewPassphraseDialog.get_passphrase(window)


def _open_message(window) -> None:
    messages.info(window, "Haven", "Something to read.")


@pytest.mark.parametrize("keys", ["Ctrl+Shift+Q", "Ctrl+Alt+H"])
@pytest.mark.parametrize("opener", [_open_settings, _open_delete_question, _open_recovery_code,
                                    _open_new_passphrase, _open_message])
def test_quick_exit_works_while_a_dialog_is_open(make_app, qtbot, closed_vault, settings,
                                                 marker, monkeypatch, opener, keys):
    monkeypatch.setattr(messages, "confirm", REAL_CONFIRM)
    monkeypatch.setattr(messages, "info", REAL_INFO)
    settings.quick_exit_shortcut = keys
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    type_entry(qtbot, app, marker)
    window = app.window
    seen = []

    def press_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is None:
            return
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
        combo = QKeySequence(keys)[0]
        key_click(qtbot, dialog, combo.key(), combo.keyboardModifiers())

    QTimer.singleShot(0, press_in_dialog)
    with modals_hidden_after(8_000):
        opener(window)  # blocks in the dialog's exec() until it ends
    assert seen and seen[0] is not None
    assert not window.isVisible()
    assert window.vault is None
    assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == []
    assert any(marker in b for b in saved_bodies(closed_vault.folder,
                                                 closed_vault.passphrase))


def test_recording_a_new_shortcut_in_settings_does_not_quick_exit(qtbot, settings):
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.privacy import ShortcutWatcher

    watcher = ShortcutWatcher()
    watcher.set_sequence(QKeySequence("Ctrl+Shift+Q"))
    fired = []
    watcher.triggered.connect(lambda: fired.append(True))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.idle.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.idle)
    combo = QKeySequence("Ctrl+Shift+Q")[0]
    key_click(qtbot, dialog.idle, combo.key(), combo.keyboardModifiers())
    assert fired == [True]  # the watcher works here
    dialog.shortcut.setFocus()
    qtbot.waitUntil(lambda: dialog.shortcut.isAncestorOf(QApplication.focusWidget())
                    or QApplication.focusWidget() is dialog.shortcut)
    key_click(qtbot, dialog, combo.key(), combo.keyboardModifiers())
    assert fired == [True]  # recorded, not a quick exit
    watcher.detach()


# -- clipboard --------------------------------------------------------------------------

def test_copied_text_is_marked_and_cleared_on_lock(unlocked, qtbot, marker):
    type_entry(qtbot, unlocked, marker)
    title = unlocked.window.workspace.journal_page.editor.title_edit
    title.selectAll()
    title.copy()
    mime = QGuiApplication.clipboard().mimeData()
    assert marker in mime.text()
    assert is_marked(mime), mime.formats()
    assert bytes(mime.data(SENSITIVE_TYPE).data()) == b"secret"
    unlocked.window.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_clipboard_left_alone_when_it_holds_something_else(unlocked, qtbot, marker):
    window = unlocked.window
    window.clipboard.copy_text(f"from Haven {marker}")
    assert is_marked(QGuiApplication.clipboard().mimeData())
    window.clipboard.watching = False  # as if another program copied this
    QGuiApplication.clipboard().setText("a shopping list from another program")
    window.clipboard.watching = True
    window.lock()
    assert QGuiApplication.clipboard().text() == "a shopping list from another program"
    QGuiApplication.clipboard().clear()


# -- the daily backup -------------------------------------------------------------------

def test_lock_makes_the_daily_backup_once(unlocked, qtbot, closed_vault, settings, tmp_path):
    folder = tmp_path / "usb-stick"
    settings.backup_folder = str(folder)
    settings.backup_keep = 2
    unlocked.window.lock()
    assert unlocked.window.wait_until_closed()
    backups = list_backups(folder)
    assert len(backups) == 1
    read_header(backups[0])
    unlock_with(qtbot, unlocked, closed_vault.passphrase)
    unlocked.window.lock()
    assert unlocked.window.wait_until_closed()
    assert list_backups(folder) == backups  # at most once a day
    assert not (closed_vault.folder / "backups").exists()


def test_a_failed_backup_still_locks_and_says_so(unlocked, qtbot, settings, tmp_path,
                                                 message_log):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings.backup_folder = str(blocker / "backups")
    vault = unlocked.window.vault
    unlocked.window.lock()
    assert unlocked.window.vault is None
    qtbot.waitUntil(lambda: bool(message_log.calls), timeout=10_000)
    assert not vault.is_open
    assert message_log.kinds() == ["error"]
    assert "backup" in message_log.texts()[0].lower()


def test_unlock_says_calmly_when_backups_are_missing_or_only_look_like_one(
        make_app, qtbot, closed_vault, settings, tmp_path, message_log):
    folder = tmp_path / "stick"
    folder.mkdir()
    settings.backup_folder = str(folder)
    (folder / "haven-20991231-000000-000000.havenbackup").write_bytes(b"")
    later = time.time() + 3 * 86400  # three days of writing in no backup
    os.utime(closed_vault.folder / "haven.db", (later, later))
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    qtbot.waitUntil(lambda: bool(message_log.calls), timeout=10_000)
    assert message_log.kinds() == ["info"]
    text = message_log.texts()[0]
    assert "more than a day" in text
    assert "haven-20991231-000000-000000.havenbackup" in text
    assert app.window.workspace is not None  # told, not stopped


# -- settings ---------------------------------------------------------------------------

def test_settings_dialog_writes_privacy_and_backup_choices(qtbot, settings, tmp_path):
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.apply() == (False, False)
    ini = Path(settings.file_name)
    assert not ini.exists() or "=" not in ini.read_text()  # only defaults: nothing written
    dialog.idle.setValue(0)
    dialog.lock_minimise.setChecked(False)
    dialog.shortcut.setKeySequence(QKeySequence("Ctrl+Alt+H"))
    dialog.open_page.setChecked(True)
    dialog.url.setText("https://www.example.org/")
    dialog.keep.setValue(3)
    assert dialog.apply() == (True, False)
    assert (settings.idle_minutes, settings.lock_on_minimise, settings.lock_on_screen_lock,
            settings.quick_exit_shortcut, settings.quick_exit_url, settings.backup_keep) == (
        0, False, True, "Ctrl+Alt+H", "https://www.example.org/", 3)
    written = Path(settings.file_name).read_text()
    assert "on_screen_lock" not in written  # still the default


def test_settings_dialog_refuses_a_url_that_is_no_web_address(qtbot, settings, message_log):
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.open_page.setChecked(True)
    dialog.url.setText("file:///home/her/diary.txt")
    dialog._on_ok()
    assert message_log.calls == [
        ("error", "Settings", "Please give a web address that starts with https://.")]
    assert dialog.result() != dialog.DialogCode.Accepted
    assert settings.quick_exit_url == ""


def test_choosing_a_backup_folder_leaves_no_recent_files_trail(qtbot, settings, tmp_path,
                                                              monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog

    from ui.dialogs.settings_dialog import SettingsDialog

    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    stick = tmp_path / "private-place" / "secret-stick-name"
    stick.mkdir(parents=True)
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)

    def pick() -> None:
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, QFileDialog)
        assert chooser.testOption(QFileDialog.Option.DontUseNativeDialog)
        chooser.setDirectory(str(stick))
        chooser.selectFile(str(stick))
        chooser.accept()

    QTimer.singleShot(0, pick)
    dialog.choose_button.click()
    assert dialog.backup_place.text() == str(stick)
    dialog.apply()
    assert settings.backup_folder == str(stick)
    assert not list(home.rglob("recently-used.xbel"))
    # Qt's own file dialog history holds no trace of the folder.
    settings_folder = tmp_path / "settings"
    for path in settings_folder.rglob("*"):
        if path.is_file() and path.name != "haven.ini":
            text = path.read_text(errors="replace")
            assert "secret-stick-name" not in text and "private-place" not in text, path


def test_the_watchers_share_one_filter_and_a_destroyed_one_drops_out(qtbot):
    """One event filter for all watchers (each call of a Python filter costs): each
    watcher still sees every key press, the latest first as with filters of their own,
    and one destroyed with its window is simply left out."""
    import shiboken6
    from PySide6.QtCore import QObject

    from ui.privacy import IdleWatcher, ShortcutWatcher

    owner = QObject()
    gone = DoubleEscape(owner)
    escape = DoubleEscape()
    keys = ShortcutWatcher()
    keys.set_sequence(QKeySequence("Ctrl+Shift+Q"))
    idle = IdleWatcher()
    idle.start()
    idle.set_interval_ms(60_000)
    fired = []
    escape.triggered.connect(lambda: fired.append("escape"))
    keys.triggered.connect(lambda: fired.append("keys"))
    shiboken6.delete(owner)
    assert not shiboken6.isValid(gone)
    _window, field = focused_line_edit(qtbot)
    key_click(qtbot, field, Qt.Key.Key_Escape)
    key_click(qtbot, field, Qt.Key.Key_Escape)
    assert fired == ["escape"]  # the idle watcher, added last and asked first, passes it on
    combo = QKeySequence("Ctrl+Shift+Q")[0]
    key_click(qtbot, field, combo.key(), combo.keyboardModifiers())
    assert fired == ["escape", "keys"]
    idle.stop()
    keys.detach()
    escape.detach()
    key_click(qtbot, field, Qt.Key.Key_Escape)
    key_click(qtbot, field, Qt.Key.Key_Escape)
    assert fired == ["escape", "keys"]  # detached: no longer listening
