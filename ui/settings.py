"""Settings through one typed wrapper over QSettings.

Only what must be known before unlocking lives here (language, appearance, window
geometry, a few switches). Never content, passphrases or keys. Values equal to their
default are not written, so the file stays small and says little.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from journal.targets import vault_holding

LANGUAGES = ("en", "nl")
APPEARANCES = ("system", "light", "dark")

DEFAULTS: dict[str, Any] = {
    "language": "",  # "" follows the system; else "en" or "nl"
    "appearance": "system",  # "system", "light" or "dark"
    "window/geometry": QByteArray(),
    "window/journal_list": 0,  # the journal list's width she chose, in pixels; 0 = a share
    "lock/idle_minutes": 5,  # lock after this many minutes without input; 0 = never
    "lock/on_minimise": True,  # lock when the window is minimised
    "lock/on_screen_lock": True,  # lock when the screen locks or the computer sleeps
    "quick_exit/shortcut": "Ctrl+Shift+Q",  # besides Escape twice
    "quick_exit/open_url": "",  # a neutral web page to open after a quick exit; "" = none
    "backup/folder": "",  # "" = "backups" inside the vault folder
    "vault/folder": "",  # "" = the user data folder; else a restored journal she opened
    "backup/keep": 7,  # how many automatic backups to keep
    "checkin_reminder": False,  # a daily check-in reminder while Haven runs
    "checkin_reminder_time": "20:00",  # HH:MM, local time
    # Discreet mode: the neutral name shown instead of Haven's ("notes", "recipes" or
    # "reading"); "" = off. One plain key, so the file reads like any app's own name
    # setting and never records that the name is a disguise.
    "window/name": "",
}

# Written by earlier versions, removed on start: they said something about her situation
# (faith, children at risk), which now lives inside the vault (journal.situation).
REVEALING_KEYS = ("faith_content", "family_templates")

IDLE_MINUTES_MAX = 60
DISCREET_NAMES = ("notes", "recipes", "reading")
DEFAULT_DISCREET_NAME = "notes"

# Where the settings live: a neutral folder and file name, the same in and out of
# discreet mode (they are read before anything says which mode is on), so nothing in
# the path names the app: ~/.config/notebook-app/settings.ini on Linux.
SETTINGS_ORGANIZATION = "notebook-app"
SETTINGS_APPLICATION = "settings"
# Where earlier versions kept them (~/.config/Haven/Haven.ini): moved on first start.
OLD_ORGANIZATION = OLD_APPLICATION = "Haven"
# Keys of earlier versions that said outright that the name was a disguise.
OLD_DISCREET_KEYS = ("discreet/enabled", "discreet/name")
BACKUP_KEEP_MAX = 99
# Where her own journal and its backups are: never taken into a demo, whose backups
# would otherwise land among hers (and push hers out) and whose "open another journal"
# would point at hers.
_DEMO_RESETS = ("backup/folder", "vault/folder")


def system_language() -> str:
    """"nl" when the system speaks Dutch (the Netherlands or Flanders), else "en"."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


class Settings:
    """Typed access to the app's settings. Pass one instance around; no globals."""

    def __init__(self, store: QSettings | MemoryStore | None = None) -> None:
        self._store = store if store is not None else _default_store()
        # A language given on the command line (--lang) for this run only.
        self.language_override: str | None = None
        # The neutral name she chose while discreet mode is off (not written: an unused
        # disguise in the file would say there is one).
        self._chosen_name = DEFAULT_DISCREET_NAME
        # The folder she last chose in a file dialog, per purpose ("export", "import",
        # "summary", "photo", "backup", "restore", …), the latest last, for this run
        # only: a folder's name (a USB stick's, "Therapie") can say where her words
        # went, so it is kept in memory and never written.
        self._folders_this_run: dict[str, str] = {}
        # How she sorts journal search results ("best" or "newest"), for this run only.
        self.search_order = "best"
        for key in REVEALING_KEYS:
            self._store.remove(key)
        self._migrate_discreet_keys()

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

    @property
    def throwaway(self) -> bool:
        """The demo's settings: held in memory, gone with it."""
        return isinstance(self._store, MemoryStore)

    def throwaway_copy(self) -> Settings:
        """For the demo: the same settings, held in memory only and gone with it.
        Nothing she tries in the demo (locking never, another language) reaches the
        real file, and nothing of the demo is written to disk."""
        store = MemoryStore({key: self._store.value(key) for key in self._store.allKeys()
                             if key not in _DEMO_RESETS})
        copy = Settings(store)
        copy.language_override = self.language_override
        copy._chosen_name = self._chosen_name
        copy._folders_this_run = dict(self._folders_this_run)
        copy.search_order = self.search_order
        return copy

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
    def idle_minutes(self) -> int:
        """Minutes without input before the journal locks itself; 0 means never."""
        value = self._int("lock/idle_minutes")
        return value if 0 <= value <= IDLE_MINUTES_MAX else DEFAULTS["lock/idle_minutes"]

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        if not 0 <= value <= IDLE_MINUTES_MAX:
            raise ValueError(f"idle minutes out of range: {value}")
        self.set_value("lock/idle_minutes", int(value))

    @property
    def lock_on_minimise(self) -> bool:
        return bool(self.value("lock/on_minimise"))

    @lock_on_minimise.setter
    def lock_on_minimise(self, value: bool) -> None:
        self.set_value("lock/on_minimise", bool(value))

    @property
    def lock_on_screen_lock(self) -> bool:
        return bool(self.value("lock/on_screen_lock"))

    @lock_on_screen_lock.setter
    def lock_on_screen_lock(self, value: bool) -> None:
        self.set_value("lock/on_screen_lock", bool(value))

    @property
    def quick_exit_shortcut(self) -> str:
        """A QKeySequence in portable text form; "" means Escape twice only."""
        return str(self.value("quick_exit/shortcut"))

    @quick_exit_shortcut.setter
    def quick_exit_shortcut(self, value: str) -> None:
        self.set_value("quick_exit/shortcut", str(value))

    @property
    def quick_exit_url(self) -> str:
        return str(self.value("quick_exit/open_url"))

    @quick_exit_url.setter
    def quick_exit_url(self, value: str) -> None:
        value = value.strip()
        if value and not value.lower().startswith(("https://", "http://")):
            raise ValueError(f"not a web address: {value!r}")
        self.set_value("quick_exit/open_url", value)

    @property
    def backup_folder(self) -> str:
        """The chosen backup folder, or "" for "backups" inside the vault folder."""
        return str(self.value("backup/folder"))

    @backup_folder.setter
    def backup_folder(self, value: str) -> None:
        self.set_value("backup/folder", str(value))

    @property
    def vault_folder(self) -> str:
        """The journal folder Haven opens, or "" for the usual one in the user data
        folder. Set when she opens a journal restored from a backup."""
        return str(self.value("vault/folder"))

    @vault_folder.setter
    def vault_folder(self, value: str) -> None:
        self.set_value("vault/folder", str(value))

    @property
    def backup_keep(self) -> int:
        value = self._int("backup/keep")
        return value if 1 <= value <= BACKUP_KEEP_MAX else DEFAULTS["backup/keep"]

    @backup_keep.setter
    def backup_keep(self, value: int) -> None:
        if not 1 <= value <= BACKUP_KEEP_MAX:
            raise ValueError(f"number of backups out of range: {value}")
        self.set_value("backup/keep", int(value))

    @property
    def discreet(self) -> bool:
        """Discreet mode: a neutral name and icon (see ui/discreet.py)."""
        return str(self.value("window/name")) in DISCREET_NAMES

    @discreet.setter
    def discreet(self, value: bool) -> None:
        if value:
            self.set_value("window/name", self.discreet_name)
        else:
            self._chosen_name = self.discreet_name
            self.set_value("window/name", "")

    @property
    def discreet_name(self) -> str:
        value = str(self.value("window/name"))
        return value if value in DISCREET_NAMES else self._chosen_name

    @discreet_name.setter
    def discreet_name(self, value: str) -> None:
        if value not in DISCREET_NAMES:
            raise ValueError(f"unknown discreet name {value!r}")
        self._chosen_name = value
        if self.discreet:
            self.set_value("window/name", value)

    def last_folder(self, purpose: str) -> str:
        """The folder she last chose for `purpose` while Haven runs; for a purpose she
        has not used yet, the last folder she chose for any (an import then starts where
        she exported). Only a folder still there and not inside a journal; else ""."""
        latest_first = reversed(self._folders_this_run.values())
        candidates = [self._folders_this_run.get(purpose, ""), *latest_first]
        return next((folder for folder in candidates
                     if folder and _usable_folder(folder)), "")

    def remember_folder(self, purpose: str, folder: str) -> None:
        """Open the next dialog for `purpose` in `folder` (in memory only). A folder
        inside a journal is not kept."""
        if folder and _usable_folder(folder):
            self._folders_this_run.pop(purpose, None)  # last in the dict: the latest
            self._folders_this_run[purpose] = folder

    def _migrate_discreet_keys(self) -> None:
        """Earlier versions wrote discreet/enabled and discreet/name: one neutral key."""
        if not any(self._store.contains(key) for key in OLD_DISCREET_KEYS):
            return
        enabled = str(self._store.value("discreet/enabled", "false")).lower() in (
            "true", "1", "yes")
        name = str(self._store.value("discreet/name", DEFAULT_DISCREET_NAME))
        for key in OLD_DISCREET_KEYS:
            self._store.remove(key)
        if name in DISCREET_NAMES:
            self._chosen_name = name
        self.discreet = enabled
        self._store.sync()

    def _int(self, key: str) -> int:
        try:
            return int(self.value(key))
        except (TypeError, ValueError):
            return int(DEFAULTS[key])

    @property
    def checkin_reminder(self) -> bool:
        return bool(self.value("checkin_reminder"))

    @checkin_reminder.setter
    def checkin_reminder(self, value: bool) -> None:
        self.set_value("checkin_reminder", bool(value))

    @property
    def checkin_reminder_time(self) -> tuple[int, int]:
        """(hour, minute) of the daily reminder; the default if the stored one is odd."""
        text = str(self.value("checkin_reminder_time"))
        try:
            hour, minute = (int(part) for part in text.split(":"))
        except ValueError:
            hour, minute = 20, 0
        if not (0 <= hour < 24 and 0 <= minute < 60):
            hour, minute = 20, 0
        return hour, minute

    @checkin_reminder_time.setter
    def checkin_reminder_time(self, value: tuple[int, int]) -> None:
        hour, minute = value
        if not (0 <= hour < 24 and 0 <= minute < 60):
            raise ValueError(f"no time of day: {value!r}")
        self.set_value("checkin_reminder_time", f"{hour:02d}:{minute:02d}")

    def save_geometry(self, window: QWidget) -> None:
        self.set_value("window/geometry", window.saveGeometry())

    def restore_geometry(self, window: QWidget) -> bool:
        geometry = self.value("window/geometry")
        return bool(geometry) and not geometry.isEmpty() and window.restoreGeometry(geometry)

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        """Where she put a splitter: the width (or height) of its first part."""
        self.set_value(key, splitter.sizes()[0])

    def saved_splitter(self, key: str) -> int | None:
        """The first part's size she chose for a splitter, or None if she did not."""
        return self._int(key) or None


def _usable_folder(folder: str) -> bool:
    return Path(folder).is_dir() and vault_holding(folder) is None


class MemoryStore:
    """The part of QSettings that Settings uses, kept in a dict (QSettings itself always
    has a file behind it)."""

    def __init__(self, values: dict[str, Any] | None = None) -> None:
        self._values = dict(values or {})

    def value(self, key: str, default: Any = None) -> Any:
        return self._values.get(key, default)

    def setValue(self, key: str, value: Any) -> None:
        self._values[key] = value

    def remove(self, key: str) -> None:
        self._values.pop(key, None)

    def contains(self, key: str) -> bool:
        return key in self._values

    def allKeys(self) -> list[str]:
        return list(self._values)

    def sync(self) -> None:
        pass

    def fileName(self) -> str:
        return ""


def _default_store() -> QSettings:
    """The settings file under its neutral name; the file an earlier version wrote under
    Haven's name is moved into it (then deleted) the first time."""
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      SETTINGS_ORGANIZATION, SETTINGS_APPLICATION)
    old = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                    OLD_ORGANIZATION, OLD_APPLICATION)
    old_file = Path(old.fileName())
    if not old_file.is_file():
        return store
    if not store.allKeys():
        for key in old.allKeys():
            store.setValue(key, old.value(key))
        store.sync()
        if store.status() != QSettings.Status.NoError:
            return store  # not moved (a full disk?): the old file stays for the next try
    del old
    with contextlib.suppress(OSError):
        old_file.unlink()
        old_file.parent.rmdir()  # only if nothing else is in it
    return store
