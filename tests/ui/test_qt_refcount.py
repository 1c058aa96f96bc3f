"""Guard against a Qt binding that leaks or over-releases references in calls the app
makes on every keystroke. PySide6 6.12.0 on Python 3.11 released None once per
QLabel.setText, so typing long enough aborted the app ("deallocating None")."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

CALLS = 5_000


def test_everyday_widget_calls_keep_none_references_balanced(qapp):
    host = QWidget()
    label, line, text = QLabel(host), QLineEdit(host), QPlainTextEdit(host)
    timer = QTimer(host)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText("Not saved yet" if i % 2 else "")
        line.setText("a title")
        text.toPlainText()
        host.tr("%n words", "", i)
        timer.start(1000)
    drift = sys.getrefcount(None) - before
    assert abs(drift) < CALLS // 10, f"None references drifted by {drift}"
