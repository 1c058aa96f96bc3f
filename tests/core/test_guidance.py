"""Guidance articles: the same set, titles and prompts in both languages; prompts exist;
the groups each list what was decided for them; the faith switch hides faith articles."""

from __future__ import annotations

from journal.guidance import (
    ACCUSED_ORDER,
    GROUP_ACCUSED,
    GROUP_OTHER,
    GROUP_PARTNER,
    READING_ORDER,
    Article,
    article_groups,
    article_matches,
    group_of,
    groups_of,
    load_articles,
    matched_spans,
    parse_article,
    reading_order,
    search_articles,
)
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
            # The texts for partners of someone accused carry the safety steps for both
            # countries (numbers, hours, the evening and weekend route), so they may run longer.
            longest = 800 if group_of(article) == GROUP_ACCUSED else 650
            assert 300 <= len(article.body.split()) <= longest, (lang, article.id)


def test_faith_switch_hides_faith_articles():
    text = "---\nid: x\ntitle: X\ntheme: faith\nfaith: true\nprompts: faith-01\n---\nBody\n"
    article = parse_article(text)
    assert article.faith and article.prompts == ("faith-01",) and article.body == "Body\n"
    for lang in ("en", "nl"):
        without = load_articles(lang, include_faith=False)
        assert not any(a.faith for a in without)
        assert {a.id for a in without} == {a.id for a in load_articles(lang) if not a.faith}


def _article(article_id: str, body: str = "Body", *, title: str = "", faith: bool = False
             ) -> Article:
    return parse_article(f"---\nid: {article_id}\ntitle: {title or article_id}\ntheme: t\n"
                         f"faith: {str(faith).lower()}\nprompts: faith-01\n---\n{body}\n")


def test_articles_come_in_the_fixed_reading_order_in_two_groups():
    assert len(set(READING_ORDER + ACCUSED_ORDER)) == 17
    ids = [a.id for a in load_articles("en")]
    known = [i for i in dict.fromkeys(READING_ORDER + ACCUSED_ORDER) if i in ids]  # first places
    assert ids[:len(known)] == known  # the articles that exist, in reading order
    for lang in ("en", "nl"):  # every article has its place: none falls into "More to read"
        assert {a.id for a in load_articles(lang)} == set(READING_ORDER + ACCUSED_ORDER)
    everything = [_article("zz-new"), _article("aa-new"), _article("accused-danger"),
                  _article("pitfalls"), _article("faith", faith=True), _article("seek-support")]
    ordered = [a.id for a in reading_order(everything)]
    assert ordered.index("seek-support") < ordered.index("pitfalls") < ordered.index(
        "faith") < ordered.index("accused-danger") < ordered.index("aa-new") < ordered.index(
        "zz-new")
    groups = article_groups(everything)
    assert [g for g, _ in groups] == [GROUP_PARTNER, GROUP_ACCUSED, GROUP_OTHER]
    assert [a.id for a in groups[1][1]] == ["accused-danger"]
    assert [a.id for a in groups[2][1]] == ["aa-new", "zz-new"]  # not placed yet: by id
    assert article_groups([_article("seek-support")]) == [
        (GROUP_PARTNER, [_article("seek-support")])]


def test_each_group_lists_the_articles_decided_for_it_and_trust_is_in_both():
    # Whether trust can grow again is asked after an addiction and after an accusation;
    # the article speaks to both, so both groups list it (last for partners of someone
    # accused, after the safety texts).
    for lang in ("en", "nl"):
        groups = dict(article_groups(load_articles(lang)))
        assert [a.id for a in groups[GROUP_PARTNER]] == [
            "seek-support", "own-recovery", "what-you-need", "self-care", "safe-places",
            "boundaries", "getting-tested", "his-process", "trust", "pitfalls", "faith"]
        assert [a.id for a in groups[GROUP_ACCUSED]] == [
            "accused-first-steps", "accused-victims-in-family", "accused-danger",
            "accused-images-of-minors", "accused-false-accusation", "accused-family-safety",
            "trust"]
        assert GROUP_OTHER not in groups
    trust = _article("trust")
    assert groups_of(trust) == (GROUP_PARTNER, GROUP_ACCUSED)
    assert group_of(trust) == GROUP_PARTNER  # its place in the overall order
    ordered = [a.id for a in reading_order([_article("accused-danger"), trust,
                                             _article("pitfalls")])]
    assert ordered == ["trust", "pitfalls", "accused-danger"]  # each article once


def test_search_needs_every_word_ignoring_case_and_diacritics():
    article = _article("x", "Je hoeft het niet alléén te doen. Grenzen stellen helpt.",
                       title="Steun zoeken")
    assert article_matches(article, "alleen")
    assert article_matches(article, "ALLÉÉN grenz")  # a word may begin a longer one
    assert article_matches(article, "steun")  # the title counts too
    assert not article_matches(article, "alleen vakantie")  # every word must occur
    assert not article_matches(article, "renzen")  # words are matched from the start
    assert article_matches(article, "  ...  ")  # no word: everything matches


def test_the_words_a_search_found_are_where_it_found_them():
    text = "Je hoeft het niet alléén te doen. Grenzen stellen, alleen voor jou."
    spans = matched_spans(text, "ALLEEN grenz")
    assert [text[a:b] for a, b in spans] == ["alléén", "Grenzen", "alleen"]
    assert matched_spans(text, "renzen") == []  # from the start of a word, as found
    assert matched_spans(text, "  ...  ") == []  # no word: nothing to mark


def test_search_articles_finds_real_articles_and_respects_the_faith_switch():
    for lang in ("en", "nl"):
        everything = search_articles(lang, "")
        assert [a.id for a in everything] == [a.id for a in load_articles(lang)]
        tested = search_articles(lang, "GGD")
        assert "getting-tested" in [a.id for a in tested]
        assert search_articles(lang, "qqqzz") == []
        faith = [a for a in load_articles(lang) if a.faith]
        for article in faith:
            word = article.title.split()[0]
            assert article.id not in [a.id for a in search_articles(lang, word,
                                                                    include_faith=False)]
