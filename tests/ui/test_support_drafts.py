"""The support page keeps a half-filled form (contact details before a name) in the
vault, so a lock loses nothing; it comes back after unlocking."""

from __future__ import annotations

from PySide6.QtCore import Qt

from journal.form_drafts import FormDrafts
from journal.support import SupportKind, SupportStore
from tests.ui.conftest import unlock_with
from ui.pages.support_page import SupportPage


def test_contact_details_typed_before_a_name_survive_a_lock(make_app, qtbot, closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("support")
    page = workspace.support_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData(SupportKind.PEER_GROUP.value))
    qtbot.keyClicks(page.contact_edit, "Tuesdays 20:00, the library")
    qtbot.keyClicks(page.notes_edit, "Ask for Els at the door")
    app.window.lock()  # at once, before the autosave timer
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("support")
    page = workspace.support_page
    assert page.contact_edit.text() == "Tuesdays 20:00, the library"
    assert page.notes_edit.toPlainText() == "Ask for Els at the door"
    assert page.kind_combo.currentData() == SupportKind.PEER_GROUP.value
    assert page.name_edit.text() == ""
    # A name alone keeps it a draft; Enter adds it to her list, and the draft goes.
    qtbot.keyClicks(page.name_edit, "Partners group")
    assert page.save_pending()
    assert SupportStore(app.window.vault).all() == []
    assert FormDrafts(app.window.vault).load("support:new")["name"] == "Partners group"
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    person, = SupportStore(app.window.vault).all()
    assert (person.name, person.kind, person.contact, person.notes) == (
        "Partners group", SupportKind.PEER_GROUP, "Tuesdays 20:00, the library",
        "Ask for Els at the door")
    assert FormDrafts(app.window.vault).load("support:new") is None
    # A new form afterwards is empty.
    page.new_person()
    assert page.contact_edit.text() == "" and page.name_edit.text() == ""


def test_clearing_what_was_typed_drops_the_draft(page_env, qtbot):
    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.contact_edit.setText("06 12345678")
    assert page.save_pending()
    assert FormDrafts(page_env.vault).load("support:new")["contact"] == "06 12345678"
    assert SupportStore(page_env.vault).all() == []
    page.contact_edit.clear()
    assert page.save_pending()
    assert FormDrafts(page_env.vault).load("support:new") is None


def test_a_half_filled_form_waits_while_she_looks_at_someone_else(page_env, qtbot):
    store = SupportStore(page_env.vault)
    from journal.support import SupportDraft

    anna = store.create(SupportDraft("Anna", contact="anna@example.org"))
    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.contact_edit.setText("0800 1234")
    page.open_person(anna)
    assert page.contact_edit.text() == "anna@example.org"
    page.new_person()
    assert page.contact_edit.text() == "0800 1234"
    assert [p.name for p in store.all()] == ["Anna"]


def test_a_person_whose_name_was_cleared_keeps_the_change_as_a_draft(page_env, qtbot):
    from journal.support import SupportDraft

    store = SupportStore(page_env.vault)
    anna = store.create(SupportDraft("Anna", contact="old"))
    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.open_person(anna)
    page.name_edit.clear()
    page.contact_edit.setText("new number")
    assert page.save_pending()
    assert store.get(anna).contact == "old"  # a person always has a name
    again = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(again)
    again.open_person(anna)
    assert (again.name_edit.text(), again.contact_edit.text()) == ("", "new number")
    qtbot.keyClicks(again.name_edit, "Anna B.")
    assert again.save_pending()
    assert (store.get(anna).name, store.get(anna).contact) == ("Anna B.", "new number")
    assert FormDrafts(page_env.vault).load(f"support:{anna}") is None


def test_typing_a_name_does_not_make_a_person_until_she_adds_it(page_env, qtbot):
    store = SupportStore(page_env.vault)
    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.show()
    assert not page.add_button.isEnabled()  # nothing to add yet
    qtbot.keyClicks(page.name_edit, "Mar")
    assert page.add_button.isEnabled()
    qtbot.waitUntil(lambda: not page.autosave.is_waiting)  # the autosave ran
    assert store.all() == []
    assert page.status_label.text() == 'Not in your list yet: press "Add to my list".'
    assert FormDrafts(page_env.vault).load("support:new")["name"] == "Mar"
    qtbot.keyClicks(page.name_edit, "ieke")
    page.add_button.click()
    person, = store.all()
    assert person.name == "Marieke"
    assert page.add_button.isHidden() and page.delete_button.isEnabled()
    assert FormDrafts(page_env.vault).load("support:new") is None
    # From now on her changes to this person save by themselves.
    page.contact_edit.setText("06 12345678")
    assert page.save_pending()
    assert store.get(person.id).contact == "06 12345678"
    assert len(store.all()) == 1
