"""Short notices ("The PDF is saved as …") show where she looks and cover nothing she
may click or type in, in both languages and at a larger text size; the old cut-off
status label is gone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import QLibraryInfo, QPoint, QRect, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui.conftest import run_queued, show_active
from ui import messages, resources


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Haven's and Qt's translations of `lang`, as the app installs them."""
    app = QApplication.instance()
    installed = []
    for name, folder in ((f"qtbase_{lang}", QLibraryInfo.path(
            QLibraryInfo.LibraryPath.TranslationsPath)),
            (f"haven_{lang}", str(resources.translations_dir()))):
        translator = QTranslator()
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    assert installed, lang
    try:
        yield
    finally:
        for translator in installed:
            app.removeTranslator(translator)


@contextmanager
def text_scale(factor: float) -> Iterator[None]:
    """The app's text `factor` times as large, as at 150 % display scaling."""
    app = QApplication.instance()
    before = QFont(app.font())
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * factor)
    app.setFont(font)
    try:
        yield
    finally:
        app.setFont(before)


def on_screen(widget: QWidget) -> QRect:
    """The part of `widget` not clipped away by its parents, in window coordinates."""
    window = widget.window()
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        rect = rect.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return rect


def covered(notice: QLabel) -> list[str]:
    """The visible buttons and fields of the window that the notice lies over."""
    spot = on_screen(notice)
    return [w.text() or w.accessibleName() or type(w).__name__
            for w in notice.window().findChildren(QWidget)
            if isinstance(w, QAbstractButton | QLineEdit) and w.isVisible()
            and on_screen(w).intersects(spot)]


def fits(label: QLabel) -> bool:
    """All of the label's text is shown: wrapped within its height, or on one line."""
    room = label.contentsRect()
    if label.wordWrap():
        return label.heightForWidth(label.width()) <= label.height()
    return label.fontMetrics().horizontalAdvance(label.text()) <= room.width()


def cut_labels(window: QWidget) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)
            if label.isVisible() and label.text() and "<" not in label.text()
            and not fits(label)]


CASES = [("en", 1.0), ("nl", 1.0), ("en", 1.5), ("nl", 1.5)]


@pytest.mark.parametrize(("lang", "scale"), CASES)
def test_the_pdf_saved_notice_covers_no_button_and_is_read_in_full(
        page_env, qtbot, tmp_path, message_log, lang, scale):
    from ui.dialogs.report_dialog import ReportDialog

    with language(lang), text_scale(scale):
        dialog = ReportDialog(page_env.vault, page_env.settings)
        show_active(qtbot, dialog, dialog.width(), dialog.height())  # as it opens
        qtbot.waitUntil(lambda: dialog.report_ready, timeout=20_000)
        message_log.answer = True  # without a password
        out = tmp_path / "een-samenvatting-voor-mijn-therapeut.pdf"
        assert dialog.save_pdf(str(out))
        qtbot.waitUntil(lambda: not dialog.saving, timeout=20_000)
        assert dialog.saved_path == out
        run_queued(qtbot)  # the layout makes room for the line, as on screen
        shown = [n for n in dialog.findChildren(QLabel) if n.isVisible()
                 and out.name in n.text()]
        assert len(shown) == 1, [n.text() for n in shown]
        notice = shown[0]
        assert covered(notice) == []
        assert fits(notice)
        assert cut_labels(dialog) == []
        # The short status of before ("The PDF is saved.", cut to "'DF is saved.") is
        # not there any more, not even behind the notice.
        assert not [n for n in dialog.findChildren(QLabel) if n.text() in (
            "The PDF is saved.", "De pdf is opgeslagen.")]


@pytest.mark.parametrize(("lang", "scale"), CASES)
def test_the_checkin_done_notice_covers_no_button_or_field(page_env, qtbot, lang, scale):
    from ui.pages.checkin_page import CheckinPage

    with language(lang), text_scale(scale):
        page = show_active(qtbot, CheckinPage(page_env.vault, page_env.hub,
                                              page_env.settings), 900, 560)
        page.open_today()
        page.form.sleep_hours.setValue(7.5)
        page.done_button.click()
        run_queued(qtbot)
        notice = page.notice_line
        assert notice.isVisible() and notice.text()
        assert covered(notice) == []
        assert fits(notice)
        assert page.rect().contains(on_screen(notice))  # in view, not scrolled away
        assert on_screen(notice).size() == notice.size()  # all of it, not its top half


def test_a_floating_notice_finds_room_beside_the_buttons(qtbot):
    window = QWidget()
    column = QVBoxLayout(window)
    column.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    for text in ("Cancel", "Save", "Save and close"):
        row.addWidget(QPushButton(text))
    column.addLayout(row)
    column.addWidget(QLineEdit())
    show_active(qtbot, window, 640, 400)
    notice = messages.notice(window, "Added to your agenda for your next session.")
    assert notice is not None and notice.isVisible()
    assert covered(notice) == []
    assert fits(notice)
    assert window.rect().contains(notice.geometry())
