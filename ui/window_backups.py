"""The window's part in the automatic backups: where they go, the check after
unlocking, a fresh one after a delete she asked to reach the backups too, and bringing
them to a new key. The backup on lock and close is the session's (ui/session.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from journal.vault import Vault
from ui import messages, workers
from ui.session import State

if TYPE_CHECKING:
    from journal.backup import BackupStatus
    from ui.main_window import MainWindow


class WindowBackups(QObject):
    """Backups as the window sees them; what they say appears over the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def folder(self) -> Path:
        from journal.backup import default_folder

        chosen = self._window.settings.backup_folder
        return Path(chosen) if chosen else default_folder(self._window.folder)

    @Slot()
    def remake(self) -> None:
        """After a delete she asked to reach the backups too: one fresh automatic backup
        of the journal as it is now, then the older ones deleted (her backup folder and
        the journal's own), on a worker thread."""
        from journal.backup import default_folder, remake_backups

        window = self._window
        folders = list(dict.fromkeys([self.folder(), default_folder(window.folder)]))
        neutral = window.settings.discreet

        def work(vault: Vault) -> int:
            return sum(remake_backups(vault, folder, neutral=neutral) for folder in folders)

        def done(removed: int) -> None:
            if removed:  # none there: nothing held it
                messages.notice(window, self.tr("The older automatic backups were "
                                                "replaced by a fresh one without it."))

        def failed(exc: BaseException) -> None:
            messages.error(window, self.tr("The backups were not changed"),
                           messages.error_text(exc) + " " + self.tr(
                               "The entry is deleted from your journal; older backups still "
                               "hold it."))

        if not window.run_key_work(work, done, failed):
            messages.error(window, self.tr("The backups were not changed"), self.tr(
                "The entry is deleted from your journal; older backups still hold it."))

    def refresher(self) -> Callable[[Vault], None]:
        """After a new key: the automatic backups (her backup folder, and the journal's
        own) brought to it, on whichever thread runs the key work."""
        from journal.backup import default_folder, refresh_backups

        folders = list(dict.fromkeys([self.folder(), default_folder(self._window.folder)]))
        neutral = self._window.settings.discreet

        def refresh(vault: Vault) -> None:
            for folder in folders:
                refresh_backups(vault, folder, neutral=neutral)
        return refresh

    def check(self, vault: Vault) -> None:
        """After unlocking: tell her calmly when the automatic backups have been failing
        or missing for more than a day while she wrote, or when files in the backup
        folder only look like backups (they are left alone)."""
        from journal.backup import backup_status

        window = self._window
        folder = self.folder()

        def told(status: BackupStatus) -> None:
            if window.vault is not vault or window.journal_session.state is State.QUITTING:
                return
            text = self.status_text(status)
            if text:
                messages.info(window, self.tr("Backups"), text)

        workers.run_in_background(window, lambda: backup_status(folder, vault.folder),
                                  on_success=told, on_failure=lambda _exc: None)

    def status_text(self, status: BackupStatus) -> str:
        parts = []
        if status.overdue:
            parts.append(self.tr(
                "Your journal has changed for more than a day since its last backup: "
                "the daily backups have been failing or are missing. Your journal itself "
                "is fine. Check the backup folder in Settings; a backup is made when you "
                "lock or close."))
        if status.invalid:
            parts.append(self.tr(
                "These files in the backup folder have a backup's name but are not "
                "whole backups. They are not counted and left alone:\n%1")
                .replace("%1", "\n".join(p.name for p in status.invalid)))
        return "\n\n".join(parts)
