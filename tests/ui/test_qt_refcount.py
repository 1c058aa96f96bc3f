"""Guard against a Qt binding that leaks or over-releases references in calls the app
makes on every keystroke. PySide6 6.12.0 on Python 3.11 released None once per
QLabel.setText, so typing long enough aborted the app ("deallocating None")."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QWidget

CALLS = 5_000


def everyday_calls(text: str, calls: int = CALLS) -> None:
    """What typing does, `calls` times over, with `text` as the argument."""
    host = QWidget()
    label, line, edit = QLabel(host), QLineEdit(host), QPlainTextEdit(host)
    timer = QTimer(host)
    for i in range(calls):
        label.setText(text if i % 2 else "")
        line.setText(text)
        edit.toPlainText()
        host.tr(text, "", i)
        timer.start(1000)
    host.deleteLater()


@pytest.mark.skipif(sys.version_info >= (3, 12), reason=(
    "None is immortal from Python 3.12 on: its count never changes, so this cannot fail "
    "there (and an over-release cannot free it either); the argument test below guards "
    "every version"))
def test_everyday_widget_calls_keep_none_references_balanced(qapp):
    before = sys.getrefcount(None)
    everyday_calls("a title")
    drift = sys.getrefcount(None) - before
    assert abs(drift) < CALLS // 10, f"None references drifted by {drift}"


def test_everyday_widget_calls_keep_their_argument_references_balanced(qapp):
    """A string made at run time is neither interned nor immortal on any Python: a call
    that leaks or over-releases its argument moves its count."""
    text = "".join(["a title ", str(id(qapp))])
    before = sys.getrefcount(text)
    everyday_calls(text)
    drift = sys.getrefcount(text) - before
    assert drift == 0, f"the argument's references drifted by {drift}"
