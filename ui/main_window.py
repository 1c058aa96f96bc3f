"""The one window: first run, unlock, or the workspace (sidebar and pages).

The title is always exactly "Haven" (in discreet mode the neutral name she chose); no
content ever appears in it. The workspace makes the hub's connections between pages;
the journal session (ui/session.py) decides when it is locked, closed or busy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import NotAVault
from journal.keyslots import DEFAULT_KDF, KdfParams
from journal.vault import Vault, read_keyfile
from ui import discreet, messages, workers
from ui.clipboard import SensitiveClipboard
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.keys_dialog import KeysDialog
from ui.dialogs.new_passphrase import NewPassphraseDialog
from ui.dialogs.recovery_code import RecoveryCodeDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.file_dialogs import choose_folder
from ui.hub import Hub
from ui.pages import PAGES, index_of
from ui.pages.safe_place_view import SafePlaceView
from ui.pages.today_cards import CheckinTodayCard, ReportCard, SafePlaceCard, StiFollowUpCard
from ui.pages.unlock import RetryDelay, UnlockPage
from ui.pages.welcome import WelcomePage
from ui.privacy import DoubleEscape, IdleWatcher, SessionWatcher, ShortcutWatcher
from ui.session import JournalSession, State
from ui.settings import Settings
from ui.sidebar import HELP_NOW_KEYS, Sidebar
from ui.widgets.reminder import CheckinReminder, ReminderBanner

WINDOW_TITLE = "Haven"
# Fits a 1280×800 screen at 150 % (853×533 device-independent pixels, less a panel),
# with room for the sidebar, the entry list and the editor.
MINIMUM_SIZE = QSize(840, 480)


def is_first_run(folder: Path) -> bool:
    """No journal yet: the folder is missing or empty."""
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


class _Page:
    """A sidebar page as an attribute of the workspace (`workspace.safety_page`): made
    the first time it is asked for."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __get__(self, workspace: Workspace | None, owner: type | None = None) -> Any:
        if workspace is None:
            return self
        return workspace.page(self.key)


def _preload(vault: Vault) -> None:
    """What she is likely to open next, made ready on a worker after unlock: the modules
    of the journal and trends pages (with QtCharts), the summary and the export
    imported, and what the journal page reads first read once, so that its pages of the
    database are decrypted in SQLCipher's cache (at 100,000 entries about 45 ms the
    first time, 10 after)."""
    import journal.export  # noqa: F401
    import ui.dialogs.report_dialog
    import ui.pages.journal_page
    import ui.pages.trends_page  # noqa: F401
    from journal.entries import EntryStore

    store = EntryStore(vault)
    store.month_counts()
    store.tags()
    store.count()


class Workspace(QWidget):
    """The unlocked app: a sidebar with the pages of `ui.pages.PAGES`, Lock and Quick
    exit. Each page but Today is made the first time it is shown or used (see `page`):
    making them all at unlock took most of half a second. Until then an empty stand-in
    keeps its place, so the page indexes never change."""

    lock_requested = Signal()
    quick_exit_requested = Signal()
    settings_requested = Signal()

    TODAY, JOURNAL, CHECKIN, TRENDS, SAFE_PLACES = (
        index_of(key) for key in ("today", "journal", "checkin", "trends", "safe_places"))

    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._hub = hub
        self._settings = settings
        self.pages = QStackedWidget(self)
        self._made: dict[str, QWidget] = {}
        for _spec in PAGES:
            self.pages.addWidget(QWidget(self.pages))
        today = self.page("today")

        # Today's cards for the other pages, and the calm view of her safe places.
        self.checkin_card = CheckinTodayCard(vault, today)
        self.safe_place_card = SafePlaceCard(today)
        self.report_card = ReportCard(today)
        self.sti_card = StiFollowUpCard(vault, settings.effective_language(), today)
        for section in (self.checkin_card, self.safe_place_card, self.report_card,
                        self.sti_card):
            today.add_section(section)
        self.sti_card.refresh()
        self.safe_place_view = SafePlaceView(vault, self)
        self.reminder_banner = ReminderBanner(self)
        self.reminder = CheckinReminder(settings, lambda: self.checkin_card.done_today, self)
        self.checkin_card.open_requested.connect(self.open_checkin)
        self.reminder_banner.open_requested.connect(self.open_checkin)
        self.reminder.due.connect(self.reminder_banner.show)
        self.safe_place_card.open_requested.connect(self.open_safe_place_view)
        self.safe_place_view.add_requested.connect(self._on_add_safe_place)
        self.report_card.open_requested.connect(self.open_report)
        self.sti_card.open_requested.connect(self.open_sti_tests)
        hub.open_record_requested.connect(self.open_record)
        # "Add to my session agenda" before the agenda page was ever shown: it is made
        # now and takes this request (from then on it listens to the hub itself).
        hub.agenda_add_requested.connect(self._on_agenda_add_requested)

        self.sidebar = Sidebar(PAGES, discreet.display_name(settings),
                               settings.quick_exit_shortcut, self)
        for name in ("nav_buttons", "nav_scroll", "help_now_button", "settings_button",
                     "lock_button", "quick_exit_button", "quick_exit_keys_label"):
            setattr(self, name, getattr(self.sidebar, name))
        self.sidebar_title = self.sidebar.title

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.reminder_banner)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)

        self.sidebar.page_chosen.connect(self.show_page)
        self.sidebar.settings_requested.connect(self.settings_requested)
        self.sidebar.help_now_requested.connect(self.open_help_now)
        self.sidebar.lock_requested.connect(self.lock_requested)
        self.sidebar.quick_exit_requested.connect(self.quick_exit_requested)
        for keys, slot in (("Ctrl+Shift+S", self.open_safe_place_view),
                           (HELP_NOW_KEYS, self.open_help_now)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- public ----------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.pages.count()

    @property
    def current_page(self) -> int:
        return self.pages.currentIndex()

    def page(self, key: str) -> Any:
        """The page called `key` ("journal", "safety", …), made now if it was not yet:
        in its place in the stack, so its index stays the same."""
        made = self._made.get(key)
        if made is not None:
            return made
        index = index_of(key)
        spec = PAGES[index]
        stand_in = self.pages.widget(index)
        was_current = self.pages.currentIndex() == index
        page = spec.page_class()(self._vault, self._hub, self._settings, self.pages)
        if key == "safe_places":
            page.comfort_requested.connect(self.open_safe_place_view)
        self._made[key] = page
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if was_current:
            self.pages.setCurrentIndex(index)
        return page

    def made_pages(self) -> dict[str, QWidget]:
        """The pages made so far, by key (Today is always made)."""
        return dict(self._made)

    def show_page(self, page: int | str) -> None:
        """Show a page, by its key or its index, and make it first if need be."""
        index = index_of(page) if isinstance(page, str) else page
        if not 0 <= index < self.pages.count() or index == self.pages.currentIndex():
            return
        self.save_pending()
        self.page(PAGES[index].key)
        self.pages.setCurrentIndex(index)
        self.sidebar.select(index)
        self._focus_page(self.pages.currentWidget())

    def set_title(self, text: str) -> None:
        """The sidebar title ("Haven" or the discreet name); the sidebar fits it."""
        self.sidebar.set_title(text)

    def save_pending(self) -> bool:
        """Flush any unsaved edit to the vault now. False if that failed (the page has
        then told her)."""
        # Only pages that were made can hold a draft; the journal's is saved last.
        keys = [spec.key for spec in PAGES if spec.key != "journal"] + ["journal"]
        pages = [self._made[key] for key in keys if key in self._made]
        return all([page.save_pending() is not False for page in pages
                    if hasattr(page, "save_pending")])

    def open_checkin(self) -> None:
        """Today's check-in (the latest, or a new one), in one step from anywhere."""
        self.show_page("checkin")
        self.checkin_page.open_today()

    def open_safe_place_view(self) -> None:
        self.save_pending()
        self.safe_place_view.open_view()

    def open_report(self) -> None:
        """The therapist summary dialog, on what is saved right now."""
        from ui.dialogs.report_dialog import ReportDialog

        self.save_pending()
        dialog = ReportDialog(self._vault, self._settings, self)
        self.report_dialog = dialog
        dialog.exec()
        self.report_dialog = None
        dialog.deleteLater()

    def open_record(self, kind: str, record_id: int) -> None:
        """A boundary card or a need, e.g. found by the journal search."""
        if kind == "boundary":
            self.show_page("boundaries")
            self.boundaries_page.open_boundary(record_id)
        elif kind == "need":
            self.show_page("needs")
            self.needs_page.open_need(record_id)

    def open_sti_tests(self) -> None:
        self.show_page("safety")
        self.safety_page.open_tests()

    def open_help_now(self) -> None:
        """The safety plan with the emergency numbers on top, in view."""
        self.show_page("safety")
        self.safety_page.open_help_now()

    def new_entry(self, prompt_id: str) -> None:
        self.show_page("journal")
        self.journal_page.new_entry(prompt_id or None)

    def focus_search(self) -> None:
        guidance = self._made.get("guidance")
        if guidance is not None and self.pages.currentWidget() is guidance:
            guidance.focus_search()  # Ctrl+F searches the articles
            return
        self.show_page("journal")
        self.journal_page.focus_search()

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_add_safe_place(self) -> None:
        self.show_page("safe_places")
        self.safe_places_page.new_place()

    @Slot(str, int, str)
    def _on_agenda_add_requested(self, kind: str, source_id: int, suggestion: str) -> None:
        if "agenda" in self._made:
            return  # the page, once made, takes the hub's requests itself
        if not self._vault.is_open:
            return  # locked meanwhile: this workspace is on its way out
        # Made here, the page's own connection to the hub counts from the next request
        # on (Qt does not call a slot connected while the signal is being emitted).
        self.page("agenda").add_from(kind, source_id, suggestion)

    # -- private ---------------------------------------------------------------------

    def _focus_page(self, page: QWidget) -> None:
        """Keyboard focus into the page just opened (its first control in Tab order), so
        no outline stays behind on the sidebar. A page that chose its own focus keeps
        it."""
        focus = QApplication.focusWidget()
        if focus is not None and page.isAncestorOf(focus) and focus.isVisible():
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not isinstance(widget, QScrollArea)):
                # In a row of choices (trends' periods), the chosen one.
                group = widget.group() if isinstance(widget, QAbstractButton) else None
                if group is not None and group.checkedButton() is not None:
                    widget = group.checkedButton()
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()
        page.setFocus(Qt.FocusReason.OtherFocusReason)


# Each page as an attribute, made when first asked for: workspace.journal_page, …
for _spec in PAGES:
    setattr(Workspace, f"{_spec.key}_page", _Page(_spec.key))


class MainWindow(QMainWindow):
    """Shows the welcome, unlock or workspace screen and moves between them."""

    quit_requested = Signal()

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
        self.journal_session = JournalSession(self)
        # Privacy: her text on the clipboard, the idle lock, Escape twice, screen lock.
        self.clipboard = SensitiveClipboard(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self.lock)
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
        hub.settings_changed.connect(self.apply_settings)

    # -- public ----------------------------------------------------------------------

    @property
    def vault(self) -> Vault | None:
        return self.journal_session.vault

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace

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

    @Slot(object)
    def open_workspace(self, vault: Vault) -> None:
        if not self.journal_session.begin(vault):
            return
        self._build_workspace()
        self.idle.start()
        self.clipboard.watching = True
        self.hub.vault_unlocked.emit()

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
                     on_failure: Callable[[BaseException], None]) -> bool:
        """Run `work(vault)` on a worker thread while nothing else uses the vault (see
        JournalSession.run_key_work). False if it cannot start now."""
        return self.journal_session.run_key_work(work, on_success, on_failure)

    @Slot()
    def edit_keys(self, parent: QWidget | None = None) -> None:
        """The "Passphrase and recovery code" dialog (only while the journal is open)."""
        if self._unlocked():
            KeysDialog.open_for(parent or self, self.run_key_work, kdf=self._kdf)

    # Import and export: through run_key_work, so the vault is theirs alone.
    def import_journal(self, parent: QWidget | None = None) -> None:
        if (self._unlocked() and ImportDialog.open_for(parent or self, self.run_key_work)
                and self._workspace is not None):
            self.rebuild()  # every page shows what came in

    def export_journal(self, parent: QWidget | None = None) -> None:
        if self._unlocked():
            ExportDialog.open_for(parent or self, self.run_key_work,
                                  neutral=self.settings.discreet)

    @Slot()
    def restore_from_backup(self, parent: QWidget | None = None) -> None:
        """Restore a backup into a new folder (never over this journal), then offer to
        open it; from then on it is the journal that opens."""
        restored = RestoreDialog.restore(parent or self, self.folder,
                                         neutral=self.settings.discreet)
        if restored is None or self._quitting():
            return
        if messages.confirm(
                parent or self, self.tr("Restored"),
                self.tr("Your backup is restored into this folder:\n%1\n\nOpen it now? "
                        "From then on it opens each time you start. The journal you used "
                        "until now stays as it is, in:\n%2")
                .replace("%1", str(restored)).replace("%2", str(self.folder)),
                yes_text=self.tr("Open it now"), no_text=self.tr("Not now")):
            self.open_folder(restored)

    def open_other_journal(self, parent: QWidget | None = None) -> None:
        """Settings, "Open another journal…": pick a folder that holds a journal, lock
        this one (the usual lock: drafts saved) and show the unlock screen of the chosen
        one, which opens from now on. Nothing is moved or deleted."""
        parent = parent or self
        title = self.tr("Open another journal")
        chosen = choose_folder(parent, self.tr("Choose the folder of a journal"))
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
        except Exception as exc:  # damaged, too new, unreadable: say which
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
    def quick_exit(self) -> None:
        """Save, lock and leave at once, without any question (JournalSession.quick_exit);
        then the neutral web page she chose, if any."""
        if self.journal_session.quick_exit():
            url = self.settings.quick_exit_url
            if url:
                QDesktopServices.openUrl(QUrl(url))

    @Slot()
    def edit_settings(self) -> None:
        keys = self.edit_keys if self.vault is not None else None
        transfer = ((self.import_journal, self.export_journal) if self.vault is not None
                    else None)
        journal = (self.folder if self.vault is not None else None,
                   self.open_other_journal)
        changed, _language_changed = SettingsDialog.edit(self, self.settings, keys=keys,
                                                         transfer=transfer,
                                                         restore=self.restore_from_backup,
                                                         journal=journal)
        if changed:
            self.hub.settings_changed.emit()

    def wait_until_closed(self, timeout_ms: int = 30_000) -> bool:
        """For tests and quitting: block until a lock's backup and close are done."""
        return self.journal_session.wait_until_closed(timeout_ms)

    def close_dialogs(self) -> None:
        """Nothing of an open dialog (a recovery code, a key change) stays on screen.
        Hidden ones are ended too (a lock hides them while key work finishes), so that
        no exec() is left waiting; ending a dialog twice does nothing harmful."""
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, KeysDialog):
                dialog.abandon()
            else:
                dialog.done(QDialog.DialogCode.Rejected)

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

        def done(_result: object) -> None:
            messages.info(self, self.tr("New passphrase"), self.tr(
                "From now on your journal opens with your new passphrase."))

        def failed(exc: BaseException) -> None:
            messages.error(self, self.tr("New passphrase"), messages.error_text(exc))

        self.run_key_work(lambda v: v.change_passphrase(passphrase, kdf=kdf), done, failed)

    @Slot()
    def _on_session_locked(self) -> None:
        if self.settings.lock_on_screen_lock:
            self.lock()

    @Slot()
    def _lock_if_minimised(self) -> None:
        if self.isMinimized():
            self.lock()

    @Slot(str)
    def _on_new_entry_requested(self, prompt_id: str) -> None:
        if self._workspace is not None:
            self._workspace.new_entry(prompt_id)

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

        for spec in PAGES:
            if spec.shortcut:
                add(spec.title, spec.shortcut,
                    in_workspace(lambda w, key=spec.key: w.show_page(key)))
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

    def _build_workspace(self) -> None:
        vault = self.vault
        assert vault is not None
        # Made inside the screens stack: moving a finished tree of widgets there
        # afterwards would restyle every one of them again (about 0.1 s).
        workspace = Workspace(vault, self.hub, self.settings, self.screens)
        workspace.lock_requested.connect(self.lock)
        workspace.quick_exit_requested.connect(self.quick_exit)
        workspace.settings_requested.connect(self.edit_settings)
        self._set_screen(workspace)
        # Not on the GUI thread when she first opens the journal, the trends, the
        # summary or the export: about 0.1 s of imports and 45 ms of first reads at
        # 100,000 entries. A failure (the vault locked meanwhile) only means the work is
        # done later.
        workers.run_in_background(self, lambda: _preload(vault),
                                  on_success=lambda _r: None, on_failure=lambda _e: None)

    def _set_screen(self, widget: QWidget) -> None:
        old = self.screens.currentWidget()
        self.screens.addWidget(widget)
        self.screens.setCurrentWidget(widget)
        self._workspace = widget if isinstance(widget, Workspace) else None
        if old is not None:
            self.screens.removeWidget(old)
            old.hide()
            # Deleted (with everything she wrote in it) on the next turn of the event
            # loop, in an event of its own: a deleteLater() called outside a running
            # event loop waited for the next nested loop, e.g. into the unlock after.
            QTimer.singleShot(0, old, old.deleteLater)
        # A screen that chose its own focus (the unlock page's passphrase field) keeps it.
        focus = self.focusWidget()
        if focus is None or not widget.isAncestorOf(focus):
            widget.setFocus()
