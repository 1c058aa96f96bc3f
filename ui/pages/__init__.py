"""The sidebar pages, one line each, in sidebar order.

The workspace's stack, the sidebar's links, the Ctrl+digit shortcuts and the lazy
imports all follow from `PAGES`: adding a page is one line here plus its module. A
page's class is built as `cls(vault, hub, settings, parent)`.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget


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

    def page_class(self) -> type[QWidget]:
        """Imported only now: none of the pages but Today is needed at unlock, and
        trends brings QtCharts along."""
        return getattr(importlib.import_module(f"ui.pages.{self.module}"), self.cls)


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
