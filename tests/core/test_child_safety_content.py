"""Child safety in the shipped texts (issue 15): a sexual touch of a child is abuse, not a
house rule. The family template is a safety action with the numbers to call the same
day, and no text waits for it to "happen again"."""

from __future__ import annotations

import pytest

from journal.boundaries import KIND_SAFETY_ACTION, is_safety_action, load_templates
from journal.guidance import load_articles
from journal.resources import load_json
from journal.support import helpline_by_id

LANGUAGES = ("en", "nl")
SAFETY = "name-sexual-touching"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_child_touching_template_is_a_safety_action_with_the_numbers(lang):
    template = next(t for t in load_templates(lang) if t.id == SAFETY)
    assert template.kind == KIND_SAFETY_ACTION and template.is_safety_action
    assert is_safety_action(SAFETY) and not is_safety_action("separate-room")
    assert not is_safety_action(None)
    text = " ".join((template.action, template.consequence, template.why))
    for number in ("0800-2000", "1712", "112", "101"):
        assert number in text, (lang, number)
    wait = {"en": "I do not wait for it to happen again",
            "nl": "Ik wacht niet af of het nog eens gebeurt"}[lang]
    assert wait in template.consequence
    for helpline_id in template.call:
        assert helpline_by_id(helpline_id) is not None, helpline_id
    assert {"nl-veilig-thuis", "be-1712", "be-101"} <= set(template.call)


def test_only_the_child_safety_template_is_a_safety_action():
    kinds = {t["id"]: t.get("kind", "boundary")
             for t in load_json("boundaries", "templates.json")["templates"]}
    assert set(kinds.values()) <= {"boundary", KIND_SAFETY_ACTION}
    assert [i for i, k in kinds.items() if k == KIND_SAFETY_ACTION] == [SAFETY]


OLD = {"en": ("if it happens again", "take it to the therapist", "taken to the therapist",
              "named at once as not okay"),
       "nl": ("als het weer gebeurt", "besproken met de therapeut",
              "benoemd als niet oké", "ter sprake bij de therapeut")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_text_treats_a_sexual_touch_of_a_child_as_a_house_rule(lang):
    template = next(t for t in load_templates(lang) if t.id == SAFETY)
    family = next(a for a in load_articles(lang) if a.id == "accused-family-safety")
    for text in (template.action, template.consequence, template.why, family.body):
        for old in OLD[lang]:
            assert old not in text.lower(), (lang, old)


WEEKEND = {"en": "at the weekend", "nl": "weekend"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_same_day_route_via_1712_says_what_to_do_in_the_evening_and_weekend(lang):
    """1712 answers on weekdays only: each text that sends her there names the police (101)
    for evenings and weekends, and 101 beside 112 for danger right now."""
    articles = {a.id: a.body for a in load_articles(lang)}
    template = next(t for t in load_templates(lang) if t.id == SAFETY)
    texts = {"template": template.consequence, **{i: articles[i] for i in (
        "accused-family-safety", "accused-first-steps", "accused-images-of-minors",
        "accused-danger")}}
    for name, text in texts.items():
        assert "1712" in text and WEEKEND[lang] in text and "101" in text, name
    assert "be-zsg" in template.call


@pytest.mark.parametrize("lang", LANGUAGES)
def test_found_images_she_does_not_tell_him_first(lang):
    body = next(a for a in load_articles(lang) if a.id == "accused-images-of-minors").body
    assert {"en": "Do not tell him yet", "nl": "Vertel hem nog niet"}[lang] in body
