"""What a page catches: a real failure (a full disk, a journal locked meanwhile) is told
in a calm sentence and changes nothing; a bug is not caught, so it is seen (by pytest,
by Qt's sys.excepthook) instead of being told as "Something went wrong"."""

from __future__ import annotations

import errno

import pytest

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft, Followed
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


def agenda_page(qtbot, env):
    from ui.pages.agenda_page import AgendaPage

    return show_active(qtbot, AgendaPage(env.vault, env.hub, env.settings), 1100, 800)


def test_a_topic_added_to_a_journal_locked_meanwhile_is_told_and_kept(qtbot, page_env,
                                                                       message_log):
    page = agenda_page(qtbot, page_env)
    page.topic_edit.setText("Who knows about it")
    page_env.vault.close()  # the idle lock closed it

    page.add_topic()

    [(kind, _title, text)] = message_log.calls
    assert kind == "error"
    assert text == messages.error_text(VaultLocked("x")) and FALLBACK not in text
    assert page.topic_edit.text() == "Who knows about it"  # her words stay


def test_a_bug_while_adding_a_topic_is_not_told_as_a_sentence(qtbot, page_env, message_log,
                                                              monkeypatch):
    page = agenda_page(qtbot, page_env)
    page.topic_edit.setText("Who knows about it")

    def broken(text: str, *args: object) -> int:
        raise TypeError("a bug")

    monkeypatch.setattr(page.store, "add", broken)
    with pytest.raises(TypeError, match="a bug"):
        page.add_topic()
    assert message_log.calls == []
    assert page.topic_edit.text() == "Who knows about it"


def crossing_card(qtbot, env):
    from ui.pages.boundaries_page import BoundariesPage

    boundary_id = BoundaryStore(env.vault).create(BoundaryDraft("I will rest"))
    page = show_active(qtbot, BoundariesPage(env.vault, env.hub, env.settings), 1100, 800)
    page.open_boundary(boundary_id)
    card = page.card
    card.log_button.click()
    card.crossing_form.what_edit.setPlainText("He came in at midnight.")
    card.crossing_form.followed_buttons[Followed.YES].click()
    return page, boundary_id


def test_a_crossing_logged_on_a_full_disk_is_told_and_changes_nothing(qtbot, page_env,
                                                                      message_log):
    vault = page_env.vault
    page, boundary_id = crossing_card(qtbot, page_env)
    card = page.card
    assert card.save_pending()  # the form's draft is kept before the disk fills up
    card.crossing_form.learned_edit.setPlainText("I can do this " + "x" * 19_000)
    vault.execute(f"PRAGMA max_page_count = {vault.row('PRAGMA page_count')[0]}")

    assert not card.save_crossing()

    errors = [call for call in message_log.calls if call[0] == "error"]
    [(_kind, _title, text)] = errors
    assert "The disk is full" in text and FALLBACK not in text
    assert card.crossing_form.what_edit.toPlainText() == "He came in at midnight."
    assert BoundaryStore(vault).crossings(boundary_id) == []  # the vault as it was
    assert vault.integrity_problems() == []


def test_a_bug_while_logging_a_crossing_is_not_told_as_a_sentence(qtbot, page_env,
                                                                  message_log, monkeypatch):
    page, boundary_id = crossing_card(qtbot, page_env)
    card = page.card

    def broken(boundary_id: int, crossing: object) -> int:
        raise AttributeError("a bug")

    monkeypatch.setattr(page.store, "log_crossing", broken)
    with pytest.raises(AttributeError, match="a bug"):
        card.save_crossing()
    assert message_log.calls == []
    assert card.crossing_form.what_edit.toPlainText() == "He came in at midnight."
    assert BoundaryStore(page_env.vault).crossings(boundary_id) == []


@pytest.mark.parametrize("problem", [OSError(errno.EIO, "Input/output error"),
                                     TypeError("a bug")], ids=["failure", "bug"])
def test_an_export_that_breaks_leaves_the_dialog_and_the_journal_usable(
        qtbot, make_app, closed_vault, tmp_path, monkeypatch, message_log, problem):
    import journal.export
    from tests.ui.conftest import unlock_with
    from ui.dialogs.export_dialog import ExportDialog
    from ui.session import State

    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise problem

    monkeypatch.setattr(journal.export, "export_markdown", broken)
    dialog = ExportDialog(app.window.run_key_work, parent=app.window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_folder(str(tmp_path))
    dialog.set_format("markdown")
    dialog.protect.setChecked(False)
    with qtbot.capture_exceptions() as raised:
        dialog.export()
        qtbot.waitUntil(lambda: app.window.journal_session.state is State.UNLOCKED)

    bug = isinstance(problem, TypeError)
    assert [type(exc) for _kind, exc, _tb in raised] == ([TypeError] if bug else [])
    told = dialog.error_text.text()
    assert dialog.error_text.isVisible() is not bug
    if not bug:
        assert "could not read or write" in told and FALLBACK not in told
    # Either way: no longer busy (she can close it or try again), and the journal is
    # hers again.
    assert not dialog.is_busy and dialog.close_button.isEnabled()
    assert dialog.status.text() == ""
    assert app.window.workspace is not None and app.window.workspace.isEnabled()
