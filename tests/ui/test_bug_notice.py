"""A bug (an exception that is no `messages.FAILURES`) reaching sys.excepthook: its
traceback goes to stderr without what the exception said, and she is told once, calmly,
in a box; never over the lock screen, and a bug does not stop a lock.

pytest-qt fails a test on any exception reaching sys.excepthook, through a hook of its
own; these tests switch that off (`qt_no_exception_capture`) and install Haven's hook
themselves, so what they see is what the app does."""

from __future__ import annotations

import errno
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from tests.ui.conftest import run_queued, unlock_with, when_modal
from ui import messages, workers
from ui.bugs import LEFT_OUT, QUIET_SECONDS, BugNotice, write_traceback
from ui.pages.unlock import UnlockPage

pytestmark = pytest.mark.qt_no_exception_capture

REAL_INFORM = messages.inform
HER_WORDS = "I cried in the car"
HEADING = "Something went wrong in Haven."
BEFORE_LOCK = "Before Haven was locked, something went wrong."
WHILE_LOCKED = "While Haven was locked, something went wrong."


class Clock:
    """Time as the notice sees it, moved on only by the test."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.calls = 0

    def __call__(self) -> float:
        self.calls += 1
        return self.now


def broken() -> None:
    raise TypeError(f"cannot save {HER_WORDS!r}")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def unlocked(make_app, qtbot, closed_vault, clock):
    """The app, unlocked, with Haven's excepthook installed as main.py installs it."""
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    notice = BugNotice(app.window, clock=clock)
    notice.install()
    assert sys.excepthook == notice.excepthook
    yield app, notice
    notice.uninstall()


def told(message_log) -> list[tuple[str, str, str]]:
    return [call for call in message_log.calls if call[0] == "inform"]


def test_a_bug_in_a_slot_is_told_once_and_its_traceback_leaves_out_her_words(
        unlocked, qtbot, message_log, capsys):
    app, _notice = unlocked
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: told(message_log) != [])

    [(_kind, heading, text)] = message_log.calls
    assert heading == HEADING
    assert "saved before is safe" in text and "try again" in text
    err = capsys.readouterr().err
    assert "Traceback (most recent call last)" in err
    assert "in broken" in err and f"TypeError: {LEFT_OUT}" in err
    assert HER_WORDS not in err
    assert app.window.vault is not None  # Haven runs on


def test_a_bug_in_background_work_is_told_after_the_clean_up(unlocked, qtbot, message_log,
                                                              capsys):
    app, _notice = unlocked
    cleaned: list[bool] = []
    workers.run_in_background(app.window, broken, on_success=print,
                              on_failure=lambda exc: pytest.fail(f"a failure: {exc}"),
                              on_bug=lambda: cleaned.append(True))
    qtbot.waitUntil(lambda: told(message_log) != [])
    assert cleaned == [True]
    assert [heading for _kind, heading, _text in message_log.calls] == [HEADING]
    err = capsys.readouterr().err
    assert "in broken" in err and HER_WORDS not in err


def test_a_real_failure_gets_its_own_sentence_and_no_bug_box(unlocked, qtbot, message_log):
    app, _notice = unlocked

    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    def failed(exc: BaseException) -> None:
        messages.error(app.window, "Not saved", messages.error_text(exc))

    workers.run_in_background(app.window, full, on_success=print, on_failure=failed)
    qtbot.waitUntil(lambda: message_log.calls != [])
    run_queued(qtbot)
    assert message_log.kinds() == ["error"]
    assert "could not read or write" in message_log.texts()[0]


def test_bugs_in_a_row_are_told_once_and_again_after_a_quiet_while(unlocked, qtbot,
                                                                    message_log, clock):
    # A slot failing on every turn (a timer, a paint): one box, not one per turn.
    for _ in range(5):
        QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: clock.calls == 5)
    run_queued(qtbot)
    assert len(told(message_log)) == 1
    clock.now += QUIET_SECONDS / 2
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: clock.calls == 6)
    run_queued(qtbot)
    assert len(told(message_log)) == 1  # still the same trouble

    # She read it and tried again a while later: that bug is told again.
    clock.now += QUIET_SECONDS + 1
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: len(told(message_log)) == 2)


def test_one_box_at_a_time_with_the_words_as_its_bold_first_line(unlocked, qtbot, qapp,
                                                                 message_log, clock,
                                                                 monkeypatch):
    app, _notice = unlocked
    monkeypatch.setattr(messages, "inform", REAL_INFORM)
    seen: dict[str, object] = {}

    def count_boxes(box: QMessageBox) -> None:
        seen["boxes"] = [w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QMessageBox) and w.isVisible()]
        box.accept()

    def wait_for_second_bug(box: QMessageBox) -> None:
        if clock.calls < 2:
            QTimer.singleShot(5, lambda: wait_for_second_bug(box))
            return
        # After the second bug's queued notice: a second box would be open by then.
        QTimer.singleShot(0, lambda: count_boxes(box))

    def look(box: QMessageBox) -> None:
        heading = box.findChild(QLabel, "qt_msgbox_label")
        below = box.findChild(QLabel, "qt_msgbox_informativelabel")
        buttons = box.findChild(QWidget, "qt_msgbox_buttonbox")
        seen.update(title=box.windowTitle(), first=heading.text(),
                    bold=heading.font().bold(), buttons=[b.text() for b in box.buttons()],
                    lefts={w.mapTo(box, w.rect().topLeft()).x()
                           for w in (heading, below, buttons)},
                    parent=box.parentWidget())
        clock.now += QUIET_SECONDS + 1  # not the same trouble: only the open box holds it
        QTimer.singleShot(0, broken)
        wait_for_second_bug(box)

    when_modal(QMessageBox, look)
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: "boxes" in seen, timeout=10_000)
    run_queued(qtbot)

    assert len(seen["boxes"]) == 1
    assert seen["first"] == HEADING and seen["bold"]
    assert seen["title"] == qapp.applicationDisplayName()
    assert seen["buttons"] == ["OK"]
    assert len(seen["lefts"]) == 1  # no empty icon column
    assert seen["parent"] is app.window
    assert not any(isinstance(w, QMessageBox) and w.isVisible()
                   for w in QApplication.topLevelWidgets())


def test_a_bug_during_a_lock_is_told_after_unlocking_not_over_the_lock_screen(
        unlocked, qtbot, closed_vault, message_log, capsys):
    app, notice = unlocked
    window = app.window
    window.hub.vault_locked.connect(broken)  # a page's clean-up breaks as it locks
    window.idle.idle.emit()

    assert window.vault is None
    assert isinstance(window.current_screen, UnlockPage)
    assert window.wait_until_closed()
    run_queued(qtbot)
    assert notice.waiting
    assert not notice.retry.isActive()  # no looking again while locked: the unlock says
    assert message_log.calls == []
    assert "in broken" in capsys.readouterr().err  # on stderr at once

    window.hub.vault_locked.disconnect(broken)
    unlock_with(qtbot, app, closed_vault.passphrase)
    qtbot.waitUntil(lambda: told(message_log) != [])
    # Perhaps hours later: told as before the lock, not as "just now".
    [(_kind, heading, text)] = message_log.calls
    assert heading == BEFORE_LOCK
    assert "just now" not in text and "before the lock" in text
    assert not notice.waiting


def test_a_bug_while_locked_is_told_as_such_after_unlocking(unlocked, qtbot, closed_vault,
                                                           message_log):
    app, notice = unlocked
    window = app.window
    window.idle.idle.emit()
    assert window.wait_until_closed()
    run_queued(qtbot)
    QTimer.singleShot(0, broken)  # on the lock screen
    qtbot.waitUntil(lambda: notice.waiting)
    assert not notice.retry.isActive()

    unlock_with(qtbot, app, closed_vault.passphrase)
    qtbot.waitUntil(lambda: told(message_log) != [])
    [(_kind, heading, text)] = message_log.calls
    assert heading == WHILE_LOCKED and "just now" not in text


def test_a_bug_while_minimised_is_told_when_the_window_is_shown_again(
        unlocked, qtbot, settings, message_log):
    app, notice = unlocked
    settings.lock_on_minimise = False
    app.window.showMinimized()
    qtbot.waitUntil(app.window.isMinimized)
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: notice.waiting)
    with qtbot.waitSignal(notice.retry.timeout):
        pass
    assert message_log.calls == []
    assert app.window.vault is not None

    app.window.showNormal()
    qtbot.waitUntil(lambda: told(message_log) != [])


def test_a_box_that_a_lock_closed_is_shown_again_after_unlocking(unlocked, qtbot,
                                                                  closed_vault,
                                                                  monkeypatch):
    app, notice = unlocked
    shown: list[str] = []

    def inform(parent, heading, text):
        shown.append(heading)
        if len(shown) == 1:  # the idle lock comes while the real box is open
            when_modal(QMessageBox, lambda _box: app.window.idle.idle.emit())
            REAL_INFORM(parent, heading, text)

    monkeypatch.setattr(messages, "inform", inform)
    QTimer.singleShot(0, broken)
    qtbot.waitUntil(lambda: app.window.vault is None)
    run_queued(qtbot)
    assert shown == [HEADING]
    assert notice.waiting  # she may not have read it
    assert app.window.wait_until_closed()

    unlock_with(qtbot, app, closed_vault.passphrase)
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[1] == BEFORE_LOCK


def test_a_dialog_that_breaks_as_it_closes_does_not_stop_the_lock(unlocked, qtbot,
                                                                  closed_vault,
                                                                  message_log):
    app, _notice = unlocked
    window = app.window

    class BreaksOnClose(QDialog):
        def done(self, result: int) -> None:
            super().done(result)
            broken()

    dialog = BreaksOnClose(window)
    dialog.show()
    later = QDialog(window)  # closed too, although the one before it broke
    later.show()
    window.idle.idle.emit()

    assert window.vault is None
    assert isinstance(window.current_screen, UnlockPage)
    assert not dialog.isVisible() and not later.isVisible()
    assert window.wait_until_closed()
    run_queued(qtbot)
    assert message_log.calls == []
    unlock_with(qtbot, app, closed_vault.passphrase)
    qtbot.waitUntil(lambda: told(message_log) != [])


def test_an_unlock_screen_that_breaks_as_it_is_made_still_hides_and_closes_the_journal(
        unlocked, qtbot, monkeypatch, capsys, message_log):
    app, _notice = unlocked
    window = app.window
    workspace = window.workspace

    def breaks(*args: object, **kwargs: object) -> None:
        broken()

    monkeypatch.setattr("ui.main_window.UnlockPage", breaks)
    window.idle.idle.emit()

    assert "in broken" in capsys.readouterr().err  # the bug, told as a bug
    assert window.vault is None
    assert not workspace.isVisible()
    assert window.wait_until_closed()
    # Tried twice, in vain: the window hides, so no box sits over a blank window she
    # cannot unlock from, and Haven ends, so a new start can open the journal.
    assert not window.isVisible()
    with qtbot.waitSignal(window.quit_requested, timeout=5_000):
        run_queued(qtbot)
    assert message_log.calls == []


def test_an_unlock_screen_that_breaks_once_is_shown_on_a_second_try(
        unlocked, qtbot, closed_vault, monkeypatch, message_log, capsys):
    app, notice = unlocked
    window = app.window
    real = window.show_unlock
    tries: list[bool] = []

    def show_unlock() -> None:
        tries.append(True)
        if len(tries) == 1:
            broken()
        real()

    monkeypatch.setattr(window, "show_unlock", show_unlock)
    window.idle.idle.emit()

    assert "in broken" in capsys.readouterr().err
    assert len(tries) == 2
    assert isinstance(window.current_screen, UnlockPage) and window.isVisible()
    assert window.vault is None and window.wait_until_closed()
    run_queued(qtbot)
    assert message_log.calls == []  # not over the lock screen, nor a blank window
    assert notice.waiting

    unlock_with(qtbot, app, closed_vault.passphrase)
    qtbot.waitUntil(lambda: told(message_log) != [])


def test_a_traceback_names_each_exception_of_a_chain_but_not_what_it_said(tmp_path):
    def read_date() -> None:
        raise ValueError(f"not a date: {HER_WORDS}")

    def save() -> None:
        try:
            read_date()
        except ValueError as exc:
            raise KeyError(HER_WORDS) from exc

    try:
        save()
    except KeyError as exc:
        caught = exc
    path = tmp_path / "stderr.txt"
    with path.open("w", encoding="utf-8") as stream:
        write_traceback(caught, caught.__traceback__, stream)
    text = path.read_text(encoding="utf-8")

    assert HER_WORDS not in text
    assert text.index(f"ValueError: {LEFT_OUT}") < text.index("direct cause") \
        < text.index(f"KeyError: {LEFT_OUT}")
    assert "in read_date" in text and "in save" in text


def test_a_bug_on_a_thread_of_pythons_own_is_told_too(unlocked, qtbot, message_log,
                                                      capsys):
    thread = threading.Thread(target=broken)
    thread.start()
    thread.join(10)
    qtbot.waitUntil(lambda: told(message_log) != [])
    err = capsys.readouterr().err
    assert "in broken" in err and HER_WORDS not in err


def test_an_exception_in_a_finaliser_leaves_out_her_words_and_shows_no_box(
        unlocked, qtbot, message_log, capsys):
    class Draft:
        def __repr__(self) -> str:
            return f"Draft(body={HER_WORDS!r})"

        def __del__(self) -> None:
            raise ValueError(HER_WORDS)

    draft = Draft()
    del draft  # the last reference: __del__ runs, and Python cannot raise from it
    run_queued(qtbot)
    err = capsys.readouterr().err
    assert "Draft.__del__" in err and f"ValueError: {LEFT_OUT}" in err
    assert HER_WORDS not in err
    assert message_log.calls == []


def test_the_hook_is_not_installed_by_the_app_itself(make_app, qtbot):
    """Tests built through create_app() keep pytest's hook: only main.py installs it."""
    before = sys.excepthook
    app = make_app()
    assert sys.excepthook is before
    assert not app.window.findChildren(BugNotice)
