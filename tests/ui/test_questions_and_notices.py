"""Every question the app asks says it in the body, with answers that say what they do
and the safe one as the default where something would be lost. (messages.confirm needs
worded answers; the autouse fixture also refuses a title that is no question.)"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import show_active
from ui import messages
from ui.pages.boundaries_page import BoundariesPage

REAL_CONFIRM = messages.confirm


def test_stopping_a_new_boundary_asks_with_throw_away_and_keep_writing(
        page_env, qtbot, monkeypatch):
    monkeypatch.setattr(messages, "confirm", REAL_CONFIRM)
    page = show_active(qtbot, BoundariesPage(page_env.vault, page_env.hub, page_env.settings),
                       1000, 700)
    page.new_boundary()
    flow = page.flow
    flow.choose_template("separate-room")
    seen = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append((box.text(), box.informativeText(),
                     sorted(b.text() for b in box.buttons()), box.defaultButton().text()))
        box.defaultButton().click()  # Enter: the safe answer

    QTimer.singleShot(0, answer)
    flow.cancel_button.click()
    assert seen == [("Stop this boundary?",
                     "What you wrote in these steps will be thrown away.",
                     ["Keep writing", "Throw away"], "Keep writing")]
    assert page.stack.currentIndex() == page.FLOW  # still writing, nothing lost
    assert flow.action_edit.toPlainText() == "For now I will sleep in a room of my own."



def test_checkin_done_says_it_is_saved_where_she_looks(page_env, qtbot):

    from ui.pages.checkin_page import CheckinPage

    page = show_active(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings),
                       1000, 500)
    page.open_today()
    page.done_button.click()
    assert page.notice_line.text() == "Nothing filled in yet, so nothing was saved."
    page.form.sleep_hours.setValue(7.5)
    page.done_button.click()
    assert page.notice_line.isVisible()
    assert page.notice_line.text().startswith("Your check-in is saved.")
    # tests/ui/test_notices.py checks that it is in view and covers nothing.


def test_enter_confirms_the_recovery_code_dialog_wherever_the_focus_is(qtbot):
    from PySide6.QtCore import Qt

    from ui.dialogs.recovery_code import RecoveryCodeDialog

    dialog = show_active(qtbot, RecoveryCodeDialog("7KQ2-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"),
                         600, 400)
    dialog.copy_button.setFocus()
    qtbot.waitUntil(dialog.copy_button.hasFocus)
    qtbot.keyClick(dialog.copy_button, Qt.Key.Key_Return)
    assert dialog.result() == RecoveryCodeDialog.DialogCode.Accepted
    assert not dialog.isVisible()


def test_the_checkin_notice_stays_until_she_scrolls_edits_or_leaves(page_env, qtbot,
                                                                    monkeypatch):
    """A slow reader missed "Your check-in is saved…", gone after a few seconds."""
    from PySide6.QtWidgets import QAbstractSlider, QScrollArea, QWidget

    from ui.pages.checkin_page import CheckinPage

    monkeypatch.setattr(messages, "NOTICE_MS", 0)  # a notice that fades is gone at once
    holder = show_active(qtbot, QWidget(), 1000, 500)
    page = CheckinPage(page_env.vault, page_env.hub, page_env.settings, holder)
    page.resize(1000, 500)
    page.show()
    page.open_today()
    line = page.notice_line
    bar = page.findChild(QScrollArea).verticalScrollBar()

    def saved() -> None:
        page.done_button.click()
        qtbot.wait(20)  # what a timer would have done by now
        assert line.isVisible() and line.text().startswith("Your check-in is saved.")

    page.form.sleep_hours.setValue(7.5)
    saved()
    bar.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepSub)  # she scrolls
    assert not line.isVisible()
    saved()
    page.form.sleep_hours.setValue(6.5)  # she edits
    assert not line.isVisible()
    saved()
    page.hide()  # she goes to another page
    page.show()
    assert not line.isVisible()
