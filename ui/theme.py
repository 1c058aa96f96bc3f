"""Light and dark appearance: a warm palette plus the style sheet from resources/styles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui import resources

# Calm, warm colours: cream paper and terracotta by day, warm charcoal by night.
LIGHT = {
    "window": "#F7F1EA", "base": "#FFFCF8", "alt": "#F3EBE2", "text": "#3B332E",
    "muted": "#6F6259", "button": "#EFE6DC", "accent": "#A65F47", "accent_text": "#FFFFFF",
    "border": "#E2D6CA", "link": "#96523C", "tooltip": "#FFF8EE",
    "focus": "#85776C",
}
DARK = {
    "window": "#221E1C", "base": "#2A2522", "alt": "#302A27", "text": "#EEE6DE",
    "muted": "#A99C92", "button": "#3A322E", "accent": "#D99A7E", "accent_text": "#241C18",
    "border": "#443A35", "link": "#E3AD93", "tooltip": "#3A322E",
    "focus": "#938479",
}


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve_dark(appearance: str) -> bool:
    """Whether to show the dark look for a setting of "system", "light" or "dark"."""
    if appearance == "dark":
        return True
    if appearance == "light":
        return False
    return system_prefers_dark()


def palette(dark: bool) -> QPalette:
    c = DARK if dark else LIGHT
    pal = QPalette()
    role = QPalette.ColorRole
    for r, key in ((role.Window, "window"), (role.Base, "base"), (role.AlternateBase, "alt"),
                   (role.Text, "text"), (role.WindowText, "text"), (role.ButtonText, "text"),
                   (role.Button, "button"), (role.Highlight, "accent"),
                   (role.HighlightedText, "accent_text"), (role.Link, "link"),
                   (role.LinkVisited, "link"), (role.ToolTipBase, "tooltip"),
                   (role.ToolTipText, "text"), (role.PlaceholderText, "muted"),
                   (role.Mid, "border"), (role.Midlight, "border"),
                   # palette(dark) in style sheets: the quiet, neutral focus outline,
                   # >= 3:1 against the page.
                   (role.Dark, "focus")):
        pal.setColor(r, QColor(c[key]))
    pal.setColor(role.BrightText, QColor(c["accent"]))
    disabled = QColor(c["muted"])
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return pal


def mark_colors_for(palette: QPalette) -> tuple[str, str]:
    """A soft marker (background, text) for matched words, readable in both looks and
    on a selected row."""
    base = palette.color(QPalette.ColorRole.Base)
    return ("#7A5433", "#FFF4E6") if base.lightness() < 128 else ("#F2D7A6", "#3B332E")


def apply(app: QApplication, appearance: str) -> bool:
    """Apply the look for `appearance` to the whole app; returns whether it is dark."""
    dark = resolve_dark(appearance)
    app.setStyle("Fusion")
    app.setPalette(palette(dark))
    app.setStyleSheet(resources.stylesheet(dark))
    return dark
