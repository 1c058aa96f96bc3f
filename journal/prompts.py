"""Writing prompts in our own words, in Dutch and English (resources/prompts).

A prompt written for one situation names it in "for" (journal.situation.Situation
values); a prompt without "for" fits everyone. Only prompts that fit her profile are
drawn at random; one she opens on purpose (from an article) is always there."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from journal.resources import load_json
from journal.situation import Profile, Situation

LANGUAGES = ("en", "nl")


@dataclass(frozen=True)
class Prompt:
    id: str
    theme: str
    faith: bool
    text: str
    audience: frozenset[Situation] = frozenset()  # empty: for everyone


@cache
def _all_prompts(lang: str) -> tuple[Prompt, ...]:
    if lang not in LANGUAGES:
        lang = "en"
    data = load_json("prompts", "prompts.json")
    return tuple(Prompt(p["id"], p["theme"], bool(p["faith"]), p[lang],
                        frozenset(Situation(s) for s in p.get("for", ())))
                 for p in data["prompts"])


def load_prompts(lang: str, profile: Profile | None = None) -> list[Prompt]:
    """Every prompt of a language, or only those that fit `profile`."""
    prompts = _all_prompts(lang)
    if profile is None:
        return list(prompts)
    return [p for p in prompts if (profile.faith or not p.faith) and profile.fits(p.audience)]


def random_prompt(lang: str, profile: Profile, exclude: str | None = None,
                  rng: random.Random | None = None) -> Prompt:
    """A prompt at random that fits her profile, other than `exclude` when there is a
    choice."""
    prompts = load_prompts(lang, profile)
    choices = [p for p in prompts if p.id != exclude] or prompts
    return (rng or random).choice(choices)


def prompt_by_id(prompt_id: str, lang: str) -> Prompt | None:
    return next((p for p in _all_prompts(lang) if p.id == prompt_id), None)
