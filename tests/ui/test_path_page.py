"""My path: the steps, doing an exercise ticks its step, marking and skipping, the
sequence and the rhythm, and the calm card on Today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.path import ACCUSED, PARTNER, PathStore, StepState, load_steps
from journal.situation import Profile, ProfileStore, Situation
from tests.ui.conftest import unlock_with


@pytest.fixture
def page(page_env, qtbot):
    from ui.pages.path_page import PathPage

    page = PathPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    return page


def test_the_page_shows_every_step_with_its_theme_and_exercise(page):
    steps = load_steps(PARTNER, "en", faith=False)
    assert [c.step.id for c in page.cards] == [s.id for s in steps]
    first = page.cards[0]
    assert first.title_label.text() == "Step 1 · You do not have to do this alone"
    assert first.state_label.text() == "Your step for now"
    assert page.cards[1].state_label.text() == "Still to come"
    assert "one person you trust" in first.exercise_label.text()
    assert len(first.prompt_buttons) == 2
    assert page.summary_label.text() == "0 of 10 steps done."
    assert not page.suggestion_label.isVisibleTo(page)  # nothing done: no date at all


def test_the_buttons_ask_the_hub(page, page_env):
    asked = []
    page_env.hub.open_article_requested.connect(lambda a: asked.append(("article", a)))
    page_env.hub.new_entry_requested.connect(lambda p: asked.append(("entry", p)))
    page_env.hub.exercise_requested.connect(
        lambda e, p, about: asked.append(("exercise", e, p, about)))
    first = page.cards[0]
    first.read_button.click()
    first.prompt_buttons[1].click()
    first.exercise_button.click()
    assert asked == [("article", "seek-support"), ("entry", "support-03"),
                     ("exercise", "support_person", "support-01",
                      "My path, step 1 · " + first.step.text)]
    assert PathStore(page_env.vault).progress()[first.step.id].state is StepState.STARTED


def test_mark_done_skip_and_open_again(page, page_env):
    page.cards[0].done_button.click()
    assert page.cards[0].state_label.text().startswith("Done on ")
    assert page.cards[1].state_label.text() == "Your step for now"
    page.cards[1].skip_button.click()
    assert page.cards[1].state_label.text().startswith("Skipped on ")
    assert page.cards[1].reopen_button.isVisibleTo(page)
    assert page.summary_label.text() == "1 of 10 steps done."
    # With the weekly rhythm a next step is suggested: as a date, never as "late".
    assert "There is no hurry" in page.suggestion_label.text()
    page.cards[1].reopen_button.click()
    assert page.cards[1].state_label.text() == "Your step for now"


def test_the_path_follows_her_situation_and_she_can_switch(page_env, qtbot):
    from ui.pages.path_page import PathPage

    ProfileStore(page_env.vault).save(Profile(frozenset({Situation.BOUNDARIES})))
    page = PathPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    assert page.sequence_combo.currentData() == ACCUSED
    assert page.cards[0].step.article == "accused-first-steps"
    page.sequence_combo.setCurrentIndex(page.sequence_combo.findData(PARTNER))
    assert page.cards[0].step.article == "seek-support"
    assert PathStore(page_env.vault).sequence(ProfileStore(page_env.vault).get()) == PARTNER
    page.rhythm_combo.setCurrentIndex(page.rhythm_combo.findData(0))
    assert PathStore(page_env.vault).rhythm() == 0


def test_doing_the_exercise_makes_the_record_and_ticks_the_step(make_app, qtbot,
                                                               closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    assert workspace.path_card.text_label.text().startswith(
        "Step 1 of 10: You do not have to do this alone.")
    workspace.path_card.open_button.click()
    page = workspace.path_page
    assert workspace.pages.currentWidget() is page
    page.cards[0].exercise_button.click()
    support = workspace.support_page
    assert workspace.pages.currentWidget() is support
    support.name_edit.setText("Anneke")
    support.add_button.click()
    workspace.show_page("path")
    first = page.cards[0]
    assert first.state_label.text().startswith("Done on ")
    assert first.record_button.isVisibleTo(page)
    first.record_button.click()
    assert workspace.pages.currentWidget() is support
    workspace.show_page("today")
    assert workspace.path_card.text_label.text().startswith(
        "Step 2 of 10: Making room for your own recovery.")
    # The next step, an entry about a prompt: the journal opens with the prompt.
    workspace.show_page("path")
    page.cards[1].exercise_button.click()
    assert workspace.pages.currentWidget() is workspace.journal_page


def test_the_exercise_says_on_its_page_which_step_she_is_doing(make_app, qtbot,
                                                              closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("path")
    workspace.path_page.cards[0].exercise_button.click()
    support = workspace.support_page
    assert workspace.pages.currentWidget() is support
    assert support.exercise_line.isVisibleTo(support)
    assert support.exercise_line.text() == (
        "My path, step 1 · Write down the name of one person you trust: someone you "
        "could call or talk to.")
    assert app.window.focusWidget() is support.name_edit  # she can type the name at once
    # The line belongs to the new person: not to someone else she opens.
    support.name_edit.setText("Anneke")
    support.add_button.click()
    assert support.exercise_line.isVisibleTo(support)
    support.new_button.click()
    assert not support.exercise_line.isVisibleTo(support)


def test_the_today_card_suggests_calmly(page_env, qtbot):
    from ui.pages.today_cards import PathTodayCard

    store = PathStore(page_env.vault)
    steps = load_steps(PARTNER, "en", faith=False)
    store.mark(steps[0].id, StepState.DONE, on=date.today())
    card = PathTodayCard(page_env.vault, page_env.hub, "en")
    qtbot.addWidget(card)
    when = date.today() + timedelta(days=7)
    assert "the next step could come around" in card.text_label.text()
    assert str(when.year) in card.text_label.text()
    store.mark(steps[0].id, StepState.DONE, on=date.today() - timedelta(days=30))
    card.refresh()
    assert "Whenever it suits you" in card.text_label.text()
    assert "late" not in card.text_label.text().lower()
