"""Today page, recovery-code dialog, settings, workers and error sentences."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from journal import errors
from journal.prompts import load_prompts
from journal.situation import Profile, ProfileStore, Situation
from journal.vault import DiskFull
from ui import messages, workers
from ui.dialogs.recovery_code import RecoveryCodeDialog, printable_document
from ui.pages.today_page import TodayPage
from ui.settings import Settings

CODE = "7KQ2-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"
# The real message boxes (the autouse fixture answers them otherwise).
REAL_CONFIRM = messages.confirm


def answer_box(qtbot, seen: list, answer) -> None:
    """Soon, in the message box that will be open: note it, then `answer(box)`."""
    def act() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box)
        if isinstance(box, QMessageBox):
            answer(box)
        elif box is not None:
            box.hide()
    QTimer.singleShot(0, act)


@pytest.fixture
def today(qtbot, page_env):
    page = TodayPage(page_env.vault, page_env.hub, page_env.settings,
                     clock=lambda: datetime(2025, 3, 14, 9, 30))
    qtbot.addWidget(page)
    return page


def test_today_greets_by_time_of_day(today):
    assert today.greeting.text() == "Good morning"
    assert [today.greeting_for(h) for h in (5, 11, 12, 17, 18, 22, 23, 2)] == [
        "Good morning", "Good morning", "Good afternoon", "Good afternoon",
        "Good evening", "Good evening", "Hello, night owl", "Hello, night owl"]
    assert "2025" in today.date_label.text() and "March" in today.date_label.text()


def test_today_write_button_asks_for_todays_entry(today, qtbot, page_env):
    with qtbot.waitSignal(page_env.hub.today_entry_requested):
        qtbot.mouseClick(today.write_button, Qt.MouseButton.LeftButton)


def test_today_prompt_another_and_write_about_this(today, qtbot, page_env):
    first = today.prompt
    assert today.prompt_label.text() == first.text
    qtbot.mouseClick(today.another_button, Qt.MouseButton.LeftButton)
    assert today.prompt.id != first.id
    assert today.prompt_label.text() == today.prompt.text
    with qtbot.waitSignal(page_env.hub.new_entry_requested) as signal:
        qtbot.mouseClick(today.use_prompt_button, Qt.MouseButton.LeftButton)
    assert signal.args == [today.prompt.id]


def test_today_leaves_out_faith_prompts_when_switched_off(qtbot, page_env):
    ProfileStore(page_env.vault).save(Profile(frozenset(Situation), faith=False))
    faith_ids = {p.id for p in load_prompts("en") if p.faith}
    assert faith_ids
    page = TodayPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    seen = set()
    for _ in range(60):
        seen.add(page.prompt.id)
        page.another_button.click()
    assert not seen & faith_ids


def test_today_has_room_for_later_sections(today):
    from PySide6.QtWidgets import QLabel

    extra = QLabel("a later widget")
    today.add_section(extra)
    assert extra.parent() is not None


def test_recovery_dialog_copy_then_stored_clears_clipboard(qtbot):
    dialog = RecoveryCodeDialog(CODE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code_label.text() == CODE
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == CODE
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RecoveryCodeDialog.DialogCode.Accepted
    assert QGuiApplication.clipboard().text() == ""


def test_recovery_dialog_asks_before_closing_unstored(qtbot, message_log):
    dialog = RecoveryCodeDialog(CODE)
    qtbot.addWidget(dialog)
    dialog.show()
    message_log.answer = False
    dialog.close()
    assert dialog.isVisible()
    assert message_log.kinds() == ["confirm"]
    message_log.answer = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == RecoveryCodeDialog.DialogCode.Rejected


def test_recovery_dialog_escape_then_enter_keeps_it_open(qtbot, message_log, monkeypatch):
    monkeypatch.setattr(messages, "confirm", REAL_CONFIRM)
    dialog = RecoveryCodeDialog(CODE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: list = []
    # Escape asks "close without storing?"; Enter then takes the safe answer.
    answer_box(qtbot, seen, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(seen) == 1 and isinstance(seen[0], QMessageBox)
    assert dialog.isVisible()
    dialog.accept()


def test_confirm_has_worded_answers_and_no_question_icon(qtbot, monkeypatch):
    monkeypatch.setattr(messages, "confirm", REAL_CONFIRM)
    seen: list = []

    def look_then_click(word: str):
        def answer(box: QMessageBox) -> None:
            seen.append(([b.text() for b in box.buttons()], box.icon(),
                         box.defaultButton().text(),
                         [b.icon().isNull() for b in box.buttons()]))
            next(b for b in box.buttons() if b.text() == word).click()
        return answer

    answer_box(qtbot, [], look_then_click("Keep"))
    assert messages.confirm(None, "Haven", "Delete?", destructive=True,
                            yes_text="Delete", no_text="Keep") is False
    answer_box(qtbot, [], look_then_click("Delete"))
    assert messages.confirm(None, "Haven", "Delete?", destructive=True,
                            yes_text="Delete", no_text="Keep") is True
    answer_box(qtbot, [], look_then_click("Keep writing"))
    assert messages.confirm(None, "Stop this boundary?", "What you wrote is thrown away.",
                            destructive=True, yes_text="Throw away",
                            no_text="Keep writing") is False
    texts, icon, default, no_icons = seen[0]
    assert sorted(texts) == ["Delete", "Keep"]
    assert icon == QMessageBox.Icon.NoIcon
    assert default == "Keep"  # the safe answer for something that cannot be undone
    assert all(no_icons)
    assert seen[2][2] == "Keep writing"


def test_confirm_asks_its_question_in_the_body(qtbot, monkeypatch):
    monkeypatch.setattr(messages, "confirm", REAL_CONFIRM)
    seen: list = []

    def look(box: QMessageBox) -> None:
        seen.append((box.text(), box.informativeText(), box.defaultButton().text()))
        box.defaultButton().click()

    answer_box(qtbot, [], look)
    assert messages.confirm(None, "Stop this boundary?", "What you wrote is thrown away.",
                            destructive=True, yes_text="Throw away",
                            no_text="Keep writing") is False
    assert seen == [("Stop this boundary?", "What you wrote is thrown away.", "Keep writing")]


def test_settings_buttons_have_no_stock_icons(qtbot, settings):
    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert isinstance(dialog.buttons, QDialogButtonBox)
    assert all(b.icon().isNull() for b in dialog.buttons.buttons())


def test_recovery_dialog_print(qtbot, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printed = []

    def fake_printer(self):
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "page.pdf"))  # the test's stand-in printer
        printed.append(printer)
        return printer

    monkeypatch.setattr(RecoveryCodeDialog, "_ask_printer", fake_printer)
    dialog = RecoveryCodeDialog(CODE)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert printed and (tmp_path / "page.pdf").stat().st_size > 0
    assert "printer" in dialog.status.text()
    text = printable_document(CODE).toPlainText()
    assert CODE in text and "passphrase" in text


def test_recovery_dialog_cancelled_print_does_nothing(qtbot, monkeypatch):
    monkeypatch.setattr(RecoveryCodeDialog, "_ask_printer", lambda self: None)
    dialog = RecoveryCodeDialog(CODE)
    qtbot.addWidget(dialog)
    dialog.print_button.click()
    assert dialog.status.text() == ""


def test_settings_defaults_are_not_written(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    s = Settings(store)
    assert (s.language, s.appearance, s.idle_minutes) == ("", "system", 5)
    s.appearance = "dark"
    s.idle_minutes = 10
    s.language = "nl"
    assert set(store.allKeys()) == {"appearance", "lock/idle_minutes", "language"}
    s.appearance = "system"
    s.idle_minutes = 5
    s.language = ""
    s.sync()
    assert store.allKeys() == []
    with pytest.raises(ValueError, match="language"):
        s.language = "fr"
    with pytest.raises(ValueError, match="appearance"):
        s.appearance = "purple"


def test_settings_read_back_from_file(tmp_path):
    path = str(tmp_path / "s.ini")
    s = Settings(QSettings(path, QSettings.Format.IniFormat))
    s.idle_minutes = 10
    s.language = "nl"
    s.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.idle_minutes == 10
    assert again.effective_language() == "nl"
    again.language_override = "en"
    assert again.effective_language() == "en"


def test_worker_delivers_on_the_gui_thread(qtbot):
    owner = QObject()
    gui = threading.current_thread()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    workers.run_in_background(owner, work,
                              on_success=lambda r: seen.update(result=r,
                                                               where=threading.current_thread()),
                              on_failure=lambda e: seen.update(error=e))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not gui
    assert seen["where"] is gui


def test_worker_failure_is_delivered(qtbot):
    owner = QObject()
    seen = {}

    def work():
        raise errors.WrongSecret()

    workers.run_in_background(owner, work, on_success=lambda r: seen.update(result=r),
                              on_failure=lambda e: seen.update(error=e,
                                                               where=threading.current_thread()))
    qtbot.waitUntil(lambda: "error" in seen)
    assert isinstance(seen["error"], errors.WrongSecret)
    assert seen["where"] is threading.current_thread()


def test_worker_result_for_a_destroyed_owner_is_dropped(qtbot):
    owner = QObject()
    release = threading.Event()
    dropped = []
    delivered = []

    def work():
        release.wait(5)
        return "keys"

    workers.run_in_background(owner, work, on_success=delivered.append,
                              on_failure=delivered.append, on_dropped=dropped.append)
    from shiboken6 import Shiboken

    Shiboken.delete(owner)
    release.set()
    qtbot.waitUntil(lambda: dropped == ["keys"])
    assert workers.wait_for_all()
    assert delivered == []


def test_worker_result_sent_just_before_its_owner_went_away_is_dropped_once(qtbot):
    """The result is on its way (queued) when the owner is deleted: it never arrives,
    so on_dropped cleans it up (e.g. closes the vault an unlock opened), once."""
    from shiboken6 import Shiboken

    owner = QObject()
    dropped = []
    delivered = []
    workers.run_in_background(owner, lambda: "vault", on_success=delivered.append,
                              on_failure=delivered.append, on_dropped=dropped.append)
    assert workers.wait_for_all()  # sent, not yet delivered: no event loop ran
    Shiboken.delete(owner)
    qtbot.wait(20)
    assert dropped == ["vault"]
    assert delivered == []


def test_a_delivered_result_is_never_dropped(qtbot):
    from shiboken6 import Shiboken

    owner = QObject()
    dropped = []
    delivered = []
    workers.run_in_background(owner, lambda: "vault", on_success=delivered.append,
                              on_failure=delivered.append, on_dropped=dropped.append)
    qtbot.waitUntil(lambda: delivered == ["vault"])
    Shiboken.delete(owner)
    qtbot.wait(20)
    assert dropped == []


@pytest.mark.parametrize("exc", [
    errors.WrongSecret(), errors.NoRecoveryCode(), errors.NotAVault("x"),
    errors.VaultDamaged("x"), errors.VaultInUse(), errors.SchemaTooNew(9, 1),
    errors.PassphraseTooShort(8), errors.VaultExists("x"), DiskFull("x"),
    errors.EntryNotFound(3), PermissionError(13, "Permission denied"), ValueError("boom"),
])
def test_every_core_error_has_its_own_sentence(exc):
    text = messages.error_text(exc)
    assert text and "%1" not in text
    assert "boom" not in text and text != "x"  # no raw details of the exception


def test_error_sentences_differ_per_kind():
    kinds = [errors.WrongSecret(), errors.NoRecoveryCode(), errors.NotAVault(),
             errors.VaultDamaged(), errors.VaultInUse(), errors.SchemaTooNew(9, 1),
             errors.VaultExists(), DiskFull()]
    assert len({messages.error_text(e) for e in kinds}) == len(kinds)
