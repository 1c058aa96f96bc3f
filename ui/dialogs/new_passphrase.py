"""Choose a new passphrase (after opening the journal with the recovery code)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget

from ui.widgets import dialog_layout
from ui.widgets.passphrase_fields import PassphraseFields


class NewPassphraseDialog(QDialog):
    """Use `get_passphrase()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.fields = PassphraseFields(self.tr("New passphrase"), self)
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Use this passphrase"), self)
        self.save_button.setObjectName("primary")
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        dialog_layout(self, self.tr("Choose a new passphrase"), self.tr(
            "You opened your journal with your recovery code. If you have forgotten your "
            "passphrase, choose a new one now. Your recovery code keeps working."),
            self.fields, right=(self.buttons,), min_width=480)
        self.fields.changed.connect(self._on_changed)
        self.repeat.returnPressed.connect(self._on_return)
        self._on_changed()

    @classmethod
    def get_passphrase(cls, parent: QWidget | None) -> tuple[str, bool]:
        """The new passphrase and True, or ("", False) when she chose not now."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return "", False
            return dialog.fields.text(), True
        finally:
            dialog.fields.clear()
            dialog.deleteLater()

    @Slot()
    def _on_changed(self) -> None:
        self.save_button.setEnabled(self.fields.acceptable())

    @Slot()
    def _on_return(self) -> None:
        if self.fields.acceptable():
            self.accept()
