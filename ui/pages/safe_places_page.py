"""The safe places page: her list (drag and drop to order, favourites) beside an editor
with a photo import. A place is saved a second after each change; a new one reaches
the vault once it has a title or some words.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QListView,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import HavenError, SafePlaceNotFound
from journal.safe_place_models import SafePlace
from journal.safe_places import SafePlaceStore
from journal.vault import Vault
from ui import messages
from ui.hub import Hub
from ui.pages.safe_place_editor import SafePlaceEditor
from ui.pages.safe_place_view import kind_name
from ui.settings import Settings
from ui.widgets import button, label
from ui.widgets.list_items import EmptyHint, TwoLineDelegate

MIME_TYPE = "application/x-haven-safe-place"
PlaceIdRole = Qt.ItemDataRole.UserRole + 1
INDEX = QModelIndex | QPersistentModelIndex


class SafePlaceListModel(QAbstractListModel):
    """Her safe places in her order; rows can be dragged to a new place."""

    moved = Signal()

    def __init__(self, store: SafePlaceStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.places: list[SafePlace] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.places = self._store.all()
        self.endResetModel()

    def rowCount(self, parent: INDEX | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.places)

    def data(self, index: INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.places):
            return None
        place = self.places[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            star = "★ " if place.favourite else ""
            return f"{star}{place.title}\n{kind_name(place.kind)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            fav = self.tr(", favourite") if place.favourite else ""
            return f"{place.title}, {kind_name(place.kind)}{fav}"
        if role == PlaceIdRole:
            return place.id
        return None

    def flags(self, index: INDEX) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(self.places[i.row()].id) for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, QByteArray(",".join(ids).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: INDEX) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            place_id = int(bytes(data.data(MIME_TYPE).data()).decode().split(",")[0])
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.places)
        ids = [p.id for p in self.places]
        if place_id not in ids:
            return False
        if ids.index(place_id) < row:
            row -= 1  # the row it leaves shifts the rest up
        return self.move_place(place_id, row)

    def move_place(self, place_id: int, row: int) -> bool:
        try:
            self._store.move(place_id, row)
        except (HavenError, OSError) as exc:
            messages.error(None, self.tr("The order was not changed"),
                           messages.error_text(exc))
            return False
        self.reload()
        self.moved.emit()
        return True

    def row_of(self, place_id: int | None) -> int:
        return next((n for n, p in enumerate(self.places) if p.id == place_id), -1)


class SafePlacesPage(QWidget):
    comfort_requested = Signal()

    def __init__(self, vault: Vault, hub: Hub, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safePlacesPage")
        self._vault = vault
        self._hub = hub
        self._store = SafePlaceStore(vault)
        self._selecting = False
        self.model = SafePlaceListModel(self._store, self)

        left = QWidget(self)
        # The title and "Take me to a safe place" on a row of their own, across the page:
        # the button keeps its whole text at any width (a narrow list column cut it).
        title = label(self.tr("Safe places"), "pageTitle", wrap=False, parent=self)
        self.comfort_button = button(self.tr("Take me to a safe place"), "primary",
                                     parent=self)
        self.comfort_button.setToolTip(self.tr("A calm view of one of your safe places, "
                                               "with a breathing guide (Ctrl+Shift+S)"))
        self.list_view = QListView(left)
        self.list_view.setObjectName("safePlaceList")
        self.list_view.setAccessibleName(self.tr("Your safe places"))
        self.list_view.setModel(self.model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list_view.setDragEnabled(True)
        self.list_view.setAcceptDrops(True)
        self.list_view.setDropIndicatorShown(True)
        self.list_view.setWordWrap(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.empty_hint = EmptyHint(self.list_view, self.tr(
            "Your safe places will appear here."))
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.list_view.setToolTip(self.tr("Drag to change the order, or use Move up and "
                                          "Move down"))
        self.new_button = button(self.tr("New safe place"), parent=left)
        self.up_button = button(self.tr("Move up"), parent=left,
                                accessible=self.tr("Move the safe place up"))
        self.down_button = button(self.tr("Move down"), parent=left,
                                  accessible=self.tr("Move the safe place down"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        order_row = QHBoxLayout()
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        order_row.addStretch(1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(20, 4, 8, 14)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(order_row)
        left_layout.addWidget(self.new_button)
        # Never narrower than its buttons ("Move up", "Move down" side by side).
        left.setMinimumWidth(max(230, left_layout.minimumSize().width()))

        self.right = QStackedWidget(self)
        self.placeholder = QWidget(self.right)
        ph = QVBoxLayout(self.placeholder)
        ph.setContentsMargins(16, 12, 32, 32)
        for text in (
            self.tr("A safe place is somewhere you can go when everything feels like too "
                    "much: a person who listens, a chair at home, a good memory, a place "
                    "you imagine, a photo that makes you glad, something you like to do."),
            self.tr("Write down what it is like and how it helps you. In a hard moment, "
                    "“Take me to a safe place” shows you one of them, with a slow "
                    "breathing guide."),
        ):
            ph.addWidget(label(text, parent=self.placeholder))
        self.placeholder_new_button = button(self.tr("Add a safe place"), parent=self.placeholder)
        ph.addWidget(self.placeholder_new_button, 0, Qt.AlignmentFlag.AlignLeft)
        ph.addStretch(2)
        self.right.addWidget(self.placeholder)
        self.editor = SafePlaceEditor(self._store, vault)
        self.editor.autosave.announce(hub, "safe_place")
        # The form scrolls in a low window instead of squeezing the photo over its buttons.
        self.editor_scroll = QScrollArea(self.right)
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor_scroll.setWidget(self.editor)
        self.right.addWidget(self.editor_scroll)
        # The splitter cannot squeeze the form under its fields (it scrolls only up and down).
        self.editor_scroll.setMinimumWidth(
            self.editor.minimumSizeHint().width()
            + self.editor_scroll.verticalScrollBar().sizeHint().width())

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([340, 760])
        header = QHBoxLayout()
        header.setContentsMargins(20, 18, 20, 6)
        header.setSpacing(24)
        header.addWidget(title)
        header.addWidget(self.comfort_button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(header)
        outer.addWidget(splitter, 1)

        for keys, slot in (("Ctrl+Up", self._on_up), ("Ctrl+Down", self._on_down)):
            shortcut = QShortcut(QKeySequence(keys), self.list_view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.comfort_button.clicked.connect(self.comfort_requested)
        self.new_button.clicked.connect(self.new_place)
        self.placeholder_new_button.clicked.connect(self.new_place)
        self.up_button.clicked.connect(self._on_up)
        self.down_button.clicked.connect(self._on_down)
        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        self.editor.saved.connect(self._on_saved)
        self.editor.deleted.connect(self._on_deleted)
        self.model.moved.connect(self._reselect)
        self.model.modelReset.connect(self._update_buttons)
        if self.model.rowCount():
            self.open_place(self.model.places[0].id)
        self._update_buttons()

    # -- public ----------------------------------------------------------------------

    def new_place(self) -> None:
        if not self.save_pending():
            return
        self._select(None)
        self.editor.start_new()
        self.right.setCurrentWidget(self.editor_scroll)
        self._update_buttons()  # not in the list yet: nothing to move

    def open_place(self, place_id: int) -> None:
        if self.editor.place_id == place_id and self.right.currentWidget() is self.editor_scroll:
            return
        if not self.save_pending():
            self._select(self.editor.place_id)
            return
        try:
            place = self._store.get(place_id)
        except SafePlaceNotFound:
            self.model.reload()
            return
        self.editor.load(place)
        self.right.setCurrentWidget(self.editor_scroll)
        self._select(place_id)

    def save_pending(self) -> bool:
        return self.editor.save_now()

    # -- private ---------------------------------------------------------------------

    def _select(self, place_id: int | None) -> None:
        self._selecting = True
        try:
            row = self.model.row_of(place_id)
            if row >= 0:
                self.list_view.setCurrentIndex(self.model.index(row))
            else:
                self.list_view.selectionModel().clear()
        finally:
            self._selecting = False
        self._update_buttons()

    def _move(self, delta: int) -> None:
        place_id = self.editor.place_id
        row = self.model.row_of(place_id)
        if place_id is None or row < 0:
            return
        target = row + delta
        if 0 <= target < self.model.rowCount():
            self.model.move_place(place_id, target)

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _update_buttons(self) -> None:
        row = self.model.row_of(self.editor.place_id)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)
        self.comfort_button.setEnabled(True)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        self.open_place(int(current.data(PlaceIdRole)))

    @Slot(int, bool)
    def _on_saved(self, place_id: int, _is_new: bool) -> None:
        self.model.reload()
        self._select(place_id)

    @Slot(int)
    def _on_deleted(self, _place_id: int) -> None:
        self._hub.records_changed.emit("safe_place")
        self.model.reload()
        if self.model.rowCount():
            self.open_place(self.model.places[0].id)
        else:
            self.right.setCurrentWidget(self.placeholder)
        self._update_buttons()

    @Slot()
    def _reselect(self) -> None:
        self._select(self.editor.place_id)

    @Slot()
    def _on_up(self) -> None:
        self._move(-1)

    @Slot()
    def _on_down(self) -> None:
        self._move(1)
