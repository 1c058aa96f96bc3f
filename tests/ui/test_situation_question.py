"""The situation question: asked once after the recovery code, skippable, changeable
in the settings, stored in the vault; what it changes on the pages."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from journal.situation import Profile, ProfileStore, Situation
from tests.ui.conftest import when_modal
from tests.ui.test_first_run import NEW_PASSPHRASE, shown_codes  # noqa: F401
from ui.dialogs.settings_dialog import SettingsDialog
from ui.dialogs.situation_dialog import SituationDialog
from ui.main_window import Workspace
from ui.pages.today_page import TodayPage

CLICK = Qt.MouseButton.LeftButton


def create_journal(app, qtbot) -> None:
    page = app.window.current_screen
    qtbot.keyClicks(page.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(page.repeat, NEW_PASSPHRASE)
    qtbot.mouseClick(page.create_button, CLICK)


def test_first_run_asks_after_the_recovery_code_and_stores_the_answer_in_the_vault(
        make_app, qtbot, shown_codes, real_situation, tmp_path):  # noqa: F811
    seen: list[SituationDialog] = []

    def tick(box) -> None:  # on the box itself: a tick box is wider than its words
        qtbot.mouseClick(box, CLICK, pos=QPoint(8, box.height() // 2))

    def answer(dialog: SituationDialog) -> None:
        seen.append(dialog)
        assert shown_codes  # the recovery code came first
        assert dialog.skip_button.text() == "Skip for now"
        assert not any(box.isChecked() for box in dialog.choices.values())
        assert not dialog.faith.isChecked()  # faith is off until she turns it on
        tick(dialog.choices[Situation.BOUNDARIES])
        tick(dialog.faith)
        qtbot.mouseClick(dialog.save_button, CLICK)

    when_modal(SituationDialog, answer)
    app = make_app()
    create_journal(app, qtbot)
    qtbot.waitUntil(lambda: isinstance(app.window.current_screen, Workspace), timeout=10_000)
    assert seen
    assert ProfileStore(app.window.vault).get() == Profile(
        frozenset({Situation.BOUNDARIES}), faith=True)
    app.window.settings.sync()
    # Nothing outside the encrypted vault says it (settings, launcher, the vault's files).
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "keys.json" for p in files)
    for path in files:
        data = path.read_bytes()
        assert not any(word in data for word in (b"boundaries", b"faith")), path


def test_skipping_stores_nothing_and_only_neutral_prompts_are_drawn(
        make_app, qtbot, shown_codes, real_situation):  # noqa: F811
    when_modal(SituationDialog, lambda d: qtbot.mouseClick(d.skip_button, CLICK))
    app = make_app()
    create_journal(app, qtbot)
    qtbot.waitUntil(lambda: isinstance(app.window.current_screen, Workspace), timeout=10_000)
    assert ProfileStore(app.window.vault).get() == Profile()
    today = app.window.workspace.today_page
    seen = set()
    for _ in range(80):
        seen.add(today.prompt.id)
        today.another_button.click()
    from journal.prompts import prompt_by_id
    assert not [i for i in seen if prompt_by_id(i, "en").audience]
    assert not [i for i in seen if prompt_by_id(i, "en").faith]


def test_i_dont_know_yet_stands_on_its_own(qtbot):
    dialog = SituationDialog(Profile(frozenset({Situation.ADDICTION})), first_run=False)
    qtbot.addWidget(dialog)
    assert dialog.skip_button.text() == "Cancel"
    assert dialog.choices[Situation.ADDICTION].isChecked()
    dialog.choices[Situation.BOUNDARIES].setChecked(True)
    dialog.choices[Situation.UNSURE].setChecked(True)
    assert dialog.profile().situations == {Situation.UNSURE}
    dialog.choices[Situation.ADDICTION].setChecked(True)
    assert dialog.profile().situations == {Situation.ADDICTION}


def test_the_settings_ask_again_only_while_the_journal_is_open(qtbot, settings, page_env):
    locked = SettingsDialog(settings)
    qtbot.addWidget(locked)
    assert not locked.situation_button.isEnabled()

    asked = []
    dialog = SettingsDialog(settings, situation=lambda parent: asked.append(parent))
    qtbot.addWidget(dialog)
    assert dialog.situation_button.isEnabled()
    qtbot.mouseClick(dialog.situation_button, CLICK)
    assert asked == [dialog]


def test_changing_the_situation_from_the_settings_changes_the_prompts(
        make_app, qtbot, closed_vault, real_situation):
    from tests.ui.conftest import unlock_with
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)

    def answer(dialog: SituationDialog) -> None:
        dialog.choices[Situation.ADDICTION].setChecked(True)
        dialog.save_button.click()

    when_modal(SituationDialog, answer)
    with qtbot.waitSignal(app.window.hub.settings_changed):
        app.window.edit_situation(app.window)
    assert ProfileStore(app.window.vault).get().situations == {Situation.ADDICTION}


def test_today_draws_her_themes(qtbot, page_env):
    ProfileStore(page_env.vault).save(Profile(frozenset({Situation.BOUNDARIES})))
    page = TodayPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    from journal.prompts import prompt_by_id
    seen = set()
    for _ in range(150):
        seen.add(page.prompt.id)
        page.another_button.click()
    audiences = {a for i in seen for a in prompt_by_id(i, "en").audience}
    assert audiences == {Situation.BOUNDARIES}
