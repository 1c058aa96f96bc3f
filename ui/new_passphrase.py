"""Choose a new passphrase (after opening the journal with the recovery code)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from journal.keyslots import MIN_PASSPHRASE_LENGTH
from ui.welcome import passphrase_strength
from ui.widgets import label, secret_field


class NewPassphraseDialog(QDialog):
    """Use `get_passphrase()`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Haven")
        title = label(self.tr("Choose a new passphrase"), "pageTitle", parent=self)
        explain = label(self.tr(
            "You opened your journal with your recovery code. If you have forgotten your "
            "passphrase, choose a new one now. Your recovery code keeps working."), parent=self)
        self.passphrase = secret_field(self.tr("New passphrase"), self.tr("New passphrase"),
                                       self)
        self.repeat = secret_field(self.tr("Type it once more"),
                                   self.tr("Repeat the new passphrase"), self)
        self.status = label("", "hint", parent=self)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("Use this passphrase"), self)
        self.save_button.setObjectName("primary")
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        for widget in (title, explain, self.passphrase, self.repeat, self.status, self.buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(480)
        self.passphrase.textChanged.connect(self._on_changed)
        self.repeat.textChanged.connect(self._on_changed)
        self._on_changed()

    @classmethod
    def get_passphrase(cls, parent: QWidget | None) -> tuple[str, bool]:
        """The new passphrase and True, or ("", False) when she chose not now."""
        dialog = cls(parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return "", False
            return dialog.passphrase.text(), True
        finally:
            dialog.passphrase.clear()
            dialog.repeat.clear()
            dialog.deleteLater()

    @Slot()
    def _on_changed(self) -> None:
        text, repeat = self.passphrase.text(), self.repeat.text()
        if len(text) < MIN_PASSPHRASE_LENGTH:
            status = self.tr("At least %1 characters.").replace(
                "%1", str(MIN_PASSPHRASE_LENGTH))
        elif repeat != text:
            status = self.tr("The two passphrases are not the same yet.")
        elif passphrase_strength(text) <= 1:
            status = self.tr("Weak: this would be easy to guess.")
        else:
            status = self.tr("Both are the same.")
        self.status.setText(status)
        self.save_button.setEnabled(len(text) >= MIN_PASSPHRASE_LENGTH and text == repeat)
