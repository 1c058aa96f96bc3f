"""Small things a new user tripped over: "Write today's entry" opens what she wrote today,
a new entry starts in the body, the safe-place kind is hers to choose, the needs note has
a label, file dialogs start where her files are, the boundary examples read as a list
of titles with a button, and "Help now" shows her own people first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from journal.entries import EntryStore
from journal.models import EntryDraft, EntryFilter
from tests.ui.conftest import unlock_with


def unlocked(make_app, qtbot, closed_vault, *args: str):
    app = make_app(*args)
    unlock_with(qtbot, app, closed_vault.passphrase)
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    return app


def test_write_todays_entry_opens_the_one_she_wrote_today(make_app, qtbot, closed_vault):
    app = unlocked(make_app, qtbot, closed_vault)
    store = EntryStore(app.window.vault)
    store.create(EntryDraft(date.today() - timedelta(days=1), body="yesterday"))
    workspace = app.window.workspace
    workspace.today_page.write_button.click()
    page = workspace.journal_page
    body = page.editor.body_edit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    assert page.editor.entry_id is None  # nothing written today yet: a new one
    qtbot.keyClicks(body, "This morning")
    assert page.save_pending()
    today_ids = [s.id for s in store.page(EntryFilter(date_from=date.today(),
                                                      date_to=date.today()))]
    assert len(today_ids) == 1

    workspace.show_page("today")
    workspace.today_page.write_button.click()
    assert page.editor.entry_id == today_ids[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is body)
    assert body.textCursor().position() == len("This morning")  # after her last word
    assert len(store.page(EntryFilter(date_from=date.today(), date_to=date.today()))) == 1


@pytest.mark.parametrize(("lang", "write", "go_on"), [
    ("en", "Write today's entry", "Continue today's entry"),
    ("nl", "Schrijf over vandaag", "Verder schrijven aan je notitie van vandaag"),
])
def test_today_says_when_she_already_wrote_today(make_app, qtbot, closed_vault, lang,
                                                 write, go_on):
    app = unlocked(make_app, qtbot, closed_vault, "--lang", lang)
    workspace = app.window.workspace
    button = workspace.today_page.write_button
    assert button.text() == write
    button.click()
    qtbot.keyClicks(workspace.journal_page.editor.body_edit, "This morning")
    assert workspace.journal_page.save_pending()
    workspace.show_page("today")
    qtbot.waitUntil(lambda: button.text() == go_on)
    assert button.accessibleName() == go_on
    # Deleted again: back to a new entry.
    store = EntryStore(app.window.vault)
    for summary in store.page(EntryFilter(date_from=date.today(), date_to=date.today())):
        store.delete(summary.id)
    app.hub.records_changed.emit("entry")
    qtbot.waitUntil(lambda: button.text() == write)


def test_a_new_entry_starts_in_the_body(make_app, qtbot, closed_vault):
    app = unlocked(make_app, qtbot, closed_vault)
    workspace = app.window.workspace
    workspace.new_entry("")
    editor = workspace.journal_page.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.body_edit)
    qtbot.keyClicks(editor.body_edit, "My first sentence")
    assert editor.title_edit.text() == ""


def test_the_safe_place_kind_is_hers_to_choose_then_remembered(page_env, qtbot):
    from journal.safe_places import SafePlaceStore
    from ui.pages.safe_places_page import SafePlacesPage

    page = SafePlacesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.new_place()
    editor = page.editor
    assert editor.kind.currentIndex() == -1 and editor.kind.placeholderText()
    editor.kind.setCurrentIndex(editor.kind.findData("memory"))
    editor.title_edit.setText("The beach at Domburg")
    assert editor.save_now()
    page.new_place()
    assert editor.kind.currentData() == "memory"  # the kind she used last
    assert [p.kind for p in SafePlaceStore(page_env.vault).all()] == ["memory"]


def test_the_needs_text_box_has_a_visible_label(page_env, qtbot):
    from tests.ui.conftest import show_active
    from ui.pages.needs_page import NeedsPage

    page = show_active(qtbot, NeedsPage(page_env.vault, page_env.hub, page_env.settings),
                       1100, 760)
    page.new_need()
    labels = [w for w in page.editor.findChildren(type(page.text_label))
              if w.buddy() is page.text_edit and w.isVisible()]
    assert [w.text().replace("&", "") for w in labels] == ["What I need"]


def test_file_dialogs_start_in_her_documents_or_her_backups(qapp, monkeypatch, tmp_path):
    """Where each file dialog opens and what it offers (the dialog itself is modal: its
    exec() is replaced by a look at it)."""
    from pathlib import Path

    from PySide6.QtWidgets import QDialog, QFileDialog

    from ui import file_dialogs
    from ui.dialogs.restore_dialog import RestoreDialog

    seen: list[tuple[str, list[str]]] = []

    def look(dialog):
        seen.append((Path(dialog.directory().absolutePath()).resolve(), dialog.nameFilters()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "exec", look)
    documents = Path(file_dialogs.documents_folder()).resolve()
    assert documents.is_dir() and documents != Path.cwd().resolve()
    file_dialogs.choose_folder(None, "Folder")
    file_dialogs.choose_save_file(None, "Save", "PDF (*.pdf)", "summary.pdf")
    file_dialogs.choose_file(None, "Open", ["Day One (*.json)"])
    assert [where for where, _ in seen] == [documents] * 3
    assert seen[1][1] == ["PDF (*.pdf)"] and seen[2][1] == ["Day One (*.json)"]

    backups = tmp_path / "journal" / "backups"
    backups.mkdir(parents=True)
    dialog = RestoreDialog(tmp_path / "journal", backups=backups)
    dialog._on_choose_file()
    where, filters = seen[-1]
    assert where == backups.resolve()
    assert filters[0].startswith("Backups (") and "*.havenbackup" in filters[0]
    dialog.deleteLater()


def test_the_boundary_examples_are_titles_with_a_use_button(page_env, qtbot):
    from ui.pages.boundaries_page import BoundariesPage
    from ui.widgets.list_items import TwoLineDelegate

    page = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.new_boundary()
    flow = page.flow
    assert isinstance(flow.template_list.itemDelegate(), TwoLineDelegate)
    first = flow.template_list.currentItem()
    title, why = first.text().split("\n", 1)
    assert title and why  # a bold title, its reason muted below
    assert flow.use_template_button.isEnabled()
    flow.family_box.setChecked(True)
    heading = next(flow.template_list.item(r) for r in range(flow.template_list.count())
                   if not flow.template_list.item(r).flags())
    flow.template_list.setCurrentItem(heading)
    assert not flow.use_template_button.isEnabled()  # a group heading is no example
    flow.template_list.setCurrentRow(1)  # the first example, under the first heading
    flow.use_template_button.click()
    assert flow.steps.currentIndex() == flow.ACTION
    assert flow.draft().action


def test_help_now_shows_her_own_people_first(page_env, qtbot):
    from journal.support import SupportDraft, SupportKind, SupportStore
    from tests.ui.conftest import show_active
    from ui.pages.safety_page import SafetyPage

    page = show_active(qtbot, SafetyPage(page_env.vault, page_env.hub, page_env.settings),
                       1100, 760)
    card = page.help_card
    assert not card.people_box.isVisible()  # nobody yet: only the helplines
    store = SupportStore(page_env.vault)
    store.create(SupportDraft("Marieke", SupportKind.TRUSTED, "06 1234 5678"))
    store.create(SupportDraft("A group without a number", SupportKind.PEER_GROUP))
    page.hide()
    page.show()
    page.open_help_now()
    assert card.people == ["Marieke"]
    assert card.people_box.isVisible()
    texts = [w.text() for w in card.people_box.findChildren(QLabel)]
    assert any("06 1234 5678" in t for t in texts)
    helplines = [w for w in card.findChildren(QLabel) if w.objectName().startswith("helpline_")]
    assert helplines
    assert all(card.people_box.y() < w.mapTo(card, w.rect().topLeft()).y() for w in helplines)
