"""Every text on every page can be read in both themes: WCAG AA, 4.5:1 for body text and
3:1 for large text, measured on the real widgets.

The text colour is the widget's own (its palette, which the style sheet sets) and any
colour written into its rich text; the background is what is really painted behind it,
read from a picture of the window (the most common colour in the widget's rectangle), so
cards, sidebars and style-sheet backgrounds all count.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from journal.boundaries import BoundaryStore
from journal.boundary_models import Willingness
from journal.needs import NeedStore
from ui import theme
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.settings_dialog import SettingsDialog
from ui.pages import PAGES

BODY, LARGE = 4.5, 3.0
STYLE = re.compile(r"""style\s*=\s*(["'])(.*?)\1""", re.S)
COLOR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)")
BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)")
FONT_COLOR = re.compile(r"""<font[^>]*color\s*=\s*["']?(#[0-9a-fA-F]{3,8})""")


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def test_the_measure_is_wcags():
    assert contrast(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)
    assert contrast(QColor("#6F6259"), QColor("#2B2623")) < 3  # the card's old labels


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_palettes_text_colours_read_on_its_backgrounds(name):
    """What delegates and plain widgets paint with: text, muted text (item details,
    placeholders) and links, on the page, a field, a card row and a button."""
    colours = theme.LIGHT if name == "light" else theme.DARK
    low = [(fg, bg, round(contrast(QColor(colours[fg]), QColor(colours[bg])), 2))
           for fg in ("text", "muted", "link") for bg in ("window", "base", "alt", "button")
           if contrast(QColor(colours[fg]), QColor(colours[bg])) < BODY]
    assert not low
    assert contrast(QColor(colours["accent_text"]), QColor(colours["accent"])) >= BODY


@dataclass
class Failure:
    where: str
    text: str
    fg: str
    bg: str
    ratio: float
    needed: float

    def __str__(self) -> str:
        return (f"{self.where}: {self.text[:50]!r} {self.fg} on {self.bg} = "
                f"{self.ratio:.2f} < {self.needed}")


def is_large(widget: QWidget) -> bool:
    font = widget.font()
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    return points >= 18 or (points >= 14 and font.weight() >= 600)


def text_of(widget: QWidget) -> tuple[str, str]:
    """(plain text, rich text or "")"""
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return "", ""
        text = widget.text()
        return text, text if re.search(r"<\w+[^>]*>", text) else ""
    if isinstance(widget, QAbstractButton):
        return widget.text(), ""
    if isinstance(widget, QTextEdit):
        return widget.toPlainText(), widget.toHtml()
    return "", ""


def background(image: QImage, rect: QRect) -> QColor:
    counts: Counter[int] = Counter()
    step = max(1, (rect.width() * rect.height()) // 4000)
    i = 0
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            i += 1
            if i % step == 0:
                counts[image.pixel(x, y)] += 1
    return QColor.fromRgb(counts.most_common(1)[0][0])


def ink(image: QImage, rect: QRect, bg: QColor) -> QColor:
    """The text colour as painted: the colour furthest from the background that is
    painted in more than a few pixels (for states a palette does not show, e.g. a
    checked button)."""
    counts: Counter[int] = Counter(image.pixel(x, y)
                                   for y in range(rect.top(), rect.bottom() + 1)
                                   for x in range(rect.left(), rect.right() + 1))
    painted = [QColor.fromRgb(p) for p, n in counts.items() if n >= 3]
    return max(painted, key=lambda c: contrast(c, bg))


def texts_to_check(root: QWidget) -> list[QWidget]:
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractItemView) and widget.isVisibleTo(root):
            model = widget.model()
            if model is not None and model.rowCount():
                found.append(widget)
            continue
        if not isinstance(widget, QLabel | QAbstractButton | QTextEdit):
            continue
        if not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget, QTextEdit) and not widget.isReadOnly():
            continue  # her own writing, in the field's colours (checked as palette)
        plain, _rich = text_of(widget)
        if plain.strip():
            found.append(widget)
    return found


def bring_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget, 0, 0)
        parent = parent.parentWidget()
    QApplication.processEvents()


CHECKED: list[str] = []  # what was measured, so a walk that finds nothing cannot pass


def check(root: QWidget, where: str) -> list[Failure]:
    """The contrast of every visible, enabled text under `root` (a top-level window)."""
    QApplication.processEvents()
    failures: list[Failure] = []
    image = root.grab().toImage()
    for widget in texts_to_check(root):
        if widget.visibleRegion().isEmpty():
            bring_into_view(widget)
            if widget.visibleRegion().isEmpty():
                continue  # hidden behind something else on purpose (a stack's other page)
            image = root.grab().toImage()
        area = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        visible = area.visibleRegion().boundingRect()
        top_left = area.mapTo(root, visible.topLeft())
        rect = QRect(top_left, visible.size()).intersected(image.rect())
        if rect.width() < 2 or rect.height() < 2:
            continue
        bg = background(image, rect)
        plain, rich = text_of(widget)
        CHECKED.append(where)
        needed = LARGE if is_large(widget) else BODY
        own = widget.palette().color(widget.foregroundRole())
        if isinstance(widget, QAbstractButton) and widget.isChecked():
            own = ink(image, rect, bg)
        pairs = [(own, bg)]
        if isinstance(widget, QAbstractItemView):  # what its delegate paints with
            pairs = [(widget.palette().color(QPalette.ColorRole.Text), bg),
                     (widget.palette().color(QPalette.ColorRole.PlaceholderText), bg)]
            plain = f"{widget.accessibleName()} (a list)"
        for style in STYLE.findall(rich):
            declarations = style[1]
            colour = COLOR.search(declarations)
            if colour:
                own = BACKGROUND.search(declarations)
                pairs.append((QColor(colour.group(1)), QColor(own.group(1)) if own else bg))
        pairs += [(QColor(c), bg) for c in FONT_COLOR.findall(rich)]
        for fg, behind in pairs:
            ratio = contrast(fg, behind)
            if ratio < needed:
                failures.append(Failure(f"{where} {type(widget).__name__}"
                                        f"#{widget.objectName()}", plain.strip(), fg.name(),
                                        behind.name(), ratio, needed))
    return failures


@pytest.fixture(params=["light", "dark"])
def demo_app(request, make_app, settings):
    settings.appearance = request.param
    app = make_app("--demo")
    app.window.resize(1280, 2400)  # long pages show most of their texts at once
    QApplication.processEvents()
    return app


def walk(app) -> list[Failure]:
    window = app.window
    workspace = window.workspace
    failures: list[Failure] = []
    for spec in PAGES:
        workspace.show_page(spec.key)
        failures += check(window, spec.key)
    vault = window.vault
    boundaries = workspace.boundaries_page
    workspace.show_page("boundaries")
    logged = next(s for s in BoundaryStore(vault).summaries() if s.crossings)
    boundaries.open_boundary(logged.id)
    failures += check(window, "boundary card")
    boundaries.card.open_crossing_form()
    failures += check(window, "crossing form")
    boundaries.new_boundary()
    failures += check(window, "boundary flow")
    flow = boundaries.flow
    flow.choose_template("separate-room")
    for step in (flow.WILLING, flow.SUMMARY):
        flow.go_to(step)
        if step == flow.WILLING:
            flow.willing_buttons[Willingness.NOT_YET].setChecked(True)
        failures += check(window, f"boundary flow step {step}")
    flow.cancel()
    workspace.show_page("needs")
    workspace.needs_page.open_need(NeedStore(vault).all()[0].id)
    failures += check(window, "needs, a need")
    workspace.show_page("journal")
    workspace.journal_page.open_entry(workspace.journal_page.model.summary_at(1).id)
    failures += check(window, "journal, an entry")
    for dialog in (SettingsDialog(app.settings, window),
                   ExportDialog(window.run_key_work, window)):
        dialog.show()
        failures += check(dialog, type(dialog).__name__)
        dialog.done(0)
        dialog.deleteLater()
    return failures


def test_every_text_on_every_page_meets_wcag_aa(demo_app):
    CHECKED.clear()
    failures = walk(demo_app)
    assert len(CHECKED) > 300 and len(set(CHECKED)) >= len(PAGES) + 6, "too little measured"
    assert not failures, "\n".join(sorted({str(f) for f in failures}))


def test_the_boundary_card_follows_a_theme_switch(make_app, settings, qtbot):
    settings.appearance = "light"
    app = make_app("--demo")
    workspace = app.window.workspace
    workspace.show_page("boundaries")
    page = workspace.boundaries_page
    page.open_boundary(BoundaryStore(app.window.vault).summaries()[0].id)
    assert theme.LIGHT["muted"].lower() in page.card.details.text().lower()
    app.settings.appearance = "dark"  # the demo's own settings (never her file)
    app.hub.settings_changed.emit()
    qtbot.waitUntil(lambda: theme.DARK["muted"].lower() in page.card.details.text().lower(),
                    timeout=2000)
    assert not check(app.window, "boundary card, dark after light")
