"""My lists: "Stop showing" a self-care item or trigger takes it out of new check-ins
while the check-ins where she used it, Trends and the summary keep it; "Show again"
brings it back. Beside "Remove everywhere", which takes it out of everything."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.report import ReportOptions, build_report, to_markdown
from tests.ui.conftest import show_active, when_modal
from ui.dialogs.checkin_lists import CheckinListsDialog
from ui.pages.checkin_form import selfcare_name

pytestmark = pytest.mark.usefixtures("english")

TODAY = date.today()
EARLIER = TODAY - timedelta(days=3)


@pytest.fixture
def history(page_env):
    store = CheckinStore(page_env.vault)
    knitting = store.add_selfcare_item("Knitting")
    bath = next(i.id for i in store.selfcare_items() if i.key == "bath")
    route = store.add_trigger("The route past his office")
    old = store.create(CheckinDraft(EARLIER, mood=3, helped=[knitting, bath],
                                    triggers={route: 2}))
    return store, knitting, bath, route, old


def row_of(editor, text: str) -> int:
    texts = [editor.view.item(i).text() for i in range(editor.view.count())]
    return texts.index(text)


def checkin_page(page_env, qtbot):
    from ui.pages.checkin_page import CheckinPage

    return show_active(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings),
                       1000, 700)


def test_stop_showing_keeps_her_history_and_show_again_brings_it_back(page_env, qtbot,
                                                                      history):
    store, knitting, bath, route, old = history
    dialog = CheckinListsDialog(store, item_name=selfcare_name)
    qtbot.addWidget(dialog)
    items, triggers = dialog.items, dialog.triggers
    for editor, name in ((items, "Knitting"), (items, "A warm bath"),
                         (triggers, "The route past his office")):
        editor.view.setCurrentRow(row_of(editor, name))
        assert editor.hide_button.text() == "Stop showing"
        editor.hide_button.click()
        assert editor.view.currentItem().text() == f"{name} (not shown)"
        assert editor.hide_button.text() == "Show again"
        assert not editor.rename_button.isEnabled()  # "(not shown)" is not her name
    assert dialog.changed
    assert {i.id for i in store.selfcare_items() if i.hidden} == {knitting, bath}
    assert [t.hidden for t in store.triggers()] == [True]

    page = checkin_page(page_env, qtbot)
    page.open_today()  # a new check-in: not offered
    assert knitting not in page.form.chips and bath not in page.form.chips
    assert route not in page.form.trigger_boxes
    assert page.form.chips  # the others are
    page.open_day(EARLIER)  # the old one: still there, ticked and counted
    assert page.form.chips[knitting].isChecked() and page.form.chips[bath].isChecked()
    assert page.form.trigger_boxes[route].value() == 2
    page.form.mood.set_value(5, emit=True)  # an edit of it keeps them too
    assert page.save_pending()
    assert store.get(old).mood == 5
    assert store.get(old).helped == sorted([knitting, bath])
    assert store.get(old).triggers == {route: 2}
    page.new_checkin()  # and a new one again does not offer them
    assert knitting not in page.form.chips and route not in page.form.trigger_boxes

    # Trends and the therapist summary still count them.
    from ui.pages.trends_page import TrendsPage

    trends = TrendsPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(trends)
    trends.refresh()
    qtbot.waitUntil(lambda: trends.trends is not None and not trends.filling)  # on a worker
    assert {"Knitting", "A warm bath"} <= {name for name, _n in trends.selfcare_chart.bars}
    assert ("The route past his office", 2) in trends.trigger_chart.bars
    summary = to_markdown(build_report(page_env.vault, ReportOptions(
        start=EARLIER - timedelta(days=7), end=TODAY, made_on=TODAY)))
    assert "Knitting" in summary and "The route past his office" in summary

    # Shown again from the same dialog, from the check-in page: offered again.
    def show_again_and_close(opened: CheckinListsDialog) -> None:
        for editor, name in ((opened.items, "Knitting (not shown)"),
                             (opened.triggers, "The route past his office (not shown)")):
            editor.view.setCurrentRow(row_of(editor, name))
            editor.hide_button.click()
        opened.accept()

    when_modal(CheckinListsDialog, show_again_and_close)
    page.form.lists_button.click()
    assert knitting in page.form.chips and route in page.form.trigger_boxes
    assert bath not in page.form.chips  # still hidden
    hidden = {i.id: i.hidden for i in store.selfcare_items()}
    assert not hidden[knitting] and hidden[bath]


def test_prayer_is_not_listed_without_faith_content(page_env, qtbot):
    store = CheckinStore(page_env.vault)
    dialog = CheckinListsDialog(store, item_name=selfcare_name, faith=False)
    qtbot.addWidget(dialog)
    names = [dialog.items.view.item(i).text() for i in range(dialog.items.view.count())]
    assert "Prayer" not in names and "A walk" in names


def test_a_hidden_item_can_still_be_removed_everywhere(page_env, qtbot, history,
                                                       message_log):
    store, knitting, _bath, _route, old = history
    store.set_selfcare_item_hidden(knitting, True)
    dialog = CheckinListsDialog(store, item_name=selfcare_name)
    qtbot.addWidget(dialog)
    dialog.items.view.setCurrentRow(row_of(dialog.items, "Knitting (not shown)"))
    assert dialog.items.remove_button.isEnabled()
    message_log.answer = True
    assert dialog.remove_item()
    assert message_log.calls[-1][1] == 'Remove "Knitting" from your list?'
    assert 'choose "Stop showing" instead' in message_log.calls[-1][2]
    assert knitting not in store.get(old).helped


def test_my_lists_opens_with_nothing_chosen_so_no_button_acts_on_its_own(page_env, qtbot,
                                                                         history):
    """The first item had the focus frame, and "Stop showing" hid it though she never
    chose it: both lists start with nothing chosen and their buttons greyed out."""
    from PySide6.QtWidgets import QApplication

    store = history[0]
    dialog = show_active(qtbot, CheckinListsDialog(store, item_name=selfcare_name), 600, 600)
    assert QApplication.focusWidget() is dialog.items.view  # as she opens it
    for editor in (dialog.items, dialog.triggers):
        assert editor.chosen_id() is None
        buttons = (editor.rename_button, editor.hide_button, editor.remove_button)
        assert not any(b.isEnabled() for b in buttons)
        editor.hide_button.click()
    assert not any(i.hidden for i in store.selfcare_items())
    assert not any(t.hidden for t in store.triggers())
    # Once she chooses one, the buttons act on it.
    dialog.items.view.setCurrentRow(row_of(dialog.items, "Knitting"))
    assert dialog.items.hide_button.isEnabled()
    dialog.items.hide_button.click()
    assert [i.name for i in store.selfcare_items() if i.hidden] == ["Knitting"]


def _fill(editor, row: int):
    """The colour inside a row, right of its text and clear of any frame."""
    view = editor.view
    rect = view.visualItemRect(view.item(row))
    image = view.viewport().grab().toImage()
    return image.pixelColor(rect.right() - 6, rect.center().y())


def test_in_dark_the_item_with_only_the_focus_is_not_painted_as_chosen(page_env, qtbot,
                                                                        history, qapp):
    """In dark, the first item had a filled background as if chosen, though nothing was
    chosen and the buttons were greyed."""
    from tests.ui.test_confirm_boxes import app_theme

    with app_theme(qapp, "dark"):
        dialog = show_active(qtbot, CheckinListsDialog(history[0], item_name=selfcare_name),
                             600, 700)
        items = dialog.items
        items.view.setFocus()
        assert items.view.currentRow() == 0 and items.chosen_id() is None
        unchosen = _fill(items, 0)
        assert unchosen == _fill(items, 1)  # like any row she did not choose
        items.view.setCurrentRow(1)
        assert _fill(items, 1) != unchosen  # a chosen row still shows


def test_choosing_in_one_list_clears_the_other(page_env, qtbot, history):
    """Both lists showed a chosen row, with both rows of buttons enabled: which one
    would "Stop showing" act on?"""
    dialog = show_active(qtbot, CheckinListsDialog(history[0], item_name=selfcare_name),
                         600, 700)
    items, triggers = dialog.items, dialog.triggers
    items.view.setCurrentRow(row_of(items, "Knitting"))
    triggers.view.setCurrentRow(0)
    assert items.chosen_id() is None and triggers.chosen_id() is not None
    assert not items.hide_button.isEnabled() and triggers.hide_button.isEnabled()
    items.view.setCurrentRow(row_of(items, "Music"))
    assert triggers.chosen_id() is None and items.chosen_id() is not None
    assert items.hide_button.isEnabled() and not triggers.hide_button.isEnabled()
