"""Writing prompts in our own words, in Dutch and English (resources/prompts)."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from journal.resources import load_json

LANGUAGES = ("en", "nl")


@dataclass(frozen=True)
class Prompt:
    id: str
    theme: str
    faith: bool
    text: str


@cache
def _all_prompts(lang: str) -> tuple[Prompt, ...]:
    if lang not in LANGUAGES:
        lang = "en"
    data = load_json("prompts", "prompts.json")
    return tuple(Prompt(p["id"], p["theme"], bool(p["faith"]), p[lang]) for p in data["prompts"])


def load_prompts(lang: str, include_faith: bool = True) -> list[Prompt]:
    return [p for p in _all_prompts(lang) if include_faith or not p.faith]


def random_prompt(lang: str, include_faith: bool = True, exclude: str | None = None,
                  rng: random.Random | None = None) -> Prompt:
    """A prompt at random, other than `exclude` when there is a choice."""
    prompts = load_prompts(lang, include_faith)
    choices = [p for p in prompts if p.id != exclude] or prompts
    return (rng or random).choice(choices)


def prompt_by_id(prompt_id: str, lang: str) -> Prompt | None:
    return next((p for p in _all_prompts(lang) if p.id == prompt_id), None)
