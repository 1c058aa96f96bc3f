"""Today page, recovery-code dialog, settings, workers and error sentences."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from journal import errors
from journal.errors import DiskFull
from journal.prompts import load_prompts
from journal.situation import Profile, ProfileStore, Situation
from tests.ui.conftest import run_queued
from ui import messages, workers
from ui.dialogs.recovery_code import RecoveryCodeDialog, printable_document
from ui.pages.today_page import TodayPage
from ui.settings import Settings

CODE = "7KQ2-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01"
# The real message boxes (the autouse fixture answers them otherwise).
REAL_CONFIRM, REAL_ERROR, REAL_INFO = messages.confirm, messages.error, messages.info


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


def test_sections_added_to_today_show_below_the_prompt_in_order(today, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QLabel

    first, second = QLabel("a later widget"), QLabel("and one more")
    today.add_section(first)
    today.add_section(second)
    today.resize(800, 1200)
    today.show()
    qtbot.waitExposed(today)

    def top(widget) -> int:
        return widget.mapTo(today, QPoint(0, 0)).y()

    assert first.isVisible() and second.isVisible()
    assert today.isAncestorOf(first) and today.isAncestorOf(second)
    assert top(today.use_prompt_button) + today.use_prompt_button.height() <= top(first)
    assert top(first) + first.height() <= top(second)


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


@pytest.mark.parametrize(("kind", "icon"), [("error", QMessageBox.Icon.Warning),
                                            ("info", QMessageBox.Icon.NoIcon)])
def test_the_real_error_and_info_boxes(qtbot, kind, icon):
    """ui/messages.py's own boxes (the autouse fixture answers them in other tests): the
    title and sentence as given, one worded OK without a stock icon, Escape closes."""
    real = {"error": REAL_ERROR, "info": REAL_INFO}[kind]
    seen: list = []

    def look(box: QMessageBox) -> None:
        seen.append((box.windowTitle(), box.text(), box.icon(),
                     [b.text() for b in box.buttons()],
                     [b.icon().isNull() for b in box.buttons()]))
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    answer_box(qtbot, [], look)
    real(None, "Backup", "The daily backup could not be made.")
    assert seen == [("Backup", "The daily backup could not be made.", icon, ["OK"], [True])]


def test_escape_on_a_real_question_is_the_safe_answer(qtbot):
    answer_box(qtbot, [], lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert REAL_CONFIRM(None, "Haven", "Delete?", destructive=True, yes_text="Delete",
                        no_text="Keep") is False
    answer_box(qtbot, [], lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    assert REAL_CONFIRM(None, "Go on?", "It can be changed later.", yes_text="Go on",
                        no_text="Go back") is False


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
    run_queued(qtbot)  # a result that outlived its owner would be delivered here
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
    run_queued(qtbot)  # a drop queued by the deletion would run here
    assert dropped == []


def _every_haven_error() -> list[type[errors.HavenError]]:
    """Every subclass of HavenError, at any depth, once every module of the core is
    imported (an error class may live beside the code that raises it)."""
    import importlib
    import pkgutil

    import journal

    for module in pkgutil.walk_packages(journal.__path__, "journal."):
        if not module.name.endswith("__main__"):  # that one runs the command line
            importlib.import_module(module.name)
    found, todo = [], [errors.HavenError]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in found:
                found.append(sub)
                todo.append(sub)
    return sorted(found, key=lambda cls: cls.__qualname__)


def _an_instance(cls: type[BaseException]) -> BaseException:
    """`cls` made with sample arguments: a number for a number, words for the rest."""
    import inspect

    if issubclass(cls, errors.ImportFailed):
        return cls("x.json", None, "missing", field="date")
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    if params and all(p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD) for p in params):
        return cls("a raw detail")  # Exception's own constructor
    return cls(*[3 if p.annotation in (int, "int") else "a raw detail" for p in params
                 if p.default is p.empty])


HAVEN_ERRORS = _every_haven_error()


def test_the_list_of_core_errors_is_complete():
    """The derived list holds the errors of every depth and module (or it proves little)."""
    names = {cls.__name__ for cls in HAVEN_ERRORS}
    assert {"WrongSecret", "NotAVault", "BackupDamaged", "DiskFull", "RecordNotFound",
            "ImportFailed", "ImageRejected"} <= names
    assert len(HAVEN_ERRORS) >= 20


@pytest.mark.parametrize("cls", HAVEN_ERRORS, ids=lambda cls: cls.__name__)
def test_every_core_error_has_its_own_sentence(cls):
    exc = _an_instance(cls)
    text = messages.error_text(exc)
    fallback = messages.error_text(RuntimeError())
    assert fallback.startswith("Something went wrong")
    assert not text.startswith("Something went wrong"), f"{cls.__name__} has no sentence"
    assert "%1" not in text and str(exc) not in text  # no raw details of the exception


@pytest.mark.parametrize("exc", [
    PermissionError(13, "Permission denied"), ValueError("boom"),
])
def test_other_errors_get_a_sentence_without_their_details(exc):
    text = messages.error_text(exc)
    assert text and "%1" not in text
    assert "boom" not in text


def test_every_core_error_sentence_is_translated():
    from PySide6.QtCore import QTranslator

    from ui import resources

    translator = QTranslator()
    assert translator.load(str(resources.translation_file("nl")))
    english = {messages.error_text(_an_instance(cls)) for cls in HAVEN_ERRORS}
    for _kind, source in messages._ERROR_TEXTS:
        dutch = translator.translate("Errors", source)
        assert dutch and dutch != source, source
    assert len(english) >= 15  # one sentence for (nearly) every kind


def test_error_sentences_differ_per_kind():
    kinds = [errors.WrongSecret(), errors.NoRecoveryCode(), errors.NotAVault(),
             errors.VaultDamaged(), errors.VaultInUse(), errors.SchemaTooNew(9, 1),
             errors.VaultExists(), DiskFull()]
    assert len({messages.error_text(e) for e in kinds}) == len(kinds)
