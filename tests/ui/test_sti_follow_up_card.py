"""The Today card for an STI follow-up test that is due: only then, calm, one click."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QVBoxLayout, QWidget

from journal.keyslots import Secret
from journal.safety import SafetyStore, StiTest
from journal.vault import Vault
from tests.ui.conftest import unlock_with
from ui import dates
from ui.pages.today_cards import StiFollowUpCard

TODAY = date(2024, 6, 10)


def holder(qtbot, vault, hub, today=TODAY):
    page = QWidget()
    layout = QVBoxLayout(page)
    card = StiFollowUpCard(vault, hub, "en", page, today=lambda: today)
    layout.addWidget(card)
    qtbot.addWidget(page)
    return page, card


def test_nothing_shows_without_a_due_follow_up(qtbot, vault, hub):
    store = SafetyStore(vault)
    page, card = holder(qtbot, vault, hub)
    page.show()
    assert not card.isVisible()  # no tests at all
    store.add_test(StiTest(date(2024, 5, 1)))  # no follow-up planned
    store.add_test(StiTest(date(2024, 5, 2), follow_up_on=date(2024, 6, 11)))  # tomorrow
    hub.records_changed.emit("safety")  # as the safety page does after a write
    page.hide()
    page.show()
    assert not card.isVisible()


def test_a_due_follow_up_shows_and_goes_once_the_next_test_is_written_down(qtbot, vault, hub):
    store = SafetyStore(vault)
    store.add_test(StiTest(date(2024, 3, 1), "GP", follow_up_on=date(2024, 6, 1)))
    page, card = holder(qtbot, vault, hub)
    page.show()
    assert card.isVisible()
    assert "1 June 2024" in card.text_label.text()
    assert "must" not in card.text_label.text().lower()
    with qtbot.waitSignal(card.open_requested):
        card.open_button.click()
    store.add_test(StiTest(date(2024, 6, 5), "Sexual health clinic"))  # done
    hub.records_changed.emit("safety")
    page.hide()
    page.show()
    assert not card.isVisible()


def test_due_today_counts(qtbot, vault, hub):
    SafetyStore(vault).add_test(StiTest(date(2024, 3, 1), follow_up_on=TODAY))
    page, card = holder(qtbot, vault, hub)
    page.show()
    assert card.isVisible()


def test_the_card_opens_the_test_record(make_app, qtbot, closed_vault):
    with Vault.open(closed_vault.folder, Secret.passphrase(closed_vault.passphrase)) as v:
        SafetyStore(v).add_test(StiTest(date(2020, 1, 1), follow_up_on=date(2020, 4, 1)))
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    assert workspace.sti_card.isVisible()
    workspace.sti_card.open_button.click()
    assert workspace.current_page == workspace.pages.indexOf(workspace.safety_page)
    assert not workspace.safety_page.tests_box.visibleRegion().isEmpty()


def test_the_today_card_checks_again_after_a_test_is_written_down(make_app, qtbot,
                                                                   closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    assert not workspace.sti_card.isVisible()
    workspace.show_page("safety")
    page = workspace.safety_page
    page.taken_edit.setDate(dates.qdate(date(2020, 1, 1)))
    page.follow_check.setChecked(True)
    page.follow_edit.setDate(dates.qdate(date(2020, 4, 1)))
    page.add_test_button.click()
    workspace.show_page(workspace.TODAY)
    assert workspace.sti_card.isVisible()
