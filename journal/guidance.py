"""Guidance articles in our own words: resources/guidance/{en,nl}/<id>.md.

Each file starts with front matter between two `---` lines:
    id: seek-support
    title: ...
    theme: support
    faith: false
    prompts: support-01, support-02      (ids from resources/prompts/prompts.json)
and then Markdown. The same ids and prompts exist in both languages (a test checks).

Articles are read in a fixed order, in two groups: for partners (READING_ORDER) and for
partners of someone accused or convicted of sexual boundary-crossing (ACCUSED_ORDER).
An article may stand in both (trust: whether trust can grow again is asked in both
situations, and the article speaks to both); it is listed under each, and its place in
the overall order is its first. An article in neither list comes last, by id, so a new
article shows before it is placed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from journal.search import fold, query_words
from journal.situation import Profile, Situation

LANGUAGES = ("en", "nl")
_WORD = re.compile(r"[^\W_]+")  # a run of letters and digits, as in journal/search.py

READING_ORDER = ("seek-support", "own-recovery", "what-you-need", "self-care",
                 "safe-places", "boundaries", "getting-tested", "his-process", "trust", "pitfalls",
                 "faith")
ACCUSED_ORDER = ("accused-first-steps", "accused-victims-in-family", "accused-danger",
                 "accused-images-of-minors", "accused-false-accusation",
                 "accused-family-safety", "trust")
# The groups as the guidance page shows them, in this order; "other" holds what is in
# neither list yet.
GROUP_PARTNER, GROUP_ACCUSED, GROUP_OTHER = "partner", "accused", "other"
_ALL = READING_ORDER + ACCUSED_ORDER
_GROUPS_OF = {article_id: tuple(group for group, order in (
    (GROUP_PARTNER, READING_ORDER), (GROUP_ACCUSED, ACCUSED_ORDER)) if article_id in order)
    for article_id in _ALL}
_PLACE = {article_id: _ALL.index(article_id) for article_id in _ALL}  # the first place
_ORDER_OF = {GROUP_PARTNER: READING_ORDER, GROUP_ACCUSED: ACCUSED_ORDER}


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
    return tuple(reading_order(found))


def reading_order(articles: Iterable[Article]) -> list[Article]:
    """The fixed reading order; articles in no list last, sorted by id."""
    return sorted(articles, key=lambda a: (_PLACE.get(a.id, len(_PLACE)), a.id))


def group_of(article: Article) -> str:
    """The article's first group (its home): where it stands in the overall order."""
    return groups_of(article)[0]


def groups_of(article: Article) -> tuple[str, ...]:
    """Every group the article is listed under."""
    return _GROUPS_OF.get(article.id, (GROUP_OTHER,))


def group_order(profile: Profile | None = None) -> tuple[str, ...]:
    """The groups in the order the guidance page shows them: the group for partners of
    someone accused first when that is her situation and addiction is not."""
    if profile is not None and profile.situations & {Situation.BOUNDARIES} and not (
            profile.situations & {Situation.ADDICTION}):
        return GROUP_ACCUSED, GROUP_PARTNER, GROUP_OTHER
    return GROUP_PARTNER, GROUP_ACCUSED, GROUP_OTHER


def _position_in(order: tuple[str, ...]) -> Callable[[Article], int]:
    """The sort key of an article in `order` (it must be listed there)."""
    return lambda article: order.index(article.id)


def article_groups(articles: Iterable[Article], profile: Profile | None = None,
                   ) -> list[tuple[str, list[Article]]]:
    """(group, its articles in reading order) for each group that has any, in the order
    that fits her profile. Both groups are always there: only the order changes. An
    article listed in both groups is in both lists."""
    ordered = reading_order(articles)
    groups = []
    for group in group_order(profile):
        members = [a for a in ordered if group in groups_of(a)]
        if group in _ORDER_OF:  # within a group, that group's order
            members.sort(key=_position_in(_ORDER_OF[group]))
        if members:
            groups.append((group, members))
    return groups


def load_articles(lang: str, include_faith: bool = True) -> list[Article]:
    """The articles of a language in reading order; faith articles only if wanted."""
    return [a for a in _articles(lang) if include_faith or not a.faith]


def article_matches(article: Article, text: str) -> bool:
    """Every word of `text` begins a word of the article's title or body, ignoring case
    and diacritics ("bound" finds "boundaries", "alleen" finds "alléén")."""
    wanted = [fold(w) for w in query_words(text)]
    if not wanted:
        return True
    words = {fold(w) for w in _words(article.title + "\n" + article.body)}
    return all(any(w.startswith(q) for w in words) for q in wanted)


def matched_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) of each word of `text` that a word of `query` finds, as
    `article_matches` finds them: where an opened article marks what she searched."""
    wanted = [fold(w) for w in query_words(query)]
    if not wanted:
        return []
    return [m.span() for m in _WORD.finditer(text)
            if any(fold(m.group()).startswith(q) for q in wanted)]


def search_articles(lang: str, text: str, include_faith: bool = True) -> list[Article]:
    """The articles that mention every word of `text`, in reading order (all of them
    when `text` holds no word)."""
    return [a for a in load_articles(lang, include_faith) if article_matches(a, text)]


def _words(text: str) -> list[str]:
    """All words of a text, as the journal search reads words (query_words stops after
    a few, for a query)."""
    return _WORD.findall(unicodedata.normalize("NFC", text))


def article_by_id(article_id: str, lang: str) -> Article | None:
    """One article by its id (a path step names the article to read)."""
    return next((a for a in _articles(lang) if a.id == article_id), None)
