"""The session: whether a journal is open, and everything that ends or pauses it — lock,
quick exit, closing the window, key work and the daily backup on lock.

One state at a time, changed only on the GUI thread::

    LOCKED ──unlock──▶ UNLOCKED ──run_key_work──▶ KEY_WORK ──done──▶ UNLOCKED
      ▲                  │  ▲                        │
      │                lock └──────unlock──┐       lock (everything hidden at once)
      │                  ▼                 │         ▼
      └──vault closed── BACKING_UP ────────┘      LOCKING ──work done──▶ lock
                        (a worker backs up and
                         closes; unlock waits)

    any state ──close or quick exit──▶ QUITTING (final: nothing shows, nothing opens)

Unlocking while BACKING_UP is allowed: the unlock worker waits for the close first
(`wait_until_closed`, a thread event, since it blocks off the GUI thread).
"""

from __future__ import annotations

import contextlib
import enum
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from journal.errors import DiskFull
from journal.form_drafts import FormDrafts
from journal.models import EntryDraft
from journal.vault import Vault
from ui import messages, workers

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# How long unlocking waits for the backup of the session before (made as it locked),
# and closing for work on the vault under way (an export, a re-encryption).
CLOSE_WAIT_SECONDS = 600
WORKER_WAIT_MS = 30_000  # how long closing waits for other work on worker threads
# The form draft that keeps what could not be saved as the journal locked or closed
# without asking her (the words if they fit, else only that something was lost).
UNSAVED_DRAFT = "unsaved_at_lock"


class State(enum.Enum):
    LOCKED = "locked"  # no journal open: the welcome or unlock screen
    UNLOCKED = "unlocked"  # open, and the workspace is hers
    KEY_WORK = "key work"  # open, the vault busy on a worker; the workspace disabled
    LOCKING = "locking"  # a lock asked for during key work: hidden, locks when it ends
    BACKING_UP = "backing up"  # locked; a worker backs up and closes the vault
    QUITTING = "quitting"  # the window closes (a quick exit too)


class JournalSession(QObject):
    """Owns the open vault for the main window and moves it between the states above.
    The window shows the screens; this decides when."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.state = State.LOCKED
        self.vault: Vault | None = None
        self.unlocks = 0  # journals opened so far: tells one unlock from the next
        # What QUITTING needs to know: whether it is a quick exit (nothing may show any
        # more, not even a problem), and whether key work was still running.
        self.quick = False
        self._key_work_at_exit = False
        # Set while no vault of this session is still being backed up and closed.
        self._closed = threading.Event()
        self._closed.set()
        # What could not be saved as the journal locked without asking her: the vault's
        # folder and the unsaved words, kept here only until the next unlock of it.
        self._held: tuple[Path, dict[str, Any]] | None = None
        # The page she was on when the journal locked (its folder, the page's index).
        self._page_at_lock: tuple[Path, int] | None = None

    # -- public ----------------------------------------------------------------------

    @property
    def key_work_running(self) -> bool:
        return self.state in (State.KEY_WORK, State.LOCKING)

    @property
    def journal_open(self) -> bool:
        """Her journal is open: the workspace is hers, or key work runs in it."""
        return self.state in (State.UNLOCKED, State.KEY_WORK)

    def begin(self, vault: Vault) -> bool:
        """A journal was unlocked or created. False (and the vault closed again) once
        the window is closing: unlocked on a worker while it closed (a migration takes
        seconds at 100,000 entries), it is not shown."""
        if self.state is State.QUITTING:
            vault.close()
            return False
        self.vault = vault
        self.state = State.UNLOCKED
        self.unlocks += 1
        return True

    def save_pending(self) -> tuple[bool, str | None]:
        """Flush the open pages: whether that worked, and a translated problem: what
        was raised, or what the pages' autosaves say (their forms go with the window)."""
        workspace = self._window.workspace
        if workspace is None:
            return True, None
        try:
            saved = workspace.save_pending()
        except Exception as exc:  # locking must not be stopped by a failure
            return False, messages.error_text(exc)
        return saved, None if saved else "\n\n".join(workspace.save_problems()) or None

    def lock(self, *, asked: bool = True) -> None:
        """Save what is pending, show the unlock screen, and back up and close the
        vault on a worker.

        A lock she `asked` for (the Lock button) asks before dropping text that cannot be
        saved. Any other (idle, screen lock, sleep, minimising) never waits: it hides
        everything at once, keeps the unsaved words (in the vault as a form draft if
        they fit, else in memory until the next unlock) and tells her after unlocking."""
        window = self._window
        if self.state is State.KEY_WORK:
            # The vault is busy on a worker thread: hide everything now, lock as soon as
            # it is done.
            self.state = State.LOCKING
            if window.workspace is not None:
                window.workspace.hide()
            window.hide_dialogs()
            return
        if self.state is not State.UNLOCKED or self.vault is None:
            return
        if asked:
            saved, problem = self.save_pending()
            if not saved and not messages.confirm(
                    window, self.tr("Lock without your latest changes?"),
                    (problem + "\n\n" if problem else "")
                    + self.tr("Your latest changes could not be saved. If you lock now, "
                              "they are lost."), destructive=True,
                    yes_text=self.tr("Lock anyway"), no_text=self.tr("Go back")):
                return  # she stays, with her text, and can copy it somewhere safe
            if self.state is not State.UNLOCKED:
                return  # locked or left while she was asked
        else:
            with messages.held_back() as shown:
                saved, problem = self.save_pending()
            if not saved:
                self._hold_unsaved(problem or (shown[0][1] if shown else None),
                                   keep_in_memory=True)
        if window.workspace is not None:
            self._page_at_lock = (self.vault.folder, window.workspace.current_page)
        try:
            window.hub.vault_locked.emit()
            window.close_dialogs()
            window.show_unlock()  # the workspace is hidden and deleted
        finally:
            # Even after a bug on the way (it reaches the excepthook), nothing of hers
            # stays on screen and the vault is closed.
            if window.workspace is not None:
                window.workspace.hide()
            try:
                if window.workspace is not None:
                    self._show_unlock_again()
            finally:
                self._close_in_background()

    def _show_unlock_again(self) -> None:
        """The unlock screen did not come (a bug): once more, else Haven hides and then
        ends, on the next turn, once the lock is done: a blank window with no way to
        unlock (and a bug box over it) is no use to her, and a hidden Haven would keep
        holding the journal, so a new start would find it still open."""
        try:
            self._window.show_unlock()
        except Exception:
            self._window.hide()
            QTimer.singleShot(0, self._window, self._window.close)
            raise

    def place_page_at_lock(self) -> None:
        """Just unlocked after a lock of this journal: the place of the page she was on
        shown (and chosen in the sidebar) at once, not Today; `bring_back_page` makes the
        page itself on the next turn."""
        at, vault, workspace = self._page_at_lock, self.vault, self._window.workspace
        if at is not None and vault is not None and workspace is not None \
                and _same_folder(at[0], vault.folder):
            workspace.place(at[1])

    def bring_back_page(self) -> None:
        """Just unlocked after a lock of this journal: the page she was on, not Today."""
        at, self._page_at_lock = self._page_at_lock, None
        vault, workspace = self.vault, self._window.workspace
        if at is not None and vault is not None and workspace is not None \
                and _same_folder(at[0], vault.folder):
            workspace.show_page(at[1])

    def bring_back_unsaved(self) -> None:
        """Just unlocked: words that could not be saved as the journal last locked or
        closed come back into the editor, and she is told what happened."""
        vault, workspace = self.vault, self._window.workspace
        if vault is None or workspace is None:
            return
        held, self._held = self._held, None
        payload = None
        if held is not None and _same_folder(held[0], vault.folder):
            payload = held[1]
        drafts = FormDrafts(vault)
        try:
            stored = drafts.load(UNSAVED_DRAFT)
        except Exception:  # whatever fails, the words held in memory still come back
            stored = None
        if stored is not None:
            # Told once; if even the delete fails (a full disk), she is told again next
            # time, which is better than not at all.
            with contextlib.suppress(Exception):
                drafts.drop(UNSAVED_DRAFT)
        payload = payload or stored
        if payload is None:
            return
        entry = _entry_from(payload.get("entry"))
        if entry is not None:
            workspace.bring_back(*entry)
        pages = [str(p) for p in payload.get("pages", []) if isinstance(p, str)]
        if entry is not None:
            text = self.tr(
                "When your journal locked, your latest words could not be saved. They are "
                "back in the editor and are saved as soon as there is room.")
        else:
            text = self.tr(
                "When your journal last locked or closed, your latest words could not be "
                "saved, and could not be kept. What you typed just before may be missing.")
        if pages:
            text += "\n\n" + self.tr("Not saved on: %1").replace("%1", ", ".join(pages))
        problem = payload.get("problem")
        if isinstance(problem, str) and problem:
            text += "\n\n" + problem
        messages.info(self._window, self.tr("Your latest words"), text)

    def quick_exit(self) -> bool:
        """Save, lock and leave at once, without any question: every window of Haven
        disappears first, open dialogs and message boxes too (hiding a dialog ends its
        exec() with "rejected", so the code waiting on it goes on safely); the rest
        (backup, closing the vault) happens unseen, in the window's closeEvent. False if
        the window was closing already."""
        if self.state is State.QUITTING:
            return False
        key_work = self.key_work_running
        self._quit(quick=True)
        if not key_work:  # else saved before the key work began
            with messages.held_back() as shown:  # a box now would keep her journal shown
                saved, problem = self.save_pending()
            if not saved:
                self._hold_unsaved(problem or (shown[0][1] if shown else None),
                                   keep_in_memory=False)
        while (modal := QApplication.activeModalWidget()) is not None and modal.isVisible():
            modal.hide()  # the innermost first
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.hide()
        self._window.close()
        return True

    def shut_down(self) -> tuple[str | None, str | None]:
        """The window closes: save, wait for key work, make the daily backup if due and
        close the vault, here on the GUI thread (the window is gone already, and the
        process must wait for it anyway before it ends). Returns the translated problems
        with saving and with the backup; a quick exit shows neither."""
        if self.state is not State.QUITTING:
            self._quit(quick=False)
        key_work = self._key_work_at_exit  # saved before it began
        busy = self.vault is None or key_work
        if busy:
            saved, problem = True, None
        elif self.quick:
            with messages.held_back():  # a quick exit shows nothing
                saved, problem = self.save_pending()
        else:
            saved, problem = self.save_pending()
        if not saved:
            self._hold_unsaved(problem, keep_in_memory=False)
        window = self._window
        if self.vault is not None:
            window.hub.vault_locked.emit()
        window.hide()
        window.close_dialogs()
        # Key work still using the vault finishes first, up to ten minutes: leaving in
        # the middle of an export would leave its half-written temporary file behind,
        # in clear if it has no password.
        workers.wait_for_all(CLOSE_WAIT_SECONDS * 1000 if key_work else WORKER_WAIT_MS)
        backup_problem = None
        vault, self.vault = self.vault, None
        self._stop_guards()
        if vault is not None:
            try:
                self._backup_job(vault)()
            except Exception as exc:  # closing must not be stopped by a failed backup
                backup_problem = self._backup_problem(exc)
            workers.wait_for_all(WORKER_WAIT_MS)  # e.g. a passphrase change using the key
            vault.close()
        self._window.clipboard.clear_if_ours()  # nothing of hers stays on the clipboard
        return problem, backup_problem

    def run_key_work(self, work: Callable[[Vault], Any], on_success: Callable[[Any], None],
                     on_failure: Callable[[BaseException], None],
                     on_bug: Callable[[], None] | None = None) -> bool:
        """Run `work(vault)` on a worker thread while nothing else uses the vault: what
        is pending is saved first, the workspace is disabled, and a lock waits until it
        is done (then the result is not delivered). As with workers.run_in_background,
        a bug reaches `on_bug`, not `on_failure`, and is raised after it; the workspace
        is enabled again either way. False if it cannot start now."""
        vault = self.vault
        if vault is None or self.state is not State.UNLOCKED:
            return False
        saved, _problem = self.save_pending()
        if not saved:
            return False  # the page has said why; she can try again once it is saved
        self.state = State.KEY_WORK
        window = self._window
        if window.workspace is not None:
            window.workspace.setEnabled(False)

        def finish() -> bool:
            """Back on the GUI thread: whether the result is still wanted."""
            if not self.key_work_running:
                return False  # the window closed meanwhile
            was, self.state = self.state, State.UNLOCKED
            if window.workspace is not None:
                window.workspace.setEnabled(True)
            if was is State.LOCKING:
                # Everything is hidden already: no question may hold the lock up now.
                self.lock(asked=False)
                return False
            return self.vault is vault

        def succeeded(result: Any) -> None:
            if finish():
                on_success(result)

        def failed(exc: BaseException) -> None:
            if finish():
                on_failure(exc)

        def broke() -> None:
            if finish() and on_bug is not None:
                on_bug()

        workers.run_in_background(self, lambda: work(vault), on_success=succeeded,
                                  on_failure=failed, on_bug=broke, foreground=True)
        return True

    def wait_before_unlock(self) -> None:
        """On the unlock worker: the previous session's backup and close come first."""
        self._closed.wait(CLOSE_WAIT_SECONDS)

    def wait_until_closed(self, timeout_ms: int = 30_000) -> bool:
        """For tests and quitting: block until a lock's backup and close are done."""
        return self._closed.wait(timeout_ms / 1000)

    # -- private ---------------------------------------------------------------------

    def _quit(self, *, quick: bool) -> None:
        self._key_work_at_exit = self.key_work_running
        self.quick = quick
        self.state = State.QUITTING

    def _hold_unsaved(self, problem: str | None, *, keep_in_memory: bool) -> None:
        """Saving failed as the journal locks or closes without asking her: keep the open
        entry's words in the vault as a form draft if they fit (it is the vault that is
        full, most often, so they may not); else at least a note that words were lost,
        and, `keep_in_memory`, the words here until she unlocks again."""
        workspace, vault = self._window.workspace, self.vault
        if workspace is None or vault is None:
            return
        unsaved = workspace.unsaved_entry()
        payload: dict[str, Any] = {
            "entry": None if unsaved is None else _entry_data(*unsaved),
            "pages": list(workspace.unsaved_pages),
            "problem": problem or "",
        }
        drafts = FormDrafts(vault)
        try:
            drafts.save(UNSAVED_DRAFT, payload)
            return  # kept in the vault: nothing needs to stay in memory
        except Exception:  # even a bug must not stop the lock or lose the words below
            pass
        if keep_in_memory:
            self._held = (vault.folder, payload)
        # At least she will know, even if Haven is closed before she unlocks; when
        # nothing fits, only what is in memory (if anything) remains.
        with contextlib.suppress(Exception):
            drafts.save(UNSAVED_DRAFT, {**payload, "entry": None})

    def _stop_guards(self) -> None:
        self._window.idle.stop()
        self._window.clipboard.watching = False

    def _close_in_background(self) -> None:
        """Forget the vault here at once; a worker makes the daily backup if it is due
        and then closes the vault. Unlocking again waits for that (`_closed`)."""
        vault, self.vault = self.vault, None
        self._stop_guards()
        self._window.clipboard.clear_if_ours()
        if vault is None:
            self.state = State.LOCKED
            return
        self.state = State.BACKING_UP
        job = self._backup_job(vault)
        closed = self._closed
        closed.clear()

        def work() -> None:
            try:
                job()
            finally:
                try:
                    vault.close()  # waits for anyone else using it (Vault._guard)
                finally:
                    closed.set()

        def done(_result: object) -> None:
            if self.state is State.BACKING_UP:
                self.state = State.LOCKED

        def failed(exc: BaseException) -> None:
            done(None)
            messages.error(self._window, self.tr("Backup"), self._backup_problem(exc))

        workers.run_in_background(self, work, on_success=done, on_failure=failed,
                                  on_bug=lambda: done(None), foreground=True)

    def _backup_job(self, vault: Vault) -> Callable[[], None]:
        """The automatic backup (at most once a day) as a function that may run on any
        thread. Made where the vault is let go, so once per unlock."""
        from journal.backup import backup_due, make_backup

        settings = self._window.settings
        folder, keep = self._window.backup_folder(), settings.backup_keep
        neutral = settings.discreet  # no "haven" in the file name

        def job() -> None:
            if backup_due(folder):
                make_backup(vault, folder, keep=keep, neutral=neutral)
        return job

    def _backup_problem(self, exc: BaseException) -> str:
        if isinstance(exc, DiskFull):
            return self.tr(
                "The daily backup could not be made: there is not enough room in the "
                "backup folder. Your journal itself is saved and unchanged. Make some "
                "room there, or choose another folder in Settings.")
        return self.tr("The daily backup could not be made: %1").replace(
            "%1", messages.error_text(exc))


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


def _entry_data(entry_id: int | None, draft: EntryDraft) -> dict[str, Any]:
    return {"id": entry_id, "date": draft.entry_date.isoformat(), "title": draft.title,
            "body": draft.body, "mood": draft.mood, "tags": list(draft.tags),
            "prompt_id": draft.prompt_id, "share": draft.share_with_therapist}


def _entry_from(data: object) -> tuple[int | None, EntryDraft] | None:
    """The entry kept by `_entry_data`, or None if there is none or it is garbled."""
    if not isinstance(data, dict):
        return None
    try:
        entry_id = data.get("id")
        mood = data.get("mood")
        draft = EntryDraft(
            entry_date=date.fromisoformat(str(data["date"])),
            title=str(data.get("title", "")), body=str(data.get("body", "")),
            mood=mood if isinstance(mood, int) else None,
            tags=[str(t) for t in data.get("tags", []) if isinstance(t, str)],
            prompt_id=data.get("prompt_id") if isinstance(data.get("prompt_id"), str) else None,
            share_with_therapist=bool(data.get("share")))
    except (KeyError, ValueError, TypeError):
        return None
    return (entry_id if isinstance(entry_id, int) else None), draft
