"""Her text on the clipboard: marked as sensitive, and taken off again on lock and quit.

Copying her own words somewhere else is allowed. What Haven puts on the clipboard
carries the `x-kde-passwordManagerHint: secret` type, which clipboard managers that
know it (Klipper, and others that follow KDE) keep out of their history. Haven
remembers a hash of what it put there, not the text, and clears the clipboard on lock
or quit only while it still holds exactly that: something she copied elsewhere
afterwards is left alone.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QMimeData, QObject, Qt, Slot
from PySide6.QtGui import QClipboard, QGuiApplication

SENSITIVE_TYPE = "x-kde-passwordManagerHint"
SENSITIVE_VALUE = b"secret"


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()


def is_marked(mime: QMimeData | None) -> bool:
    return mime is not None and bytes(mime.data(SENSITIVE_TYPE).data()) == SENSITIVE_VALUE


class SensitiveClipboard(QObject):
    """The one way Haven copies. `watching` is on while the journal is open: then a
    copy made inside Haven by Qt's own widgets (Ctrl+C in a field) is marked too."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: bytes | None = None
        self.watching = False
        self._clipboard().dataChanged.connect(self._on_changed)

    @staticmethod
    def _clipboard() -> QClipboard:
        return QGuiApplication.clipboard()

    def copy_text(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        self._set(mime)

    def holds_ours(self) -> bool:
        return self._ours is not None and _digest(self._clipboard().text()) == self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it still holds what Haven put there. True if cleared."""
        cleared = False
        if self.holds_ours():
            self._clipboard().clear()
            cleared = True
        self._ours = None
        return cleared

    def _set(self, mime: QMimeData) -> None:
        mime.setData(SENSITIVE_TYPE, SENSITIVE_VALUE)
        self._ours = _digest(mime.text())
        self._clipboard().setMimeData(mime)

    @Slot()
    def _on_changed(self) -> None:
        if not self.watching:
            return
        clipboard = self._clipboard()
        mime = clipboard.mimeData()
        if mime is None or is_marked(mime) or not mime.hasText():
            return
        # Copied inside Haven: Haven owns the clipboard (X11, Windows, macOS), or the
        # platform cannot tell and Haven is the application in front.
        ours = clipboard.ownsClipboard() or (
            QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive)
        if not ours:
            return
        copy = QMimeData()
        for fmt in mime.formats():
            copy.setData(fmt, mime.data(fmt))
        self._set(copy)  # emits dataChanged again; marked now, so it stops there
