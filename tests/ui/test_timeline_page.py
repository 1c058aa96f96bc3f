"""The timeline page: events with rough dates, every kind of dated record, filters,
zoom, and jumping to a record."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from journal.events import EventDraft, EventStore, Precision, Source, When
from tests.core.test_timeline import everything  # noqa: F401  (a fixture)
from tests.ui.conftest import unlock_with
from ui.models.timeline_model import DAYS, MONTHS, YEARS, HeaderRole, ItemRole

pytestmark = pytest.mark.usefixtures("english")  # "1 thing", as in the app


@pytest.fixture
def page(page_env, qtbot):
    from ui.pages.timeline_page import TimelinePage

    page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    return page


def rows(page) -> list[str]:
    model = page.model
    return [model.index(r).data() for r in range(model.rowCount())]


def settle(qtbot, page) -> None:
    """Wait until the rows of the newest request (read on a worker) are in."""
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)


def rows_in(qtbot, page_env, lang: str) -> list[str]:
    """The rows of a timeline page made in `lang` ("en" or "nl")."""
    from PySide6.QtCore import QLocale, QTranslator

    from ui import resources
    from ui.pages.timeline_page import TimelinePage

    translator, before = QTranslator(), QLocale()
    if lang == "nl":
        assert translator.load("haven_nl", str(resources.translations_dir()))
        QApplication.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Dutch))
    page_env.settings.language_override = lang
    try:
        page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
        qtbot.addWidget(page)
        settle(qtbot, page)
        return rows(page)
    finally:
        QApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def test_she_writes_down_an_event_with_a_rough_date(qtbot, page, page_env):
    page.what_edit.setPlainText("The first messages on his laptop")
    page.precision_combo.setCurrentIndex(page.precision_combo.findData("season"))
    page.day_edit.setDate(QDate(2019, 4, 10))
    settle(qtbot, page)
    assert page.shown_label.text() == "Shown as: Spring 2019"
    page.source_combo.setCurrentIndex(page.source_combo.findData("found"))
    page.note_edit.setPlainText("I still remember the cold")
    page.save_button.click()
    settle(qtbot, page)
    [event] = EventStore(page_env.vault).all()
    assert (event.when.precision, event.when.start, event.when.end) == (
        Precision.SEASON, date(2019, 3, 1), date(2019, 5, 31))
    assert (event.what, event.source, event.note) == ("The first messages on his laptop",
                                                      Source.FOUND, "I still remember the cold")
    assert rows(page) == ["Spring 2019\n1 thing",
                          "The first messages on his laptop\nSpring 2019 · I found it"]


def test_an_event_without_what_is_not_saved_and_not_lost(qtbot, page, page_env):
    page.note_edit.setPlainText("Only a note")
    assert page.save_now() is False
    assert page.error_label.isVisibleTo(page)
    assert page.save_pending() is True  # nothing to save yet: nothing lost either
    assert page.note_edit.toPlainText() == "Only a note"
    assert EventStore(page_env.vault).count() == 0


def test_how_she_knows_it_is_never_chosen_for_her(qtbot, page, page_env):
    # A default would turn "I suspect it" into "I saw it" in her record and her summary.
    assert page.source_combo.currentIndex() == -1
    assert page.source_combo.placeholderText() == "Choose how you know it"
    page.what_edit.setPlainText("He came home late again")
    assert page.save_now() is False
    assert "Choose how you know it first" in page.source_error.text()
    assert "I'm not sure any more" in page.source_error.text()
    assert page.save_pending() is True  # not saved, and still in the form
    assert page.what_edit.toPlainText() == "He came home late again"
    assert EventStore(page_env.vault).count() == 0
    page.source_combo.setCurrentIndex(page.source_combo.findData("suspect"))
    assert page.save_now() is True
    [event] = EventStore(page_env.vault).all()
    assert event.source is Source.SUSPECT
    page.new_event()
    assert page.source_combo.currentIndex() == -1


def test_all_the_time_shows_no_date_range_that_contradicts_the_list(qtbot, page):
    # A range "a year ago - today" beside "All the time" contradicted older items.
    page.show()
    filters = page.filters
    assert filters.all_time_check.isChecked()
    assert not filters.from_edit.isVisible() and not filters.to_edit.isVisible()
    filters.all_time_check.setChecked(False)
    assert filters.from_edit.isVisible() and filters.to_edit.isVisible()
    filters.all_time_check.setChecked(True)
    assert not filters.from_edit.isVisible()
    filters.zoom_in(date(2024, 1, 1), date(2024, 12, 31), filters.zoom())
    assert filters.from_edit.isVisible() and filters.period() == (date(2024, 1, 1),
                                                                  date(2024, 12, 31))


def test_her_own_words_for_the_date_are_shown(qtbot, page, page_env):
    EventStore(page_env.vault).create(EventDraft(
        When.around(date(2020, 12, 25), "around Christmas 2020"), "He told me", Source.HE_TOLD))
    page.reload()
    settle(qtbot, page)
    assert rows(page)[1] == "He told me\naround Christmas 2020 · He told me"
    assert rows(page)[0] == "Around 25 December 2020\n1 thing"


def test_every_kind_shows_in_order_and_filters_apply(qtbot, page, everything):  # noqa: F811
    page.reload()
    settle(qtbot, page)
    items = [page.model.item_at(r) for r in range(page.model.rowCount())]
    assert [i.kind for i in items if i is not None] == [
        "event", "milestone", "boundary", "boundary", "crossing", "need", "need",
        "checkin", "checkin", "sti_test", "session"]
    texts = rows(page)
    assert "I found the messages\n5 January 2023 · I found it" in texts
    assert "First therapy\n1 February 2023 · Milestone in my journal" in texts
    assert "I sleep in the guest room\n10 March 2023 · Boundary: Communicated" in texts
    assert "A very hard day\n1 June 2023 · Check-in, mood 1 of 10" in texts
    assert "Session: Trust · Money\n1 August 2023" in texts
    assert page.count_label.text() == "11 things"
    page.filters.kind_actions["checkin"].setChecked(False)
    settle(qtbot, page)
    page.filters.kind_actions["boundary"].setChecked(False)
    settle(qtbot, page)
    assert page.model.item_count == 7
    page.filters.all_time_check.setChecked(False)
    settle(qtbot, page)
    page.filters.from_edit.setDate(QDate(2023, 5, 1))
    settle(qtbot, page)
    page.filters.to_edit.setDate(QDate(2023, 7, 31))
    settle(qtbot, page)
    assert [page.model.item_at(r).kind for r in range(page.model.rowCount())
            if page.model.item_at(r)] == ["need", "need", "sti_test"]


def test_zoom_from_years_to_days(qtbot, page, page_env, everything):  # noqa: F811
    EventStore(page_env.vault).create(EventDraft(When.in_year(2019), "It began"))
    page.filters.zoom_combo.setCurrentIndex(page.filters.zoom_combo.findData(YEARS))
    settle(qtbot, page)
    assert rows(page) == ["2019\n1 thing", "2023\n11 things"]
    page._on_activated(page.model.index(1))  # a year: its months
    settle(qtbot, page)
    assert page.model.zoom == MONTHS
    assert rows(page)[:2] == ["January 2023\n1 thing", "February 2023\n1 thing"]
    page._on_activated(page.model.index(2))  # March: its days
    settle(qtbot, page)
    assert page.model.zoom == DAYS
    assert rows(page)[0] == "1 March 2023\n1 thing"
    assert [page.model.index(r).data(HeaderRole) for r in range(3)] == [True, False, True]
    page.filters.back_button.click()
    settle(qtbot, page)
    assert page.model.zoom == YEARS and len(rows(page)) == 2


def test_choosing_an_item_opens_its_record(page, page_env, everything, qtbot):  # noqa: F811
    asked = []
    page_env.hub.open_record_requested.connect(lambda kind, i: asked.append((kind, i)))
    page.reload()
    settle(qtbot, page)
    for row in range(page.model.rowCount()):
        item = page.model.index(row).data(ItemRole)
        if item is not None and item.kind != "event":
            page._on_activated(page.model.index(row))
    assert ("boundary", everything["boundary"]) in asked
    assert ("need", everything["need"]) in asked
    assert ("entry", everything["milestone"]) in asked
    assert ("checkin", everything["checkin"]) in asked
    assert {kind for kind, _ in asked} == {"boundary", "need", "entry", "checkin",
                                           "sti_test", "agenda"}
    event_row = page.model.row_of("event", everything["event"])
    page._on_activated(page.model.index(event_row))
    assert page.event_id == everything["event"]
    assert page.what_edit.toPlainText() == "I found the messages"


def test_the_workspace_jumps_from_the_timeline_to_each_record(make_app, qtbot,
                                                              closed_vault):
    from journal.boundaries import BoundaryStore
    from journal.boundary_models import BoundaryDraft
    from journal.entries import EntryStore
    from journal.models import EntryDraft

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    vault = app.window.vault
    entry = EntryStore(vault).create(EntryDraft(date(2024, 1, 2), "The talk"))
    EventStore(vault).set_milestone(entry, True)
    boundary = BoundaryStore(vault).create(BoundaryDraft("I keep my own bank account"))
    workspace = app.window.workspace
    workspace.show_page("timeline")
    page = workspace.timeline_page
    page.reload()
    settle(qtbot, page)
    page._on_activated(page.model.index(page.model.row_of("milestone", entry)))
    assert workspace.pages.currentWidget() is workspace.journal_page
    assert workspace.journal_page.editor.entry_id == entry
    workspace.show_page("timeline")
    row = next(r for r in range(page.model.rowCount())
               if (i := page.model.item_at(r)) and i.kind == "boundary")
    page._on_activated(page.model.index(row))
    assert workspace.pages.currentWidget() is workspace.boundaries_page
    boundaries = workspace.boundaries_page
    assert boundaries.stack.currentIndex() == boundaries.CARD
    assert boundaries.card._boundary.id == boundary


def test_an_entry_marked_as_a_milestone_is_on_the_timeline(page, page_env, qtbot):
    from journal.entries import EntryStore
    from ui.pages.entry_editor import EntryEditor

    store = EntryStore(page_env.vault)
    editor = EntryEditor(page_env.vault, store, page_env.settings)
    qtbot.addWidget(editor)
    editor.start_new(entry_date=date(2024, 3, 8))
    editor.title_edit.setText("I told my sister everything")
    editor.milestone_check.setChecked(True)
    assert editor.save_now()
    entry_id = editor.entry_id
    assert EventStore(page_env.vault).is_milestone(entry_id)
    page.reload()
    settle(qtbot, page)
    assert rows(page)[1] == "I told my sister everything\n8 March 2024 · Milestone in my journal"
    editor.load(store.get(entry_id))
    assert editor.milestone_check.isChecked()
    editor.milestone_check.setChecked(False)
    assert editor.save_now()
    page.reload()
    settle(qtbot, page)
    assert page.model.item_count == 0


def test_the_workspace_opens_every_kind_of_record_it_is_asked_for(make_app, qtbot,
                                                                  closed_vault):
    from journal.checkin_models import CheckinDraft
    from journal.checkins import CheckinStore
    from journal.safe_place_models import SafePlaceDraft
    from journal.safe_places import SafePlaceStore
    from journal.safety import SafetyStore, StiTest
    from journal.support import SupportDraft, SupportStore

    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    vault = app.window.vault
    workspace = app.window.workspace
    checkin = CheckinStore(vault).create(CheckinDraft(date(2025, 5, 4), mood=1))
    test = SafetyStore(vault).add_test(StiTest(date(2025, 6, 1)))
    person = SupportStore(vault).create(SupportDraft("Anna"))
    place = SafePlaceStore(vault).create(SafePlaceDraft(title="The garden bench"))
    event = EventStore(vault).create(EventDraft(When.in_year(2018), "It began"))
    for kind, record_id, page in (("checkin", checkin, "checkin"),
                                  ("sti_test", test, "safety"), ("agenda", 1, "agenda"),
                                  ("support_person", person, "support"),
                                  ("safe_place", place, "safe_places"),
                                  ("event", event, "timeline")):
        workspace.show_page("today")
        workspace.open_record(kind, record_id)
        assert workspace.pages.currentWidget() is workspace.page(page), kind
    assert workspace.checkin_page.form.mood.value == 1
    assert workspace.timeline_page.event_id == event


def test_a_long_line_is_cut_to_the_row_not_wrapped_over_the_next(qtbot):
    from PySide6.QtCore import QModelIndex, QRect, QStringListModel
    from PySide6.QtWidgets import QStyleOptionViewItem

    from ui.models.timeline_model import TimelineDelegate

    model = QStringListModel(["A title that goes on and on " * 4 + "\n7 Dec 2026 · Event"])
    delegate = TimelineDelegate()
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 220, 40)
    index = model.index(0, 0, QModelIndex())
    delegate.initStyleOption(option, index)
    first, rest = option.text.split("\n")
    assert first.endswith("…") and rest == "7 Dec 2026 · Event"
    assert option.fontMetrics.horizontalAdvance(first) <= 220


def test_the_rows_are_read_on_a_worker_through_the_reader(qtbot, page, page_env,
                                                          everything, monkeypatch):  # noqa: F811
    import threading

    from journal.timeline import Timeline
    from journal.vault import Snapshot

    settle(qtbot, page)
    seen = []
    find = Timeline.find

    def spy(self, *args, **kwargs):
        seen.append((threading.current_thread() is threading.main_thread(),
                     isinstance(self._vault, Snapshot)))
        return find(self, *args, **kwargs)

    monkeypatch.setattr(Timeline, "find", spy)
    page.reload()
    assert page.model.loading
    settle(qtbot, page)
    assert seen == [(False, True)]  # off the GUI thread, from a reader's snapshot
    assert page.model.item_count == 11 and page.count_label.text() == "11 things"


def test_a_newer_request_wins(qtbot, page, everything):  # noqa: F811
    settle(qtbot, page)
    shown = []
    page.model.loaded.connect(lambda: shown.append(
        {page.model.item_at(r).kind for r in range(page.model.rowCount())
         if page.model.item_at(r)}))
    page.model.set_filter(kinds=["checkin"])
    page.model.set_filter(kinds=["event"])
    page.model.set_filter(kinds=["need", "sti_test"])
    settle(qtbot, page)
    assert shown == [{"need", "sti_test"}]  # the older requests' rows never showed


@pytest.mark.parametrize(("lang", "made", "day", "decided"), [
    ("en", "Made a safety agreement: ", "1 March 2025", "Boundary: Decided"),
    ("nl", "Veiligheidsafspraak gemaakt: ", "1 maart 2025", "Grens: Besloten"),
])
def test_a_safety_agreement_reads_as_what_she_did(qtbot, page_env, lang, made, day,
                                                  decided):
    # Its title alone ("If I see a child being touched sexually, …") under a date read
    # as if that happened to a child that day, in her list and in her therapist's eyes.

    from journal.boundaries import BoundaryStore, template_by_id
    from journal.boundary_models import BoundaryDraft, BoundaryStatus

    draft = template_by_id("name-sexual-touching", lang).draft()
    draft.status = BoundaryStatus.DECIDED
    store = BoundaryStore(page_env.vault)
    store.create(draft, on=date(2025, 3, 1))
    store.create(BoundaryDraft("I keep my own bank account", status=BoundaryStatus.DECIDED),
                 on=date(2025, 3, 1))
    texts = rows_in(qtbot, page_env, lang)
    [agreement] = [t for t in texts if draft.action[:30] in t]
    first, second = agreement.split("\n")
    assert first.startswith(made + draft.action[:30])
    assert second == day  # no status word: it is not a boundary with a status
    assert f"I keep my own bank account\n{day} · {decided}" in texts


def test_long_titles_are_cut_short_without_a_sideways_scroll_bar(qtbot, page, page_env):
    from tests.ui.conftest import show_active

    store = EventStore(page_env.vault)
    store.create(EventDraft(When.on(date(2025, 1, 10)),
                            "He often stayed up late, 'to get some more work done', "
                            "night after night after night, all through that winter",
                            source=Source.SUSPECT))
    for year in range(2000, 2030):  # enough to need a vertical scroll bar too
        store.create(EventDraft(When.in_year(year), f"Something in {year}"))
    page.reload()
    show_active(qtbot, page, 900, 700)
    settle(qtbot, page)
    qtbot.waitUntil(lambda: page.list_view.viewport().width() > 100)
    assert not page.list_view.horizontalScrollBar().isVisible()


def test_the_show_filter_looks_like_the_choices_beside_it(qtbot, qapp, page):
    """A box with its choice and a down arrow, like "By day" beside it, not a tool button."""
    from ui import theme

    filters = page.filters
    assert filters.kinds_button.text() == "Show: all"
    filters.kind_actions["checkin"].setChecked(False)
    assert filters.kinds_button.text() == "Show: 7 of 8"
    sheet, palette = qapp.styleSheet(), qapp.palette()
    try:
        for appearance in ("light", "dark"):
            theme.apply(qapp, appearance)
            for widget in (filters.kinds_button, filters.zoom_combo):
                widget.ensurePolished()
                widget.resize(widget.sizeHint())

            def ground(widget):  # a pixel inside its border, left of its text
                image = widget.grab().toImage()
                return image.pixelColor(4, image.height() // 2)

            assert ground(filters.kinds_button) == ground(filters.zoom_combo), appearance
            assert filters.kinds_button.height() == filters.zoom_combo.height(), appearance
            window = page.palette().color(page.backgroundRole())
            assert ground(filters.kinds_button) != window  # a box, not bare text
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_own_words_placeholder_fits_its_field(qtbot, page_env, lang):
    from PySide6.QtCore import QTranslator

    from tests.ui.conftest import show_active
    from ui import resources
    from ui.pages.timeline_page import TimelinePage

    translator = QTranslator()
    if lang == "nl":
        assert translator.load("haven_nl", str(resources.translations_dir()))
        QApplication.installTranslator(translator)
    try:
        page = TimelinePage(page_env.vault, page_env.hub, page_env.settings)
        show_active(qtbot, page, 880, 700)  # the page beside the sidebar at 1100 px
        settle(qtbot, page)
        field = page.words_edit
        text = field.placeholderText()
        assert text
        room = field.width() - 2 * 9  # the style sheet's padding
        assert field.fontMetrics().horizontalAdvance(text) <= room, (text, field.width())
    finally:
        QApplication.removeTranslator(translator)


def test_she_can_say_she_is_not_sure_any_more(qtbot, page, page_env):
    # "I suspect it" was the nearest choice for a vague memory, but it means something else.
    unsure = page.source_combo.findData("unsure")
    assert unsure >= 0
    assert page.source_combo.itemText(unsure) == "I'm not sure any more"
    page.what_edit.setPlainText("He stayed away a whole weekend")
    page.precision_combo.setCurrentIndex(page.precision_combo.findData("year"))
    page.day_edit.setDate(QDate(2018, 6, 1))
    page.source_combo.setCurrentIndex(unsure)
    assert page.save_now() is True
    settle(qtbot, page)
    [event] = EventStore(page_env.vault).all()
    assert event.source is Source.UNSURE
    assert rows(page)[1] == "He stayed away a whole weekend\n2018 · I'm not sure any more"
    page.new_event()
    page.open_event(event.id)
    assert page.source_combo.currentData() == "unsure"


def test_the_how_i_know_it_message_stands_by_its_field(qtbot, page):
    from tests.ui.conftest import show_active

    show_active(qtbot, page, 880, 700)
    page.what_edit.setPlainText("He came home late again")
    assert page.save_now() is False
    combo, message = page.source_combo, page.source_error
    assert message.isVisible() and not page.error_label.isVisible()
    # Right under the field, in its column: not above "When", far from it.
    top_of = lambda w: w.mapTo(page.editor, w.rect().topLeft()).y()  # noqa: E731
    left_of = lambda w: w.mapTo(page.editor, w.rect().topLeft()).x()  # noqa: E731
    assert top_of(combo) + combo.height() <= top_of(message) < top_of(page.note_edit)
    assert top_of(message) > top_of(page.precision_combo)
    assert left_of(message) == left_of(combo)
    assert combo.hasFocus()
    combo.setCurrentIndex(combo.findData("saw"))
    assert not message.isVisible()


@pytest.mark.parametrize(("lang", "heading", "item"), [
    ("en", "10 June 2026", "STI test"),
    ("nl", "10 juni 2026", "Soa-test"),
])
def test_a_day_reads_the_same_in_its_heading_and_its_items(qtbot, page_env, lang, heading,
                                                            item):
    # Was "10 juni 2026" above and "10 jun 2026" in the item under it.

    from journal.safety import PartnerTested, SafetyStore, StiTest

    SafetyStore(page_env.vault).add_test(StiTest(date(2026, 6, 10), "", PartnerTested.UNKNOWN))
    EventStore(page_env.vault).create(EventDraft(When.on(date(2026, 6, 10)), "It came out",
                                                 Source.UNSURE))
    texts = rows_in(qtbot, page_env, lang)
    how = {"en": "I'm not sure any more", "nl": "Ik weet het niet meer zeker"}[lang]
    assert texts[0].split("\n")[0] == heading
    assert texts[1] == f"It came out\n{heading} · {how}"
    assert texts[2] == f"{item}\n{heading}"


@pytest.mark.parametrize("what", ["He came home late again", ""])
def test_the_buttons_stay_put_when_a_message_shows(qtbot, page, what):
    # A Save that jumps away makes her next click land on empty space.
    from tests.ui.conftest import show_active

    show_active(qtbot, page, 880, 700)
    where = lambda: page.save_button.mapTo(page, page.save_button.rect().topLeft())  # noqa: E731
    before = where()
    page.what_edit.setPlainText(what)
    assert page.save_now() is False
    QApplication.processEvents()  # the layout follows in a posted event
    assert page.source_error.isVisible()
    assert page.error_label.isVisible() is not bool(what)
    assert where() == before
    page.source_combo.setCurrentIndex(page.source_combo.findData("saw"))
    QApplication.processEvents()
    assert not page.source_error.isVisible()
    assert where() == before
