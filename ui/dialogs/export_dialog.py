"""Export the whole journal: Haven JSON (to move to another computer, or to keep) or a
folder of Markdown files (to leave Haven), either in clear or inside a zip protected
with a password (AES-256).

An export is the one place where her writing leaves the vault, so before writing one
without a password Haven says plainly that anyone who finds it can read it, and offers
the protected zip instead. The export is written off the GUI thread (through the `run`
function the main window gives). The place she chose is not remembered: not in the
settings, not in a recent-files list (the file dialog is Qt's own).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QWidget,
)

from journal import export_container
from journal.errors import TargetInVault
from journal.targets import vault_holding
from journal.vault import Vault
from ui import messages
from ui.file_dialogs import choose_folder
from ui.widgets import (
    KeyWorkRunner,
    WorkDialog,
    busy_bar,
    button,
    dialog_layout,
    label,
    message_label,
    path_picker,
)
from ui.widgets.passphrase_fields import PassphraseFields

if TYPE_CHECKING:
    from journal.export import ExportResult

def export_target(folder: Path, fmt: str, protected: bool, today: date, *,
                  neutral: bool = False) -> Path:
    """A new name in `folder`: haven-export-YYYY-MM-DD(.json|.enc|-markdown.zip|-markdown
    folder), made unique; notes-YYYY-MM-DD... when `neutral` (discreet mode: no "haven" in
    a file name). A protected Haven export is the Argon2id container (.enc)."""
    if fmt == "json":
        suffix = export_container.SUFFIX if protected else ".json"
    else:
        suffix = ".zip" if protected else ""
    stem = (f"{'notes' if neutral else 'haven-export'}-{today.isoformat()}"
            + ("-markdown" if fmt == "markdown" else ""))
    candidate, n = folder / f"{stem}{suffix}", 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{suffix}"
    return candidate


class ExportDialog(WorkDialog):
    """Use `open_for()`; tests build it and call `set_folder()` and `export()`."""

    FORMATS = ("json", "markdown")

    def __init__(self, run: KeyWorkRunner, parent: QWidget | None = None, *,
                 neutral: bool = False) -> None:
        super().__init__(parent)
        self._neutral = neutral  # discreet mode: neutral file names
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.setModal(True)
        self._run = run
        self._busy = False
        self._folder = ""
        self.exported: ExportResult | None = None  # not `result`: QDialog.result() is

        self.format = QComboBox(self)
        self.format.addItem(self.tr("Haven export (one file with everything)"), "json")
        self.format.addItem(self.tr("A folder of Markdown files, one per entry"), "markdown")
        self.format.setAccessibleName(self.tr("Export as"))
        self.folder, self.choose_button, place = path_picker(
            self.tr("Nothing chosen yet"), self.tr("Folder to export to"),
            self.tr("Choose a folder to export to"), self)
        self.protect = QCheckBox(self.tr("Protect it with a password"), self)
        self.protect.setChecked(True)
        self.password = PassphraseFields(self.tr("Password for the export"), self,
                                         labels=(self.tr("Password"), self.tr("Repeat it")))
        protect_hint = label(self.tr(
            "Without a password, anyone who finds the export can read everything in it. "
            "Keep the password somewhere safe: without it the export cannot be opened. A "
            "Haven export is protected as strongly as your journal; Markdown files go into "
            "a zip file, whose password is much quicker to guess and whose list of files "
            "anyone can read."),
            "hint", parent=self)
        protect_hint.setAlignment(Qt.AlignmentFlag.AlignTop)  # any spare height below it

        self.status = message_label(parent=self)
        self.error_text = message_label("errorText", parent=self)
        self.busy = busy_bar(self.tr("Working"), self)
        self.export_button = button(self.tr("Export"), "primary", parent=self)
        self.close_button = button(self.tr("Close"), parent=self)
        for choice in (self.export_button, self.close_button):
            choice.setIcon(QIcon())

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("Into the folder"), place)
        form.addRow("", self.protect)
        form.addRow("", self.password)
        form.addRow("", protect_hint)
        dialog_layout(self, self.tr("Export your journal"), self.tr(
            "Take everything you wrote with you: to keep it safe, to move to another "
            "computer, or to leave Haven."), form, self.status, self.error_text,
            left=(self.busy,), right=(self.export_button, self.close_button))

        self.choose_button.clicked.connect(self._on_choose)
        self.protect.toggled.connect(self._update)
        self.password.changed.connect(self._update)
        self.export_button.clicked.connect(self.export)
        self.close_button.clicked.connect(self.reject)
        self._update()

    @classmethod
    def open_for(cls, parent: QWidget | None, run: KeyWorkRunner, *, neutral: bool = False) -> None:
        dialog = cls(run, parent, neutral=neutral)
        try:
            dialog.exec()
        finally:
            dialog.password.clear()
            dialog.deleteLater()

    # -- public ----------------------------------------------------------------------

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.FORMATS.index(fmt))

    def set_folder(self, folder: str | Path) -> None:
        self._folder = str(folder)
        self.folder.setText(self._folder)
        self.folder.setCursorPosition(0)
        self._update()

    @Slot()
    def export(self) -> None:
        """Warn first if it is to be written without a password; then write it."""
        if self._busy or not self._folder:
            return
        if not self.protect.isChecked() and not messages.confirm(
                self, self.tr("Export without a password?"),
                self.tr("Anyone who finds this export can read everything you wrote: on this "
                        "computer, on a USB stick, or in a cloud folder. You can protect it "
                        "with a password instead; it then only opens with that password."),
                yes_text=self.tr("Export without a password"),
                no_text=self.tr("Protect it with a password"), destructive=True):
            self.protect.setChecked(True)
            self.password.setFocus()
            return
        protected = self.protect.isChecked()
        if protected and not self.password.acceptable():
            return
        password = self.password.text() if protected else None
        fmt = str(self.format.currentData())
        target = export_target(Path(self._folder), fmt, protected, date.today(),
                               neutral=self._neutral)
        if (inside := vault_holding(target)) is not None:  # before the slow work starts
            self.error_text.setText(messages.error_text(TargetInVault(str(target),
                                                                      str(inside))))
            self.error_text.show()
            return
        # Imported here: pyzipper and its crypto take about 0.1 s to import, which
        # every start of the app would pay otherwise.
        from journal.export import export_json, export_markdown, export_protected

        def work(vault: Vault) -> ExportResult:
            if fmt == "json" and password:
                return export_protected(vault, target, password)
            if fmt == "json":
                return export_json(vault, target, password=password, neutral=self._neutral)
            return export_markdown(vault, target, password=password)

        def done(result: ExportResult) -> None:
            self._set_busy(False)
            self.exported = result
            self.password.clear()
            # Not only entries: a JSON export also holds her check-ins, boundaries, ….
            if result.records:
                text = self.tr("%1 and %2 exported to %3.").replace(
                    "%1", self.tr("%n entries", "", result.entries)).replace(
                    "%2", self.tr("%n other records (check-ins, safe places and the like)",
                                  "", result.records)).replace("%3", str(result.path))
            else:
                text = self.tr("%n entries exported to %1.", "", result.entries).replace(
                    "%1", str(result.path))
            if result.encrypted:
                text += " " + self.tr("It opens only with the password you chose.")
            self.status.setText(text)

        def stopped() -> None:  # failed, or a bug (which reaches sys.excepthook)
            self._set_busy(False)
            self.status.setText("")  # no longer "Writing the export…"

        def failed(exc: BaseException) -> None:
            stopped()
            self.error_text.setText(messages.error_text(exc) + " " + self.tr(
                "Nothing was exported."))
            self.error_text.show()

        self._set_busy(True)
        if not self._run(work, done, failed, stopped):
            self._set_busy(False)
            self.error_text.setText(self.tr(
                "This cannot be done right now. Please make sure your latest writing is "
                "saved, then try again."))
            self.error_text.show()

    # -- private ---------------------------------------------------------------------

    @Slot()
    def _on_choose(self) -> None:
        chosen = choose_folder(self, self.tr("Choose a folder for the export"),
                               self._folder, purpose="export")
        if chosen:
            self.set_folder(chosen)

    @Slot()
    def _update(self) -> None:
        protected = self.protect.isChecked()
        self.password.setVisible(protected)
        ready = bool(self._folder) and (not protected or self.password.acceptable())
        self.export_button.setEnabled(ready and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.format, self.choose_button, self.protect, self.close_button):
            widget.setEnabled(not busy)
        self.password.set_read_only(busy)
        self.busy.setVisible(busy)
        self.status.setText(self.tr("Writing the export…") if busy else self.status.text())
        if busy:
            self.error_text.hide()
        self._update()
