"""The journal list model: pages of summaries, never bodies, month headings, and rows
kept in step with saves and deletes without reloading."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from journal.entries import EntryStore
from journal.models import EntryDraft, EntryFilter, EntrySummary
from journal.vault import Vault
from ui.models.entry_list_model import EntryIdRole, EntryListModel, IsHeaderRole, SummaryRole
from ui.models.entry_rows import MonthHeader, matches_filter, rows_for, summary_from_draft

ALL_ROLES = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
             Qt.ItemDataRole.ToolTipRole, SummaryRole, EntryIdRole, IsHeaderRole,
             Qt.ItemDataRole.UserRole + 4]


class QuerySpy:
    """Records every query the vault runs and how many rows it returned."""

    def __init__(self, vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
        self.queries: list[tuple[str, int]] = []
        real_rows, real_row = vault.rows, vault.row

        def rows(sql: str, params: Any = ()) -> list[Any]:
            result = real_rows(sql, params)
            self.queries.append((sql, len(result)))
            return result

        def row(sql: str, params: Any = ()) -> Any:
            result = real_row(sql, params)
            self.queries.append((sql, 0 if result is None else 1))
            return result

        monkeypatch.setattr(vault, "rows", rows)
        monkeypatch.setattr(vault, "row", row)

    def reset(self) -> None:
        self.queries.clear()

    @property
    def rows_read(self) -> int:
        return sum(n for _, n in self.queries)


def fill(store: EntryStore, vault: Vault, n: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    start = date(2020, 1, 1)
    with vault.transaction():
        for i in range(n):
            store.create(EntryDraft(
                entry_date=start + timedelta(days=rng.randrange(0, 900)),
                title=f"Entry {i}" if i % 3 else "",
                body=f"Body number {i} with words that must stay in the vault.\n" * 5,
                mood=rng.choice([None, 1, 2, 3, 4, 5]),
                tags=rng.sample(["sleep", "boundaries", "friends", "faith"], rng.randrange(3)),
                share_with_therapist=rng.random() < 0.3))


def model_rows(model: EntryListModel) -> list[Any]:
    result = []
    for row in range(model.rowCount()):
        index = model.index(row)
        if index.data(IsHeaderRole):
            result.append(("header", index.data(Qt.ItemDataRole.DisplayRole)))
        else:
            result.append(index.data(SummaryRole))
    return result


def assert_matches_store(model: EntryListModel, store: EntryStore) -> None:
    """The rows are exactly the store's list, in order, with a heading per month."""
    flt = model.entry_filter
    assert model.total_count == store.count(flt)
    expected = store.page(flt, offset=0, limit=100_000)
    rows = model_rows(model)
    assert [s for s in rows if isinstance(s, EntrySummary)] == expected
    headers = [r for r in rows_for(expected) if isinstance(r, MonthHeader)]
    shown_headers = [r[1] for r in rows if isinstance(r, tuple)]
    assert len(shown_headers) == len(headers)
    assert len(set(shown_headers)) == len(shown_headers)
    assert [type(r) for r in rows] == [
        tuple if isinstance(r, MonthHeader) else EntrySummary for r in rows_for(expected)]


def test_the_list_is_whole_from_the_start_but_reads_only_the_rows_shown(
        qapp, vault: Vault, entries: EntryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 1000)
    months = len(entries.month_counts())
    spy = QuerySpy(vault, monkeypatch)
    model = EntryListModel(entries)
    assert model.total_count == 1000
    assert model.rowCount() == 1000 + months  # every entry and heading, none read yet
    assert model.loaded_count == 0
    assert not model.canFetchMore(QModelIndex())
    assert spy.rows_read <= months + 1  # the newest and oldest days, a count per month

    # Showing the first screen reads one page, without bodies.
    spy.reset()
    for row in range(20):
        for role in ALL_ROLES:
            model.index(row).data(role)
    assert model.loaded_count == model.PAGE_SIZE
    assert spy.rows_read <= model.PAGE_SIZE
    assert spy.queries, "the model must ask the store"
    for sql, _ in spy.queries:
        assert not re.search(r"\bbody\b|\.\*|SELECT \*", sql), sql
    # Showing them again runs no query at all; the size of a row needs none either.
    spy.reset()
    for row in range(20):
        for role in ALL_ROLES:
            model.index(row).data(role)
    for row in range(model.rowCount()):
        model.index(row).data(IsHeaderRole)
    assert spy.queries == []


def test_a_far_month_is_one_page_away_and_memory_stays_flat(
        qapp, vault: Vault, entries: EntryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 1000, seed=4)
    model = EntryListModel(entries)
    model.PAGE_SIZE = 50
    year, month, _n = entries.month_counts()[-3]  # two months before the oldest
    spy = QuerySpy(vault, monkeypatch)
    row = model.row_of_month(year, month)
    assert model.index(row).data(IsHeaderRole)
    first = model.index(row + 1).data(SummaryRole)
    assert (first.entry_date.year, first.entry_date.month) == (year, month)
    assert spy.rows_read <= model.PAGE_SIZE, spy.queries  # one page, not all before it
    assert model.row_of_month(year, month + 1 if month < 12 else 1) is not None
    assert model.row_of_month(1990, 1) is None

    # Through everything and back: only a few pages are ever held.
    assert_matches_store(model, entries)
    assert model.loaded_count <= model.CACHED_PAGES * model.PAGE_SIZE
    for row in range(model.rowCount() - 1, -1, -1):
        model.index(row).data(SummaryRole)
    assert model.loaded_count <= model.CACHED_PAGES * model.PAGE_SIZE


def test_rows_of_entries_not_read_yet_are_found(qapp, vault: Vault,
                                                entries: EntryStore) -> None:
    fill(entries, vault, 400, seed=5)
    flt = EntryFilter(tag="sleep")
    model = EntryListModel(entries)
    model.set_filter(flt)
    everything = entries.page(flt, limit=1000)
    for s in everything[::37]:
        fresh = EntryListModel(entries)
        fresh.set_filter(flt)
        row = fresh.row_of(s.id)
        assert fresh.index(row).data(SummaryRole) == s
    left_out = entries.page(EntryFilter(), limit=1000)
    left_out = next(s for s in left_out if "sleep" not in s.tags)
    assert model.row_of(left_out.id) is None
    assert not model.index_of(left_out.id).isValid()


def test_a_view_shows_the_end_of_the_list(qtbot, vault: Vault, entries: EntryStore) -> None:
    from PySide6.QtWidgets import QListView

    fill(entries, vault, 500, seed=3)
    model = EntryListModel(entries)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 400)
    view.show()
    qtbot.waitExposed(view)
    oldest = entries.page(limit=1000)[-1]
    last = model.index(model.rowCount() - 1)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.visualRect(last).top() >= 0
                    and view.visualRect(last).bottom() <= view.viewport().height())
    view.viewport().repaint()
    assert view.indexAt(view.visualRect(last).topLeft()).data(SummaryRole) == oldest
    assert model.loaded_count <= model.CACHED_PAGES * model.PAGE_SIZE


def test_month_headings_are_not_selectable(qapp, entries: EntryStore) -> None:
    entries.create(EntryDraft(date(2024, 3, 2), "March"))
    entries.create(EntryDraft(date(2024, 2, 2), "February"))
    model = EntryListModel(entries)
    rows = model_rows(model)
    assert [type(r) for r in rows] == [tuple, EntrySummary, tuple, EntrySummary]
    assert model.flags(model.index(0)) == Qt.ItemFlag.NoItemFlags
    assert model.flags(model.index(1)) & Qt.ItemFlag.ItemIsSelectable


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("flt", [EntryFilter(), EntryFilter(tag="sleep"),
                                 EntryFilter(shared=True, mood=3),
                                 EntryFilter(date_from=date(2020, 6, 15),
                                             date_to=date(2021, 8, 20))])
def test_saves_and_deletes_keep_the_rows_in_step_with_the_store(
        qapp, vault: Vault, entries: EntryStore, seed: int, flt: EntryFilter,
        monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 60, seed=seed)
    model = EntryListModel(entries)
    model.PAGE_SIZE = 7  # several pages even in a small vault
    model.CACHED_PAGES = 3
    model.set_filter(EntryFilter(date_to=date(1999, 1, 1)))
    model.set_filter(flt)
    rng = random.Random(seed)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    for _ in range(80):
        ids = [s.id for s in entries.page(EntryFilter(), limit=1000)]
        action = rng.random()
        if action < 0.3 or not ids:
            draft = EntryDraft(date(2020, 1, 1) + timedelta(days=rng.randrange(900)),
                               title="new", body="b", mood=rng.choice([None, 3]),
                               tags=rng.sample(["sleep", "x"], rng.randrange(3)),
                               share_with_therapist=rng.random() < 0.5)
            new_id = entries.create(draft)
            model.entry_saved(summary_from_draft(new_id, draft), is_new=True)
        elif action < 0.8:
            entry_id = rng.choice(ids)
            draft = entries.get(entry_id).draft()
            if rng.random() < 0.5:
                draft.entry_date += timedelta(days=rng.randrange(-60, 60))
            draft.title = f"edited {rng.random()}"
            draft.mood = rng.choice([None, 1, 3, 5])
            draft.share_with_therapist = rng.random() < 0.5
            draft.tags = rng.sample(["sleep", "friends"], rng.randrange(3))
            entries.update(entry_id, draft)
            model.entry_saved(summary_from_draft(entry_id, draft))
        else:
            entry_id = rng.choice(ids)
            entries.delete(entry_id)
            model.entry_removed(entry_id)
        assert_matches_store(model, entries)
        for row in rng.sample(range(model.rowCount()), min(5, model.rowCount())):
            model.index(row).data(SummaryRole)  # some pages held, others not
    assert resets == []  # no reload: only the rows that changed were touched


def test_summary_from_draft_matches_what_the_store_lists(entries: EntryStore) -> None:
    draft = EntryDraft(date(2024, 5, 1), "  A  title ", "# Heading\n\nSome *text* here.",
                       4, ["Zon", "#avond", "zon", " "], "p1", True)
    entry_id = entries.create(draft)
    assert summary_from_draft(entry_id, draft) == entries.page()[0]


def test_matches_filter_agrees_with_the_store(entries: EntryStore) -> None:
    rng = random.Random(5)
    for i in range(40):
        entries.create(EntryDraft(date(2024, 1, 1) + timedelta(days=rng.randrange(60)),
                                  f"t{i}", "b", rng.choice([None, 2, 4]),
                                  rng.sample(["Sleep", "work"], rng.randrange(3)),
                                  share_with_therapist=rng.random() < 0.5))
    everything = entries.page(limit=100)
    for flt in (EntryFilter(tag="sleep"), EntryFilter(mood=4), EntryFilter(shared=False),
                EntryFilter(date_from=date(2024, 1, 20), date_to=date(2024, 2, 10)),
                EntryFilter(tag="work", shared=True, mood=2)):
        expected = {s.id for s in entries.page(flt, limit=100)}
        assert {s.id for s in everything if matches_filter(s, flt)} == expected


def test_typing_a_letter_in_the_list_looks_only_at_the_rows_held(
        qapp, vault: Vault, entries: EntryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(entries, vault, 300, seed=6)
    model = EntryListModel(entries)
    model.PAGE_SIZE = 20
    shown = [model.index(row).data(SummaryRole) for row in range(10)]
    titled = next(s for s in shown if s is not None and s.title)
    spy = QuerySpy(vault, monkeypatch)
    found = model.match(model.index(0), Qt.ItemDataRole.DisplayRole, titled.title[:7])
    assert found and found[0].data(SummaryRole).title.startswith(titled.title[:7])
    assert model.match(model.index(0), Qt.ItemDataRole.DisplayRole, "zzz-none") == []
    assert spy.queries == []  # not a page more was read
