"""The journal search also finds boundaries and needs: a small group under the entry
results; choosing one opens that boundary card or need (through the hub)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft, CrossingDraft, Followed
from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.need_models import NeedDraft
from journal.needs import NeedStore
from tests.ui.conftest import unlock_with
from tests.ui.test_journal_i18n import language, qm_file  # noqa: F401 (fixtures)
from ui.pages.journal_page import JournalPage
from ui.pages.search_panel import DateTextRole, SnippetHtmlRole

CLICK = Qt.MouseButton.LeftButton


def make_page(qtbot, page_env) -> JournalPage:
    page = JournalPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    return page


def click_row(qtbot, view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), CLICK, pos=rect.center())


def test_worksheet_hits_show_under_the_entries_and_open_through_the_hub(qtbot, page_env):
    EntryStore(page_env.vault).create(EntryDraft(date(2026, 2, 1), "Zus", "Bij mijn zus."))
    boundaries = BoundaryStore(page_env.vault)
    b = boundaries.create(BoundaryDraft(action="I sleep in the study.",
                                        consequence="I stay with my zus for a week."))
    boundaries.log_crossing(b, CrossingDraft(date(2026, 2, 3), "He came in at night.",
                                             Followed.YES, learned="Lock the door."))
    n = NeedStore(page_env.vault).create(NeedDraft("Rest and my zus nearby"))
    page = make_page(qtbot, page_env)
    assert page.worksheet_view.isHidden()

    qtbot.keyClicks(page.search_edit, "zus")
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 2)
    assert page.search_model.rowCount() == 1  # the entry is still found as before
    assert page.worksheet_view.isVisible() and page.worksheet_label.isVisible()
    model = page.worksheet_model
    assert [model.index(r).data(DateTextRole) for r in range(2)] == ["Boundary", "Need"]
    assert 'font-weight:600">zus</span>' in model.index(0).data(SnippetHtmlRole)

    with qtbot.waitSignal(page_env.hub.open_record_requested) as signal:
        click_row(qtbot, page.worksheet_view, 1)
    assert signal.args == ["need", n]
    with qtbot.waitSignal(page_env.hub.open_record_requested) as signal:
        click_row(qtbot, page.worksheet_view, 0)
    assert signal.args == ["boundary", b]

    # Words only in the crossing log: no entry, but the boundary.
    page.search_edit.setText("lock door")
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 1)
    assert page.list_stack.currentWidget() is page.nothing_label
    assert page.nothing_label.text() == "No journal entries found."

    page.search_edit.setText("holiday")
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 0)
    assert page.worksheet_view.isHidden() and page.worksheet_label.isHidden()
    assert page.nothing_label.text().startswith("Nothing found")

    page.search_edit.setText("zus")
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 2)
    page_env.hub.vault_locked.emit()  # nothing of hers stays on screen
    assert page.worksheet_model.rowCount() == 0 and page.worksheet_view.isHidden()


def test_the_main_window_opens_the_card_or_the_need(qtbot, make_app, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    vault = app.window.vault
    BoundaryStore(vault).create(BoundaryDraft(action="I end a manipulative talk."))
    n = NeedStore(vault).create(NeedDraft("Time for a manipulative-free walk"))
    NeedStore(vault).add_note(n, "Walking helps.", date(2026, 2, 1))
    workspace.show_page(workspace.JOURNAL)
    page = workspace.journal_page
    page.search_edit.setText("manipulative")
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 2)

    click_row(qtbot, page.worksheet_view, 0)
    assert workspace.pages.currentWidget() is workspace.boundaries_page
    boundaries_page = workspace.boundaries_page
    assert boundaries_page.stack.currentIndex() == boundaries_page.CARD
    assert boundaries_page.card.action_label.text() == "I end a manipulative talk."

    # Changed on its own page meanwhile: the results follow when she comes back.
    boundaries_page.card.delete_button.click()  # (the message_log fixture says yes)
    assert BoundaryStore(vault).count() == 0
    workspace.show_page(workspace.JOURNAL)
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 1)
    click_row(qtbot, page.worksheet_view, 0)
    assert workspace.pages.currentWidget() is workspace.needs_page
    assert workspace.needs_page.need_id == n


def test_the_group_in_dutch(qtbot, page_env, language):  # noqa: F811
    language("nl")
    NeedStore(page_env.vault).create(NeedDraft("Rust"))
    page = make_page(qtbot, page_env)
    page.search_edit.setText("rust")
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 1)
    assert page.worksheet_label.text() == "In je grenzen en behoeften"
    assert page.worksheet_view.accessibleName() == "Gevonden grenzen en behoeften"
    assert page.worksheet_model.index(0).data(DateTextRole) == "Behoefte"
    assert page.nothing_label.text() == "Geen notities gevonden."
    assert QCoreApplication.translate("WorksheetHitModel", "Boundary") == "Grens"


def test_the_journal_search_finds_an_event_and_the_window_opens_it(qtbot, make_app,
                                                                   closed_vault):
    from journal.events import EventDraft, EventStore, Source, When

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    vault = app.window.vault
    event = EventStore(vault).create(EventDraft(When.around(date(2020, 12, 25),
                                                            "around Christmas"),
                                                "The phone call", Source.SOMEONE_TOLD))
    workspace = app.window.workspace
    workspace.show_page("journal")
    page = workspace.journal_page
    page.search_edit.setText("christmas")
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 1)
    assert page.worksheet_model.index(0).data(DateTextRole) == "What happened"
    click_row(qtbot, page.worksheet_view, 0)
    assert workspace.pages.currentWidget() is workspace.timeline_page
    assert workspace.timeline_page.event_id == event
    assert workspace.timeline_page.what_edit.toPlainText() == "The phone call"


def test_a_long_boundary_wraps_in_the_group_instead_of_being_cut(qtbot, page_env,
                                                                 monkeypatch):
    """"Ik slaap voorlopig in de werkka…" was cut on its line in a narrow list; her own
    words are the point of the row, so they take a second line (the snippet one)."""
    from ui.pages import search_panel

    action = "For now I will sleep in the study, until I know more"
    EntryStore(page_env.vault).create(EntryDraft(date(2026, 2, 1), "Tired", "A long day."))
    BoundaryStore(page_env.vault).create(BoundaryDraft(
        action=action, notes="He came to our bed and I went upstairs."))
    page = make_page(qtbot, page_env)
    page.splitter.setSizes([356, 644])  # the list's width in a 1100 px window
    page.search_edit.setText("bed")
    qtbot.waitUntil(lambda: page.worksheet_model.rowCount() == 1)
    qtbot.waitUntil(lambda: page.worksheet_view.viewport().width() > 300)
    drawn: list[str] = []

    class Recorded(search_panel.QTextDocument):
        def setHtml(self, text: str) -> None:
            drawn.append(text)
            super().setHtml(text)

    monkeypatch.setattr(search_panel, "QTextDocument", Recorded)
    page.worksheet_view.grab()
    heads = [text for text in drawn if "Boundary" in text]
    assert heads and all(action in text and "…" not in text for text in heads), heads
    assert any(">bed<" in text for text in drawn)  # the snippet is still shown
