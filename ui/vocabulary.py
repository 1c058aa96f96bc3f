"""The words for the values of the app's lists (a boundary's status, a need's area, a
support person's role, ...), in the language the app is shown in. They are the words
the therapist summary uses too (resources/report/words.json through
journal/report/words.py), so the screen and the summary say the same."""

from __future__ import annotations

from journal.report.words import term as report_term
from journal.report.words import words
from ui import dates


def term(prefix: str, value: str) -> str:
    """The words for `value` of the list `prefix` ("b", "holding" -> "Holding"); the
    prefixes are those of journal.report.words.TERMS."""
    return report_term(words(dates.current_language()), prefix, value)
