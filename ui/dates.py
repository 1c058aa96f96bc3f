"""Dates as the whole UI writes them, in the language she chose, and the one place
that turns a Python `date` into a `QDate` and back.

Written out, never numeric, so no date is ambiguous between Dutch and English habits:

    long:     "maandag 7 december 2026"   "Monday 7 December 2026"
    medium:   "7 december 2026"           "7 December 2026"
    short:    "7 dec 2026"                "7 Dec 2026"

`lang` is "nl" or "en"; without it the language the app was started in (or switched
to) is used: ui/app.py sets the default QLocale from her choice.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import cast

from PySide6.QtCore import QChildEvent, QDate, QDateTime, QEvent, QLocale, QObject, QTime
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QWidget

LONG = "dddd d MMMM yyyy"
MEDIUM = "d MMMM yyyy"
SHORT = "d MMM yyyy"
WEEKDAY = "dddd d MMMM"  # under a month heading the year is already there
DAY_MONTH = "d MMM"  # a chart axis


def current_language() -> str:
    """The language the dates are written in now: the default QLocale's."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


def locale(lang: str | None = None) -> QLocale:
    """The QLocale of `lang`: Dutch of the Netherlands, or British English (day before
    month, as her Dutch habits expect)."""
    lang = lang or current_language()
    if lang == "nl":
        return QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def pydatetime(moment: QDateTime) -> datetime:
    """A QDateTime as Python's datetime (local time, as Qt gives it)."""
    return cast(datetime, moment.toPython())


def _text(day: date | datetime | None, fmt: str, lang: str | None) -> str:
    if day is None:
        return ""
    if isinstance(day, datetime):
        day = day.astimezone().date() if day.tzinfo else day.date()
    return locale(lang).toString(qdate(day), fmt)


def long_date(day: date | datetime | None, lang: str | None = None) -> str:
    """ "maandag 7 december 2026", "Monday 7 December 2026"."""
    return _text(day, LONG, lang)


def medium_date(day: date | datetime | None, lang: str | None = None) -> str:
    """ "7 december 2026", "7 December 2026"."""
    return _text(day, MEDIUM, lang)


def short_date(day: date | datetime | None, lang: str | None = None) -> str:
    """ "7 dec 2026", "7 Dec 2026"."""
    return _text(day, SHORT, lang)


def weekday_date(day: date | datetime | None, lang: str | None = None) -> str:
    """ "maandag 7 december", "Monday 7 December" (where the year is shown nearby)."""
    return _text(day, WEEKDAY, lang)


def day_month(day: date | datetime | None, lang: str | None = None) -> str:
    """ "7 dec", "7 Dec"."""
    return _text(day, DAY_MONTH, lang)


def clock_time(moment: time | datetime, lang: str | None = None) -> str:
    """ "14:05" in both languages."""
    return locale(lang).toString(QTime(moment.hour, moment.minute), "HH:mm")


def as_heading(text: str) -> str:
    """A date standing alone on a line starts with a capital ("Maandag 7 december")."""
    return text[:1].upper() + text[1:]


def set_date_format(edit: QDateEdit, lang: str | None = None, *, long: bool = False) -> None:
    """A date field writes its date out like the rest of the app: "7 dec 2026", or with
    `long` "maandag 7 december 2026"; its calendar popup speaks the same language."""
    loc = locale(lang)
    edit.setLocale(loc)
    _CalendarLocale.follow(edit, loc)
    edit.setDisplayFormat(LONG if long else SHORT)


class _CalendarLocale(QObject):
    """Gives a date field's calendar popup the field's language when Qt makes it (as it
    is first shown). Asking for it earlier (`calendarWidget()`) makes it at once: about
    8 ms per field, most of making the journal page's filters and editor."""

    @classmethod
    def follow(cls, edit: QDateEdit, loc: QLocale) -> None:
        watcher = edit.findChild(cls)
        if watcher is None:
            cls(edit, loc)
        else:
            watcher.calendar_locale = loc
        made = edit.findChild(QCalendarWidget)  # not made by asking here
        if made is not None:
            made.setLocale(loc)

    def __init__(self, edit: QDateEdit, loc: QLocale) -> None:
        super().__init__(edit)
        self.calendar_locale = loc
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The popup is a window of its own, polished just before it is first shown.
        if (isinstance(event, QChildEvent) and event.type() == QEvent.Type.ChildPolished
                and isinstance(watched, QDateEdit)
                and isinstance(child := event.child(), QWidget) and child.isWindow()):
            calendar = watched.calendarWidget()  # made already: the popup being shown
            if calendar is not None:
                calendar.setLocale(self.calendar_locale)
        return False


def follow_language(widget: QWidget, lang: str | None = None) -> None:
    """Numbers in `widget` and its children ("7.0 hours", "7,0 uur") follow the chosen
    language. Without this a widget takes its window's locale, fixed when the window was
    made: after a live switch of language the rebuilt pages would keep the old one."""
    widget.setLocale(locale(lang))


def longest_date_width(widget: QWidget, fmt: str, lang: str | None = None) -> int:
    """The width of the longest date `fmt` can show in `widget`'s font."""
    loc, metrics = locale(lang), widget.fontMetrics()
    days = (QDate(2000, month, day) for month in range(1, 13) for day in range(24, 31))
    return max(metrics.horizontalAdvance(loc.toString(d, fmt)) for d in days)
