"""Fixtures for the desktop app: settings in tmp_path, answered message boxes, a cheap
page environment, and the full app with a check that nothing is left open."""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import filelock
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimedOut

from journal.entries import EntryStore
from journal.situation import Profile
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from ui import heap, messages, resources, workers
from ui.app import HavenApp, create_app
from ui.dialogs.situation_dialog import SituationDialog
from ui.hub import Hub
from ui.settings import Settings

_REAL_ASK = SituationDialog.__dict__["ask"]


@dataclass
class MessageLog:
    """What the app asked or told; `answer` is what confirm() returns."""

    calls: list[tuple[str, str, str]] = field(default_factory=list)
    answer: bool = True
    confirm_options: list[dict[str, object]] = field(default_factory=list)
    option_answer: bool = False  # whether confirm_with_option()'s check box is ticked
    options: list[str] = field(default_factory=list)  # the check boxes offered

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]

    def texts(self) -> list[str]:
        return [text for _kind, _title, text in self.calls]


@pytest.fixture(autouse=True, scope="session")
def garbage_on_the_gui_thread(qapp: QApplication) -> None:
    """As in the app (create_app): Python's garbage is collected on the GUI thread, also
    for the pages and fixtures' objects that tests make without the app."""
    heap.collect_on_the_gui_thread(qapp)


@pytest.fixture(autouse=True, scope="session")
def trace_qt_threads() -> Iterator[None]:
    """Under coverage (make test), the work ui.workers runs on Qt's pool threads is
    measured too: coverage traces the threads `threading` starts by itself, and a Qt
    thread gets the same tracer here for each task it runs."""
    tracer = threading.gettrace()
    if tracer is None:
        yield
        return
    original = workers._Task.run

    def traced_run(task: workers._Task) -> None:
        sys.settrace(tracer)
        try:
            original(task)
        finally:
            sys.settrace(None)

    workers._Task.run = traced_run
    yield
    workers._Task.run = original


@pytest.fixture(autouse=True)
def message_log(monkeypatch: pytest.MonkeyPatch) -> MessageLog:
    """Answers every message box of ui.messages instead of blocking on it."""
    log = MessageLog()

    def confirm(parent, question, text, *, yes_text, no_text, destructive=False):
        # The box's first line, in bold: a question she answers, not a statement.
        assert question.endswith("?"), f"ask the question itself: {question!r}"
        assert yes_text and no_text and "Go ahead" not in (yes_text, no_text)
        log.calls.append(("confirm", question, text))
        log.confirm_options.append({"destructive": destructive, "yes_text": yes_text,
                                    "no_text": no_text})
        return log.answer

    def confirm_with_option(parent, question, text, *, yes_text, no_text, option_text,
                            destructive=False):
        assert option_text
        log.options.append(option_text)
        yes = confirm(parent, question, text, yes_text=yes_text, no_text=no_text,
                      destructive=destructive)
        return yes, yes and log.option_answer

    def error(parent, title, text):
        log.calls.append(("error", title, text))

    def info(parent, title, text):
        log.calls.append(("info", title, text))

    def inform(parent, heading, text):
        # The box's first line, in bold: a statement, not a question.
        assert heading and not heading.endswith("?"), f"tell, not ask: {heading!r}"
        log.calls.append(("inform", heading, text))

    monkeypatch.setattr(messages, "confirm", confirm)
    monkeypatch.setattr(messages, "confirm_with_option", confirm_with_option)
    monkeypatch.setattr(messages, "error", error)
    monkeypatch.setattr(messages, "info", info)
    monkeypatch.setattr(messages, "inform", inform)
    return log


@pytest.fixture(autouse=True)
def situation_asked(monkeypatch: pytest.MonkeyPatch) -> list[Profile]:
    """The situation question after the recovery code, skipped (and recorded) instead of
    blocking; tests/ui/test_situation.py drives the real dialog with `real_situation`."""
    asked: list[Profile] = []

    def ask(cls, parent, profile, *, first_run=False):
        asked.append(profile)

    monkeypatch.setattr(SituationDialog, "ask", classmethod(ask))
    return asked


@pytest.fixture
def real_situation(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SituationDialog, "ask", _REAL_ASK)


@pytest.fixture(autouse=True)
def settings(tmp_path: Path, qapp: QApplication) -> Settings:
    """Settings in tmp_path; any QSettings made without a path lands there too."""
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    s = Settings(QSettings(str(folder / "haven.ini"), QSettings.Format.IniFormat))
    s.language_override = "en"
    return s


@pytest.fixture(autouse=True)
def applications_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """XDG_DATA_HOME in tmp_path: a desktop launcher (ui/launcher.py) that a test writes
    or rewrites when discreet mode changes never touches the real applications menu."""
    data = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data / "applications"


@pytest.fixture
def hub(qapp: QApplication) -> Hub:
    return Hub()


@dataclass
class PageEnv:
    vault: Vault
    hub: Hub
    settings: Settings


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """The English plural forms ("1 thing") installed, as the app installs them; for
    tests of a page made without the app."""
    translator = QTranslator()
    assert translator.load("haven_en", str(resources.translations_dir()))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def page_env(vault: Vault, hub: Hub, settings: Settings) -> PageEnv:
    """The cheap fixture: what a page is built from (an open FAST_KDF vault)."""
    return PageEnv(vault, hub, settings)


@dataclass
class ClosedVault:
    folder: Path
    passphrase: str
    recovery_code: str


@pytest.fixture
def closed_vault(vault_dir: Path) -> ClosedVault:
    """A journal with the passphrase PASSPHRASE and a recovery code, locked."""
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as v:
        code = v.replace_recovery_code(kdf=FAST_KDF)
    return ClosedVault(vault_dir, PASSPHRASE, code)


@pytest.fixture
def make_app(qtbot, settings: Settings, vault_dir: Path) -> Iterator[Callable[..., HavenApp]]:
    """The whole app, built by create_app() without exec(). After the test: the window
    is closed, the vault is locked and released, and no worker is still running."""
    apps: list[HavenApp] = []

    def make(*args: str, folder: Path | None = None) -> HavenApp:
        argv = ["haven", *args]
        if "--vault" not in args and "--demo" not in args:
            argv += ["--vault", str(folder or vault_dir)]
        app = create_app(argv, settings=settings, kdf=FAST_KDF)
        qtbot.addWidget(app.window)
        app.show()
        qtbot.waitExposed(app.window)
        apps.append(app)
        return app

    yield make

    for app in apps:
        app.shutdown()
        app.install_translators("en")  # later tests expect English
        assert app.window.vault is None, "the vault was left open"
        assert not app.window.isVisible()
        assert workers.wait_for_all(10_000)
        if (app.window.folder / "keys.json").exists():
            _assert_lock_released(app.window.folder)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert not visible, f"left open: {visible}"


def _assert_lock_released(folder: Path) -> None:
    lock = filelock.FileLock(folder / "haven.lock", timeout=0)
    lock.acquire()
    lock.release()


def unlock_with(qtbot, app: HavenApp, secret: str) -> None:
    """Type a secret on the unlock screen and wait until the workspace shows, with
    what the unlock brings back (her page, her unsaved words) on the turn after."""
    from ui.pages.unlock import UnlockPage

    page = app.window.current_screen
    assert isinstance(page, UnlockPage)
    page.field.setText(secret)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: app.window.settled, timeout=10_000)


def when_modal(kind: type, act: Callable[..., None]) -> None:
    """Once a modal dialog of `kind` is open (looked for every 10 ms from the event loop
    that the next exec() runs), call `act(dialog)`."""
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


class LineReader:
    """A child process's lines, each waited for at most `timeout` seconds. A thread
    reads the pipe: select() on the pipe would miss a line already pulled into the
    reader's buffer together with the one before it."""

    def __init__(self, process: subprocess.Popen) -> None:
        self.process = process
        self.lines: queue.Queue[str] = queue.Queue()
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")  # the end

    def next(self, timeout: float) -> str:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError("the child said nothing in time") from None
        if not line:
            raise AssertionError(f"the child ended: {self.process.stderr.read()}")
        return line.strip()


@contextlib.contextmanager
def xvfb_display(width: int, height: int) -> Iterator[str]:
    """A real X server (Xvfb) for a child process while the block runs: its display
    number, for DISPLAY=":<number>"."""
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                               f"{width}x{height}x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as f:
            display = f.readline().strip()
        yield display
    finally:
        server.terminate()
        server.wait(10)


@contextlib.contextmanager
def modals_hidden_after(ms: int) -> Iterator[None]:
    """Hide every modal dialog still open `ms` after the block starts, so a failing test
    does not hang in exec(). The timer stops with the block: it never fires in a later
    test (where it would close that test's dialog)."""
    def give_up() -> None:
        while (dialog := QApplication.activeModalWidget()) is not None:
            dialog.hide()

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(give_up)
    timer.start(ms)
    try:
        yield
    finally:
        timer.stop()


def show_active(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    """Show `widget` as the active window (keyboard shortcuts work only there)."""
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.raise_()
    widget.activateWindow()
    try:
        qtbot.waitUntil(widget.isActiveWindow, timeout=2_000)
    except WaitTimedOut:
        # Offscreen, a request to activate can be lost (another test's window was
        # active a moment ago): ask once more, directly (deprecated, but it does it).
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(widget)
        qtbot.waitUntil(widget.isActiveWindow)
    return widget


def key_click(qtbot, widget: QWidget, key: Qt.Key,
              modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed on the keyboard in `widget`'s window, delivered as the window system
    delivers it: to the window (where Haven's privacy watchers see it, after Qt's
    shortcuts), which hands it to its focus widget or an open popup. qtbot.keyClick on a
    widget sends the key to that widget alone, past its window."""
    window = widget.window().windowHandle()
    assert window is not None, "the window is not shown"
    qtbot.keyClick(window, key, modifiers)


class FilterCalls:
    """Counts the calls of Python event filters (any `eventFilter` under ui/) on this
    thread, by what they are a method of."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}

    def __enter__(self) -> FilterCalls:
        def profile(frame, event, _arg) -> None:
            code = frame.f_code
            if (event == "call" and code.co_name == "eventFilter"
                    and "/ui/" in code.co_filename.replace("\\", "/")):
                self.calls[code.co_qualname] = self.calls.get(code.co_qualname, 0) + 1
        sys.setprofile(profile)
        return self

    def __exit__(self, *_exc: object) -> None:
        sys.setprofile(None)

    def total(self) -> int:
        return sum(self.calls.values())


def run_queued(qtbot) -> None:
    """Let everything already queued for the GUI thread run: a zero timer started now
    fires after the events and zero timers posted before it (Qt delivers them in order).
    Use it before asserting that something queued did *not* happen."""
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=5_000)


def search_now(page, text: str) -> None:
    """Search the journal page for `text` at once, as its 200 ms debounce timer would;
    the timer that typing started is stopped, or on a slow machine it fires later and
    searches a second time."""
    page.search_edit.setText(text)
    page.search.search_now()


@pytest.fixture
def months_held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The list's months, read on a worker, wait until the event is set (set at the
    end); `on_gui` records whether each read ran on the GUI thread."""
    release = threading.Event()
    release.on_gui = []  # type: ignore[attr-defined]
    real = EntryStore.month_counts

    def month_counts(store: EntryStore, *args: object) -> list[tuple[int, int, int]]:
        on_gui = threading.current_thread() is threading.main_thread()
        release.on_gui.append(on_gui)  # type: ignore[attr-defined]
        if not on_gui:
            assert release.wait(10)
        return real(store, *args)

    monkeypatch.setattr(EntryStore, "month_counts", month_counts)
    yield release
    release.set()
    assert workers.wait_for_all(5_000)
