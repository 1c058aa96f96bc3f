"""My lists: the check-in's self-care items and triggers, to stop showing (or show
again), rename or remove.

"Stop showing" takes an item out of the check-in's choices while the check-ins where she
used it, Trends and the summary keep it; "Remove everywhere" also takes it out of every
check-in, so it asks. The built-in self-care items (a walk, a bath, …) have translated
names: they can be hidden, not renamed or removed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.checkin_models import SelfCareItem
from journal.checkins import CheckinStore
from ui import messages
from ui.widgets import button, dialog_layout, label
from ui.widgets.list_items import QuietFocusDelegate

_ID = Qt.ItemDataRole.UserRole
_HIDDEN = Qt.ItemDataRole.UserRole + 1
_OWN = Qt.ItemDataRole.UserRole + 2
_NAME = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class ListRow:
    id: int
    name: str
    hidden: bool
    own: bool = True  # hers to rename and remove (not a built-in)


class _ListEditor(QWidget):
    """One list (self-care items or triggers) with Rename, Stop showing and Remove."""

    def __init__(self, title: str, empty: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = QListWidget(self)
        self.view.setAccessibleName(title)
        self.view.setItemDelegate(QuietFocusDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.empty = label(empty, "hint", parent=self)
        self.rename_button = button(self.tr("Rename"), parent=self)
        self.hide_button = button(self.tr("Stop showing"), parent=self)
        self.remove_button = button(self.tr("Remove…"), parent=self)
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.hide_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = label(title, "sectionTitle", parent=self)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(row)
        # The buttons act on what she chose (selected), never on the item that only has
        # the focus frame: the list puts that on its first item when it gets the focus.
        self.view.itemSelectionChanged.connect(self._update)
        self.rename_button.clicked.connect(self._on_rename)

    def fill(self, rows: list[ListRow]) -> None:
        current = self.chosen_id()
        self.view.blockSignals(True)
        self.view.clear()
        subtle = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for row in rows:
            # A hidden name is not edited in place: "(not shown)" is not part of it.
            item = QListWidgetItem(self.tr("%1 (not shown)").replace("%1", row.name)
                                   if row.hidden else row.name)
            item.setData(_ID, row.id)
            item.setData(_HIDDEN, row.hidden)
            item.setData(_OWN, row.own)
            item.setData(_NAME, row.name)
            if row.own and not row.hidden:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            if row.hidden:
                item.setForeground(subtle)
            self.view.addItem(item)
            if row.id == current:
                self.view.setCurrentItem(item)  # selects it
        self.view.blockSignals(False)
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        self._update()

    def chosen(self) -> QListWidgetItem | None:
        items = self.view.selectedItems()
        return items[0] if items else None

    def chosen_id(self) -> int | None:
        item = self.chosen()
        return int(item.data(_ID)) if item is not None else None

    def chosen_is_hidden(self) -> bool:
        item = self.chosen()
        return item is not None and bool(item.data(_HIDDEN))

    @Slot()
    def _update(self) -> None:
        item = self.chosen()
        own = item is not None and bool(item.data(_OWN))
        hidden = self.chosen_is_hidden()
        self.rename_button.setEnabled(own and not hidden)
        self.remove_button.setEnabled(own)
        self.hide_button.setEnabled(item is not None)
        self.hide_button.setText(self.tr("Show again") if hidden else self.tr("Stop showing"))

    @Slot()
    def _on_rename(self) -> None:
        item = self.chosen()
        if item is not None:
            self.view.setFocus()
            self.view.editItem(item)


class CheckinListsDialog(QDialog):
    """Hide, show again, rename or remove self-care items and triggers."""

    def __init__(self, store: CheckinStore, parent: QWidget | None = None,
                 item_name: Callable[[SelfCareItem], str] | None = None, *,
                 faith: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My lists"))
        self._store = store
        self._item_name = item_name or (lambda item: item.name or item.key or "")
        self._faith = faith
        self.changed = False
        self.items = _ListEditor(self.tr("What helped"), self.tr(
            "There is nothing on this list."), self)
        self.triggers = _ListEditor(self.tr("My triggers"), self.tr(
            "Your list of triggers is empty."), self)
        self.close_button = button(self.tr("Close"), "primary", parent=self)
        self.close_button.setDefault(True)
        dialog_layout(self, self.tr("My lists"), self.tr(
            "\"Stop showing\" leaves something out of your next check-ins. The check-ins "
            "where you already used it, Trends and the summary keep it, and you can show it "
            "again here. You "
            "can rename or remove what you added yourself; removing also takes it out of "
            "the check-ins you already made."), self.items, self.triggers,
            right=[self.close_button], min_width=480)
        self.close_button.clicked.connect(self.accept)
        self.items.view.itemSelectionChanged.connect(self._on_item_chosen)
        self.triggers.view.itemSelectionChanged.connect(self._on_trigger_chosen)
        self.items.view.itemChanged.connect(self._on_item_renamed)
        self.triggers.view.itemChanged.connect(self._on_trigger_renamed)
        self.items.hide_button.clicked.connect(self.toggle_item_hidden)
        self.triggers.hide_button.clicked.connect(self.toggle_trigger_hidden)
        self.items.remove_button.clicked.connect(self.remove_item)
        self.triggers.remove_button.clicked.connect(self.remove_trigger)
        self.reload()

    @classmethod
    def edit(cls, parent: QWidget | None, store: CheckinStore,
             item_name: Callable[[SelfCareItem], str] | None = None, *,
             faith: bool = True) -> bool:
        """Show the dialog; True when something changed."""
        dialog = cls(store, parent, item_name, faith=faith)
        dialog.exec()
        return dialog.changed

    def reload(self) -> None:
        # Prayer is never offered without faith content: nothing to hide or show there.
        self.items.fill([ListRow(i.id, self._item_name(i), i.hidden, i.key is None)
                         for i in self._store.selfcare_items()
                         if self._faith or i.key != "prayer"])
        self.triggers.fill([ListRow(t.id, t.name, t.hidden) for t in self._store.triggers()])

    def rename(self, which: _ListEditor, item_id: int, name: str) -> bool:
        rename = (self._store.rename_selfcare_item if which is self.items
                  else self._store.rename_trigger)
        try:
            rename(item_id, name)
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not renamed"), messages.error_text(exc))
            QTimer.singleShot(0, self, self.reload)  # back to the name it has
            return False
        self.changed = True
        # Not while the list is still finishing the edit of this item.
        QTimer.singleShot(0, self, self.reload)
        return True

    @Slot()
    def toggle_item_hidden(self) -> bool:
        return self._toggle_hidden(self.items, self._store.set_selfcare_item_hidden)

    @Slot()
    def toggle_trigger_hidden(self) -> bool:
        return self._toggle_hidden(self.triggers, self._store.set_trigger_hidden)

    @Slot()
    def remove_item(self) -> bool:
        return self._remove(self.items, self._store.remove_selfcare_item, self.tr(
            "Remove \"%1\" from your list?"), self.tr(
            "It is also taken out of every check-in where you ticked it, the earlier ones "
            "too: Trends and the summary for your therapist will no longer count it, not "
            "even for past weeks. This cannot be undone.\n\nTo keep it in your history, "
            "choose \"Stop showing\" instead."))

    @Slot()
    def remove_trigger(self) -> bool:
        return self._remove(self.triggers, self._store.remove_trigger, self.tr(
            "Remove the trigger \"%1\"?"), self.tr(
            "It is also taken out of every check-in where you noted it, the earlier ones "
            "too: Trends and the summary for your therapist will no longer count it, not "
            "even for past weeks. This cannot be undone.\n\nTo keep it in your history, "
            "choose \"Stop showing\" instead."))

    def _toggle_hidden(self, which: _ListEditor, set_hidden) -> bool:
        item_id = which.chosen_id()
        if item_id is None:
            return False
        try:
            set_hidden(item_id, not which.chosen_is_hidden())
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not changed"), messages.error_text(exc))
            return False
        self.changed = True
        self.reload()
        return True

    def _remove(self, which: _ListEditor, remove, question: str, what_changes: str) -> bool:
        item = which.chosen()
        if item is None or not item.data(_OWN):
            return False
        # The check-ins keep no copy of the name: removing it takes it out of them all.
        if not messages.confirm(
                self, question.replace("%1", item.data(_NAME)), what_changes, destructive=True,
                yes_text=self.tr("Remove everywhere"), no_text=self.tr("Keep")):
            return False
        try:
            remove(int(item.data(_ID)))
        except messages.FAILURES as exc:
            messages.error(self, self.tr("Not removed"), messages.error_text(exc))
            return False
        self.changed = True
        self.reload()
        return True

    # One chosen row in the dialog: with one in each list, both rows of buttons were
    # enabled and it was unclear what "Stop showing" would act on.
    @Slot()
    def _on_item_chosen(self) -> None:
        if self.items.chosen() is not None:
            self.triggers.view.clearSelection()

    @Slot()
    def _on_trigger_chosen(self) -> None:
        if self.triggers.chosen() is not None:
            self.items.view.clearSelection()

    @Slot(QListWidgetItem)
    def _on_item_renamed(self, item: QListWidgetItem) -> None:
        self.rename(self.items, int(item.data(_ID)), item.text())

    @Slot(QListWidgetItem)
    def _on_trigger_renamed(self, item: QListWidgetItem) -> None:
        self.rename(self.triggers, int(item.data(_ID)), item.text())
