"""Every question the app asks fits in its box's title bar, in English and in Dutch: the
box is made wide enough for the question as its title (a cut title read "Delete this
bou…")."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.test_notices import language
from ui import messages

REAL_CONFIRM = messages.confirm
ROOT = Path(__file__).resolve().parents[2]
# A long file or item name where a question names one ("Replace %1?").
FILLED = "summary-2026-01-01-2026-03-31.pdf"
# The title bar's own icon and buttons beside the title.
TITLE_BAR = 96


def _literal(node: ast.expr) -> str | None:
    """The text of `self.tr("…")`, also inside `.replace(…)`; None for anything else."""
    while (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
           and node.func.attr == "replace"):
        node = node.func.value
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "tr" and node.args
            and isinstance(node.args[0], ast.Constant)):
        return node.args[0].value
    return None


def questions() -> list[tuple[str, str]]:
    """(context, source) of the question of every messages.confirm call under ui/."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for call in (n for n in ast.walk(cls) if isinstance(n, ast.Call)):
                func = call.func
                if (isinstance(func, ast.Attribute) and func.attr == "confirm"
                        and isinstance(func.value, ast.Name) and func.value.id == "messages"
                        and len(call.args) > 1 and (text := _literal(call.args[1]))):
                    found.append((cls.name, text))
    return sorted(set(found))


def test_the_questions_are_found():
    found = questions()
    assert len(found) >= 15
    assert ("ReportDialog", "Save the PDF without a password?") in found


def width_for(question: str) -> tuple[int, QFont]:
    """The width and font of the box messages.confirm shows for `question`, measured
    while it is open."""
    seen: list[tuple[int, QFont]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, look)
            return
        seen.append((box.width(), QFont(box.font())))
        QTimer.singleShot(0, box.reject)

    QTimer.singleShot(0, look)
    REAL_CONFIRM(None, question, "A line of text below the question.", yes_text="Yes",
                 no_text="No")
    return seen[0]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_question_fits_in_its_title_bar(qapp, lang):
    too_narrow = []
    # The title bar adds the app's name: the longest neutral one of discreet mode.
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Reading list")
    try:
        with language(lang):
            for context, source in questions():
                title = QCoreApplication.translate(context, source).replace("%1", FILLED)
                width, font = width_for(title)
                font.setBold(True)  # title bars often use a bold font
                shown = f"{title} \u2014 Reading list"
                needed = QFontMetrics(font).horizontalAdvance(shown) + TITLE_BAR
                if width < needed:
                    too_narrow.append((title, width, needed))
    finally:
        qapp.setApplicationDisplayName(before)
    assert too_narrow == []
