"""Records she wrote by mistake can be put right: an STI test is chosen to edit or
delete, a crossing of a boundary can be changed or deleted, and her own self-care
items and triggers can be renamed or removed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from journal.safety import PartnerTested, SafetyStore, StiTest
from tests.ui.conftest import show_active
from ui.pages.safety_page import SafetyPage


def safety(qtbot, page_env) -> SafetyPage:
    return show_active(qtbot, SafetyPage(page_env.vault, page_env.hub, page_env.settings),
                       1000, 700)


def test_choosing_an_sti_test_loads_it_for_editing(page_env, qtbot, message_log):
    store = SafetyStore(page_env.vault)
    first = store.add_test(StiTest(date(2024, 3, 1), "GP", PartnerTested.NO))
    store.add_test(StiTest(date(2024, 5, 2), "GGD"))
    page = safety(qtbot, page_env)
    assert not page.delete_test_button.isEnabled()  # nothing chosen: nothing to delete
    assert page.add_test_button.text() == "Add test"
    page.test_list.setCurrentRow(1)  # newest first: the March test
    assert page.by_edit.text() == "GP"
    assert page.taken_edit.date() == QDate(2024, 3, 1)
    assert page.partner_combo.currentData() == PartnerTested.NO.value
    assert page.delete_test_button.isEnabled()
    assert page.add_test_button.text() == "Save changes"
    page.by_edit.setText("The GP, Dr. Jansen")
    page.add_test_button.click()
    tests = {t.id: t for t in store.tests()}
    assert len(tests) == 2 and tests[first].tested_by == "The GP, Dr. Jansen"
    assert page.add_test_button.text() == "Add test" and page.by_edit.text() == ""
    assert not page.delete_test_button.isEnabled()
    # Chosen again and deleted (after the question).
    page.test_list.setCurrentRow(1)
    message_log.answer = True
    page.delete_test_button.click()
    assert [t.tested_by for t in store.tests()] == ["GGD"]
    assert message_log.calls[-1][1] == "Delete this test?"
    assert not page.delete_test_button.isEnabled()


def test_new_test_leaves_the_chosen_one_as_it_was(page_env, qtbot):
    store = SafetyStore(page_env.vault)
    store.add_test(StiTest(date(2024, 3, 1), "GP"))
    page = safety(qtbot, page_env)
    page.test_list.setCurrentRow(0)
    page.new_test_button.click()
    assert page.by_edit.text() == "" and page.add_test_button.text() == "Add test"
    page.by_edit.setText("Sensoa test centre")
    page.add_test_button.click()
    assert sorted(t.tested_by for t in store.tests()) == ["GP", "Sensoa test centre"]
