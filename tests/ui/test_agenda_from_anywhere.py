""""Add to my session agenda" from an entry, a boundary and a check-in, through the hub."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from journal.agenda import AgendaSource, AgendaStore
from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft
from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.entries import EntryStore
from journal.models import EntryDraft
from tests.ui.conftest import show_active, unlock_with
from ui.pages.agenda_page import AgendaPage, AgendaTopicDialog, suggested_topic

DAY = date(2024, 5, 6)


@pytest.fixture
def topic_answers(monkeypatch):
    """Answers the topic dialog: records the suggestion, returns (text or the
    suggestion, ok) from the list `answers` (default: accept as suggested)."""
    seen: list[str] = []
    answers: list[tuple[str | None, bool]] = []

    def get_topic(parent, text):
        seen.append(text)
        answer, ok = answers.pop(0) if answers else (None, True)
        return (text if answer is None else answer), ok

    monkeypatch.setattr(AgendaTopicDialog, "get_topic", staticmethod(get_topic))
    return seen, answers


def notice_text(widget: QWidget) -> str:
    notice, = widget.window().findChildren(QLabel, "notice")
    assert notice.isVisible() and not notice.isWindow()
    return notice.text()


def line_text(line: QLabel) -> str:
    """A notice in the page's own message line, nothing floating over her words."""
    assert line.isVisible()
    assert line.window().findChildren(QLabel, "notice") == []
    return line.text()


def show(qtbot, widget: QWidget) -> QWidget:
    return show_active(qtbot, widget, 1100, 800)


def test_an_entry_goes_on_the_agenda_with_ctrl_shift_g(make_app, qtbot, closed_vault,
                                                      topic_answers, message_log):
    seen, answers = topic_answers
    answers.append(("Why I froze at dinner", True))  # she changes the words
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.new_entry("")
    editor = workspace.journal_page.editor
    qtbot.keyClicks(editor.title_edit, "Dinner with his parents")
    qtbot.keyClicks(editor.body_edit, "I could not say a word.")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["Dinner with his parents"]
    items = AgendaStore(app.window.vault).open_items()
    assert [(i.text, i.source_kind, i.source_id) for i in items] == [
        ("Why I froze at dinner", AgendaSource.ENTRY, editor.entry_id)]
    assert message_log.kinds() == []  # no OK to click: a notice that goes by itself
    assert "agenda" in line_text(editor.notice_line)  # under the text, not over it
    # The agenda page shows it, with where it came from.
    workspace.show_page(workspace.pages.indexOf(workspace.agenda_page))
    assert workspace.agenda_page.open_list.item(0).text().startswith(
        "Why I froze at dinner\nfrom a journal entry · added ")


def test_the_entry_button_uses_the_text_when_there_is_no_title(page_env, qtbot,
                                                                topic_answers):
    from ui.pages.journal_page import JournalPage

    seen, _answers = topic_answers
    agenda = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(agenda)
    page = show(qtbot, JournalPage(page_env.vault, page_env.hub, page_env.settings))
    page.new_entry()
    editor = page.editor
    qtbot.keyClicks(editor.body_edit, "## Sunday")
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.body_edit, "He said it was only once.")
    qtbot.mouseClick(editor.agenda_button, Qt.MouseButton.LeftButton)
    assert seen == ["Sunday"]
    assert EntryStore(page_env.vault).get(editor.entry_id).body.startswith("## Sunday")
    assert [i.source_id for i in AgendaStore(page_env.vault).open_items()] == [
        editor.entry_id]


def test_an_empty_new_entry_adds_nothing_and_says_why(page_env, qtbot, topic_answers,
                                                      message_log):
    from ui.pages.journal_page import JournalPage

    seen, _answers = topic_answers
    agenda = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(agenda)
    page = show(qtbot, JournalPage(page_env.vault, page_env.hub, page_env.settings))
    page.new_entry()
    page.editor.agenda_button.click()
    assert seen == []
    assert AgendaStore(page_env.vault).open_items() == []
    assert message_log.kinds() == ["info"]


def test_cancelling_adds_nothing(page_env, qtbot, topic_answers, message_log):
    _seen, answers = topic_answers
    answers.append((None, False))
    entry_id = EntryStore(page_env.vault).create(EntryDraft(entry_date=DAY, title="A"))
    agenda = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(agenda)
    page_env.hub.agenda_add_requested.emit("entry", entry_id, "A")
    assert AgendaStore(page_env.vault).open_items() == []
    assert message_log.calls == []


def test_a_boundary_goes_on_the_agenda_from_its_card(page_env, qtbot, topic_answers,
                                                     message_log):
    from ui.pages.boundaries_page import BoundariesPage

    seen, _answers = topic_answers
    boundary_id = BoundaryStore(page_env.vault).create(
        BoundaryDraft("For now I will sleep in the study."))
    agenda = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(agenda)
    page = show(qtbot, BoundariesPage(page_env.vault, page_env.hub, page_env.settings))
    assert page.open_boundary(boundary_id)
    assert page.card.agenda_button.isVisible()
    qtbot.mouseClick(page.card.agenda_button, Qt.MouseButton.LeftButton)
    assert seen == ["For now I will sleep in the study."]
    item, = AgendaStore(page_env.vault).open_items()
    assert (item.source_kind, item.source_id) == (AgendaSource.BOUNDARY, boundary_id)
    assert message_log.kinds() == []
    assert notice_text(page) == "Added to your agenda for your next session."
    assert "\nfrom a boundary · added " in agenda.open_list.item(0).text()


def test_a_checkin_goes_on_the_agenda_from_the_checkin_page(page_env, qtbot, topic_answers,
                                                            message_log):
    from ui.pages.checkin_page import CheckinPage

    seen, _answers = topic_answers
    agenda = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(agenda)
    page = show(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                                   today=lambda: DAY))
    page.open_today()
    page.agenda_button.click()  # nothing filled in yet: nothing to link to
    assert seen == [] and message_log.kinds() == ["info"]
    qtbot.keyClicks(page.form.note, "Slept badly after the call.")
    qtbot.keyClick(page.form.note, Qt.Key.Key_Return)
    qtbot.keyClicks(page.form.note, "More later.")
    qtbot.keyClick(page.form.note, Qt.Key.Key_G,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert seen == ["Slept badly after the call."]
    checkin, = CheckinStore(page_env.vault).on_day(DAY)
    item, = AgendaStore(page_env.vault).open_items()
    assert (item.source_kind, item.source_id) == (AgendaSource.CHECKIN, checkin.id)
    assert message_log.kinds() == ["info"]
    assert line_text(page.notice_line) == "Added to your agenda for your next session."


def test_a_checkin_without_a_note_suggests_its_day(page_env, qtbot, topic_answers):
    from ui.pages.checkin_page import CheckinPage

    seen, _answers = topic_answers
    checkin_id = CheckinStore(page_env.vault).create(CheckinDraft(day=DAY, mood=4))
    agenda = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(agenda)
    page = show(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                                   today=lambda: DAY))
    page.open_today()
    assert page.form.checkin_id == checkin_id
    page.request_agenda()
    assert seen and seen[0].startswith("My check-in of ") and "2024" in seen[0]


def test_a_source_deleted_meanwhile_keeps_her_words(page_env, qtbot, topic_answers,
                                                    message_log):
    agenda = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(agenda)
    page_env.hub.agenda_add_requested.emit("boundary", 4242, "Gone")
    item, = AgendaStore(page_env.vault).open_items()
    assert (item.text, item.source_kind, item.source_id) == ("Gone", AgendaSource.FREE, None)


def test_the_topic_dialog_is_prefilled_and_needs_words(qtbot):
    dialog = AgendaTopicDialog("Dinner with his parents")
    qtbot.addWidget(dialog)
    assert dialog.topic_edit.text() == "Dinner with his parents"
    assert dialog.add_button.isEnabled()
    dialog.topic_edit.clear()
    assert not dialog.add_button.isEnabled()
    qtbot.keyClicks(dialog.topic_edit, "  My own words ")
    dialog.add_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_suggested_topic_takes_the_first_line_and_shortens_it():
    assert suggested_topic("\n\n# Title here\nmore") == "Title here"
    long = "word " * 60
    short = suggested_topic(long)
    assert short.endswith("…") and len(short) <= 121
    assert suggested_topic("") == ""


def test_ticks_stay_while_she_looks_at_another_page(page_env, qtbot):
    store = AgendaStore(page_env.vault)
    store.add("The holiday")
    store.add("Money")
    agenda = show(qtbot, AgendaPage(page_env.vault, page_env.hub, page_env.settings))
    agenda.open_list.item(1).setCheckState(Qt.CheckState.Checked)
    agenda.hide()  # another page
    agenda.show()  # and back: the page reads the agenda again
    assert [agenda.open_list.item(i).checkState() for i in range(2)] == [
        Qt.CheckState.Unchecked, Qt.CheckState.Checked]
    assert agenda.discussed_button.isEnabled()
    agenda.mark_ticked()
    assert [i.text for i in store.open_items()] == ["The holiday"]
