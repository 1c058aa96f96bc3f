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


def test_a_crossing_logged_by_mistake_can_be_changed_and_deleted(page_env, qtbot,
                                                                 message_log):
    from journal.boundaries import BoundaryStore
    from journal.boundary_models import BoundaryDraft, CrossingDraft, Followed
    from ui.pages.boundaries_page import BoundariesPage

    store = BoundaryStore(page_env.vault)
    boundary_id = store.create(BoundaryDraft("I sleep in the study."))
    crossing = store.log_crossing(boundary_id, CrossingDraft(date(2024, 5, 2), "Wrong day",
                                                             Followed.NO))
    page = show_active(qtbot, BoundariesPage(page_env.vault, page_env.hub, page_env.settings),
                       1000, 700)
    assert page.open_boundary(boundary_id)
    card = page.card
    assert f"edit:{crossing}" in card.log_view.text()
    card.log_view.linkActivated.emit(f"edit:{crossing}")
    form = card.crossing_form
    assert form.isVisible() and form.what_edit.toPlainText() == "Wrong day"
    assert form.save_button.text() == "Save changes"
    form.what_edit.setPlainText("He came in at night")
    form.followed_buttons[Followed.YES].setChecked(True)
    form.save_button.click()
    c, = store.crossings(boundary_id)
    assert (c.id, c.what_happened, c.followed) == (crossing, "He came in at night",
                                                    Followed.YES)
    assert not form.isVisible()
    # Deleting asks first; "Keep" keeps it.
    message_log.answer = False
    card.log_view.linkActivated.emit(f"delete:{crossing}")
    assert message_log.calls[-1][1] == "Delete this crossing?"
    assert len(store.crossings(boundary_id)) == 1
    message_log.answer = True
    card.log_view.linkActivated.emit(f"delete:{crossing}")
    assert store.crossings(boundary_id) == []
    assert store.get(boundary_id).crossings == 0
    assert card.empty_log.isVisible()


def test_her_own_items_and_triggers_can_be_renamed_and_removed(page_env, qtbot,
                                                               message_log):
    from journal.checkin_models import CheckinDraft
    from journal.checkins import CheckinStore
    from tests.ui.conftest import when_modal
    from ui.dialogs.checkin_lists import CheckinListsDialog
    from ui.pages.checkin_page import CheckinPage

    store = CheckinStore(page_env.vault)
    knitting = store.add_selfcare_item("Knitting")
    route = store.add_trigger("The route past his office")
    song = store.add_trigger("Our song")
    checkin = store.create(CheckinDraft(date(2024, 5, 2), triggers={song: 2}))
    dialog = CheckinListsDialog(store)
    qtbot.addWidget(dialog)
    names = [dialog.items.view.item(i).text() for i in range(dialog.items.view.count())]
    assert names[0] == "walk" and names[-1] == "Knitting"
    dialog.items.view.setCurrentRow(0)  # a built-in item: not hers to rename or remove
    assert not dialog.items.rename_button.isEnabled()
    assert not dialog.items.remove_button.isEnabled()
    assert dialog.items.hide_button.isEnabled()
    assert not dialog.triggers.remove_button.isEnabled()  # nothing chosen yet
    dialog.triggers.view.setCurrentRow(0)
    dialog.triggers.view.currentItem().setText("The road past his office")  # edited in place
    assert [t.name for t in store.triggers()] == ["The road past his office", "Our song"]
    # A name already on the list is refused, and the list shows the real name again.
    dialog.items.view.setCurrentRow(0)
    dialog.triggers.view.currentItem().setText("our song")
    assert message_log.calls[-1] == ("error", "Not renamed",
                                     "That name is already on your list.")
    qtbot.waitUntil(lambda: dialog.triggers.view.item(0).text() == "The road past his office")
    dialog.triggers.view.setCurrentRow(1)
    message_log.answer = True
    assert dialog.remove_trigger()
    assert message_log.calls[-1][1] == 'Remove the trigger "Our song"?'
    # What it changes, plainly: earlier check-ins, Trends and the summary lose it too.
    said = message_log.calls[-1][2]
    assert "earlier" in said and "Trends" in said and "summary" in said
    assert message_log.confirm_options[-1]["yes_text"] == "Remove everywhere"
    assert [t.id for t in store.triggers()] == [route]
    assert store.get(checkin).triggers == {}
    dialog.items.view.setCurrentRow(dialog.items.view.count() - 1)
    message_log.answer = False
    assert not dialog.remove_item()
    assert any(i.id == knitting for i in store.selfcare_items())
    assert dialog.changed
    # From the check-in page: the lists there follow.
    page = show_active(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings),
                       1000, 700)
    page.open_today()
    assert set(page.form.trigger_boxes) == {route}

    def rename_and_close(opened: CheckinListsDialog) -> None:
        opened.items.view.setCurrentRow(opened.items.view.count() - 1)
        opened.items.view.currentItem().setText("Knitting a scarf")
        opened.accept()

    when_modal(CheckinListsDialog, rename_and_close)
    page.form.lists_button.click()
    assert page.form.chips[knitting].text() == "Knitting a scarf"
