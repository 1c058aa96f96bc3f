"""Guidance articles: the same set, titles and prompts in both languages; prompts exist;
the faith switch hides faith articles."""

from __future__ import annotations

from journal.guidance import load_articles, parse_article
from journal.prompts import prompt_by_id


def test_every_article_exists_in_both_languages_with_the_same_prompts():
    en = {a.id: a for a in load_articles("en")}
    nl = {a.id: a for a in load_articles("nl")}
    assert en and set(en) == set(nl)
    for article_id, article in en.items():
        assert article.prompts == nl[article_id].prompts, article_id
        assert article.faith == nl[article_id].faith, article_id
        assert article.title != nl[article_id].title, article_id  # really translated
        assert 2 <= len(article.prompts) <= 3, article_id


def test_prompts_exist_and_articles_are_a_readable_length():
    for lang in ("en", "nl"):
        for article in load_articles(lang):
            for prompt_id in article.prompts:
                assert prompt_by_id(prompt_id, lang) is not None, (lang, prompt_id)
            assert 300 <= len(article.body.split()) <= 650, (lang, article.id)


def test_faith_switch_hides_faith_articles():
    text = "---\nid: x\ntitle: X\ntheme: faith\nfaith: true\nprompts: faith-01\n---\nBody\n"
    article = parse_article(text)
    assert article.faith and article.prompts == ("faith-01",) and article.body == "Body\n"
    for lang in ("en", "nl"):
        without = load_articles(lang, include_faith=False)
        assert not any(a.faith for a in without)
        assert {a.id for a in without} == {a.id for a in load_articles(lang) if not a.faith}
