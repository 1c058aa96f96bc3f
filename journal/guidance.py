"""Guidance articles in our own words: resources/guidance/{en,nl}/<id>.md.

Each file starts with front matter between two `---` lines:
    id: seek-support
    title: ...
    theme: support
    faith: false
    prompts: support-01, support-02      (ids from resources/prompts/prompts.json)
and then Markdown. The same ids and prompts exist in both languages (a test checks).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

LANGUAGES = ("en", "nl")


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    theme: str
    faith: bool
    prompts: tuple[str, ...]
    body: str  # Markdown


def parse_article(text: str) -> Article:
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        raise ValueError("no front matter")
    end = lines.index("---", 1)
    meta: dict[str, str] = {}
    for line in lines[1:end]:
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    prompts = tuple(p.strip() for p in meta.get("prompts", "").split(",") if p.strip())
    return Article(id=meta["id"], title=meta["title"], theme=meta.get("theme", ""),
                   faith=meta.get("faith", "false").lower() == "true", prompts=prompts,
                   body="\n".join(lines[end + 1:]).strip() + "\n")


@cache
def _articles(lang: str) -> tuple[Article, ...]:
    if lang not in LANGUAGES:
        lang = "en"
    folder = resources.files("resources").joinpath("guidance", lang)
    found = [parse_article(f.read_text(encoding="utf-8")) for f in folder.iterdir()
             if f.name.endswith(".md")]
    return tuple(sorted(found, key=lambda a: a.id))


def load_articles(lang: str, include_faith: bool = True) -> list[Article]:
    return [a for a in _articles(lang) if include_faith or not a.faith]


def article_by_id(article_id: str, lang: str) -> Article | None:
    return next((a for a in _articles(lang) if a.id == article_id), None)
