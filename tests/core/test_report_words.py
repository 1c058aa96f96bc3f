"""The summary's own words (resources/report/words.json): every value of every list the
summary names has its words in every language, and every key the code reads exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journal.report import words
from journal.report.words import LANGUAGES, TERMS, term

PACKAGE = Path(__file__).resolve().parents[2] / "journal" / "report"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_value_the_summary_names_has_its_words(lang):
    w = words(lang)
    missing = [f"{prefix}.{value}" if prefix else value
               for prefix, values in TERMS.items() for value in values
               if (f"{prefix}.{value}" if prefix else value) not in w]
    assert missing == []
    assert term(w, "b", "holding") and term(w, "", "mood")


def test_both_languages_have_the_same_keys():
    assert set(words("en")) == set(words("nl"))
    for key in words("en"):
        assert words("nl")[key].strip() and words("en")[key].strip(), key


def test_every_prefix_the_code_uses_is_a_listed_vocabulary():
    # A new f"x.{...}" lookup in the sections must come with its list in TERMS, or this
    # test (and so the words of that list) would never see it.
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
    used = set(re.findall(r"""w(?:\.get\(|\[)f["']([a-z])\.\{""", source))
    used |= set(re.findall(r"""term\(w, "([a-z]?)",""", source))
    assert used, "the pattern no longer finds the lookups"
    assert used <= set(TERMS)


def test_every_fixed_key_the_code_reads_exists():
    source = "\n".join(p.read_text(encoding="utf-8") for p in PACKAGE.glob("*.py"))
    keys = set(re.findall(r"""w\[["']([a-z_]+)["']\]""", source))
    assert len(keys) > 40
    assert keys - set(words("en")) == set()


def test_an_unknown_language_reads_english():
    assert words("fr") == words("en")
