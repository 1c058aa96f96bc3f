"""The one autosave every form uses: a failed save is told the same calm way on every
page (one line in the form, never a box), loses nothing and is tried again; a record
that went away meanwhile is made again with what she wrote."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.entries import EntryStore
from journal.errors import DiskFull
from journal.models import EntryDraft
from journal.need_models import NeedArea, NeedDraft
from journal.needs import NeedStore
from journal.safe_place_models import SafePlaceDraft
from journal.safe_places import SafePlaceStore
from journal.safety import SafetyStore
from journal.vault import Vault
from tests.ui.conftest import show_active
from ui.pages.checkin_page import CheckinPage
from ui.pages.journal_page import JournalPage
from ui.pages.needs_page import NeedsPage
from ui.pages.safe_places_page import SafePlacesPage
from ui.pages.safety_page import SafetyPage
from ui.pages.support_page import SupportPage
from ui.widgets.autosave import save_failed_text

DAY = date(2024, 3, 5)
WORDS = "words that must not be lost"


@dataclass
class Form:
    page: QWidget
    type_words: Callable[[], None]  # a change she makes, which starts the autosave
    shown: Callable[[], str]  # what the form shows of it
    message: QLabel  # where a failed save is told
    stored: Callable[[], bool]  # whether her words reached the vault


def journal_form(env) -> Form:
    page = JournalPage(env.vault, env.hub, env.settings)
    page.new_entry()
    editor = page.editor
    store = EntryStore(env.vault)
    return Form(page, lambda: editor.body_edit.insertPlainText(WORDS),
                editor.body_edit.toPlainText, editor.autosave.message,
                lambda: any(store.get(s.id).body == WORDS for s in store.page(limit=10)))


def checkin_form(env) -> Form:
    page = CheckinPage(env.vault, env.hub, env.settings, today=lambda: DAY)
    form = page.form
    store = CheckinStore(env.vault)
    return Form(page, lambda: form.note.setPlainText(WORDS), form.note.toPlainText,
                form.autosave.message,
                lambda: [c.note for c in store.on_day(DAY)] == [WORDS])


def needs_form(env) -> Form:
    page = NeedsPage(env.vault, env.hub, env.settings)
    page.new_need()
    store = NeedStore(env.vault)
    return Form(page, lambda: page.text_edit.setPlainText(WORDS), page.text_edit.toPlainText,
                page.autosave.message,
                lambda: page.need_id is not None and store.get(page.need_id).text == WORDS)


def need_note_form(env) -> Form:
    need_id = NeedStore(env.vault).create(NeedDraft("Rest", NeedArea.OTHER))
    page = NeedsPage(env.vault, env.hub, env.settings)
    page.open_need(need_id)
    from journal.form_drafts import FormDrafts

    drafts = FormDrafts(env.vault)
    note = f"need-note:{need_id}"
    return Form(page, lambda: page.note_edit.setPlainText(WORDS), page.note_edit.toPlainText,
                page._note_autosave.message,
                lambda: (drafts.load(note) or {}).get("text") == WORDS)


def safe_place_form(env) -> Form:
    page = SafePlacesPage(env.vault, env.hub, env.settings)
    page.new_place()
    editor = page.editor
    store = SafePlaceStore(env.vault)
    return Form(page, lambda: editor.description.setPlainText(WORDS),
                editor.description.toPlainText, editor.autosave.message,
                lambda: editor.place_id is not None
                and store.get(editor.place_id).description == WORDS)


def support_form(env) -> Form:
    page = SupportPage(env.vault, env.hub, env.settings)
    from journal.form_drafts import FormDrafts

    drafts = FormDrafts(env.vault)
    return Form(page, lambda: page.notes_edit.setPlainText(WORDS), page.notes_edit.toPlainText,
                page.autosave.message,
                lambda: (drafts.load(page._draft_name()) or {}).get("notes") == WORDS)


def safety_form(env) -> Form:
    page = SafetyPage(env.vault, env.hub, env.settings)
    key, field = next(iter(page.fields.items()))
    store = SafetyStore(env.vault)
    return Form(page, lambda: field.setPlainText(WORDS), field.toPlainText,
                page.autosave.message, lambda: getattr(store.plan(), key) == WORDS)


FORMS = [journal_form, checkin_form, needs_form, need_note_form, safe_place_form,
         support_form, safety_form]


@contextmanager
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every write of the vault fails as on a full disk; reads still work."""
    def transaction(self: Vault) -> None:
        raise DiskFull("database or disk is full")

    with monkeypatch.context() as patch:
        patch.setattr(Vault, "transaction", transaction)
        yield


@pytest.mark.parametrize("make_form", FORMS, ids=lambda f: f.__name__)
def test_a_failed_autosave_is_said_calmly_in_the_form_and_loses_nothing(
        make_form, qtbot, page_env, message_log, monkeypatch):
    form = make_form(page_env)
    show_active(qtbot, form.page, 1200, 900)
    assert form.message.isHidden()
    with full_disk(monkeypatch):
        form.type_words()
        qtbot.waitUntil(lambda: not form.message.isHidden(), timeout=5_000)  # the autosave
        assert form.message.text() == save_failed_text(DiskFull("database or disk is full"))
        assert "The disk is full" in form.message.text()
        assert form.page.save_pending() is False  # tried again, still failing
    assert message_log.calls == []  # never a box while she types
    assert form.shown() == WORDS
    assert not form.stored()

    assert form.page.save_pending() is True  # room again: the same words are stored
    assert form.stored()
    assert form.message.isHidden()


# -- a record that went away meanwhile is made again --------------------------------


def test_an_entry_deleted_elsewhere_is_made_again_with_her_words(qtbot, page_env):
    store = EntryStore(page_env.vault)
    gone = store.create(EntryDraft(DAY, "Gone", "before"))
    page = JournalPage(page_env.vault, page_env.hub, page_env.settings)
    page.open_entry(gone)
    store.delete(gone)
    page.editor.body_edit.setPlainText(WORDS)
    assert page.save_pending() is True
    again = page.editor.entry_id
    assert again is not None  # (SQLite may give the freed id again)
    assert (store.get(again).title, store.get(again).body) == ("Gone", WORDS)


def test_a_checkin_deleted_elsewhere_is_made_again_with_her_words(qtbot, page_env):
    store = CheckinStore(page_env.vault)
    gone = store.create(CheckinDraft(DAY, mood=3))
    page = CheckinPage(page_env.vault, page_env.hub, page_env.settings, today=lambda: DAY)
    assert page.form.checkin_id == gone
    store.delete(gone)
    page.form.note.setPlainText(WORDS)
    assert page.save_pending() is True
    [checkin] = store.on_day(DAY)
    assert checkin.id == page.form.checkin_id
    assert (checkin.mood, checkin.note) == (3, WORDS)


def test_a_need_deleted_elsewhere_is_made_again_with_her_words(qtbot, page_env):
    store = NeedStore(page_env.vault)
    gone = store.create(NeedDraft("Rest", NeedArea.OTHER))
    page = NeedsPage(page_env.vault, page_env.hub, page_env.settings)
    page.open_need(gone)
    store.delete(gone)
    page.text_edit.setPlainText(WORDS)
    assert page.save_pending() is True
    assert page.need_id is not None
    assert store.get(page.need_id).text == WORDS


def test_a_safe_place_deleted_elsewhere_is_made_again_with_her_words(qtbot, page_env):
    store = SafePlaceStore(page_env.vault)
    gone = store.create(SafePlaceDraft("spot", "The bench"))
    page = SafePlacesPage(page_env.vault, page_env.hub, page_env.settings)
    page.open_place(gone)
    store.delete(gone)
    page.editor.description.setPlainText(WORDS)
    assert page.save_pending() is True
    again = page.editor.place_id
    assert again is not None  # (SQLite may give the freed id again)
    assert (store.get(again).title, store.get(again).description) == ("The bench", WORDS)
