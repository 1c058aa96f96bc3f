"""The safe places page: her list (drag and drop to order, favourites) beside an editor
with a photo import. A place is saved a second after each change; a new one reaches
the vault once it has a title or some words.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import HavenError, ImageRejected, SafePlaceNotFound
from journal.models import Photo
from journal.record_models import SAFE_PLACE_KINDS, SafePlace, SafePlaceDraft
from journal.safe_places import SafePlaceStore
from journal.vault import Vault
from ui import messages, workers
from ui.file_dialogs import choose_file
from ui.hub import Hub
from ui.pages.safe_place_view import kind_name
from ui.photos import pixmap_of, prepare_photo
from ui.settings import Settings
from ui.widgets import button, label
from ui.widgets.autosave import RecordAutosave
from ui.widgets.list_items import EmptyHint, TwoLineDelegate

MIME_TYPE = "application/x-haven-safe-place"
PlaceIdRole = Qt.ItemDataRole.UserRole + 1
INDEX = QModelIndex | QPersistentModelIndex


def image_error_text(exc: BaseException) -> str:
    """A calm sentence for a photo that cannot be used."""
    if isinstance(exc, ImageRejected):
        if exc.reason == ImageRejected.UNKNOWN_FORMAT:
            return QCoreApplication.translate(
                "SafePlace", "This file is not a picture Haven can read. Please choose a "
                "photo (for example JPEG or PNG).")
        if exc.reason == ImageRejected.TOO_LARGE:
            return QCoreApplication.translate(
                "SafePlace", "This picture is too large to import. Please choose a smaller "
                "one.")
        return QCoreApplication.translate(
            "SafePlace", "This picture seems to be damaged and cannot be read.")
    return messages.error_text(exc)


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

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
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


class _FormColumn(QVBoxLayout):
    """The editor's column. It claims no height-for-width, so the scroll area around it
    fills the page and scrolls only below the form's minimum height (with a wrapping label
    inside, it would size the form by its preferred height and scroll much earlier)."""

    def hasHeightForWidth(self) -> bool:
        return False


class SafePlaceEditor(QWidget):
    """Edits one safe place and saves it into the vault."""

    saved = Signal(int, bool)  # place id, whether it was new
    deleted = Signal(int)

    def __init__(self, store: SafePlaceStore, vault: Vault, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._store = store
        self._vault = vault
        self._loading = False
        self._importing = False
        self.autosave: RecordAutosave[SafePlaceDraft] = RecordAutosave(
            self, collect=self._draft_to_store, create=lambda d: self._store.create(d),
            update=lambda i, d: self._store.update(i, d), on_saved=self._on_stored,
            is_open=lambda: vault.is_open)

        self.kind = QComboBox(self)
        for kind in SAFE_PLACE_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.setAccessibleName(self.tr("Kind of safe place"))
        self.kind.setPlaceholderText(self.tr("Choose what kind of place it is"))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. The green chair by the window"))
        self.title_edit.setAccessibleName(self.tr("Name of the safe place"))
        self.title_edit.setMaxLength(200)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr(
            "Describe it in your own words: what you see, hear, smell, feel there."))
        self.description.setAccessibleName(self.tr("Description"))
        self.how = QPlainTextEdit(self)
        self.how.setTabChangesFocus(True)
        self.how.setPlaceholderText(self.tr("What does it do for you? e.g. My shoulders "
                                            "drop and I can breathe again."))
        self.how.setAccessibleName(self.tr("How it helps"))
        self.how.setFixedHeight(self.how.fontMetrics().lineSpacing() * 4 + 20)
        self.favourite = QCheckBox(self.tr("Favourite"), self)
        self.favourite.setAccessibleName(self.tr("Mark as a favourite"))
        self.favourite.setToolTip(self.tr("Favourites come first in “Take me to a safe "
                                          "place”."))

        self.photo_label = QLabel(self)
        self.photo_label.setObjectName("photoPreview")
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFixedSize(QSize(240, 160))
        self.photo_label.setAccessibleName(self.tr("Photo"))
        self.photo_button = button(self.tr("Choose a photo…"), parent=self,
                                   accessible=self.tr("Choose a photo for this safe place"))
        self.remove_photo_button = button(self.tr("Remove photo"), parent=self,
                                          accessible=self.tr("Remove the photo"))
        photo_note = label(self.tr("The photo is kept inside your locked journal, never "
                                   "as a separate file."), "hint", parent=self)
        photo_buttons = QVBoxLayout()
        photo_buttons.addWidget(self.photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addWidget(photo_note)
        photo_buttons.addStretch(1)
        # Photo above its buttons, so the page fits the smallest window.
        photo_row = QVBoxLayout()
        photo_row.addWidget(self.photo_label)
        photo_row.addLayout(photo_buttons, 1)

        self.status_label = QLabel(self)
        self.status_label.setObjectName("subtle")
        self.status_label.setAccessibleName(self.tr("Save status"))
        self.delete_button = button(self.tr("Delete…"), parent=self,
                                    accessible=self.tr("Delete this safe place"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.delete_button)

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Name"), self.title_edit)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&How it helps"), self.how)
        form.addRow("", self.favourite)
        form.addRow(self.tr("Photo"), photo_row)
        layout = _FormColumn(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(form, 1)
        layout.addWidget(self.autosave.message)
        layout.addLayout(bottom)

        self.kind.currentIndexChanged.connect(self._on_changed)
        self.title_edit.textEdited.connect(self._on_changed)
        self.description.textChanged.connect(self._on_changed)
        self.how.textChanged.connect(self._on_changed)
        self.favourite.toggled.connect(self._on_changed)
        self.photo_button.clicked.connect(self._on_choose_photo)
        self.remove_photo_button.clicked.connect(self._on_remove_photo)
        self.delete_button.clicked.connect(self._on_delete)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_shortcut.activated.connect(self.save_now)

    # -- public ----------------------------------------------------------------------

    @property
    def place_id(self) -> int | None:
        return self.autosave.record_id

    @property
    def _place_id(self) -> int | None:
        return self.autosave.record_id

    @property
    def is_busy(self) -> bool:
        return self._importing

    def load(self, place: SafePlace) -> None:
        self.autosave.show(place.id or None)
        self._loading = True
        try:
            self.kind.setCurrentIndex(max(0, self.kind.findData(place.kind)))
            self.title_edit.setText(place.title)
            self.description.setPlainText(place.description)
            self.how.setPlainText(place.how_it_helps)
            self.favourite.setChecked(place.favourite)
        finally:
            self._loading = False
        self._show_photo(self._store.photo(place.id) if place.id and place.has_photo
                         else None)
        self.status_label.setText(self.tr("Saved") if place.id else "")
        self.delete_button.setEnabled(bool(place.id))  # a new one is not stored yet

    def start_new(self) -> None:
        """An empty place of the kind she chose last; her first one has no kind chosen
        for her."""
        last = max(self._store.all(), key=lambda p: p.id, default=None)
        self.load(SafePlace(kind=last.kind) if last else SafePlace())
        if last is None:
            self.kind.setCurrentIndex(-1)
        self.title_edit.setFocus()

    def draft(self) -> SafePlaceDraft:
        title = self.title_edit.text().strip()
        if not title and (self.description.toPlainText().strip()
                          or self.how.toPlainText().strip()):
            title = self.tr("My safe place")  # her words are never held back for a name
        # Stored with a kind even if she chose none yet (the store needs one); she can
        # change it at any time.
        kind = self.kind.currentData() or SafePlaceDraft.kind
        return SafePlaceDraft(kind, title, self.description.toPlainText(),
                              self.how.toPlainText(), self.favourite.isChecked())

    def save_now(self) -> bool:
        return self.autosave.flush()

    def import_photo(self, path: str) -> None:
        """Decode and scale the picture off the GUI thread, then store it. A picture
        that cannot be used changes nothing."""
        if self._importing:
            return
        self._importing = True
        self.photo_button.setEnabled(False)
        self.status_label.setText(self.tr("Reading the photo…"))
        workers.run_in_background(self, lambda: prepare_photo(path),
                                  on_success=self._on_photo_ready,
                                  on_failure=self._on_photo_failed)

    # -- private ---------------------------------------------------------------------

    def _show_photo(self, photo: Photo | None) -> None:
        pixmap = pixmap_of(photo)
        if pixmap.isNull():
            self.photo_label.setPixmap(pixmap)
            self.photo_label.setText(self.tr("No photo"))
        else:
            self.photo_label.setPixmap(pixmap.scaled(
                self.photo_label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
        self.remove_photo_button.setEnabled(photo is not None)

    def _draft_to_store(self) -> SafePlaceDraft | None:
        draft = self.draft()
        if self._place_id is None and not draft.title:
            return None  # nothing typed yet: a new place is not stored empty
        if not draft.title:  # she emptied everything of a stored place: keep its name
            try:
                draft.title = self._store.get(self._place_id).title
            except SafePlaceNotFound:
                draft.title = self.tr("My safe place")
        return draft

    def _on_stored(self, place_id: int, is_new: bool) -> None:
        self.status_label.setText(self.tr("Saved"))
        self.delete_button.setEnabled(True)
        self.saved.emit(place_id, is_new)

    def _finish_import(self) -> None:
        self._importing = False
        self.photo_button.setEnabled(True)

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_changed(self) -> None:
        if self._loading:
            return
        self.status_label.setText(self.tr("Not saved yet"))
        self.autosave.changed()

    @Slot()
    def _on_choose_photo(self) -> None:
        # The one helper: no recent-files entry, and no folder left in Qt's history.
        path = choose_file(
            self, self.tr("Choose a photo"),
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.bmp *.gif *.tif *.tiff);;"
                    "All files (*)").split(";;"))
        if path:
            self.import_photo(path)

    def _on_photo_ready(self, photo: Photo) -> None:
        self._finish_import()
        if not self._vault.is_open:
            return
        if self._place_id is None:
            self.autosave.changed()
            if not self.title_edit.text().strip():
                self.title_edit.setText(self.tr("My safe place"))
            if not self.save_now():
                return
        try:
            self._store.set_photo(self._place_id, photo)
        except (HavenError, OSError) as exc:
            self.status_label.setText("")
            messages.error(self, self.tr("The photo was not added"), image_error_text(exc))
            return
        self._show_photo(photo)
        self.status_label.setText(self.tr("Saved"))
        self.saved.emit(self._place_id, False)

    def _on_photo_failed(self, exc: BaseException) -> None:
        self._finish_import()
        self.status_label.setText("")
        messages.error(self, self.tr("The photo was not added"), image_error_text(exc))

    @Slot()
    def _on_remove_photo(self) -> None:
        if self._place_id is None or not messages.confirm(
                self, self.tr("Remove the photo?"),
                self.tr("The photo will be removed from this safe place for good."),
                destructive=True, yes_text=self.tr("Remove"), no_text=self.tr("Keep")):
            return
        try:
            self._store.set_photo(self._place_id, None)
        except (HavenError, OSError) as exc:
            messages.error(self, self.tr("The photo was not removed"),
                           messages.error_text(exc))
            return
        self._show_photo(None)
        self.saved.emit(self._place_id, False)

    @Slot()
    def _on_delete(self) -> None:
        place_id = self._place_id
        if place_id is not None and not messages.confirm(
                self, self.tr("Delete this safe place?"),
                self.tr("This safe place and its photo will be removed for good. This "
                        "cannot be undone."), destructive=True,
                yes_text=self.tr("Delete"), no_text=self.tr("Keep")):
            return
        if place_id is not None:
            try:
                self._store.delete(place_id)
            except SafePlaceNotFound:
                pass
            except (HavenError, OSError) as exc:
                messages.error(self, self.tr("The safe place was not deleted"),
                               messages.error_text(exc))
                return
        self.autosave.show(None)
        self.deleted.emit(place_id or 0)


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
