"""One accessor for files under resources/: icons, style sheets, translations.

Files are found with importlib.resources, so they work from a checkout and from an
installed package alike. No generated rcc code.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from PySide6.QtGui import QIcon


def resource(*parts: str) -> Traversable:
    path = resources.files("resources")
    for part in parts:
        path = path.joinpath(part)
    return path


def _file_path(*parts: str) -> Path:
    # The package is installed as plain files (no zip), so this is a real path.
    return Path(str(resource(*parts)))


def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg (an empty icon if there is none)."""
    path = _file_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def app_icon() -> QIcon:
    return icon("haven")


def stylesheet(dark: bool) -> str:
    """The app's style sheet: shared layout rules plus the light or dark colours."""
    base = resource("styles", "base.qss").read_text(encoding="utf-8")
    colours = resource("styles", "dark.qss" if dark else "light.qss").read_text(encoding="utf-8")
    # Style sheets name their images as url(@icons@/name.svg).
    icons = _file_path("icons").as_posix()
    return (base + "\n" + colours).replace("@icons@", icons)


def translations_dir() -> Path:
    return _file_path("translations")


def translation_file(lang: str) -> Path:
    """The built .qm file of a language (it may be missing before `make`)."""
    return translations_dir() / f"haven_{lang}.qm"
