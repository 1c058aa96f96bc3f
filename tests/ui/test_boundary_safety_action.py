"""A sexual touch of a child is not a boundary to weigh up: the flow shows the
template's safety action and the numbers to call, never "if it is crossed" or "are you
willing and able?". Real vault, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryStatus
from journal.situation import Profile, ProfileStore, Situation
from ui.pages.boundaries_page import BoundariesPage
from ui.pages.boundary_flow import BoundaryFlow, TemplateRole

CLICK = Qt.MouseButton.LeftButton
SAFETY = "name-sexual-touching"


@pytest.fixture
def page(qtbot, page_env):
    # The family examples show by default for partners of someone who crossed boundaries.
    ProfileStore(page_env.vault).save(Profile(frozenset({Situation.BOUNDARIES})))
    widget = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


def choose(flow: BoundaryFlow, qtbot, template_id: str) -> None:
    rows = [flow.template_list.item(i).data(TemplateRole)
            for i in range(flow.template_list.count())]
    flow.template_list.setFocus()
    flow.template_list.setCurrentRow(rows.index(template_id))
    qtbot.keyClick(flow.template_list, Qt.Key.Key_Return)


def test_the_child_safety_template_shows_a_safety_action_not_a_consequence(page, qtbot,
                                                                         page_env):
    flow = page.flow
    qtbot.mouseClick(page.new_button, CLICK)
    choose(flow, qtbot, SAFETY)
    assert flow.step == flow.ACTION and flow.safety_action
    assert flow.step_label.text() == "Step 1 of 5"  # no "willing and able?", no status
    seen = []
    while flow.step != flow.SUMMARY:
        seen.append(flow.step)
        if flow.step == flow.NEED:  # no "the need this boundary protects"
            assert flow.step_title.text() == "What it protects"
        if flow.step == flow.CONSEQUENCE:
            assert flow.step_title.text() == "What I do at once"
            assert "crossed" not in flow.consequence_text.text()
            assert "not a boundary to weigh up" in flow.consequence_text.text()
            assert "I do not wait for it to happen again" in flow.consequence_edit.toPlainText()
            assert flow.safety_numbers.isVisibleTo(page)
            numbers = flow.safety_numbers.text()
            for number in ("0800-2000", "1712", "112", "101"):
                assert number in numbers
            # The care centres have no number: the step says how to find the nearest,
            # and the Dutch name has its English beside it.
            assert "Zorgcentra na Seksueel Geweld (sexual assault care centres)" in numbers
            assert "the centres are at hospitals" in numbers
        qtbot.mouseClick(flow.next_button, CLICK)
    assert flow.WILLING not in seen and flow.STATUS not in seen and flow.CONSEQUENCE in seen
    assert flow.step_title.text() == "My safety agreement"  # not "My boundary"
    summary = flow.summary_view.toPlainText()
    assert "What I do at once" in summary
    assert "If it is crossed" not in summary and "willing and able" not in summary
    with qtbot.waitSignal(flow.saved) as saved:
        qtbot.mouseClick(flow.next_button, CLICK)
    boundary = BoundaryStore(page_env.vault).get(saved.args[0])
    assert boundary.template_id == SAFETY and boundary.willing is None
    # Decided, never "considering" with a date to look at it again.
    assert boundary.status is BoundaryStatus.DECIDED and boundary.review_date is None
    card = page.card.details.text()
    assert "What I do at once" in card and "If it is crossed" not in card
    # The card has no crossing log to weigh, and says what she does instead.
    assert page.card.safety_note.isVisibleTo(page)
    for number in ("0800-2000", "1712", "112", "101"):
        assert number in page.card.safety_note.text()
    for widget in (page.card.log_button, page.card.log_title, page.card.counts_label,
                   page.card.empty_log, page.card.log_view, page.card.crossing_form,
                   page.card.status_combo, page.card.status_title):
        assert not widget.isVisibleTo(page)
    page.card.open_crossing_form()
    assert not page.card.crossing_form.isVisibleTo(page)
    page.show_list()
    row = page.list_view.model().index(0, 0).data()
    assert "crossed" not in row.lower() and "overschreden" not in row.lower()
    assert "considering" not in row.lower()


def groups(flow: BoundaryFlow) -> list[tuple[str, list[str]]]:
    """The examples list as she sees it: each heading with the examples under it."""
    found: list[tuple[str, list[str]]] = []
    for row in range(flow.template_list.count()):
        item = flow.template_list.item(row)
        if item.data(TemplateRole):
            found[-1][1].append(item.data(TemplateRole))
        else:
            found.append((item.text(), []))
    return found


@pytest.mark.parametrize("situations", [
    (), (Situation.UNSURE,), (Situation.BOUNDARIES,), (Situation.ADDICTION,),
    (Situation.ADDICTION, Situation.BOUNDARIES)])
def test_the_safety_action_comes_first_under_its_heading_for_every_answer(
        qtbot, page_env, situations):
    """Wherever it shows, the child-safety action is the first group, where minutes
    count; her own examples follow under "For yourself", the family examples last."""
    ProfileStore(page_env.vault).save(Profile(frozenset(situations)))
    widget = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(widget)
    widget.new_boundary()
    flow = widget.flow
    flow.family_box.setChecked(True)  # with "only his addiction" it shows with these
    headings = [heading for heading, _ in groups(flow)]
    assert headings == ["When a child is not safe", "For yourself",
                        "For families: keeping children safe"]
    assert groups(flow)[0][1] == [SAFETY]
    assert "no-sexual-contact" in groups(flow)[1][1]
    assert flow.template_list.currentItem().data(TemplateRole) == SAFETY
    flow.family_box.setChecked(False)
    expected = ["For yourself"] if situations == (Situation.ADDICTION,) else [
        "When a child is not safe", "For yourself"]
    assert [heading for heading, _ in groups(flow)] == expected


def test_a_boundary_of_her_own_keeps_its_crossing_log(page, qtbot, page_env):
    from journal.boundary_models import BoundaryDraft
    boundary = BoundaryStore(page_env.vault).create(BoundaryDraft(
        action="For now I will sleep in the study.", consequence="I stay there."))
    page.open_boundary(boundary)
    assert page.card.log_button.isVisibleTo(page) and page.card.empty_log.isVisibleTo(page)
    assert not page.card.safety_note.isVisibleTo(page)


def test_back_from_support_skips_willing_and_other_templates_keep_it(page, qtbot):
    flow = page.flow
    qtbot.mouseClick(page.new_button, CLICK)
    choose(flow, qtbot, SAFETY)
    flow.go_to(flow.SUPPORT)
    flow.back()
    assert flow.step == flow.CONSEQUENCE
    # A boundary of her own keeps the consequence framing and the willing step.
    flow.start_new()
    choose(flow, qtbot, "separate-room")
    assert not flow.safety_action and flow.step_label.text() == "Step 1 of 7"
    flow.go_to(flow.CONSEQUENCE)
    assert flow.step_title.text() == "If it is crossed"
    assert flow.safety_numbers.isHidden()
    flow.next()
    assert flow.step == flow.WILLING


@pytest.mark.parametrize(("situations", "shown"), [
    ((), True), ((Situation.UNSURE,), True), ((Situation.BOUNDARIES,), True),
    ((Situation.ADDICTION,), False), ((Situation.ADDICTION, Situation.BOUNDARIES), True)])
def test_the_safety_action_is_there_unless_she_said_it_is_only_his_addiction(
        qtbot, page_env, situations, shown):
    ProfileStore(page_env.vault).save(Profile(frozenset(situations)))
    widget = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(widget)
    widget.new_boundary()
    flow = widget.flow

    def rows() -> list[str]:
        return [flow.template_list.item(i).data(TemplateRole)
                for i in range(flow.template_list.count())]

    assert (SAFETY in rows()) is shown
    # Chosen only when it is on top, where she sees it (it never is below her examples).
    first = next(r for r in rows() if r)
    assert flow.template_list.currentItem().data(TemplateRole) == first
    flow.family_box.setChecked(True)
    assert SAFETY in rows()  # she can always show it with the family examples


def shown_texts(flow: BoundaryFlow) -> list[str]:
    """Every text she can see or hear in the flow as it is now: labels, buttons,
    placeholders, the summary card, tooltips and what a screen reader says."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import (
        QAbstractButton,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextBrowser,
        QWidget,
    )

    def plain(text: str) -> str:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()

    texts = []
    for widget in flow.findChildren(QWidget):
        if not widget.isVisibleTo(flow):
            continue
        texts += [widget.accessibleName(), widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QTextBrowser):
            texts.append(widget.toPlainText())
    return [t for t in texts if t]


@pytest.fixture(params=["en", "nl"])
def language(request, qapp, page_env):
    from PySide6.QtCore import QTranslator

    from ui import resources

    page_env.settings.language_override = request.param
    translator = QTranslator()
    if request.param == "nl":
        assert translator.load(str(resources.translation_file("nl")))
        qapp.installTranslator(translator)
    yield request.param
    qapp.removeTranslator(translator)


def test_the_safety_action_never_calls_itself_a_boundary(qtbot, page_env, language,
                                                         message_log):
    ProfileStore(page_env.vault).save(Profile(frozenset({Situation.BOUNDARIES})))
    flow = BoundaryFlow(page_env.vault, page_env.settings)
    qtbot.addWidget(flow)
    flow.resize(1000, 760)
    flow.show()
    flow.start_new()
    flow.choose_template(SAFETY)
    word = {"en": "boundar", "nl": "grens"}[language]
    # The one place it may say the word: where it says it is *not* a boundary.
    not_one = {"en": "not a boundary to weigh up", "nl": "geen grens om af te wegen"}[language]
    seen = []
    while True:
        seen.append(flow.step)
        for text in shown_texts(flow):
            assert word not in text.lower().replace(not_one, ""), (flow.step, text)
        if flow.step == flow.ACTION:  # its example fits a safety action, not a bedroom
            assert ("study" if language == "en" else "werkkamer") not in " ".join(
                shown_texts(flow))
        if flow.step == flow.SUMMARY:
            break
        flow.next()
    assert seen == [flow.ACTION, flow.NEED, flow.CONSEQUENCE, flow.SUPPORT, flow.SUMMARY]
    # Stopping half way asks about the safety agreement too.
    message_log.answer = False
    flow.cancel()
    (_kind, title, text), = message_log.calls
    assert word not in title.lower() and word not in text.lower()


# -- from the safety plan ----------------------------------------------------------------

def safety_page(qtbot, page_env, situations):
    from ui.pages.safety_page import SafetyPage

    ProfileStore(page_env.vault).save(Profile(frozenset(situations)))
    widget = SafetyPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    return widget


@pytest.mark.parametrize(("situations", "shown"), [
    ((), True), ((Situation.UNSURE,), True), ((Situation.BOUNDARIES,), True),
    ((Situation.ADDICTION,), False), ((Situation.ADDICTION, Situation.BOUNDARIES), True)])
def test_the_safety_plan_links_the_safety_action_as_the_examples_do(qtbot, page_env,
                                                                    situations, shown):
    page = safety_page(qtbot, page_env, situations)
    assert page.safety_action_link.isVisibleTo(page) is shown


def test_the_safety_plan_link_is_inside_help_now_above_the_numbers(qtbot, page_env):
    page = safety_page(qtbot, page_env, {Situation.BOUNDARIES})
    card, link = page.help_card, page.safety_action_link
    assert card.isAncestorOf(link) and link.isVisibleTo(page)
    first_line = card.lines["nl-112"]
    assert link.mapTo(card, link.rect().bottomLeft()).y() < first_line.mapTo(
        card, first_line.rect().topLeft()).y()


def test_the_safety_plan_link_opens_the_flow_then_the_agreement(qtbot, page_env):
    page = safety_page(qtbot, page_env, {Situation.BOUNDARIES})
    link = page.safety_action_link
    assert "touched sexually" in link.text()
    with qtbot.waitSignal(page_env.hub.exercise_requested) as asked:
        link.linkActivated.emit("safety-action")
    assert asked.args == ["boundary", SAFETY, ""]
    # Once she has it, the link opens her own safety agreement.
    flow = BoundaryFlow(page_env.vault, page_env.settings)
    qtbot.addWidget(flow)
    flow.start_new()
    flow.choose_template(SAFETY)
    boundary_id = flow.save()
    page_env.hub.records_changed.emit("boundary")
    assert "My safety agreement" in link.text()
    with qtbot.waitSignal(page_env.hub.open_record_requested) as opened:
        link.linkActivated.emit("safety-action")
    assert opened.args == ["boundary", boundary_id]


def test_the_link_follows_a_changed_situation(qtbot, page_env):
    page = safety_page(qtbot, page_env, {Situation.ADDICTION})
    assert not page.safety_action_link.isVisibleTo(page)
    ProfileStore(page_env.vault).save(Profile(frozenset({Situation.UNSURE})))
    page_env.hub.settings_changed.emit()
    assert page.safety_action_link.isVisibleTo(page)


def test_from_the_safety_plan_to_the_safety_action_in_the_app(make_app, qtbot,
                                                              closed_vault):
    from tests.ui.conftest import unlock_with

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page("safety")
    workspace.safety_page.safety_action_link.linkActivated.emit("safety-action")
    boundaries = workspace.boundaries_page
    assert workspace.current_page == workspace.pages.indexOf(boundaries)
    flow = boundaries.flow
    assert flow.isVisible() and flow.step == flow.ACTION and flow.safety_action


def test_the_safety_action_does_not_throw_away_a_boundary_she_is_writing(
        qtbot, page, message_log):
    flow = page.flow
    page.new_boundary()
    choose(flow, qtbot, "separate-room")
    flow.action_edit.setPlainText("For now I sleep upstairs.")
    message_log.answer = False  # "Keep writing"
    page.new_from_template(SAFETY)
    assert [kind for kind, *_ in message_log.calls] == ["confirm"]
    assert not flow.safety_action
    assert flow.action_edit.toPlainText() == "For now I sleep upstairs."
    message_log.answer = True  # "Throw away"
    page.new_from_template(SAFETY)
    assert flow.safety_action and flow.step == flow.ACTION
    # Her safety agreement half written comes back as she left it, without a question.
    flow.action_edit.setPlainText("I step in.")
    page.new_from_template(SAFETY)
    assert len(message_log.calls) == 2
    assert flow.safety_action and flow.action_edit.toPlainText() == "I step in."


def test_enter_on_the_first_step_takes_the_example_shown_as_chosen(page, qtbot):
    """The hint says "(Enter)": the examples list has the focus when the step opens, so
    Enter takes the chosen example (it did nothing: the focus was on "Start from
    scratch", and a Space then began an empty boundary)."""
    from tests.ui.conftest import show_active

    show_active(qtbot, page, 1000, 760)
    flow = page.flow
    qtbot.mouseClick(page.new_button, CLICK)
    assert flow.step == flow.START
    assert flow.template_list.hasFocus()
    chosen = flow.template_list.currentItem().data(TemplateRole)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert flow.step == flow.ACTION
    assert flow._template_id == chosen and flow.action_edit.toPlainText().strip()


def test_with_the_safety_action_on_top_enter_does_not_choose_an_adult_example(page, qtbot):
    """The first item is the safety action: Enter picks it, what she sees on top, and not
    "No sexual contact for now" below it."""
    flow = page.flow
    qtbot.mouseClick(page.new_button, CLICK)
    assert flow.template_list.item(1).data(TemplateRole) == SAFETY  # under its heading
    assert flow.template_list.currentRow() == 1
    assert flow.template_list.item(1).isSelected()  # shown as chosen, not only current
    flow.template_list.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(flow.template_list, Qt.Key.Key_Return)
    assert flow.step == flow.ACTION and flow.safety_action


@pytest.mark.parametrize("by_key", [False, True])
def test_after_ticking_the_family_examples_enter_takes_the_example_on_top(
        qtbot, page_env, by_key):
    """With "only his addiction" she ticks "Also show examples for families": the safety
    action comes on top, chosen, and Enter (as the hint says) takes it; the focus stayed
    on the check box, where Enter did nothing."""
    from tests.ui.conftest import show_active

    ProfileStore(page_env.vault).save(Profile(frozenset({Situation.ADDICTION})))
    page = show_active(qtbot, BoundariesPage(page_env.vault, page_env.hub,
                                             page_env.settings), 1000, 760)
    flow = page.flow
    qtbot.mouseClick(page.new_button, CLICK)
    assert not flow.family_box.isChecked()
    if by_key:
        flow.family_box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(flow.family_box, Qt.Key.Key_Space)
    else:
        box = flow.family_box
        qtbot.mouseClick(box, CLICK, pos=QPoint(8, box.height() // 2))  # on its tick
    assert flow.family_box.isChecked()
    assert flow.template_list.hasFocus()
    assert flow.template_list.currentItem().data(TemplateRole) == SAFETY
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert flow.step == flow.ACTION and flow.safety_action
