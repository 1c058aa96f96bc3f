"""How the timeline names what it shows: an item's two lines, a group's heading, a
date as exactly as she gave it, and how she knows something (the one vocabulary)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from journal.events import Precision, Season, Source, When
from journal.timeline import (
    BOUNDARY,
    CROSSING,
    EVENT,
    MILESTONE,
    NEED,
    SAFETY_ACTION,
    SESSION,
    STI_TEST,
    TimelineItem,
    TimelineKey,
)
from ui import dates
from ui.models.entry_rows import month_heading
from ui.models.timeline_model import MONTHS, YEARS
from ui.pages.worksheet import followed_word, need_status_word, status_word
from ui.vocabulary import term
from ui.widgets import shortened


class TimelineWords(QObject):
    """The timeline's words in the language `lang`."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang

    @staticmethod
    def source_word(source: Source | str) -> str:
        """How she knows it, in the summary's words (the one vocabulary)."""
        return term("h", Source(source).value)

    def when_text(self, when: When) -> str:
        """Her own words for the date, else the date as exact as she gave it."""
        if when.words:
            return when.words
        day = when.sort_day
        if when.precision is Precision.DAY:
            return dates.medium_date(day, self._lang)
        if when.precision is Precision.AROUND:
            return self.tr("Around %1").replace("%1", dates.medium_date(day, self._lang))
        if when.precision is Precision.YEAR:
            return str(day.year)
        if when.precision is Precision.SEASON:
            words = {Season.SPRING: self.tr("Spring %1"), Season.SUMMER: self.tr("Summer %1"),
                     Season.AUTUMN: self.tr("Autumn %1"), Season.WINTER: self.tr("Winter %1")}
            return words[when.season or Season.SPRING].replace("%1", str(day.year))
        return self.month_text(day)

    def describe(self, item: TimelineItem) -> str:
        """An item's two lines: what it is, then when and how."""
        # The style of the day headings above ("10 June 2026"), not a second one.
        day = dates.medium_date(item.key.date, self._lang)
        if item.kind == EVENT and item.when is not None:
            first = item.title
            rest = f"{self.when_text(item.when)} · {self.source_word(item.status)}"
        elif item.kind == MILESTONE:
            first = item.title or self.tr("An entry without a title")
            rest = self.tr("%1 · Milestone in my journal").replace("%1", day)
        elif item.kind == BOUNDARY and item.status == SAFETY_ACTION:
            # What she did that day: its title alone would read as if that happened then.
            first = self.tr("Made a safety agreement: %1").replace("%1", item.title)
            rest = day  # no status word: it keeps a child safe, it is not negotiated
        elif item.kind == BOUNDARY:
            first = item.title
            rest = self.tr("%1 · Boundary: %2").replace("%1", day).replace(
                "%2", status_word(item.status))
        elif item.kind == CROSSING:
            first = item.title
            rest = self.tr("%1 · Crossed · %2").replace("%1", day).replace(
                "%2", followed_word(item.status))
        elif item.kind == NEED:
            first = item.title
            rest = self.tr("%1 · Need: %2").replace("%1", day).replace(
                "%2", need_status_word(item.status))
        elif item.kind == STI_TEST:
            first = self.tr("STI test")
            rest = f"{day} · {item.title}" if item.title else day
        elif item.kind == SESSION:
            first = self.tr("Session: %1").replace("%1", " · ".join(item.detail.splitlines()))
            rest = day
        else:
            first = (self.tr("A very hard day") if item.status == "low"
                     else self.tr("A very good day"))
            rest = self.tr("%1 · Check-in, mood %2 of 10").replace("%1", day).replace(
                "%2", str(item.value))
        first = shortened(first, 89)  # one line: the list knows its rows' height
        return f"{first}\n{rest}"

    def group_text(self, zoom: str, key: TimelineKey, count: int) -> str:
        """A header: its period, then how many things it holds."""
        if zoom == YEARS:
            return f"{key.date.year}\n{self.count_text(count)}"
        if zoom == MONTHS:
            return f"{self.month_text(key.date)}\n{self.count_text(count)}"
        return f"{self._period_text(key)}\n{self.count_text(count)}"

    def _period_text(self, key: TimelineKey) -> str:
        if key.precision == Precision.DAY.value:
            return dates.medium_date(key.date, self._lang)
        # An approximate event's own period ("Spring 2019"), from its first day.
        day, precision = key.date, Precision(key.precision)
        if precision is Precision.AROUND:
            return self.when_text(When.around(day))
        if precision is Precision.MONTH:
            return self.when_text(When.in_month(day.year, day.month))
        if precision is Precision.YEAR:
            return self.when_text(When.in_year(day.year))
        season = {3: Season.SPRING, 6: Season.SUMMER, 9: Season.AUTUMN, 12: Season.WINTER}
        return self.when_text(When.in_season(day.year, season.get(day.month, Season.SPRING)))

    def count_text(self, count: int) -> str:
        return self.tr("%n things", "", count)

    def month_text(self, day: date) -> str:
        return month_heading(day.year, day.month, dates.locale(self._lang))
