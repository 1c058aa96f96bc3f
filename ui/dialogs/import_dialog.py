"""Import from another journal: choose the format and the file or folder, see what is
in it, then import it in one go, with a progress bar and a way to stop.

Reading and writing run through the `run` function the main window gives (as for the
keys dialog): on a worker thread, with the workspace disabled, so no write from the
screens can slip in between. The import is one transaction: stopping it, a lock, or
any problem leaves the journal exactly as it was.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QHideEvent, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QProgressBar,
    QWidget,
)

from journal.errors import ImportFailed
from journal.importers import (
    ImportedEntry,
    ImportPreview,
    ImportSummary,
    import_entries,
    parse_source,
    preview,
)
from journal.vault import Vault
from ui import dates, import_words, messages
from ui.file_dialogs import choose_file, choose_folder
from ui.widgets import (
    KeyWorkRunner,
    WorkDialog,
    button,
    dialog_layout,
    label,
    message_label,
    path_picker,
    secret_field,
)


class ImportCancelled(Exception):
    """She pressed Stop (or the journal is being locked): the transaction rolls back."""


class ImportDialog(WorkDialog):
    """Use `open_for()`; tests build it and call `set_source()`."""

    progressed = Signal(int, int)  # emitted on the worker thread, delivered queued

    # Format names of journal.importers, in the order shown.
    # Her own export first: bringing it back is the likeliest import.
    FORMATS = ("haven-json", "jrnl-json", "dayone-json", "markdown", "daylio-csv")
    UNDATED = ("file-time", "today", "skip")  # journal.importers.UNDATED
    # A protected export is opened again this long after she stops typing its password
    # (opening it derives a key, which takes a moment).
    PASSWORD_PAUSE_MS = 400
    # What the reader says of a protected export it could not open.
    PASSWORD_PROBLEMS = ("zip_needs_password", "zip_wrong_password", "needs_password",
                         "wrong_password")

    def __init__(self, run: KeyWorkRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QGuiApplication.applicationDisplayName())
        self.setModal(True)
        self._run = run
        self._busy = False
        self._cancel = threading.Event()
        self._entries: list[ImportedEntry] | None = None
        self._source = ""
        self._moods: dict[str, int | None] = {}
        self._read_again = False  # the password changed while a read was under way
        self.imported = False  # whether anything was written (the pages then reload)

        self.format = QComboBox(self)
        names = {
            "jrnl-json": self.tr("jrnl (its JSON export)"),
            "dayone-json": self.tr("Day One (its JSON export, or the zip with photos)"),
            "markdown": self.tr("A folder of Markdown or text files"),
            "daylio-csv": self.tr("Daylio (its CSV export)"),
            "haven-json": self.tr("A Haven export (one file, protected or not)"),
        }
        for fmt in self.FORMATS:
            self.format.addItem(names[fmt], fmt)
        self.format.setAccessibleName(self.tr("What to import"))
        self.source, self.choose_button, place = path_picker(
            self.tr("Nothing chosen yet"), self.tr("File or folder to import"),
            self.tr("Choose the file or folder"), self)
        self.password = secret_field(self.tr("Only if the export has one"),
                                     self.tr("Password of the export"), self)
        self.password_label = label(self.tr("Password"), parent=self)
        self.password_pause = QTimer(self)
        self.password_pause.setSingleShot(True)
        self.password_pause.setInterval(self.PASSWORD_PAUSE_MS)
        self.undated = QComboBox(self)
        for policy, text in zip(self.UNDATED, (
                self.tr("Use the date the file was last changed"),
                self.tr("Use today's date"),
                self.tr("Leave them out")), strict=True):
            self.undated.addItem(text, policy)
        self.undated.setAccessibleName(self.tr("Files without a date"))
        self.undated_label = label(self.tr("Files without a date"), parent=self)
        self.moods_box = QWidget(self)
        self.moods_form = QFormLayout(self.moods_box)
        self.moods_form.setContentsMargins(0, 0, 0, 0)
        self.moods_label = label(self.tr("Your own moods"), parent=self)
        self.not_read = message_label(parent=self)
        self.not_read.setAccessibleName(self.tr("Files that cannot be read"))

        self.preview_text = label("", parent=self)
        self.preview_text.setAccessibleName(self.tr("What is in it"))
        self.status = message_label(parent=self)
        self.error_text = message_label("errorText", parent=self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.setTextVisible(False)
        self.progress.hide()

        self.import_button = button(self.tr("Import"), "primary", parent=self)
        self.stop_button = button(self.tr("Stop"), parent=self,
                                  accessible=self.tr("Stop the import"))
        self.stop_button.hide()
        self.close_button = button(self.tr("Close"), parent=self)
        for choice in (self.import_button, self.stop_button, self.close_button):
            choice.setIcon(QIcon())

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("From"), place)
        form.addRow(self.password_label, self.password)
        form.addRow(self.undated_label, self.undated)
        form.addRow(self.moods_label, self.moods_box)
        dialog_layout(self, self.tr("Import from another journal"), self.tr(
            "Bring your writing from another app into Haven. Nothing changes in your "
            "journal until you press Import, and if anything goes wrong, nothing is "
            "imported at all."), form, self.preview_text, self.not_read, self.status,
            self.error_text,
            left=(self.progress,), fill_left=True,
            right=(self.stop_button, self.import_button, self.close_button))

        self.format.currentIndexChanged.connect(self._on_format_changed)
        self.choose_button.clicked.connect(self._on_choose)
        self.password.textChanged.connect(self._on_password_typed)
        self.password_pause.timeout.connect(self._on_password_paused)
        self.undated.currentIndexChanged.connect(self._on_choice_changed)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.progressed.connect(self._on_progress)
        self._on_format_changed()

    @classmethod
    def open_for(cls, parent: QWidget | None, run: KeyWorkRunner) -> bool:
        """Show the dialog; True if anything was imported."""
        dialog = cls(run, parent)
        try:
            dialog.exec()
            return dialog.imported
        finally:
            dialog.password.clear()
            dialog.deleteLater()

    # -- public ----------------------------------------------------------------------

    @property
    def chosen_format(self) -> str:
        return str(self.format.currentData())

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.FORMATS.index(fmt))

    def set_source(self, path: str | Path) -> None:
        """Use this file or folder, and read it (off the GUI thread) for the preview."""
        self._source = str(path)
        self.source.setText(self._source)
        self.source.setCursorPosition(0)
        self._read()

    @Slot()
    def cancel(self) -> None:
        """Stop the import under way; the journal stays as it was."""
        if self._busy:
            self._cancel.set()
            self.stop_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    # -- events ----------------------------------------------------------------------

    def _on_close_while_busy(self) -> None:
        self.cancel()  # it closes once the journal is back as it was

    def hideEvent(self, event: QHideEvent) -> None:
        # A lock or quick exit hides the dialog: an import under way then stops.
        self.password_pause.stop()
        self.cancel()
        super().hideEvent(event)

    # -- private slots ---------------------------------------------------------------

    @Slot()
    def _on_format_changed(self) -> None:
        protected = self.chosen_format == "haven-json"
        self.password.setVisible(protected)
        self.password_label.setVisible(protected)
        self._moods = {}
        self._show_choices(None)
        self._source = ""
        self.source.clear()
        self._show_preview(None)

    @Slot()
    def _on_choose(self) -> None:
        fmt = self.chosen_format
        if fmt == "markdown":
            chosen = choose_folder(self, self.tr("Choose the folder with your files"),
                                   purpose="import")
        else:
            filters = {
                "jrnl-json": [self.tr("jrnl export (*.json)")],
                "dayone-json": [self.tr("Day One export (*.json *.zip)")],
                "daylio-csv": [self.tr("Daylio export (*.csv)")],
                "haven-json": [self.tr("Haven export (*.json *.enc *.zip)")],
            }[fmt]
            chosen = choose_file(self, self.tr("Choose the file to import"),
                                 [*filters, self.tr("All files (*)")], purpose="import")
        if chosen:
            self.set_source(chosen)

    @Slot()
    def _on_choice_changed(self) -> None:
        if self._source and not self._busy:
            self._read()

    def _on_mood_chosen(self, name: str, value: int | None) -> None:
        self._moods[name] = value
        self._on_choice_changed()

    @Slot()
    def _on_password_typed(self) -> None:
        if self._source and self.chosen_format == "haven-json" and self.isVisible():
            self.password_pause.start()  # checked once she pauses, not on every key

    @Slot()
    def _on_password_paused(self) -> None:
        if self._busy:
            self._read_again = True  # read once more when this read is done
        elif self._source:
            self._read()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self._busy:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    # -- private ---------------------------------------------------------------------

    def _read(self) -> None:
        """Parse the source and count duplicates, for the preview."""
        fmt, source = self.chosen_format, self._source
        password = self.password.text() or None if fmt == "haven-json" else None
        undated, moods = str(self.undated.currentData()), dict(self._moods)
        self._show_preview(None)

        def work(vault: Vault) -> tuple[list[ImportedEntry], ImportPreview]:
            entries = parse_source(fmt, source, password=password, undated=undated,
                                   moods=moods)
            return entries, preview(entries, vault)

        def done(result: tuple[list[ImportedEntry], ImportPreview]) -> None:
            self._set_busy(False)
            if self._read_stale():
                return
            entries, seen = result
            self._entries = entries
            self._show_preview(seen)
            self._show_choices(seen)

        self._read_again = False
        self.password_pause.stop()  # this read takes the password as it is now
        self._set_busy(True, reading=True)
        self.status.setText(self.tr("Reading…"))
        if not self._run(work, done, self._on_read_failed, self._stopped_by_bug):
            self._set_busy(False)
            self._not_now()

    @Slot()
    def start_import(self) -> None:
        entries = self._entries
        # A Daylio file may hold check-ins and no entries: an empty list is still work.
        if entries is None or self._busy:
            return
        self._cancel.clear()
        cancel = self._cancel

        def progress(done: int, total: int) -> None:
            self.progressed.emit(done, total)
            if cancel.is_set():
                raise ImportCancelled

        def work(vault: Vault) -> ImportSummary | None:
            # None when she stopped it: not a failure, and nothing was imported.
            if cancel.is_set():
                return None
            try:
                return import_entries(vault, entries, progress=progress)
            except ImportCancelled:  # from `progress`: the import's transaction rolled back
                return None

        def done(summary: ImportSummary | None) -> None:
            self._set_busy(False)
            if summary is None:
                self.status.setText(self.tr("You stopped the import. Nothing was imported."))
                return
            self._entries = None
            self.imported = self.imported or bool(
                summary.imported or summary.records_imported or summary.updated
                or summary.checkins_imported)
            self.import_button.setEnabled(False)
            self.status.setText(self._summary_text(summary))

        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Importing…"))
        if not self._run(work, done, self._on_failed, self._stopped_by_bug):
            self._set_busy(False)
            self._not_now()

    def _read_stale(self) -> bool:
        """The password changed while reading: read again with the new one."""
        if not self._read_again:
            return False
        self._read()
        return True

    def _on_read_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self._read_stale():
            return
        problem = self.password_problem(exc)
        if problem is None:
            self._on_failed(exc)
            return
        self._entries = None
        self._show_preview(None)
        self.status.setText(problem)
        self.password.setFocus()

    def _stopped_by_bug(self) -> None:
        """A bug stopped the work (it reaches sys.excepthook): not left busy."""
        self._set_busy(False)
        self.status.setText("")

    def password_problem(self, exc: BaseException) -> str | None:
        """A calm sentence when the export is protected and the password is missing or
        not right (she has not made a mistake by choosing it); None for any other
        failure."""
        if not isinstance(exc, ImportFailed) or exc.code not in self.PASSWORD_PROBLEMS:
            return None
        if not self.password.text():
            return self.tr("This export is protected with a password. Type its password "
                           "to see what is in it.")
        return self.tr("This is not the password of this export.")

    def _on_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._entries = None
        self._show_preview(None)
        self.error_text.setText(self.failure_text(exc))
        self.error_text.show()

    def failure_text(self, exc: BaseException) -> str:
        """A calm sentence naming the file, the place in it and what is wrong."""
        if not isinstance(exc, ImportFailed):
            return messages.error_text(exc) + " " + self.tr("Nothing was imported.")
        name = Path(exc.source).name or exc.source
        if exc.place is not None:
            text = self.tr("%1 cannot be imported: at %2, %3.")
            text = text.replace("%2", import_words.import_place_text(exc.place))
        else:
            text = self.tr("%1 cannot be imported: %3.")
        text = text.replace("%1", name).replace("%3", import_words.import_reason_text(exc))
        return text + " " + self.tr("Nothing was imported; your journal is as it was.")

    def _summary_text(self, summary: ImportSummary) -> str:
        parts = [self.tr("%n entries imported.", "", summary.imported)] if (
            summary.imported or not (summary.checkins_imported or summary.checkins_skipped
                                     or summary.records_imported)) else []
        if summary.first_date and summary.last_date:
            parts.append(self.tr("They run from %1 to %2.")
                         .replace("%1", dates.medium_date(summary.first_date))
                         .replace("%2", dates.medium_date(summary.last_date)))
        skipped = summary.duplicates_skipped + summary.records_skipped
        if skipped:
            parts.append(self.tr("%n were already in your journal and were skipped.", "",
                                 skipped))
        if summary.records_imported:
            parts.append(self.tr("Also %n other records (check-ins, safe places, needs, "
                                 "boundaries, support, safety plan, session topics).", "",
                                 summary.records_imported))
        if summary.photos_imported:
            parts.append(self.tr("%n photos came along with their entries.", "",
                                 summary.photos_imported))
        if summary.photos_skipped:
            parts.append(self.tr("%n photos could not come along: they are not in the "
                                 "export, or they are not JPEG or PNG pictures.", "",
                                 summary.photos_skipped))
        if summary.updated:
            parts.append(self.tr("%n entries that were already in your journal got their "
                                 "photos.", "", summary.updated))
        if summary.checkins_imported or summary.checkins_skipped:
            parts.append(self.tr("%n check-ins imported.", "", summary.checkins_imported))
        if summary.checkins_skipped:
            parts.append(self.tr("%n check-ins were already in your journal and were "
                                 "skipped.", "", summary.checkins_skipped))
        if summary.selfcare_items_added:
            parts.append(self.tr("New self-care items: %1. You can rename them on the "
                                 "check-in page.").replace(
                                     "%1", ", ".join(summary.selfcare_items_added)))
        if summary.undated:
            parts.append(self.tr("%n entries had no date of their own.", "",
                                 summary.undated))
        if summary.undated_skipped:
            parts.append(self.tr("%n files without a date were left out.", "",
                                 summary.undated_skipped))
        parts += self._left_out_sentences(summary.left_out, summary.kept)
        if summary.not_imported:
            parts.append(self.tr("%n files could not be read and were not imported:", "",
                                 len(summary.not_imported)))
            parts.append("; ".join(self._failure_line(f) for f in summary.not_imported)
                         + ".")
        return " ".join(parts)

    def _failure_line(self, failure: ImportFailed) -> str:
        name = Path(failure.source).name or failure.source
        if failure.place is not None:
            return self.tr("%1 (%2): %3").replace("%1", name).replace(
                "%2", import_words.import_place_text(failure.place)).replace(
                "%3", import_words.import_reason_text(failure))
        return self.tr("%1: %3").replace("%1", name).replace(
            "%3", import_words.import_reason_text(failure))

    def _left_out_sentences(self, left_out: dict[str, int], kept: dict[str, int],
                            ) -> list[str]:
        kinds = {
            "video": self.tr("%n videos", "", left_out.get("video", 0)),
            "audio": self.tr("%n audio recordings", "", left_out.get("audio", 0)),
            "pdf": self.tr("%n PDF files", "", left_out.get("pdf", 0)),
            "sketch": self.tr("%n sketches", "", left_out.get("sketch", 0)),
        }
        media = [text for kind, text in kinds.items() if left_out.get(kind)]
        parts = []
        if media:
            parts.append(self.tr("Not imported: %1. Haven keeps text and photos.")
                         .replace("%1", ", ".join(media)))
        if kept.get("place") or kept.get("weather"):
            parts.append(self.tr("Where you were and the weather are kept as a line at "
                                 "the end of the entry."))
        if kept.get("mood"):
            parts.append(self.tr("%n moods that do not fit Haven's scale are kept as a "
                                 "line of text in the entry.", "", kept["mood"]))
        return parts

    def _show_choices(self, seen: ImportPreview | None) -> None:
        """The choice for undated files, and one per mood name of her own."""
        markdown = self.chosen_format == "markdown"
        show_undated = (markdown and seen is not None and seen.undated > 0) or (
            markdown and self.undated.currentIndex() != 0)
        self.undated.setVisible(bool(show_undated))
        self.undated_label.setVisible(bool(show_undated))
        names = list(seen.unknown_moods) if seen is not None else []
        names += [n for n in self._moods if n not in names]
        while self.moods_form.rowCount():
            self.moods_form.removeRow(0)
        for name in names:
            choice = QComboBox(self.moods_box)
            choice.addItem(self.tr("No mood (kept as text)"), None)
            for value in range(11):
                choice.addItem(str(value), value)
            choice.setAccessibleName(self.tr("Mood %1 on Haven's scale").replace("%1", name))
            if self._moods.get(name) is not None:
                choice.setCurrentIndex(int(self._moods[name]) + 1)  # type: ignore[arg-type]
            choice.activated.connect(
                lambda _i, n=name, c=choice: self._on_mood_chosen(n, c.currentData()))
            self.moods_form.addRow(name, choice)
        self.moods_box.setVisible(bool(names))
        self.moods_label.setVisible(bool(names))

    def _show_preview(self, seen: ImportPreview | None) -> None:
        self.not_read.hide()
        if seen is None:
            self._entries = None
            self.preview_text.setText("")
            self.import_button.setEnabled(False)
            self.error_text.hide()
            self.status.setText("")
            return
        if seen.count == 0 and not seen.records and not seen.checkins:
            self.preview_text.setText(self.tr("There are no entries in it."))
            self.import_button.setEnabled(False)
            self.status.setText("")
            return
        # A Daylio file may hold only check-ins: no "0 entries found" then.
        parts = [self.tr("%n entries found.", "", seen.count)] if seen.count or not (
            seen.checkins or seen.records) else []
        if seen.first_date and seen.last_date:
            parts.append(self.tr("They run from %1 to %2.")
                         .replace("%1", dates.medium_date(seen.first_date))
                         .replace("%2", dates.medium_date(seen.last_date)))
        if seen.duplicates:
            parts.append(self.tr("%n are already in your journal and will be skipped.", "",
                                 seen.duplicates))
        if seen.records:
            parts.append(self.tr("Also %n other records (check-ins, safe places, needs, "
                                 "boundaries, support, safety plan, session topics); those "
                                 "already in your journal are skipped.", "", seen.records))
        if seen.photos_unusable:
            parts.append(self.tr("%n photos cannot come along: they are not in the export, "
                                 "or they are not JPEG or PNG pictures. Everything else is "
                                 "imported.", "", seen.photos_unusable))
        if seen.photos > seen.photos_unusable:
            parts.append(self.tr("%n photos come along with their entries.", "",
                                 seen.photos - seen.photos_unusable))
        if seen.updates:
            parts.append(self.tr("%n entries already in your journal will get their "
                                 "photos.", "", seen.updates))
        if seen.checkins:
            parts.append(self.tr("%n check-ins found.", "", seen.checkins))
        if seen.checkins_duplicates:
            parts.append(self.tr("%n check-ins are already in your journal and will be "
                                 "skipped.", "", seen.checkins_duplicates))
        if seen.undated:
            parts.append(self.tr("%n files have no date of their own: choose below what "
                                 "date they get.", "", seen.undated))
        parts += self._left_out_sentences(seen.left_out, seen.kept)
        self.preview_text.setText(" ".join(parts))
        if seen.skipped:
            self.not_read.setText(
                self.tr("%n files cannot be read and will not be imported:", "",
                        len(seen.skipped)) + " "
                + "; ".join(self._failure_line(f) for f in seen.skipped) + ".")
            self.not_read.show()
        fresh = (seen.count - (seen.duplicates or 0) + seen.records + seen.checkins
                 - (seen.checkins_duplicates or 0) + (seen.updates or 0))
        self.import_button.setEnabled(fresh > 0)
        if fresh > 0:
            self.import_button.setFocus()
        self.status.setText("" if fresh > 0 else self.tr(
            "Everything in it is already in your journal."))

    def _not_now(self) -> None:
        self.error_text.setText(self.tr(
            "This cannot be done right now. Please make sure your latest writing is saved, "
            "then try again."))
        self.error_text.show()

    def _set_busy(self, busy: bool, *, reading: bool = False) -> None:
        self._busy = busy
        for widget in (self.format, self.choose_button, self.close_button, self.undated,
                       self.moods_box):
            widget.setEnabled(not busy)
        # She may go on typing the password while the last one is checked.
        self.password.setEnabled(not busy or reading)
        self.import_button.setEnabled(False if busy else self._entries is not None)
        self.progress.setVisible(busy)
        self.stop_button.setVisible(busy and not reading)
        self.stop_button.setEnabled(busy)
        if busy:
            self.error_text.hide()
        else:
            self.progress.setRange(0, 1)
