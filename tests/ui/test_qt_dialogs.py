"""Qt's own dialogs speak her language too: Qt's Dutch catalogue is loaded beside
Haven's, and the words it lacks (the file dialog's "Look in:", "Files of type:") come
from Haven's own .ts. Their buttons are words, without stock icons glued to them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProxyStyle,
    QStyle,
    QStyleFactory,
)

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


class IconsOnButtons(QProxyStyle):
    """A desktop whose style puts stock icons on dialog buttons (GNOME and KDE themes
    do), which glued a ✗ to "Sluiten"."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


def test_no_dialog_button_gets_a_stock_icon_glued_to_its_word(qapp, qtbot):
    from ui import theme
    from ui.dialogs.keys_dialog import KeysDialog

    before = (qapp.style().name(), qapp.styleSheet(), qapp.palette())
    theme.apply(qapp, "light")
    qapp.setStyle(IconsOnButtons(QStyleFactory.create("Fusion")))
    try:
        dialog = KeysDialog(lambda *_a: False)
        qtbot.addWidget(dialog)
        box = QMessageBox(QMessageBox.Icon.NoIcon, "x", "y",
                          QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Ok)
        qtbot.addWidget(box)
        with_icons = [b.text() for b in (*dialog.findChildren(QAbstractButton),
                                         *box.buttons())
                      if isinstance(b.parentWidget(), QDialogButtonBox)
                      and not b.icon().isNull()]
        assert with_icons == []
    finally:
        qapp.setStyle(before[0])
        qapp.setStyleSheet(before[1])
        qapp.setPalette(before[2])
