"""A small settings dialog: language and appearance (later issues add more)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ui.settings import Settings
from ui.widgets import label


class SettingsDialog(QDialog):
    """Use `edit()`; it writes the settings only when she presses OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Haven")
        self._settings = settings

        title = label(self.tr("Settings"), "pageTitle", parent=self)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Follow the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("Nederlands", "nl")
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.appearance = QComboBox(self)
        self.appearance.addItem(self.tr("Follow the system"), "system")
        self.appearance.addItem(self.tr("Light"), "light")
        self.appearance.addItem(self.tr("Dark"), "dark")
        self.appearance.setAccessibleName(self.tr("Appearance"))
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(settings.appearance)))

        self.faith = QCheckBox(self.tr("Include prompts and texts about faith"), self)
        self.faith.setAccessibleName(self.faith.text())
        self.faith.setChecked(settings.faith_content)

        self.family = QCheckBox(self.tr("Show boundary examples for families with children"),
                                self)
        self.family.setAccessibleName(self.family.text())
        self.family.setChecked(settings.family_templates)

        form = QFormLayout()
        form.setSpacing(12)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Appearance"), self.appearance)
        form.addRow("", self.faith)
        form.addRow("", self.family)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)

    @classmethod
    def edit(cls, parent: QWidget | None, settings: Settings) -> tuple[bool, bool]:
        """Show the dialog. Returns (changed, language_changed)."""
        dialog = cls(settings, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False, False
            return dialog.apply()
        finally:
            dialog.deleteLater()

    def apply(self) -> tuple[bool, bool]:
        """Write the chosen values. Returns (changed, language_changed)."""
        s = self._settings
        before = (s.language, s.appearance, s.faith_content, s.family_templates)
        language_before = s.effective_language()
        if self.language.currentData() != s.language:  # keeps a --lang choice otherwise
            s.language = self.language.currentData()
        s.appearance = self.appearance.currentData()
        s.faith_content = self.faith.isChecked()
        s.family_templates = self.family.isChecked()
        s.sync()
        changed = before != (s.language, s.appearance, s.faith_content, s.family_templates)
        return changed, s.effective_language() != language_before
