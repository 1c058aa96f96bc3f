"""One way to write a date in the whole UI (ui/dates.py), in the language she chose,
and a language switch that reaches every date field."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtWidgets import QDateEdit

from tests.ui.conftest import unlock_with
from ui import dates
from ui.pages import PAGES

UI = Path(__file__).resolve().parents[2] / "ui"
DAY = date(2026, 12, 7)


def test_long_and_short_dates_in_both_languages(qapp):
    assert dates.long_date(DAY, "nl") == "maandag 7 december 2026"
    assert dates.long_date(DAY, "en") == "Monday 7 December 2026"
    assert dates.short_date(DAY, "nl") == "7 dec 2026"
    assert dates.short_date(DAY, "en") == "7 Dec 2026"
    assert dates.medium_date(DAY, "nl") == "7 december 2026"
    assert dates.as_heading(dates.long_date(DAY, "nl")) == "Maandag 7 december 2026"


@given(st.dates(min_value=date(100, 1, 1)))
def test_qdate_and_pydate_are_each_others_inverse(day):
    assert dates.pydate(dates.qdate(day)) == day


def test_no_hand_made_date_formats_or_conversions_outside_ui_dates():
    """A date written by hand somewhere else drifts from the others ("07/12/2026")."""
    patterns = {
        "a display format": re.compile(r"setDisplayFormat\((?!\"HH:mm\")"),
        "a locale's own date format": re.compile(r"\.dateFormat\("),
        "strftime": re.compile(r"strftime\("),
        "a QDate built by hand": re.compile(r"QDate\(\w[\w.]*\.year\b"),
        "a date built from a QDate by hand": re.compile(r"\.year\(\), \w+\.month\(\)"),
        "toPython on a date": re.compile(r"\.date\(\)\.toPython\(\)"),
        "a QLocale date in the text": re.compile(r"QLocale\([^)]*\)\.toString\(.*[Dd]ate"),
    }
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "dates.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.relative_to(UI)}:{number}: {what}"
                      for what, pattern in patterns.items() if pattern.search(line)]
    assert not found, "\n".join(found)


def date_fields(app) -> list[QDateEdit]:
    workspace = app.window.workspace
    for spec in PAGES:
        workspace.page(spec.key)
    return workspace.findChildren(QDateEdit)


def test_every_date_field_writes_the_date_out_and_follows_a_language_switch(
        make_app, qtbot, closed_vault, settings):
    app = make_app()
    unlock_with(qtbot, app, closed_vault.passphrase)
    fields = date_fields(app)
    assert len(fields) >= 8, "the walk found too few date fields to prove anything"
    for field in fields:
        assert field.displayFormat() in (dates.SHORT, dates.LONG), field.accessibleName()
        assert not re.search(r"\d+[-/.]\d+[-/.]\d+", field.text()), field.text()
    app.window.workspace.show_page("checkin")
    day = app.window.workspace.checkin_page.day_edit.date()
    assert app.window.workspace.checkin_page.day_edit.text() == dates.long_date(
        dates.pydate(day), "en")

    settings.language_override = "nl"
    app.hub.settings_changed.emit()
    checkin = app.window.workspace.checkin_page
    assert checkin.day_edit.text() == dates.long_date(dates.pydate(day), "nl")
    for field in date_fields(app):
        text = field.text()
        assert field.locale().language() == dates.locale("nl").language(), text
        assert text == dates.locale("nl").toString(field.date(), field.displayFormat())


def test_a_calendar_popup_is_made_when_shown_and_speaks_the_fields_language(qtbot):
    """Asking for the popup's calendar to set its language made it at once (about 8 ms
    per field, most of making the journal page's filters): it is made when first shown,
    in the field's language, whatever the app's."""
    from PySide6.QtCore import QLocale, QPoint, Qt
    from PySide6.QtWidgets import QCalendarWidget

    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.resize(200, 30)
    qtbot.addWidget(edit)
    dates.set_date_format(edit, "en")
    dates.set_date_format(edit, "nl")  # a language switch before she opened it
    assert edit.findChild(QCalendarWidget) is None
    edit.show()
    qtbot.waitExposed(edit)
    arrow = QPoint(edit.width() - 6, edit.height() // 2)  # the popup's button
    qtbot.mouseMove(edit, arrow)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()
    assert calendar.locale().language() == QLocale.Language.Dutch
    calendar.window().hide()
    dates.set_date_format(edit, "en")  # made already: follows at once
    assert calendar.locale().language() == QLocale.Language.English
