"""A passphrase field forgets what was typed once it is cleared: no undo brings it back
(with "show" on, Qt's undo works on a line edit), and Qt keeps no history of it."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from ui.widgets import secret_field
from ui.widgets.passphrase_fields import PassphraseFields


def test_a_cleared_secret_field_cannot_undo_back_to_the_passphrase(qtbot):
    field = secret_field("", "")
    qtbot.addWidget(field)
    field.setEchoMode(QLineEdit.EchoMode.Normal)  # as "show the passphrase" does
    QTest.keyClicks(field, "zq typed secret")
    field.clear()
    assert not field.isUndoAvailable()
    field.undo()
    assert field.text() == ""


def test_cleared_new_passphrase_fields_cannot_undo_either(qtbot):
    fields = PassphraseFields("Passphrase")
    qtbot.addWidget(fields)
    for field in (fields.passphrase, fields.repeat):
        field.setEchoMode(QLineEdit.EchoMode.Normal)
        QTest.keyClicks(field, "zq typed secret")
    fields.clear()
    for field in (fields.passphrase, fields.repeat):
        field.undo()
        assert field.text() == ""
