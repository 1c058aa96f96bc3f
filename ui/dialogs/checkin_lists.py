"""Her own self-care items and triggers: rename or remove what she added to the check-in.

Built-in self-care items (a walk, a bath, …) are not listed: they have translated names
and stay. Removing an item or trigger also removes it from every check-in, so it asks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journal.checkins import CheckinStore
from ui import messages
from ui.widgets import button, dialog_layout, label

_ID = Qt.ItemDataRole.UserRole


class _ListEditor(QWidget):
    """One list (self-care items or triggers) with Rename and Remove."""

    def __init__(self, title: str, empty: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = QListWidget(self)
        self.view.setAccessibleName(title)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.empty = label(empty, "hint", parent=self)
        self.rename_button = button(self.tr("Rename"), parent=self)
        self.remove_button = button(self.tr("Remove…"), parent=self)
        row = QHBoxLayout()
        row.addWidget(self.rename_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = label(title, "sectionTitle", parent=self)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.view.currentItemChanged.connect(self._update)
        self.rename_button.clicked.connect(self._on_rename)

    def fill(self, rows: list[tuple[int, str]]) -> None:
        current = self.chosen_id()
        self.view.blockSignals(True)
        self.view.clear()
        for item_id, name in rows:
            item = QListWidgetItem(name)
            item.setData(_ID, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            self.view.addItem(item)
            if item_id == current:
                self.view.setCurrentItem(item)
        self.view.blockSignals(False)
        self.empty.setVisible(not rows)
        self.view.setVisible(bool(rows))
        self._update()

    def chosen_id(self) -> int | None:
        item = self.view.currentItem()
        return int(item.data(_ID)) if item is not None else None

    @Slot()
    def _update(self, *_args: object) -> None:
        chosen = self.view.currentItem() is not None
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    @Slot()
    def _on_rename(self) -> None:
        item = self.view.currentItem()
        if item is not None:
            self.view.setFocus()
            self.view.editItem(item)


class CheckinListsDialog(QDialog):
    """Rename or remove her own self-care items and triggers."""

    def __init__(self, store: CheckinStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("My lists"))
        self._store = store
        self.changed = False
        self.items = _ListEditor(self.tr("What helped: my own items"), self.tr(
            "You have not added items of your own yet."), self)
        self.triggers = _ListEditor(self.tr("My triggers"), self.tr(
            "Your list of triggers is empty."), self)
        self.close_button = button(self.tr("Close"), "primary", parent=self)
        self.close_button.setDefault(True)
        dialog_layout(self, self.tr("My lists"), self.tr(
            "Rename or remove what you added yourself. Removing something also takes it out "
            "of the check-ins you already made."), self.items, self.triggers,
            right=[self.close_button], min_width=480)
        self.close_button.clicked.connect(self.accept)
        self.items.view.itemChanged.connect(self._on_item_renamed)
        self.triggers.view.itemChanged.connect(self._on_trigger_renamed)
        self.items.remove_button.clicked.connect(self.remove_item)
        self.triggers.remove_button.clicked.connect(self.remove_trigger)
        self.reload()

    @classmethod
    def edit(cls, parent: QWidget | None, store: CheckinStore) -> bool:
        """Show the dialog; True when something changed."""
        dialog = cls(store, parent)
        dialog.exec()
        return dialog.changed

    def reload(self) -> None:
        self.items.fill([(i.id, i.name) for i in self._store.selfcare_items()
                         if i.key is None])
        self.triggers.fill([(t.id, t.name) for t in self._store.triggers()])

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
    def remove_item(self) -> bool:
        return self._remove(self.items, self._store.remove_selfcare_item, self.tr(
            "Remove \"%1\" from your list?"), self.tr(
            "It is also taken out of every check-in where you ticked it, the earlier ones "
            "too: Trends and the summary for your therapist will no longer count it, not "
            "even for past weeks. This cannot be undone.\n\nTo keep it in your history, "
            "keep it on the list and simply leave it unticked."))

    @Slot()
    def remove_trigger(self) -> bool:
        return self._remove(self.triggers, self._store.remove_trigger, self.tr(
            "Remove the trigger \"%1\"?"), self.tr(
            "It is also taken out of every check-in where you noted it, the earlier ones "
            "too: Trends and the summary for your therapist will no longer count it, not "
            "even for past weeks. This cannot be undone.\n\nTo keep it in your history, "
            "keep it on the list and simply leave it at zero."))

    def _remove(self, which: _ListEditor, remove, question: str, what_changes: str) -> bool:
        item = which.view.currentItem()
        if item is None:
            return False
        # The check-ins keep no copy of the name: removing it takes it out of them all.
        if not messages.confirm(
                self, question.replace("%1", item.text()), what_changes, destructive=True,
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

    @Slot(QListWidgetItem)
    def _on_item_renamed(self, item: QListWidgetItem) -> None:
        self.rename(self.items, int(item.data(_ID)), item.text())

    @Slot(QListWidgetItem)
    def _on_trigger_renamed(self, item: QListWidgetItem) -> None:
        self.rename(self.triggers, int(item.data(_ID)), item.text())
