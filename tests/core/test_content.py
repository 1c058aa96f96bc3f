"""The shipped prompts and demo content are complete in both languages and load."""

from __future__ import annotations

import random
from datetime import date

import pytest

from journal.demo import fill_demo
from journal.entries import EntryStore
from journal.prompts import LANGUAGES, load_prompts, prompt_by_id, random_prompt
from journal.resources import load_json
from journal.situation import Profile

# Family-safety prompts that fit everyone, moved to a general theme; they keep their id,
# which entries written with them store.
MOVED_TO_A_GENERAL_THEME = {"family-safety-01": "today", "family-safety-08": "support",
                            "family-safety-09": "needs", "family-safety-11": "today"}


def test_every_prompt_has_both_languages_and_a_unique_id():
    raw = load_json("prompts", "prompts.json")["prompts"]
    ids = [p["id"] for p in raw]
    assert len(ids) == len(set(ids))
    for p in raw:
        assert p["en"].strip() and p["nl"].strip(), p["id"]
        assert p["id"].startswith(p["theme"] + "-") or (
            MOVED_TO_A_GENERAL_THEME.get(p["id"]) == p["theme"] and "for" not in p), p["id"]
        assert p["faith"] == (p["theme"] == "faith")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_faith_prompts_can_be_left_out(lang):
    every = load_prompts(lang)
    without = load_prompts(lang, Profile(faith=False))
    assert any(p.faith for p in every)
    assert not any(p.faith for p in without)
    assert len(without) < len(every)


def test_random_prompt_avoids_the_one_shown():
    rng = random.Random(1)
    first = random_prompt("nl", Profile(), rng=rng)
    assert all(random_prompt("nl", Profile(), exclude=first.id, rng=rng).id != first.id
               for _ in range(50))


def test_prompt_by_id_follows_the_language():
    en, nl = prompt_by_id("needs-01", "en"), prompt_by_id("needs-01", "nl")
    assert en is not None and nl is not None
    assert en.text != nl.text
    assert prompt_by_id("no-such-prompt", "en") is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_demo_fills_a_vault(vault, lang):
    today = date(2026, 11, 21)
    count = fill_demo(vault, lang, today=today)
    store = EntryStore(vault)
    assert store.count() == count > 20
    newest = store.page(limit=1)[0]
    assert newest.entry_date == today
    for item in load_json("demo", f"demo_{lang}.json")["entries"]:
        if item.get("prompt_id"):
            assert prompt_by_id(item["prompt_id"], lang) is not None
