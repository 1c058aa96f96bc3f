"""One Dutch term per concept: every English source in the .ts that contains a glossary
term has a Dutch translation with the glossary's Dutch term (resources/translations/
GLOSSARY.md), apart from the exceptions declared there; and the wordings the glossary
lists as not used appear in no Dutch text."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"


def glossary() -> tuple[list[tuple[str, str]], set[tuple[str, str]]]:
    terms, exceptions, section = [], set(), ""
    for line in (FOLDER / "GLOSSARY.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif not section and line.startswith("| ") and not line.startswith(("| English",)):
            english, dutch = (cell.strip() for cell in line.strip("|").split("|")[:2])
            terms.append((english.lower(), dutch.lower()))
        elif section == "Exceptions" and line.startswith("- "):
            term, source, _why = (part.strip() for part in line[2:].split(" | ", 2))
            exceptions.add((term.lower(), source))
    return terms, exceptions


def messages() -> list[tuple[str, list[str]]]:
    found = []
    for message in ET.parse(FOLDER / "haven_nl.ts").getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")]
        found.append((message.findtext("source") or "", forms or [translation.text or ""]))
    return found


def word(term: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(term) + r"\b", re.I)


def test_the_glossary_reads_and_covers_the_terms_of_the_issue():
    terms, exceptions = glossary()
    english = {e for e, _ in terms}
    assert {"session", "session agenda", "safety plan", "support network", "saved", "entry",
            "note", "imagined place", "check in", "cross sexual boundaries",
            "crossed sexual boundaries"} <= english
    assert all(term in english for term, _ in exceptions)


def test_every_glossary_term_is_rendered_with_its_dutch_term():
    terms, exceptions = glossary()
    wrong = []
    for source, forms in messages():
        for english, dutch in terms:
            # A longer term that contains this one decides for its own words.
            longer = [e for e, _ in terms if e != english and english in e]
            text = source
            for other in longer:
                text = word(other).sub(" ", text)
            if not word(english).search(text) or (english, source) in exceptions:
                continue
            wrong += [(english, source, f) for f in forms if dutch not in f.lower()]
    assert not wrong, wrong


def test_a_declared_exception_is_still_needed():
    terms, exceptions = glossary()
    dutch_of = dict(terms)
    found = messages()
    for term, source in exceptions:
        forms = [f for s, fs in found if s == source for f in fs]
        assert forms, source
        assert any(dutch_of[term] not in f.lower() for f in forms), (term, source)


def not_used() -> list[tuple[str, re.Pattern[str]]]:
    found, section = [], ""
    for line in (FOLDER / "GLOSSARY.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            section = line[3:].strip()
        elif section == "Not used" and line.startswith("- "):
            wording, pattern, _why = (part.strip() for part in line[2:].split(" | ", 2))
            found.append((wording, re.compile(pattern.strip("`"), re.I)))
    return found


def dutch_texts() -> dict[str, str]:
    """Every file that holds Dutch text Haven shows (English beside it does no harm)."""
    resources = ROOT / "resources"
    files = [FOLDER / "haven_nl.ts", *(resources / "guidance" / "nl").glob("*.md"),
             resources / "prompts" / "prompts.json",
             resources / "boundaries" / "templates.json",
             *(resources / "path").glob("*.json"), resources / "helplines.json",
             resources / "report" / "words.json", resources / "demo" / "demo_nl.json"]
    return {str(f.relative_to(ROOT)): f.read_text(encoding="utf-8") for f in files}


def test_the_wordings_the_glossary_does_not_use_appear_in_no_dutch_text():
    patterns = not_used()
    assert "seksuele grenzen overschrijden" in [w for w, _ in patterns]
    texts = dutch_texts()
    for wording, pattern in patterns:
        # The pattern finds the wording itself, so this test can fail.
        assert pattern.search(wording), wording
        hits = [(name, m.group(0)) for name, text in texts.items()
                for m in pattern.finditer(text)]
        assert not hits, (wording, hits)
