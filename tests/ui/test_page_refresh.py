"""Pages that show what other pages write follow the hub's records_changed (and her
settings, and the day), and read nothing when they are only shown again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QWidget

from journal.agenda import AgendaStore
from journal.need_models import NeedArea, NeedDraft
from journal.needs import NeedStore
from journal.situation import Profile, ProfileStore
from tests.ui.conftest import show_active
from ui.hub import ALL_RECORDS
from ui.pages.refresh import ANY_KIND, ReloadOnChange


def again(qtbot, widget: QWidget) -> None:
    """Hidden and shown again, as a page switch does."""
    widget.hide()
    show_active(qtbot, widget, 900, 700)


def test_reloads_when_visible_at_once_and_when_hidden_at_the_next_show(qtbot, hub):
    widget = QWidget()
    qtbot.addWidget(widget)
    today = [date(2026, 3, 2)]
    reads: list[bool] = []
    ReloadOnChange(hub, widget, lambda: reads.append(True), ("checkin",), settings=True,
                   today=lambda: today[0])
    show_active(qtbot, widget, 900, 700)
    again(qtbot, widget)
    assert reads == []  # shown again, nothing changed
    hub.records_changed.emit("need")
    hub.records_changed.emit("checkin")
    assert reads == [True]
    widget.hide()
    hub.records_changed.emit("checkin")
    hub.records_changed.emit(ALL_RECORDS)
    hub.settings_changed.emit()
    assert reads == [True]  # hidden: only noted
    show_active(qtbot, widget, 900, 700)
    assert reads == [True, True]  # once for all three
    today[0] += timedelta(days=1)
    again(qtbot, widget)
    assert reads == [True, True, True]


def test_first_show_reads_once_and_any_kind_counts(qtbot, hub):
    widget = QWidget()
    qtbot.addWidget(widget)
    reads: list[bool] = []
    ReloadOnChange(hub, widget, lambda: reads.append(True), ANY_KIND, first_show=True)
    assert reads == []
    show_active(qtbot, widget, 900, 700)
    assert reads == [True]
    hub.records_changed.emit("agenda")
    assert reads == [True, True]


def test_the_path_ticks_a_step_done_on_another_page_without_reading_on_each_show(
        qtbot, page_env):
    from ui.pages.path_page import PathPage

    page = PathPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    show_active(qtbot, page, 900, 700)
    reads: list[bool] = []
    tick = page.store.tick_exercises
    page.store.tick_exercises = (  # type: ignore[method-assign]
        lambda steps: reads.append(True) or tick(steps))
    again(qtbot, page)
    assert reads == []
    page.hide()
    AgendaStore(page_env.vault).add("What I want to ask")
    page_env.hub.records_changed.emit("agenda")  # as the agenda page does
    show_active(qtbot, page, 900, 700)
    assert reads == [True]


def test_the_agenda_tells_the_other_pages_and_reads_nothing_when_shown_again(
        qtbot, page_env):
    from ui.pages.agenda_page import AgendaPage

    page = AgendaPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    show_active(qtbot, page, 900, 700)
    reads: list[bool] = []
    open_items = page.store.open_items
    page.store.open_items = lambda: reads.append(True) or open_items()  # type: ignore[method-assign]
    again(qtbot, page)
    assert reads == []
    told: list[str] = []
    page_env.hub.records_changed.connect(told.append)
    page.topic_edit.setText("The holiday")
    page.add_button.click()
    assert told == ["agenda"] and page.open_list.count() == 1


def test_guidance_follows_her_faith_answer_from_the_settings(qtbot, page_env):
    from ui.pages.guidance_page import GuidancePage

    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    show_active(qtbot, page, 900, 700)
    page.search_edit.setText("psalm")  # only the faith article mentions psalms
    assert page.article_list.isHidden()
    ProfileStore(page_env.vault).save(Profile(faith=True))
    page_env.hub.settings_changed.emit()  # as the settings dialog does after her answer
    assert not page.article_list.isHidden()


def test_todays_path_card_follows_a_record_made_elsewhere(qtbot, page_env, monkeypatch):
    import ui.pages.today_cards as cards

    reads: list[bool] = []
    steps = cards.path_steps
    monkeypatch.setattr(cards, "path_steps",
                        lambda *args: reads.append(True) or steps(*args))
    holder = QWidget()
    qtbot.addWidget(holder)
    cards.PathTodayCard(page_env.vault, page_env.hub, "en", holder)
    show_active(qtbot, holder, 900, 700)
    again(qtbot, holder)
    assert reads == [True]  # made: read once
    holder.hide()
    NeedStore(page_env.vault).create(NeedDraft("Sleep", NeedArea.REST))
    page_env.hub.records_changed.emit("need")  # as the needs page does
    assert reads == [True]
    show_active(qtbot, holder, 900, 700)
    assert reads == [True, True]
