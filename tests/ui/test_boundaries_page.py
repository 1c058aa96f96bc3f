"""The Boundaries and Needs pages, driven like she would: real vault, real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft, Willingness
from journal.form_drafts import FormDrafts
from journal.need_models import NeedArea, NeedDraft, NeedStatus
from journal.needs import NeedStore
from journal.situation import Profile, ProfileStore, Situation
from journal.support import SupportDraft, SupportKind, SupportStore
from tests.ui.conftest import unlock_with
from ui.pages.boundaries_page import BoundariesPage
from ui.pages.boundary_flow import DRAFT_NAME, BoundaryFlow, TemplateRole
from ui.pages.needs_page import NeedsPage

CLICK = Qt.MouseButton.LeftButton


@pytest.fixture
def page(qtbot, page_env):
    widget = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


@pytest.fixture
def needs_page(qtbot, page_env):
    widget = NeedsPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


def template_row(flow: BoundaryFlow, template_id: str) -> int:
    rows = [flow.template_list.item(i).data(TemplateRole)
            for i in range(flow.template_list.count())]
    return rows.index(template_id)


def test_guided_flow_from_a_template_to_a_saved_boundary(page, qtbot, page_env):
    rest = NeedStore(page_env.vault).create(NeedDraft("Real sleep", NeedArea.REST))
    page.reload()
    flow = page.flow
    qtbot.mouseClick(page.new_button, CLICK)
    assert page.stack.currentIndex() == page.FLOW and flow.step == flow.START
    # Keyboard only: pick the example with the arrow keys and Enter.
    flow.template_list.setFocus()
    flow.template_list.setCurrentRow(template_row(flow, "separate-room"))
    qtbot.keyClick(flow.template_list, Qt.Key.Key_Return)
    assert flow.step == flow.ACTION
    assert flow.action_edit.toPlainText() == "For now I will sleep in a room of my own."
    assert flow.step_label.text() == "Step 1 of 7"
    assert flow.demand_hint.isHidden()
    qtbot.keyClick(flow.action_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert flow.step == flow.NEED
    flow.need_combo.setCurrentIndex(flow.need_combo.findData(rest))
    qtbot.mouseClick(flow.next_button, CLICK)
    assert flow.step == flow.CONSEQUENCE
    assert "few nights" in flow.consequence_edit.toPlainText()
    qtbot.mouseClick(flow.next_button, CLICK)
    assert flow.step == flow.WILLING
    flow.willing_buttons[Willingness.NOT_YET].click()
    assert flow.willing_hint.isVisibleTo(page)
    qtbot.keyClick(flow.willing_buttons[Willingness.YES], Qt.Key.Key_Space)
    assert not flow.willing_hint.isVisibleTo(page)
    qtbot.mouseClick(flow.next_button, CLICK)
    assert flow.step == flow.SUPPORT
    qtbot.keyClicks(flow.support_edit, "Ellen, my group")
    qtbot.mouseClick(flow.next_button, CLICK)
    assert flow.step == flow.STATUS
    flow.status_combo.setCurrentIndex(flow.status_combo.findData("decided"))
    qtbot.mouseClick(flow.next_button, CLICK)
    assert flow.step == flow.SUMMARY
    summary = flow.summary_view.toPlainText()
    for text in ("For now I will sleep in a room of my own.", "Real sleep", "Ellen, my group",
                 "Yes, I am willing and able", "Decided"):
        assert text in summary
    assert flow.next_button.text().replace("&", "") == "Save"
    with qtbot.waitSignal(flow.saved) as saved:
        qtbot.mouseClick(flow.next_button, CLICK)
    boundary = BoundaryStore(page_env.vault).get(saved.args[0])
    assert (boundary.template_id, boundary.need_id, boundary.willing, boundary.status) == (
        "separate-room", rest, Willingness.YES, "decided")
    assert boundary.support == "Ellen, my group"
    assert page.stack.currentIndex() == page.CARD
    assert page.card.action_label.text() == boundary.action
    assert FormDrafts(page_env.vault).load(DRAFT_NAME) is None
    assert page.model.rowCount() == 1


def test_an_empty_boundary_is_refused_inline(page, qtbot, page_env):
    qtbot.mouseClick(page.new_button, CLICK)
    qtbot.mouseClick(page.flow.scratch_button, CLICK)
    qtbot.keyClicks(page.flow.action_edit, "   ")
    qtbot.mouseClick(page.flow.next_button, CLICK)
    assert page.flow.step == page.flow.ACTION
    assert "what you will do" in page.flow.action_error.text()
    assert page.flow.save() is None
    assert BoundaryStore(page_env.vault).count() == 0
    qtbot.keyClicks(page.flow.action_edit, "I will rest")
    assert page.flow.action_error.text() == ""


@pytest.mark.parametrize(("text", "hint"), [
    ("He must stop", True), ("Hij moet stoppen", True), ("Je moet eerlijk zijn", True),
    ("I will leave the room", False), ("Ik ga de kamer uit", False)])
def test_a_demand_gets_a_gentle_hint(page, qtbot, text, hint):
    page.new_boundary()
    qtbot.mouseClick(page.flow.scratch_button, CLICK)
    qtbot.keyClicks(page.flow.action_edit, text)
    assert page.flow.demand_hint.isVisibleTo(page) == hint
    qtbot.mouseClick(page.flow.next_button, CLICK)
    assert page.flow.step == page.flow.NEED  # a hint, never a refusal


def test_a_half_done_flow_survives_a_new_page(page, qtbot, page_env):
    page.new_boundary()
    qtbot.mouseClick(page.flow.scratch_button, CLICK)
    qtbot.keyClicks(page.flow.action_edit, "Ik slaap voorlopig apart")
    qtbot.mouseClick(page.flow.next_button, CLICK)
    qtbot.mouseClick(page.flow.next_button, CLICK)
    qtbot.keyClicks(page.flow.consequence_edit, "Dan ga ik naar mijn zus")
    assert page.save_pending()
    again = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(again)
    assert again.stack.currentIndex() == again.FLOW
    assert again.flow.step == again.flow.CONSEQUENCE
    assert again.flow.action_edit.toPlainText() == "Ik slaap voorlopig apart"
    assert again.flow.consequence_edit.toPlainText() == "Dan ga ik naar mijn zus"


def test_autosave_waits_a_second_then_keeps_the_draft(page, qtbot, page_env):
    page.new_boundary()
    qtbot.mouseClick(page.flow.scratch_button, CLICK)
    qtbot.keyClicks(page.flow.action_edit, "I will rest")
    drafts = FormDrafts(page_env.vault)
    qtbot.waitUntil(lambda: (drafts.load(DRAFT_NAME) or {}).get("action") == "I will rest",
                    timeout=5_000)


def test_cancel_asks_and_then_forgets(page, qtbot, page_env, message_log):
    page.new_boundary()
    qtbot.mouseClick(page.flow.scratch_button, CLICK)
    qtbot.keyClicks(page.flow.action_edit, "I will rest")
    page.save_pending()
    message_log.answer = False
    qtbot.mouseClick(page.flow.cancel_button, CLICK)
    assert page.stack.currentIndex() == page.FLOW
    assert page.flow.action_edit.toPlainText() == "I will rest"
    message_log.answer = True
    qtbot.mouseClick(page.flow.cancel_button, CLICK)
    assert page.stack.currentIndex() == page.LIST
    assert FormDrafts(page_env.vault).load(DRAFT_NAME) is None
    assert message_log.kinds() == ["confirm", "confirm"]


def test_logging_a_crossing_updates_the_counts(page, qtbot, page_env):
    store = BoundaryStore(page_env.vault)
    boundary_id = store.create(BoundaryDraft("For now I will sleep in the study.",
                                             consequence="I stay with Ellen."))
    page.reload()
    assert "Not crossed" in page.model.index(0).data()
    page.list_view.setCurrentIndex(page.model.index(0))
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    card = page.card
    assert page.stack.currentIndex() == page.CARD
    assert card.counts_label.text() == "Not crossed"
    assert card.empty_log.isVisibleTo(page)

    def log(what: str, followed: str) -> None:
        qtbot.mouseClick(card.log_button, CLICK)
        assert card.crossing_form.isVisibleTo(page)
        qtbot.keyClicks(card.crossing_form.what_edit, what)
        qtbot.mouseClick(card.crossing_form.followed_buttons[followed], CLICK)
        qtbot.keyClicks(card.crossing_form.learned_edit, "I can do this")
        qtbot.mouseClick(card.crossing_form.save_button, CLICK)
        assert not card.crossing_form.isVisibleTo(page)

    log("He came in at midnight.", "yes")
    assert card.counts_label.text() == "Crossed once · consequence followed once"
    assert "He came in at midnight." in card.log_view.text()
    log("He asked again.", "no")
    assert card.counts_label.text() == "Crossed 2 times · consequence followed once"
    log("And again.", "partly")
    assert card.counts_label.text() == (
        "Crossed 3 times · consequence followed once · partly once")
    assert "Crossed 3 times · consequence followed once" in page.model.index(0).data()
    b = store.get(boundary_id)
    assert (b.crossings, b.followed, b.partly_followed) == (3, 1, 1)


def test_a_crossing_needs_what_happened_and_is_kept_while_typing(page, qtbot, page_env):
    store = BoundaryStore(page_env.vault)
    boundary_id = store.create(BoundaryDraft("I will rest"))
    page.open_boundary(boundary_id)
    card = page.card
    qtbot.mouseClick(card.log_button, CLICK)
    qtbot.mouseClick(card.crossing_form.save_button, CLICK)
    assert "what happened" in card.crossing_form.error_label.text()
    qtbot.keyClicks(card.crossing_form.what_edit, "Het gebeurde weer")
    qtbot.mouseClick(card.crossing_form.save_button, CLICK)
    assert "consequence" in card.crossing_form.error_label.text()
    assert store.crossings(boundary_id) == []
    assert page.save_pending()
    assert FormDrafts(page_env.vault).load(f"crossing:{boundary_id}")["what"] == \
        "Het gebeurde weer"
    # Opened again (after a lock), the half-written crossing is back.
    again = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(again)
    again.open_boundary(boundary_id)
    assert again.card.crossing_form.isVisibleTo(again)  # shown once the page is
    assert again.card.crossing_form.what_edit.toPlainText() == "Het gebeurde weer"


def test_change_keeps_the_earlier_version_and_status_dates(page, qtbot, page_env):
    store = BoundaryStore(page_env.vault)
    boundary_id = store.create(BoundaryDraft("I will rest", consequence="A walk"))
    page.open_boundary(boundary_id)
    assert page.card.versions_button.isHidden()
    qtbot.mouseClick(page.card.edit_button, CLICK)
    flow = page.flow
    assert page.stack.currentIndex() == page.FLOW and flow.step == flow.ACTION
    assert not flow.back_button.isEnabled()
    flow.action_edit.selectAll()
    qtbot.keyClicks(flow.action_edit, "I will rest every afternoon")
    flow.go_to(flow.SUMMARY)
    with qtbot.waitSignal(flow.saved):
        qtbot.mouseClick(flow.next_button, CLICK)
    assert store.get(boundary_id).action == "I will rest every afternoon"
    assert [v.draft.action for v in store.versions(boundary_id)] == ["I will rest"]
    assert page.card.versions_button.text() == "Earlier versions (1)"
    page.card.status_combo.setCurrentIndex(page.card.status_combo.findData("holding"))
    page.card.status_combo.activated.emit(page.card.status_combo.currentIndex())
    history = store.get(boundary_id).history
    assert [h.status for h in history] == ["considering", "holding"]
    assert history[-1].changed_on == date.today()
    assert "Holding" in page.card.history_label.text()


def test_delete_asks_first_and_removes_the_log(page, qtbot, page_env, message_log):
    store = BoundaryStore(page_env.vault)
    boundary_id = store.create(BoundaryDraft("I will rest"))
    page.open_boundary(boundary_id)
    message_log.answer = False
    qtbot.mouseClick(page.card.delete_button, CLICK)
    assert store.count() == 1
    message_log.answer = True
    qtbot.mouseClick(page.card.delete_button, CLICK)
    assert store.count() == 0
    assert page.stack.currentIndex() == page.LIST
    assert page.empty_hint.isVisibleTo(page)


@pytest.mark.parametrize(("situations", "shown"), [
    ((), False), ((Situation.UNSURE,), False), ((Situation.ADDICTION,), False),
    ((Situation.BOUNDARIES,), True), ((Situation.ADDICTION, Situation.BOUNDARIES), True)])
def test_family_examples_show_when_her_situation_fits_and_when_she_asks(
        qtbot, page_env, situations, shown):
    if situations:
        ProfileStore(page_env.vault).save(Profile(frozenset(situations)))
    p = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(p)

    def family_rows() -> int:
        ids = [p.flow.template_list.item(i).data(TemplateRole)
               for i in range(p.flow.template_list.count())]
        return sum(i in ("no-nudity-at-home", "no-time-alone-with-children") for i in ids)

    p.new_boundary()
    assert p.flow.family_box.isChecked() is shown
    assert family_rows() == (2 if shown else 0)
    p.flow.family_box.setChecked(not shown)  # she can always show or hide them herself
    assert family_rows() == (0 if shown else 2)


def test_needs_page_writes_a_need_with_status_dates_and_notes(needs_page, qtbot, page_env):
    store = NeedStore(page_env.vault)
    qtbot.mouseClick(needs_page.new_button, CLICK)
    needs_page.area_combo.setCurrentIndex(needs_page.area_combo.findData("rest"))
    assert store.count() == 0  # nothing typed yet: nothing stored
    qtbot.keyClicks(needs_page.text_edit, "Echte slaap")
    qtbot.waitUntil(lambda: store.count() == 1, timeout=5_000)  # autosaved
    need_id = needs_page.need_id
    needs_page.status_combo.setCurrentIndex(needs_page.status_combo.findData("asked"))
    assert needs_page.save_pending()
    need = store.get(need_id)
    assert (need.text, need.area, need.status) == ("Echte slaap", NeedArea.REST,
                                                   NeedStatus.ASKED)
    assert [h.status for h in need.history] == ["noticed", "asked"]
    assert "Asked for" in needs_page.history_label.text()
    qtbot.mouseClick(needs_page.add_note_button, CLICK)
    assert needs_page.note_error.text()
    qtbot.keyClicks(needs_page.note_edit, "Twee uur per nacht")
    qtbot.mouseClick(needs_page.add_note_button, CLICK)
    assert [n.text for n in store.get(need_id).notes] == ["Twee uur per nacht"]
    assert "Twee uur per nacht" in needs_page.notes_view.toPlainText()
    assert needs_page.note_edit.toPlainText() == ""


def test_an_emptied_need_is_not_saved_and_keeps_the_old_words(needs_page, qtbot, page_env):
    store = NeedStore(page_env.vault)
    need_id = store.create(NeedDraft("Rust"))
    needs_page.reload()
    needs_page.open_need(need_id)
    needs_page.text_edit.clear()
    assert needs_page.save_pending() is False
    assert needs_page.error_label.text()
    assert store.get(need_id).text == "Rust"


def test_needs_page_shows_the_boundaries_that_protect_a_need(needs_page, page_env):
    need_id = NeedStore(page_env.vault).create(NeedDraft("Rust", NeedArea.REST))
    BoundaryStore(page_env.vault).create(BoundaryDraft("Ik slaap apart", need_id=need_id))
    needs_page.reload()
    needs_page.open_need(need_id)
    assert "Ik slaap apart" in needs_page.boundaries_label.text()


def test_nothing_is_lost_on_lock(make_app, qtbot, closed_vault):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("boundaries")
    page = workspace.boundaries_page
    qtbot.mouseClick(page.new_button, CLICK)
    qtbot.mouseClick(page.flow.scratch_button, CLICK)
    qtbot.keyClicks(page.flow.action_edit, "I will keep my Thursday sessions")
    app.window.lock()  # at once, before the autosave timer
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("boundaries")
    flow = workspace.boundaries_page.flow
    assert workspace.boundaries_page.stack.currentIndex() == workspace.boundaries_page.FLOW
    assert flow.action_edit.toPlainText() == "I will keep my Thursday sessions"
    app.window.close()


@pytest.mark.parametrize("from_page", ["boundaries", "journal"])
def test_the_sidebar_link_shows_the_list_when_a_card_was_open(make_app, qtbot, closed_vault,
                                                              from_page):
    """She clicked "Boundaries" in the sidebar and got the card she had opened before,
    not the list."""
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    boundary_id = BoundaryStore(app.window.vault).create(
        BoundaryDraft(action="I sleep in the guest room"))
    workspace.show_page("boundaries")
    page = workspace.boundaries_page
    assert page.open_boundary(boundary_id)
    workspace.show_page(from_page)
    nav = workspace.sidebar.nav_buttons[workspace.pages.indexOf(page)]
    qtbot.mouseClick(nav, CLICK)
    assert workspace.pages.currentWidget() is page
    assert page.stack.currentIndex() == page.LIST
    app.window.close()


def _to_support_step(page, qtbot, action: str) -> BoundaryFlow:
    flow = page.flow
    qtbot.mouseClick(page.new_button, CLICK)
    qtbot.mouseClick(flow.scratch_button, CLICK)
    qtbot.keyClicks(flow.action_edit, action)
    flow.go_to(flow.SUPPORT)
    assert flow.step == flow.SUPPORT
    return flow


def test_the_support_step_links_her_support_people(page, qtbot, page_env):
    people = SupportStore(page_env.vault)
    wendy = people.create(SupportDraft("Wendy", SupportKind.TRUSTED))
    sister = people.create(SupportDraft("Anna", SupportKind.TRUSTED, may_advise=True))
    flow = _to_support_step(page, qtbot, "I will go for a walk when I feel pushed.")
    # Those whose advice she allows come first.
    assert [c.text() for c in flow.support_chips.values()] == ["Anna", "Wendy"]
    assert [c.accessibleName() for c in flow.support_chips.values()] == [
        "Anna supports me", "Wendy supports me"]
    assert flow.support_chips_label.isVisibleTo(page)
    assert flow.support_text_label.isVisibleTo(page)
    assert all(c.isVisibleTo(page) for c in flow.support_chips.values())
    qtbot.keyClicks(flow.support_edit, "my group")
    # A chip ticks the person; her own words stay as she wrote them.
    qtbot.mouseClick(flow.support_chips[wendy], CLICK)
    qtbot.mouseClick(flow.support_chips[sister], CLICK)
    assert flow.support_edit.toPlainText() == "my group"
    assert flow.people == [wendy, sister]
    assert flow.support_chips[sister].text() == "✓ Anna"  # ticked, not by colour alone
    qtbot.mouseClick(flow.support_chips[wendy], CLICK)
    assert flow.people == [sister] and flow.support_chips[wendy].text() == "Wendy"
    qtbot.keyClick(flow.support_chips[wendy], Qt.Key.Key_Space)  # by keyboard too
    assert flow.support_chips[wendy].isChecked() and flow.people == [sister, wendy]
    flow.go_to(flow.SUMMARY)
    card = flow.summary_view.toPlainText()
    assert "Anna, Wendy" in card and "my group" in card
    with qtbot.waitSignal(flow.saved) as saved:
        qtbot.mouseClick(flow.next_button, CLICK)
    store = BoundaryStore(page_env.vault)
    boundary = store.get(saved.args[0])
    assert boundary.support == "my group"
    assert boundary.people == [(sister, "Anna"), (wendy, "Wendy")]
    # The card shows them under "Who supports me", with her own words.
    assert page.stack.currentIndex() == page.CARD
    details = page.card.details.text()
    assert "Who supports me" in details and "Anna, Wendy" in details and "my group" in details
    # A revision shows them ticked; unticking one and saving keeps a new version's links.
    flow.start_revision(boundary)
    flow.go_to(flow.SUPPORT)
    assert all(c.isChecked() for c in flow.support_chips.values())
    qtbot.mouseClick(flow.support_chips[wendy], CLICK)
    flow.action_edit.setPlainText("I will go for a long walk when I feel pushed.")
    with qtbot.waitSignal(flow.saved):
        flow.save()
    boundary = store.get(boundary.id)
    assert boundary.version == 2 and boundary.people == [(sister, "Anna")]


def test_the_card_shows_a_new_name_and_no_one_deleted(page, qtbot, page_env):
    people = SupportStore(page_env.vault)
    anna = people.create(SupportDraft("Anna", SupportKind.TRUSTED))
    wendy = people.create(SupportDraft("Wendy", SupportKind.TRUSTED))
    store = BoundaryStore(page_env.vault)
    boundary = store.create(BoundaryDraft("I call someone.", support="Wendy, at night"),
                            people=[anna, wendy])
    page.reload()
    page.open_boundary(boundary)
    assert "Anna, Wendy" in page.card.details.text()
    # On the support page meanwhile: Anna renamed, Wendy deleted.
    from ui.pages.support_page import SupportPage

    support = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(support)
    support.open_person(anna)
    support.name_edit.setText("Anna de Vries")
    assert support.save_pending()
    support.open_person(wendy)
    support.delete_person()  # (the message_log fixture says yes)
    assert [p.name for p in people.all()] == ["Anna de Vries"]
    details = page.card.details.text()
    assert "Anna de Vries" in details
    assert "Wendy, at night" in details  # her own words, untouched
    assert details.count("Wendy") == 1


def test_a_draft_keeps_the_ticked_people(page, qtbot, page_env):
    people = SupportStore(page_env.vault)
    anna = people.create(SupportDraft("Anna", SupportKind.TRUSTED))
    wendy = people.create(SupportDraft("Wendy", SupportKind.TRUSTED))
    gone = people.create(SupportDraft("Gone", SupportKind.TRUSTED))
    flow = _to_support_step(page, qtbot, "Ik slaap voorlopig apart")
    qtbot.mouseClick(flow.support_chips[wendy], CLICK)
    qtbot.mouseClick(flow.support_chips[gone], CLICK)
    assert page.save_pending()
    assert FormDrafts(page_env.vault).load(DRAFT_NAME)["people"] == [wendy, gone]
    people.delete(gone)  # deleted before she comes back
    again = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(again)
    assert again.stack.currentIndex() == again.FLOW
    assert again.flow.step == again.flow.SUPPORT
    assert again.flow.people == [wendy]
    assert [c.isChecked() for c in again.flow.support_chips.values()] == [False, True]
    with qtbot.waitSignal(again.flow.saved) as saved:
        again.flow.save()
    assert BoundaryStore(page_env.vault).get(saved.args[0]).people == [(wendy, "Wendy")]
    assert anna not in again.flow.people


def test_someone_deleted_while_she_is_in_the_flow_is_left_out(page, qtbot, page_env):
    people = SupportStore(page_env.vault)
    anna = people.create(SupportDraft("Anna", SupportKind.TRUSTED))
    wendy = people.create(SupportDraft("Wendy", SupportKind.TRUSTED))
    flow = _to_support_step(page, qtbot, "I will rest.")
    qtbot.mouseClick(flow.support_chips[anna], CLICK)
    qtbot.mouseClick(flow.support_chips[wendy], CLICK)
    people.delete(anna)
    with qtbot.waitSignal(flow.saved) as saved:
        flow.save()
    assert BoundaryStore(page_env.vault).get(saved.args[0]).people == [(wendy, "Wendy")]


def test_without_support_people_the_step_is_plain_text(page, qtbot, page_env):
    flow = _to_support_step(page, qtbot, "I will call my sister.")
    assert flow.support_chips == {}
    assert not flow.support_chips_label.isVisibleTo(page)
    assert not flow.support_text_label.isVisibleTo(page)
    qtbot.keyClicks(flow.support_edit, "Ellen")
    with qtbot.waitSignal(flow.saved) as saved:
        flow.save()
    assert BoundaryStore(page_env.vault).get(saved.args[0]).support == "Ellen"


def test_the_sidebar_link_leads_back_from_a_card_to_the_list(qtbot, page_env):
    from ui.pages import index_of
    from ui.workspace import Workspace

    store = BoundaryStore(page_env.vault)
    boundary_id = store.create(BoundaryDraft("I will rest"))
    workspace = Workspace(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(workspace)
    workspace.resize(1100, 760)
    workspace.show()
    link = workspace.nav_buttons[index_of("boundaries")]
    qtbot.mouseClick(link, CLICK)
    page = workspace.boundaries_page
    assert page.stack.currentIndex() == page.LIST
    page.open_boundary(boundary_id)
    assert page.stack.currentIndex() == page.CARD
    qtbot.mouseClick(link, CLICK)  # the page is already shown: back to its list
    assert page.stack.currentIndex() == page.LIST
    assert link.isChecked()
    qtbot.mouseClick(page.new_button, CLICK)  # the guided flow is a draft: it stays
    qtbot.mouseClick(link, CLICK)
    assert page.stack.currentIndex() == page.FLOW
    workspace.save_pending()


def test_the_crossing_log_heading_keeps_to_one_line_in_dutch(qtbot, page_env):
    """"Keren dat de grens werd overschreden" has the row to itself: its button sits
    under it, not beside it squeezing it onto two lines."""
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import show_active
    from ui import resources

    translator = QTranslator()
    assert translator.load("haven_nl", str(resources.translations_dir()))
    QApplication.installTranslator(translator)
    try:
        BoundaryStore(page_env.vault).create(BoundaryDraft("Ik slaap voorlopig apart."))
        page = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
        show_active(qtbot, page, 880, 700)  # beside the sidebar at 1100 px
        page.list_view.setCurrentIndex(page.model.index(0))
        qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
        card = page.card
        title = card.log_title
        qtbot.waitUntil(lambda: title.isVisible() and title.width() > 0)
        assert title.text() == "Keren dat de grens werd overschreden"
        line = title.fontMetrics().lineSpacing()
        assert title.height() < 2 * line, (title.height(), line)
        assert card.log_button.geometry().top() >= title.geometry().bottom()
    finally:
        QApplication.removeTranslator(translator)


def test_the_needs_intro_keeps_its_lines_when_the_scroll_bar_comes(qtbot, page_env):
    """Opening a need makes the page taller than the window: the scroll bar that appears
    must not narrow the text above, or the page jumps."""
    from tests.ui.conftest import run_queued, show_active

    page = NeedsPage(page_env.vault, page_env.hub, page_env.settings)
    show_active(qtbot, page, 880, 560)
    scroll_bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: page.intro.width() > 0)
    before = page.intro.geometry()
    assert scroll_bar.isVisible()  # always: its room never comes or goes
    page.new_need()
    qtbot.waitUntil(lambda: scroll_bar.maximum() > 0)  # now taller than the window
    run_queued(qtbot)
    assert page.intro.geometry() == before


@pytest.mark.parametrize("how", ["enter", "button"])
def test_what_she_types_after_choosing_an_example_follows_its_text(page, qtbot, how):
    """The cursor waits at the end of the example, not before its first word (" Half
    writtenFor now I will…", the sixth trial); the same on the next steps it filled."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import show_active

    show_active(qtbot, page, 1000, 760)
    flow = page.flow
    qtbot.mouseClick(page.new_button, CLICK)
    flow.template_list.setFocus()
    flow.template_list.setCurrentRow(template_row(flow, "separate-room"))
    if how == "enter":
        qtbot.keyClick(flow.template_list, Qt.Key.Key_Return)
    else:
        qtbot.mouseClick(flow.use_template_button, CLICK)
    assert flow.step == flow.ACTION
    qtbot.keyClicks(QApplication.focusWidget(), " And I lock the door.")
    assert flow.action_edit.toPlainText() == ("For now I will sleep in a room of my own. "
                                              "And I lock the door.")
    flow.go_to(flow.CONSEQUENCE)
    example = flow.consequence_edit.toPlainText()
    qtbot.keyClicks(QApplication.focusWidget(), " Then I go.")
    assert flow.consequence_edit.toPlainText() == example + " Then I go."
