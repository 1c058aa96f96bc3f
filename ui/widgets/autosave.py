"""Autosave for every form that keeps her words: a second after the last change, and at
once on `flush()` (save_pending before a lock, a quick exit or a page switch).

A failed save is told the same calm way on every page: one sentence in the form's own
message line, never a box that interrupts her typing. What she wrote stays in the form,
and her next change (or the next `flush()`) tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QLabel, QWidget

from journal.errors import RecordNotFound
from ui import messages
from ui.hub import Hub
from ui.widgets import autosave_timer, message_label

Draft = TypeVar("Draft")


def save_failed_text(exc: BaseException) -> str:
    """The one sentence for a save that failed: why, and that nothing is lost."""
    return QCoreApplication.translate(
        "Autosave", "Not saved: %1 What you wrote is still here; Haven tries again with "
                    "your next change.").replace("%1", messages.error_text(exc))


class Autosave(QObject):
    """Calls `write()` a second after `changed()`, or at once on `flush()`.

    `write()` stores the form and returns True, or returns False when the form cannot be
    stored yet for a reason the page itself shows (a need without words). A failure it
    raises (messages.FAILURES) becomes the inline message in `message`, which the page
    puts in its layout.
    """

    def __init__(self, parent: QWidget, write: Callable[[], bool], *,
                 is_open: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent)
        self._write = write
        self._is_open = is_open  # False while the vault is locked: nothing is tried
        self._dirty = False
        self._saving = False
        self._timer = autosave_timer(self, self._on_timeout)
        self._announce: Callable[[], None] = lambda: None
        self.message: QLabel = message_label("errorText", parent=parent)
        self.message.setProperty("autosaveMessage", True)  # found by Workspace.save_problems

    def announce(self, hub: Hub, kind: str) -> None:
        """After every stored write, tell the other pages: `hub.records_changed(kind)`."""
        self._announce = lambda: hub.records_changed.emit(kind)

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def is_waiting(self) -> bool:
        """Whether the timer runs: a save will follow by itself."""
        return self._timer.isActive()

    def changed(self) -> None:
        """She changed something: save a second after her last change."""
        self._dirty = True
        self._timer.start()  # restarts: saves a second after typing stops

    def mark_pending(self) -> None:
        """Something is unsaved but needs no timer (a restored draft): the next change
        or `flush()` saves it."""
        self._dirty = True

    def flush(self) -> bool:
        """Save now if anything changed. True when nothing is left unsaved."""
        self._timer.stop()
        if not self._dirty or self._saving:
            return not self._dirty
        if not self._is_open():
            return False
        self._saving = True
        try:
            try:
                stored = self._write()
            # A failed write keeps her words on screen and is told. A bug is not
            # caught: the form stays unsaved (dirty), so her words stay too.
            except messages.FAILURES as exc:
                self._show_failure(exc)
                return False
        finally:
            self._saving = False
        if not stored:
            return False
        self._dirty = False
        self._show_failure(None)
        self._announce()
        return True

    def reset(self) -> None:
        """Another record is shown, or this one was deleted: nothing is pending."""
        self._timer.stop()
        self._dirty = False
        self._show_failure(None)

    def _show_failure(self, exc: BaseException | None) -> None:
        self.message.setText("" if exc is None else save_failed_text(exc))
        self.message.setVisible(exc is not None)

    @Slot()
    def _on_timeout(self) -> None:
        self.flush()


class RecordAutosave(Autosave, Generic[Draft]):
    """Autosave for one stored record: made with `create(draft)` the first time, then
    `update(id, draft)`. A record that went away meanwhile (deleted elsewhere, an import
    that replaced it) is made again, so what she wrote is kept.

    `collect()` returns the draft, or None when there is nothing to store yet (a new
    record still empty). `ready(draft)` is False when the draft cannot be stored yet for
    a reason the page shows itself; it stays pending. `on_saved(id, is_new)` follows
    every stored draft.
    """

    def __init__(self, parent: QWidget, *, collect: Callable[[], Draft | None],
                 create: Callable[[Draft], int], update: Callable[[int, Draft], Any],
                 on_saved: Callable[[int, bool], None] = lambda _id, _new: None,
                 ready: Callable[[Draft], bool] = lambda _draft: True,
                 is_open: Callable[[], bool] = lambda: True) -> None:
        super().__init__(parent, self._store, is_open=is_open)
        self._collect = collect
        self._ready = ready
        self._create = create
        self._update = update
        self._on_saved = on_saved
        self.record_id: int | None = None

    def show(self, record_id: int | None) -> None:
        """The form now shows this stored record (None: a new one)."""
        self.reset()
        self.record_id = record_id

    def _store(self) -> bool:
        draft = self._collect()
        if draft is None:
            return True  # nothing to keep yet: a new record is not stored empty
        if not self._ready(draft):
            return False
        is_new = self.record_id is None
        if self.record_id is None:
            self.record_id = self._create(draft)
        else:
            try:
                self._update(self.record_id, draft)
            except RecordNotFound:
                self.record_id = self._create(draft)
                is_new = True
        self._on_saved(self.record_id, is_new)
        return True
