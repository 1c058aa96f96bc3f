"""The workspace makes each sidebar page the first time it is shown or used (issue 10):
unlocking makes Today only, and everything that relies on the pages still works."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal.agenda import AgendaStore
from journal.entries import EntryStore
from journal.models import EntryDraft
from tests.ui.conftest import unlock_with
from ui.main_window import Workspace
from ui.pages import PAGES, PageSpec
from ui.pages.agenda_page import AgendaTopicDialog
from ui.workspace import _Page

ROOT = Path(__file__).resolve().parents[2]
KEYS = ["journal", "checkin", "trends", "safe_places", "boundaries", "needs", "safety",
        "support", "agenda", "guidance", "path", "timeline"]


@pytest.fixture
def unlocked(make_app, qtbot, closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    return app


def test_unlocking_makes_today_only_and_every_page_keeps_its_place(unlocked, qtbot):
    workspace = unlocked.window.workspace
    assert set(workspace.made_pages()) == {"today"}
    assert workspace.page_count == len(workspace.nav_buttons) == 1 + len(KEYS)
    assert workspace.save_pending()  # nothing made, nothing to save: no page is made
    assert set(workspace.made_pages()) == {"today"}
    for index, key in enumerate(KEYS, start=1):
        stand_in = workspace.pages.widget(index)
        qtbot.mouseClick(workspace.nav_buttons[index], Qt.MouseButton.LeftButton)
        page = workspace.made_pages()[key]
        assert page is not stand_in
        assert workspace.pages.widget(index) is page
        assert workspace.pages.currentWidget() is page and page.isVisible()
        assert getattr(workspace, f"{key}_page") is page  # the attribute: the same page
        assert set(workspace.made_pages()) == {"today", *KEYS[:index]}
        assert workspace.page_count == 1 + len(KEYS)
    assert workspace.save_pending()


def test_an_attribute_makes_its_page_in_place_without_showing_it(unlocked):
    workspace = unlocked.window.workspace
    guidance = workspace.guidance_page
    assert set(workspace.made_pages()) == {"today", "guidance"}
    assert workspace.pages.indexOf(guidance) == KEYS.index("guidance") + 1
    assert workspace.current_page == Workspace.TODAY
    assert not guidance.isVisible()
    assert workspace.guidance_page is guidance
    workspace.show_page(workspace.pages.indexOf(guidance))
    assert workspace.pages.currentWidget() is guidance


def test_each_page_attribute_is_typed_as_the_class_pages_makes():
    # mypy checks the workspace's calls on `workspace.<key>_page` against its annotation;
    # at run time the page comes from PAGES. The two must name the same class.
    source = (ROOT / "ui" / "workspace.py").read_text(encoding="utf-8")
    for spec in PAGES:
        name = f"{spec.key}_page"
        assert isinstance(Workspace.__dict__[name], _Page), name
        assert Workspace.__annotations__[name] == f"_Page[{spec.cls}]"
        assert f"from ui.pages.{spec.module} import {spec.cls}\n" in source


def test_a_page_attribute_must_be_named_after_its_page():
    with pytest.raises(RuntimeError) as caught:  # Python wraps errors of __set_name__
        class Broken:
            checkin_page = _Page("journal")
    assert isinstance(caught.value.__cause__, TypeError)
    assert "'journal'" in str(caught.value.__cause__)


def test_a_page_class_that_is_no_widget_is_refused():
    with pytest.raises(TypeError, match=r"ui\.pages\.today_page\.__name__ is not"):
        PageSpec("today", "today_page", "__name__", "Today").page_class()


def test_help_now_and_the_shortcuts_make_their_page(unlocked, qtbot):
    window = unlocked.window
    workspace = window.workspace
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_H,
                   Qt.KeyboardModifier.ControlModifier)
    assert "safety" in workspace.made_pages()
    assert workspace.pages.currentWidget() is workspace.safety_page
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_4,
                   Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentWidget() is workspace.made_pages()["trends"]
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_9,
                   Qt.KeyboardModifier.ControlModifier)
    assert workspace.pages.currentWidget() is workspace.made_pages()["support"]
    # Ctrl+F searches the journal; it does not make the guidance page to ask it.
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_page == Workspace.JOURNAL
    assert "guidance" not in workspace.made_pages()


def test_a_today_card_opens_a_page_not_made_yet(unlocked, qtbot):
    workspace = unlocked.window.workspace
    workspace.sti_card.open_requested.emit()
    assert workspace.pages.currentWidget() is workspace.made_pages()["safety"]
    workspace.show_page(Workspace.TODAY)
    workspace.checkin_card.open_requested.emit()
    assert workspace.pages.currentWidget() is workspace.made_pages()["checkin"]


def test_the_agenda_takes_a_request_once_before_and_after_its_page_is_made(
        unlocked, qtbot, monkeypatch, message_log):
    asked: list[str] = []

    def get_topic(parent, text):
        asked.append(text)
        return text, True

    monkeypatch.setattr(AgendaTopicDialog, "get_topic", staticmethod(get_topic))
    window = unlocked.window
    workspace = window.workspace
    draft = EntryDraft(entry_date=date(2024, 5, 6), title="First", body="One")
    entry_id = EntryStore(window.vault).create(draft)
    assert "agenda" not in workspace.made_pages()
    unlocked.hub.agenda_add_requested.emit("entry", entry_id, "First")
    assert "agenda" in workspace.made_pages()  # made for the request, not shown
    assert workspace.current_page == Workspace.TODAY
    unlocked.hub.agenda_add_requested.emit("entry", entry_id, "Second")
    assert asked == ["First", "Second"]  # each request asked once, not twice
    assert sorted(i.text for i in AgendaStore(window.vault).open_items()) == [
        "First", "Second"]
    assert workspace.agenda_page.open_list.count() == 2
    assert message_log.kinds() == []  # each said so in a notice, with no OK to click


def test_each_unlock_makes_its_pages_anew(unlocked, qtbot, closed_vault):
    """A new workspace with Today and the page she locked on, both made anew: nothing
    of the locked journal's pages is kept."""
    window = unlocked.window
    first = window.workspace
    first.show_page("safety")
    old_safety = first.safety_page
    window.lock()
    assert window.wait_until_closed()
    unlock_with(qtbot, unlocked, closed_vault.passphrase)
    second = window.workspace
    assert second is not first
    assert set(second.made_pages()) == {"today", "safety"}
    assert second.safety_page is not old_safety
    assert second.pages.currentWidget() is second.safety_page


def test_rebuilding_shows_the_same_page_again(unlocked):
    window = unlocked.window
    window.workspace.show_page("support")
    index = window.workspace.current_page
    window.rebuild()  # e.g. the language changed
    assert window.workspace.current_page == index
    assert set(window.workspace.made_pages()) == {"today", "support"}


def test_the_charts_are_imported_only_with_the_trends_page():
    code = ("import sys, ui.app, ui.main_window; "
            "print('PySide6.QtCharts' in sys.modules, 'ui.pages.trends_page' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                    "PATH": "/usr/bin:/bin"})
    assert out.stdout.split() == ["False", "False"]



def test_what_she_opens_next_is_imported_on_a_worker_after_unlock(tmp_path: Path):
    """Not on the GUI thread, neither while the workspace is made (unlock stays short)
    nor when she first opens the journal, the trends, the summary or the export."""
    modules = (
        "ui.pages.journal_page", "ui.pages.trends_page", "ui.dialogs.report_dialog",
        "journal.export",
    )
    code = f"""
import importlib, sys, threading
from PySide6.QtCore import QSettings
from journal.keyslots import KdfParams, Secret
from journal.vault import Vault
from ui import workers
from ui.app import create_app
from ui.settings import Settings
folder = {str(tmp_path / "v")!r}
Vault.create(folder, "a passphrase",
             kdf=KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)).close()
settings = Settings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
app = create_app(["haven", "--vault", folder], settings=settings)
importers = {{}}
real_import, real_import_module = __builtins__.__import__, importlib.import_module
def recording_import(name, *args, **kwargs):
    if name in {modules!r} and name not in sys.modules:
        importers[name] = threading.current_thread() is threading.main_thread()
    return real_import(name, *args, **kwargs)
def recording_import_module(name, *args, **kwargs):
    recording_import(name)
    return real_import_module(name, *args, **kwargs)
__builtins__.__import__ = recording_import
importlib.import_module = recording_import_module
app.window.open_workspace(Vault.open(folder, Secret.passphrase("a passphrase")))
while not app.window.settled:  # the preload starts once her page and words are back
    app.qapp.processEvents()
assert workers.wait_for_all(30_000)
# Which thread got to each first varies (the preimport may take some); none is the GUI.
print(sorted(m for m, main in importers.items() if main),
      all(m in sys.modules for m in {modules!r}), sorted(app.window.workspace.made_pages()))
app.window.lock()
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split("\n")[0] == "[] True ['today']"


def test_the_pages_are_imported_on_a_worker_while_she_types_her_passphrase(tmp_path: Path):
    """Showing the unlock screen imports no page on the GUI thread; a worker imports
    Today first (unlock needs it), then every other page, once; the Qt modules they
    bring (QtCharts, QtPdf) are imported on the GUI thread (on a worker, QtCharts
    crashed the process now and then). Unlocking still makes Today only: every other
    page is made the first time it is shown."""
    code = f"""
import importlib, sys, threading, time
from PySide6.QtCore import QSettings
from journal.keyslots import KdfParams, Secret
from journal.vault import Vault
from ui import workers
from ui.pages import PAGES
from ui.settings import Settings
folder = {str(tmp_path / "v")!r}
Vault.create(folder, "a passphrase",
             kdf=KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)).close()
settings = Settings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat))
pages = ["ui.pages." + p.module for p in PAGES]
order, qt = [], {{}}
real_import, real_import_module = __builtins__.__import__, importlib.import_module
def recording_import(name, *args, **kwargs):
    main = threading.current_thread() is threading.main_thread()
    if name in pages and name not in sys.modules and name not in [n for n, _ in order]:
        order.append((name, main))
    if name.startswith("PySide6.Qt") and name not in sys.modules:
        qt[name] = main
    return real_import(name, *args, **kwargs)
def recording_import_module(name, *args, **kwargs):
    recording_import(name)
    return real_import_module(name, *args, **kwargs)
__builtins__.__import__ = recording_import
importlib.import_module = recording_import_module
from ui.app import create_app
app = create_app(["haven", "--vault", folder], settings=settings)
end = time.monotonic() + 30
while not order and time.monotonic() < end:  # the preimport starts soon after
    app.qapp.processEvents()
    time.sleep(0.01)
assert workers.wait_for_all(30_000)
print(type(app.window.current_screen).__name__, order[0][0],
      sorted(n for n, _ in order) == sorted(pages), any(main for _, main in order))
import ui.preload
ui.preload.start_preimport(app.window)  # once per process: nothing more
assert not workers.busy()
app.window.open_workspace(Vault.open(folder, Secret.passphrase("a passphrase")))
while not app.window.settled:  # the preload starts once her page and words are back
    app.qapp.processEvents()
assert workers.wait_for_all(30_000)
print(sorted(app.window.workspace.made_pages()))
print(sorted(qt.items()))
app.window.lock()
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    before, after, qt_modules = out.stdout.split("\n")[:3]
    assert before == "UnlockPage ui.pages.today_page True False"
    assert after == "['today']"
    assert "PySide6.QtCharts" in qt_modules and "False" not in qt_modules
