"""The guidance page: articles grouped under headings in reading order, a search field
that filters them (Ctrl+F), an empty state, and the faith switch."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from journal.guidance import READING_ORDER, article_groups, load_articles
from journal.search import fold
from journal.situation import Profile, ProfileStore, Situation
from tests.ui.conftest import show_active, unlock_with
from ui.pages.guidance_page import LINE_HEIGHT, MARGIN, GuidancePage


def listed(articles) -> list[str]:
    """The article ids as the page lists them: group by group (trust under both)."""
    return [a.id for _group, members in article_groups(articles) for a in members]


def rows(page: GuidancePage) -> list[tuple[str, str | None]]:
    out = []
    for i in range(page.article_list.count()):
        item = page.article_list.item(i)
        out.append((item.text().strip(), item.data(Qt.ItemDataRole.UserRole)))
    return out


def test_articles_are_grouped_under_headings_in_reading_order(page_env, qtbot):
    ProfileStore(page_env.vault).save(Profile(faith=True))
    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    shown = rows(page)
    assert shown[0] == ("For every partner, and when it is his porn or sex addiction", None)
    assert not page.article_list.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    ids = [article_id for _text, article_id in shown if article_id]
    assert ids == listed(load_articles("en"))
    partner = ids[:ids.index("accused-first-steps")]
    assert partner == sorted(partner, key=READING_ORDER.index)
    assert page.article is not None and page.article.id == ids[0]


def test_trust_is_listed_under_both_groups_and_keeps_the_row_she_clicked(page_env, qtbot):
    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    shown = rows(page)
    accused_heading = shown.index(("When he crossed sexual boundaries, or is accused of it", None))
    trust_rows = [i for i, (_t, article_id) in enumerate(shown) if article_id == "trust"]
    assert len(trust_rows) == 2 and trust_rows[0] < accused_heading < trust_rows[1]
    for row in reversed(trust_rows):
        page.article_list.setCurrentRow(row)
        assert page.article.id == "trust" and page.article_list.currentRow() == row


def test_the_group_for_her_situation_comes_first_and_faith_only_when_she_chose_it(
        page_env, qtbot):
    ProfileStore(page_env.vault).save(Profile(frozenset({Situation.BOUNDARIES})))
    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    shown = rows(page)
    assert shown[0] == ("When he crossed sexual boundaries, or is accused of it", None)
    # The other group is still there.
    assert ("For every partner, and when it is his porn or sex addiction", None) in shown
    assert "faith" not in [i for _t, i in shown]


def test_search_filters_by_every_word_and_says_when_nothing_matches(page_env, qtbot):
    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.search_edit, "ggd")
    ids = [i for _t, i in rows(page) if i]
    assert ids == ["getting-tested"]
    assert page.article.id == "getting-tested"
    assert not page.empty_label.isVisible()
    qtbot.keyClicks(page.search_edit, " qqqzz")
    assert page.empty_label.isVisible() and not page.article_list.isVisible()
    assert page.empty_label.text() == "No article mentions “ggd qqqzz”.\nTry another word."
    page.search_edit.clear()
    assert [i for _t, i in rows(page) if i] == listed(load_articles("en", False))
    assert page.article_list.isVisible() and not page.empty_label.isVisible()
    assert page.article.id == "getting-tested"  # the open article stays open


def test_search_leaves_out_faith_articles_when_faith_is_off(page_env, qtbot):
    ProfileStore(page_env.vault).save(Profile(faith=True))
    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.search_edit.setText("psalm")  # only the faith article mentions psalms
    assert [i for _t, i in rows(page) if i] == ["faith"]
    ProfileStore(page_env.vault).save(Profile(faith=False))
    page.reload()
    assert not page.empty_label.isHidden() and page.article_list.isHidden()
    assert rows(page) == []


def test_ctrl_f_on_the_guidance_page_focuses_its_search(make_app, qtbot, closed_vault):
    app = make_app(folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.show_page(workspace.pages.indexOf(workspace.guidance_page))
    app.window.activateWindow()
    qtbot.waitUntil(app.window.isActiveWindow)
    qtbot.keyClick(app.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(workspace.guidance_page.search_edit.hasFocus)
    assert workspace.current_page == workspace.pages.indexOf(workspace.guidance_page)
    workspace.show_page(workspace.TODAY)
    qtbot.keyClick(app.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert workspace.current_page == workspace.JOURNAL  # elsewhere it searches the journal


def line_lengths(document) -> list[int]:
    """The characters on each full line of the article's paragraphs (not a paragraph's
    last line, which may be short)."""
    lengths = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        if not block.blockFormat().headingLevel() and layout.lineCount() > 1:
            lengths += [layout.lineAt(i).textLength() for i in range(layout.lineCount() - 1)]
        block = block.next()
    return lengths


def test_an_article_reads_like_a_good_book(page_env, qtbot):
    """About 70 characters a line in a wide window, a margin, airy lines, light headings."""
    page = show_active(qtbot, GuidancePage(page_env.vault, page_env.hub, page_env.settings),
                       1366, 800)
    page.open_article(page.articles[1].id)
    document = page.reader.document()
    document.setTextWidth(page.reader.viewport().width())
    lengths = sorted(line_lengths(document))
    assert lengths, "no full lines: the article proves nothing"
    median = lengths[len(lengths) // 2]
    assert 55 <= median <= 80, median
    assert document.documentMargin() >= MARGIN
    block = document.begin()
    weights = []
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.headingLevel():
            weights.append(block.charFormat().fontWeight())
            cursor_format = block.begin().fragment().charFormat()
            weights.append(cursor_format.fontWeight())
        elif block.text().strip():
            assert fmt.lineHeight() >= LINE_HEIGHT - 10, block.text()[:40]
        block = block.next()
    assert weights and max(weights) <= 600  # demi-bold, not heavy


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_images_article_links_to_where_to_report_in_help_now(make_app, qtbot,
                                                                   closed_vault, lang):
    """Where it says where to turn, the article about sexual images of minors links to
    Help now's reporting lines; the link opens them, in view, and loads nothing."""
    from PySide6.QtCore import QUrl

    body = next(a for a in load_articles(lang) if a.id == "accused-images-of-minors").body
    assert "](help-now:report)" in body.split("## ")[3]  # the section "Where you can turn"
    app = make_app("--lang", lang, folder=closed_vault.folder)
    unlock_with(qtbot, app, closed_vault.passphrase)
    workspace = app.window.workspace
    workspace.open_article("accused-images-of-minors")
    reader = workspace.guidance_page.reader
    assert "help-now:report" in reader.toMarkdown()
    reader.anchorClicked.emit(QUrl("help-now:report"))
    assert workspace.current_page == workspace.pages.indexOf(workspace.safety_page)
    assert reader.source().isEmpty()  # the reader did not try to follow the link
    safety = workspace.safety_page
    title = safety.help_card.section_titles["report"]
    assert title.text().endswith(("Reporting (not urgent)</i>", "Melden (geen spoed)</i>"))
    assert not title.visibleRegion().isEmpty()  # scrolled into view


def article_links(document) -> list[tuple[str, bool]]:
    """(href, underlined) of each linked piece of text in the article."""
    found = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            chars = it.fragment().charFormat()
            if chars.isAnchor():
                found.append((chars.anchorHref(), chars.fontUnderline()))
            it += 1
        block = block.next()
    return found


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_a_link_in_an_article_is_underlined_as_the_prompts_under_it_are(page_env, qtbot,
                                                                         qapp, appearance):
    from ui import theme

    sheet, palette = qapp.styleSheet(), qapp.palette()
    theme.apply(qapp, appearance)
    try:
        page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
        qtbot.addWidget(page)
        page.open_article("accused-images-of-minors")
        links = article_links(page.reader.document())
    finally:
        qapp.setStyleSheet(sheet)
        qapp.setPalette(palette)
    assert links and all(underlined for _href, underlined in links), links


def marked_words(page: GuidancePage) -> list[str]:
    return [s.cursor.selectedText() for s in page.reader.extraSelections()]


def test_the_searched_words_are_marked_in_the_open_article(page_env, qtbot):
    page = GuidancePage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.show()
    page.search_edit.setText("images")
    assert page.article.id == "accused-images-of-minors"
    marked = marked_words(page)
    assert marked and {fold(w) for w in marked} == {"images"}
    text = page.reader.toPlainText()
    assert len(marked) == len(re.findall(r"\bimages\b", text, re.IGNORECASE))
    # The start of a word finds it, ignoring case, as the search does.
    page.search_edit.setText("images REPORT")
    assert page.article.id == "accused-images-of-minors"
    marked = {w.casefold() for w in marked_words(page)}
    assert {"images", "report", "reporting"} <= marked
    assert all(w.startswith(("images", "report")) for w in marked)
    # Without a search nothing is marked; another article opened is not marked either.
    page.search_edit.clear()
    assert marked_words(page) == []
