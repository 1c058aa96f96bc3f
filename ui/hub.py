"""The one signal hub: what pages need to know about each other, connected in one place."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

# records_changed's kind when anything may have changed (an import).
ALL_RECORDS = "*"


class Hub(QObject):
    """Application-wide signals. Pages emit and listen here, and never reach into each
    other; the workspace and the main window connect what opens or asks for what.

    `records_changed(kind)` follows a write to the vault made through the app: "entry",
    "checkin", "need", "boundary", "safe_place", "support", "safety", "agenda", or
    ALL_RECORDS after an import. A page that shows records of that kind from another
    page refreshes them (and ignores what it wrote itself)."""

    vault_locked = Signal()
    settings_changed = Signal()
    records_changed = Signal(str)
    new_entry_requested = Signal(str)  # a prompt id, or "" for a plain entry
    today_entry_requested = Signal()  # the entry she wrote today, or a new one
    # A record to show on its page: "boundary", "need", "event", "entry", "checkin",
    # "sti_test", "agenda" (a session's topics), "support_person", "safe_place", and its id.
    open_record_requested = Signal(str, int)
    # A step of her path: where its exercise is done (journal.path.EXERCISES: "need",
    # "boundary", ...), a prompt id for an exercise that is an entry, or a boundary
    # example's id (journal.boundaries templates) to start from (or ""), and, from My
    # path, a line that says which step it is for the page where it is done ("My path,
    # step 1 · Write down the name of one person…"; else "").
    exercise_requested = Signal(str, str, str)
    open_article_requested = Signal(str)  # a guidance article id, e.g. from the safety plan
    # "Help now" from a link in an article: a section to show ("report"), or "" for its top.
    help_now_requested = Signal(str)
    # "Add to my session agenda" from an entry, a boundary or a check-in: the source kind
    # ("entry", "boundary", "checkin"), its id, and a suggested topic she can still edit.
    agenda_add_requested = Signal(str, int, str)
    # The summary for her therapist, from a page other than Today (Next session).
    summary_requested = Signal()
    # She deleted something and asked that the automatic backups no longer hold it.
    backups_remake_requested = Signal()
