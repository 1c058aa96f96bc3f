"""The journal page's search controller on its own: a field, the filters, a real vault."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from journal.entries import EntryStore
from journal.errors import DiskFull
from journal.models import EntryDraft
from ui.pages.journal_search import JournalSearch
from ui.pages.search_panel import FilterBar, SearchResultModel


@pytest.fixture
def search(qtbot, page_env):
    EntryStore(page_env.vault).create(EntryDraft(date(2026, 3, 2), "By the river",
                                                 "We walked along the river."))
    owner = QWidget()
    qtbot.addWidget(owner)
    controller = JournalSearch(page_env.vault, QLineEdit(owner), FilterBar(owner),
                               nullcontext, owner)
    shown: list[int] = []
    controller.shown.connect(lambda: shown.append(controller.results.rowCount()))
    controller.shown_rows = shown  # type: ignore[attr-defined]
    yield controller
    owner.deleteLater()


def field(search: JournalSearch) -> QLineEdit:
    return search._field


def test_a_search_fills_the_results_and_an_empty_field_empties_them(qtbot, search):
    field(search).setText("river")
    search.search_now()
    qtbot.waitUntil(lambda: search.shown_rows == [1])
    assert search.active and not search.busy
    field(search).setText("")
    search.search_now()  # no worker: emptied at once
    assert search.shown_rows == [1, 0] and not search.active


def test_a_failed_search_is_told_once_and_shows_nothing(qtbot, search, monkeypatch):
    def fail(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(SearchResultModel, "first_page", classmethod(fail))
    failures: list[BaseException] = []
    search.failed.connect(failures.append)
    field(search).setText("river")
    search.search_now()
    qtbot.waitUntil(lambda: search.shown_rows == [0])
    assert [type(exc) for exc in failures] == [DiskFull]


def test_the_worksheet_hits_are_read_again_only_while_a_search_is_shown(search, monkeypatch):
    refreshed: list[bool] = []
    monkeypatch.setattr(search.worksheet, "refresh", lambda: refreshed.append(True))
    search.refresh_worksheet()
    assert refreshed == []
    search.results.show_results("river", search._filters.entry_filter(), [])
    search.refresh_worksheet()
    assert refreshed == [True]


def test_after_the_lock_nothing_runs_and_the_field_is_empty(qtbot, search):
    field(search).setText("river")
    search.search_now()
    qtbot.waitUntil(lambda: search.shown_rows == [1])
    search.lock()
    assert field(search).text() == "" and search.results.rowCount() == 0
    field(search).setText("river")
    search.search_now()
    assert not search.busy and search.shown_rows == [1] and search.locked


def test_a_bug_in_a_search_reaches_qt_shows_nothing_and_the_next_search_runs(
        qtbot, search, monkeypatch):
    def broken(*_args, **_kwargs):
        raise TypeError("a bug")

    original = SearchResultModel.__dict__["first_page"]
    monkeypatch.setattr(SearchResultModel, "first_page", classmethod(broken))
    failures: list[BaseException] = []
    search.failed.connect(failures.append)
    with qtbot.capture_exceptions() as raised:
        field(search).setText("river")
        search.search_now()
        qtbot.waitUntil(lambda: search.shown_rows == [0])
    assert [type(exc) for _kind, exc, _tb in raised] == [TypeError]
    assert failures == []  # not told as a failure
    assert not search.busy and not search._slow_timer.isActive()  # no "Searching…" left

    monkeypatch.setattr(SearchResultModel, "first_page", original)
    search.search_now()
    qtbot.waitUntil(lambda: search.shown_rows == [0, 1])
