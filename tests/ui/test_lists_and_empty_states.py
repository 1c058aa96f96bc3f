"""The support, agenda, needs and guidance lists (review findings 10, 12, 13 and 19): a
warm hint inside an empty list that goes once there is something; actions with nothing to
act on switched off until they apply; a bold first line with its check box beside it;
guidance searches that find nothing clear the reader; dates written out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from journal.agenda import AgendaStore
from journal.need_models import NeedDraft
from journal.needs import NeedStore
from journal.support import SupportStore
from ui.widgets.list_items import IndentRole

CLICK = Qt.MouseButton.LeftButton


def first_line_point(view: QListWidget, item: QListWidgetItem, x: int) -> QPoint:
    """A point `x` pixels into the item, halfway down its bold first line."""
    rect = view.visualItemRect(item)
    bold = QFont(view.font())
    bold.setBold(True)
    return QPoint(rect.left() + x, rect.top() + 8 + QFontMetrics(bold).height() // 2)


def test_support_list_hint_and_delete(page_env, qtbot, message_log):
    from ui.pages.support_page import SupportPage

    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.people_hint.label.isVisible()
    assert page.people_hint.label.text().startswith("Nobody here yet.")
    assert not page.delete_button.isEnabled()  # nothing to delete yet
    page.name_edit.setText("Anna")
    assert page.add_person()
    assert not page.people_hint.label.isVisible()
    assert page.delete_button.isEnabled()  # the person she is looking at
    page.new_person()
    assert not page.delete_button.isEnabled()
    item = page.people_list.item(0)
    assert item.text() == "Anna\nTrusted person"
    qtbot.mouseClick(page.people_list.viewport(), CLICK,
                     pos=page.people_list.visualItemRect(item).center())
    assert page.delete_button.isEnabled()
    message_log.answer = True
    page.delete_button.click()
    assert SupportStore(page_env.vault).all() == []
    assert page.people_hint.label.isVisible()
    assert not page.delete_button.isEnabled()


def test_two_line_items_are_taller_and_the_helpline_box_sits_by_the_number(page_env, qtbot):
    from ui.pages.support_page import SupportPage

    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    view = page.helpline_list
    line = QFontMetrics(view.font()).height()
    # The first line she can hide (emergency numbers have no box: never hidden).
    row = next(i for i in range(view.count())
               if view.item(i).data(Qt.ItemDataRole.UserRole) == "nl-113")
    item = view.item(row)
    assert view.visualItemRect(item).height() >= 2 * line  # number line and description
    # The box is beside the number line: a click there hides the line...
    qtbot.mouseClick(view.viewport(), CLICK, pos=first_line_point(view, item, 14))
    assert item.checkState() == Qt.CheckState.Unchecked
    assert SupportStore(page_env.vault).hidden_helplines() == {"nl-113"}
    # ...a click on the description below does not.
    item = view.item(row)
    rect = view.visualItemRect(item)
    qtbot.mouseClick(view.viewport(), CLICK, pos=QPoint(rect.left() + 14, rect.bottom() - 6))
    assert SupportStore(page_env.vault).hidden_helplines() == {"nl-113"}
    # The keyboard ticks it again.
    view.setCurrentItem(view.item(row))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert SupportStore(page_env.vault).hidden_helplines() == set()


def test_agenda_actions_follow_what_there_is_to_act_on(page_env, qtbot, message_log):
    from ui.pages.agenda_page import AgendaPage

    page = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.open_hint.label.isVisible() and page.done_hint.label.isVisible()
    for action in (page.add_button, page.discussed_button, page.delete_open_button,
                   page.delete_done_button):
        assert not action.isEnabled(), action.text()
    qtbot.keyClicks(page.topic_edit, "How do I tell my mother?")
    assert page.add_button.isEnabled()
    qtbot.keyClick(page.topic_edit, Qt.Key.Key_Return)
    assert not page.add_button.isEnabled()  # the field is empty again
    assert not page.open_hint.label.isVisible() and page.done_hint.label.isVisible()
    item = page.open_list.item(0)
    today = date.today()
    added = f"{today.day} {'JanFebMarAprMayJunJulAugSepOctNovDec'[3 * today.month - 3:][:3]} "\
            f"{today.year}"  # "7 Dec 2026", written out by hand
    assert item.text() == f"How do I tell my mother?\nadded {added}"
    assert not page.discussed_button.isEnabled()
    # Ticking the box beside the topic (with the mouse) makes "mark discussed" possible.
    qtbot.mouseClick(page.open_list.viewport(), CLICK,
                     pos=first_line_point(page.open_list, item, 14))
    assert item.checkState() == Qt.CheckState.Checked
    assert page.discussed_button.isEnabled()
    item.setCheckState(Qt.CheckState.Unchecked)
    assert not page.discussed_button.isEnabled()
    item.setCheckState(Qt.CheckState.Checked)
    page.discussed_button.click()
    assert page.open_hint.label.isVisible() and not page.done_hint.label.isVisible()
    assert not page.discussed_button.isEnabled()
    done = page.done_list.item(0)
    assert done.text() == f"How do I tell my mother?\ndiscussed {added}"
    assert not page.delete_done_button.isEnabled()  # nothing chosen
    page.done_list.setCurrentItem(done)
    assert page.delete_done_button.isEnabled()
    message_log.answer = True
    page.delete_done_button.click()
    assert AgendaStore(page_env.vault).discussed() == []
    assert page.done_hint.label.isVisible()
    assert not page.delete_done_button.isEnabled()


def test_agenda_deletes_the_topic_chosen_last_in_either_list(page_env, qtbot, message_log):
    from ui.pages.agenda_page import AgendaPage

    store = AgendaStore(page_env.vault)
    store.mark_discussed(store.add("Talked about"), date(2026, 5, 7))
    store.add("Still open")
    page = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.open_list.setCurrentItem(page.open_list.item(0))
    page.done_list.setCurrentItem(page.done_list.item(0))
    assert page.open_list.selectedItems() == []  # one chosen topic at a time
    message_log.answer = True
    page.delete_topic()
    assert [i.text for i in store.open_items()] == ["Still open"]
    assert store.discussed() == []


def test_agenda_and_needs_write_dates_out(page_env, qtbot):
    from ui.pages.agenda_page import AgendaPage
    from ui.pages.needs_page import NeedsPage

    page_env.settings.language = "nl"
    today = date.today()
    # Written out by hand: the day, the Dutch short month, the year.
    month = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov",
             "dec"][today.month - 1]
    expected = f"{today.day} {month} {today.year}"
    agenda = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(agenda)
    assert agenda.session_edit.text() == expected
    needs = NeedsPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(needs)
    needs.new_need()
    assert needs.note_date.text() == expected
    # The same format as the lists' dates.
    assert agenda.session_edit.displayFormat() == needs.note_date.displayFormat()


def test_needs_empty_state_is_one_hint_inside_the_list(page_env, qtbot):
    from ui.pages.needs_page import NeedsPage

    page = NeedsPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.list_view.isVisible() and page.empty_hint.label.isVisible()
    assert not page.placeholder.isVisible()  # no "choose one on the left" with none there
    NeedStore(page_env.vault).create(NeedDraft("Rest.\nReal rest."))
    page.reload()
    assert not page.empty_hint.label.isVisible()
    assert page.placeholder.isVisible()
    index = page.model.index(0)
    assert index.data().startswith("Rest. Real rest.\n")  # one first line


def test_guidance_search_without_result_clears_the_reader(page_env, qtbot):
    from ui.pages.guidance_page import GuidancePage

    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    second = page.articles[1].id
    page.open_article(second)
    assert page.reader.isVisible() and page.prompt_buttons
    page.search_edit.setText("qqqzz")
    assert page.empty_label.isVisible()
    assert page.empty_label.text().endswith("Try another word.")
    assert page.article is None
    assert not page.reader.isVisible() and page.reader.toPlainText() == ""
    assert page.prompt_buttons == [] and not page.prompt_title.isVisible()
    page.search_edit.setText("")
    assert page.article is not None and page.article.id == second  # it comes back
    assert page.reader.isVisible() and page.reader.toPlainText()
    assert page.prompt_title.isVisible() and page.prompt_buttons


def test_guidance_titles_are_indented_without_spaces_and_wrap_at_a_small_size(
        page_env, qtbot):
    from ui.pages.guidance_page import GuidancePage

    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.resize(840, 480)
    page.show()
    qtbot.waitExposed(page)
    view = page.article_list
    titles = [view.item(i) for i in range(view.count())
              if view.item(i).data(Qt.ItemDataRole.UserRole)]
    assert all(t.text() == t.text().lstrip() for t in titles)
    assert all((t.data(IndentRole) or 0) > 0 for t in titles)
    headings = [view.item(i) for i in range(view.count())
                if not view.item(i).data(Qt.ItemDataRole.UserRole)]
    assert all(not h.data(IndentRole) for h in headings)
    # A long title at this size takes more than one line, and nothing is cut.
    view.setFixedWidth(200)
    qtbot.waitUntil(lambda: any(
        view.visualItemRect(t).height() > 2 * QFontMetrics(view.font()).height()
        for t in titles))


def test_every_support_item_has_room_for_its_wrapped_lines(page_env, qtbot):
    """At 840x480 the lists are narrow: each item is as tall as its text drawn at its
    real width, so no line runs into the divider or the next item."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from journal.support import SupportDraft, SupportKind
    from ui.pages.support_page import SupportPage

    store = SupportStore(page_env.vault)
    for name in ("Ellen", "Inge", "The Tuesday group", "Dr Baker"):
        store.create(SupportDraft(name, SupportKind.TRUSTED, "", "", True))
    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.resize(640, 420)
    page.show()
    qtbot.waitExposed(page)
    for view in (page.people_list, page.helpline_list):
        for width in (180, 230, 260):
            view.setFixedWidth(width)
            delegate = view.itemDelegate()

            def fits(view=view, delegate=delegate) -> bool:
                for row in range(view.count()):
                    index = view.model().index(row, 0)
                    option = QStyleOptionViewItem()
                    option.initFrom(view)
                    option.widget = view
                    rect = view.visualRect(index)
                    if delegate.height_for(option, index, rect.width()) > rect.height():
                        return False
                return True

            qtbot.waitUntil(fits)
