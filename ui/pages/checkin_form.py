"""The check-in form: mood, anxiety and feeling safe on 0–10 (`ScaleRow`), sleep,
meals, movement, what helped, triggers met and a short note, autosaved as she types.

Also the words of self-care items and metrics that the trends page shares.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from PySide6.QtCore import (
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal.checkin_models import (
    MOVEMENT_MINUTES_MAX,
    SCALE_MAX,
    SCALE_MIN,
    SLEEP_HOURS_MAX,
    TRIGGER_COUNT_MAX,
    Checkin,
    CheckinDraft,
    SelfCareItem,
    Trigger,
)
from journal.checkins import CheckinStore, is_empty
from journal.errors import HavenError
from journal.situation import current_profile
from journal.vault import Vault
from ui import messages, vocabulary
from ui.dialogs.checkin_lists import CheckinListsDialog
from ui.settings import Settings
from ui.widgets import button, label
from ui.widgets.autosave import RecordAutosave
from ui.widgets.flow_layout import FlowLayout

TRIGGER_NAME_WRAP = 240  # px; a longer trigger name wraps onto a second line

def selfcare_name(item: SelfCareItem) -> str:
    """How a self-care item reads: a built-in in her language, else her own words."""
    return vocabulary.term("s", item.key) if item.key else item.name


def metric_name(metric: str) -> str:
    """A chart's metric ("mood", "sleep_hours", ...) as the summary names it too."""
    return vocabulary.term("", metric)


def visible_items(items: list[SelfCareItem], faith: bool,
                  keep: Collection[int] = ()) -> list[SelfCareItem]:
    """The chips to show: not what she hid, prayer only when she wants faith content;
    always those in `keep` (ticked in the check-in shown, so saving it keeps them)."""
    return [i for i in items
            if i.id in keep or (not i.hidden and (faith or i.key != "prayer"))]


class ScaleRow(QFrame):
    """A row of choices (0–10, or a few words) that is one stop for the Tab key.

    Left/Right (or Down/Up) step, a digit chooses 0–9, Home and End the ends, Delete
    clears. Clicking a chosen button again clears it too. `value` is None or an index.
    """

    value_changed = Signal(object)

    def __init__(self, name: str, labels: list[str], hint: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scaleRow")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._name = name
        self._labels = labels
        self._value: int | None = None
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QToolButton] = []
        # Wraps in a narrow window rather than running off the page.
        row = FlowLayout(self, spacing=4, line_spacing=4)
        row.setContentsMargins(3, 3, 3, 3)
        for index, text in enumerate(labels):
            b = QToolButton(self)
            b.setObjectName("scaleButton")
            b.setText(text)
            b.setCheckable(True)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAccessibleName(f"{name}: {text}")
            b.setMinimumWidth(b.fontMetrics().horizontalAdvance(text) + 14)
            self.group.addButton(b, index)
            self.buttons.append(b)
            row.addWidget(b)
        if hint:
            self.setToolTip(hint)
        self.setAccessibleDescription(self.tr(
            "Use the arrow keys or type a number to choose; Delete clears."))
        self.group.idClicked.connect(self._on_clicked)
        self._update_name()

    @property
    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None, *, emit: bool = False) -> None:
        if value is not None:
            value = max(0, min(len(self._labels) - 1, value))
        changed = value != self._value
        self._value = value
        for index, b in enumerate(self.buttons):
            b.setChecked(index == value)
        self._update_name()
        if changed and emit:
            self.value_changed.emit(value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        last = len(self._labels) - 1
        middle = last // 2
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(middle if current is None else min(last, current + 1), emit=True)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(middle if current is None else max(0, current - 1), emit=True)
        elif key == Qt.Key.Key_Home:
            self.set_value(0, emit=True)
        elif key == Qt.Key.Key_End:
            self.set_value(last, emit=True)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.set_value(None, emit=True)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_0 <= last:
            self.set_value(key - Qt.Key.Key_0, emit=True)
        else:
            super().keyPressEvent(event)

    def _update_name(self) -> None:
        shown = (self._labels[self._value] if self._value is not None
                 else self.tr("not filled in"))
        self.setAccessibleName(f"{self._name}: {shown}")

    @Slot(int)
    def _on_clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.set_value(None if index == self._value else index, emit=True)


def _scale_labels() -> list[str]:
    return [str(n) for n in range(SCALE_MIN, SCALE_MAX + 1)]


class CheckinForm(QWidget):
    """Edits one check-in and saves it into the vault."""

    saved = Signal(int, bool)  # check-in id, whether it was new
    edited = Signal()  # she changed something (not a check-in being filled in)

    def __init__(self, store: CheckinStore, vault: Vault, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinForm")
        self._store = store
        self._vault = vault
        self._settings = settings
        self._day = date.today()
        self._loading = False
        self.chips: dict[int, QPushButton] = {}
        self.trigger_boxes: dict[int, QSpinBox] = {}
        # What the check-in shown holds: offered even when hidden from new check-ins.
        self._kept_items: set[int] = set()
        self._kept_triggers: set[int] = set()
        self.autosave: RecordAutosave[CheckinDraft] = RecordAutosave(
            self, collect=self._draft_to_store, create=lambda d: self._store.create(d),
            update=lambda i, d: self._store.update(i, d),
            on_saved=lambda i, is_new: self.saved.emit(i, is_new),
            is_open=lambda: vault.is_open)
        self._build()
        self.refresh_lists()

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        row = 0

        def add(text: str, widget: QWidget | None = None,
                layout: QLayout | None = None,
                buddy: QWidget | None = None) -> None:
            nonlocal row
            caption = QLabel(text, self)
            caption.setObjectName("formCaption")
            target = buddy or widget
            if target is not None:
                caption.setBuddy(target)
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if widget is not None:
                grid.addWidget(widget, row, 1)
            elif layout is not None:
                grid.addLayout(layout, row, 1)
            row += 1

        self.mood = ScaleRow(self.tr("Mood"), _scale_labels(),
                             self.tr("0 is very low, 10 is very good"), self)
        self.anxiety = ScaleRow(self.tr("Anxiety"), _scale_labels(),
                                self.tr("0 is calm, 10 is very anxious"), self)
        self.safety = ScaleRow(self.tr("Feeling safe"), _scale_labels(),
                               self.tr("0 is not safe at all, 10 is completely safe"), self)
        add(self.tr("&Mood (0–10)"), self.mood)  # not the entry's 1–5 "How was this day"
        add(self.tr("&Anxiety"), self.anxiety)
        add(self.tr("Feeling &safe"), self.safety)
        # Which end is which, for every 0–10 scale (the tooltips say what low and high mean).
        self.scale_hint = label(self.tr("0 = low · 10 = high"), "hint", parent=self)
        grid.addWidget(self.scale_hint, row, 1)
        row += 1

        sleep_row = FlowLayout(spacing=12)
        self.sleep_hours = QDoubleSpinBox(self)
        self.sleep_hours.setRange(-0.5, SLEEP_HOURS_MAX)
        self.sleep_hours.setSingleStep(0.5)
        self.sleep_hours.setDecimals(1)
        self.sleep_hours.setSpecialValueText(self.tr("–"))
        self.sleep_hours.setSuffix(self.tr(" hours"))
        self.sleep_hours.setAccessibleName(self.tr("Hours of sleep"))
        self.sleep_hours.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self.sleep_hours.setMinimumWidth(self.sleep_hours.fontMetrics().horizontalAdvance(
            "10.5 uur slaap") + 40)
        sleep_row.addWidget(self.sleep_hours)
        quality = QWidget(self)
        quality_row = FlowLayout(quality, spacing=8)
        quality_caption = QLabel(self.tr("How well"), quality)
        quality_caption.setObjectName("subtle")
        quality_row.addWidget(quality_caption)
        self.sleep_quality = ScaleRow(self.tr("Sleep quality"), _scale_labels(),
                                      self.tr("0 is very poorly, 10 is very well"), quality)
        quality_row.addWidget(self.sleep_quality)
        sleep_row.addWidget(quality)
        add(self.tr("S&leep"), None, sleep_row, self.sleep_hours)

        body_row = FlowLayout(spacing=16)
        self.meals = ScaleRow(self.tr("Regular meals"), [self.tr("Yes"), self.tr("Not really")],
                              "", self)
        body_row.addWidget(self.meals)
        movement = QWidget(self)
        movement_row = QHBoxLayout(movement)
        movement_row.setContentsMargins(0, 0, 0, 0)
        movement_row.setSpacing(8)
        movement_caption = QLabel(self.tr("Movement"), movement)
        movement_row.addWidget(movement_caption)
        self.movement = QSpinBox(movement)
        self.movement.setRange(-5, MOVEMENT_MINUTES_MAX)
        self.movement.setSingleStep(5)
        self.movement.setSpecialValueText(self.tr("–"))
        self.movement.setSuffix(self.tr(" min"))
        self.movement.setAccessibleName(self.tr("Minutes of movement"))
        movement_caption.setBuddy(self.movement)
        movement_row.addWidget(self.movement)
        body_row.addWidget(movement)
        add(self.tr("Regular m&eals"), None, body_row, self.meals)

        helped_box = QVBoxLayout()
        helped_box.setSpacing(6)
        self.chip_grid = FlowLayout(spacing=6, line_spacing=6)
        helped_box.addLayout(self.chip_grid)
        self.own_item_edit = QLineEdit(self)
        self.own_item_edit.setPlaceholderText(self.tr("Something else that helped? Type it "
                                                      "and press Enter"))
        self.own_item_edit.setAccessibleName(self.tr("Add your own self-care item"))
        self.own_item_edit.setMaxLength(60)
        helped_box.addWidget(self.own_item_edit)
        add(self.tr("What &helped today"), None, helped_box, self.own_item_edit)

        trigger_box = QVBoxLayout()
        trigger_box.setSpacing(6)
        self.trigger_grid = FlowLayout(spacing=18, line_spacing=6)
        trigger_box.addLayout(self.trigger_grid)
        self.no_triggers_label = label(self.tr(
            "Your list of triggers is empty. Add what can stir up old pain (a place, a "
            "song, a kind of film) and count how often you met it."), "hint", parent=self)
        trigger_box.addWidget(self.no_triggers_label)
        self.trigger_edit = QLineEdit(self)
        self.trigger_edit.setPlaceholderText(self.tr("Add a trigger to your list and press "
                                                     "Enter"))
        self.trigger_edit.setAccessibleName(self.tr("Add a trigger to your list"))
        self.trigger_edit.setMaxLength(60)
        trigger_box.addWidget(self.trigger_edit)
        self.lists_button = button(self.tr("My lists: stop showing, rename or remove…"),
                                   "linkButton", parent=self)
        trigger_box.addWidget(self.lists_button, 0, Qt.AlignmentFlag.AlignLeft)
        add(self.tr("&Triggers met today"), None, trigger_box, self.trigger_edit)

        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("A few words about today, if you like"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 20)
        add(self.tr("&Note"), self.note)
        grid.addWidget(self.autosave.message, row, 1)
        grid.setColumnStretch(1, 1)

        self.mood.value_changed.connect(self._on_changed)
        self.anxiety.value_changed.connect(self._on_changed)
        self.safety.value_changed.connect(self._on_changed)
        self.sleep_quality.value_changed.connect(self._on_changed)
        self.meals.value_changed.connect(self._on_changed)
        self.sleep_hours.valueChanged.connect(self._on_changed)
        self.movement.valueChanged.connect(self._on_changed)
        self.note.textChanged.connect(self._on_changed)
        self.own_item_edit.returnPressed.connect(self._on_add_item)
        self.trigger_edit.returnPressed.connect(self._on_add_trigger)
        self.lists_button.clicked.connect(self.edit_lists)

    # -- public ----------------------------------------------------------------------

    @property
    def checkin_id(self) -> int | None:
        return self.autosave.record_id

    @property
    def day(self) -> date:
        return self._day

    @property
    def is_dirty(self) -> bool:
        return self.autosave.is_dirty

    def refresh_lists(self) -> None:
        """Rebuild the chips and trigger counts from her lists, keeping what is chosen."""
        chosen = self._chosen_items()
        counts = self._trigger_counts()
        for widget in [*self.chips.values(), *self.trigger_boxes.values()]:
            widget.hide()
            widget.deleteLater()
        for i in reversed(range(self.trigger_grid.count())):
            cell = self.trigger_grid.itemAt(i)
            w = cell.widget() if cell is not None else None
            if w is not None:
                self.trigger_grid.removeWidget(w)
                w.hide()
                w.deleteLater()
        self.chips = {}
        self.trigger_boxes = {}
        if not self._vault.is_open:
            return
        items, triggers = self._offered()
        previous: QWidget = self.movement
        for item in items:
            chip = QPushButton(selfcare_name(item), self)
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setChecked(item.id in chosen)
            chip.setAccessibleName(selfcare_name(item))
            chip.toggled.connect(self._on_changed)
            self.chip_grid.addWidget(chip)
            chip.show()  # at once, so Tab reaches it without waiting for the event loop
            self.chips[item.id] = chip
            QWidget.setTabOrder(previous, chip)
            previous = chip
        QWidget.setTabOrder(previous, self.own_item_edit)
        previous = self.own_item_edit
        for trigger in triggers:
            pair = QWidget(self)  # a name and its count stay together when the row wraps
            pair_row = QHBoxLayout(pair)
            pair_row.setContentsMargins(0, 0, 0, 0)
            pair_row.setSpacing(8)
            name = QLabel(trigger.name, pair)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)  # only a very long name wraps
            name.setMinimumWidth(min(name.fontMetrics().horizontalAdvance(trigger.name) + 2,
                                     TRIGGER_NAME_WRAP))
            box = QSpinBox(pair)
            box.setRange(0, TRIGGER_COUNT_MAX)
            box.setValue(counts.get(trigger.id, 0))
            box.setAccessibleName(self.tr("Times met: %1").replace("%1", trigger.name))
            box.setSuffix(self.tr("×"))
            box.setMaximumWidth(box.fontMetrics().horizontalAdvance("99×") + 48)
            name.setBuddy(box)
            box.valueChanged.connect(self._on_changed)
            pair_row.addWidget(name, 1)
            pair_row.addWidget(box)
            self.trigger_grid.addWidget(pair)
            pair.show()
            self.trigger_boxes[trigger.id] = box
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.trigger_edit)
        QWidget.setTabOrder(self.trigger_edit, self.note)
        self.no_triggers_label.setVisible(not triggers)

    def load(self, checkin: Checkin) -> None:
        self._show(checkin)

    def start_new(self, day: date) -> None:
        self._show(Checkin(day=day))

    def draft(self) -> CheckinDraft:
        sleep = self.sleep_hours.value()
        movement = self.movement.value()
        meals = self.meals.value
        return CheckinDraft(
            day=self._day, mood=self.mood.value, anxiety=self.anxiety.value,
            safety=self.safety.value, sleep_hours=None if sleep < 0 else sleep,
            sleep_quality=self.sleep_quality.value,
            meals_regular=None if meals is None else meals == 0,
            movement_minutes=None if movement < 0 else movement,
            helped=self._chosen_items(), triggers=self._trigger_counts(),
            note=self.note.toPlainText())

    def save_now(self) -> bool:
        """Write a pending change now. True when nothing is left unsaved; on an error
        everything stays in the form and a later save tries again."""
        return self.autosave.flush()

    def forget(self) -> None:
        """After a delete: nothing stored is open any more."""
        self.autosave.show(None)

    # -- private ---------------------------------------------------------------------

    def _offered(self) -> tuple[list[SelfCareItem], list[Trigger]]:
        """The self-care items and triggers the form offers for the check-in shown."""
        items = visible_items(self._store.selfcare_items(),
                              current_profile(self._vault).faith, self._kept_items)
        triggers = [t for t in self._store.triggers()
                    if not t.hidden or t.id in self._kept_triggers]
        return items, triggers

    def _show(self, checkin: Checkin) -> None:
        self.autosave.show(checkin.id or None)
        self._kept_items = set(checkin.helped)
        self._kept_triggers = set(checkin.triggers)
        if self._vault.is_open:
            items, triggers = self._offered()
            if ({i.id for i in items} != set(self.chips)
                    or {t.id for t in triggers} != set(self.trigger_boxes)):
                self.refresh_lists()
        self._loading = True
        try:
            self._day = checkin.day
            self.mood.set_value(checkin.mood)
            self.anxiety.set_value(checkin.anxiety)
            self.safety.set_value(checkin.safety)
            self.sleep_quality.set_value(checkin.sleep_quality)
            self.meals.set_value(None if checkin.meals_regular is None
                                 else (0 if checkin.meals_regular else 1))
            self.sleep_hours.setValue(-0.5 if checkin.sleep_hours is None
                                      else checkin.sleep_hours)
            self.movement.setValue(-5 if checkin.movement_minutes is None
                                   else checkin.movement_minutes)
            self.note.setPlainText(checkin.note)
            for item_id, chip in self.chips.items():
                chip.setChecked(item_id in checkin.helped)
            for trigger_id, box in self.trigger_boxes.items():
                box.setValue(checkin.triggers.get(trigger_id, 0))
        finally:
            self._loading = False

    def _chosen_items(self) -> list[int]:
        return [i for i, chip in self.chips.items() if chip.isChecked()]

    def _trigger_counts(self) -> dict[int, int]:
        return {i: box.value() for i, box in self.trigger_boxes.items() if box.value()}

    def _draft_to_store(self) -> CheckinDraft | None:
        draft = self.draft()
        if self.autosave.record_id is None and is_empty(draft):
            return None  # nothing filled in: a new check-in is not stored empty
        return draft

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_changed(self) -> None:
        if self._loading:
            return
        self.edited.emit()
        self.autosave.changed()

    @Slot()
    def edit_lists(self) -> None:
        """Hide, show again, rename or remove self-care items and triggers."""
        if self._vault.is_open and CheckinListsDialog.edit(
                self.window(), self._store, selfcare_name,
                faith=current_profile(self._vault).faith):
            self.refresh_lists()

    @Slot()
    def _on_add_item(self) -> None:
        text = self.own_item_edit.text()
        if not text.strip() or not self._vault.is_open:
            return
        try:
            item_id = self._store.add_selfcare_item(text)
        except (HavenError, OSError) as exc:
            messages.error(self, self.tr("Not added"), messages.error_text(exc))
            return
        self.refresh_lists()
        chip = self.chips.get(item_id)
        if chip is not None:
            chip.setChecked(True)
        self.own_item_edit.clear()

    @Slot()
    def _on_add_trigger(self) -> None:
        text = self.trigger_edit.text()
        if not text.strip() or not self._vault.is_open:
            return
        try:
            trigger_id = self._store.add_trigger(text)
        except (HavenError, OSError) as exc:
            messages.error(self, self.tr("Not added"), messages.error_text(exc))
            return
        self.refresh_lists()
        box = self.trigger_boxes.get(trigger_id)
        if box is not None:
            box.setValue(max(1, box.value()))
        self.trigger_edit.clear()
