"""Discreet mode: a neutral name and icon instead of Haven's, for a glance at the
taskbar, the window title or the lock screen by someone in the same room.

Used for the window title, the application's display name and icon (the taskbar),
the titles of dialogs, the lock screen, and the names of automatic backups. The
program and its vault folder keep their own names (the settings file has a neutral one
in either mode); see docs/SECURITY.md.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtGui import QGuiApplication, QIcon

from ui import resources
from ui.settings import Settings
from ui.translate import QT_TRANSLATE_NOOP

APP_NAME = "Haven"
_APP_NAME_WORD = re.compile(r"\bHaven\b")
# The neutral names she can choose from, with an icon each (resources/icons/).
NAMES: dict[str, str] = {
    "notes": QT_TRANSLATE_NOOP("Discreet", "Notes"),
    "recipes": QT_TRANSLATE_NOOP("Discreet", "Recipes"),
    "reading": QT_TRANSLATE_NOOP("Discreet", "Reading list"),
}


def neutral_name(key: str) -> str:
    """The translated neutral name for `key` ("notes", "recipes", "reading")."""
    return QCoreApplication.translate("Discreet", NAMES.get(key, NAMES["notes"]))


def neutral_icon(key: str) -> QIcon:
    return resources.icon(f"discreet-{key if key in NAMES else 'notes'}")


def display_name(settings: Settings) -> str:
    """What the app calls itself now: "Haven", or the neutral name in discreet mode."""
    return neutral_name(settings.discreet_name) if settings.discreet else APP_NAME


def icon(settings: Settings) -> QIcon:
    return neutral_icon(settings.discreet_name) if settings.discreet else resources.app_icon()


def apply_to_app(settings: Settings) -> None:
    """The application's display name and icon (taskbar, window list, dialogs)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.setApplicationDisplayName(display_name(settings))
        app.setWindowIcon(icon(settings))


class NeutralNameTranslator(QTranslator):
    """Installed last (so asked first) in discreet mode: every translated text, in any
    language, with "Haven" replaced by the neutral name. So no message, title, hint or
    printed page says "Haven", including rare ones nobody thought of.

    It asks the translators installed before it itself (Qt stops at the first answer),
    and never calls QCoreApplication.translate from inside translate().
    """

    def __init__(self, name: str, others: list[QTranslator],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._others = list(others)

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        text: str | None = ""
        for other in reversed(self._others):  # the last installed is asked first
            try:
                text = other.translate(context, source_text, disambiguation, n)
            except RuntimeError:  # its C++ side is gone (its app was shut down): skip it
                continue
            if text:
                break
        return neutral_text(text or source_text, self._name)

    def isEmpty(self) -> bool:
        return False


def neutral_text(text: str, name: str) -> str:
    """`text` with the app's own name replaced by `name`."""
    return _APP_NAME_WORD.sub(name, text)
