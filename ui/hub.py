"""The one signal hub: what pages need to know about each other, connected in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Hub(QObject):
    """Re-emits application-wide events. Pages emit and listen here; they never reach
    into each other. The main window makes the connections."""

    vault_locked = Signal()
    vault_unlocked = Signal()
    entry_saved = Signal(int)
    entry_deleted = Signal(int)
    settings_changed = Signal()
    new_entry_requested = Signal(str)  # a prompt id, or "" for a plain entry
    today_entry_requested = Signal()  # the entry she wrote today, or a new one
    # A record to show on its page: "boundary", "need", "event", "entry", "checkin",
    # "sti_test", "agenda" (a session's topics), "support_person", "safe_place", and its id.
    open_record_requested = Signal(str, int)
    # A step of her path: where its exercise is done (journal.path.EXERCISES: "need",
    # "boundary", ...), and a prompt id for an exercise that is an entry (or "").
    exercise_requested = Signal(str, str)
    open_article_requested = Signal(str)  # a guidance article id, e.g. from the safety plan
    # "Add to my session agenda" from an entry, a boundary or a check-in: the source kind
    # ("entry", "boundary", "checkin"), its id, and a suggested topic she can still edit.
    agenda_add_requested = Signal(str, int, str)
