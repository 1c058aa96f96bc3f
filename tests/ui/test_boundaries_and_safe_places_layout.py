"""Review follow-up: the boundaries list (a warm hint inside the empty list, stacked at the
top; the boundary in bold with its status below), "Take me to a safe place" whole at the
normal and the smallest window, and the needs page without an inline grey."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft
from journal.need_models import NeedDraft
from journal.needs import NeedStore
from ui import dates
from ui.widgets.list_items import TwoLineDelegate

ROOT = Path(__file__).resolve().parents[2]


def test_empty_boundaries_stack_at_the_top_with_a_hint_inside_the_list(page_env, qtbot):
    from ui.pages.boundaries_page import BoundariesPage

    page = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    hint = page.empty_hint.label
    assert hint.isVisible()
    assert hint.text().startswith("No boundaries yet. Start with one small thing")
    assert hint.parent() is page.list_view.viewport()  # inside the list's frame
    assert hint.y() < 20  # at the top of it
    # Title, intro, button and list follow each other without gaps down the page.
    button_bottom = page.new_button.mapTo(page, page.new_button.rect().bottomLeft()).y()
    list_top = page.list_view.mapTo(page, page.list_view.rect().topLeft()).y()
    assert page.list_view.isVisible()
    assert 0 < list_top - button_bottom < 30
    assert page.new_button.mapTo(page, page.new_button.rect().topLeft()).y() < 200

    BoundaryStore(page_env.vault).create(BoundaryDraft("I will rest"))
    page.reload()
    assert not hint.isVisible()
    page.show_list()
    assert not page.empty_hint.isVisibleTo(page)


def test_a_boundary_reads_bold_with_its_status_and_date_muted_below(page_env, qtbot):
    from ui.pages.boundaries_page import BoundariesPage

    BoundaryStore(page_env.vault).create(BoundaryDraft("I sleep in the study for now."))
    page = BoundariesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    assert isinstance(page.list_view.itemDelegate(), TwoLineDelegate)
    index = page.model.index(0)
    today = dates.short_date(date.today(), "en")
    assert index.data() == (f"I sleep in the study for now.\n"
                            f"Considering (since {today}) · Not crossed")
    line = QFontMetrics(page.list_view.font()).height()
    assert page.list_view.visualRect(index).height() >= 2 * line  # two lines, not one
    assert not page.empty_hint.label.isVisible()


def test_boundary_statuses_keep_their_dutch_wording(make_app):
    app = make_app("--demo", "--lang", "nl")
    workspace = app.window.workspace
    workspace.show_page("boundaries")
    model = workspace.boundaries_page.model
    seconds = [model.index(row).data().split("\n")[1] for row in range(model.rowCount())]
    assert any(s.startswith("Ik houd deze grens vast (sinds ") for s in seconds), seconds
    assert any(s.startswith("Aan het overwegen (sinds ") for s in seconds), seconds
    assert workspace.boundaries_page.empty_hint.label.text().startswith("Nog geen grenzen.")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_take_me_to_a_safe_place_is_whole_at_normal_and_smallest_size(make_app, qtbot, lang):
    app = make_app("--demo", "--lang", lang)
    window = app.window
    workspace = window.workspace
    workspace.show_page(workspace.SAFE_PLACES)
    page = workspace.safe_places_page
    assert window.minimumWidth() <= 840
    for size in (QSize(1100, 760), window.minimumSize()):
        window.resize(size)
        qtbot.waitUntil(lambda size=size: window.size() == size)
        assert workspace.minimumSizeHint().width() <= window.minimumWidth()
        for widget in (page.comfort_button, page.up_button, page.down_button,
                       page.new_button):
            assert widget.isVisible()
            assert widget.width() >= widget.sizeHint().width(), (size, widget.text())
        # The form is never cut at the side; in a low window it scrolls up and down.
        editor = page.editor
        assert editor.width() >= editor.minimumSizeHint().width(), size
    window.resize(QSize(1100, 760))
    qtbot.waitUntil(lambda: window.size() == QSize(1100, 760))
    # At the normal size the whole form fits without scrolling.
    scroll_bar = page.editor_scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: not scroll_bar.isVisible())
    assert page.editor.height() <= page.editor_scroll.viewport().height()


def test_needs_without_notes_shows_a_placeholder_not_an_inline_grey(page_env, qtbot):
    from ui.pages.needs_page import NeedsPage

    need_id = NeedStore(page_env.vault).create(NeedDraft("Rest"))
    page = NeedsPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.open_need(need_id)
    assert page.notes_view.toPlainText() == ""
    assert page.notes_view.placeholderText() == "No notes yet."  # the palette's muted colour
    sources = [p.read_text(encoding="utf-8") for p in (ROOT / "ui").glob("*.py")]
    assert not any("#7a6d64" in text.lower() for text in sources)  # the old, too light grey


def test_an_empty_safe_place_list_says_what_will_be_there(page_env, qtbot):
    from journal.safe_place_models import SafePlaceDraft
    from journal.safe_places import SafePlaceStore
    from ui.pages.safe_places_page import SafePlacesPage

    page = SafePlacesPage(page_env.vault, page_env.hub, page_env.settings)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.empty_hint.label.isVisible()
    assert page.empty_hint.label.text() == "Your safe places will appear here."
    assert page.right.currentWidget() is page.placeholder
    SafePlaceStore(page_env.vault).create(SafePlaceDraft(title="The green chair"))
    page.model.reload()
    assert not page.empty_hint.label.isVisible()
