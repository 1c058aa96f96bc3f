"""The one signal hub: what pages need to know about each other, connected in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# records_changed's kind when anything may have changed (an import).
ALL_RECORDS = "*"


class Hub(QObject):
    """Application-wide signals. Pages emit and listen here, and never reach into each
    other; the workspace and the main window connect what opens or asks for what.

    `records_changed(kind)` follows a write to the vault made through the app: "entry",
    "checkin", "need", "boundary", "safe_place", "support", "safety", or ALL_RECORDS after
    an import. A page that shows records of that kind from another page refreshes them
    (and ignores what it wrote itself)."""

    vault_locked = Signal()
    settings_changed = Signal()
    records_changed = Signal(str)
    new_entry_requested = Signal(str)  # a prompt id, or "" for a plain entry
    open_record_requested = Signal(str, int)  # "boundary" or "need", and its id
    open_article_requested = Signal(str)  # a guidance article id, e.g. from the safety plan
    # "Add to my session agenda" from an entry, a boundary or a check-in: the source kind
    # ("entry", "boundary", "checkin"), its id, and a suggested topic she can still edit.
    agenda_add_requested = Signal(str, int, str)
