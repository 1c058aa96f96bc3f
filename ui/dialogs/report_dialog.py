"""The summary for her therapist: choose the period and what goes in, tick entries, see
the pages as they will print, then save a PDF (with a password, if she likes), a
Markdown file, or print.

The document itself is made by journal/report.py; ui/report_pdf.py paints it.
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from journal.errors import HavenError, TargetInVault
from journal.keyslots import MIN_PASSPHRASE_LENGTH
from journal.report import (
    Report,
    build_report,
    write_file,
    write_markdown,
)
from journal.targets import vault_holding
from journal.vault import Vault
from ui import messages
from ui.dialogs.report_choices import DATES, MONTH, SESSION, WEEK, ReportChoices
from ui.file_dialogs import choose_save_file
from ui.report_pdf import PAGE_SIZES, paint_report, pdf_bytes
from ui.settings import Settings
from ui.widgets import button, label
from ui.workers import NewestWins, run_in_background

__all__ = ["DATES", "MONTH", "SESSION", "WEEK", "ReportDialog", "preview_document"]

PREVIEW_DELAY_MS = 300


def preview_document(data: bytes) -> QPdfDocument:
    """The PDF loaded into a QPdfDocument, on the GUI thread: loading one on a worker
    thread once hung the worker inside QtPdf, and the dialog with it, for good. The PDF
    itself is made on the worker; loading it takes a few milliseconds."""
    document = QPdfDocument()
    buffer = QBuffer(document)  # lives and goes with the document
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        document.deleteLater()
        raise ValueError(f"the preview PDF does not load: {document.error()}")
    return document


class ReportDialog(ReportChoices):
    """The summary dialog: its choices (ReportChoices), the preview, saving and printing."""

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(vault, settings, parent, today=today)
        self.report: Report | None = None  # the newest summary made (see report_ready)
        self._report_generation = 0  # the request it was made for
        self._waiting: Callable[[Report], None] | None = None  # a save or print
        self._waiting_pdf = False  # that is the PDF (its status says "Saving the PDF…")

        # -- preview and buttons -------------------------------------------------------
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        # The preview is the PDF itself, made on a worker thread (a year of entries
        # takes a second or two) and shown page by page as it will print.
        self.preview_document = QPdfDocument(self)
        self.preview = QPdfView(self)
        self.preview.setPageMode(QPdfView.PageMode.MultiPage)
        self.preview.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.preview.setPageSpacing(12)
        self.preview.setDocument(self.preview_document)
        self.preview.setAccessibleName(self.tr("Preview of the summary"))
        self.preview_status = label(self.tr("Preparing the preview…"), "hint", parent=self)
        self.preview_status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_stack = QStackedWidget(self)
        self.preview_stack.addWidget(self.preview_status)
        self.preview_stack.addWidget(self.preview)
        self.preparing_label = label(self.tr("Preparing the preview…"), "hint", parent=self,
                                     wrap=False)
        self.preparing_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        policy = self.preparing_label.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # no jumping when it comes and goes
        self.preparing_label.setSizePolicy(policy)
        self.preparing_label.hide()
        self._generation = 0  # the newest summary and preview asked for
        # The summary, then its preview pages, on a worker thread; the newest request
        # supersedes one still being made.
        self._previews = NewestWins(self)
        self.pdf_button = button(self.tr("Save as PDF…"), "primary", parent=self)
        self.markdown_button = button(self.tr("Save as Markdown…"), parent=self)
        self.print_button = button(self.tr("Print…"), parent=self)
        self.close_button = button(self.tr("Close"), parent=self)
        # The PDF is made and written on a worker thread; this says how that goes, and
        # that it is saved. A line of its own under the buttons, wrapped: a long Dutch
        # sentence or large text is read in full and covers no button.
        self.save_status = label("", "noticeLine", parent=self)
        self.save_status.setAccessibleName(self.tr("Message"))
        self.save_status.setAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
        self.save_status.hide()
        self._saving = False
        self.saved_path: Path | None = None  # the last PDF written
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.markdown_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.preparing_label)
        right.addWidget(self.preview_stack, 1)
        right.addLayout(buttons)
        right.addWidget(self.save_status)
        layout = QHBoxLayout(self)
        layout.addWidget(self.controls_scroll)
        layout.addLayout(right, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.period.currentIndexChanged.connect(self._on_period)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._on_dates)
        for check in (*self.section_checks.values(), self.moods_check, self.tags_check,
                      self.roles_check):
            check.toggled.connect(self._timer.start)
        self.name_edit.textChanged.connect(self._timer.start)
        self.paper.currentIndexChanged.connect(self._timer.start)
        self.entry_model.itemChanged.connect(self._on_entry_ticked)
        self.pdf_button.clicked.connect(self._on_save_pdf)
        self.markdown_button.clicked.connect(self._on_save_markdown)
        self.print_button.clicked.connect(self._on_print)
        self.close_button.clicked.connect(self.reject)
        self._on_period(MONTH)

    # -- public ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Make the summary again with the options chosen now, and then its preview
        pages, both on a worker thread; a newer request supersedes one still being
        made."""
        self._timer.stop()
        if self._ended.is_set():
            return
        self._generation += 1
        # Over an earlier preview a small line says a newer one is coming; before the
        # first one the preview area itself says so.
        self.preparing_label.setVisible(self.preview_stack.currentWidget() is self.preview)
        self._start_preview()

    @property
    def preparing(self) -> bool:
        """Whether a summary or its preview is still being made."""
        return self._previews.busy

    @property
    def report_ready(self) -> bool:
        """Whether `report` is made with the options chosen now."""
        return (self.report is not None and self._report_generation == self._generation
                and not self._timer.isActive())

    @property
    def waiting(self) -> bool:
        """Whether a save or print waits for the summary being made."""
        return self._waiting is not None

    @property
    def saving(self) -> bool:
        """Whether a PDF is being made and written on the worker thread."""
        return self._saving

    def save_pdf(self, path: str, *, password_checked: bool = False) -> bool:
        """Start writing the PDF to `path` (after the warning when it has no password)
        on a worker thread, with the summary of the options chosen now (once it is made,
        if that is still going on); False if it did not start. Meanwhile the status says
        "Saving the PDF…"; afterwards `saved_path` is set, or an error says why nothing
        was written (write_file writes a temporary file beside it and renames it)."""
        if self._saving or self._waiting is not None:
            return False
        if not password_checked and not self._password_settled():
            return False
        password = self.password.text()
        paper, target = self.paper.currentText(), Path(path)

        def start(report: Report) -> None:
            def work() -> Path:
                data = pdf_bytes(report, page_size=paper, password=password or None)
                write_file(target, data, overwrite=True)
                return target

            # She waits for it ("Saving the PDF…"): at the GUI thread's priority.
            run_in_background(self, work, on_success=self._on_pdf_saved,
                              on_failure=self._on_pdf_failed, on_bug=self._pdf_not_saved,
                              foreground=True)

        self._set_saving(True)
        self._status(self.tr("Saving the PDF…"))
        self._when_ready(start, pdf=True)
        return True

    def save_markdown(self, path: str, *, warned: bool = False) -> bool:
        """Write the Markdown file (after the warning, unless she was `warned` already),
        with the summary of the options chosen now: at once if it is made, else as soon
        as it is (True then). False if she went back or it could not be written (an
        error says why)."""
        if self._waiting is not None:
            return False
        if not warned and not self._markdown_accepted():
            return False
        written = [True]

        def write(report: Report) -> None:
            written[0] = self._write_markdown(path, report)

        self._when_ready(write)
        return written[0]

    # -- private ---------------------------------------------------------------------

    def _password_settled(self) -> bool:
        """Whether the password fields are fine, or she chose to save without one (else
        she is told why, or taken to the fields to add one)."""
        password = self.password.text()
        if password and len(password) < MIN_PASSPHRASE_LENGTH:
            messages.error(self, self.tr("Save as PDF"), self.tr(
                "A password for the PDF needs at least %1 characters, as your passphrase "
                "does.").replace("%1", str(MIN_PASSPHRASE_LENGTH)))
            return False
        if password != self.password_again.text():
            messages.error(self, self.tr("Save as PDF"),
                           self.tr("The two passwords are not the same."))
            return False
        if not password and not messages.confirm(
                self, self.tr("Save the PDF without a password?"),
                self.tr("This PDF will have no password: anyone who finds the file can "
                        "read it. We suggest you fill in a password first."),
                yes_text=self.tr("Save without a password"),
                no_text=self.tr("Add a password"), destructive=True):
            # The fields sit below the fold of the options: bring them into view.
            self.controls_scroll.ensureWidgetVisible(self.password_again)
            self.controls_scroll.ensureWidgetVisible(self.password)
            self.password.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        return True

    def _markdown_accepted(self) -> bool:
        return messages.confirm(
            self, self.tr("Save as Markdown, without a password?"),
            self.tr("A Markdown file cannot have a password: anyone who finds it can "
                    "read it. A PDF with a password is safer."),
            yes_text=self.tr("Save anyway"), no_text=self.tr("Go back"), destructive=True)

    def _status(self, text: str) -> None:
        self.save_status.setText(text)
        self.save_status.setVisible(bool(text))

    def _page_size(self) -> QPageSize:
        return QPageSize(PAGE_SIZES[self.paper.currentText()])

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self._update_buttons()

    def _update_buttons(self) -> None:
        # While a save or print waits for the summary, one at a time; save_status says
        # what goes on.
        waiting = self._waiting is not None
        self.pdf_button.setEnabled(not (self._saving or waiting))
        self.markdown_button.setEnabled(not waiting)
        self.print_button.setEnabled(not waiting)

    def _when_ready(self, action: Callable[[Report], None], *, pdf: bool = False) -> None:
        """`action(report)` with the summary of the options chosen now: at once if it
        is made, else when it is (a change she just made goes in first; one that could
        not be made is tried again)."""
        if self._timer.isActive() or not (self.report_ready or self.preparing):
            self.refresh()
        if self.report_ready:
            assert self.report is not None
            action(self.report)
            return
        self._waiting, self._waiting_pdf = action, pdf
        if not pdf:
            self._status(self.tr("Preparing the summary…"))
        self._update_buttons()

    def _stop_waiting(self, *, failed: bool = False) -> Callable[[Report], None] | None:
        """The waiting save or print, no longer waiting; when it will not happen
        (`failed`, or the dialog closed) a waiting PDF is no longer "saving" either."""
        action, self._waiting = self._waiting, None
        if action is not None:
            if failed and self._waiting_pdf:
                self._saving = False
            if failed or not self._waiting_pdf:
                self._status("")
            self._update_buttons()
        return action

    def _on_pdf_saved(self, path: Path) -> None:
        self._set_saving(False)
        self.saved_path = path
        messages.notice(self, self.tr("The PDF is saved as %1.").replace("%1", path.name),
                        line=self.save_status)

    def _pdf_not_saved(self) -> None:
        self._set_saving(False)
        self._status("")

    def _on_pdf_failed(self, exc: BaseException) -> None:
        self._pdf_not_saved()
        code = getattr(exc, "errno", None)
        if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            text = self.tr("There is not enough room on the disk for the PDF. Nothing was "
                           "saved: make some room, or choose another place.")
        elif code in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOENT,
                      errno.ENOTDIR, errno.EISDIR):
            text = self.tr("The PDF cannot be saved in this place. Nothing was saved: "
                           "please choose another folder.")
        else:
            text = messages.error_text(exc) + " " + self.tr("Nothing was saved.")
        messages.error(self, self.tr("Saving did not work"), text)

    def _write_markdown(self, path: str, report: Report) -> bool:
        """The summary written piece by piece as its entries are read (flat memory)."""
        try:
            write_markdown(Path(path), report, overwrite=True)
        except (OSError, HavenError) as exc:
            messages.error(self, self.tr("Saving did not work"), messages.error_text(exc))
            return False
        return True

    # -- private slots ---------------------------------------------------------------

    @Slot(int)
    def _on_period(self, index: int) -> None:
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(index == DATES)
        self._fill_entries()
        self.refresh()

    @Slot()
    def _on_dates(self) -> None:
        if self.period.currentIndex() == DATES:
            self._fill_entries()
            self._timer.start()

    @Slot()
    def _on_entry_ticked(self) -> None:
        if not self._filling:
            self._timer.start()

    def _start_preview(self) -> None:
        """First the summary (read from the vault), then its preview pages, each on a
        worker thread; the summary arrives first, so a save or print that waits for it
        does not wait for the pages too."""
        options, generation = self.options(), self._generation
        vault, ended = self._vault, self._ended

        def work() -> tuple[int, Report | None]:
            # Not at all once the dialog is closed (a lock closes it): the vault's own
            # lock keeps this from running while the vault is being closed.
            return generation, None if ended.is_set() else build_report(vault, options)

        self._previews.submit(work, self._on_report_made, self._on_build_failed,
                              on_bug=self._on_build_bug)

    def _on_report_made(self, result: tuple[int, Report | None]) -> None:
        generation, report = result
        if self._ended.is_set() or report is None:
            return
        self.report, self._report_generation = report, generation
        paper = self.paper.currentText()
        self._previews.submit(
            lambda: (generation, pdf_bytes(report, page_size=paper)),
            self._on_preview_made, self._on_preview_failed)
        action = self._stop_waiting()
        if action is not None:  # (printing asks for the printer: the pages go on meanwhile)
            action(report)

    def _preview_done(self) -> bool:
        """True unless the dialog was closed meanwhile."""
        if self._ended.is_set():
            return False
        self.preparing_label.hide()
        return True

    def _on_preview_made(self, result: tuple[int, bytes]) -> None:
        generation, data = result
        if not self._preview_done() or generation != self._generation:
            return
        try:
            document = preview_document(data)
        except ValueError as exc:
            self._on_preview_failed(exc)
            return
        page = self.preview.pageNavigator().currentPage()
        old, self.preview_document = self.preview_document, document
        document.setParent(self)
        self.preview.setDocument(document)
        old.deleteLater()
        if 0 < page < document.pageCount():  # stay where she was reading
            self.preview.pageNavigator().jump(page, QPointF(), self.preview.zoomFactor())
        self.preview_stack.setCurrentWidget(self.preview)

    def _on_build_failed(self, exc: BaseException) -> None:
        """The summary could not be made: the preview says so, and a save or print that
        waited for it says so too. Any change of the options tries again."""
        if self._ended.is_set():
            return
        if self._stop_waiting(failed=True) is not None:
            messages.error(self, self.tr("The summary could not be made"),
                           messages.error_text(exc))
        self._on_preview_failed(exc)

    def _on_build_bug(self) -> None:
        """A bug made no summary (it reaches sys.excepthook): a save or print that
        waited for it does not wait for ever."""
        if not self._ended.is_set():
            self._stop_waiting(failed=True)

    def _on_preview_failed(self, exc: BaseException) -> None:
        if not self._preview_done():
            return
        self.preview_status.setText(self.tr("The preview could not be made.") + " "
                                    + messages.error_text(exc))
        self.preview_stack.setCurrentWidget(self.preview_status)

    @Slot()
    def _on_save_pdf(self) -> None:
        # The password first: adding one after choosing the file would mean choosing
        # the file again.
        if self._saving or self._waiting is not None or not self._password_settled():
            return
        start, end = self.span()
        path = choose_save_file(self, self.tr("Save as PDF"), self.tr("PDF (*.pdf)"),
                                f"summary-{start.isoformat()}-{end.isoformat()}.pdf",
                                purpose="summary")
        path = self._checked_target(path, ".pdf", self.tr("Save as PDF"))
        if path:
            self.save_pdf(path, password_checked=True)

    @Slot()
    def _on_save_markdown(self) -> None:
        if self._waiting is not None or not self._markdown_accepted():
            return
        start, end = self.span()
        path = choose_save_file(self, self.tr("Save as Markdown"),
                                self.tr("Markdown (*.md)"),
                                f"summary-{start.isoformat()}-{end.isoformat()}.md",
                                purpose="summary")
        path = self._checked_target(path, ".md", self.tr("Save as Markdown"))
        if path:
            self.save_markdown(path, warned=True)

    def _checked_target(self, path: str | None, suffix: str, title: str) -> str | None:
        """The file to write for `path` as chosen (with `suffix` added when missing), or
        None: never a place inside a journal's folder, and a file the suffix made her
        name point at is only replaced when she says so (the file dialog asked only
        about the name she typed)."""
        if not path:
            return None
        if not path.lower().endswith(suffix):
            path += suffix
            name = Path(path).name
            if Path(path).exists() and not messages.confirm(
                    self, self.tr("Replace %1?").replace("%1", name),
                    self.tr("%1 already exists. If you replace it, the new summary takes "
                            "its place.").replace("%1", name),
                    destructive=True, yes_text=self.tr("Replace it"),
                    no_text=self.tr("Keep it")):
                return None
        if vault_holding(path) is not None:
            messages.error(self, title, messages.error_text(TargetInVault(path, "")))
            return None
        return path

    @Slot()
    def _on_print(self) -> None:
        if self._waiting is None:
            self._when_ready(self._print)

    def _print(self, report: Report) -> None:
        # Printing stays on the GUI thread: a QPrinter (and the print dialog that set
        # it up) belongs to it and is not to be painted on from another thread; saving
        # a PDF goes through QPdfWriter in memory on a worker instead.
        self.printer.setPageSize(self._page_size())
        dialog = QPrintDialog(self.printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_report(report, self.printer)

    def done(self, result: int) -> None:
        """Closed (also by a lock): what is being made is dropped, nothing more is read
        from the vault, and a save or print that waited does not happen."""
        self._ended.set()
        self._timer.stop()
        self._previews.cancel()
        self._stop_waiting(failed=True)
        super().done(result)

