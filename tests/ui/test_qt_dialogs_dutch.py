"""Qt's own dialogs speak her language too: Qt's Dutch catalogue is loaded beside
Haven's, and the words it lacks (the file dialog's "Look in:", "Files of type:") come
from Haven's own .ts."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QMessageBox

from ui.qt_strings import folder_type


def labels_of(dialog: QFileDialog) -> list[str]:
    return sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())


def file_dialog(qtbot) -> QFileDialog:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    return dialog


def test_qt_dialogs_are_dutch_after_switching_language_in_settings(make_app, qtbot):
    app = make_app("--lang", "en")
    assert labels_of(file_dialog(qtbot)) == ["&Look in:", "File &name:", "Files of &type:"]
    app.settings.language_override = None
    app.settings.language = "nl"
    app.hub.settings_changed.emit()
    assert app.language == "nl"

    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    assert sorted(b.text() for b in box.buttons()) == ["&Ja", "Annuleren"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert [b.text() for b in buttons.buttons()] == ["Sluiten"]
    assert labels_of(file_dialog(qtbot)) == ["&Zoeken in:", "Bestands&naam:",
                                             "Bestands&type:"]
    assert folder_type() == "Map"
