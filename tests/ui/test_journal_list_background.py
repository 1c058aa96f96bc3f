"""The journal list reads its months and pages on a worker through the reader
connection: rows arrive, the newest asked for wins, rows read before they moved are
never shown, and a lock while a page is being read is safe."""

from __future__ import annotations

import random
import threading
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from journal.entries import EntryStore
from journal.models import EntryDraft, EntryFilter
from journal.vault import Vault
from tests.ui.test_journal_list_model import QuerySpy, fill
from ui import workers
from ui.models.entry_list_model import EntryListModel, IsHeaderRole, SummaryRole
from ui.models.entry_rows import summary_from_draft


def settle(qtbot, model: EntryListModel) -> None:
    qtbot.waitUntil(lambda: not model.loading)


def small_pages(monkeypatch: pytest.MonkeyPatch, size: int, cached: int | None = None
                ) -> None:
    """Pages of `size` rows for the models made after (the first page is read with
    the months, at the size of the moment)."""
    monkeypatch.setattr(EntryListModel, "PAGE_SIZE", size)
    if cached is not None:
        monkeypatch.setattr(EntryListModel, "CACHED_PAGES", cached)


def shown_rows(qtbot, model: EntryListModel) -> list[Any]:
    """Every row as the view would come to show it: a row whose page is being read is
    asked for again once it has arrived, and must then be there."""
    rows: list[Any] = []
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(IsHeaderRole):
            rows.append(("header", index.data()))
            continue
        summary = index.data(SummaryRole)
        if summary is None:
            settle(qtbot, model)
            summary = index.data(SummaryRole)
            assert summary is not None, f"row {row} did not arrive"
        rows.append(summary)
    return rows


def store_rows(model: EntryListModel, store: EntryStore) -> list[Any]:
    expected: list[Any] = []
    month = None
    for s in store.page(model.entry_filter, offset=0, limit=100_000):
        if (s.entry_date.year, s.entry_date.month) != month:
            month = (s.entry_date.year, s.entry_date.month)
            expected.append(("header", None))
        expected.append(s)
    return expected


def same_rows(shown: list[Any], expected: list[Any]) -> bool:
    return len(shown) == len(expected) and all(
        (isinstance(a, tuple) and isinstance(b, tuple)) or a == b
        for a, b in zip(shown, expected, strict=True))


def test_rows_arrive_from_the_reader_with_a_placeholder_meanwhile(
        qtbot, vault: Vault, entries: EntryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 250, seed=7)
    newest = entries.page(limit=250)
    spy = QuerySpy(vault, monkeypatch)  # the main connection
    model = EntryListModel(entries, vault=vault)
    assert model.counting and model.loading and model.rowCount() == 0
    with qtbot.waitSignal(model.counted):
        pass
    assert not model.counting
    assert model.total_count == 250
    # The first page came with the months, from the same snapshot.
    assert model.index(1).data(SummaryRole) == newest[0]
    row = model._row_of_offset(model.PAGE_SIZE + 20)
    index = model.index(row)
    assert index.data(SummaryRole) is None  # not read on the GUI thread
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Loading…"
    assert model.loading
    with qtbot.waitSignal(model.dataChanged) as changed:
        pass
    first, last = changed.args[0].row(), changed.args[1].row()
    assert first <= row <= last
    assert spy.queries == [], "months and pages are read on the reader, not the main one"
    assert index.data(SummaryRole) == newest[model.PAGE_SIZE + 20]
    assert same_rows(shown_rows(qtbot, model), store_rows(model, entries))


def test_months_read_before_a_save_are_read_again(
        qtbot, vault: Vault, entries: EntryStore, months_held: threading.Event) -> None:
    fill(entries, vault, 30, seed=12)
    model = EntryListModel(entries, vault=vault)
    assert model.counting  # held on the worker, its snapshot taken
    draft = EntryDraft(date(2030, 1, 1), "Newest", "b")
    new_id = entries.create(draft)
    model.entry_saved(summary_from_draft(new_id, draft), is_new=True)
    entries.delete(entries.page(limit=2)[1].id)
    model.entry_removed(entries.page(limit=2)[1].id)
    months_held.set()
    settle(qtbot, model)
    assert model.total_count == 30
    assert model.index(1).data(SummaryRole).id == new_id
    assert same_rows(shown_rows(qtbot, model), store_rows(model, entries))


def test_months_read_before_a_lock_are_not_shown_after_it(
        qtbot, vault: Vault, entries: EntryStore, months_held: threading.Event) -> None:
    fill(entries, vault, 30, seed=13)
    model = EntryListModel(entries, vault=vault)
    arrived = []
    model.counted.connect(lambda: arrived.append(True))
    assert model.counting
    model.forget()  # the vault locks while the months are read
    assert not model.loading
    months_held.set()
    assert workers.wait_for_all(5_000)
    qtbot.wait(50)  # the result's delivery, had it been sent
    assert arrived == []
    assert model.rowCount() == 0


def test_the_newest_pages_asked_for_win(qtbot, vault: Vault, entries: EntryStore,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 600, seed=8)
    small_pages(monkeypatch, 20, cached=3)
    model = EntryListModel(entries, vault=vault)
    settle(qtbot, model)
    assert model.pages_read == 1  # the first page, with the months
    first_rows = []  # the first entry row of each page, in the order she scrolls
    for page_no in range(1, 12):
        row = model._row_of_offset(page_no * model.PAGE_SIZE)
        first_rows.append(row)
        assert model.index(row).data(SummaryRole) is None
    settle(qtbot, model)
    # The second page went to the worker at once; of the ten asked for meanwhile only
    # the three newest were still wanted: four pages read, not eleven.
    assert model.pages_read == 1 + 1 + model.CACHED_PAGES
    expected = store_rows(model, entries)
    for row in first_rows[-model.CACHED_PAGES:]:
        assert model.index(row).data(SummaryRole) == expected[row]
    assert model.pages_read == 1 + 1 + model.CACHED_PAGES  # held: nothing read again


def test_a_page_read_before_the_rows_moved_is_never_shown(
        qtbot, vault: Vault, entries: EntryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 300, seed=9)
    small_pages(monkeypatch, 50)
    model = EntryListModel(entries, vault=vault)
    settle(qtbot, model)
    wrong: list[tuple[int, Any, Any]] = []

    def check(top, bottom, *_: Any) -> None:  # every row a page brings is in its place
        expected = store_rows(model, entries)
        for row in range(top.row(), bottom.row() + 1):
            shown = model.index(row).data(SummaryRole)
            if shown is not None and shown != expected[row]:
                wrong.append((row, shown, expected[row]))

    model.dataChanged.connect(check)
    row = model._row_of_offset(2 * model.PAGE_SIZE)
    assert model.index(row).data(SummaryRole) is None  # on its way
    # A new entry, newest of all, before that page has arrived: every row moves down.
    draft = EntryDraft(date(2030, 1, 1), "Newest", "b")
    new_id = entries.create(draft)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, *_: changed.append((top.row(), bottom.row())))
    model.entry_saved(summary_from_draft(new_id, draft), is_new=True)
    settle(qtbot, model)
    assert wrong == []
    # The view is told to paint that page's rows again, which asks for what is there now.
    now = model._row_of_offset(2 * model.PAGE_SIZE)
    assert any(top <= now <= bottom for top, bottom in changed)
    assert same_rows(shown_rows(qtbot, model), store_rows(model, entries))
    assert wrong == []


def test_typing_in_an_entry_does_not_hold_up_a_page_on_its_way(
        qtbot, vault: Vault, entries: EntryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 300, seed=11)
    small_pages(monkeypatch, 50)
    model = EntryListModel(entries, vault=vault)
    settle(qtbot, model)
    shown = model.index(1).data(SummaryRole)
    assert shown is not None
    row = model._row_of_offset(3 * model.PAGE_SIZE)
    assert model.index(row).data(SummaryRole) is None  # on its way
    # An autosave of the first entry, in place (same date): no row moves.
    draft = entries.get(shown.id).draft()
    draft.title = "A new title"
    entries.update(shown.id, draft)
    model.entry_saved(summary_from_draft(shown.id, draft))
    read = model.pages_read
    settle(qtbot, model)
    assert model.pages_read == read + 1  # the page on its way was kept
    assert model.index(row).data(SummaryRole) == store_rows(model, entries)[row]
    assert model.index(1).data(SummaryRole).title == "A new title"


@pytest.mark.parametrize("seed", [1, 2])
def test_saves_and_deletes_while_pages_arrive_keep_the_rows_right(
        qtbot, vault: Vault, entries: EntryStore, seed: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 60, seed=seed)
    small_pages(monkeypatch, 7, cached=3)
    model = EntryListModel(entries, vault=vault)
    model.set_filter(EntryFilter(tag="sleep") if seed == 2 else EntryFilter())
    rng = random.Random(seed)
    for _ in range(25):
        for row in rng.sample(range(model.rowCount()), min(4, model.rowCount())):
            model.index(row).data(SummaryRole)  # pages asked for, some on their way
        ids = [s.id for s in entries.page(EntryFilter(), limit=1000)]
        action = rng.random()
        if action < 0.4:
            draft = EntryDraft(date(2020, 1, 1) + timedelta(days=rng.randrange(900)),
                               title="new", body="b", tags=rng.sample(["sleep", "x"], 1))
            new_id = entries.create(draft)
            model.entry_saved(summary_from_draft(new_id, draft), is_new=True)
        elif action < 0.8:
            entry_id = rng.choice(ids)
            draft = entries.get(entry_id).draft()
            draft.entry_date += timedelta(days=rng.randrange(-60, 60))
            draft.title = f"edited {rng.random()}"
            entries.update(entry_id, draft)
            model.entry_saved(summary_from_draft(entry_id, draft))
        else:
            entry_id = rng.choice(ids)
            entries.delete(entry_id)
            model.entry_removed(entry_id)
        if rng.random() < 0.5:
            settle(qtbot, model)
    assert same_rows(shown_rows(qtbot, model), store_rows(model, entries))


def test_locking_while_a_page_is_read_is_safe(qtbot, vault: Vault,
                                              entries: EntryStore) -> None:
    fill(entries, vault, 400, seed=10)
    model = EntryListModel(entries, vault=vault)
    qtbot.waitUntil(lambda: not model.counting)
    for row in range(0, model.rowCount(), 40):
        model.index(row).data(SummaryRole)
    assert model.loading
    vault.close()  # waits for a read under way on a reader, or ends it
    settle(qtbot, model)  # a failure would raise here (pytest-qt reports it)
    assert workers.wait_for_all()
    last = model.index(model.rowCount() - 1)  # its page was never read
    assert last.data(SummaryRole) is None
    assert last.data(Qt.ItemDataRole.DisplayRole) == "Loading…"
    assert not model.loading  # nothing is asked of a locked vault
    model.forget()
    assert model.rowCount() == 0
