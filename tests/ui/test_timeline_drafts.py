"""An event she is still writing on the timeline (no "How I know it" chosen yet) is kept
in the vault as a form draft, so a lock, a crash or a quick exit loses nothing; it comes
back in the form, and nothing is saved as an event until she saves it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from journal.events import EventStore
from journal.form_drafts import FormDrafts
from tests.ui.conftest import unlock_with
from ui.pages.timeline_page import TimelinePage


def type_an_event(qtbot, page) -> None:
    qtbot.keyClicks(page.what_edit, "Draft before lock")
    page.precision_combo.setCurrentIndex(page.precision_combo.findData("month"))
    page.day_edit.setDate(QDate(2025, 11, 4))
    qtbot.keyClicks(page.words_edit, "the week of his trip")
    page.note_edit.setPlainText("I still wonder about the receipts")


def assert_it_is_back(page) -> None:
    assert page.what_edit.toPlainText() == "Draft before lock"
    assert page.precision_combo.currentData() == "month"
    assert page.day_edit.date() == QDate(2025, 11, 4)
    assert page.words_edit.text() == "the week of his trip"
    assert page.note_edit.toPlainText() == "I still wonder about the receipts"
    assert page.source_combo.currentIndex() == -1  # still hers to choose


@pytest.mark.parametrize("lock", ["asked", "idle"])
def test_an_unfinished_event_survives_a_lock(make_app, qtbot, closed_vault, lock):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("timeline")
    page = workspace.timeline_page
    before = EventStore(app.window.vault).count()
    type_an_event(qtbot, page)
    if lock == "asked":
        app.window.lock()  # at once, before any autosave timer
    else:
        app.window.idle.idle.emit()  # she walked away
    assert app.window.workspace is None
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    page = workspace.timeline_page
    assert workspace.current_page == workspace.pages.indexOf(page)  # back where she was
    assert_it_is_back(page)
    assert EventStore(app.window.vault).count() == before  # nothing saved as an event
    # She chooses how she knows it and saves: one event, and the draft is gone.
    page.source_combo.setCurrentIndex(page.source_combo.findData("unsure"))
    assert page.save_now()
    assert EventStore(app.window.vault).count() == before + 1
    assert FormDrafts(app.window.vault).load("timeline:new") is None


def test_the_draft_is_kept_while_she_types_and_goes_when_she_clears_it(page_env, qtbot):
    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    qtbot.keyClicks(page.what_edit, "He said he was at work")
    # A second after her last change, as every draft (a crash loses at most that).
    qtbot.waitUntil(lambda: FormDrafts(page_env.vault).load("timeline:new") is not None,
                    timeout=5_000)
    assert FormDrafts(page_env.vault).load("timeline:new")["what"] == "He said he was at work"
    page.what_edit.clear()
    assert page.save_pending()
    assert FormDrafts(page_env.vault).load("timeline:new") is None
    assert EventStore(page_env.vault).count() == 0


def test_an_unfinished_event_waits_while_she_looks_at_another(page_env, qtbot):
    from journal.events import EventDraft, Source, When

    store = EventStore(page_env.vault)
    other = store.create(EventDraft(When.in_year(2019), "The first lie I know of",
                                    Source.HE_TOLD))
    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    type_an_event(qtbot, page)
    assert page.open_event(other)
    assert page.what_edit.toPlainText() == "The first lie I know of"
    page.new_event()  # "Add what happened" again: her unfinished one, not an empty form
    assert_it_is_back(page)
    assert store.count() == 1


def test_a_saved_event_leaves_no_draft_and_a_new_form_is_empty(page_env, qtbot):
    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    type_an_event(qtbot, page)
    assert page.save_pending()
    assert FormDrafts(page_env.vault).load("timeline:new") is not None
    page.source_combo.setCurrentIndex(page.source_combo.findData("found"))
    assert page.save_now()
    assert FormDrafts(page_env.vault).load("timeline:new") is None
    page.new_event()
    assert page.what_edit.toPlainText() == "" and page.note_edit.toPlainText() == ""


def test_an_unfinished_event_comes_back_after_a_quick_exit(make_app, qtbot, closed_vault):
    from PySide6.QtCore import Qt

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.workspace.show_page("timeline")
    type_an_event(qtbot, app.window.workspace.timeline_page)
    qtbot.mouseClick(app.window.workspace.quick_exit_button, Qt.MouseButton.LeftButton)
    assert app.window.vault is None
    app.shutdown()

    again = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, again, closed_vault.passphrase)
    workspace = again.window.workspace
    workspace.show_page("timeline")
    assert_it_is_back(workspace.timeline_page)
    assert EventStore(again.window.vault).count() == 0


def test_add_what_happened_puts_the_cursor_in_what_happened(page_env, qtbot):
    """What she types right after the click lands in "What happened", not nowhere."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import show_active

    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
    show_active(qtbot, page, 1100, 720)
    # On a new form, and again with her draft in it: the cursor after her words.
    for words in ("He said he was at work", " but the car was at the gym"):
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(QApplication.focusWidget(), words)
    assert page.what_edit.toPlainText() == "He said he was at work but the car was at the gym"


def test_a_draft_says_it_is_kept_and_what_it_still_needs(page_env, qtbot):
    type_an_event(qtbot, TimelinePage(page_env.vault, page_env.hub, page_env.settings))
    qtbot.waitUntil(lambda: FormDrafts(page_env.vault).load("timeline:new") is not None,
                    timeout=5_000)
    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)  # as after a lock
    qtbot.addWidget(page)
    page.new_event()
    assert_it_is_back(page)
    assert page.save_label.text() == "Kept as a draft: choose how you know it to add it"


def test_a_draft_can_be_thrown_away_for_good(make_app, qtbot, closed_vault, message_log):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.workspace.show_page("timeline")
    page = app.window.workspace.timeline_page
    assert page.discard_button.isVisible() and not page.discard_button.isEnabled()
    assert page.delete_button.isHidden()  # nothing stored to delete
    type_an_event(qtbot, page)
    assert page.save_pending()
    assert page.discard_button.isEnabled()
    message_log.answer = True
    page.discard_button.click()
    assert message_log.calls[-1][:2] == ("confirm", "Throw away what you started?")
    assert message_log.confirm_options[-1] == {
        "destructive": True, "yes_text": "Throw away", "no_text": "Keep writing"}
    assert page.what_edit.toPlainText() == "" and page.note_edit.toPlainText() == ""
    assert page.words_edit.text() == "" and page.save_label.text() == ""
    assert not page.discard_button.isEnabled()
    app.window.lock()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("timeline")
    page = workspace.timeline_page
    page.new_event()
    assert page.what_edit.toPlainText() == "" and page.note_edit.toPlainText() == ""
    assert FormDrafts(app.window.vault).load("timeline:new") is None
    assert EventStore(app.window.vault).count() == 0


def test_keep_writing_leaves_the_draft_as_it_was(page_env, qtbot, message_log):
    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    type_an_event(qtbot, page)
    assert page.save_pending()
    kept = FormDrafts(page_env.vault).load("timeline:new")
    message_log.answer = False
    page.discard_button.click()
    assert message_log.kinds() == ["confirm"]
    assert_it_is_back(page)
    assert FormDrafts(page_env.vault).load("timeline:new") == kept
    assert page.discard_button.isEnabled()
    assert EventStore(page_env.vault).count() == 0


def test_a_stored_event_offers_delete_not_throw_away(page_env, qtbot):
    from journal.events import EventDraft, Source, When

    event = EventStore(page_env.vault).create(EventDraft(When.in_year(2019), "A lie",
                                                         Source.HE_TOLD))
    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    assert page.open_event(event)
    assert page.discard_button.isHidden() and not page.delete_button.isHidden()
    assert page.delete_button.isEnabled()
    page.new_event()
    assert page.delete_button.isHidden() and not page.discard_button.isHidden()


def test_a_draft_that_cannot_be_thrown_away_stays_as_it_was(page_env, qtbot, message_log):
    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    type_an_event(qtbot, page)
    qtbot.waitUntil(lambda: FormDrafts(page_env.vault).load("timeline:new") is not None,
                    timeout=5_000)
    kept = FormDrafts(page_env.vault).load("timeline:new")
    page_env.vault.execute("PRAGMA query_only = ON")  # every write now fails
    message_log.answer = True
    page.discard_button.click()
    page_env.vault.execute("PRAGMA query_only = OFF")
    assert message_log.kinds() == ["confirm", "error"]
    assert message_log.calls[-1][1] == "It could not be thrown away"
    assert_it_is_back(page)
    assert page.discard_button.isEnabled()
    assert FormDrafts(page_env.vault).load("timeline:new") == kept
