"""Every question the app asks is the bold first line of its box, in English and in
Dutch; the title bar holds only the app's name (the question repeated there was cut off:
"Stop this boun…ry? — Recipes"), and the text is not indented by an empty icon
column."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QMessageBox, QWidget

from tests.ui.test_notices import language
from ui import messages, theme

REAL_CONFIRM = messages.confirm
REAL_OPTION = messages.confirm_with_option
ROOT = Path(__file__).resolve().parents[2]
# A long file or item name where a question names one ("Replace %1?").
FILLED = "summary-2026-01-01-2026-03-31.pdf"
LONG_NAME = "notes for my therapist about the weeks after I found out, the second part.md"


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


def flow_questions() -> list[tuple[str, str]]:
    """The boundary flow's questions, which it asks through FlowWords.get."""
    path = ROOT / "ui" / "pages" / "boundary_flow_words.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    texts = {_literal(n) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    return sorted(("FlowWords", t) for t in texts if t and t.endswith("?"))


def test_the_questions_are_found():
    found = questions()
    assert len(found) >= 15
    assert ("ReportDialog", "Save the PDF without a password?") in found
    assert ("FlowWords", "Stop writing this safety agreement?") in flow_questions()


def _fits(label: QLabel) -> bool:
    """Whether the whole text is inside the label, as drawn in its own (bold) font."""
    room = label.contentsRect()
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag.TextSingleLine
    needed = QFontMetrics(label.font()).boundingRect(
        QRect(0, 0, room.width(), 10_000), int(flags), label.text())
    return needed.width() <= room.width() and needed.height() <= room.height()


@contextmanager
def app_theme(qapp: QApplication, appearance: str) -> Iterator[None]:
    """The app's look (its fonts, padding and colours), and the test's own again after."""
    before = (qapp.style().name(), qapp.styleSheet(), qapp.palette())
    theme.apply(qapp, appearance)
    try:
        yield
    finally:
        qapp.setStyle(before[0])
        qapp.setStyleSheet(before[1])
        qapp.setPalette(before[2])


def shown(question: str, option: str | None = None) -> dict[str, object]:
    """What the box of messages.confirm (or confirm_with_option) shows for `question`,
    seen while it is open."""
    seen: dict[str, object] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, look)
            return
        heading = box.findChild(QLabel, "qt_msgbox_label")
        below = box.findChild(QLabel, "qt_msgbox_informativelabel")
        buttons = box.findChild(QWidget, "qt_msgbox_buttonbox")
        lefts = {w.mapTo(box, w.rect().topLeft()).x()
                 for w in (heading, below, buttons, box.findChild(QCheckBox)) if w}
        seen.update(title=box.windowTitle(), first=heading.text(),
                    bold=heading.font().bold(), lefts=lefts, fits=_fits(heading),
                    width=box.width())
        if (option := box.findChild(QCheckBox)) is not None:
            seen.update(option=option.text(),
                        option_fits=option.sizeHint().width() <= option.width())
        QTimer.singleShot(0, box.reject)

    QTimer.singleShot(0, look)
    if option is None:
        REAL_CONFIRM(None, question, "A line of text below the question.", yes_text="Yes",
                     no_text="No")
    else:
        REAL_OPTION(None, question, "A line of text below the question.", yes_text="Yes",
                    no_text="No", option_text=option)
    return seen


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_question_is_the_first_line_and_the_title_is_the_app_name(qapp, lang):
    before = qapp.applicationDisplayName()
    qapp.setApplicationDisplayName("Recipes")  # discreet mode's name
    wrong = []
    try:
        with language(lang):
            for context, source in questions():
                question = QCoreApplication.translate(context, source).replace("%1", FILLED)
                box = shown(question)
                if not (question.endswith("?") and box["first"] == question
                        and box["bold"] and box["title"] == "Recipes"
                        and len(box["lefts"]) == 1):
                    wrong.append((question, box))
    finally:
        qapp.setApplicationDisplayName(before)
    assert wrong == []


def test_a_question_with_a_check_box_has_no_icon_column_either(qapp):
    box = shown("Delete this entry?", option="Also from the backups")
    assert box["first"] == "Delete this entry?"
    assert box["title"] == qapp.applicationDisplayName()
    assert len(box["lefts"]) == 1, box["lefts"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_question_fits_inside_its_box(qapp, lang):
    """The bold question is measured as drawn: "Stoppen met deze veiligheidsafspraak?"
    was measured in the normal font and cut off at its question mark."""
    cut = []
    with app_theme(qapp, "light"), language(lang):
        for context, source in questions() + flow_questions():
            question = QCoreApplication.translate(context, source)
            # A file name of any length: a long one wraps rather than widen the box.
            for name in ((FILLED, LONG_NAME) if "%1" in question else ("",)):
                if not shown(question.replace("%1", name))["fits"]:
                    cut.append(question.replace("%1", name))
    assert cut == []


@pytest.mark.parametrize("appearance", ["light", "dark"])
@pytest.mark.parametrize("destructive", [False, True])
def test_the_answer_enter_gives_is_filled_like_the_main_buttons(qapp, qtbot, appearance,
                                                               destructive):
    """The default answer ("Keep writing" for what cannot be undone) looks like the app's
    primary buttons, not only a focus frame; the other answer does not."""
    from ui.widgets import button

    seen: dict[str, object] = {}

    def fill(widget: QWidget) -> object:  # a pixel inside the border, left of the word
        image = widget.grab().toImage()
        return image.pixelColor(6, image.height() // 2)

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(5, look)
            return
        answers = {b.text(): fill(b) for b in box.buttons()}
        seen.update(default=box.defaultButton().text(), answers=answers)
        QTimer.singleShot(0, box.reject)

    with app_theme(qapp, appearance):
        primary = button("Save", "primary")
        qtbot.addWidget(primary)
        primary.resize(primary.sizeHint())
        QTimer.singleShot(0, look)
        REAL_CONFIRM(None, "Throw away what you were writing?", "It is not saved.",
                     yes_text="Throw away", no_text="Keep writing", destructive=destructive)
        filled = fill(primary)
    default, other = (("Keep writing", "Throw away") if destructive
                      else ("Throw away", "Keep writing"))
    assert seen["default"] == default
    assert seen["answers"][default] == filled
    assert seen["answers"][other] != filled


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_long_check_box_line_wraps_within_the_width_of_the_other_boxes(qapp, lang):
    """The journal's "Also remove it from the automatic backups (…)" did not wrap: its
    box was 718 px wide in English and 840 in Dutch, far wider than any other."""
    source = ("Also remove it from the automatic backups (they are made again from your "
              "journal as it is now)")
    with app_theme(qapp, "light"), language(lang):
        option = QCoreApplication.translate("EntryEditor", source)
        with_option = shown("Delete this entry?", option=option)
        # The widest any question makes a box: a long one wraps at a reading width.
        widest = shown(" ".join([QCoreApplication.translate("EntryEditor",
                                                            "Delete this entry?")] * 8))
    assert with_option["width"] <= widest["width"], (with_option["width"], widest["width"])
    assert " ".join(with_option["option"].split()) == option  # all of it, in lines
    assert with_option["option_fits"]
