"""The new-user review's layout findings: the sidebar and the check-in at the smallest
window, tick boxes that can be seen, a quiet focus that follows the page, Help now's
shortcut, the quick-exit keys in view, quotes in the reading view, readable helper text."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QTextFormat
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from journal.entries import EntryStore
from journal.models import EntryDraft
from ui import resources, theme
from ui.main_window import Workspace
from ui.pages.worksheet import RADIO_STYLE
from ui.sidebar import NAV_BORDER, NAV_PADDING

NORMAL_SIZE = QSize(1100, 760)


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG contrast ratio of two colours."""
    def luminance(colour: str | QColor) -> float:
        c = QColor(colour)
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return (0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
                + 0.0722 * channel(c.blueF()))
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colours(dark: bool) -> str:
    return resources.resource("styles", "dark.qss" if dark else "light.qss").read_text(
        encoding="utf-8")


def rule(sheet: str, selector: str) -> str:
    """The body of the first rule whose selector list starts with `selector`."""
    match = re.search(re.escape(selector) + r"[^{]*\{([^}]*)\}", sheet)
    assert match, selector
    return match.group(1)


def colour_of(body: str, prop: str) -> str:
    match = re.search(prop + r"\s*:[^;#]*(#[0-9A-Fa-f]{6})", body)
    assert match, (prop, body)
    return match.group(1)


def in_sidebar(workspace: Workspace, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(workspace.sidebar, QPoint(0, 0)), widget.size())


def chosen_width(nav: QWidget) -> int:
    """How wide a link's text is in the chosen link's weight (600 in the style sheets)."""
    for dark in (False, True):
        assert "font-weight: 600;" in rule(colours(dark), "QPushButton#navButton:checked")
    font = QFont(nav.font())
    font.setWeight(QFont.Weight.DemiBold)  # 600
    return QFontMetrics(font).horizontalAdvance(nav.text())


def assert_sidebar_whole(workspace: Workspace) -> None:
    sidebar = workspace.sidebar.rect()
    links = in_sidebar(workspace, workspace.nav_scroll)
    fixed = [workspace.settings_button, workspace.help_now_button, workspace.lock_button,
             workspace.quick_exit_button, workspace.quick_exit_keys_label]
    for widget in fixed:
        rect = in_sidebar(workspace, widget)
        assert widget.isVisible() and sidebar.contains(rect), widget.text()
        assert not rect.intersects(links), widget.text()
        needed = widget.minimumSizeHint()
        assert rect.height() >= needed.height() and rect.width() >= needed.width()
    for a, b in itertools.pairwise(fixed):
        assert in_sidebar(workspace, a).bottom() < in_sidebar(workspace, b).top()
    title = workspace.sidebar_title
    assert not in_sidebar(workspace, title).intersects(links)
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
    viewport = QRect(workspace.nav_scroll.viewport().mapTo(workspace.sidebar, QPoint(0, 0)),
                     workspace.nav_scroll.viewport().size())
    for nav in [*workspace.nav_buttons, workspace.settings_button]:
        if nav is workspace.settings_button:  # below the links, always in view
            assert chosen_width(nav) + 2 * (NAV_PADDING + NAV_BORDER) <= nav.width()
            continue
        # Measured with the bold font of the chosen link: never cut, chosen or not.
        padding = 2 * (NAV_PADDING + NAV_BORDER)  # base.qss padding and the transparent border
        assert chosen_width(nav) + padding <= nav.width(), nav.text()
        # Every link can be scrolled into view, whole and right of the scroll bar.
        workspace.nav_scroll.ensureWidgetVisible(nav, 0, 0)
        rect = in_sidebar(workspace, nav)
        assert viewport.contains(rect), nav.text()
        bar = workspace.nav_scroll.verticalScrollBar()
        if bar.isVisible():
            assert rect.right() < bar.mapTo(workspace.sidebar, QPoint(0, 0)).x(), nav.text()


@pytest.mark.parametrize(("lang", "name"), [("en", ""), ("nl", ""), ("en", "reading"),
                                            ("nl", "recipes"), ("nl", "reading")])
def test_the_sidebar_is_whole_at_the_smallest_and_a_normal_size(make_app, qtbot, settings,
                                                                lang, name):
    settings.discreet = bool(name)
    settings.discreet_name = name or "notes"
    app = make_app("--demo", "--lang", lang)
    window = app.window
    workspace = window.workspace
    for size in (window.minimumSize(), NORMAL_SIZE):
        window.resize(size)
        qtbot.waitUntil(lambda s=size: window.size() == s)
        for index in range(workspace.page_count):  # each link chosen (bold) in turn
            workspace.show_page(index)
            QApplication.processEvents()
            assert_sidebar_whole(workspace)
        if size == NORMAL_SIZE:  # a normal window shows all links without scrolling
            assert workspace.nav_scroll.verticalScrollBar().maximum() == 0
    # The small-screen promise still holds with the wider (bold-proof) sidebar.
    assert workspace.minimumSizeHint().width() <= window.minimumWidth()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_checkin_fits_the_smallest_window_without_scrolling_sideways(make_app, qtbot,
                                                                         lang):
    app = make_app("--demo", "--lang", lang)
    window = app.window
    workspace = window.workspace
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.size() == window.minimumSize())
    workspace.open_checkin()
    page = workspace.checkin_page
    scroll = page.findChild(QScrollArea)
    QApplication.processEvents()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    form = page.form
    area = QRect(form.mapTo(scroll.viewport(), QPoint(0, 0)), form.size())
    assert area.right() < scroll.viewport().width()
    rows = [form.mood, form.anxiety, form.safety, form.sleep_quality, form.meals]
    shown = [*(b for row in rows for b in row.buttons), *form.chips.values(),
             *form.trigger_boxes.values(), form.sleep_hours, form.movement,
             page.day_edit, page.which, page.done_button]
    assert form.chips and form.trigger_boxes  # the demo has both, or this proves little
    for widget in shown:
        rect = QRect(widget.mapTo(scroll.viewport(), QPoint(0, 0)), widget.size())
        assert rect.left() >= 0, widget.accessibleName()
        assert rect.right() < scroll.viewport().width(), widget.accessibleName()
        assert widget.width() >= widget.minimumSizeHint().width()
    # The 0-10 buttons of a row do not cover each other.
    for row in rows:
        for a, b in itertools.pairwise(row.buttons):
            ga, gb = a.geometry(), b.geometry()
            assert not ga.intersects(gb)


@pytest.mark.parametrize("dark", [False, True])
def test_tick_boxes_have_a_border_that_can_be_seen(dark):
    sheet = colours(dark)
    body = rule(sheet, "QCheckBox::indicator")
    border, fill = colour_of(body, "border"), colour_of(body, "background")
    palette = theme.DARK if dark else theme.LIGHT
    card = colour_of(rule(sheet, "QFrame#card"), "background")
    for ground in (fill, palette["window"], palette["base"], card):
        assert contrast(border, ground) >= 3, (border, ground)
    assert "QAbstractItemView::indicator" in sheet  # tick boxes in lists too


@pytest.mark.parametrize("dark", [False, True])
def test_helper_text_is_readable_on_every_ground(dark):
    sheet = colours(dark)
    muted = colour_of(rule(sheet, "QLabel#subtle"), "color")
    palette = theme.DARK if dark else theme.LIGHT
    sidebar = colour_of(rule(sheet, "QFrame#sidebar"), "background")
    card = colour_of(rule(sheet, "QFrame#card"), "background")
    for ground in (palette["window"], palette["base"], sidebar, card):
        assert contrast(muted, ground) >= 4.5, (muted, ground)
    assert contrast(palette["muted"], palette["window"]) >= 4.5  # placeholders


@pytest.mark.parametrize("dark", [False, True])
def test_focus_is_a_quiet_outline_not_the_accent_colour(dark):
    sheet = colours(dark)
    palette = theme.DARK if dark else theme.LIGHT
    accent = palette["accent"].upper()
    for selector in ("QPushButton:focus", "QFrame#sidebar QPushButton#navButton:focus",
                     "QToolButton#filterButton:focus"):
        body = rule(sheet, selector)
        assert accent not in body.upper() and "dashed" in body, selector
        assert contrast(colour_of(body, "border"), palette["window"]) >= 3
    assert contrast(palette["focus"], palette["window"]) >= 3
    focus = RADIO_STYLE[RADIO_STYLE.index("QRadioButton:focus"):]
    assert "highlight" not in focus


def test_opening_a_page_puts_the_focus_in_it(make_app, qtbot):
    app = make_app("--demo")
    window = app.window
    workspace = window.workspace
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    for index in (workspace.TRENDS, workspace.SAFE_PLACES,
                  workspace.pages.indexOf(workspace.boundaries_page), workspace.TODAY):
        qtbot.mouseClick(workspace.nav_buttons[index], Qt.MouseButton.LeftButton)
        page = workspace.pages.widget(index)
        focus = QApplication.focusWidget()
        assert focus is not None and page.isAncestorOf(focus), (index, focus)
        assert not workspace.sidebar.isAncestorOf(focus)
        if index == workspace.TRENDS:  # on the chosen period, not on another one
            assert focus is workspace.trends_page.period_group.checkedButton()


def test_help_now_has_a_shortcut_and_the_quick_exit_keys_show(make_app, qtbot):
    app = make_app("--demo", "--lang", "nl")
    window = app.window
    workspace = window.workspace
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    combo = QKeySequence("Ctrl+H")[0]
    qtbot.keyClick(QApplication.focusWidget() or window, combo.key(),
                   combo.keyboardModifiers())
    assert workspace.pages.currentWidget() is workspace.safety_page
    assert "Ctrl+H" in workspace.help_now_button.toolTip()
    keys = workspace.quick_exit_keys_label
    assert keys.text() == "Druk 2× op Esc" and keys.isVisible()
    assert keys.geometry().top() >= workspace.quick_exit_button.geometry().bottom()
    # No other action of the window uses the same keys.
    taken = [a for w in (window, workspace) for a in w.actions()
             if a.shortcut() == QKeySequence("Ctrl+H")]
    assert len(taken) == 1


def test_quotes_are_styled_in_the_reading_view(qtbot, vault, hub, settings):
    from ui.pages.journal_page import JournalPage

    entry_id = EntryStore(vault).create(EntryDraft(
        date(2024, 2, 5), "", "Before.\n\n> You are not responsible for his choices.\n\nAfter."))
    page = JournalPage(vault, hub, settings)
    qtbot.addWidget(page)
    page.open_entry(entry_id)
    page.editor.read_button.setChecked(True)
    document = page.editor.body_view.document()
    block = document.begin()
    quoted, plain = [], []
    while block.isValid():
        level = block.blockFormat().property(QTextFormat.Property.BlockQuoteLevel)
        (quoted if level else plain).append(block)
        block = block.next()
    assert [b.text() for b in quoted] == ["You are not responsible for his choices."]
    quote = quoted[0]
    assert quote.blockFormat().leftMargin() > 0
    assert quote.blockFormat().background().style() != Qt.BrushStyle.NoBrush
    words = quote.begin().fragment().charFormat()
    assert words.fontItalic()
    assert words.foreground().color() != plain[0].begin().fragment().charFormat(
    ).foreground().color()
