"""Check-ins, trends and safe places in the app: real widgets, a real vault."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from journal.checkin_models import CHART_METRICS, CheckinDraft
from journal.checkins import CheckinStore
from journal.errors import ImageRejected
from journal.images import PHOTO_MAX_SIDE
from journal.safe_place_models import SafePlaceDraft
from journal.safe_places import SafePlaceStore
from tests.core.test_safe_places import digest
from tests.ui.conftest import FilterCalls, show_active
from ui.pages.checkin_page import CheckinPage
from ui.pages.safe_place_view import SafePlaceView
from ui.pages.safe_places_page import SafePlacesPage
from ui.pages.today_cards import CheckinTodayCard
from ui.pages.trends_page import TrendsPage
from ui.photos import prepare_photo
from ui.widgets.reminder import CheckinReminder, reminder_due

DAY = date(2025, 3, 14)


def show(qtbot, widget: QWidget) -> QWidget:
    return show_active(qtbot, widget, 1200, 900)


def tab_to(qtbot, target: QWidget, limit: int = 80) -> None:
    """Press Tab until `target` has the focus: proof that the keyboard reaches it."""
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    seen = []
    for _ in range(20):
        w = QApplication.focusWidget()
        seen.append(f"{type(w).__name__}:{w.accessibleName() if w else None}")
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()!r}: {seen}")


def key(qtbot, k: Qt.Key, text: str = "") -> None:
    widget = QApplication.focusWidget()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, k)


# -- check-in ----------------------------------------------------------------------------


def test_a_checkin_with_the_keyboard_only(qtbot, page_env):
    store = CheckinStore(page_env.vault)
    store.add_trigger("Our song on the radio")
    page = show(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                                   today=lambda: DAY))
    page.open_today()
    form = page.form
    assert QApplication.focusWidget() is form.mood
    key(qtbot, Qt.Key.Key_6)
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_3)  # anxiety
    key(qtbot, Qt.Key.Key_Right)  # 4
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_End)  # feeling safe: 10
    key(qtbot, Qt.Key.Key_Left)  # 9
    tab_to(qtbot, form.sleep_hours)
    form.sleep_hours.selectAll()
    key(qtbot, Qt.Key.Key_unknown, "7.5")
    tab_to(qtbot, form.sleep_quality)
    key(qtbot, Qt.Key.Key_7)
    tab_to(qtbot, form.meals)
    key(qtbot, Qt.Key.Key_Home)  # yes
    tab_to(qtbot, form.movement)
    form.movement.selectAll()
    key(qtbot, Qt.Key.Key_unknown, "30")
    walk = next(i.id for i in store.selfcare_items() if i.key == "walk")
    tab_to(qtbot, form.chips[walk])
    key(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, form.own_item_edit)
    key(qtbot, Qt.Key.Key_unknown, "Knitting")
    key(qtbot, Qt.Key.Key_Return)
    trigger = store.triggers()[0].id
    tab_to(qtbot, form.trigger_boxes[trigger])
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)
    tab_to(qtbot, form.note)
    key(qtbot, Qt.Key.Key_unknown, "A walk in the sun helped.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier)

    [saved] = store.on_day(DAY)
    knitting = next(i.id for i in store.selfcare_items() if i.name == "Knitting")
    assert (saved.mood, saved.anxiety, saved.safety) == (6, 4, 9)
    assert (saved.sleep_hours, saved.sleep_quality) == (7.5, 7)
    assert saved.meals_regular is True and saved.movement_minutes == 30
    assert saved.helped == sorted([walk, knitting])
    assert saved.triggers == {trigger: 2}
    assert saved.note == "A walk in the sun helped."
    assert page.status_label.text() == "Saved"


def test_autosave_a_second_day_and_editing_afterwards(qtbot, page_env):
    store = CheckinStore(page_env.vault)
    page = show(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                                   today=lambda: DAY))
    page.form.mood.set_value(2, emit=True)
    qtbot.waitUntil(lambda: store.count_on(DAY) == 1, timeout=3000)  # autosave
    first = page.form.checkin_id
    page.new_checkin()
    assert page.form.checkin_id is None and page.form.mood.value is None
    page.form.mood.set_value(7, emit=True)
    assert page.save_pending()
    assert [c.mood for c in store.on_day(DAY)] == [2, 7]
    assert page.which.count() == 3  # two check-ins and "New check-in"
    page.open_day(DAY, first)
    assert page.form.mood.value == 2
    page.form.note.setPlainText("changed later")
    assert page.save_pending()
    assert store.get(first).note == "changed later"
    page.form.start_new(DAY)
    assert page.save_pending() and store.count_on(DAY) == 2  # empty: not stored


def test_a_failed_save_keeps_the_form_and_says_so(qtbot, page_env, message_log):
    page = show(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                                   today=lambda: DAY))
    vault = page_env.vault
    vault.execute("VACUUM")  # a schema step that made a table anew left free pages
    assert vault.row("PRAGMA freelist_count")[0] == 0  # no free page left to write in
    vault.execute(f"PRAGMA max_page_count = {vault.row('PRAGMA page_count')[0]}")  # full
    words = "words that must not be lost " * 170
    page.form.note.setPlainText(words)
    page.form.sleep_hours.setValue(7)
    assert not page.save_pending()
    assert message_log.kinds() == []  # said beside the form, never in a box
    assert page.form.autosave.message.text().startswith("Not saved:")
    assert page.form.note.toPlainText() == words


def test_deleting_asks_first(qtbot, page_env, message_log):
    store = CheckinStore(page_env.vault)
    store.create(CheckinDraft(DAY, mood=3))
    page = show(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                                   today=lambda: DAY))
    message_log.answer = False
    page.delete_button.click()
    assert store.count_on(DAY) == 1
    message_log.answer = True
    page.delete_button.click()
    assert store.count_on(DAY) == 0 and page.form.checkin_id is None


def test_today_card_shows_whether_the_checkin_is_done(qtbot, page_env):
    card = CheckinTodayCard(page_env.vault, page_env.hub, today=lambda: DAY)
    show(qtbot, card)
    assert not card.done_today and card.open_button.text() == "Check in now"
    CheckinStore(page_env.vault).create(CheckinDraft(DAY, mood=5))
    card.refresh()
    assert card.done_today and card.open_button.text() == "Open today's check-in"
    with qtbot.waitSignal(card.open_requested):
        card.open_button.click()


def test_the_reminder_is_off_by_default_then_once_a_day(page_env):
    now = datetime(2025, 3, 14, 20, 30)
    done = [False]
    reminder = CheckinReminder(page_env.settings, lambda: done[0], clock=lambda: now)
    assert page_env.settings.checkin_reminder is False
    assert not reminder.check()
    page_env.settings.checkin_reminder = True
    page_env.settings.checkin_reminder_time = (20, 0)
    assert reminder.check()
    assert not reminder.check()  # once a day
    assert not reminder_due(now, (21, 0), False, None)  # not before its time
    assert not reminder_due(now, (20, 0), True, None)  # not when already done
    assert reminder_due(now + timedelta(days=1), (20, 0), False, now.date())


# -- trends ------------------------------------------------------------------------------


def points(series) -> list[tuple[float, float]]:
    return [(p.x(), p.y()) for p in series.points()]


def msecs(day: date) -> float:
    return float(QDateTime(datetime(day.year, day.month, day.day, 12)).toMSecsSinceEpoch())


def filled(qtbot, page: TrendsPage) -> TrendsPage:
    """Once every chart shows what was read last (one is filled per turn of the loop)."""
    qtbot.waitUntil(lambda: not page.filling)
    return page


def show_trends(qtbot, page: TrendsPage) -> TrendsPage:
    return filled(qtbot, show(qtbot, page))


def show_period(qtbot, page: TrendsPage, days: int) -> None:
    page.show_period(days)
    filled(qtbot, page)


@pytest.mark.parametrize("period", [7, 30, 90, 365])
def test_chart_data_matches_the_aggregates(qtbot, page_env, period):
    store = CheckinStore(page_env.vault)
    walk = next(i.id for i in store.selfcare_items() if i.key == "walk")
    song = store.add_trigger("Our song")
    for offset in list(range(0, 20)) + list(range(45, 60)) + [200]:
        if offset % 4 == 3:
            continue  # gaps
        store.create(CheckinDraft(DAY - timedelta(days=offset), mood=offset % 11,
                                  anxiety=(offset * 3) % 11, safety=5, sleep_hours=6.5,
                                  helped=[walk] if offset % 2 else [],
                                  triggers={song: 1 + offset % 3}))
    page = show_trends(qtbot, TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                                  today=lambda: DAY))
    show_period(qtbot, page, period)
    expected = store.trends(DAY, period)
    assert page.trends == expected
    for metric in CHART_METRICS:
        series = expected.series[metric]
        chart = page.charts[metric]
        assert points(chart.daily_series) == [
            (msecs(d), v) for d, v in zip(series.days, series.values, strict=True)
            if v is not None]
        drawn = [pt for line in chart.rolling_series for pt in points(line)]
        assert drawn == [(msecs(d), v) for d, v in zip(series.days, series.rolling,
                                                          strict=True) if v is not None]
    assert page.selfcare_chart.bars == [("A walk", n) for _i, n in expected.selfcare]
    assert page.trigger_chart.bars == [("Our song", n) for _i, n in expected.triggers]


def test_a_long_gap_breaks_the_average_line(qtbot, page_env):
    store = CheckinStore(page_env.vault)
    for offset in (0, 1, 2, 40, 41):
        store.create(CheckinDraft(DAY - timedelta(days=offset), mood=5))
    page = show_trends(qtbot, TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                                  today=lambda: DAY))
    show_period(qtbot, page, 90)
    assert len(page.charts["mood"].rolling_series) == 2
    assert page.charts["mood"].daily_series.count() == 5


def visible_lines(chart) -> list:
    from PySide6.QtCharts import QLineSeries
    return [s for s in chart.chart().series() if isinstance(s, QLineSeries) and s.isVisible()]


def count_trends_reads(monkeypatch) -> list[tuple[date, int]]:
    """The reads of the trends page (made on a worker, in a store of its own)."""
    calls: list[tuple[date, int]] = []
    trends = CheckinStore.trends
    monkeypatch.setattr(CheckinStore, "trends",
                        lambda self, *a: calls.append(a) or trends(self, *a))
    return calls


def test_the_page_is_filled_once_when_first_shown(qtbot, page_env, monkeypatch):
    store = CheckinStore(page_env.vault)
    store.create(CheckinDraft(DAY, mood=6))
    page = TrendsPage(page_env.vault, page_env.hub, page_env.settings, today=lambda: DAY)
    qtbot.addWidget(page)
    assert page.trends is None  # made hidden: nothing read yet
    calls = count_trends_reads(monkeypatch)
    show_trends(qtbot, page)
    assert len(calls) == 1
    assert points(page.charts["mood"].daily_series) == [(msecs(DAY), 6.0)]


def test_a_show_without_a_change_reads_nothing_and_a_new_day_reads_again(qtbot, page_env,
                                                                          monkeypatch):
    today = [DAY]
    page = show_trends(qtbot, TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                                         today=lambda: today[0]))
    calls = count_trends_reads(monkeypatch)
    page.hide()
    page.show()
    assert calls == [] and not page.filling
    page_env.hub.records_changed.emit("need")  # not shown here
    page.hide()
    page.show()
    assert calls == [] and not page.filling
    today[0] = DAY + timedelta(days=1)
    page.hide()
    page.show()
    filled(qtbot, page)
    assert [day for day, _period in calls] == [DAY + timedelta(days=1)]


def test_switching_periods_fills_the_same_charts_again(qtbot, page_env):
    """The charts are made once and filled again (issue 10): the lines of the rolling
    average follow the runs of the period shown, spare ones are hidden and empty."""
    store = CheckinStore(page_env.vault)
    for offset in (0, 1, 2, 40, 41):
        store.create(CheckinDraft(DAY - timedelta(days=offset), mood=5))
    page = show_trends(qtbot, TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                                  today=lambda: DAY))
    mood = page.charts["mood"]
    show_period(qtbot, page, 90)
    chart, bars = mood.chart(), page.selfcare_chart.chart()
    assert len(mood.rolling_series) == 2
    assert visible_lines(mood) == mood.rolling_series
    show_period(qtbot, page, 7)
    assert mood.chart() is chart
    assert len(mood.rolling_series) == 1
    assert visible_lines(mood) == mood.rolling_series
    spare = [s for s in chart.series() if s not in (mood.daily_series, *mood.rolling_series)]
    assert spare and all(not s.isVisible() and s.count() == 0 for s in spare)
    assert mood.daily_series.count() == 3
    show_period(qtbot, page, 90)
    assert len(visible_lines(mood)) == 2
    assert mood.daily_series.count() == 5
    assert page.selfcare_chart.chart() is bars


def test_the_figures_are_read_on_a_worker_and_the_newest_period_wins(qtbot, page_env):
    """The first read after unlock decrypts its pages, and six charts at once kept the
    GUI thread busy too long: the figures are read on a worker, the charts filled on the
    turns of the event loop after; a period chosen meanwhile replaces what was still
    read or waiting to be drawn."""
    store = CheckinStore(page_env.vault)
    song = store.add_trigger("Our song")
    for offset in (0, 1, 2, 40, 41):
        store.create(CheckinDraft(DAY - timedelta(days=offset), mood=5, anxiety=3,
                                  triggers={song: 1}))
    page = show_trends(qtbot, TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                                         today=lambda: DAY))
    assert page.trigger_chart.bars == [("Our song", 3)]  # the last 30 days
    page.show_period(90)
    assert page.filling
    assert page.charts["mood"].daily_series.count() == 3  # not yet: read on a worker
    page.show_period(7)  # before the 90 days were drawn
    filled(qtbot, page)
    assert [page.charts[m].daily_series.count() for m in ("mood", "anxiety")] == [3, 3]
    assert page.trigger_chart.bars == [("Our song", 3)]
    show_period(qtbot, page, 90)
    assert page.charts["anxiety"].daily_series.count() == 5
    assert page.trigger_chart.bars == [("Our song", 5)]


def test_a_failed_read_of_the_figures_is_told_in_a_sentence(qtbot, page_env, message_log,
                                                         monkeypatch):
    """A real failure (a disk error) while the figures are read is told to her, calmly;
    it is not raised as if it were a bug."""
    page = show_trends(qtbot, TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                                         today=lambda: DAY))

    def broken(self, end, days):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(CheckinStore, "trends", broken)
    show_period(qtbot, page, 90)
    assert [call[:2] for call in message_log.calls] == [("error", "Trends")]


def test_a_check_in_made_elsewhere_shows_when_the_page_is_shown_again(qtbot, page_env):
    store = CheckinStore(page_env.vault)
    song = store.add_trigger("Our song")
    store.create(CheckinDraft(DAY - timedelta(days=1), mood=4, triggers={song: 1}))
    page = show_trends(qtbot, TrendsPage(page_env.vault, page_env.hub, page_env.settings,
                                  today=lambda: DAY))
    assert page.charts["mood"].daily_series.count() == 1
    page.hide()
    store.create(CheckinDraft(DAY, mood=8, triggers={song: 2}))
    page_env.hub.records_changed.emit("checkin")  # as the check-in page does
    page.show()
    qtbot.waitExposed(page)
    filled(qtbot, page)
    assert points(page.charts["mood"].daily_series)[-1] == (msecs(DAY), 8.0)
    assert page.trigger_chart.bars == [("Our song", 3)]
    names = page.trigger_chart.chart().axes(Qt.Orientation.Vertical)[0].categories()
    assert names == ["Our song"]


# -- safe places -------------------------------------------------------------------------


def photo_file(tmp_path: Path, name: str, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    path = tmp_path / name
    assert image.save(str(path))
    return path


def test_photo_import_scales_and_reencodes(tmp_path):
    photo = prepare_photo(str(photo_file(tmp_path, "big.png", 3200, 1800)))
    assert (photo.width, photo.height) == (PHOTO_MAX_SIDE, 900)
    assert photo.mime == "image/jpeg"
    small = prepare_photo(str(photo_file(tmp_path, "small.bmp", 300, 200)))
    assert (small.width, small.height) == (300, 200)


@pytest.mark.parametrize(("content", "reason"), [
    (b"this is a letter, not a picture", ImageRejected.UNKNOWN_FORMAT),
    ("damaged", ImageRejected.DAMAGED),
])
def test_a_bad_picture_file_is_refused(tmp_path, content, reason):
    path = tmp_path / "picture.jpg"
    if content == "damaged":
        good = photo_file(tmp_path, "good.jpg", 400, 300).read_bytes()
        content = good[:200] + bytes(len(good) - 200)
    path.write_bytes(content)
    with pytest.raises(ImageRejected) as info:
        prepare_photo(str(path))
    assert info.value.reason == reason


def test_importing_a_damaged_photo_changes_nothing(qtbot, page_env, tmp_path, message_log):
    store = SafePlaceStore(page_env.vault)
    place_id = store.create(SafePlaceDraft("spot", "The green chair"))
    page = show(qtbot, SafePlacesPage(page_env.vault, page_env.hub, page_env.settings))
    page.open_place(place_id)
    before = digest(page_env.vault)
    bad = tmp_path / "holiday.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    page.editor.import_photo(str(bad))
    qtbot.waitUntil(lambda: not page.editor.is_busy, timeout=5000)
    assert message_log.calls == [("error", "The photo was not added",
                                  "This picture seems to be damaged and cannot be read.")]
    assert digest(page_env.vault) == before

    good = photo_file(tmp_path, "sea.png", 2000, 1000)
    page.editor.import_photo(str(good))
    qtbot.waitUntil(lambda: not page.editor.is_busy, timeout=5000)
    qtbot.waitUntil(lambda: store.get(place_id).has_photo, timeout=5000)
    assert store.photo(place_id).width == PHOTO_MAX_SIDE


def test_new_place_order_by_drag_and_drop_and_favourites(qtbot, page_env, message_log):
    store = SafePlaceStore(page_env.vault)
    page = show(qtbot, SafePlacesPage(page_env.vault, page_env.hub, page_env.settings))
    assert page.right.currentWidget() is page.placeholder
    for title in ("Ellen", "The green chair", "A beach"):
        page.new_place()
        qtbot.keyClicks(page.editor.title_edit, title)
        assert page.save_pending()
    ids = [p.id for p in store.all()]
    assert [p.title for p in store.all()] == ["Ellen", "The green chair", "A beach"]
    model = page.model
    data = model.mimeData([model.index(2)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [p.id for p in store.all()] == [ids[2], ids[0], ids[1]]
    page.open_place(ids[1])
    page.editor.favourite.setChecked(True)
    assert page.save_pending()
    assert store.get(ids[1]).favourite
    assert model.data(model.index(2)).startswith("★ ")
    page.up_button.click()
    assert [p.id for p in store.all()] == [ids[2], ids[1], ids[0]]
    message_log.answer = True
    page.editor.delete_button.click()
    assert store.count() == 2


def test_the_safe_place_view_cycles_and_escape_closes(qtbot, page_env):
    store = SafePlaceStore(page_env.vault)
    a = store.create(SafePlaceDraft("person", "Ellen", "My oldest friend"))
    b = store.create(SafePlaceDraft("spot", "The green chair", favourite=True))
    c = store.create(SafePlaceDraft("memory", "Grandma's kitchen"))
    host = show(qtbot, QWidget())
    view = SafePlaceView(page_env.vault, host)
    view.open_view()
    assert view.isVisible() and view.geometry() == host.rect()
    assert view.circle.running
    seen = [view.current.id]
    for _ in range(3):
        view.another_button.click()
        seen.append(view.current.id)
    assert seen == [b, a, c, b]  # favourites first, then her order, round again
    assert view.title_label.text() == "The green chair"
    with qtbot.waitSignal(view.circle.phase_changed, timeout=6000) as phase:
        pass
    assert phase.args == ["hold"]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible() and not view.circle.running


def test_the_safe_place_view_covers_its_host_as_it_resizes_and_only_while_open(
        qtbot, page_env):
    """It follows the workspace's size through a Python event filter, which Qt asks
    about every event of the workspace: only while the view is shown."""
    SafePlaceStore(page_env.vault).create(SafePlaceDraft("spot", "The green chair"))
    host = show(qtbot, QWidget())
    view = SafePlaceView(page_env.vault, host)
    with FilterCalls() as closed:
        host.resize(1000, 800)
        host.repaint()
    assert "SafePlaceView.eventFilter" not in closed.calls
    view.open_view()
    host.resize(900, 700)
    assert view.geometry() == host.rect()
    view.close_view()
    with FilterCalls() as after:
        host.resize(1100, 850)
    assert "SafePlaceView.eventFilter" not in after.calls
    view.open_view()
    assert view.geometry() == host.rect()


def first_ink(widget: QWidget) -> int:
    """The x (in the widget's window) of the leftmost pixel its text is drawn with."""
    image = widget.grab().toImage()
    ground = image.pixelColor(image.width() - 1, image.height() - 1)
    for x in range(image.width()):
        for y in range(image.height()):
            if abs(image.pixelColor(x, y).lightness() - ground.lightness()) > 60:
                return widget.mapTo(widget.window(), QPoint(x, 0)).x()
    raise AssertionError("nothing drawn")


def test_the_view_sets_how_it_helps_flush_under_the_description(qtbot, page_env):
    SafePlaceStore(page_env.vault).create(SafePlaceDraft(
        "spot", "The green chair", "Daylight on the old chair by the window.",
        "Nobody asks anything of me there."))
    host = show(qtbot, QWidget())
    view = SafePlaceView(page_env.vault, host)
    view.open_view()
    # The italic line started about 5 px further right than the words above it.
    assert abs(first_ink(view.how_label) - first_ink(view.description_label)) <= 1
    assert abs(first_ink(view.title_label) - first_ink(view.description_label)) <= 2


def test_the_view_without_safe_places_offers_to_add_one(qtbot, page_env):
    host = show(qtbot, QWidget())
    view = SafePlaceView(page_env.vault, host)
    view.open_view()
    assert view.current is None and view.add_button.isVisible()
    assert not view.another_button.isVisible()
    with qtbot.waitSignal(view.add_requested):
        view.add_button.click()
    assert not view.isVisible()


def test_workspace_pages_and_shortcut(qtbot, make_app, closed_vault):
    from tests.ui.conftest import unlock_with

    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    names = [b.text() for b in workspace.nav_buttons]
    assert names[2:5] == ["Check-in", "Trends", "Safe places"]
    workspace.checkin_card.open_button.click()
    assert workspace.current_page == workspace.CHECKIN
    qtbot.keyClick(app.window, Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert workspace.safe_place_view.isVisible()
    qtbot.keyClick(workspace.safe_place_view, Qt.Key.Key_Escape)
    assert not workspace.safe_place_view.isVisible()
    app.window.close()


def test_the_reminder_setting_is_saved_and_holds_no_content(qtbot, settings):
    from PySide6.QtCore import QTime

    from ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert not dialog.reminder.isChecked() and not dialog.reminder_time.isEnabled()
    dialog.reminder.setChecked(True)
    dialog.reminder_time.setTime(QTime(21, 15))
    changed, _ = dialog.apply()
    assert changed
    assert settings.checkin_reminder and settings.checkin_reminder_time == (21, 15)
    text = Path(settings.file_name).read_text(encoding="utf-8")
    assert "checkin_reminder=true" in text and "21:15" in text


def test_a_new_unsaved_safe_place_cannot_be_deleted_or_moved(qtbot, page_env):
    store = SafePlaceStore(page_env.vault)
    store.create(SafePlaceDraft("spot", "The green chair"))
    store.create(SafePlaceDraft("person", "Ellen"))
    page = show(qtbot, SafePlacesPage(page_env.vault, page_env.hub, page_env.settings))
    assert page.down_button.isEnabled() and page.editor.delete_button.isEnabled()
    page.new_place()
    assert not page.editor.delete_button.isEnabled()
    assert not page.up_button.isEnabled() and not page.down_button.isEnabled()
    qtbot.keyClicks(page.editor.title_edit, "A beach")
    assert page.save_pending()  # saved: now at the end of the list
    assert page.editor.delete_button.isEnabled()
    assert page.up_button.isEnabled() and not page.down_button.isEnabled()


def test_the_picker_names_a_checkin_by_its_time(qtbot, page_env):
    store = CheckinStore(page_env.vault)
    page = show(qtbot, CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                                   today=lambda: DAY))
    page.form.mood.set_value(5, emit=True)
    assert page.save_pending()
    [saved] = store.on_day(DAY)
    from ui import dates

    when = dates.clock_time(saved.created_at.astimezone())
    assert page.which.itemText(0) == f"Check-in of {when}"  # not "Check-in 1 (05:11)"
    assert page.which.itemText(1) == "New check-in"


def test_the_checkin_page_opens_with_the_focus_on_mood(make_app, qtbot):
    """Not in the date field, where typing a digit or an arrow key changes the day."""
    app = make_app("--demo")
    window = app.window
    workspace = window.workspace
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.mouseClick(workspace.nav_buttons[workspace.CHECKIN], Qt.MouseButton.LeftButton)
    page = workspace.pages.widget(workspace.CHECKIN)
    assert QApplication.focusWidget() is page.form.mood


def test_number_fields_follow_the_chosen_language_not_the_window(qtbot, page_env):
    """The window was made in Dutch; after a switch to English the rebuilt page writes
    "7.0 hours", not "7,0 hours" (a child takes its window's locale otherwise)."""
    from PySide6.QtCore import QLocale

    from ui import dates

    before = QLocale()
    QLocale.setDefault(dates.locale("nl"))
    window = QWidget()
    qtbot.addWidget(window)
    try:
        QLocale.setDefault(dates.locale("en"))
        page = CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                           today=lambda: DAY, parent=window)
        page.form.sleep_hours.setValue(7)
        assert page.form.sleep_hours.text() == "7.0 hours"
        QLocale.setDefault(dates.locale("nl"))
        dutch = CheckinPage(page_env.vault, page_env.hub, page_env.settings,
                            today=lambda: DAY)
        qtbot.addWidget(dutch)
        dutch.form.sleep_hours.setValue(7.5)
        assert dutch.form.sleep_hours.cleanText() == "7,5"
    finally:
        QLocale.setDefault(before)


def test_the_checkin_mood_names_its_scale(qtbot, page_env):
    """0–10, apart from the journal entry's "How was this day (1–5)"."""
    from PySide6.QtWidgets import QLabel

    page = CheckinPage(page_env.vault, page_env.hub, page_env.settings, today=lambda: DAY)
    qtbot.addWidget(page)
    [caption] = [c for c in page.findChildren(QLabel) if c.buddy() is page.form.mood]
    assert caption.text() == "&Mood (0–10)"
