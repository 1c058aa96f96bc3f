"""The summary's own words in each language, read from resources/report/words.json (the
core has no Qt translations), and dates and numbers as people write them.

The words for the values of the worksheet's lists (TERMS "b", "a", "n", "w", "f") and of
how she knows what happened ("h") are the app's one vocabulary for them: the boundaries,
needs and timeline pages show the same words (ui/vocabulary.py), so a status reads alike
on screen and in the summary."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

from journal.boundary_models import BoundaryStatus, Followed, Willingness
from journal.checkin_models import BUILTIN_SELFCARE, CHART_METRICS
from journal.events import Source
from journal.need_models import NeedArea, NeedStatus
from journal.resources import load_json
from journal.safe_place_models import SAFE_PLACE_KINDS
from journal.support import SupportKind

LANGUAGES = ("en", "nl")
Words = Mapping[str, str]

# The values of the app's own lists that the summary (or the worksheet pages) name, by the
# prefix of their keys in the catalogue ("b.holding"); the chart metrics have keys of their
# own ("mood").
TERMS: dict[str, tuple[str, ...]] = {
    "b": tuple(s.value for s in BoundaryStatus),
    "a": tuple(a.value for a in NeedArea),
    "n": tuple(s.value for s in NeedStatus),
    "k": SAFE_PLACE_KINDS,
    "s": BUILTIN_SELFCARE,
    "r": tuple(k.value for k in SupportKind),
    "w": tuple(w.value for w in Willingness),
    "f": tuple(f.value for f in Followed),
    "h": tuple(s.value for s in Source),  # how she knows what happened
    "": CHART_METRICS,
}


@cache
def _catalogue() -> dict[str, Any]:
    data: dict[str, Any] = load_json("report", "words.json")
    return data


@cache
def words(lang: str) -> Words:
    """The summary's fixed words in `lang` (English for an unknown language), read-only."""
    catalogue = _catalogue()["words"]
    return MappingProxyType(catalogue.get(lang, catalogue["en"]))


def term(w: Words, prefix: str, value: str) -> str:
    """The words for a value of one of TERMS ("b", "holding" -> "Holding")."""
    return w[f"{prefix}.{value}" if prefix else value]


def format_date(day: date, lang: str) -> str:
    """A date as people write it: "3 March 2026", "3 maart 2026"."""
    months = _catalogue()["months"]
    names = months.get(lang, months["en"])
    return f"{day.day} {names[day.month - 1]} {day.year}"


def count(w: Words, kind: str, n: int) -> str:
    """"1 day" or "3 days": the catalogue's `{kind}_one` or `{kind}_many`."""
    return w[f"{kind}_one"] if n == 1 else w[f"{kind}_many"].format(n=n)


def number(value: float, lang: str) -> str:
    """One decimal, with the decimal comma in Dutch."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text
