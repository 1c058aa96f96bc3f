"""Plain lists (Qt's own way of drawing an item) in dark: the item with only the keyboard
focus, nothing chosen, had the style's filled box and looked chosen. (My lists has its
own test in test_checkin_lists_hide.py.)"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.safety import PartnerTested, SafetyStore, StiTest
from tests.ui.conftest import show_active
from tests.ui.test_confirm_boxes import app_theme

DAY = date(2026, 3, 10)


def sti_tests(page_env, qtbot):
    from ui.pages.safety_page import SafetyPage

    store = SafetyStore(page_env.vault)
    store.add_test(StiTest(date(2024, 3, 1), "GP", PartnerTested.NO))
    store.add_test(StiTest(date(2024, 5, 2), "GGD"))
    page = show_active(qtbot, SafetyPage(page_env.vault, page_env.hub, page_env.settings),
                       1000, 700)
    return page.test_list


def summary_entries(page_env, qtbot):
    from ui.dialogs.report_dialog import ReportDialog

    store = EntryStore(page_env.vault)
    store.create(EntryDraft(DAY - timedelta(days=1), "One", "ONE"))
    store.create(EntryDraft(DAY - timedelta(days=2), "Two", "TWO"))
    dialog = show_active(qtbot, ReportDialog(page_env.vault, page_env.settings, today=DAY),
                         1000, 680)
    qtbot.waitUntil(lambda: dialog.entries_ready and dialog.entry_model.rowCount() == 2,
                    timeout=20_000)
    return dialog.entry_list


def search_results(page_env, qtbot):
    from ui.pages.journal_page import JournalPage

    store = EntryStore(page_env.vault)
    store.create(EntryDraft(DAY - timedelta(days=1), "River", "along the river"))
    store.create(EntryDraft(DAY - timedelta(days=2), "Again", "the river again"))
    page = show_active(qtbot, JournalPage(page_env.vault, page_env.hub, page_env.settings),
                       1100, 700)
    page.search_edit.setText("river")
    qtbot.waitUntil(lambda: page.search_model.rowCount() == 2, timeout=5000)
    return page.results_view


def _fill(view, row: int):
    """The colour inside a row, right of its text and clear of any frame."""
    rect = view.visualRect(view.model().index(row, 0))
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.right() - 6, rect.center().y())


@pytest.mark.parametrize("make", [sti_tests, summary_entries, search_results])
def test_in_dark_the_item_with_only_the_focus_is_not_painted_as_chosen(make, page_env,
                                                                        qtbot, qapp):
    with app_theme(qapp, "dark"):
        view = make(page_env, qtbot)
        view.setFocus()
        qtbot.waitUntil(view.hasFocus)
        assert view.currentIndex().row() == 0
        assert not view.selectionModel().hasSelection()
        unchosen = _fill(view, 0)
        assert unchosen == _fill(view, 1)  # like any row she did not choose
        view.setCurrentIndex(view.model().index(1, 0))
        assert _fill(view, 1) != unchosen  # a chosen row still shows
