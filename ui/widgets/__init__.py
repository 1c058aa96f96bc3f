"""Small building blocks shared by the screens of the app shell."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from journal.vault import Vault

# Every form saves what she typed this long after her last change (and on save_pending).
AUTOSAVE_MS = 1000


def shortened(text: str, length: int) -> str:
    """`text` on one line (its spaces and line breaks as single spaces), whole up to
    `length` characters, else cut after the last whole word that fits, with "…": a quote
    cut mid-word ("…honesty wi…") read like a typing error."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    cut = text[:length]
    if text[length] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"


def autosave_timer(parent: QObject, save: Callable[[], object]) -> QTimer:
    """A single-shot timer that calls `save` AUTOSAVE_MS after it was last (re)started."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(AUTOSAVE_MS)
    timer.timeout.connect(save)
    return timer


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


def message_label(name: str = "", *, parent: QWidget | None = None) -> QLabel:
    """An empty label for a status or error sentence; screen readers call it "Message".
    With the name "errorText" it starts hidden, until there is something to say."""
    widget = label("", name, parent=parent)
    widget.setAccessibleName(QCoreApplication.translate("Widgets", "Message"))
    if name == "errorText":
        widget.hide()
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


def path_picker(placeholder: str, accessible: str, choose_accessible: str,
                parent: QWidget | None = None) -> tuple[QLineEdit, QPushButton, QHBoxLayout]:
    """A read-only line that shows the chosen file or folder, a "Choose…" button beside
    it, and the row that holds both (for a form)."""
    place = QLineEdit(parent)
    place.setReadOnly(True)
    place.setPlaceholderText(placeholder)
    place.setAccessibleName(accessible)
    choose = button(QCoreApplication.translate("Widgets", "Choose…"), parent=parent,
                    accessible=choose_accessible)
    row = QHBoxLayout()
    row.addWidget(place, 1)
    row.addWidget(choose)
    return place, choose, row


class SecretLineEdit(QLineEdit):
    """A line edit whose clear() also drops Qt's undo history: QLineEdit.clear() keeps
    every removed character there, so with the text shown an undo would bring the
    passphrase back. setText("") empties the history (its freed memory is not wiped)."""

    def clear(self) -> None:
        self.setText("")


def secret_field(placeholder: str, accessible: str, parent: QWidget | None = None) -> QLineEdit:
    """A line edit for a passphrase: hidden, no undo history once cleared, no drag or
    copy out."""
    field = SecretLineEdit(parent)
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


def scrolling_page(page: QWidget, content: QWidget) -> QScrollArea:
    """Fill `page` edge to edge with a frameless scroll area showing `content`, so a
    page taller than a small window scrolls instead of squeezing its fields."""
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll


def card(parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("card")
    frame.setFrameShape(QFrame.Shape.NoFrame)
    return frame


def today_card_layout(frame: QFrame, title: str, text: QLabel, action: QPushButton) -> None:
    """A small card for the Today page: a bold title, then a line of text with one button
    beside it (today's check-in, a follow-up test that is due)."""
    frame.setObjectName("card")
    heading = label(title, parent=frame)
    heading.setStyleSheet("font-weight: 600;")
    row = QHBoxLayout()
    row.addWidget(text, 1)
    row.addWidget(action)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 16, 18, 16)
    layout.setSpacing(8)
    layout.addWidget(heading)
    layout.addLayout(row)


def dialog_layout(dialog: QDialog, title: str, intro: str | QWidget, *body: QWidget | QLayout,
                  left: Sequence[QWidget] = (), right: Sequence[QWidget] = (),
                  grow: QWidget | None = None, fill_left: bool = False,
                  min_width: int = 600) -> QVBoxLayout:
    """Lay out a dialog the way they all look: title, intro, the body top to bottom, free
    room, then one row with `left` (busy bars, progress, side buttons) and `right` (the
    main buttons). `grow` is the body part that takes the free room instead (a tab
    widget); with `fill_left` the left part takes the free width of the row instead.
    """
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 20)
    layout.setSpacing(12)
    layout.addWidget(label(title, "pageTitle", parent=dialog))
    layout.addWidget(label(intro, parent=dialog) if isinstance(intro, str) else intro)
    for part in body:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is grow else 0)
    if grow is None:
        layout.addStretch(1)
    row = QHBoxLayout()
    for widget in left:
        row.addWidget(widget, 1 if fill_left else 0)
    row.addStretch(0 if fill_left else 1)
    for widget in right:
        row.addWidget(widget)
    layout.addLayout(row)
    dialog.setMinimumWidth(min_width)
    dialog.installEventFilter(_GrowToFit(dialog))
    return layout


class _GrowToFit(QObject):
    """Makes a dialog taller when its wrapped text needs it (an error of three lines, a
    section shown again): Qt sizes a window by its widest, one-line minimum, so without
    this the rows would squeeze over each other. It never shrinks what she resized."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show)
                and isinstance(watched, QWidget) and (layout := watched.layout()) is not None):
            needed = layout.totalHeightForWidth(watched.width())
            screen = watched.screen()
            if screen is not None:
                needed = min(needed, screen.availableGeometry().height())
            if needed > watched.height():
                watched.resize(watched.width(), needed)
        return False


class KeyWorkRunner(Protocol):
    """How a WorkDialog starts its work (MainWindow.run_key_work): `work(vault)` off the
    GUI thread, then `on_success`, `on_failure` (a real failure) or `on_bug`; False if
    it cannot start now."""

    def __call__(self, work: Callable[[Vault], Any], on_success: Callable[[Any], None],
                 on_failure: Callable[[BaseException], None],
                 on_bug: Callable[[], None] | None = None) -> bool: ...


class WorkDialog(QDialog):
    """A dialog whose slow work runs off the GUI thread (restore, import, export, keys).
    While it works it stays open: closing then would hide whether it worked. Subclasses
    set `_busy`, and may say what a close does meanwhile (`_on_close_while_busy`: the
    import stops) and what is emptied on closing (`forget`: passphrase fields)."""

    _busy = False

    @property
    def is_busy(self) -> bool:
        return self._busy

    def forget(self) -> None:
        """Empty what must not outlive the dialog; called when it closes."""

    def reject(self) -> None:
        if self._busy:
            self._on_close_while_busy()
            return
        self.forget()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            self._on_close_while_busy()
            event.ignore()
            return
        super().closeEvent(event)

    def _on_close_while_busy(self) -> None:
        """Nothing by default: she waits until it is done."""
