""""Take me to a safe place": a calm view over the whole window with one safe place
(photo large, her words) and a slow breathing guide: in for 4, hold for 4, out for 6.

It covers the workspace inside the main window (no new window, nothing in a title or
the task bar). Escape or the Close button leaves it; "Another safe place" shows the
next one (favourites first, then her order).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QEvent,
    QObject,
    QPauseAnimation,
    QPointF,
    QRectF,
    QSequentialAnimationGroup,
    Qt,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from journal.safe_place_models import SafePlace
from journal.safe_places import SafePlaceStore
from journal.vault import Vault
from ui import vocabulary
from ui.photos import pixmap_of
from ui.privacy import ESCAPE_CLOSES
from ui.widgets import button, label

IN_MS, HOLD_MS, OUT_MS = 4000, 4000, 6000
SMALL, LARGE = 0.42, 1.0



def kind_name(kind: str) -> str:
    """A safe place's kind in her language, as the summary names it too."""
    return vocabulary.term("k", kind)


class BreathingCircle(QWidget):
    """A circle that grows for 4 s, stays for 4 s and shrinks for 6 s, again and again."""

    phase_changed = Signal(str)  # "in", "hold" or "out"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing guide"))
        self.scale = SMALL
        self.phase = "in"
        self.inhale = self._animation(SMALL, LARGE, IN_MS)
        self.hold = QPauseAnimation(HOLD_MS, self)
        self.exhale = self._animation(LARGE, SMALL, OUT_MS)
        self.cycle = QSequentialAnimationGroup(self)
        for part in (self.inhale, self.hold, self.exhale):
            self.cycle.addAnimation(part)
        self.cycle.setLoopCount(-1)
        self.cycle.currentAnimationChanged.connect(self._on_part)

    def _animation(self, start: float, end: float, ms: int) -> QVariantAnimation:
        animation = QVariantAnimation(self)
        animation.setStartValue(start)
        animation.setEndValue(end)
        animation.setDuration(ms)
        animation.setEasingCurve(QEasingCurve.Type.InOutSine)
        animation.valueChanged.connect(self._on_value)
        return animation

    def start(self) -> None:
        self.scale = SMALL
        self._set_phase("in")
        self.cycle.start()

    def stop(self) -> None:
        self.cycle.stop()

    @property
    def running(self) -> bool:
        return self.cycle.state() == QAbstractAnimation.State.Running

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height()) - 8
        radius = side / 2 * self.scale
        centre = QPointF(self.width() / 2, self.height() / 2)
        accent = self.palette().color(QPalette.ColorRole.Highlight)
        halo = QColor(accent)
        halo.setAlpha(40)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(centre, side / 2, side / 2)
        fill = QColor(accent)
        fill.setAlpha(170)
        painter.setBrush(fill)
        painter.drawEllipse(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                   2 * radius))
        painter.end()

    def _set_phase(self, phase: str) -> None:
        self.phase = phase
        self.phase_changed.emit(phase)

    @Slot(object)
    def _on_value(self, value: object) -> None:
        self.scale = float(value)  # type: ignore[arg-type]
        self.update()

    @Slot(QAbstractAnimation)
    def _on_part(self, part: QAbstractAnimation) -> None:
        self._set_phase("in" if part is self.inhale else "hold" if part is self.hold
                        else "out")


class SafePlaceView(QFrame):
    """The calm view; covers its parent (the workspace) until closed."""

    closed = Signal()
    add_requested = Signal()

    def __init__(self, vault: Vault, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("safePlaceView")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setProperty(ESCAPE_CLOSES, True)  # leaving it is no half of a quick exit
        self._store = SafePlaceStore(vault)
        self._vault = vault
        self.places: list[SafePlace] = []
        self.index = 0

        self.photo = QLabel(self)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.photo.setAccessibleName(self.tr("Photo"))
        self.kind_label = label("", "subtle", parent=self)
        self.title_label = label("", "calmTitle", parent=self)
        self.description_label = label("", "calmText", parent=self)
        self.how_label = label("", "calmText", parent=self)
        for text_label in (self.description_label, self.how_label, self.title_label):
            text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.circle = BreathingCircle(self)
        self.breath_label = label("", "calmPhase", parent=self)
        self.breath_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breath_label.setAccessibleName(self.tr("Breathing"))
        self.another_button = button(self.tr("Another safe place"), parent=self)
        self.add_button = button(self.tr("Add a safe place"), parent=self)
        self.close_button = button(self.tr("Close"), parent=self,
                                   accessible=self.tr("Close the safe place view"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))

        self.how_label.setObjectName("calmHow")
        # Its padding gives it a frame, and a label with a frame indents its text by
        # half an "x": flush with the description above instead.
        self.how_label.setIndent(0)
        words = QVBoxLayout()
        words.setSpacing(12)
        words.addStretch(1)
        words.addWidget(self.photo, 6)
        words.addWidget(self.kind_label)
        words.addWidget(self.title_label)
        words.addWidget(self.description_label)
        words.addWidget(self.how_label)
        words.addStretch(1)
        breathing = QVBoxLayout()
        breathing.addStretch(1)
        breathing.addWidget(self.circle, 4)
        breathing.addWidget(self.breath_label)
        breathing.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(40)
        middle.addLayout(words, 3)
        middle.addLayout(breathing, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(56, 40, 56, 32)
        layout.setSpacing(18)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)
        self.setStyleSheet(
            "QLabel#calmTitle { font-size: 22pt; font-weight: 600; }"
            " QLabel#calmText { font-size: 13pt; }"
            " QLabel#calmHow { font-size: 13pt; font-style: italic; padding-top: 6px; }"
            " QLabel#calmPhase { font-size: 16pt; }")

        self.another_button.clicked.connect(self.show_next)
        self.close_button.clicked.connect(self.close_view)
        self.add_button.clicked.connect(self._on_add)
        self.circle.phase_changed.connect(self._on_phase)
        self.hide()

    # -- public ----------------------------------------------------------------------

    def open_view(self) -> None:
        """Show the first safe place (favourites first) over the whole workspace."""
        self.places = self._store.for_comfort() if self._vault.is_open else []
        self.index = 0
        self._show_current()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
            # Follows its size while shown only: Qt asks a Python filter about every
            # event of the workspace under it.
            parent.installEventFilter(self)
        self.show()
        self.raise_()
        self.circle.start()
        self.another_button.setFocus()
        if not self.places:
            self.add_button.setFocus()

    @Slot()
    def show_next(self) -> None:
        if self.places:
            self.index = (self.index + 1) % len(self.places)
            self._show_current()

    @property
    def current(self) -> SafePlace | None:
        return self.places[self.index] if self.places else None

    @Slot()
    def close_view(self) -> None:
        self.circle.stop()
        parent = self.parentWidget()
        if parent is not None:
            parent.removeEventFilter(self)
        self.hide()
        self.photo.clear()  # the picture does not linger in memory longer than needed
        self.closed.emit()

    # -- events ----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_view()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._scale_photo()

    # -- private ---------------------------------------------------------------------

    def _show_current(self) -> None:
        place = self.current
        self.another_button.setVisible(len(self.places) > 1)
        self.add_button.setVisible(not self.places)
        if place is None:
            self.kind_label.setText("")
            self.title_label.setText(self.tr("Breathe with the circle"))
            self.description_label.setText(self.tr(
                "You have no safe places yet. When you are ready, add one: a person, a "
                "spot at home, a memory, a place you imagine."))
            self.how_label.setText("")
            self._pixmap = pixmap_of(None)
        else:
            self.kind_label.setText(kind_name(place.kind))
            self.title_label.setText(place.title)
            self.description_label.setText(place.description)
            self.how_label.setText(place.how_it_helps)
            self.how_label.setVisible(bool(place.how_it_helps.strip()))
            self._pixmap = pixmap_of(self._store.photo(place.id) if place.has_photo
                                     else None)
        self.photo.setVisible(not self._pixmap.isNull())
        self._scale_photo()

    def _scale_photo(self) -> None:
        pixmap = getattr(self, "_pixmap", None)
        if pixmap is None or pixmap.isNull():
            self.photo.clear()
            return
        size = self.photo.size()
        if size.width() < 10 or size.height() < 10:
            size = self.size() / 2
        self.photo.setPixmap(pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))

    # -- private slots ---------------------------------------------------------------

    @Slot(str)
    def _on_phase(self, phase: str) -> None:
        self.breath_label.setText({"in": self.tr("Breathe in… (4)"),
                                   "hold": self.tr("Hold… (4)"),
                                   "out": self.tr("Breathe out… (6)")}[phase])

    @Slot()
    def _on_add(self) -> None:
        self.close_view()
        self.add_requested.emit()
