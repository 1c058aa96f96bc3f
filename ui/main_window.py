"""The one window: first run, unlock, or the workspace (sidebar and pages).

The title is always exactly "Haven" (in discreet mode the neutral name she chose); no
content ever appears in it. The workspace (ui/workspace.py) is the unlocked screen;
the journal session (ui/session.py) decides when it is locked, closed or busy.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from journal.errors import HavenError, NotAVault
from journal.keyslots import DEFAULT_KDF, KdfParams
from journal.situation import ProfileStore
from journal.vault import Vault, read_keyfile
from ui import discreet, heap, messages, workers
from ui.clipboard import SensitiveClipboard
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.keys_dialog import KeysDialog
from ui.dialogs.new_passphrase import NewPassphraseDialog
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.situation_dialog import SituationDialog
from ui.file_dialogs import choose_folder
from ui.hub import ALL_RECORDS, Hub
from ui.pages import PAGES
from ui.pages.unlock import RetryDelay, UnlockPage
from ui.pages.welcome import WelcomePage
from ui.preload import import_qt_modules, preload, start_preimport
from ui.privacy import DoubleEscape, IdleWatcher, SessionWatcher, ShortcutWatcher
from ui.session import JournalSession, State
from ui.settings import Settings
from ui.window_backups import WindowBackups
from ui.workspace import Workspace

WINDOW_TITLE = "Haven"
# Fits a 1280×800 screen at 150 % (853×533 device-independent pixels, less a panel),
# with room for the sidebar, the entry list and the editor.
MINIMUM_SIZE = QSize(840, 480)


def next_turn(owner: QObject, call: Callable[[], None]) -> None:
    """`call()` on a later turn of the event loop, after what is due meanwhile (a
    paint, input, timers), while `owner` exists. QTimer.singleShot(0, ...) posts an
    event instead, which Qt delivers in the same pass as the event that posted it: a
    chain of them kept the GUI thread from painting or taking input for 0.1 s."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(call)
    timer.timeout.connect(timer.deleteLater)
    timer.start()


def is_first_run(folder: Path) -> bool:
    """No journal yet: the folder is missing or empty."""
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


class MainWindow(QMainWindow):
    """Shows the welcome, unlock or workspace screen and moves between them."""

    quit_requested = Signal()
    settled_now = Signal()  # unlocked, and all the unlock brings back is back (settled)

    def __init__(self, folder: Path, hub: Hub, settings: Settings, *,
                 kdf: KdfParams = DEFAULT_KDF, unlock_hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.hub = hub
        self.settings = settings
        self._kdf = kdf
        self._unlock_hint = unlock_hint
        self._retry = RetryDelay()
        self._workspace: Workspace | None = None
        self._settling = False  # unlocked; her page and unsaved words not back yet
        self.journal_session = JournalSession(self)
        self.backups = WindowBackups(self)
        # Privacy: her text on the clipboard, the idle lock, Escape twice, screen lock.
        self.clipboard = SensitiveClipboard(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock_unasked)
        self.double_escape = DoubleEscape(self)
        self.double_escape.triggered.connect(self.quick_exit)
        self.quick_exit_keys = ShortcutWatcher(self)  # also while a dialog is open
        self.quick_exit_keys.triggered.connect(self.quick_exit)
        self.session = SessionWatcher(self)
        self.session.session_locked.connect(self._on_session_locked)

        self._shown_as: tuple[bool, str] | None = None  # discreet mode and name shown
        self.setMinimumSize(MINIMUM_SIZE)
        self.screens = QStackedWidget(self)
        self.setCentralWidget(self.screens)
        if not settings.restore_geometry(self):
            self._default_size()
        self._make_actions()
        self.apply_settings()
        hub.new_entry_requested.connect(self._on_new_entry_requested)
        hub.today_entry_requested.connect(self._on_today_entry_requested)
        hub.settings_changed.connect(self.apply_settings)
        hub.backups_remake_requested.connect(self.backups.remake)

    # -- public ----------------------------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        return self.journal_session.vault

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace

    @property
    def settled(self) -> bool:
        """The workspace is shown with all an unlock brings back (her page, her unsaved
        words), which come on the turn after it is shown."""
        return self._workspace is not None and not self._settling

    @property
    def current_screen(self) -> QWidget | None:
        return self.screens.currentWidget()

    @property
    def key_work_running(self) -> bool:
        return self.journal_session.key_work_running

    def start(self, vault: Vault | None = None) -> None:
        """The first screen: the workspace for an open vault, else welcome or unlock."""
        if vault is not None:
            self.open_workspace(vault)
        elif is_first_run(self.folder):
            self.show_welcome()
        else:
            self.show_unlock()

    def show_welcome(self) -> None:
        page = WelcomePage(self.folder, kdf=self._kdf, **self._neutral())
        page.created.connect(self._on_created)
        self._set_screen(page)

    def show_unlock(self) -> None:
        page = UnlockPage(self.folder, self._retry, hint=self._unlock_hint,
                          before_open=self.journal_session.wait_before_unlock,
                          **self._neutral())
        page.unlocked.connect(self.open_workspace)
        page.used_recovery_code.connect(self._on_used_recovery_code)
        page.restore_requested.connect(self.restore_from_backup)
        self._set_screen(page)
        # The workspace replaced (at a lock) is garbage now: collected while she is away
        # or typing (a full collection holds Python's lock for ~35 ms; not beside the
        # lock's own work), and what is left (the modules, this screen) frozen out of
        # full collections. An unlock first (the page and its timer gone) leaves it
        # frozen until the next lock.
        QTimer.singleShot(heap.RENEW_AFTER_MS, page, heap.renew)
        start_preimport(self)

    @Slot(object)
    def open_workspace(self, vault: Vault) -> None:
        if not self.journal_session.begin(vault):
            return
        self._build_workspace(start_preload=False)
        self.idle.start()
        self.clipboard.watching = True
        workspace = self._workspace
        assert workspace is not None
        # The page she locked on (its stand-in now) and her unsaved words come back on
        # the next turn of the event loop: making that page in this event too kept the
        # GUI thread from painting for 0.1-0.2 s at 100,000 entries.
        self.journal_session.place_page_at_lock()
        self._settling = True
        next_turn(workspace, lambda: self._after_unlock(workspace, vault))
        self.backups.check(vault)

    def _after_unlock(self, workspace: Workspace, vault: Vault) -> None:
        if workspace is not self._workspace or self.vault is not vault:
            self._settling = False
            return  # locked or closed meanwhile: what is held waits for the next unlock
        self.journal_session.bring_back_page()
        # Her unsaved words (read from the vault) on the turn after her page is made,
        # so that the page can be painted first.
        next_turn(workspace, lambda: self._after_page(workspace, vault))

    def _after_page(self, workspace: Workspace, vault: Vault) -> None:
        self._settling = False
        if workspace is not self._workspace or self.vault is not vault:
            return
        self.journal_session.bring_back_unsaved()
        heap.settle()  # the workspace lives until the lock: out of full collections
        self._start_preload(workspace, vault)
        if self.settled and self._workspace is workspace:
            self.settled_now.emit()

    @Slot()
    def apply_settings(self) -> None:
        """Idle time, quick-exit shortcut and the name shown as the settings say now."""
        self.idle.set_minutes(self.settings.idle_minutes)
        keys = QKeySequence(self.settings.quick_exit_shortcut)
        self.quick_exit_action.setShortcut(keys)
        self.quick_exit_keys.set_sequence(keys)
        shown_as = (self.settings.discreet, self.settings.discreet_name)
        changed = self._shown_as is not None and shown_as != self._shown_as
        self._shown_as = shown_as
        self._apply_name()
        if changed and not isinstance(self.current_screen, Workspace):
            self.rebuild()  # the lock screen with the other name and icon

    def rebuild(self) -> None:
        """Build the current screen again, e.g. after the language changed."""
        self._apply_name()
        if self._workspace is not None:
            page = self._workspace.current_page
            self._workspace.save_pending()
            self._build_workspace()
            self._workspace.show_page(page)
        elif isinstance(self.current_screen, WelcomePage):
            if not self.current_screen.is_busy:
                self.show_welcome()
        elif isinstance(self.current_screen, UnlockPage) and not self.current_screen.is_busy:
            self.show_unlock()

    def run_key_work(self, work: Callable[[Vault], Any], on_success: Callable[[Any], None],
                     on_failure: Callable[[BaseException], None],
                     on_bug: Callable[[], None] | None = None) -> bool:
        """Run `work(vault)` on a worker thread while nothing else uses the vault (see
        JournalSession.run_key_work). False if it cannot start now."""
        return self.journal_session.run_key_work(work, on_success, on_failure, on_bug)

    @Slot()
    def edit_keys(self, parent: QWidget | None = None) -> None:
        """The "Passphrase and recovery code" dialog (only while the journal is open)."""
        if self._unlocked():
            KeysDialog.open_for(parent or self, self.run_key_work, kdf=self._kdf,
                                refresh_backups=self.backups.refresher())

    # Import and export: through run_key_work, so the vault is theirs alone.
    def import_journal(self, parent: QWidget | None = None) -> None:
        if (self._unlocked() and ImportDialog.open_for(parent or self, self.run_key_work)
                and self._workspace is not None):
            self.hub.records_changed.emit(ALL_RECORDS)  # every page shows what came in

    def export_journal(self, parent: QWidget | None = None) -> None:
        if self._unlocked():
            ExportDialog.open_for(parent or self, self.run_key_work,
                                  neutral=self.settings.discreet)

    @Slot()
    def restore_from_backup(self, parent: QWidget | None = None) -> None:
        """Restore a backup into a new folder (never over this journal), then offer to
        open it; from then on it is the journal that opens."""
        restored = RestoreDialog.restore(parent or self, self.folder,
                                         neutral=self.settings.discreet,
                                         backups=self.backups.folder())
        if restored is None or self._quitting():
            return
        if messages.confirm(
                parent or self, self.tr("Open the restored journal now?"),
                self.tr("Your backup is restored into this folder:\n%1\n\nFrom then on it "
                        "opens each time you start. The journal you used until now stays "
                        "as it is, in:\n%2")
                .replace("%1", str(restored)).replace("%2", str(self.folder)),
                yes_text=self.tr("Open it now"), no_text=self.tr("Not now")):
            self.open_folder(restored)

    def open_other_journal(self, parent: QWidget | None = None) -> None:
        """Settings, "Open another journal…": pick a folder that holds a journal, lock
        this one (the usual lock: drafts saved) and show the unlock screen of the chosen
        one, which opens from now on. Nothing is moved or deleted."""
        parent = parent or self
        title = self.tr("Open another journal")
        chosen = choose_folder(parent, self.tr("Choose the folder of a journal"),
                                purpose="journal")
        if not chosen or self._quitting():
            return
        folder = Path(chosen)
        try:
            read_keyfile(folder)
        except (NotAVault, ValueError):
            messages.error(parent, title, self.tr(
                "There is no journal in this folder. Please choose the folder that holds "
                "one, such as the folder you restored a backup into."))
            return
        except messages.FAILURES as exc:  # damaged, too new, unreadable: say which
            messages.error(parent, title, messages.error_text(exc))
            return
        if folder.resolve() == self.folder.resolve():
            messages.info(parent, title, self.tr("This journal is the one in use now."))
            return
        self.open_folder(folder)
        if self.vault is None:
            self.close_dialogs()  # settings too: the unlock screen of the chosen one shows

    def open_folder(self, folder: Path) -> None:
        """Lock the journal open now and show the unlock screen of the one in `folder`,
        which opens from now on."""
        self.lock()
        if self.vault is not None:
            return  # she chose to stay, or key work is still running
        self.folder = Path(folder)
        self.settings.vault_folder = str(self.folder)
        self.settings.sync()
        self.start()

    @Slot()
    def lock(self) -> None:
        """Save what is pending, close the vault and show the unlock screen."""
        self.journal_session.lock()

    @Slot()
    def lock_unasked(self) -> None:
        """A lock she did not ask for (idle, screen lock, sleep, minimising): it never
        waits for an answer; words that cannot be saved are kept and come back after
        unlocking (JournalSession.lock)."""
        self.journal_session.lock(asked=False)

    @Slot()
    def quick_exit(self) -> None:
        """Save, lock and leave at once, without any question (JournalSession.quick_exit);
        then the neutral web page she chose, if any."""
        if self.journal_session.quick_exit():
            url = self.settings.quick_exit_url
            if url:
                QDesktopServices.openUrl(QUrl(url))

    def _ask_situation(self, vault: Vault, *, first_run: bool = False,
                       parent: QWidget | None = None) -> bool:
        """Ask which fits her situation and store the answer in the vault. Returns
        whether it changed."""
        answer = SituationDialog.ask(parent or self, ProfileStore(vault).get(),
                                     first_run=first_run)
        if answer is None or not vault.is_open:
            return False
        try:
            ProfileStore(vault).save(answer)
        except HavenError as exc:
            messages.error(self, self.tr("Not saved"), messages.error_text(exc))
            return False
        return True

    def edit_situation(self, parent: QWidget) -> None:
        """From the settings: her situation, asked again."""
        if self.vault is not None and self._ask_situation(self.vault, parent=parent):
            self.hub.settings_changed.emit()

    @Slot()
    def edit_settings(self) -> None:
        keys = self.edit_keys if self.vault is not None else None
        situation = self.edit_situation if self.vault is not None else None
        transfer = ((self.import_journal, self.export_journal) if self.vault is not None
                    else None)
        journal = (self.folder if self.vault is not None else None,
                   self.open_other_journal)
        changed, _language_changed = SettingsDialog.edit(self, self.settings, keys=keys,
                                                         transfer=transfer,
                                                         restore=self.restore_from_backup,
                                                         journal=journal,
                                                         situation=situation)
        if changed:
            self.hub.settings_changed.emit()

    def backup_folder(self) -> Path:
        """Where the automatic backups go: her choice, else beside the journal."""
        return self.backups.folder()

    def wait_until_closed(self, timeout_ms: int = 30_000) -> bool:
        """For tests and quitting: block until a lock's backup and close are done."""
        return self.journal_session.wait_until_closed(timeout_ms)

    def close_dialogs(self) -> None:
        """Nothing of an open dialog (a recovery code, a key change) stays on screen.
        Hidden ones are ended too (a lock hides them while key work finishes), so that
        no exec() is left waiting; ending a dialog twice does nothing harmful. A bug in
        one goes to sys.excepthook: it must not stop the others or the lock."""
        for dialog in self.findChildren(QDialog):
            try:
                if isinstance(dialog, KeysDialog):
                    dialog.abandon()
                else:
                    dialog.done(QDialog.DialogCode.Rejected)
            except Exception:
                sys.excepthook(*sys.exc_info())

    def hide_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            dialog.hide()

    # -- events ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.WindowStateChange and self.isMinimized()
                and self.vault is not None and self.settings.lock_on_minimise):
            QTimer.singleShot(0, self._lock_if_minimised)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quick exit and close never ask: leaving at once matters more here.
        problem, backup_problem = self.journal_session.shut_down()
        self.settings.save_geometry(self)
        self.settings.sync()
        super().closeEvent(event)
        if self.journal_session.quick:
            pass  # a quick exit shows nothing, not even a problem
        elif problem is not None:
            messages.error(None, self.tr("Not saved"), problem)
        elif backup_problem is not None:
            messages.error(None, self.tr("Backup"), backup_problem)
        self.quit_requested.emit()

    # -- private slots ---------------------------------------------------------------

    @Slot(object, str)
    def _on_created(self, vault: Vault, code: str) -> None:
        if not self.journal_session.begin(vault):
            return
        RecoveryCodeDialog.show_code(self, code)
        if self.vault is vault and vault.is_open:  # not closed meanwhile
            self._ask_situation(vault, first_run=True)
        if self.vault is vault and vault.is_open:
            self.open_workspace(vault)

    @Slot()
    def _on_used_recovery_code(self) -> None:
        # Called once the workspace shows: offer a new passphrase, then set it off the
        # GUI thread (only keys.json changes, atomically).
        QTimer.singleShot(0, self._offer_new_passphrase)

    @Slot()
    def _offer_new_passphrase(self) -> None:
        vault = self.vault
        if vault is None:
            return
        passphrase, ok = NewPassphraseDialog.get_passphrase(self)
        if not ok or self.vault is not vault:
            return
        kdf = self._kdf

        refresh = self.backups.refresher()

        def work(v: Vault) -> str | None:
            # A new key: the recovery code she opened with may be known to someone.
            code = v.change_passphrase(passphrase, kdf=kdf)
            refresh(v)
            return code

        def done(code: str | None) -> None:
            if code:
                RecoveryCodeDialog.show_code(self, code)
            messages.info(self, self.tr("New passphrase"), self.tr(
                "From now on your journal opens with your new passphrase."))

        def failed(exc: BaseException) -> None:
            messages.error(self, self.tr("New passphrase"), messages.error_text(exc))

        self.run_key_work(work, done, failed)

    @Slot()
    def _on_session_locked(self) -> None:
        if self.settings.lock_on_screen_lock:
            self.lock_unasked()

    @Slot()
    def _lock_if_minimised(self) -> None:
        if self.isMinimized():
            self.lock_unasked()

    @Slot(str)
    def _on_new_entry_requested(self, prompt_id: str) -> None:
        if self._workspace is not None:
            self._workspace.new_entry(prompt_id)

    @Slot()
    def _on_today_entry_requested(self) -> None:
        if self._workspace is not None:
            self._workspace.show_page("journal")
            self._workspace.journal_page.write_today()

    # -- private ---------------------------------------------------------------------

    def _unlocked(self) -> bool:
        return self.journal_session.state is State.UNLOCKED

    def _quitting(self) -> bool:
        return self.journal_session.state is State.QUITTING

    def _make_actions(self) -> None:
        def add(text: str, keys: str, slot: Callable[[], None]) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        def in_workspace(call: Callable[[Workspace], None]) -> Callable[[], None]:
            # Not while key work has the vault (the workspace is disabled then).
            def run() -> None:
                if self._workspace is not None and self._unlocked():
                    call(self._workspace)
            return run

        def show(key: str) -> Callable[[Workspace], None]:
            return lambda w: w.show_page(key)

        for spec in PAGES:
            if spec.shortcut:
                add(spec.title, spec.shortcut, in_workspace(show(spec.key)))
        self.new_entry_action = add(self.tr("New entry"), "Ctrl+N",
                                    in_workspace(lambda w: w.new_entry("")))
        self.search_action = add(self.tr("Search"), "Ctrl+F",
                                 in_workspace(Workspace.focus_search))
        self.lock_action = add(self.tr("Lock"), "Ctrl+L", self.lock)
        self.settings_action = add(self.tr("Settings"), "Ctrl+,", self.edit_settings)
        self.quick_exit_action = add(self.tr("Quick exit"), "Ctrl+Shift+Q", self.quick_exit)
        # In every window of Haven; while a modal dialog blocks the main window,
        # quick_exit_keys (an app-wide key filter) takes over.
        self.quick_exit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)

    def _default_size(self) -> None:
        size = QSize(1100, 760)
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry().size()
            size = size.boundedTo(QSize(int(available.width() * 0.9),
                                        int(available.height() * 0.9)))
        self.resize(size.expandedTo(self.minimumSize()))

    def _apply_name(self) -> None:
        """Window title, icon, taskbar name and sidebar title: "Haven", or the neutral
        name and icon in discreet mode. Never anything she wrote."""
        discreet.apply_to_app(self.settings)
        self.setWindowTitle(discreet.display_name(self.settings))
        self.setWindowIcon(discreet.icon(self.settings))
        if self._workspace is not None:
            self._workspace.set_title(discreet.display_name(self.settings))

    def _neutral(self) -> dict[str, Any]:
        if not self.settings.discreet:
            return {}
        return {"neutral_name": discreet.display_name(self.settings),
                "neutral_icon": discreet.icon(self.settings)}

    def _build_workspace(self, *, start_preload: bool = True) -> None:
        vault = self.vault
        assert vault is not None
        # Made inside the screens stack: moving a finished tree of widgets there
        # afterwards would restyle every one of them again (about 0.1 s).
        workspace = Workspace(vault, self.hub, self.settings, self.screens)
        workspace.lock_requested.connect(self.lock)
        workspace.quick_exit_requested.connect(self.quick_exit)
        workspace.settings_requested.connect(self.edit_settings)
        self._set_screen(workspace)
        import_qt_modules()
        if start_preload:  # after this event, which may still make the page she was on
            QTimer.singleShot(0, workspace, lambda: self._start_preload(workspace, vault))

    def _start_preload(self, workspace: Workspace, vault: Vault) -> None:
        # Not on the GUI thread when she first opens the journal, the trends, the
        # summary or the export: about 0.1 s of imports and 45 ms of first reads at
        # 100,000 entries. A failure (the vault locked meanwhile) only means the work is
        # done later. After an unlock it starts once her page and unsaved words are
        # back: its reads hold the main connection, which those would wait for.
        if workspace is self._workspace:
            workers.run_in_background(self, lambda: preload(vault),
                                      on_success=lambda _r: heap.settle(),  # its modules
                                      on_failure=lambda _e: None)

    def _set_screen(self, widget: QWidget) -> None:
        old = self.screens.currentWidget()
        self._settling = False
        self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)
        self._workspace = widget if isinstance(widget, Workspace) else None
        if old is not None:
            self.screens.removeWidget(old)
            old.hide()
            # Deleted (with everything she wrote in it) on the next turn of the event
            # loop, in an event of its own: a deleteLater() called outside a running
            # event loop waited for the next nested loop, e.g. into the unlock after.
            next_turn(old, old.deleteLater)
        # A screen that chose its own focus (the unlock page's passphrase field) keeps it.
        focus = self.focusWidget()
        if focus is None or not widget.isAncestorOf(focus):
            widget.setFocus()
