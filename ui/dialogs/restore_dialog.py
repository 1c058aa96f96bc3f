"""Restore from a backup: a backup file, the passphrase or recovery code that was valid
when it was made, and a NEW empty folder. journal/backup.py does the work on a worker
thread: it checks the file and the secret before writing anything, and removes what it
wrote if anything fails. The journal that is open now is never touched.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from journal.errors import (
    BackupDamaged,
    DiskFull,
    NoRecoveryCode,
    SchemaTooNew,
    VaultExists,
    WrongSecret,
)
from journal.keyslots import Secret
from ui import messages, workers
from ui.file_dialogs import choose_file, choose_folder
from ui.widgets import (
    WorkDialog,
    busy_bar,
    button,
    dialog_layout,
    label,
    message_label,
    path_picker,
    secret_field,
)


def folder_problem(target: Path, current: Path | None) -> str | None:
    """Why `target` cannot take a restored journal (translated), or None."""
    target = target.expanduser().absolute()
    if current is not None:
        current = current.expanduser().absolute()
        if target == current or current in target.parents:
            return QGuiApplication.translate(
                "RestoreDialog", "This is the folder of the journal you use now. Please "
                "choose a new, empty folder somewhere else.")
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        return QGuiApplication.translate(
            "RestoreDialog", "This folder is not empty. A backup is only restored into a "
            "new, empty folder, so that nothing is overwritten. Please choose or make an "
            "empty folder.")
    return None


class RestoreDialog(WorkDialog):
    """Use `restore()`: the folder the backup was restored into, or None."""

    def __init__(self, current: Path | None = None, parent: QWidget | None = None, *,
                 neutral: bool = False, backups: Path | None = None) -> None:
        super().__init__(parent)
        self._backups = backups  # where the file dialog starts: her automatic backups
        self._neutral = neutral  # discreet mode: no "haven" in the file filter
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.setModal(True)
        self._current = current
        self._busy = False
        self.restored: Path | None = None

        self.file_place, self.file_button, file_row = path_picker(
            self.tr("No backup chosen yet"), self.tr("Backup file"),
            self.tr("Choose a backup file"), self)
        self.secret = secret_field(self.tr("The passphrase you had then"),
                                   self.tr("Passphrase"), self)
        self.use_code = QCheckBox(self.tr("I have the recovery code instead"), self)
        self.use_code.setAccessibleName(self.use_code.text())
        secret_hint = label(self.tr(
            "Use the passphrase or recovery code that was valid when the backup was made."),
            "hint", parent=self)
        self.folder_place, self.folder_button, folder_row = path_picker(
            self.tr("No folder chosen yet"), self.tr("New folder"),
            self.tr("Choose a new, empty folder"), self)

        self.error_text = message_label("errorText", parent=self)
        self.busy = busy_bar(self.tr("Restoring"), self)
        self.busy_text = label(self.tr("Checking and restoring…"), "hint", parent=self)
        self.busy_text.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = button(self.tr("Restore"), "primary", parent=self)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._on_restore)

        file_label = QLabel(self.tr("&Backup"), self)
        file_label.setBuddy(self.file_button)
        self.secret_label = QLabel(self.tr("&Passphrase"), self)
        self.secret_label.setBuddy(self.secret)
        folder_label = QLabel(self.tr("&New folder"), self)
        folder_label.setBuddy(self.folder_button)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(file_label, file_row)
        form.addRow(self.secret_label, self.secret)
        form.addRow("", self.use_code)
        form.addRow("", secret_hint)
        form.addRow(folder_label, folder_row)

        dialog_layout(self, self.tr("Restore from a backup"), self.tr(
            "The backup is restored into a new, empty folder. Nothing is overwritten: the "
            "journal you use now stays exactly as it is."), form, self.error_text,
            left=(self.busy, self.busy_text), right=(self.buttons,))

        self.file_button.clicked.connect(self._on_choose_file)
        self.folder_button.clicked.connect(self._on_choose_folder)
        self.secret.textChanged.connect(self._update_button)
        self.use_code.toggled.connect(self._on_code_toggled)
        self._update_button()

    @classmethod
    def restore(cls, parent: QWidget | None, current: Path | None = None, *,
                neutral: bool = False, backups: Path | None = None) -> Path | None:
        """Show the dialog; the folder of the restored journal, or None."""
        dialog = cls(current, parent, neutral=neutral, backups=backups)
        try:
            dialog.exec()
            return dialog.restored
        finally:
            dialog.forget()
            dialog.deleteLater()

    # -- public ----------------------------------------------------------------------

    def set_file(self, path: str) -> None:
        self.file_place.setText(path)
        self.file_place.setCursorPosition(0)
        self.error_text.hide()
        self._update_button()

    def set_folder(self, path: str) -> bool:
        """Take `path` as the new folder if it may hold the restored journal; else say
        why and keep none."""
        problem = folder_problem(Path(path), self._current)
        if problem is not None:
            self.folder_place.clear()
            self._show_error(problem)
        else:
            self.folder_place.setText(path)
            self.folder_place.setCursorPosition(0)
            self.error_text.hide()
        self._update_button()
        return problem is None

    def forget(self) -> None:
        """Empty the passphrase field."""
        self.secret.clear()

    def file_filters(self) -> list[str]:
        """The choices of the file dialog; in discreet mode all files first and no
        "haven" pattern (automatic backups are then named backup-<time>.bak)."""
        if self._neutral:
            return [self.tr("All files (*)"), self.tr("Backups (*.bak)")]
        return [self.tr("Backups (*.havenbackup *.bak)"), self.tr("All files (*)")]

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_choose_file(self) -> None:
        chosen = choose_file(self, self.tr("Choose a backup"), self.file_filters(),
                             str(self._backups or ""), purpose="restore")
        if chosen:
            self.set_file(chosen)

    @Slot()
    def _on_choose_folder(self) -> None:
        chosen = choose_folder(self, self.tr("Choose a new, empty folder"),
                               purpose="restore-folder", new=True)
        if chosen:
            self.set_folder(chosen)

    @Slot(bool)
    def _on_code_toggled(self, code: bool) -> None:
        self.secret.clear()
        self.secret.setPlaceholderText(self.tr("For example 7KQ2-ABCD-…") if code
                                       else self.tr("The passphrase you had then"))
        self.secret.setAccessibleName(self.tr("Recovery code") if code
                                      else self.tr("Passphrase"))
        self.secret_label.setText(self.tr("&Recovery code") if code
                                  else self.tr("&Passphrase"))
        self.secret.setFocus()

    @Slot()
    def _update_button(self) -> None:
        self.restore_button.setEnabled(
            not self._busy and bool(self.file_place.text()) and bool(self.secret.text())
            and bool(self.folder_place.text()))

    @Slot()
    def _on_restore(self) -> None:
        if not self.restore_button.isEnabled():
            return
        source, target = Path(self.file_place.text()), Path(self.folder_place.text())
        problem = folder_problem(target, self._current)  # it may have changed meanwhile
        if problem is not None:
            self.folder_place.clear()
            self._show_error(problem)
            self._update_button()
            return
        text = self.secret.text()
        code = self.use_code.isChecked()
        secret = Secret.recovery_code(text) if code else Secret.passphrase(text)
        self._set_busy(True)

        def work() -> Path:
            from journal.backup import restore_backup

            restore_backup(source, secret, target)  # wipes the secret
            return target

        workers.run_in_background(self, work, on_success=self._on_restored,
                                  on_failure=self._on_failed,
                                  on_bug=lambda: self._set_busy(False), foreground=True)

    # -- private ---------------------------------------------------------------------

    def _on_restored(self, target: Path) -> None:
        self._set_busy(False)
        self.secret.clear()
        self.restored = target
        self.accept()

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_error(self.error_for(exc, recovery_code=self.use_code.isChecked()))
        if isinstance(exc, WrongSecret | NoRecoveryCode):
            self.secret.selectAll()
            self.secret.setFocus()

    def error_for(self, exc: BaseException, *, recovery_code: bool = False) -> str:
        """A translated sentence for what went wrong; nothing was written either way."""
        nothing = " " + self.tr("Nothing was written.")
        if isinstance(exc, WrongSecret):
            return (self.tr("That recovery code does not open this backup.") if recovery_code
                    else self.tr("That passphrase does not open this backup.")) + " " + self.tr(
                "Use the one that was valid when the backup was made.") + nothing
        if isinstance(exc, NoRecoveryCode):
            return self.tr("This backup was made before there was a recovery code. Please "
                           "use the passphrase you had then.") + nothing
        if isinstance(exc, BackupDamaged):
            return self.tr("This file is not a backup that can be restored, or it is "
                           "incomplete or damaged. Please choose another backup.") + nothing
        if isinstance(exc, SchemaTooNew):
            return self.tr("This backup was made by a newer version. Please update the app "
                           "to restore it.") + nothing
        if isinstance(exc, VaultExists):
            return self.tr("The new folder is not empty any more. Please choose an empty "
                           "folder.") + nothing
        if isinstance(exc, DiskFull):
            return self.tr("There is not enough room in the new folder for the restored "
                           "journal. Make some room there or choose another place.") + nothing
        return messages.error_text(exc) + nothing

    def _show_error(self, text: str) -> None:
        self.error_text.setText(text)
        self.error_text.show()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.secret.setReadOnly(busy)
        for widget in (self.file_button, self.folder_button, self.use_code, self.buttons):
            widget.setEnabled(not busy)
        self.busy.setVisible(busy)
        self.busy_text.setVisible(busy)
        if busy:
            self.error_text.hide()
        self._update_button()
