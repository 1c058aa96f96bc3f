"""Small building blocks shared by the screens of the app shell."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QProgressBar, QPushButton, QWidget


def label(text: str, name: str = "", *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    widget = QLabel(text, parent)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    return widget


def rich_label(text: str, name: str = "", *, parent: QWidget | None = None) -> QLabel:
    """A wrapping label for our own markup (<b>, <a>); never for her text unescaped."""
    widget = label(text, name, parent=parent)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


def button(text: str, name: str = "", *, accessible: str = "",
           parent: QWidget | None = None) -> QPushButton:
    widget = QPushButton(text, parent)
    if name:
        widget.setObjectName(name)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    if name == "linkButton":
        widget.setCursor(Qt.CursorShape.PointingHandCursor)
        widget.setFlat(True)
    return widget


def secret_field(placeholder: str, accessible: str, parent: QWidget | None = None) -> QLineEdit:
    """A line edit for a passphrase: hidden, no undo history, no drag or copy out."""
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setAccessibleName(accessible)
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
    field.setDragEnabled(False)
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    return field


def busy_bar(accessible: str, parent: QWidget | None = None) -> QProgressBar:
    bar = QProgressBar(parent)
    bar.setObjectName("busy")
    bar.setRange(0, 0)  # indeterminate
    bar.setTextVisible(False)
    bar.setAccessibleName(accessible)
    bar.setFixedWidth(220)
    bar.hide()
    return bar


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame
