"""Safety plan, support network, agenda and guidance pages; "Help now" from every page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLabel

from journal.agenda import AgendaStore
from journal.safety import SafetyStore
from journal.support import SupportStore
from tests.ui.conftest import run_queued, unlock_with


def test_help_now_is_reachable_from_every_page(make_app, qtbot, closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    safety = workspace.pages.indexOf(workspace.safety_page)
    for index in range(workspace.page_count):
        workspace.show_page(index)
        assert workspace.help_now_button.isVisible(), index
        workspace.help_now_button.click()
        assert workspace.current_page == safety
        assert workspace.safety_page.help_card.isVisible()
        assert workspace.safety_page.scroll_area.verticalScrollBar().value() == 0
        assert "112" in " ".join(
            w.text() for w in workspace.safety_page.help_card.findChildren(type(
                workspace.sidebar_title)))


def test_help_now_keeps_advice_lines_apart_from_emergency_numbers(page_env, qtbot):
    from ui.pages.safety_page import HelpNowCard

    card = HelpNowCard("en")
    qtbot.addWidget(card)
    # Per country: emergency, crisis, advice, and where to report last.
    assert card.headings == 2 * ["Emergency numbers", "Crisis lines",
                                 "Advice lines (not for emergencies)", "Reporting (not urgent)"]
    texts = {w.objectName(): w.text() for w in card.findChildren(type(card.children()[1]))
             if w.objectName().startswith("helpline_")}
    assert "101" in texts["helpline_be-101"] and "Weekdays" in texts["helpline_be-1712"]
    assert "113 / 0800-0113" in texts["helpline_nl-113"]
    assert "Free" in texts["helpline_nl-veilig-thuis"]
    assert "0900-8844" in texts["helpline_nl-police"]
    # A reporting point without a number says where its form is.
    assert "childfocus.be" in texts["helpline_be-child-focus-report"]
    assert "meldpunt-kinderporno.nl" in texts["helpline_nl-meldpunt-kinderporno"]
    # A place without one number says how to find the nearest one.
    assert "hospitals" in texts["helpline_be-zsg"]
    assert "police station" in texts["helpline_be-police-report"]


def test_a_helpline_she_unticks_is_gone_from_help_now_but_emergency_numbers_stay(
        make_app, qtbot, closed_vault):
    from PySide6.QtCore import Qt

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    SupportStore(app.window.vault).set_helpline_hidden("nl-112", True)  # an older vault
    workspace.open_help_now()
    card = workspace.safety_page.help_card
    assert card.lines["be-1712"].isVisible() and card.lines["nl-112"].isVisible()
    workspace.show_page(workspace.pages.indexOf(workspace.page("support")))
    support = workspace.page("support")
    lines = support.helpline_list
    item = next(lines.item(i) for i in range(lines.count())
                if lines.item(i).data(Qt.ItemDataRole.UserRole) == "be-1712")
    item.setCheckState(Qt.CheckState.Unchecked)
    workspace.open_help_now()
    assert not card.lines["be-1712"].isVisible()
    assert card.lines["nl-112"].isVisible() and card.lines["be-112"].isVisible()
    item.setCheckState(Qt.CheckState.Checked)
    assert card.lines["be-1712"].isVisible()


def test_safety_plan_is_saved_on_page_switch(make_app, qtbot, closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("safety")
    workspace.safety_page.fields["concerns"].setPlainText("My niece visits on Fridays.")
    workspace.show_page(0)
    assert SafetyStore(app.window.vault).plan().concerns == "My niece visits on Fridays."


def test_support_page_adds_a_person_and_hides_a_helpline(page_env, qtbot, message_log):
    from ui.pages.support_page import SupportPage

    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.name_edit.setText("Anna")
    page.advise_check.setChecked(True)
    assert page.add_person()
    people = SupportStore(page_env.vault).all()
    assert [(p.name, p.may_advise) for p in people] == [("Anna", True)]
    from PySide6.QtCore import Qt
    rows = [page.helpline_list.item(i) for i in range(page.helpline_list.count())]
    headings = [r.text() for r in rows if not r.data(Qt.ItemDataRole.UserRole)]
    assert headings[:3] == ["Emergency numbers", "Crisis lines",
                            "Advice lines (not for emergencies)"]
    emergency = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole) == "nl-112")
    assert not emergency.flags() & Qt.ItemFlag.ItemIsUserCheckable  # never hidden
    item = next(r for r in rows if r.data(Qt.ItemDataRole.UserRole) == "be-1712")
    item.setCheckState(Qt.CheckState.Unchecked)
    assert SupportStore(page_env.vault).hidden_helplines() == {"be-1712"}
    message_log.answer = True
    page.delete_person()
    assert SupportStore(page_env.vault).all() == []


def test_a_helpline_whose_name_holds_its_number_shows_the_number_once(page_env, qtbot):
    """The Support list read "1712 · 1712, helpline for violence…"."""
    from PySide6.QtCore import Qt

    from ui.pages.support_page import SupportPage

    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    rows = [page.helpline_list.item(i) for i in range(page.helpline_list.count())]
    first = {r.data(Qt.ItemDataRole.UserRole): r.text().split("\n")[0] for r in rows}
    assert first["be-1712"] == "1712 · Helpline for violence, abuse and child abuse (Belgium)"
    assert [line for line in first.values() if line.count("1712") > 1] == []
    assert first["nl-veilig-thuis"].startswith("0800-2000 · Veilig Thuis")


def test_agenda_page_adds_and_marks_discussed(page_env, qtbot):
    from PySide6.QtCore import QDate, Qt

    from ui.pages.agenda_page import AgendaPage

    page = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.topic_edit.setText("How do I tell my mother?")
    page.add_topic()
    assert page.open_list.count() == 1
    page.open_list.item(0).setCheckState(Qt.CheckState.Checked)
    page.session_edit.setDate(QDate(2024, 5, 7))
    page.mark_ticked()
    store = AgendaStore(page_env.vault)
    assert store.open_items() == []
    assert [i.discussed_on for i in store.discussed()] == [date(2024, 5, 7)]


def test_guidance_prompt_opens_a_new_entry(page_env, qtbot):
    from ui.pages.guidance_page import GuidancePage

    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    assert page.article is not None and page.prompt_buttons
    with qtbot.waitSignal(page_env.hub.new_entry_requested) as signal:
        page.prompt_buttons[0].linkActivated.emit(page.article.prompts[0])
    assert signal.args == [page.article.prompts[0]]


def test_deleting_someone_who_supports_a_boundary_says_the_boundary_stays(
        page_env, qtbot, message_log):
    from journal.boundaries import BoundaryStore
    from journal.boundary_models import BoundaryDraft
    from journal.support import SupportDraft
    from ui.pages.support_page import SupportPage

    store = SupportStore(page_env.vault)
    anna = store.create(SupportDraft("Anna"))
    boundary = BoundaryStore(page_env.vault).create(
        BoundaryDraft("I call Anna when it gets too much.", support="Anna, or my group"),
        people=[anna])
    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.open_person(anna)
    message_log.answer = False
    page.delete_person()
    assert "what you wrote there yourself stays" in message_log.texts()[-1]
    assert BoundaryStore(page_env.vault).get(boundary).people == [(anna, "Anna")]
    message_log.answer = True
    page.delete_person()
    kept = BoundaryStore(page_env.vault).get(boundary)
    assert kept.people == [] and kept.support == "Anna, or my group"


def test_the_safety_plan_links_the_article_on_images_of_minors(make_app, qtbot, closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("safety")
    link = workspace.safety_page.images_link
    assert link.isVisible() and 'href="accused-images-of-minors"' in link.text()
    workspace.guidance_page.search_edit.setText("faith")  # a search that hides it
    link.linkActivated.emit("accused-images-of-minors")
    assert workspace.current_page == workspace.pages.indexOf(workspace.guidance_page)
    assert workspace.guidance_page.article.id == "accused-images-of-minors"


def test_the_safety_plan_says_where_to_go_after_sexual_pressure_or_force(
        make_app, qtbot, closed_vault):
    """Pressure or force towards her is a matter of safety: the plan links the article that
    names the Centrum Seksueel Geweld and the Zorgcentra, and Help now lists both."""
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("safety")
    page = workspace.safety_page
    shown = {w.objectName() for w in page.help_card.findChildren(QLabel)}
    assert {"helpline_nl-csg", "helpline_be-zsg"} <= shown
    link = page.coercion_link
    assert link.isVisible() and 'href="seek-support"' in link.text()
    link.linkActivated.emit("seek-support")
    assert workspace.current_page == workspace.pages.indexOf(workspace.guidance_page)
    article = workspace.guidance_page.article
    assert article.id == "seek-support"
    assert "0800-0188" in article.body and "Zorgcentrum na Seksueel Geweld" in article.body


def test_a_helpline_number_is_not_repeated_in_its_name():
    import re

    from journal.support import INCLUDED_HELPLINES
    from ui.helplines import number_and_name

    assert number_and_name("1712", "1712, hulplijn geweld, misbruik en kindermishandeling") \
        == "<b>1712</b> · Hulplijn geweld, misbruik en kindermishandeling"
    assert number_and_name("1813", "Zelfmoordlijn 1813") == "<b>1813</b> · Zelfmoordlijn"
    assert number_and_name("113 / 0800-0113", "113 Zelfmoordpreventie") \
        == "<b>113 / 0800-0113</b> · Zelfmoordpreventie"
    assert number_and_name("112", "112") == "<b>112</b>"
    # Every included line, in both languages: its number in bold, not again after it.
    for line in INCLUDED_HELPLINES:
        for lang in ("en", "nl"):
            text = number_and_name(line.number, line.text(lang)[0])
            name = text.rpartition("</b>")[2]
            for number in filter(None, re.split(r"\s*/\s*", line.number)):
                assert not re.search(rf"\b{re.escape(number)}\b", name), (line.id, text)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_each_part_of_a_helplines_details_starts_with_a_capital(lang):
    """"Day and night · Free · Calls cost money": each part the same way, not one
    lowercase among capitals ("bellen kost geld" stood alone at the start of a line)."""
    from journal.support import INCLUDED_HELPLINES
    from tests.ui.test_notices import language
    from ui.helplines import helpline_details

    with language(lang):
        parts = [part for line in INCLUDED_HELPLINES
                 for part in helpline_details(line, lang).split(" · ") if part]
    assert any(line.free is False for line in INCLUDED_HELPLINES)  # "calls cost money"
    assert parts and [p for p in parts if p[0].islower()] == []


def test_a_helpline_without_one_number_shows_its_name_without_a_stray_dot():
    from journal.support import INCLUDED_HELPLINES
    from ui.helplines import number_and_name

    assert number_and_name("", "Zorgcentra") == "<b>Zorgcentra</b>"
    assert number_and_name("0800-2000", "Veilig Thuis") == "<b>0800-2000</b> · Veilig Thuis"
    assert any(not line.number for line in INCLUDED_HELPLINES)  # such lines exist


def test_agenda_delete_waits_for_a_chosen_topic(page_env, qtbot):
    """Nothing chosen, nothing to delete: also after she tabs into and out of a list, and
    after a topic is marked discussed."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import show_active
    from ui.pages.agenda_page import AgendaPage

    store = AgendaStore(page_env.vault)
    store.add("Whether to keep the holiday boundary")
    done = store.add("Telling my mother")
    store.mark_discussed(done, date(2024, 5, 7))
    page = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    show_active(qtbot, page, 880, 700)
    buttons = (page.delete_open_button, page.delete_done_button)
    assert not any(b.isEnabled() for b in buttons)
    for view in (page.open_list, page.done_list):
        view.setFocus(Qt.FocusReason.TabFocusReason)
        assert not any(b.isEnabled() for b in buttons)
    page.done_list.setCurrentRow(0)
    assert page.delete_done_button.isEnabled() and not page.delete_open_button.isEnabled()
    page.open_list.setCurrentRow(0)
    assert page.delete_open_button.isEnabled() and not page.delete_done_button.isEnabled()
    page.open_list.item(0).setCheckState(Qt.CheckState.Checked)
    page.mark_ticked()
    assert not any(b.isEnabled() for b in buttons)


def test_each_agenda_list_has_its_own_delete_under_it(page_env, qtbot, message_log):
    """"Delete" sat at the right of the "Discussed" heading but also deleted open topics
    (the sixth trial): each list now has a "Delete…" below it, for its own chosen row."""
    from tests.ui.conftest import show_active
    from ui.pages.agenda_page import AgendaPage

    store = AgendaStore(page_env.vault)
    store.add("Added by mistake")
    store.add("Whether to keep the holiday boundary")
    store.mark_discussed(store.add("Telling my mother"), date(2024, 5, 7))
    page = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    show_active(qtbot, page, 880, 700)

    def top(widget) -> int:
        return widget.mapTo(page, widget.rect().topLeft()).y()

    def bottom(widget) -> int:
        return top(widget) + widget.height()

    for button, view in ((page.delete_open_button, page.open_list),
                         (page.delete_done_button, page.done_list)):
        assert button.text() == "Delete…"
        assert top(button) >= bottom(view)
    assert bottom(page.delete_open_button) <= top(page.done_list)
    message_log.answer = True
    page.open_list.setCurrentRow(0)
    page.delete_open_button.click()
    assert message_log.calls[-1][:2] == ("confirm", "Delete this topic?")
    assert [i.text for i in store.open_items()] == ["Whether to keep the holiday boundary"]
    assert len(store.discussed()) == 1
    page.done_list.setCurrentRow(0)
    page.delete_done_button.click()
    assert store.discussed() == [] and len(store.open_items()) == 1


def test_the_helpline_list_is_as_tall_as_its_lines_and_the_page_scrolls(page_env, qtbot):
    """Twenty lines in a box of three and a half (the fourth trial): the list shows every
    line, and the page scrolls as a whole, for any number of lines."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QListWidgetItem, QScrollArea

    from ui.pages.support_page import SupportPage

    page = SupportPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.resize(900, 640)
    page.show()
    qtbot.waitExposed(page)
    view = page.helpline_list

    def all_rows_shown() -> bool:
        rows = sum(view.sizeHintForRow(row) for row in range(view.count()))
        return (view.verticalScrollBar().maximum() == 0
                and view.viewport().height() >= rows)

    qtbot.waitUntil(all_rows_shown)
    area = view.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    assert area.verticalScrollBar().maximum() > 0  # the page scrolls instead
    # A wheel turn over the list (arriving at the window, as from the mouse) scrolls the
    # page: the list itself has nothing to scroll.
    bar = area.verticalScrollBar()
    bar.setValue(view.mapTo(area.widget(), QPoint(0, 0)).y())
    start = bar.value()
    window = page.window()
    point = view.viewport().mapTo(window, QPoint(40, 40))
    QTest.wheelEvent(window.windowHandle(), QPointF(point), QPoint(0, -120))
    qtbot.waitUntil(lambda: bar.value() > start)
    before = view.height()
    view.addItem(QListWidgetItem("One more line\nAbout it"))  # another category's line
    qtbot.waitUntil(lambda: view.height() > before and all_rows_shown())
    page.resize(520, 640)  # narrower: the descriptions wrap onto more lines
    qtbot.waitUntil(all_rows_shown)


@pytest.mark.parametrize("people", [0, 5])
def test_help_now_at_reporting_puts_that_group_on_top(make_app, qtbot, closed_vault, people):
    """A link to "Reporting (not urgent)" shows that heading at the top of the page and
    its first lines under it, not the emergency numbers with the heading at the bottom
    edge; also when "My people" above it is long."""
    from PySide6.QtCore import QPoint

    from journal.support import SupportDraft

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("safety")  # built and laid out before her people are added
    for n in range(people):
        SupportStore(app.window.vault).create(SupportDraft(f"Friend {n}", contact="06-1234"))
    workspace.open_help_now_at("report")
    run_queued(qtbot)  # the layout as she sees it, "My people" included
    safety = workspace.safety_page
    card = safety.help_card
    assert len(card.people) == people
    viewport = safety.scroll_area.viewport()

    def span(widget) -> tuple[int, int]:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return top, top + widget.height()

    title_top, _ = span(card.section_titles["report"])
    assert 0 <= title_top <= viewport.height() // 10
    line_top, line_bottom = span(card.lines["nl-police"])
    assert title_top < line_top and line_bottom <= viewport.height()


def test_next_session_makes_the_summary_as_today_does(make_app, qtbot, closed_vault):
    """Where she prepares for her therapist, the summary is one click away, not only at
    the bottom of Today: the same dialog, opened the same way."""
    from PySide6.QtCore import Qt

    from tests.ui.conftest import when_modal
    from ui.dialogs.report_dialog import ReportDialog

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    seen: list[tuple[str, object, bool]] = []

    def look(where: str):
        def act(dialog: ReportDialog) -> None:
            seen.append((where, dialog.parentWidget(), workspace.report_dialog is dialog))
            dialog.reject()
        return act

    workspace.show_page("agenda")
    page = workspace.agenda_page
    assert page.summary_button.text() == "Make a summary…"
    assert workspace.report_card.open_button.text() == "Make a summary…"  # one name
    when_modal(ReportDialog, look("agenda"))
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    workspace.show_page("today")
    when_modal(ReportDialog, look("today"))
    qtbot.mouseClick(workspace.report_card.open_button, Qt.MouseButton.LeftButton)
    assert seen == [("agenda", workspace, True), ("today", workspace, True)]
    assert workspace.report_dialog is None
