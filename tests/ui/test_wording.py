"""Wording a new user stumbled over: the sidebar name is the page's title, Dutch calls an
entry a "notitie" everywhere, boundary statuses read as plain Dutch, the guidance texts
name pages as the sidebar does, and every helpline has a name besides its number."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from journal.boundary_models import BoundaryStatus, Followed
from journal.support import INCLUDED_HELPLINES
from tests.ui.conftest import unlock_with
from ui.pages.worksheet import followed_word, status_word

ROOT = Path(__file__).resolve().parents[2]
# Pages whose title says more than the sidebar's one word, on purpose.
OWN_TITLES = {"Today", "Journal", "Needs", "Vandaag", "Dagboek", "Behoeften"}


def page_title(page) -> str:
    titles = [t for t in page.findChildren(QLabel, "pageTitle") if t.isVisibleTo(page)]
    return titles[0].text() if titles else ""


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_each_sidebar_name_is_the_title_of_its_page(make_app, qtbot, closed_vault, lang):
    app = make_app("--lang", lang)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    checked = []
    for index, nav in enumerate(workspace.nav_buttons):
        if nav.text() in OWN_TITLES:
            continue
        workspace.show_page(index)
        page = workspace.pages.currentWidget()
        title = page_title(page)
        if title:
            assert title == nav.text(), (index, title, nav.text())
            checked.append(title)
    assert len(checked) >= 7, checked
    # The help button in the sidebar opens a card with the same name.
    help_card = workspace.safety_page.help_card
    assert workspace.help_now_button.text() in [t.text() for t in help_card.findChildren(QLabel)]
    if lang == "nl":
        assert workspace.help_now_button.text() == "Direct hulp"
        assert "Om te lezen" in [b.text() for b in workspace.nav_buttons]


def dutch_translations() -> list[str]:
    text = (ROOT / "resources" / "translations" / "haven_nl.ts").read_text(encoding="utf-8")
    return [*re.findall(r"<translation>(.*?)</translation>", text, re.S),
            *re.findall(r"<numerusform>(.*?)</numerusform>", text, re.S)]


def test_dutch_calls_an_entry_a_notitie_everywhere():
    other_words = re.compile(r"\b(dagboekstuk\w*|stukjes?|stukken|werkblad)\b", re.I)
    found = [t for t in dutch_translations() if other_words.search(t)]
    assert not found, found
    report = (ROOT / "resources" / "report" / "words.json").read_text(encoding="utf-8")
    assert not other_words.search(report)


def test_boundary_statuses_and_crossings_read_as_plain_dutch(make_app):
    make_app("--lang", "nl")
    assert status_word(BoundaryStatus.CONSIDERING) == "Aan het overwegen"
    assert status_word(BoundaryStatus.HOLDING) == "Ik houd deze grens vast"
    assert followed_word(Followed.PARTLY) == "Ik heb het gevolg deels uitgevoerd"
    awkward = ("Houd ik vast", "Overweeg ik", "kwam er", "Logboek van overschrijdingen",
               "inchecken", "ingecheckt", "Dit leest als", "De behoefte die het beschermt",
               "Op wie kun je leunen", "oversloeg", "nachtuil", "een keer te veel van je",
               "net zo min", "sessie", "Niet bewaard", "zelfzorg {n}")
    assert not [t for t in dutch_translations() if any(a.lower() in t.lower() for a in awkward)]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_guidance_names_pages_as_the_sidebar_does(make_app, qtbot, closed_vault, lang):
    app = make_app("--lang", lang)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    names = {b.text() for b in workspace.nav_buttons} | {workspace.help_now_button.text()}
    old = {"Nu hulp", "Leesteksten", "Werkblad"}
    seen: set[str] = set()
    for article in (ROOT / "resources" / "guidance" / lang).glob("*.md"):
        bold = re.findall(r"\*\*(.+?)\*\*", article.read_text(encoding="utf-8"))
        assert not old & set(bold), article.name
        # What is "in the sidebar" has the sidebar's name.
        in_sidebar = re.findall(r"\*\*([^*]+)\*\*,? in (?:de zijbalk|the sidebar)",
                                article.read_text(encoding="utf-8"))
        assert set(in_sidebar) <= names, (article.name, in_sidebar)
        seen |= set(in_sidebar)
    assert seen, "no guidance text points to the sidebar any more"


def test_every_helpline_has_a_name_besides_its_number():
    for line in INCLUDED_HELPLINES:
        for lang in ("en", "nl"):
            name, about = line.text(lang)
            assert name != line.number and name.strip() and about.strip(), line.id


def test_the_dutch_texts_drop_the_calques_and_say_flanders_where_they_say_the_netherlands():
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "resources" / "guidance" / "nl")
             .glob("*.md")]
    texts.append((ROOT / "resources" / "prompts" / "prompts.json").read_text(encoding="utf-8"))
    texts.append((ROOT / "resources" / "boundaries" / "templates.json").read_text(
        encoding="utf-8"))
    calques = ("net zo min", "achterna komt", "Troost zoeken bij een ander", "sessie",
               "Een verzonnen plek", "**Veiligheid** ", "**Steun**")
    assert not [c for c in calques if any(c in t for t in texts)]
    # A reference to a Dutch-only service comes with its Flemish counterpart.
    for text in texts:
        for paragraph in text.split("\n\n"):
            if "GGD" in paragraph or "Veilig Thuis" in paragraph:
                assert any(w in paragraph for w in ("Vlaanderen", "België", "1712")), (
                    paragraph[:120])


def _dutch_strings(value: object, dutch: bool = False) -> list[str]:
    """The strings under an "nl" key of a resource (all of them when `dutch`)."""
    if isinstance(value, dict):
        return [s for key, item in value.items() for s in _dutch_strings(item, dutch
                                                                        or key == "nl")]
    if isinstance(value, list):
        return [s for item in value for s in _dutch_strings(item, dutch)]
    return [value] if dutch and isinstance(value, str) else []


def test_dutch_puts_quotations_between_straight_quotes():
    """Straight quotes ("Nieuwe grens") stood beside curly ones (“Breng me naar een
    veilige plek”): the Dutch texts use the straight ones, as most of them did."""
    import json

    resources = ROOT / "resources"
    texts = [*dutch_translations(),
             *(p.read_text(encoding="utf-8") for p in (resources / "guidance" / "nl")
               .glob("*.md"))]
    for path in (resources / "prompts" / "prompts.json",
                 resources / "boundaries" / "templates.json", resources / "helplines.json",
                 *(resources / "path").glob("*.json")):
        texts += _dutch_strings(json.loads(path.read_text(encoding="utf-8")))
    texts += _dutch_strings(json.loads((resources / "demo" / "demo_nl.json").read_text(
        encoding="utf-8")), dutch=True)
    assert len(texts) > 1500
    assert [t[:80] for t in texts if re.search("[“”„‘]", t)] == []
