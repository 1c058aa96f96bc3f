"""The safe place editor: title, kind, favourite, her words and a photo (imported on
a worker, shown scaled), saved a second after each change.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journal.errors import HavenError, ImageRejected, SafePlaceNotFound
from journal.models import Photo
from journal.safe_place_models import SAFE_PLACE_KINDS, SafePlace, SafePlaceDraft
from journal.safe_places import SafePlaceStore
from journal.vault import Vault
from ui import messages, workers
from ui.file_dialogs import choose_file
from ui.pages.safe_place_view import kind_name
from ui.photos import pixmap_of, prepare_photo
from ui.widgets import button, label
from ui.widgets.autosave import RecordAutosave


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
        self.remove_photo_button = button(self.tr("Remove photo…"), parent=self,
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
                                  on_failure=self._on_photo_failed,
                                  on_bug=self._finish_import)

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
        draft, place_id = self.draft(), self._place_id
        if place_id is None and not draft.title:
            return None  # nothing typed yet: a new place is not stored empty
        if place_id is not None and not draft.title:  # emptied: a stored place keeps its name
            try:
                draft.title = self._store.get(place_id).title
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
        self.status_label.setText("")  # no longer "Reading the photo…"

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
                    "All files (*)").split(";;"), purpose="photo")
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
        place_id = self._place_id
        if place_id is None:  # saved with a title, so stored; never None here
            return
        try:
            self._store.set_photo(place_id, photo)
        except (HavenError, OSError) as exc:
            self.status_label.setText("")
            messages.error(self, self.tr("The photo was not added"), image_error_text(exc))
            return
        self._show_photo(photo)
        self.status_label.setText(self.tr("Saved"))
        self.saved.emit(place_id, False)

    def _on_photo_failed(self, exc: BaseException) -> None:
        self._finish_import()
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
