"""Render resources/icons/haven.svg to the PNG sizes of the hicolor icon theme (and the
256 px PNG that PyInstaller turns into the Windows and macOS icons), with Qt's own SVG
renderer: nothing to install, nothing binary committed.

    python packaging/render_icons.py OUT_DIR   ->  OUT_DIR/<n>x<n>/apps/haven.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "haven.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(out: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / f"{size}x{size}" / "apps" / "haven.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
        written.append(target)
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1])):
        print(path)
