"""About: the version, the licence and the notices of the software Haven is built on,
that it never connects to the network, and where the journal is kept.

In discreet mode it uses the neutral name like every other screen (the translated texts
through the name translator, the notices here)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from journal.version import version
from ui import discreet, resources
from ui.settings import Settings
from ui.widgets import label

LICENCE_FILE = ("licenses", "GPL-3.0-or-later.txt")
NOTICES_FILE = ("licenses", "NOTICES.txt")


class AboutDialog(QDialog):
    """Use `show_about()`. `folder` is the journal in use, or None while it is locked
    (the lock screen tells nothing about where it is)."""

    def __init__(self, settings: Settings, folder: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        name = discreet.display_name(settings)

        title = label(name, "pageTitle", parent=self)
        self.version_text = label(self.tr("Version %1").replace("%1", version()), parent=self)
        self.version_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = label(self.tr(
            "A private, encrypted journal. It is free software: you may use, share and "
            "change it under the GNU General Public License, version 3 or later. It comes "
            "without any warranty."), parent=self)
        self.network_text = label(self.tr(
            "Haven never connects to the network: no update checks, no crash reports, no "
            "telemetry."), "hint", parent=self)

        self.folder = QLineEdit(self)
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Journal folder in use"))
        self.folder.setText(str(folder) if folder is not None else self.tr(
            "Shown once your journal is open"))
        self.folder.setCursorPosition(0)
        place = QFormLayout()
        place.addRow(self.tr("Your journal is kept in"), self.folder)

        self.tabs = QTabWidget(self)
        self.licence = self._text_view(_read(LICENCE_FILE), self.tr("Licence"))
        notices = _read(NOTICES_FILE)
        if settings.discreet:
            notices = discreet.neutral_text(notices, name)
        self.notices = self._text_view(notices, self.tr("Software Haven is built on"))
        self.tabs.addTab(self.licence, self.tr("Licence"))
        self.tabs.addTab(self.notices, self.tr("Software used"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for choice in buttons.buttons():
            choice.setIcon(QIcon())  # some styles add stock icons; words are enough
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.version_text)
        layout.addWidget(summary)
        layout.addWidget(self.network_text)
        layout.addLayout(place)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.resize(680, 640)

    @classmethod
    def show_about(cls, parent: QWidget | None, settings: Settings,
                   folder: Path | None) -> None:
        dialog = cls(settings, folder, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _text_view(self, text: str, accessible: str) -> QPlainTextEdit:
        view = QPlainTextEdit(self)
        view.setReadOnly(True)
        view.setPlainText(text)
        view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        view.setAccessibleName(accessible)
        return view


def _read(parts: tuple[str, ...]) -> str:
    return resources.resource(*parts).read_text(encoding="utf-8")
