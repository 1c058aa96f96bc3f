"""Settings through one typed wrapper over QSettings.

Only what must be known before unlocking lives here (language, appearance, window
geometry, a few switches). Never content, passphrases or keys. Values equal to their
default are not written, so the file stays small and says little.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings
from PySide6.QtWidgets import QWidget

LANGUAGES = ("en", "nl")
APPEARANCES = ("system", "light", "dark")

DEFAULTS: dict[str, Any] = {
    "language": "",  # "" follows the system; else "en" or "nl"
    "appearance": "system",  # "system", "light" or "dark"
    "window/geometry": QByteArray(),
    "faith_content": True,  # show faith-based prompts and texts
    "family_templates": True,  # show the boundary examples for families with children
}


def system_language() -> str:
    """"nl" when the system speaks Dutch (the Netherlands or Flanders), else "en"."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


class Settings:
    """Typed access to the app's settings. Pass one instance around; no globals."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Haven", "Haven")
        # A language given on the command line (--lang) for this run only.
        self.language_override: str | None = None

    # -- generic ---------------------------------------------------------------------

    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        raw = self._store.value(key, default)
        if isinstance(default, bool):
            if isinstance(raw, str):
                return raw.lower() in ("true", "1", "yes")
            return bool(raw)
        if isinstance(default, QByteArray):
            return raw if isinstance(raw, QByteArray) else QByteArray()
        return type(default)(raw) if raw is not None else default

    def set_value(self, key: str, value: Any) -> None:
        if value == DEFAULTS[key]:
            self._store.remove(key)
        else:
            self._store.setValue(key, value)

    def sync(self) -> None:
        self._store.sync()

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    # -- typed keys ------------------------------------------------------------------

    @property
    def language(self) -> str:
        value = self.value("language")
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        if value not in ("", *LANGUAGES):
            raise ValueError(f"unknown language {value!r}")
        self.language_override = None
        self.set_value("language", value)

    def effective_language(self) -> str:
        """The language the interface shows now: "en" or "nl"."""
        return self.language_override or self.language or system_language()

    @property
    def appearance(self) -> str:
        value = self.value("appearance")
        return value if value in APPEARANCES else "system"

    @appearance.setter
    def appearance(self, value: str) -> None:
        if value not in APPEARANCES:
            raise ValueError(f"unknown appearance {value!r}")
        self.set_value("appearance", value)

    @property
    def faith_content(self) -> bool:
        return bool(self.value("faith_content"))

    @faith_content.setter
    def faith_content(self, value: bool) -> None:
        self.set_value("faith_content", bool(value))

    @property
    def family_templates(self) -> bool:
        return bool(self.value("family_templates"))

    @family_templates.setter
    def family_templates(self, value: bool) -> None:
        self.set_value("family_templates", bool(value))

    # -- window geometry -------------------------------------------------------------

    def save_geometry(self, window: QWidget) -> None:
        self.set_value("window/geometry", window.saveGeometry())

    def restore_geometry(self, window: QWidget) -> bool:
        geometry = self.value("window/geometry")
        return bool(geometry) and not geometry.isEmpty() and window.restoreGeometry(geometry)
