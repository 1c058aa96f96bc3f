"""The journal list gets a fair share of the page: dates whole, titles readable, in both
languages at the widths people use; the width she gives it is remembered."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtTest import QTest

from journal.entries import EntryStore
from journal.models import EntryFilter
from tests.ui.conftest import FilterCalls
from ui import dates
from ui.models.entry_list_delegate import EntryListDelegate
from ui.pages.journal_list import TITLE_CHARS
from ui.pages.journal_page import LIST_MAX_WIDTH, SPLIT_KEY
from ui.pages.search_panel import SearchResultDelegate

HEIGHT = 760
EVERY_WEEKDAY = [date(2026, month, day) for month in range(1, 13) for day in range(22, 29)]


def journal(make_app, settings, lang: str, width: int):
    settings.language_override = lang
    app = make_app("--demo")
    app.window.resize(width, HEIGHT)
    app.window.workspace.show_page("journal")
    QTest.qWait(20)
    return app, app.window.workspace.journal_page


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("width", [1000, 1100, 1366, 1920])
def test_dates_titles_and_results_fit_the_list(make_app, settings, qtbot, lang, width):
    app, page = journal(make_app, settings, lang, width)
    view = page.list_view
    room = view.viewport().width()
    fm = view.fontMetrics()
    longest = max(EntryListDelegate.width_for(fm, dates.weekday_date(d, lang))
                  for d in EVERY_WEEKDAY)
    assert room >= longest, "a date would be cut beside the mood dots"
    bold = QFont(view.font())
    bold.setBold(True)
    title_room = room - 4 * EntryListDelegate.PADDING
    titles = [s.title for s in EntryStore(app.window.vault).page(EntryFilter(), limit=200)
              if s.title and len(s.title) <= TITLE_CHARS]
    assert titles
    cut = [t for t in titles if QFontMetrics(bold).horizontalAdvance(t) > title_room]
    assert not cut
    # The editor beside it keeps all the room it needs, and gets the most.
    sizes = page.splitter.sizes()
    assert sizes[1] >= page.editor_stack.minimumSizeHint().width()
    assert sizes[0] <= max(LIST_MAX_WIDTH, page.splitter.widget(0).minimumSizeHint().width())
    assert sizes[0] < sizes[1]

    page.search_edit.setText("the")
    qtbot.waitUntil(lambda: page.search_model.rowCount() > 0, timeout=5000)
    results = page.results_view
    line = results.viewport().width() - 4 * SearchResultDelegate.PADDING
    head = (results.fontMetrics().horizontalAdvance(dates.short_date(date(2026, 9, 28), lang)
                                                    + "    ")
            + QFontMetrics(bold).averageCharWidth() * 16)
    assert line >= head, "a result's date and a short title would not fit on its line"


def test_the_list_width_she_chose_is_remembered(make_app, settings, qtbot):
    app, page = journal(make_app, settings, "en", 1366)
    before = page.splitter.sizes()[0]
    handle = page.splitter.handle(1)
    centre = QPoint(handle.width() // 2, handle.height() // 2)
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseMove(handle, centre + QPoint(60, 0))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 0))
    chosen = page.splitter.sizes()[0]
    assert chosen > before + 30
    with FilterCalls() as counted:
        app.window.resize(1200, HEIGHT)  # a narrower window keeps her list as wide
        QTest.qWait(20)
    assert page.splitter.sizes()[0] == chosen
    # Placed on the splitter's resize alone: no Python filter asked about its events.
    assert not [name for name in counted.calls if name.startswith("JournalPage")]
    app.window.close()
    # The demo keeps its settings in memory only; the next start reads what a real
    # journal's closing writes to her settings file, as this copy stands for.
    settings.set_value(SPLIT_KEY, app.settings.value(SPLIT_KEY))

    _again, page = journal(make_app, settings, "en", 1366)
    assert page.splitter.sizes()[0] == chosen


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("width", [1000, 1100])
def test_the_day_scale_hint_and_its_words_fit_on_one_line(make_app, settings, qtbot, lang,
                                                          width):
    """"1 = very hard … 5 = good" beside "How was this day (1–5)" took two lines at
    1100 px."""
    from ui.pages.entry_form import mood_word

    _app, page = journal(make_app, settings, lang, width)
    page.new_entry()
    editor = page.editor
    hint = editor.mood_word_label
    qtbot.waitUntil(hint.isVisible)
    words = [hint.text(), *(mood_word(mood) for mood in range(1, 6))]
    cut = [w for w in words if hint.fontMetrics().horizontalAdvance(w) > hint.width()]
    assert cut == []
