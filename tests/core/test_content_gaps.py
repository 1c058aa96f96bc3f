"""What the texts cover for both groups of partners: trust, her own legal position, where
to go when she herself was pressured or forced, STI tests on both sides of the border, help
that exists for him as information, and no text that puts his behaviour on her."""

from __future__ import annotations

import json

import pytest

from journal.boundaries import load_templates
from journal.guidance import ACCUSED_ORDER, READING_ORDER, load_articles
from journal.prompts import load_prompts, prompt_by_id
from journal.resources import load_json
from journal.situation import Profile, Situation

LANGUAGES = ("en", "nl")


def article(lang: str, article_id: str) -> str:
    return next(a for a in load_articles(lang) if a.id == article_id).body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_trust_has_an_article_and_prompts_for_every_partner(lang):
    assert "trust" in READING_ORDER and "trust" in ACCUSED_ORDER
    trust = next(a for a in load_articles(lang) if a.id == "trust")
    for situation in Situation:
        drawn = {p.id for p in load_prompts(lang, Profile(frozenset({situation})))}
        assert set(trust.prompts) <= drawn, situation
    # It neither pushes her to stay nor to leave: both are named as her own choice.
    body = trust.body.lower()
    words = {"en": ("stay", "part ways", "forgiving"), "nl": ("blijft", "uit elkaar", "vergeven")}
    assert all(w in body for w in words[lang])
    # Shown to partners of someone accused too: safety agreements last as long as the
    # professionals advise, not until things "seem clear" (a dropped case proves nothing).
    assert {"en": "as long as the professionals involved advise",
            "nl": "zolang de betrokken hulpverleners dat aanraden"}[lang] in body
    assert {"en": "while things are unclear", "nl": "zolang niet duidelijk is"}[lang] not in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_her_own_legal_position_is_covered_for_both_countries(lang):
    body = article(lang, "accused-first-steps")
    for name in ("Juridisch Loket", "0900-8020", "eerstelijnsbijstand"):
        assert name in body, name
    assert {"en": "your own position first", "nl": "eerst een advocaat naar je eigen positie"
            }[lang] in body
    # She may be able to refuse to testify about him: the text must not say she has to talk.
    assert {"en": "refuse to testify", "nl": "weigeren tegen hem te getuigen"}[lang] in body
    assert {"en": "what you have to say", "nl": "wat je moet zeggen"}[lang] not in body
    # Her own questioning may wait for a lawyer; advice about a child's safety never does.
    assert {"en": "never has to wait for a lawyer", "nl": "wacht je nooit op een advocaat"
            }[lang] in body


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_victims_article_covers_people_outside_the_family_and_online(lang):
    body = article(lang, "accused-victims-in-family")
    for word in {"en": ("outside the family", "stranger", "online"),
                 "nl": ("buiten de familie", "onbekende", "online")}[lang]:
        assert word in body, word


@pytest.mark.parametrize("lang", LANGUAGES)
def test_seek_support_explains_betrayal_trauma_and_where_to_go_after_sexual_force(lang):
    body = article(lang, "seek-support")
    assert {"en": "*betrayal trauma*", "nl": "*verraadtrauma*"}[lang] in body
    for name in ("Centrum Seksueel Geweld", "0800-0188", "Zorgcentrum na Seksueel Geweld",
                 "101", "112"):
        assert name in body, name
    # Pressure that keeps happening at home is domestic violence: the advice lines for it.
    heading = {"en": "If you were pressured or forced yourself",
               "nl": "Als je zelf onder druk gezet of gedwongen bent"}[lang]
    section = body.split(f"## {heading}\n")[1].split("\n## ")[0]
    assert "Veilig Thuis (0800-2000" in section and "1712" in section


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sti_texts_say_the_ggd_has_conditions_and_give_the_flemish_route(lang):
    body = article(lang, "getting-tested")
    assert {"en": "conditions", "nl": "voorwaarden"}[lang] in body
    # The Flemish route is the GP (no list of test centres we could check is named).
    flemish = {"en": "In Flanders you can go to your GP",
               "nl": "In Vlaanderen ga je naar je huisarts"}
    assert flemish[lang] in body
    assert {"en": "ask him to get tested too", "nl": "hem te vragen zich ook te laten testen"
            }[lang] in body
    template = next(t for t in load_templates(lang) if t.id == "sti-test")
    assert "GGD" in template.why and {"en": "Flanders", "nl": "Vlaanderen"}[lang] in template.why
    assert "Sensoa" not in body + template.why
    assert {"en": "conditions", "nl": "voorwaarden"}[lang] in template.why
    prompt = prompt_by_id("testing-02", lang)
    assert prompt is not None and "GGD" not in prompt.text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_help_for_him_is_named_as_information_not_as_her_task(lang):
    body = article(lang, "his-process")
    for name in ("Sexaholics Anonymous", "Stop it Now!", "I.T.E.R."):
        assert name in body, name
    assert {"en": "not a task for you", "nl": "geen taak voor jou"}[lang] in body


OLD = {"en": ("loses its weight", "does more harm than no consequence",
              "Since then he takes the boundary seriously", "came into the study",
              "wouldn't leave until I gave in", "kindly and clearly"),
       "nl": ("verliest je woord zijn gewicht", "meer kwaad doet dan",
              "Sindsdien neemt hij de grens serieus", "de werkkamer binnen",
              "niet weg voordat ik zou toegeven", "vriendelijk en duidelijk")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_puts_his_behaviour_on_her_follow_through(lang):
    texts = [a.body for a in load_articles(lang)]
    texts.append(json.dumps(load_json("demo", f"demo_{lang}.json"), ensure_ascii=False))
    texts.append(json.dumps(load_json("boundaries", "templates.json"), ensure_ascii=False))
    texts += [p.text for p in load_prompts(lang)]
    for old in OLD[lang]:
        assert not [t for t in texts if old in t], old
    twelve = prompt_by_id("family-safety-12", lang)
    assert twelve is not None and {"en": "clear", "nl": "duidelijke"}[lang] in twelve.text
    four = prompt_by_id("own-recovery-04", lang)
    assert four is not None and {"en": "won't slip", "nl": "niet terugvalt"}[lang] not in four.text
