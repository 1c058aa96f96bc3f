"""One vocabulary for the lists the pages and the summary both name (the worksheet's,
support roles, how she knows what happened): every value has its words in both languages,
and the pages say what the therapist summary says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from journal.boundary_models import BoundaryStatus, Followed, Willingness
from journal.events import Source
from journal.need_models import NeedArea, NeedStatus
from journal.report.words import LANGUAGES, term, words
from journal.support import SupportKind
from ui.pages.support_page import SupportPage
from ui.pages.timeline_words import TimelineWords
from ui.pages.worksheet import (
    area_word,
    followed_word,
    need_status_word,
    status_word,
    willing_word,
)

LISTS = [(BoundaryStatus, "b", status_word), (NeedArea, "a", area_word),
         (NeedStatus, "n", need_status_word), (Willingness, "w", willing_word),
         (Followed, "f", followed_word),
         (SupportKind, "r", lambda kind: SupportPage.kind_words()[kind]),
         (Source, "h", TimelineWords.source_word)]


@pytest.fixture(params=LANGUAGES)
def lang(request, qapp):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch if request.param == "nl"
                               else QLocale.Language.English))
    yield request.param
    QLocale.setDefault(before)


@pytest.mark.parametrize(("values", "prefix", "word"), LISTS)
def test_every_value_has_the_summarys_words_in_each_language(lang, values, prefix, word):
    shown = {value: word(value) for value in values}
    assert all(shown.values())
    assert shown == {value: term(words(lang), prefix, value.value) for value in values}
    assert len(set(shown.values())) == len(shown)  # no two values read alike


def test_the_dutch_words_are_dutch(lang):
    if lang == "nl":
        assert status_word(BoundaryStatus.HOLDING) == "Ik houd deze grens vast"
        assert followed_word(Followed.PARTLY) == "Ik heb het gevolg deels uitgevoerd"
    else:
        assert status_word("holding") == "Holding"
        assert willing_word("not_yet") == "Not yet"


def test_a_long_timeline_line_is_cut_after_a_whole_word(qapp):
    """A row's first line is kept to one line: cut after a word, never inside one."""
    from journal.timeline import KINDS, MILESTONE, TimelineItem, TimelineKey

    title = "He told me he was working late but the car stood at the gym " * 3
    item = TimelineItem(TimelineKey("2026-12-07", KINDS.index(MILESTONE), 1), "entry", 1,
                        title)
    first, _rest = TimelineWords("en").describe(item).split("\n")
    assert first.endswith("…") and len(first) <= 90
    assert title.startswith(first[:-1] + " ")  # the last word before "…" is whole
