"""The dated notes of a need on the Needs page: a note added by mistake can be deleted,
by mouse or keyboard, after a question; nothing else goes with it."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QUrl

from journal.keyslots import Secret
from journal.need_models import NeedDraft
from journal.needs import NeedStore
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import show_active
from ui import messages
from ui.pages.needs_page import NeedsPage
from ui.widgets import shortened


@pytest.fixture
def need(page_env):
    """A need with three notes, newest first as the page shows them."""
    store = NeedStore(page_env.vault)
    need_id = store.create(NeedDraft("Echte slaap"))
    notes = [store.add_note(need_id, text, date(2026, 3, day))
             for day, text in ((1, "Eerste nacht"), (2, "Per ongeluk"), (3, "Derde nacht"))]
    return need_id, notes


@pytest.fixture
def needs_page(qtbot, page_env, need):
    page = NeedsPage(page_env.vault, page_env.hub, page_env.settings)
    show_active(qtbot, page, 1000, 760)
    assert page.open_need(need[0])
    return page


def note_texts(page_env, need_id: int) -> list[str]:
    return [n.text for n in NeedStore(page_env.vault).get(need_id).notes]


def delete_link(note_id: int) -> QUrl:
    return QUrl(f"delete-note:{note_id}")


def test_each_note_has_a_delete_link_reached_by_keyboard(needs_page, qtbot, page_env, need,
                                                         message_log):
    need_id, _notes = need
    view = needs_page.notes_view
    assert view.toPlainText().count("Delete") == 3
    view.setFocus()
    # Tab moves from link to link inside the notes, Enter follows the one chosen.
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus() and view.textCursor().selectedText() == "Delete…"
    with qtbot.waitSignal(page_env.hub.records_changed) as changed:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert changed.args == ["need"]
    assert message_log.kinds() == ["confirm"]
    assert note_texts(page_env, need_id) == ["Derde nacht", "Eerste nacht"]


def test_deleting_a_note_asks_first_and_keeps_the_rest(needs_page, qtbot, page_env, need,
                                                       message_log):
    need_id, notes = need
    qtbot.keyClicks(needs_page.note_edit, "Nog niet klaar")
    needs_page.notes_view.anchorClicked.emit(delete_link(notes[1]))
    (_kind, question, text), = message_log.calls
    assert question == "Delete this note?"
    assert "Per ongeluk" in text  # she sees which note she is about to lose
    assert message_log.confirm_options[0] == {
        "destructive": True, "yes_text": "Delete", "no_text": "Keep"}
    assert note_texts(page_env, need_id) == ["Derde nacht", "Eerste nacht"]
    shown = needs_page.notes_view.toPlainText()
    assert "Per ongeluk" not in shown
    assert "Derde nacht" in shown and "Eerste nacht" in shown
    assert NeedStore(page_env.vault).get(need_id).text == "Echte slaap"
    assert needs_page.need_id == need_id and needs_page.editor.isVisible()
    assert needs_page.note_edit.toPlainText() == "Nog niet klaar"  # the note she writes


def test_a_note_stays_when_she_keeps_it(needs_page, qtbot, page_env, need, message_log):
    need_id, notes = need
    message_log.answer = False
    changes: list[str] = []
    page_env.hub.records_changed.connect(changes.append)
    needs_page.notes_view.anchorClicked.emit(delete_link(notes[1]))
    assert message_log.kinds() == ["confirm"]
    assert note_texts(page_env, need_id) == ["Derde nacht", "Per ongeluk", "Eerste nacht"]
    assert "Per ongeluk" in needs_page.notes_view.toPlainText()
    assert changes == []


@pytest.mark.parametrize("when", ["before", "while asked"])
def test_a_note_that_vanished_meanwhile_gets_a_calm_sentence(needs_page, qtbot, page_env,
                                                             need, message_log, monkeypatch,
                                                             when):
    need_id, notes = need
    store = NeedStore(page_env.vault)
    qtbot.keyClicks(needs_page.note_edit, "Nog niet klaar")
    if when == "before":
        store.delete_note(notes[1])
    else:
        answer = messages.confirm

        def confirm(*args, **kwargs):
            store.delete_note(notes[1])  # e.g. from the command line, meanwhile
            return answer(*args, **kwargs)

        monkeypatch.setattr(messages, "confirm", confirm)
    needs_page.notes_view.anchorClicked.emit(delete_link(notes[1]))
    assert "error" not in message_log.kinds()  # no alarm: nothing was lost
    assert needs_page.note_error.text() == "This note had already been deleted."
    assert "Per ongeluk" not in needs_page.notes_view.toPlainText()
    assert note_texts(page_env, need_id) == ["Derde nacht", "Eerste nacht"]
    assert needs_page.note_edit.toPlainText() == "Nog niet klaar"


def test_a_failed_delete_says_so_and_keeps_the_note(needs_page, page_env, need, vault_dir,
                                                    message_log, monkeypatch):
    need_id, notes = need
    answer = messages.confirm

    def confirm(*args, **kwargs):
        page_env.vault.close()  # locked (idle) while the question was open
        return answer(*args, **kwargs)

    monkeypatch.setattr(messages, "confirm", confirm)
    needs_page.notes_view.anchorClicked.emit(delete_link(notes[1]))
    assert message_log.kinds() == ["confirm", "error"]
    assert message_log.calls[1][1] == "The note was not deleted"
    with Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)) as vault:
        assert len(NeedStore(vault).get(need_id).notes) == 3


def test_a_long_note_is_quoted_up_to_a_whole_word(needs_page, page_env, need, message_log):
    """The quote in the question was cut mid-word: "…honesty wi…"."""
    need_id, _notes = need
    long = ("Before anything else I need him to tell me the truth, all of it, and "
            "honesty without having to dig for it")
    note_id = NeedStore(page_env.vault).add_note(need_id, long, date(2026, 3, 4))
    needs_page.open_need(need_id)
    message_log.answer = False
    needs_page.notes_view.anchorClicked.emit(delete_link(note_id))
    quoted = message_log.calls[0][2].split("\n\n")[1]
    assert quoted.endswith("…") and len(quoted) < len(long)
    assert long.startswith(quoted[:-1] + " ")  # the words up to a space, whole
    assert quoted.endswith("honesty…")


@given(st.text(alphabet="ab \n", max_size=60), st.integers(min_value=1, max_value=40))
def test_shortened_keeps_whole_words_only(text, length):
    one_line = " ".join(text.split())
    short = shortened(text, length)
    if len(one_line) <= length:
        assert short == one_line
        return
    kept = short.removesuffix("…")
    assert short.endswith("…") and len(kept) <= length
    # Up to a space in her text, unless a single word is longer than the room.
    assert one_line.startswith(kept)
    assert one_line[len(kept)] == " " or " " not in one_line[:length]
