"""What a page catches: a real failure (a full disk, a journal locked meanwhile) is told
in a calm sentence and changes nothing; a bug is not caught, so it is seen (by pytest,
by Qt's sys.excepthook) instead of being told as "Something went wrong"."""

from __future__ import annotations

import pytest

from journal.errors import VaultLocked
from journal.support import SupportDraft, SupportKind, SupportStore
from tests.ui.conftest import show_active
from ui import messages

FALLBACK = "Something went wrong"


def support_page(qtbot, env):
    from ui.pages.support_page import SupportPage

    return show_active(qtbot, SupportPage(env.vault, env.hub, env.settings), 1100, 800)


def test_adding_someone_on_a_full_disk_is_told_and_changes_nothing(qtbot, page_env,
                                                                     message_log):
    vault = page_env.vault
    page = support_page(qtbot, page_env)
    page.new_person()
    page.name_edit.setText("Anna")
    page.notes_edit.setPlainText("Calls on Sundays " + "x" * 19_000)
    vault.execute(f"PRAGMA max_page_count = {vault.row('PRAGMA page_count')[0]}")

    assert not page.add_person()

    [(kind, _title, text)] = message_log.calls
    assert kind == "error"
    assert "The disk is full" in text and FALLBACK not in text
    assert page.name_edit.text() == "Anna"  # her words stay in the form
    assert SupportStore(vault).all() == []  # the vault as it was
    assert vault.integrity_problems() == []


def test_the_boundaries_list_of_a_journal_locked_meanwhile_is_told(qtbot, page_env,
                                                                    message_log):
    from ui.pages.boundaries_page import BoundariesPage

    page = show_active(qtbot, BoundariesPage(page_env.vault, page_env.hub,
                                             page_env.settings), 1100, 800)
    page_env.vault.close()  # the idle lock closed it

    page.reload()

    [(kind, _title, text)] = message_log.calls
    assert kind == "error"
    assert text == messages.error_text(VaultLocked("x")) and FALLBACK not in text


def test_a_bug_while_adding_someone_is_not_told_as_a_sentence(qtbot, page_env, message_log,
                                                             monkeypatch):
    page = support_page(qtbot, page_env)
    page.new_person()
    page.name_edit.setText("Anna")

    def broken(draft: SupportDraft) -> int:
        raise TypeError("a bug")

    monkeypatch.setattr(page.store, "create", broken)
    with pytest.raises(TypeError, match="a bug"):
        page.add_person()
    assert message_log.calls == []


def test_a_bug_in_an_autosave_reaches_qt_and_keeps_her_words(qtbot, page_env, message_log,
                                                            monkeypatch):
    person = SupportStore(page_env.vault).create(SupportDraft("Anna", SupportKind.TRUSTED))
    page = support_page(qtbot, page_env)
    page.open_person(person)

    def broken(person_id: int, draft: SupportDraft) -> None:
        raise AttributeError("a bug")

    monkeypatch.setattr(page.store, "update", broken)
    with qtbot.capture_exceptions() as raised:
        page.notes_edit.insertPlainText("words that must stay")
        qtbot.waitUntil(lambda: not page.autosave.is_waiting, timeout=10_000)

    # The timer's slot raised: Qt handed the bug to sys.excepthook.
    assert [type(exc) for _kind, exc, _tb in raised] == [AttributeError]
    assert page.notes_edit.toPlainText() == "words that must stay"
    assert page.autosave.is_dirty  # still unsaved: the next change tries again
    assert not page.autosave.message.isVisibleTo(page)
    assert message_log.calls == []
    assert SupportStore(page_env.vault).all()[0].notes == ""
