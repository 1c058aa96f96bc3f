"""The one window: first run, unlock, or the workspace (sidebar and pages).

The title is always exactly "Haven" (in discreet mode the neutral name she chose); no
content ever appears in it. This module makes
the hub's connections between pages.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QFont,
    QFontMetrics,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
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
from ui.pages.checkin_page import CheckinPage, CheckinTodayCard
from ui.pages.safe_place_view import SafePlaceView
from ui.pages.safety_page import SafetyPage, StiFollowUpCard  # issue 6
from ui.pages.today_page import TodayPage
from ui.pages.unlock import RetryDelay, UnlockPage
from ui.pages.welcome import WelcomePage
from ui.privacy import DoubleEscape, IdleWatcher, SessionWatcher, ShortcutWatcher
from ui.settings import Settings
from ui.widgets import button, card, label
from ui.widgets.reminder import CheckinReminder, ReminderBanner

WINDOW_TITLE = "Haven"
SIDEBAR_WIDTH = 160  # at least; wider when a (bold) link or the title needs it
SIDEBAR_MARGIN = 8
NAV_PADDING = 10  # left and right padding of a sidebar link (base.qss), plus
NAV_BORDER = 1  # its border (transparent but for the focus outline)
TITLE_POINT_SIZES = (15, 14, 13, 12, 11)  # a long discreet name gets a smaller title
HELP_NOW_KEYS = "Ctrl+H"  # H for help (and hulp)
# Fits a 1280×800 screen at 150 % (853×533 device-independent pixels, less a panel),
# with room for the sidebar, the entry list and the editor.
MINIMUM_SIZE = QSize(840, 480)
# How long unlocking waits for the backup of the session before (made as it locked),
# and closing for work on the vault under way (an export, a re-encryption).
CLOSE_WAIT_SECONDS = 600
WORKER_WAIT_MS = 30_000  # how long closing waits for other work on worker threads


def is_first_run(folder: Path) -> bool:
    """No journal yet: the folder is missing or empty."""
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def _page_class(module: str, name: str) -> type[QWidget]:
    """A page's class, its module imported the first time the page is made (trends
    brings QtCharts along): none of them is needed to show the unlock screen."""
    return getattr(importlib.import_module(f"ui.pages.{module}"), name)


class _Page:
    """A sidebar page as an attribute of the workspace (`workspace.safety_page`): made
    the first time it is asked for."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = name.removesuffix("_page")

    def __get__(self, workspace: Workspace | None, owner: type | None = None) -> Any:
        if workspace is None:
            return self
        return workspace.page(self.key)


def _preload(vault: Vault) -> None:
    """What she is likely to open next, made ready on a worker after unlock (issue 10):
    the modules of the journal and trends pages (with QtCharts), the summary and the
    export imported, and what the journal page reads first read once, so that its pages
    of the database are decrypted in SQLCipher's cache (at 100,000 entries about 45 ms
    the first time, 10 after)."""
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
    """The unlocked app: a sidebar with the pages that exist, Lock and Quick exit."""

    lock_requested = Signal()
    quick_exit_requested = Signal()
    settings_requested = Signal()

    TODAY, JOURNAL = 0, 1

    journal_page = _Page()
    checkin_page = _Page()
    trends_page = _Page()
    safe_places_page = _Page()
    boundaries_page = _Page()
    needs_page = _Page()
    safety_page = _Page()
    support_page = _Page()
    agenda_page = _Page()
    guidance_page = _Page()
    # The pages whose drafts save_pending() saves, in this order (the journal last).
    DRAFT_PAGES = ("checkin", "safe_places", "boundaries", "needs", "safety", "support",
                   "agenda", "guidance")

    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._hub = hub

        self._settings = settings
        self.today_page = TodayPage(vault, hub, settings, self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.today_page)
        # Every other page is made the first time it is shown or used (see `page`):
        # making them all at unlock took most of half a second (issue 10). Until then
        # an empty stand-in keeps its place, so the page indexes never change.
        self._factories: dict[str, Callable[[], QWidget]] = {}
        self._slots: dict[str, int] = {}
        self._made: dict[str, QWidget] = {}
        self._lazy("journal", lambda: _page_class("journal_page", "JournalPage")(
            vault, hub, settings, self.pages))
        # Check-ins, trends and safe places (pages, Today cards, the calm view).
        self.CHECKIN = self._lazy("checkin", lambda: CheckinPage(vault, hub, settings,
                                                                 self.pages))
        self.TRENDS = self._lazy("trends", self._make_trends_page)
        self.SAFE_PLACES = self._lazy("safe_places", self._make_safe_places_page)
        self.checkin_card = CheckinTodayCard(vault, self.today_page)
        self.today_page.add_section(self.checkin_card)
        self.safe_place_card = card(self.today_page)
        safe_row = QHBoxLayout(self.safe_place_card)
        safe_row.setContentsMargins(18, 14, 18, 14)
        safe_row.addWidget(label(self.tr("When it all gets too much, go to one of your safe "
                                         "places for a moment."), parent=self.safe_place_card),
                           1)
        self.safe_place_button = button(self.tr("Take me to a safe place"),
                                        parent=self.safe_place_card)
        self.safe_place_button.setToolTip(self.tr("A calm view with a breathing guide "
                                                  "(Ctrl+Shift+S)"))
        safe_row.addWidget(self.safe_place_button)
        self.today_page.add_section(self.safe_place_card)
        self.safe_place_view = SafePlaceView(vault, self)
        self.reminder_banner = ReminderBanner(self)
        self.reminder = CheckinReminder(settings, lambda: self.checkin_card.done_today, self)
        self.checkin_card.open_requested.connect(self.open_checkin)
        self.reminder_banner.open_requested.connect(self.open_checkin)
        self.reminder.due.connect(self.reminder_banner.show)
        self.safe_place_button.clicked.connect(self.open_safe_place_view)
        self.safe_place_view.add_requested.connect(self._on_add_safe_place)
        for keys, slot in (("Ctrl+3", lambda: self.show_page(self.CHECKIN)),
                           ("Ctrl+4", lambda: self.show_page(self.TRENDS)),
                           ("Ctrl+5", lambda: self.show_page(self.SAFE_PLACES)),
                           ("Ctrl+Shift+S", self.open_safe_place_view)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        # The boundaries worksheet and "what do I need?" (issue 4).
        self._lazy("boundaries", lambda: _page_class("boundaries_page", "BoundariesPage")(
            vault, hub, settings, self.pages))
        self._lazy("needs", lambda: _page_class("needs_page", "NeedsPage")(
            vault, hub, settings, self.pages))
        hub.open_record_requested.connect(self.open_record)
        # The summary for her therapist (issue 7): a card on Today opens the dialog.
        self.report_card = card(self.today_page)
        report_row = QHBoxLayout(self.report_card)
        report_row.setContentsMargins(18, 14, 18, 14)
        report_row.addWidget(label(self.tr("Seeing your therapist soon? Make a summary to "
                                           "take along."), parent=self.report_card), 1)
        self.report_button = button(self.tr("Make a summary"), parent=self.report_card)
        report_row.addWidget(self.report_button)
        self.today_page.add_section(self.report_card)
        self.report_button.clicked.connect(self.open_report)
        # Safety plan, support network, session agenda and guidance (issue 6).
        self._lazy("safety", lambda: SafetyPage(vault, hub, settings, self.pages))
        for key, module, name in (("support", "support_page", "SupportPage"),
                                  ("agenda", "agenda_page", "AgendaPage"),
                                  ("guidance", "guidance_page", "GuidancePage")):
            self._lazy(key, lambda m=module, n=name: _page_class(m, n)(vault, hub, settings,
                                                                        self.pages))
        # "Add to my session agenda" before the agenda page was ever shown: it is made
        # now and takes this request (from then on it listens to the hub itself).
        hub.agenda_add_requested.connect(self._on_agenda_add_requested)
        self.sti_card = StiFollowUpCard(vault, settings.effective_language(), self.today_page)
        self.today_page.add_section(self.sti_card)
        self.sti_card.refresh()
        self.sti_card.open_requested.connect(self.open_sti_tests)

        sidebar = QFrame(self)
        sidebar.setObjectName("sidebar")
        self.sidebar = sidebar
        title = QLabel(sidebar)
        title.setObjectName("sidebarTitle")
        title.setText(discreet.display_name(settings))
        self.sidebar_title = title
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.nav_buttons = []
        # The page links scroll when the window is low; Help now, Lock and Quick exit
        # below them are always in view (new-user review, findings 2 and 4).
        self.nav_scroll = QScrollArea(sidebar)
        self.nav_scroll.setObjectName("sidebarScroll")
        self.nav_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.nav_scroll.setWidgetResizable(True)
        self.nav_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav_scroll.viewport().setObjectName("sidebarViewport")
        nav_box = QWidget(self.nav_scroll)
        nav_box.setObjectName("sidebarNav")
        names = [(self.tr("Today"), "Ctrl+1")]
        if "journal" in self._slots:
            names.append((self.tr("Journal"), "Ctrl+2"))
        names += [(self.tr("Check-in"), "Ctrl+3"), (self.tr("Trends"), "Ctrl+4"),
                  (self.tr("Safe places"), "Ctrl+5"), (self.tr("Boundaries"), "Ctrl+6"),
                  (self.tr("Needs"), "Ctrl+7")]
        names += [(self.tr("Safety plan"), "Ctrl+8"), (self.tr("Support"), "Ctrl+9"),
                  (self.tr("Next session"), ""), (self.tr("Guidance"), "")]  # issue 6
        for index, (name, keys) in enumerate(names):
            nav = button(name, "navButton", parent=nav_box)
            nav.setCheckable(True)
            native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            nav.setToolTip(f"{name} ({native})" if native else name)
            self.nav_group.addButton(nav, index)
            self.nav_buttons.append(nav)
        self.nav_buttons[0].setChecked(True)
        # Always in view: the emergency numbers, one click from every page (issue 6).
        self.help_now_button = button(self.tr("Help now"), "helpNowButton", parent=sidebar,
                                      accessible=self.tr("Help now: emergency numbers"))
        help_keys = QKeySequence(HELP_NOW_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
        tip = self.tr("Emergency numbers and your safety plan")  # lupdate misses tr() in f-strings
        self.help_now_button.setToolTip(f"{tip} ({help_keys})")
        self.settings_button = button(self.tr("Settings"), "navButton", parent=nav_box)
        self.lock_button = button(self.tr("Lock"), parent=sidebar,
                                  accessible=self.tr("Lock Haven"))
        self.lock_button.setToolTip(self.tr("Lock your journal (Ctrl+L)"))
        self.quick_exit_button = button(self.tr("Quick exit"), parent=sidebar,
                                        accessible=self.tr("Quick exit: save and close now"))
        keys = QKeySequence(settings.quick_exit_shortcut).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.quick_exit_button.setToolTip(
            self.tr("Save and close at once (%1, or Escape twice)").replace("%1", keys)
            if keys else self.tr("Save and close at once (Escape twice)"))
        # The keys in view, not only in a tooltip (finding 18).
        self.quick_exit_keys_label = QLabel(self.tr("Press Esc twice"), sidebar)
        self.quick_exit_keys_label.setObjectName("keysHint")
        self.quick_exit_keys_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        nav_layout = QVBoxLayout(nav_box)
        nav_layout.setContentsMargins(0, 0, 0, 0)
        nav_layout.setSpacing(2)
        for nav in self.nav_buttons:
            nav_layout.addWidget(nav)
        nav_layout.addStretch(1)
        nav_layout.addSpacing(6)
        nav_layout.addWidget(self.settings_button)
        self.nav_scroll.setWidget(nav_box)
        self._nav_layout = nav_layout
        self.nav_scroll.verticalScrollBar().rangeChanged.connect(self._fit_scroll_margin)

        side = QVBoxLayout(sidebar)
        side.setContentsMargins(SIDEBAR_MARGIN, 14, 0, 12)
        side.setSpacing(4)
        for widget in (title, self.help_now_button, self.lock_button, self.quick_exit_button,
                       self.quick_exit_keys_label):
            widget.setProperty("sidebarRight", SIDEBAR_MARGIN)
        side.addLayout(self._right_margin(title))
        side.addWidget(self.nav_scroll, 1)
        side.addSpacing(6)
        side.addLayout(self._right_margin(self.help_now_button))
        side.addSpacing(8)
        side.addLayout(self._right_margin(self.lock_button))
        side.addLayout(self._right_margin(self.quick_exit_button))
        side.addLayout(self._right_margin(self.quick_exit_keys_label))
        self._fit_sidebar()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(sidebar)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.reminder_banner)
        right.addWidget(self.pages, 1)
        layout.addLayout(right, 1)

        self.nav_group.idClicked.connect(self.show_page)
        self.settings_button.clicked.connect(self.settings_requested)
        self.help_now_button.clicked.connect(self.open_help_now)
        self.lock_button.clicked.connect(self.lock_requested)
        self.quick_exit_button.clicked.connect(self.quick_exit_requested)
        help_now = QAction(self)
        help_now.setShortcut(QKeySequence(HELP_NOW_KEYS))
        help_now.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        help_now.triggered.connect(self.open_help_now)
        self.addAction(help_now)
        self.help_now_action = help_now
        previous = self.nav_buttons[-1]
        for widget in (self.settings_button, self.help_now_button, self.lock_button,
                       self.quick_exit_button):
            QWidget.setTabOrder(previous, widget)
            previous = widget

    # -- public ----------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.pages.count()

    @property
    def current_page(self) -> int:
        return self.pages.currentIndex()

    def page(self, key: str) -> Any:
        """The page called `key` ("journal", "safety", …), made now if it was not yet:
        in its place in the stack, so its index stays the same. None if there is no
        such page."""
        made = self._made.get(key)
        if made is not None or key not in self._factories:
            return made
        index = self._slots[key]
        stand_in = self.pages.widget(index)
        was_current = self.pages.currentIndex() == index
        page = self._factories.pop(key)()
        self._made[key] = page
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if was_current:
            self.pages.setCurrentIndex(index)
        return page

    def made_pages(self) -> dict[str, QWidget]:
        """The pages made so far, by key (Today is always made)."""
        return {"today": self.today_page, **self._made}

    def show_page(self, index: int) -> None:
        if not 0 <= index < self.pages.count() or index == self.pages.currentIndex():
            return
        self.save_pending()
        for key, slot in self._slots.items():
            if slot == index:
                self.page(key)
        self.pages.setCurrentIndex(index)
        self.nav_buttons[index].setChecked(True)
        self.nav_scroll.ensureWidgetVisible(self.nav_buttons[index], 0, 0)
        self._focus_page(self.pages.currentWidget())

    def set_title(self, text: str) -> None:
        """The sidebar title ("Haven" or the discreet name); the sidebar fits it."""
        self.sidebar_title.setText(text)
        self._fit_sidebar()

    def save_pending(self) -> bool:
        """Flush any unsaved edit to the vault now. False if that failed (the page has
        then told her)."""
        # Only pages that were made can hold a draft.
        saved = [self._made[key].save_pending() for key in self.DRAFT_PAGES
                 if key in self._made]
        if "journal" in self._made:
            saved.append(self._made["journal"].save_pending() is not False)
        return all(saved)

    def open_checkin(self) -> None:
        """Today's check-in (the latest, or a new one), in one step from anywhere."""
        self.show_page(self.CHECKIN)
        self.checkin_page.open_today()

    def open_safe_place_view(self) -> None:
        self.save_pending()
        self.safe_place_view.open_view()

    def _on_add_safe_place(self) -> None:
        self.show_page(self.SAFE_PLACES)
        self.safe_places_page.new_place()

    def open_report(self) -> None:
        """The therapist summary dialog (issue 7), on what is saved right now."""
        from ui.dialogs.report_dialog import ReportDialog

        self.save_pending()
        dialog = ReportDialog(self._vault, self._settings, self)
        self.report_dialog = dialog
        dialog.exec()
        self.report_dialog = None
        dialog.deleteLater()

    def show_boundaries(self) -> None:
        self.show_page(self._slots["boundaries"])

    def show_needs(self) -> None:
        self.show_page(self._slots["needs"])

    def open_record(self, kind: str, record_id: int) -> None:
        """A boundary card or a need, e.g. found by the journal search."""
        if kind == "boundary":
            self.show_boundaries()
            self.boundaries_page.open_boundary(record_id)
        elif kind == "need":
            self.show_needs()
            self.needs_page.open_need(record_id)

    def show_safety(self) -> None:
        self.show_page(self._slots["safety"])

    def show_support(self) -> None:
        self.show_page(self._slots["support"])

    def open_sti_tests(self) -> None:
        self.show_safety()
        self.safety_page.open_tests()

    def open_help_now(self) -> None:
        """The safety plan with the emergency numbers on top, in view."""
        self.show_safety()
        self.safety_page.open_help_now()

    def new_entry(self, prompt_id: str) -> None:
        if "journal" not in self._slots:
            return
        self.show_page(self.JOURNAL)
        self.journal_page.new_entry(prompt_id or None)

    def focus_search(self) -> None:
        guidance = self._made.get("guidance")
        if guidance is not None and self.pages.currentWidget() is guidance:
            guidance.focus_search()  # Ctrl+F searches the articles
            return
        if "journal" not in self._slots:
            return
        self.show_page(self.JOURNAL)
        self.journal_page.focus_search()

    # -- private ---------------------------------------------------------------------

    def _lazy(self, key: str, factory: Callable[[], QWidget]) -> int:
        """A page made by `factory` when first needed; an empty stand-in keeps its
        index in the stack until then."""
        index = self.pages.addWidget(QWidget(self.pages))
        self._factories[key] = factory
        self._slots[key] = index
        return index

    def _make_trends_page(self) -> QWidget:
        return _page_class("trends_page", "TrendsPage")(self._vault, self._hub,
                                                         self._settings, self.pages)

    def _make_safe_places_page(self) -> QWidget:
        page = _page_class("safe_places_page", "SafePlacesPage")(
            self._vault, self._hub, self._settings, self.pages)
        page.comfort_requested.connect(self.open_safe_place_view)
        return page

    @Slot(str, int, str)
    def _on_agenda_add_requested(self, kind: str, source_id: int, suggestion: str) -> None:
        if "agenda" in self._made or "agenda" not in self._factories:
            return  # the page, once made, takes the hub's requests itself
        if not self._vault.is_open:
            return  # locked meanwhile: this workspace is on its way out
        # Made here, the page's own connection to the hub counts from the next request
        # on (Qt does not call a slot connected while the signal is being emitted).
        self.page("agenda").add_from(kind, source_id, suggestion)

    def _focus_page(self, page: QWidget) -> None:
        """Keyboard focus into the page just opened (its first control in Tab order), so
        no outline stays behind on the sidebar (finding 11). A page that chose its own
        focus keeps it."""
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

    @staticmethod
    def _right_margin(widget: QWidget) -> QHBoxLayout:
        """The sidebar's right margin: the link list runs to the edge (for its thin
        scroll bar), everything else keeps SIDEBAR_MARGIN."""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, SIDEBAR_MARGIN, 0)
        row.addWidget(widget)
        return row

    @Slot()
    def _fit_scroll_margin(self) -> None:
        """Links end where the buttons below end, with or without the scroll bar."""
        bar = self.nav_scroll.verticalScrollBar()
        shown = bar.maximum() > 0
        room = SIDEBAR_MARGIN - (bar.sizeHint().width() if shown else 0)
        self._nav_layout.setContentsMargins(0, 0, max(room, 2), 0)

    def _fit_sidebar(self) -> None:
        """Wide enough that no link is cut, not even the chosen (bold) one; the title
        (e.g. a long discreet name) takes a smaller size rather than being cut."""
        needed = 0
        for nav in [*self.nav_buttons, self.settings_button]:
            nav.ensurePolished()
            needed = max(needed, self.bold_width(nav) + 2 * (NAV_PADDING + NAV_BORDER))
        width = max(SIDEBAR_WIDTH, needed + 2 * SIDEBAR_MARGIN)
        self.sidebar.setFixedWidth(width)
        title = self.sidebar_title
        title.setStyleSheet("")
        title.ensurePolished()
        margins = title.contentsMargins()
        room = width - 2 * SIDEBAR_MARGIN - margins.left() - margins.right()
        font = QFont(title.font())
        for size in TITLE_POINT_SIZES:
            font.setPointSizeF(size)
            if QFontMetrics(font).horizontalAdvance(title.text()) <= room:
                break
        title.setStyleSheet(f"font-size: {size}pt;")

    @staticmethod
    def bold_width(nav: QWidget) -> int:
        """How wide a sidebar link's text is when it is the chosen (bold) one."""
        bold = QFont(nav.font())
        bold.setWeight(QFont.Weight.DemiBold)
        return QFontMetrics(bold).horizontalAdvance(nav.text())


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
        self._vault: Vault | None = None
        self._workspace: Workspace | None = None
        self._quitting = False
        self._leaving = False  # a quick exit is under way: nothing may show any more
        self._backup_checked = False  # the automatic backup is tried once per unlock
        # Key work (passphrase, recovery code, re-encryption) on a worker thread: the
        # vault is not the GUI's meanwhile, and a lock waits for it.
        self._key_work = False
        self._lock_after_key_work = False
        # Set while no vault of this window is still being backed up and closed.
        self._closed = threading.Event()
        self._closed.set()
        # Privacy: her text on the clipboard, the idle lock, Escape twice, screen lock.
        self.clipboard = SensitiveClipboard(self)
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(self._on_idle)
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
        return self._vault

    @property
    def workspace(self) -> Workspace | None:
        return self._workspace

    @property
    def current_screen(self) -> QWidget | None:
        return self.screens.currentWidget()

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
                          before_open=self._wait_until_closed, **self._neutral())
        page.unlocked.connect(self.open_workspace)
        page.used_recovery_code.connect(self._on_used_recovery_code)
        page.restore_requested.connect(self.restore_from_backup)
        self._set_screen(page)

    @Slot(object)
    def open_workspace(self, vault: Vault) -> None:
        if self._quitting or self._leaving:
            # Unlocked on a worker while the window closed (a migration takes seconds
            # at 100,000 entries): nothing is shown, and the journal is closed again.
            vault.close()
            return
        self._vault = vault
        self._backup_checked = False
        self._build_workspace()
        self.idle.start()
        self.clipboard.watching = True
        self.hub.vault_unlocked.emit()
        self._check_backups(vault)

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

    @property
    def key_work_running(self) -> bool:
        return self._key_work

    def run_key_work(self, work: Callable[[Vault], Any], on_success: Callable[[Any], None],
                     on_failure: Callable[[BaseException], None]) -> bool:
        """Run `work(vault)` on a worker thread while nothing else uses the vault: what
        is pending is saved first, the workspace is disabled, and a lock waits until it
        is done (then the result is not delivered). False if it cannot start now."""
        vault = self._vault
        if vault is None or self._key_work:
            return False
        saved, _problem = self._save_pending()
        if not saved:
            return False  # the page has said why; she can try again once it is saved
        self._key_work = True
        if self._workspace is not None:
            self._workspace.setEnabled(False)

        def finish() -> bool:
            """Back on the GUI thread: whether the result is still wanted."""
            self._key_work = False
            if self._workspace is not None:
                self._workspace.setEnabled(True)
            if self._lock_after_key_work:
                self._lock_after_key_work = False
                self.lock()
                return False
            return self._vault is vault and not self._quitting

        def succeeded(result: Any) -> None:
            if finish():
                on_success(result)

        def failed(exc: BaseException) -> None:
            if finish():
                on_failure(exc)

        workers.run_in_background(self, lambda: work(vault), on_success=succeeded,
                                  on_failure=failed)
        return True

    @Slot()
    def edit_keys(self, parent: QWidget | None = None) -> None:
        """The "Passphrase and recovery code" dialog (only while the journal is open)."""
        if self._vault is None or self._key_work:
            return
        KeysDialog.open_for(parent or self, self.run_key_work, kdf=self._kdf,
                            refresh_backups=self._backup_refresher())

    # Import and export (issue 9): through run_key_work, so the vault is theirs alone.
    def import_journal(self, parent: QWidget | None = None) -> None:
        if (self._vault is not None and not self._key_work
                and ImportDialog.open_for(parent or self, self.run_key_work)
                and self._workspace is not None):
            self.rebuild()  # every page shows what came in

    def export_journal(self, parent: QWidget | None = None) -> None:
        if self._vault is not None and not self._key_work:
            ExportDialog.open_for(parent or self, self.run_key_work,
                                  neutral=self.settings.discreet)

    @Slot()
    def restore_from_backup(self, parent: QWidget | None = None) -> None:
        """Restore a backup into a new folder (never over this journal), then offer to
        open it; from then on it is the journal that opens."""
        restored = RestoreDialog.restore(parent or self, self.folder,
                                         neutral=self.settings.discreet)
        if restored is None or self._leaving or self._quitting:
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
        if not chosen or self._leaving or self._quitting:
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
        if self._vault is None:
            self._close_dialogs()  # settings too: the unlock screen of the chosen one shows

    def open_folder(self, folder: Path) -> None:
        """Lock the journal open now and show the unlock screen of the one in `folder`,
        which opens from now on."""
        self.lock()
        if self._vault is not None:
            return  # she chose to stay, or key work is still running
        self.folder = Path(folder)
        self.settings.vault_folder = str(self.folder)
        self.settings.sync()
        self.start()

    @Slot()
    def lock(self) -> None:
        """Save what is pending, close the vault and show the unlock screen."""
        if self._vault is None:
            return
        if self._key_work:
            # The vault is busy on a worker thread: hide everything now, lock as soon
            # as it is done.
            self._lock_after_key_work = True
            if self._workspace is not None:
                self._workspace.hide()
            for dialog in self.findChildren(QDialog):
                dialog.hide()
            return
        saved, problem = self._save_pending()
        if not saved and not messages.confirm(
                self, self.tr("Not saved"),
                (problem + "\n\n" if problem else "")
                + self.tr("Your latest changes could not be saved. If you lock now, they "
                          "are lost. Lock anyway?"), destructive=True,
                yes_text=self.tr("Lock anyway"), no_text=self.tr("Go back")):
            return  # she stays, with her text, and can copy it somewhere safe
        self.hub.vault_locked.emit()
        self._close_dialogs()
        self.show_unlock()  # the workspace is hidden and deleted
        self._close_vault_in_background()

    @Slot()
    def quick_exit(self) -> None:
        """Save, lock and leave at once, without any question: every window of Haven
        disappears first, open dialogs and message boxes too (hiding a dialog ends its
        exec() with "rejected", so the code waiting on it goes on safely); the rest
        (backup, closing the vault) happens unseen."""
        if self._quitting or self._leaving:
            return
        self._leaving = True
        if not self._key_work:  # else saved before the key work began
            self._save_pending()
        while (modal := QApplication.activeModalWidget()) is not None and modal.isVisible():
            modal.hide()  # the innermost first
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        self.close()
        url = self.settings.quick_exit_url
        if url:
            QDesktopServices.openUrl(QUrl(url))

    @Slot()
    def edit_settings(self) -> None:
        keys = self.edit_keys if self._vault is not None else None
        transfer = ((self.import_journal, self.export_journal) if self._vault is not None
                    else None)
        journal = (self.folder if self._vault is not None else None,
                   self.open_other_journal)
        changed, _language_changed = SettingsDialog.edit(self, self.settings, keys=keys,
                                                         transfer=transfer,
                                                         restore=self.restore_from_backup,
                                                         journal=journal)
        if changed:
            self.hub.settings_changed.emit()

    # -- events ----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if (event.type() == QEvent.Type.WindowStateChange and self.isMinimized()
                and self._vault is not None and self.settings.lock_on_minimise):
            QTimer.singleShot(0, self._lock_if_minimised)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Quick exit and close never ask: leaving at once matters more here.
        self._quitting = True
        busy = self._vault is None or self._key_work  # key work: saved before it began
        _saved, problem = self._save_pending() if not busy else (True, None)
        if self._vault is not None:
            self.hub.vault_locked.emit()
        self.hide()
        self._close_dialogs()
        # Here the backup runs on the GUI thread: the window is gone already, and the
        # process must wait for it anyway before it ends.
        # Key work still using the vault finishes first, up to ten minutes (the
        # window is gone already): leaving in the middle of an export would leave its
        # half-written temporary file behind, in clear if it has no password.
        workers.wait_for_all(CLOSE_WAIT_SECONDS * 1000 if self._key_work
                             else WORKER_WAIT_MS)
        backup_problem = self._backup_if_due()
        self._close_vault()
        self.settings.save_geometry(self)
        self.settings.sync()
        super().closeEvent(event)
        if self._leaving:
            pass  # a quick exit shows nothing, not even a problem
        elif problem is not None:
            messages.error(None, self.tr("Not saved"), problem)
        elif backup_problem is not None:
            messages.error(None, self.tr("Backup"), backup_problem)
        self.quit_requested.emit()

    # -- private slots ---------------------------------------------------------------

    @Slot(object, str)
    def _on_created(self, vault: Vault, code: str) -> None:
        self._vault = vault
        RecoveryCodeDialog.show_code(self, code)
        if self._vault is vault and vault.is_open:  # not closed meanwhile
            self.open_workspace(vault)

    @Slot()
    def _on_used_recovery_code(self) -> None:
        # Called once the workspace shows: offer a new passphrase, then set it off the
        # GUI thread (only keys.json changes, atomically).
        QTimer.singleShot(0, self._offer_new_passphrase)

    @Slot()
    def _offer_new_passphrase(self) -> None:
        vault = self._vault
        if vault is None:
            return
        passphrase, ok = NewPassphraseDialog.get_passphrase(self)
        if not ok or self._vault is not vault:
            return
        kdf = self._kdf

        refresh = self._backup_refresher()

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

    def _backup_refresher(self) -> Callable[[Vault], None]:
        """After a new key: the automatic backups (her backup folder, and the journal's
        own) brought to it, on whichever thread runs the key work."""
        from journal.backup import default_folder, refresh_backups

        folders = list(dict.fromkeys([self.backup_folder(), default_folder(self.folder)]))
        neutral = self.settings.discreet

        def refresh(vault: Vault) -> None:
            for folder in folders:
                refresh_backups(vault, folder, neutral=neutral)
        return refresh

    @Slot()
    def _on_idle(self) -> None:
        self.lock()

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

    def _make_actions(self) -> None:
        def add(text: str, keys: str, slot: Callable[[], None], *, always: bool = False
                ) -> QAction:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            action.setProperty("needs_vault", not always)
            self.addAction(action)
            return action

        self.new_entry_action = add(self.tr("New entry"), "Ctrl+N",
                                    lambda: self._in_workspace(lambda w: w.new_entry("")))
        self.search_action = add(self.tr("Search"), "Ctrl+F",
                                 lambda: self._in_workspace(Workspace.focus_search))
        self.lock_action = add(self.tr("Lock"), "Ctrl+L", self.lock)
        self.today_action = add(self.tr("Today"), "Ctrl+1",
                                lambda: self._in_workspace(lambda w: w.show_page(w.TODAY)))
        self.journal_action = add(self.tr("Journal"), "Ctrl+2",
                                  lambda: self._in_workspace(lambda w: w.show_page(w.JOURNAL)))
        self.boundaries_action = add(self.tr("Boundaries"), "Ctrl+6",
                                     lambda: self._in_workspace(Workspace.show_boundaries))
        self.needs_action = add(self.tr("Needs"), "Ctrl+7",
                                lambda: self._in_workspace(Workspace.show_needs))
        self.safety_action = add(self.tr("Safety plan"), "Ctrl+8",  # issue 6
                                 lambda: self._in_workspace(Workspace.show_safety))
        self.support_action = add(self.tr("Support network"), "Ctrl+9",
                                  lambda: self._in_workspace(Workspace.show_support))
        self.settings_action = add(self.tr("Settings"), "Ctrl+,", self.edit_settings,
                                   always=True)
        self.quick_exit_action = add(self.tr("Quick exit"), "Ctrl+Shift+Q", self.quick_exit,
                                     always=True)
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

    def _in_workspace(self, call: Callable[[Workspace], None]) -> None:
        if self._workspace is not None:
            call(self._workspace)

    def _build_workspace(self) -> None:
        assert self._vault is not None
        # Made inside the screens stack: moving a finished tree of widgets there
        # afterwards would restyle every one of them again (about 0.1 s).
        workspace = Workspace(self._vault, self.hub, self.settings, self.screens)
        workspace.lock_requested.connect(self.lock)
        workspace.quick_exit_requested.connect(self.quick_exit)
        workspace.settings_requested.connect(self.edit_settings)
        self._set_screen(workspace)
        self._workspace = workspace
        # Not on the GUI thread when she first opens the journal, the trends, the
        # summary or the export: about 0.1 s of imports and 45 ms of first reads at
        # 100,000 entries.
        # A failure (the vault locked meanwhile) only means the work is done later.
        vault = self._vault
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
            # event loop waited for the next nested loop, e.g. into the unlock after
            # (issue 10).
            QTimer.singleShot(0, old, old.deleteLater)
        # A screen that chose its own focus (the unlock page's passphrase field) keeps it.
        focus = self.focusWidget()
        if focus is None or not widget.isAncestorOf(focus):
            widget.setFocus()

    def _save_pending(self) -> tuple[bool, str | None]:
        """Flush the open page: whether that worked, and a translated problem if it
        raised. A failure the page reported itself needs no words here."""
        if self._workspace is None:
            return True, None
        try:
            return self._workspace.save_pending(), None
        except Exception as exc:  # locking must not be stopped by a failure
            return False, messages.error_text(exc)

    def backup_folder(self) -> Path:
        from journal.backup import default_folder

        chosen = self.settings.backup_folder
        return Path(chosen) if chosen else default_folder(self.folder)

    def _backup_job(self, vault: Vault) -> Callable[[], None] | None:
        """The automatic backup (at most once a day, on lock and exit) as a function
        that may run on any thread; None when it was tried already since unlocking."""
        from journal.backup import backup_due, make_backup

        if self._backup_checked:
            return None
        self._backup_checked = True
        folder, keep = self.backup_folder(), self.settings.backup_keep
        neutral = self.settings.discreet  # no "haven" in the file name

        def job() -> None:
            if backup_due(folder):
                make_backup(vault, folder, keep=keep, neutral=neutral)
        return job

    def _check_backups(self, vault: Vault) -> None:
        """After unlocking: tell her calmly when the automatic backups have been failing
        or missing for more than a day while she wrote, or when files in the backup
        folder only look like backups (they are left alone)."""
        from journal.backup import backup_status

        folder = self.backup_folder()

        def told(status: Any) -> None:
            if self._vault is not vault or self._leaving or self._quitting:
                return
            text = self.backup_status_text(status)
            if text:
                messages.info(self, self.tr("Backups"), text)

        workers.run_in_background(self, lambda: backup_status(folder, vault.folder),
                                  on_success=told, on_failure=lambda _exc: None)

    def backup_status_text(self, status: Any) -> str:
        parts = []
        if status.overdue:
            parts.append(self.tr(
                "Your journal has changed for more than a day since its last backup: "
                "the daily backups have been failing or are missing. Your journal itself "
                "is fine. Check the backup folder in Settings; a backup is made when you "
                "lock or close."))
        if status.invalid:
            parts.append(self.tr(
                "These files in the backup folder have a backup's name but are not "
                "whole backups. They are not counted and left alone:\n%1")
                .replace("%1", "\n".join(p.name for p in status.invalid)))
        return "\n\n".join(parts)

    def _backup_problem(self, exc: BaseException) -> str:
        from journal.errors import DiskFull

        if isinstance(exc, DiskFull):
            return self.tr(
                "The daily backup could not be made: there is not enough room in the "
                "backup folder. Your journal itself is saved and unchanged. Make some "
                "room there, or choose another folder in Settings.")
        return self.tr("The daily backup could not be made: %1").replace(
            "%1", messages.error_text(exc))

    def _backup_if_due(self) -> str | None:
        """The automatic backup on this thread. Returns a translated problem if it
        failed; the journal is unchanged either way."""
        vault = self._vault
        job = self._backup_job(vault) if vault is not None else None
        if job is None:
            return None
        try:
            job()
        except Exception as exc:  # locking must not be stopped by a failed backup
            return self._backup_problem(exc)
        return None

    def _close_vault_in_background(self) -> None:
        """Lock: forget the vault here at once; a worker makes the daily backup if it is
        due and then closes the vault. Unlocking again waits for that (`_closed`)."""
        vault, self._vault = self._vault, None
        self.idle.stop()
        self.clipboard.watching = False
        self.clipboard.clear_if_ours()
        if vault is None:
            return
        job = self._backup_job(vault)
        closed = self._closed
        closed.clear()

        def work() -> None:
            try:
                if job is not None:
                    job()
            finally:
                try:
                    vault.close()  # waits for anyone else using it (Vault._guard)
                finally:
                    closed.set()

        def failed(exc: BaseException) -> None:
            messages.error(self, self.tr("Backup"), self._backup_problem(exc))

        workers.run_in_background(self, work, on_success=lambda _r: None, on_failure=failed)

    def _wait_until_closed(self) -> None:
        """On the unlock worker: the previous session's backup and close come first."""
        self._closed.wait(CLOSE_WAIT_SECONDS)

    def wait_until_closed(self, timeout_ms: int = 30_000) -> bool:
        """For tests and quitting: block until a lock's backup and close are done."""
        return self._closed.wait(timeout_ms / 1000)

    def _close_dialogs(self) -> None:
        """Nothing of an open dialog (a recovery code, a key change) stays on screen.
        Hidden ones are ended too (a lock hides them while key work finishes), so that
        no exec() is left waiting; ending a dialog twice does nothing harmful."""
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, KeysDialog):
                dialog.abandon()
            else:
                dialog.done(QDialog.DialogCode.Rejected)

    def _close_vault(self) -> None:
        vault, self._vault = self._vault, None
        self.idle.stop()
        self.clipboard.watching = False
        if vault is not None:
            workers.wait_for_all(WORKER_WAIT_MS)  # e.g. a passphrase change using the key
            vault.close()
        # Nothing from the journal stays on the clipboard once it is locked.
        self.clipboard.clear_if_ours()
