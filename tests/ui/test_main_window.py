"""The main window: sidebar, Lock, Quick exit, shortcuts, title, geometry, settings."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication

from journal.keyslots import Secret
from journal.vault import Vault
from tests.ui.conftest import unlock_with
from ui.dialogs.settings_dialog import SettingsDialog
from ui.main_window import MainWindow, Workspace
from ui.pages.unlock import UnlockPage


@pytest.fixture
def unlocked(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    return app


def press(qtbot, window, keys: str) -> None:
    """Press a shortcut the way she would, on the focused widget of the window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    sequence = QKeySequence(keys)
    combo = sequence[0]
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


def test_sidebar_shows_today_and_journal_and_the_always_there_buttons(unlocked):
    workspace = unlocked.window.workspace
    assert [b.text() for b in workspace.nav_buttons] == [
        "Today", "Journal", "Check-in", "Trends", "Safe places", "Boundaries", "Needs",
        "Safety plan", "Support", "Next session", "Guidance", "My path", "Timeline"]
    assert workspace.help_now_button.isVisibleTo(unlocked.window)
    assert workspace.lock_button.isVisibleTo(unlocked.window)
    assert workspace.quick_exit_button.isVisibleTo(unlocked.window)
    assert workspace.current_page == Workspace.TODAY


def test_lock_button_returns_to_unlock(unlocked, qtbot, closed_vault):
    workspace = unlocked.window.workspace
    vault = unlocked.window.vault
    locked = []
    unlocked.hub.vault_locked.connect(lambda: locked.append(True))
    qtbot.mouseClick(workspace.lock_button, Qt.MouseButton.LeftButton)
    assert locked == [True]
    assert unlocked.window.vault is None
    assert unlocked.window.wait_until_closed()  # the daily backup, then the close
    assert not vault.is_open
    assert isinstance(unlocked.window.current_screen, UnlockPage)
    assert unlocked.window.workspace is None


def test_after_unlock_she_is_back_on_the_page_she_locked(make_app, qtbot, closed_vault):
    from tests.ui.conftest import unlock_with

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    assert workspace.current_page == workspace.pages.indexOf(workspace.page("today"))
    workspace.show_page("safety")
    app.window.lock_unasked()  # as when she walks away (idle, screen lock)
    assert app.window.wait_until_closed()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace  # a new one
    assert workspace.current_page == workspace.pages.indexOf(workspace.page("safety"))
    # Once: the next unlock after a lock on Today is Today again.
    workspace.show_page("today")
    app.window.lock()
    assert app.window.wait_until_closed()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    assert workspace.current_page == workspace.pages.indexOf(workspace.page("today"))


def test_the_page_she_locked_on_is_made_on_the_turn_after_the_workspace_shows(
        make_app, qtbot, closed_vault):
    """The unlock's own event makes the workspace with Today and shows the place of her
    page (chosen in the sidebar); the page itself is made on the next turn of the event
    loop, so the workspace is painted in between."""
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.workspace.show_page("safety")
    app.window.lock_unasked()
    assert app.window.wait_until_closed()
    vault = Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase))
    app.window.open_workspace(vault)  # what the unlock page's result does, in one event
    workspace = app.window.workspace
    chosen = [i for i, nav in enumerate(workspace.nav_buttons) if nav.isChecked()]
    assert sorted(workspace.made_pages()) == ["today"]
    assert chosen == [workspace.current_page]
    assert workspace.current_page != workspace.pages.indexOf(workspace.today_page)
    assert not app.window.settled
    qtbot.waitUntil(lambda: app.window.settled, timeout=5_000)
    assert "safety" in workspace.made_pages()
    assert workspace.current_page == workspace.pages.indexOf(workspace.page("safety"))
    assert workspace.pages.currentWidget() is workspace.page("safety")


def test_the_workspace_is_painted_before_her_page_and_her_words_come_back(
        make_app, qtbot, closed_vault, monkeypatch):
    """After an unlock, what is due meanwhile (here the workspace's first paint) runs
    between the unlock's event, the making of her page and the bringing back of her
    words: each is a turn of its own, not an event posted to the same pass."""
    from PySide6.QtCore import QEvent, QObject

    from ui.session import JournalSession

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.workspace.show_page("safety")
    app.window.lock_unasked()
    assert app.window.wait_until_closed()
    order: list[str] = []

    def recorded(name: str):
        real = getattr(JournalSession, name)

        def call(self: JournalSession) -> None:
            order.append(name)
            real(self)
        return call

    for name in ("bring_back_page", "bring_back_unsaved"):
        monkeypatch.setattr(JournalSession, name, recorded(name))

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is sidebar:
                order.append("paint")
            return False

    vault = Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase))
    app.window.open_workspace(vault)
    sidebar = app.window.workspace.sidebar
    watch = PaintWatch()
    sidebar.installEventFilter(watch)
    qtbot.waitUntil(lambda: app.window.settled, timeout=5_000)
    sidebar.removeEventFilter(watch)
    assert order[:2] == ["paint", "bring_back_page"], order
    assert order.index("bring_back_unsaved") > order.index("bring_back_page")


def test_a_journal_unlocked_after_the_window_closed_is_closed_again(make_app, qtbot,
                                                                     closed_vault):
    """The unlock's worker (key derivation, maybe a migration of seconds) finishes after
    the window was closed: no workspace is made and the journal does not stay open."""
    app = make_app()
    app.window.close()
    vault = Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase))
    app.window.open_workspace(vault)  # what the unlock page's result would do
    assert not vault.is_open
    assert app.window.workspace is None and app.window.vault is None


def test_quick_exit_closes_at_once(unlocked, qtbot, message_log):
    vault = unlocked.window.vault
    qtbot.mouseClick(unlocked.window.workspace.quick_exit_button, Qt.MouseButton.LeftButton)
    assert not unlocked.window.isVisible()
    assert not vault.is_open
    assert message_log.calls == []  # no question asked


def test_shortcuts(unlocked, qtbot):
    window = unlocked.window
    press(qtbot, window, "Ctrl+2")
    assert window.workspace.current_page == Workspace.JOURNAL
    press(qtbot, window, "Ctrl+1")
    assert window.workspace.current_page == Workspace.TODAY
    press(qtbot, window, "Ctrl+F")
    assert window.workspace.current_page == Workspace.JOURNAL
    assert QApplication.focusWidget() is window.workspace.journal_page.search_edit
    press(qtbot, window, "Ctrl+1")
    press(qtbot, window, "Ctrl+N")
    assert window.workspace.current_page == Workspace.JOURNAL
    assert window.workspace.journal_page.editor.is_open
    press(qtbot, window, "Ctrl+L")
    assert isinstance(window.current_screen, UnlockPage)
    press(qtbot, window, "Ctrl+Shift+Q")
    assert not window.isVisible()


def test_shortcut_actions(unlocked):
    window = unlocked.window
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+1", "Ctrl+2", "Ctrl+,",
            "Ctrl+Shift+Q"} <= shortcuts


def test_write_today_opens_a_new_entry(unlocked, qtbot):
    workspace = unlocked.window.workspace
    qtbot.mouseClick(workspace.today_page.write_button, Qt.MouseButton.LeftButton)
    assert workspace.current_page == Workspace.JOURNAL
    assert workspace.journal_page.editor.is_open
    assert workspace.journal_page.editor.prompt_id is None


def test_write_about_prompt_opens_entry_with_that_prompt(unlocked, qtbot):
    workspace = unlocked.window.workspace
    prompt = workspace.today_page.prompt
    qtbot.mouseClick(workspace.today_page.use_prompt_button, Qt.MouseButton.LeftButton)
    assert workspace.current_page == Workspace.JOURNAL
    assert workspace.journal_page.editor.prompt_id == prompt.id


def test_window_title_never_changes(make_app, qtbot, closed_vault):
    app = make_app()
    titles: list[str] = []
    app.window.windowTitleChanged.connect(titles.append)
    assert app.window.windowTitle() == "Haven"
    unlock_with(qtbot, app, closed_vault.passphrase)
    journal = app.window.workspace.journal_page
    app.window.workspace.new_entry("")
    qtbot.keyClicks(journal.editor.title_edit, "A private title")
    qtbot.keyClicks(journal.editor.body_edit, "Something only I may read.")
    journal.save_pending()
    app.window.workspace.show_page(Workspace.TODAY)
    app.window.lock()
    assert app.window.windowTitle() == "Haven"
    assert titles == []
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            assert "private" not in widget.windowTitle().lower()


def test_geometry_is_remembered(make_app, qtbot, closed_vault, settings):
    app = make_app()
    app.window.setGeometry(QRect(30, 40, 840, 600))
    app.window.close()
    assert not settings.value("window/geometry").isEmpty()
    again = make_app()
    assert again.window.size() == app.window.size()
    assert again.window.size().height() == 600


def test_restored_geometry_fits_on_the_screen(make_app, qtbot, closed_vault, settings):
    app = make_app()
    app.window.setGeometry(QRect(2500, 2000, 900, 3000))  # from a bigger screen
    app.window.close()
    again = make_app()
    available = again.window.screen().availableGeometry()
    frame = again.window.frameGeometry()
    assert frame.height() <= available.height()
    assert available.intersects(frame) and frame.top() >= available.top()


def test_settings_change_language_and_appearance(unlocked, qtbot, monkeypatch, settings):
    def choose(cls, parent, s, keys=None, transfer=None, restore=None, journal=None,
               situation=None):
        s.language = "nl"
        s.appearance = "dark"
        return True, True

    monkeypatch.setattr(SettingsDialog, "edit", classmethod(choose))
    old_workspace = unlocked.window.workspace
    unlocked.window.workspace.show_page(Workspace.JOURNAL)
    unlocked.window.edit_settings()
    workspace = unlocked.window.workspace
    assert workspace is not old_workspace  # rebuilt in the new language
    assert [b.text() for b in workspace.nav_buttons] == [
        "Vandaag", "Dagboek", "Check-in", "Verloop", "Veilige plekken", "Grenzen",
        "Behoeften", "Veiligheidsplan", "Steunnetwerk", "Bespreeklijst",
        "Om te lezen", "Mijn weg", "Tijdlijn"]
    assert workspace.current_page == Workspace.JOURNAL
    assert unlocked.dark
    assert unlocked.window.vault.is_open  # the vault stays open
    assert QApplication.palette().window().color().lightness() < 100
    assert unlocked.window.windowTitle() == "Haven"


def test_settings_dialog_writes_only_on_ok(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("light"))
    assert settings.language == ""  # nothing written yet
    changed, language_changed = dialog.apply()
    assert changed and language_changed
    assert (settings.language, settings.appearance) == ("nl", "light")
    again = SettingsDialog(settings)
    qtbot.addWidget(again)
    assert again.apply() == (False, False)


def test_clipboard_is_cleared_on_lock(unlocked, qtbot):
    clipboard = QGuiApplication.clipboard()
    unlocked.window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.applicationState()
                    == Qt.ApplicationState.ApplicationActive)
    clipboard.setText("something copied from an entry")
    unlocked.window.lock()
    assert clipboard.text() == ""


def test_demo_opens_straight_into_the_journal_and_is_removed(make_app):
    from journal.entries import EntryStore
    from journal.models import EntryFilter

    app = make_app("--demo")
    assert isinstance(app.window.current_screen, Workspace)
    assert EntryStore(app.window.vault).count(EntryFilter()) > 10
    folder = app.demo_dir
    assert folder is not None and folder.exists()
    app.window.close()
    app.shutdown()
    assert not folder.exists()


def test_arguments_and_default_folder(monkeypatch, tmp_path):
    from ui import app as app_module

    monkeypatch.setattr(app_module.platformdirs, "user_data_dir",
                        lambda name, appauthor=None: str(tmp_path / name))
    assert app_module.default_vault_dir() == tmp_path / "Haven" / "vault"
    options = app_module.parse_args(["--vault", "/x/y", "--lang", "nl", "-style", "fusion"])
    assert (options.vault, options.demo, options.lang) == (Path("/x/y"), False, "nl")
    assert app_module.parse_args([]).vault is None
    with pytest.raises(SystemExit):
        app_module.parse_args(["--lang", "fr"])


def test_the_real_app_uses_the_default_key_derivation():
    import inspect

    from journal.keyslots import DEFAULT_KDF
    from ui.app import create_app

    assert inspect.signature(create_app).parameters["kdf"].default is DEFAULT_KDF
    assert inspect.signature(MainWindow).parameters["kdf"].default is DEFAULT_KDF


@pytest.mark.parametrize("how", ["shortcut", "button"])
def test_after_locking_the_passphrase_field_has_the_focus(unlocked, qtbot, closed_vault, how):
    window = unlocked.window
    if how == "shortcut":
        press(qtbot, window, "Ctrl+L")
    else:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
        qtbot.mouseClick(window.workspace.lock_button, Qt.MouseButton.LeftButton)
    page = window.current_screen
    assert isinstance(page, UnlockPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.field, timeout=5_000)
    # She can type and press Enter at once.
    qtbot.keyClicks(QApplication.focusWidget(), closed_vault.passphrase)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10_000)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_journal_fits_a_small_screen_without_cutting_anything(make_app, qtbot, lang):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QDateEdit

    app = make_app("--demo", "--lang", lang)
    window = app.window
    # 1280×800 at 150 % is 853×533 device-independent pixels, less a panel.
    assert window.minimumWidth() <= 853 and window.minimumHeight() <= 500
    workspace = window.workspace
    workspace.show_page(Workspace.JOURNAL)
    page = workspace.journal_page
    page.filter_button.setChecked(True)
    page.new_entry()
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.size() == window.minimumSize())
    # Everything the workspace needs fits in the smallest window.
    assert workspace.minimumSizeHint().width() <= window.minimumWidth()
    editor = page.editor
    for widget in [*editor.findChildren(QAbstractButton), *editor.findChildren(QDateEdit),
                   *page.filter_bar.findChildren(QComboBox),
                   *page.filter_bar.findChildren(QDateEdit), page.new_button,
                   page.filter_button]:
        if widget.isVisibleTo(window):
            needed = widget.minimumWidth() or widget.minimumSizeHint().width()
            assert widget.width() >= needed, widget.accessibleName()
    top = [editor.date_edit, editor.read_button]
    tools = [*editor.format_buttons, editor.prompt_button]
    for row in (top, tools):
        for a, b in itertools.pairwise(row):
            assert a.geometry().right() < b.geometry().left(), (a.text(), b.text())


def test_locking_deletes_the_old_workspace_on_the_next_turn(unlocked, qtbot):
    """The workspace and everything she wrote in it are gone right after the lock's own
    event, even when lock() is called outside a running event loop (issue 10)."""
    import shiboken6

    workspace = unlocked.window.workspace
    unlocked.window.lock()
    assert not workspace.isVisible()
    for _ in range(3):
        QApplication.processEvents()
    assert not shiboken6.isValid(workspace)
    assert unlocked.window.wait_until_closed()


def test_what_the_workspace_holds_is_frozen_out_of_full_collections_until_a_lock(
        unlocked, qtbot):
    """Full garbage collections skip what lives as long as the workspace (each walked
    ~60,000 objects, holding Python's lock for 20-35 ms); collections go on, on the GUI
    thread, and after a lock the collector gets it all back and collects it, cycles
    too."""
    import gc
    import weakref

    from ui import heap

    assert gc.get_freeze_count() > 0
    assert unlocked.qapp.findChild(heap._GuiThreadCollector) is not None

    class Held:
        pass

    held = Held()
    held.me = held  # a cycle: only the collector frees it
    unlocked.window.workspace.held = held
    gone = weakref.ref(held)
    del held
    heap.settle()  # as after unlock: frozen with the workspace
    gc.collect()
    assert gone() is not None
    unlocked.window.lock()
    assert unlocked.window.wait_until_closed()
    qtbot.waitUntil(lambda: gone() is None)  # freed on the unlock screen, not kept frozen
    assert gc.get_freeze_count() > 0  # what is left (the unlock screen) frozen again


def test_closing_waits_for_an_export_under_way(unlocked, qtbot, monkeypatch):
    """Work on the vault (an export, a re-encryption) is finished before Haven leaves
    (up to ten minutes), past the ordinary wait for worker threads: leaving in the middle
    would leave a half-written temporary file behind, in clear without a password."""
    import threading
    import time

    import ui.session

    monkeypatch.setattr(ui.session, "WORKER_WAIT_MS", 50)
    finished = threading.Event()

    def slow_export(vault: Vault) -> None:
        time.sleep(0.5)
        finished.set()

    assert unlocked.window.run_key_work(slow_export, lambda _r: None, lambda _e: None)
    unlocked.window.close()
    assert finished.is_set()


def test_the_demo_changes_nothing_in_her_real_settings(make_app, settings, tmp_path):
    # Her real settings, as a run of her own journal left them.
    settings.appearance = "dark"
    settings.quick_exit_url = "https://example.org/"
    settings.sync()
    real_file = Path(settings.file_name)
    before = real_file.read_bytes()

    app = make_app("--demo")
    demo = app.settings
    assert demo is not settings
    # The demo starts as her app looks, so it looks like hers...
    assert demo.appearance == "dark" and demo.effective_language() == "en"
    # ...but what she tries there stays there.
    demo.idle_minutes = 0
    demo.lock_on_minimise = False
    demo.lock_on_screen_lock = False
    demo.quick_exit_shortcut = ""
    demo.backup_folder = str(tmp_path / "elsewhere")
    demo.vault_folder = str(tmp_path / "other-journal")
    demo.discreet = True
    demo.language = "nl"
    demo.appearance = "light"
    app.hub.settings_changed.emit()
    demo.sync()
    assert demo.idle_minutes == 0 and demo.language == "nl"
    folder = app.demo_dir
    app.window.close()
    app.shutdown()

    assert real_file.read_bytes() == before
    assert not folder.exists()
    # Nothing of the demo's settings was written anywhere else.
    assert demo.file_name == ""
    assert sorted(p.name for p in real_file.parent.iterdir()) == [real_file.name]


def test_the_demo_does_not_use_her_backup_or_journal_folder(make_app, settings, tmp_path):
    settings.backup_folder = str(tmp_path / "my-backups")
    settings.vault_folder = str(tmp_path)
    app = make_app("--demo")
    assert app.settings.backup_folder == "" and app.settings.vault_folder == ""
    assert app.window.backup_folder().is_relative_to(app.demo_dir)


def test_the_demos_passphrase_line_follows_the_language_and_discreet_mode(make_app):
    app = make_app("--demo")
    demo = app.settings

    def hint() -> str:
        page = app.window.current_screen
        assert isinstance(page, UnlockPage) and page.hint_text.isVisibleTo(page)
        return page.hint_text.text()

    demo.language = "nl"  # a live switch while the demo is open, then it locks
    app.hub.settings_changed.emit()
    app.window.lock()
    assert hint() == "Dit is een voorbeelddagboek. De wachtwoordzin is: haven demo"
    demo.language = "en"  # and one on the lock screen
    app.hub.settings_changed.emit()
    assert hint() == "This is a demo journal. Its passphrase is: haven demo"
    # Discreet mode: nothing about a journal under "Recipes", in either language.
    demo.discreet = True
    demo.discreet_name = "recipes"
    for language, wanted in (("en", "The passphrase of this example is: haven demo"),
                             ("nl", "De wachtwoordzin van dit voorbeeld is: haven demo")):
        demo.language = language
        app.hub.settings_changed.emit()
        assert hint() == wanted
