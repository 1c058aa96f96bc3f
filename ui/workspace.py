"""The unlocked app: a sidebar with the pages of `ui.pages.PAGES`, Help now, Lock and
Quick exit, and the pages in a stack, each made the first time it is needed. The
workspace makes the hub's connections between pages."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, TypeVar, cast, overload

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.models import EntryDraft
from journal.vault import Vault
from ui import discreet
from ui.hub import ALL_RECORDS, Hub
from ui.pages import PAGES, HasHome, SavesPending, index_of
from ui.pages.safe_place_view import SafePlaceView
from ui.pages.today_cards import (
    CheckinTodayCard,
    PathTodayCard,
    ReportCard,
    SafePlaceCard,
    StiFollowUpCard,
)
from ui.settings import Settings
from ui.sidebar import HELP_NOW_KEYS, Sidebar
from ui.widgets.reminder import CheckinReminder, ReminderBanner

if TYPE_CHECKING:  # imported when the page is first made, not at unlock
    from ui.dialogs.report_dialog import ReportDialog
    from ui.pages.agenda_page import AgendaPage
    from ui.pages.boundaries_page import BoundariesPage
    from ui.pages.checkin_page import CheckinPage
    from ui.pages.guidance_page import GuidancePage
    from ui.pages.journal_page import JournalPage
    from ui.pages.needs_page import NeedsPage
    from ui.pages.path_page import PathPage
    from ui.pages.safe_places_page import SafePlacesPage
    from ui.pages.safety_page import SafetyPage
    from ui.pages.support_page import SupportPage
    from ui.pages.timeline_page import TimelinePage
    from ui.pages.today_page import TodayPage
    from ui.pages.trends_page import TrendsPage

_P = TypeVar("_P", bound=QWidget)


class _Page(Generic[_P]):
    """A sidebar page as an attribute of the workspace (`workspace.safety_page`), typed
    as its class: made the first time it is asked for. The attribute is named after the
    page's key in `PAGES`, which makes the page."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __set_name__(self, owner: type, name: str) -> None:
        if name != f"{self.key}_page" or self.key not in (spec.key for spec in PAGES):
            raise TypeError(f"{owner.__name__}.{name} does not name the page {self.key!r}")

    @overload
    def __get__(self, workspace: None, owner: type | None = None) -> _Page[_P]: ...
    @overload
    def __get__(self, workspace: Workspace, owner: type | None = None) -> _P: ...
    def __get__(self, workspace: Workspace | None, owner: type | None = None
                ) -> _Page[_P] | _P:
        if workspace is None:
            return self
        # The class the annotation names is the one PAGES makes (a test compares them).
        return cast(_P, workspace.page(self.key))


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

    # Each page of PAGES, made when first asked for.
    today_page: _Page[TodayPage] = _Page("today")
    journal_page: _Page[JournalPage] = _Page("journal")
    checkin_page: _Page[CheckinPage] = _Page("checkin")
    trends_page: _Page[TrendsPage] = _Page("trends")
    safe_places_page: _Page[SafePlacesPage] = _Page("safe_places")
    boundaries_page: _Page[BoundariesPage] = _Page("boundaries")
    needs_page: _Page[NeedsPage] = _Page("needs")
    safety_page: _Page[SafetyPage] = _Page("safety")
    support_page: _Page[SupportPage] = _Page("support")
    agenda_page: _Page[AgendaPage] = _Page("agenda")
    guidance_page: _Page[GuidancePage] = _Page("guidance")
    path_page: _Page[PathPage] = _Page("path")
    timeline_page: _Page[TimelinePage] = _Page("timeline")

    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._hub = hub
        self._settings = settings
        self.pages = QStackedWidget(self)
        self._made: dict[str, QWidget] = {}
        self.unsaved_pages: list[str] = []  # titles of pages whose last save failed
        self.report_dialog: ReportDialog | None = None  # while it is open
        for _spec in PAGES:
            self.pages.addWidget(QWidget(self.pages))
        today = self.today_page

        # Today's cards for the other pages, and the calm view of her safe places.
        self.checkin_card = CheckinTodayCard(vault, hub, today)
        self.safe_place_card = SafePlaceCard(today)
        self.report_card = ReportCard(today)
        self.sti_card = StiFollowUpCard(vault, hub, settings.effective_language(), today)
        self.path_card = PathTodayCard(vault, hub, settings.effective_language(), today)
        for section in (self.path_card, self.checkin_card, self.safe_place_card,
                        self.report_card, self.sti_card):
            today.add_section(section)
        self.safe_place_view = SafePlaceView(vault, self)
        self.reminder_banner = ReminderBanner(self)
        self.reminder = CheckinReminder(settings, lambda: self.checkin_card.done_today, self)
        self.checkin_card.open_requested.connect(self.open_checkin)
        self.reminder_banner.open_requested.connect(self.open_checkin)
        self.reminder.due.connect(self.reminder_banner.show)
        self.safe_place_card.open_requested.connect(self.open_safe_place_view)
        self.safe_place_view.add_requested.connect(self._on_add_safe_place)
        self.report_card.open_requested.connect(self.open_report)
        hub.summary_requested.connect(self.open_report)
        self.sti_card.open_requested.connect(self.open_sti_tests)
        self.path_card.open_requested.connect(lambda: self.show_page("path"))
        hub.exercise_requested.connect(self.open_exercise)
        hub.open_record_requested.connect(self.open_record)
        hub.open_article_requested.connect(self.open_article)
        hub.help_now_requested.connect(self.open_help_now_at)
        # "Add to my session agenda" before the agenda page was ever shown: it is made
        # now and takes this request (from then on it listens to the hub itself).
        hub.agenda_add_requested.connect(self._on_agenda_add_requested)
        hub.records_changed.connect(self._on_records_changed)

        self.sidebar = Sidebar(PAGES, discreet.display_name(settings),
                               settings.quick_exit_shortcut, self)
        self.nav_buttons = self.sidebar.nav_buttons
        self.nav_scroll = self.sidebar.nav_scroll
        self.help_now_button = self.sidebar.help_now_button
        self.settings_button = self.sidebar.settings_button
        self.lock_button = self.sidebar.lock_button
        self.quick_exit_button = self.sidebar.quick_exit_button
        self.quick_exit_keys_label = self.sidebar.quick_exit_keys_label
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

        self.sidebar.page_chosen.connect(self._on_page_chosen)
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

    def page(self, key: str) -> QWidget:
        """The page called `key` ("journal", "safety", …), made now if it was not yet:
        in its place in the stack, so its index stays the same. `workspace.<key>_page`
        is the same page, typed as its class."""
        made = self._made.get(key)
        if made is not None:
            return made
        index = index_of(key)
        spec = PAGES[index]
        stand_in = self.pages.widget(index)
        if stand_in is None:
            raise LookupError(f"the stack has no place {index} for the page {key!r}")
        was_current = self.pages.currentIndex() == index
        page = spec.page_class()(self._vault, self._hub, self._settings, self.pages)
        self._made[key] = page
        if key == "safe_places":
            self.safe_places_page.comfort_requested.connect(self.open_safe_place_view)
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
        if not 0 <= index < self.pages.count() or (
                index == self.pages.currentIndex() and PAGES[index].key in self._made):
            return
        self.save_pending()
        self.page(PAGES[index].key)
        self.pages.setCurrentIndex(index)
        self.sidebar.select(index)
        self._focus_page(self._made[PAGES[index].key])

    def place(self, index: int) -> None:
        """Show the place of a page (its stand-in, if it was not made yet) and choose it
        in the sidebar, without making it; `show_page` makes it."""
        if 0 <= index < self.pages.count():
            self.pages.setCurrentIndex(index)
            self.sidebar.select(index)

    def set_title(self, text: str) -> None:
        """The sidebar title ("Haven" or the discreet name); the sidebar fits it."""
        self.sidebar.set_title(text)

    def save_pending(self) -> bool:
        """Flush any unsaved edit to the vault now. False if that failed (the page has
        then told her)."""
        # Only pages that were made can hold a draft; the journal's is saved last.
        keys = [spec.key for spec in PAGES if spec.key != "journal"] + ["journal"]
        failed = [key for key in keys if isinstance(page := self._made.get(key), SavesPending)
                  and not page.save_pending()]
        self.unsaved_pages = [spec.title for spec in PAGES if spec.key in failed]
        return not failed

    def unsaved_entry(self) -> tuple[int | None, EntryDraft] | None:
        """The journal entry open with unsaved text (its id and the text), if any."""
        return self.journal_page.unsaved_entry() if "journal" in self._made else None

    def bring_back(self, entry_id: int | None, draft: EntryDraft) -> None:
        """Words that could not be saved before, back in the journal's editor."""
        self.show_page("journal")
        self.journal_page.bring_back(entry_id, draft)

    def save_problems(self) -> list[str]:
        """What the pages' autosaves say could not be saved (shown in their forms), for
        a message when the window closes and the forms are gone with it."""
        return [label.text() for label in self.findChildren(QLabel)
                if label.property("autosaveMessage") and label.text()]

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
        """A record on its own page, e.g. found by the journal search or chosen on the
        timeline or the path."""
        if kind == "boundary":
            self.show_page("boundaries")
            self.boundaries_page.open_boundary(record_id)
        elif kind == "need":
            self.show_page("needs")
            self.needs_page.open_need(record_id)
        elif kind == "event":
            self.show_page("timeline")
            self.timeline_page.open_event(record_id)
        elif kind == "entry":
            self.show_page("journal")
            self.journal_page.open_entry(record_id)
        elif kind == "checkin":
            from journal.checkins import CheckinStore
            from journal.errors import HavenError

            try:
                day = CheckinStore(self._vault).get(record_id).day
            except HavenError:
                return
            self.show_page("checkin")
            self.checkin_page.open_day(day, record_id)
        elif kind == "sti_test":
            self.open_sti_tests()
        elif kind in ("agenda", "agenda_topic"):
            self.show_page("agenda")
        elif kind in ("support_person", "support"):
            self.show_page("support")
            self.support_page.open_person(record_id)
        elif kind == "safe_place":
            self.show_page("safe_places")
            self.safe_places_page.open_place(record_id)
        elif kind == "safety_plan":
            self.show_page("safety")

    def open_exercise(self, exercise: str, prompt_id: str = "", about: str = "") -> None:
        """Where a step of her path is done: a new record of the exercise's kind.
        `about` says which step it is; the Support page shows it above its form."""
        if exercise == "support_person":
            self.show_page("support")
            self.support_page.do_exercise(about)
        elif exercise == "need":
            self.show_page("needs")
            self.needs_page.new_need()
        elif exercise == "checkin":
            self.open_checkin()
        elif exercise == "safe_place":
            self.show_page("safe_places")
            self.safe_places_page.new_place()
        elif exercise == "boundary":
            self.show_page("boundaries")
            if prompt_id:  # an example to start from: the safety plan's safety action
                self.boundaries_page.new_from_template(prompt_id)
            else:
                self.boundaries_page.new_boundary()
        elif exercise == "sti_test":
            self.open_sti_tests()
            self.safety_page.new_test()
        elif exercise == "entry":
            self.new_entry(prompt_id)
        elif exercise == "event":
            self.show_page("timeline")
            self.timeline_page.new_event()
        elif exercise == "agenda_topic":
            self.show_page("agenda")
        elif exercise == "safety_plan":
            self.show_page("safety")

    def open_article(self, article_id: str) -> None:
        """A guidance article, e.g. from a link on the safety plan."""
        self.show_page("guidance")
        self.guidance_page.show_article(article_id)

    def open_sti_tests(self) -> None:
        self.show_page("safety")
        self.safety_page.open_tests()

    def open_help_now(self) -> None:
        """The safety plan with the emergency numbers on top, in view."""
        self.show_page("safety")
        self.safety_page.open_help_now()

    def open_help_now_at(self, section: str) -> None:
        """Help now with one kind of line in view, e.g. "report" from an article."""
        self.show_page("safety")
        self.safety_page.open_help_now(section)

    def new_entry(self, prompt_id: str) -> None:
        self.show_page("journal")
        self.journal_page.new_entry(prompt_id or None)

    def focus_search(self) -> None:
        guidance = self._made.get("guidance")
        if guidance is not None and self.pages.currentWidget() is guidance:
            self.guidance_page.focus_search()  # Ctrl+F searches the articles
            return
        self.show_page("journal")
        self.journal_page.focus_search()

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_add_safe_place(self) -> None:
        self.show_page("safe_places")
        self.safe_places_page.new_place()

    @Slot(str, int, str)
    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        """Anything may have changed (an import): a page that refreshes itself on
        ALL_RECORDS does; every other page made so far is made again the next time it
        is needed, from the vault as it is now (what she typed was saved before)."""
        if kind != ALL_RECORDS:
            return
        current = PAGES[self.pages.currentIndex()].key
        for key, page in list(self._made.items()):
            if key != "today" and not getattr(page, "REFRESHES_ITSELF", False):
                self._forget(key)
        self.page(current)  # in view again at once

    @Slot(int)
    def _on_page_chosen(self, index: int) -> None:
        """A sidebar link: its page at its start (a boundary's card goes back to the
        list), as a link home does; also when she comes from another page, where the
        card she had left open came back instead of the list."""
        self.show_page(index)
        page = self.pages.currentWidget()
        if self.pages.currentIndex() == index and isinstance(page, HasHome):
            page.show_home()

    def _forget(self, key: str) -> None:
        page = self._made.pop(key)
        index = index_of(key)
        was_current = self.pages.currentIndex() == index
        self.pages.insertWidget(index, QWidget(self.pages))
        self.pages.removeWidget(page)
        page.deleteLater()
        if was_current:
            self.pages.setCurrentIndex(index)

    def _on_agenda_add_requested(self, kind: str, source_id: int, suggestion: str) -> None:
        if "agenda" in self._made:
            return  # the page, once made, takes the hub's requests itself
        if not self._vault.is_open:
            return  # locked meanwhile: this workspace is on its way out
        # Made here, the page's own connection to the hub counts from the next request
        # on (Qt does not call a slot connected while the signal is being emitted).
        self.agenda_page.add_from(kind, source_id, suggestion)

    # -- private ---------------------------------------------------------------------

    def _focus_page(self, page: QWidget) -> None:
        """Keyboard focus into the page just opened (its first control in Tab order), so
        no outline stays behind on the sidebar. A page that chose its own focus keeps
        it, also in a window that is not active yet (rebuilt after a language switch,
        while the settings dialog closes): the window's own focus widget, not the app's."""
        focus = page.window().focusWidget()
        if focus is not None and page.isAncestorOf(focus) and focus.isVisible():
            return
        widget = page.nextInFocusChain()
        while widget is not None and widget is not page:
            if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not isinstance(widget, QScrollArea)):
                # In a row of choices (trends' periods), the chosen one.
                group = widget.group() if isinstance(widget, QAbstractButton) else None
                chosen = group.checkedButton() if group is not None else None
                (chosen if chosen is not None else widget).setFocus(
                    Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()
        page.setFocus(Qt.FocusReason.OtherFocusReason)
