"""The sidebar pages, one line each, in sidebar order.

The workspace's stack, the sidebar's links, the Ctrl+digit shortcuts and the lazy
imports all follow from `PAGES`: adding a page is one line here plus its module. A
page's class is built as `cls(vault, hub, settings, parent)`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast, runtime_checkable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.translate import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from journal.vault import Vault
    from ui.hub import Hub
    from ui.settings import Settings

# How every page is made: cls(vault, hub, settings, parent).
PageFactory = Callable[["Vault", "Hub", "Settings", QWidget | None], QWidget]


@runtime_checkable
class SavesPending(Protocol):
    """A page that may hold an unsaved edit. `save_pending` writes it to the vault now
    and returns False when that failed (the page has then told her)."""

    def save_pending(self) -> bool: ...


@runtime_checkable
class HasHome(Protocol):
    """A page with a start of its own (a boundary's card goes back to the list), shown
    when she clicks the link of the page she is on."""

    def show_home(self) -> None: ...


@dataclass(frozen=True)
class PageSpec:
    key: str  # workspace.page(key), and the attribute workspace.<key>_page
    module: str  # ui.pages.<module>, imported the first time the page is made
    cls: str
    label: str  # the sidebar's name, in English; `title` is it translated
    shortcut: str = ""

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Pages", self.label)

    def page_class(self) -> PageFactory:
        """Imported only now: none of the pages but Today is needed at unlock, and
        trends brings QtCharts along."""
        cls = getattr(importlib.import_module(f"ui.pages.{self.module}"), self.cls)
        if not (isinstance(cls, type) and issubclass(cls, QWidget)):
            raise TypeError(f"ui.pages.{self.module}.{self.cls} is not a QWidget")
        # A QWidget's own constructor is not a page's: every page takes these four.
        return cast(PageFactory, cls)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("today", "today_page", "TodayPage", QT_TRANSLATE_NOOP("Pages", "Today"),
             "Ctrl+1"),
    PageSpec("journal", "journal_page", "JournalPage", QT_TRANSLATE_NOOP("Pages", "Journal"),
             "Ctrl+2"),
    PageSpec("checkin", "checkin_page", "CheckinPage",
             QT_TRANSLATE_NOOP("Pages", "Check-in"), "Ctrl+3"),
    PageSpec("trends", "trends_page", "TrendsPage", QT_TRANSLATE_NOOP("Pages", "Trends"),
             "Ctrl+4"),
    PageSpec("safe_places", "safe_places_page", "SafePlacesPage",
             QT_TRANSLATE_NOOP("Pages", "Safe places"), "Ctrl+5"),
    PageSpec("boundaries", "boundaries_page", "BoundariesPage",
             QT_TRANSLATE_NOOP("Pages", "Boundaries"), "Ctrl+6"),
    PageSpec("needs", "needs_page", "NeedsPage", QT_TRANSLATE_NOOP("Pages", "Needs"),
             "Ctrl+7"),
    PageSpec("safety", "safety_page", "SafetyPage",
             QT_TRANSLATE_NOOP("Pages", "Safety plan"), "Ctrl+8"),
    PageSpec("support", "support_page", "SupportPage", QT_TRANSLATE_NOOP("Pages", "Support"),
             "Ctrl+9"),
    PageSpec("agenda", "agenda_page", "AgendaPage",
             QT_TRANSLATE_NOOP("Pages", "Next session")),
    PageSpec("guidance", "guidance_page", "GuidancePage",
             QT_TRANSLATE_NOOP("Pages", "Guidance")),
    PageSpec("path", "path_page", "PathPage", QT_TRANSLATE_NOOP("Pages", "My path")),
    # "Timeline": a neutral word for anyone glancing at the screen, and it fits the
    # narrow sidebar in Dutch ("Wat er gebeurde" did not); the page says what it holds.
    PageSpec("timeline", "timeline_page", "TimelinePage",
             QT_TRANSLATE_NOOP("Pages", "Timeline")),
)


def index_of(key: str) -> int:
    """The page's place in the stack and the sidebar."""
    return next(i for i, spec in enumerate(PAGES) if spec.key == key)
