"""Every message box of the app goes through here, so tests can answer them.

Call these as `messages.confirm(...)` (module attribute), never import the functions
directly: the test fixture replaces them on this module.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from journal.errors import (
    BackupDamaged,
    CheckinInvalid,
    CheckinNotFound,
    DiskFull,
    EntryNotFound,
    ExportDamaged,
    ExportTargetExists,
    ExportWrongPassword,
    HavenError,
    ImageRejected,
    ImportFailed,
    InvalidChoice,
    InvalidValue,
    KeysChanged,
    MissingField,
    NameTaken,
    NoPermission,
    NoRecoveryCode,
    NotAVault,
    PassphraseTooShort,
    RecordNotFound,
    SafePlaceInvalid,
    SafePlaceNotFound,
    SchemaTooNew,
    TargetExists,
    TargetInVault,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultUnreadable,
    WrongSecret,
)
from ui.translate import QT_TRANSLATE_NOOP


def confirm(parent: QWidget | None, question: str, text: str, *, yes_text: str,
            no_text: str, destructive: bool = False) -> bool:
    """Ask `question` in the body of the box (a title bar may be missing or unread), with
    `text` below it saying what follows; True when she chooses `yes_text`.

    The answers say what they do ("Throw away"/"Keep writing", "Delete"/"Keep"), never
    "OK" or "Go ahead". With `destructive` (what cannot be undone, or exposes her
    writing) the safe answer is the default, so Enter never loses anything. No
    question-mark icon: a calm question, not an alarm.
    """
    return _ask(parent, question, text, yes_text, no_text, destructive, None)[0]


def confirm_with_option(parent: QWidget | None, question: str, text: str, *,
                        yes_text: str, no_text: str, option_text: str,
                        destructive: bool = False) -> tuple[bool, bool]:
    """`confirm` with a check box `option_text` (unticked at first): whether she chose
    `yes_text`, and whether the box was ticked then."""
    return _ask(parent, question, text, yes_text, no_text, destructive, option_text)


def inform(parent: QWidget | None, heading: str, text: str) -> None:
    """Tell her something with `heading` as the bold first line of the box (a statement,
    such as "Something went wrong in Haven.") and `text` below it; one OK button."""
    box = _headed_box(parent, heading, text)
    ok = box.addButton(QCoreApplication.translate("Messages", "OK"),
                       QMessageBox.ButtonRole.AcceptRole)
    ok.setIcon(QIcon())  # some styles add stock icons
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    _drop_icon_column(box)
    box.exec()


# A box's widest line of text, in average characters of its bold heading: a check box's
# line wraps at the same width.
_WIDEST_LINE = 70


def _headed_box(parent: QWidget | None, heading: str, text: str) -> QMessageBox:
    """A box without icon, with `heading` in bold as its first line and `text` below."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.NoIcon)
    # The title is the app's name only (in discreet mode the neutral one): the question
    # repeated there was cut off ("Stop this boun…ry? — Recipes") and said nothing new.
    box.setWindowTitle(QApplication.applicationDisplayName())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(heading)
    box.setInformativeText(text)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        # A style sheet, not setFont: the box sets its label's font again when shown.
        label.setStyleSheet("font-weight: bold;")
        label.ensurePolished()  # measured in bold: in the normal font it was cut off
        metrics = label.fontMetrics()
        # Room for a line of text of a comfortable length, not the buttons' width, and
        # for the whole heading; a very long one (a file name) wraps instead.
        widest = metrics.averageCharWidth() * _WIDEST_LINE
        needed = metrics.horizontalAdvance(heading) + 1
        label.setWordWrap(needed > widest)
        label.setMinimumWidth(min(widest, max(metrics.averageCharWidth() * 44, needed)))
    return box


def _ask(parent: QWidget | None, question: str, text: str, yes_text: str, no_text: str,
         destructive: bool, option_text: str | None) -> tuple[bool, bool]:
    box = _headed_box(parent, question, text)
    option = None
    if option_text is not None:
        option = QCheckBox(option_text, box)
        option.ensurePolished()
        # A check box's text never wraps by itself: on one line it made the box twice
        # as wide as any other. Broken into lines no wider than a long bold question.
        bold = QFont(option.font())
        bold.setBold(True)
        metrics = option.fontMetrics()
        room = (QFontMetrics(bold).averageCharWidth() * _WIDEST_LINE
                + metrics.horizontalAdvance(option_text)
                - option.sizeHint().width())  # less the box to tick
        option.setText(_lines(option_text, metrics, room))
        option.setAccessibleName(option_text)
        box.setCheckBox(option)
    yes, no = QPushButton(yes_text), QPushButton(no_text)
    default = no if destructive else yes
    # Filled like the app's main buttons (named before it is styled): a focus frame
    # alone did not show which answer Enter gives.
    default.setObjectName("primary")
    box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole if destructive
                  else QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    for answer in (yes, no):
        answer.setIcon(QIcon())  # some styles add stock icons
    box.setDefaultButton(default)
    box.setEscapeButton(no)
    _drop_icon_column(box)
    box.exec()
    chosen = box.clickedButton() is yes
    return chosen, chosen and option is not None and option.isChecked()


def _lines(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` with line breaks between words, so that no line is wider than `width`
    (a single longer word keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def _drop_icon_column(box: QMessageBox) -> None:
    """Without an icon, Qt still indents the text by an empty column where the icon
    would be, so the text started right of the buttons as if something were missing:
    the widgets of the text's column (1) are put in column 0 as well."""
    layout = box.layout()
    if not isinstance(layout, QGridLayout):
        return
    placed: list[tuple[QWidget, int, int, int, int]] = []
    for index in reversed(range(layout.count())):
        position = cast(tuple[int, int, int, int], layout.getItemPosition(index))
        row, column, rows, columns = position
        item = layout.takeAt(index)
        widget = item.widget() if item is not None else None
        if widget is not None:
            start = 0 if column == 1 else column  # column 0 held only the indent
            placed.append((widget, row, start, rows, columns + column - start))
    for widget, row, column, rows, columns in placed:
        layout.addWidget(widget, row, column, rows, columns)


def error(parent: QWidget | None, title: str, text: str) -> None:
    _tell(parent, title, text, QMessageBox.Icon.Warning)


def info(parent: QWidget | None, title: str, text: str) -> None:
    _tell(parent, title, text, QMessageBox.Icon.NoIcon)


@contextmanager
def held_back() -> Iterator[list[tuple[str, str]]]:
    """Inside, no message box shows: errors and notes are collected as (title, text)
    and every question gets its safe answer (no). A lock she did not ask for, or a quick
    exit, must never wait on a box while her journal is still on screen; what was
    collected can be told to her later."""
    global confirm, confirm_with_option, error, info, inform
    collected: list[tuple[str, str]] = []
    saved = (confirm, confirm_with_option, error, info, inform)

    def hold_confirm(parent: QWidget | None, question: str, text: str, *, yes_text: str,
                     no_text: str, destructive: bool = False) -> bool:
        return False

    def hold_option(parent: QWidget | None, question: str, text: str, *, yes_text: str,
                    no_text: str, option_text: str, destructive: bool = False,
                    ) -> tuple[bool, bool]:
        return False, False

    def hold(parent: QWidget | None, title: str, text: str) -> None:
        collected.append((title, text))

    def hold_inform(parent: QWidget | None, heading: str, text: str) -> None:
        collected.append((heading, text))

    confirm, confirm_with_option, error, info, inform = (hold_confirm, hold_option, hold,
                                                          hold, hold_inform)
    try:
        yield collected
    finally:
        confirm, confirm_with_option, error, info, inform = saved


NOTICE_MS = 4000

# What she may click or type in: a notice never lies over one of these.
_CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QAbstractSlider)
# What she reads or types in at length: covered only when nothing else is free.
_READING = (QTextEdit, QPlainTextEdit, QAbstractItemView)
_MARGIN = 16


def notice(parent: QWidget | None, text: str, *, line: QLabel | None = None
           ) -> QLabel | None:
    """A short non-modal message ("Added to your agenda") that needs no OK.

    With `line` (a word-wrapped label in the layout, where she is looking) the text is
    shown there, so it takes its own room and covers nothing, and it stays until she
    scrolls the page or leaves it (or the page clears it when she edits). Without, it
    floats over the window she is looking at (else `parent`'s) and goes away by itself
    after a few seconds, in the free spot nearest the bottom centre: never over a button
    or a field, and over text she reads only when no other spot is free."""
    if line is not None:
        return _show_in_line(line, text)
    window = QApplication.activeWindow() or (parent.window() if parent is not None else None)
    if window is None:
        return None
    for old in window.findChildren(QLabel, "notice"):
        old.hide()
        old.deleteLater()
    label = QLabel(text, window)
    label.setObjectName("notice")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAccessibleName(text)
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.ensurePolished()  # the style sheet's padding counts in the height
    width = min(480, max(200, window.width() - 2 * _MARGIN))
    label.setFixedSize(width, max(label.heightForWidth(width), label.sizeHint().height()))
    label.move(_free_spot(window, label.size()))
    label.show()
    label.raise_()
    QTimer.singleShot(NOTICE_MS, label, label.deleteLater)
    return label


def _show_in_line(line: QLabel, text: str) -> QLabel:
    line.setText(text)
    line.show()
    scroll = line.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(line)
        # Once more when the layout has made room for the shown line: before that the
        # scroll range ends above it, and only its top half came into view.
        area: QScrollArea = scroll
        QTimer.singleShot(0, area, lambda: area.ensureWidgetVisible(line))
    if line.findChild(_LineKeeper) is None:
        _LineKeeper(line, scroll)
    return line


def clear_notice(line: QLabel) -> None:
    """Take the notice off its line: she goes on editing."""
    if line.text():
        line.clear()
        line.hide()


class _LineKeeper(QObject):
    """Keeps a notice on its line until she scrolls the page around it or leaves the
    page (the page calls clear_notice when she edits): it covers nothing, and a notice
    that faded after a few seconds was missed by a slow reader."""

    def __init__(self, line: QLabel, scroll: QScrollArea | None) -> None:
        super().__init__(line)
        self._line = line
        line.installEventFilter(self)  # hidden with its page when she leaves it
        if scroll is not None:
            # Only her own scrolling: ensureWidgetVisible sets the value, no action.
            scroll.verticalScrollBar().actionTriggered.connect(self._on_scrolled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._line and event.type() == QEvent.Type.Hide:
            clear_notice(self._line)
        return False

    def _on_scrolled(self, _action: int) -> None:
        clear_notice(self._line)


def _free_spot(window: QWidget, size: QSize) -> QPoint:
    """Where a notice of `size` covers no control of `window` (and, if it can, no text
    she reads), as near the bottom centre as that allows."""
    def shown_rect(widget: QWidget) -> QRect:
        # The part on screen: a field scrolled half out of view counts only for its rest.
        area = widget.visibleRegion().boundingRect()
        return QRect(widget.mapTo(window, area.topLeft()), area.size())

    controls: list[QRect] = []
    reading: list[QRect] = []
    for widget in window.findChildren(QWidget):
        if widget.isVisible() and isinstance(widget, _CONTROLS + _READING):
            rect = shown_rect(widget)
            if not rect.isEmpty():
                (controls if isinstance(widget, _CONTROLS) else reading).append(rect)
    free_width = window.width() - size.width()
    xs = sorted({max(0, free_width // 2), min(_MARGIN, max(0, free_width)),
                 max(0, free_width - _MARGIN)}, key=lambda x: abs(x - free_width // 2))
    bottom = max(0, window.height() - size.height() - _MARGIN)
    best: tuple[tuple[int, int, int], QPoint] | None = None
    for y in range(bottom, -1, -8):
        for x in xs:
            spot = QRect(QPoint(x, y), size)

            def covered(rects: list[QRect], spot: QRect = spot) -> int:
                return sum(_area(spot.intersected(r)) for r in rects)

            score = (covered(controls), covered(reading), bottom - y)
            if best is None or score < best[0]:
                best = (score, spot.topLeft())
            if score[:2] == (0, 0):
                return spot.topLeft()
    return best[1] if best is not None else QPoint(0, 0)


def _area(rect: QRect) -> int:
    return rect.width() * rect.height() if rect.isValid() else 0


def _tell(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> None:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(QCoreApplication.translate("Messages", "OK"),
                       QMessageBox.ButtonRole.AcceptRole)
    ok.setIcon(QIcon())
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    box.exec()


# Checked in order: a subclass before its base class.
_ERROR_TEXTS: tuple[tuple[type[BaseException], str], ...] = (
    (WrongSecret, QT_TRANSLATE_NOOP(
        "Errors", "That did not open your journal. Please check what you typed and try again.")),
    (NoRecoveryCode, QT_TRANSLATE_NOOP(
        "Errors", "This journal has no recovery code. Please use your passphrase.")),
    (NotAVault, QT_TRANSLATE_NOOP("Errors", "This folder does not hold a Haven journal.")),
    (KeysChanged, QT_TRANSLATE_NOOP(
        "Errors", "Your journal's key file was changed or damaged, so nothing can open it "
        "as it is. Your passphrase is not the problem. Please restore a backup, or ask "
        "someone you trust for help.")),
    (NoPermission, QT_TRANSLATE_NOOP(
        "Errors", "Haven is not allowed to read and write this place: %1. Nothing was "
        "changed, and your journal is not damaged. Please check the permissions of that "
        "folder and its files.")),
    (VaultDamaged, QT_TRANSLATE_NOOP(
        "Errors", "Your journal's files are damaged and cannot be read. Please restore a "
        "backup, or ask someone you trust for help.")),
    (BackupDamaged, QT_TRANSLATE_NOOP(
        "Errors", "This file is not a Haven backup, or it is incomplete or damaged.")),
    (VaultUnreadable, QT_TRANSLATE_NOOP(
        "Errors", "This folder does not hold a Haven journal that can be read.")),
    (VaultInUse, QT_TRANSLATE_NOOP(
        "Errors", "Your journal is already open in another Haven window. Close that one "
        "first.")),
    (SchemaTooNew, QT_TRANSLATE_NOOP(
        "Errors", "Your journal was saved by a newer version of Haven. Please update Haven "
        "to open it.")),
    (PassphraseTooShort, QT_TRANSLATE_NOOP(
        "Errors", "A passphrase needs at least %1 characters.")),
    (VaultExists, QT_TRANSLATE_NOOP("Errors", "The folder for a new journal is not empty.")),
    (TargetInVault, QT_TRANSLATE_NOOP(
        "Errors", "This place is inside the folder of a journal. Nothing is ever saved "
        "there, so that nothing can replace a journal's files; please choose another "
        "folder.")),
    (TargetExists, QT_TRANSLATE_NOOP(
        "Errors", "A file with this name already exists, and it was left as it is. Please "
        "choose another name.")),
    (VaultLocked, QT_TRANSLATE_NOOP(
        "Errors", "Your journal was locked before this could be saved.")),
    (DiskFull, QT_TRANSLATE_NOOP(
        "Errors", "The disk is full. Your last change was not saved; make some room and try "
        "again.")),
    (EntryNotFound, QT_TRANSLATE_NOOP("Errors", "This entry no longer exists.")),
    (CheckinNotFound, QT_TRANSLATE_NOOP("Errors", "This check-in no longer exists.")),
    (SafePlaceNotFound, QT_TRANSLATE_NOOP("Errors", "This safe place no longer exists.")),
    (RecordNotFound, QT_TRANSLATE_NOOP("Errors", "This item no longer exists.")),
    (CheckinInvalid, QT_TRANSLATE_NOOP(
        "Errors", "One of the values of this check-in is out of range, so nothing was "
        "saved.")),
    (SafePlaceInvalid, QT_TRANSLATE_NOOP(
        "Errors", "Something in this safe place cannot be saved (an empty name, or a text "
        "that is too long), so nothing was saved.")),
    (ImageRejected, QT_TRANSLATE_NOOP(
        "Errors", "This picture cannot be used, so nothing was stored.")),
    (ImportFailed, QT_TRANSLATE_NOOP(
        "Errors", "This file cannot be imported, so nothing was imported.")),
    (ExportWrongPassword, QT_TRANSLATE_NOOP(
        "Errors", "This is not the password of this export, so nothing was imported.")),
    (ExportDamaged, QT_TRANSLATE_NOOP(
        "Errors", "This protected export was changed, cut off or damaged, so nothing was "
        "imported.")),
    (ExportTargetExists, QT_TRANSLATE_NOOP(
        "Errors", "There is already a folder with files in that place. Please choose "
        "another name or place.")),
    (MissingField, QT_TRANSLATE_NOOP(
        "Errors", "Something that is needed is still empty, so nothing was saved.")),
    (NameTaken, QT_TRANSLATE_NOOP("Errors", "That name is already on your list.")),
    (InvalidChoice, QT_TRANSLATE_NOOP(
        "Errors", "One of the choices is not valid, so nothing was saved.")),
    (InvalidValue, QT_TRANSLATE_NOOP(
        "Errors", "Something you filled in cannot be used as it is, so nothing was saved.")),
    (OSError, QT_TRANSLATE_NOOP("Errors", "Haven could not read or write its files (%1).")),
)
_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Something went wrong (%1).")

# What an operation on her journal can really fail with: the core's typed errors (a
# full disk, a locked or damaged vault, a record gone, a value refused) and the file
# system's. The UI catches these and says them with error_text; anything else is a bug,
# which is not caught, so it is seen instead of hidden behind "Something went wrong".
FAILURES: tuple[type[Exception], ...] = (HavenError, OSError)


def error_text(exc: BaseException) -> str:
    """A calm, translated sentence for an error of the core. Never includes content."""
    source, detail = _UNKNOWN, type(exc).__name__
    for kind, text in _ERROR_TEXTS:
        if isinstance(exc, kind):
            source = text
            if isinstance(exc, PassphraseTooShort):
                detail = str(exc.minimum)
            elif isinstance(exc, NoPermission):
                detail = exc.path
            elif isinstance(exc, OSError):
                detail = exc.strerror or type(exc).__name__
            break
    return QCoreApplication.translate("Errors", source).replace("%1", detail)
