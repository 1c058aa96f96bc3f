"""Python's garbage collected on the GUI thread only (ui/heap.py)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import weakref
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from ui import heap, workers
from ui.hub import Hub
from ui.pages import PAGES

REPO = Path(__file__).resolve().parents[2]


class _Cycle:
    """Garbage only the collector frees (it refers to itself); says where it was freed."""

    freed_on: ClassVar[list[str]] = []

    def __init__(self) -> None:
        self.me = self
        self.qobject = QObject()  # made from Python, as a page's widgets are

    def __del__(self) -> None:
        _Cycle.freed_on.append(threading.current_thread().name)


def test_garbage_is_collected_on_the_gui_thread_not_on_a_worker(qapp, qtbot):
    heap.collect_on_the_gui_thread(qapp)
    assert not gc.isenabled()
    _Cycle.freed_on.clear()
    gc.collect()  # nothing older pending
    cycle = weakref.ref(_Cycle())
    assert cycle() is not None  # only a collection frees it

    kept: list[list[int]] = []

    def allocate() -> None:  # far past the young generation's threshold
        kept.extend([n] for n in range(gc.get_threshold()[0] * 20))

    worker = threading.Thread(target=allocate, name="worker")
    worker.start()
    worker.join()
    assert cycle() is not None  # Python's own collector would have run on the worker
    qtbot.waitUntil(lambda: cycle() is None, timeout=5_000)  # the GUI thread's timer
    assert _Cycle.freed_on == ["MainThread"]
    kept.clear()


def test_only_what_is_due_is_collected(qapp):
    heap.collect_on_the_gui_thread(qapp)
    gc.collect()
    collector = qapp.findChild(heap._GuiThreadCollector)
    counts = [gc.get_stats()[n]["collections"] for n in range(3)]
    collector.collect_due()  # nothing allocated since: nothing to do
    assert [gc.get_stats()[n]["collections"] for n in range(3)] == counts
    kept = [[n] for n in range(gc.get_threshold()[0] * 2)]
    collector.collect_due()
    after = [gc.get_stats()[n]["collections"] for n in range(3)]
    assert after[0] == counts[0] + 1 and after[2] == counts[2]
    del kept


def test_the_app_collects_on_the_gui_thread(tmp_path):
    # In a process of its own: here the UI tests' conftest has installed it already.
    code = ("import gc, sys; from ui.app import create_app; "
            "app = create_app(['haven', '--vault', sys.argv[1]]); "
            "print(gc.isenabled(), app.qapp.findChild(__import__('ui.heap').heap."
            "_GuiThreadCollector) is not None)")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "vault")],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                            check=False)
    assert result.stdout.strip().splitlines()[-1] == "False True", result.stderr


# A page dropped in a cycle, as tests drop theirs, is freed by the collector, not by Qt:
# its Python attributes are cleared before Qt deletes its widgets, and Qt still calls
# its Python event filters on the way. pytest-qt fails the test on any exception in
# them (a collection in a later test once failed CI this way). Pages whose lambdas are
# connected to their own widgets' signals are kept alive by those connections, which
# the collector cannot see; those are deleted by Qt here, as the app deletes its pages.
@pytest.mark.parametrize("spec", PAGES, ids=[spec.key for spec in PAGES])
def test_a_page_dropped_in_a_cycle_ends_without_a_bug(page_env, qtbot, spec):
    hub = Hub()  # its own, dropped with it
    page = spec.page_class()(page_env.vault, hub, page_env.settings, None)
    page.show()
    qtbot.waitExposed(page)
    assert workers.wait_for_all(10_000)
    qtbot.wait(50)  # the results of the reads made when it was shown
    left = weakref.ref(page)
    page.cycle = page
    del page, hub
    gc.collect()
    if (kept := left()) is not None:
        kept.close()
        kept.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
