"""Autosave and save failures on the support, safety, needs and safe-places pages: a full
disk (SQLite's page limit, as in test_disk_full.py), the record deleted meanwhile, the
vault locked meanwhile. Each time nothing she typed is lost, the vault stays as it was,
and she is told in words beside the form (never a box while she types), not once per
keystroke."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from journal.need_models import NeedArea, NeedDraft
from journal.needs import NeedStore
from journal.safe_place_models import SafePlaceDraft
from journal.safe_places import SafePlaceStore
from journal.safety import SafetyStore
from journal.support import SupportDraft, SupportKind, SupportStore
from tests.ui.conftest import show_active

UNLIMITED = 1073741823
FALLBACK = "Something went wrong"


@dataclass
class Case:
    """One page: how to make it with one stored record open, which field she types in,
    and what the vault holds for that field."""

    make: Callable[[Any, Any], QWidget]
    field: Callable[[QWidget], QPlainTextEdit]
    stored: Callable[[Any], list[str]]  # the field's text of every stored record
    autosave: Callable[[QWidget], Any]  # the page's autosave (ui/widgets/autosave.py)
    deletable: bool = True


def support(qtbot, env) -> QWidget:
    from ui.pages.support_page import SupportPage

    person = SupportStore(env.vault).create(SupportDraft("Anna", SupportKind.TRUSTED,
                                                         notes="Calls on Sundays"))
    page = show_active(qtbot, SupportPage(env.vault, env.hub, env.settings), 1100, 800)
    page.open_person(person)
    page.record_id = person
    page.delete_record = lambda: SupportStore(env.vault).delete(person)
    return page


def safety(qtbot, env) -> QWidget:
    from journal.safety import SafetyPlan
    from ui.pages.safety_page import SafetyPage

    SafetyStore(env.vault).save_plan(SafetyPlan(concerns="Calls on Sundays"))
    page = show_active(qtbot, SafetyPage(env.vault, env.hub, env.settings), 1100, 800)
    return page


def needs(qtbot, env) -> QWidget:
    from ui.pages.needs_page import NeedsPage

    need = NeedStore(env.vault).create(NeedDraft("Calls on Sundays", NeedArea.SUPPORT))
    page = show_active(qtbot, NeedsPage(env.vault, env.hub, env.settings), 1100, 800)
    assert page.open_need(need)
    page.delete_record = lambda: NeedStore(env.vault).delete(need)
    return page


def safe_places(qtbot, env) -> QWidget:
    from ui.pages.safe_places_page import SafePlacesPage

    place = SafePlaceStore(env.vault).create(SafePlaceDraft("spot", "The green chair",
                                                            "Calls on Sundays"))
    page = show_active(qtbot, SafePlacesPage(env.vault, env.hub, env.settings), 1100, 800)
    page.open_place(place)
    page.delete_record = lambda: SafePlaceStore(env.vault).delete(place)
    return page


CASES = {
    "support": Case(support, lambda p: p.notes_edit,
                    lambda v: [p.notes for p in SupportStore(v).all()], lambda p: p.autosave),
    "safety": Case(safety, lambda p: p.fields["concerns"],
                   lambda v: [SafetyStore(v).plan().concerns], lambda p: p.autosave,
                   deletable=False),
    "needs": Case(needs, lambda p: p.text_edit,
                  lambda v: [n.text for n in NeedStore(v).all()], lambda p: p.autosave),
    "safe_places": Case(safe_places, lambda p: p.editor.description,
                        lambda v: [p.description for p in SafePlaceStore(v).all()],
                        lambda p: p.editor.autosave),
}


def type_more(qtbot, case: Case, page: QWidget, text: str) -> None:
    """Type at the end of the field, then wait until the autosave it started has run."""
    field = case.field(page)
    cursor = field.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    field.setTextCursor(cursor)
    field.insertPlainText(text)
    assert case.autosave(page).is_waiting
    qtbot.waitUntil(lambda: not case.autosave(page).is_waiting, timeout=10_000)


@pytest.mark.parametrize("name", list(CASES))
def test_a_full_disk_keeps_her_words_and_says_so_once(name, qtbot, page_env, message_log):
    case, vault = CASES[name], page_env.vault
    page = case.make(qtbot, page_env)
    assert case.stored(vault) == ["Calls on Sundays"]
    vault.execute(f"PRAGMA max_page_count = {vault.row('PRAGMA page_count')[0]}")

    type_more(qtbot, case, page, " and words that must not be lost " + "x" * 19_000)
    type_more(qtbot, case, page, " and a little more")
    assert message_log.calls == []  # no box while she types
    message = case.autosave(page).message
    assert message.isVisibleTo(page)
    assert "The disk is full" in message.text() and FALLBACK not in message.text()
    assert case.field(page).toPlainText().endswith(" and a little more")
    assert case.stored(vault) == ["Calls on Sundays"]  # the vault as it was
    assert vault.integrity_problems() == []

    vault.execute(f"PRAGMA max_page_count = {UNLIMITED}")  # she made room
    assert page.save_pending()
    [stored] = case.stored(vault)
    assert stored.startswith("Calls on Sundays and words that must not be lost")
    assert stored.endswith(" and a little more")
    assert message_log.calls == [] and not message.isVisibleTo(page)


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.deletable])
def test_a_record_deleted_meanwhile_is_written_again_with_her_words(name, qtbot, page_env,
                                                                    message_log):
    case, vault = CASES[name], page_env.vault
    page = case.make(qtbot, page_env)
    page.delete_record()  # elsewhere: an import, another window, a restore
    type_more(qtbot, case, page, " and what she added")
    assert page.save_pending()
    assert case.stored(vault) == ["Calls on Sundays and what she added"]
    assert message_log.calls == []


@pytest.mark.parametrize("name", list(CASES))
def test_the_vault_locked_meanwhile_keeps_her_words_without_a_riddle(name, qtbot, page_env,
                                                                     message_log):
    case, vault = CASES[name], page_env.vault
    page = case.make(qtbot, page_env)
    field = case.field(page)
    field.insertPlainText("typed as it locked ")
    vault.close()  # the idle lock closed it before the autosave ran
    qtbot.waitUntil(lambda: not case.autosave(page).is_waiting, timeout=10_000)
    assert not page.save_pending()  # not saved, and it says so to its caller
    assert "typed as it locked " in field.toPlainText()
    assert len(message_log.calls) <= 1, message_log.calls  # at most once
    assert all(FALLBACK not in text for text in message_log.texts()), message_log.calls
