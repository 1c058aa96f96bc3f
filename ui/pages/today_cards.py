"""The cards on the Today page that belong to other record kinds: the step of her path,
today's check-in, a follow-up test that is due, a safe place in a moment of panic, and
the summary (and the few words of the path that its page shares with its card).

They live here, not beside their pages, so that Today can be shown without importing
any other sidebar page (each is imported the first time it is opened).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from journal.checkins import CheckinStore
from journal.guidance import article_by_id
from journal.path import PathStore, Step, load_steps
from journal.safety import SafetyStore
from journal.situation import current_profile
from journal.vault import Vault
from ui import dates
from ui.hub import Hub
from ui.pages.refresh import ANY_KIND, ReloadOnChange
from ui.widgets import button, label, today_card_layout


class CheckinTodayCard(QFrame):
    """For the Today page: whether today's check-in is done, and one click to it."""

    open_requested = Signal()

    def __init__(self, vault: Vault, hub: Hub, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._store = CheckinStore(vault)
        self._vault = vault
        self._today = today
        self.status_label = label("", parent=self)
        self.open_button = button(self.tr("Check in now"), parent=self)
        today_card_layout(self, self.tr("Check-in"), self.status_label, self.open_button)
        self.open_button.clicked.connect(self.open_requested)
        self.refresh()
        ReloadOnChange(hub, parent or self, self.refresh, ("checkin",), today=today)

    @property
    def done_today(self) -> bool:
        return self._vault.is_open and self._store.count_on(self._today()) > 0

    def refresh(self) -> None:
        if self.done_today:
            self.status_label.setText(self.tr("You checked in today. You can look at it "
                                              "again or change it."))
            self.open_button.setText(self.tr("Open today's check-in"))
        else:
            self.status_label.setText(self.tr("How are you doing today? A check-in takes "
                                              "about a minute."))
            self.open_button.setText(self.tr("Check in now"))
        self.open_button.setAccessibleName(self.open_button.text())


class StiFollowUpCard(QFrame):
    """For the Today page: shown only while a follow-up test she planned is due (its
    date today or past, and no later test written down), with one click to the record.
    It checks again when a test is written down, and on a new day."""

    open_requested = Signal()

    def __init__(self, vault: Vault, hub: Hub, lang: str, parent: QWidget | None = None,
                 *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._vault = vault
        self._store = SafetyStore(vault)
        self._today = today
        self._lang = lang
        self.text_label = label("", parent=self)
        self.open_button = button(self.tr("Open my test record"), parent=self)
        today_card_layout(self, self.tr("A follow-up test"), self.text_label, self.open_button)
        self.open_button.clicked.connect(self.open_requested)
        self.hide()
        # Watched through the page it sits on: the card itself is hidden while no test
        # is due (add_section moves the card into the page's content).
        ReloadOnChange(hub, parent or self, self.refresh, ("safety",), first_show=True,
                       today=today)

    def refresh(self) -> None:
        due = []
        if self._vault.is_open:
            try:
                due = self._store.follow_ups_due(self._today())
            except Exception:  # a damaged record must not break the Today page
                due = []
        if not due:
            self.hide()
            return
        since = min(t.follow_up_on for t in due if t.follow_up_on is not None)
        self.text_label.setText(self.tr(
            "You planned a follow-up test for %1. Whenever it suits you, you can make an "
            "appointment; when you have been tested, write it down in your record.").replace(
                "%1", dates.medium_date(since, self._lang)))
        self.show()


def path_steps(vault: Vault, store: PathStore, lang: str) -> list[Step]:
    """The steps of the sequence she follows, faith steps only if she wants them."""
    profile = current_profile(vault)
    return load_steps(store.sequence(profile), lang, faith=profile.faith)


def step_title(step: Step, lang: str) -> str:
    article = article_by_id(step.article, lang)
    return article.title if article is not None else step.article


def suggestion_text(when: date | None, lang: str, today: date) -> str:
    """A calm line about the rhythm: when the next step could come, never that it is
    late."""
    if when is None:
        return ""
    if when <= today:
        return QCoreApplication.translate(
            "Path", "Whenever it suits you, the next step is there for you.")
    return QCoreApplication.translate(
        "Path", "With the rhythm you chose, the next step could come around %1. "
        "There is no hurry.").replace("%1", dates.medium_date(when, lang))


class PathTodayCard(QFrame):
    """For the Today page: the step of her path she is on, in one calm line, with one
    click to the path. Nothing about pace unless she chose a rhythm, and then only when
    the next step could come."""

    open_requested = Signal()

    def __init__(self, vault: Vault, hub: Hub, lang: str, parent: QWidget | None = None,
                 *, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self._vault = vault
        self._lang = lang
        self._today = today
        self.text_label = label("", parent=self)
        self.open_button = button(self.tr("Go to my path"), parent=self)
        today_card_layout(self, self.tr("My path"), self.text_label, self.open_button)
        self.open_button.clicked.connect(self.open_requested)
        self.refresh()
        # A record of any kind may be a step's exercise; her situation picks the path.
        ReloadOnChange(hub, parent or self, self.refresh, ANY_KIND, settings=True,
                       today=today)

    def refresh(self) -> None:
        if not self._vault.is_open:
            return
        try:
            store = PathStore(self._vault)
            steps = path_steps(self._vault, store, self._lang)
            store.tick_exercises(steps)
            current = store.current(steps)
            suggested = store.next_suggested(steps)
        except Exception:  # a damaged record must not break the Today page
            self.hide()
            return
        if current is None:
            self.text_label.setText(self.tr("You walked every step of your path. You can "
                                            "look back at them whenever you like."))
        else:
            number = steps.index(current) + 1
            text = self.tr("Step %1 of %2: %3.").replace("%1", str(number)).replace(
                "%2", str(len(steps))).replace("%3", step_title(current, self._lang))
            text += " " + current.text
            hint = suggestion_text(suggested, self._lang, self._today())
            self.text_label.setText(f"{text}\n{hint}" if hint else text)
        self.show()


class _LinkCard(QFrame):
    """A line of text with one button beside it; the button asks for `open_requested`."""

    open_requested = Signal()

    def _fill(self, text: str, action: str) -> None:
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.NoFrame)
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 14, 18, 14)
        row.addWidget(label(text, parent=self), 1)
        self.open_button = button(action, parent=self)
        row.addWidget(self.open_button)
        self.open_button.clicked.connect(self.open_requested)


class SafePlaceCard(_LinkCard):
    """One click to the calm view of her safe places."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill(self.tr("When it all gets too much, go to one of your safe places for a "
                           "moment."), self.tr("Take me to a safe place"))
        self.open_button.setToolTip(self.tr("A calm view with a breathing guide "
                                            "(Ctrl+Shift+S)"))


class ReportCard(_LinkCard):
    """One click to the summary for her therapist."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill(self.tr("Seeing your therapist soon? Make a summary to take along."),
                   self.tr("Make a summary…"))
