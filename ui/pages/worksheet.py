"""Shared pieces of the boundaries and needs pages: the words for the worksheet's
choices, the summary card, printing it, and autosaving a half-filled form into the vault.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from journal.boundaries import is_safety_action
from journal.boundary_models import Boundary, BoundaryDraft, BoundaryStatus, Followed, Willingness
from journal.form_drafts import FormDrafts
from journal.need_models import NeedArea, NeedStatus
from ui import dates, messages, theme
from ui.vocabulary import term
from ui.widgets.autosave import Autosave

# Radio buttons drawn from the palette, so the chosen answer reads in light and dark.
RADIO_STYLE = (
    "QRadioButton::indicator { width: 13px; height: 13px; border-radius: 7px;"
    " border: 1px solid palette(text); background: palette(base); }"
    # 9 + 2 × 3 px border = 13 + 2 × 1 px: the chosen answer's text does not shift.
    " QRadioButton::indicator:checked { width: 9px; height: 9px; background: palette(highlight);"
    " border: 3px solid palette(base); outline: 1px solid palette(highlight); }"
    # Focus: a quiet dotted outline, not the accent colour of a chosen answer.
    " QRadioButton { border: 1px dotted transparent; border-radius: 3px; padding: 1px 3px; }"
    " QRadioButton:focus { border-color: palette(dark); }")


def status_word(status: BoundaryStatus | str) -> str:
    return term("b", BoundaryStatus(status).value)


def area_word(area: NeedArea | str) -> str:
    return term("a", NeedArea(area).value)


def need_status_word(status: NeedStatus | str) -> str:
    return term("n", NeedStatus(status).value)


def willing_word(willing: Willingness | str | None) -> str:
    if willing is None:
        return QCoreApplication.translate("Worksheet", "Not answered yet")
    return term("w", Willingness(willing).value)


def followed_word(followed: Followed | str) -> str:
    return term("f", Followed(followed).value)


def crossing_counts(crossings: int, followed: int) -> str:
    """"Crossed 2 times · consequence followed 1 time", or "Not crossed"."""
    if crossings == 0:
        return QCoreApplication.translate("Worksheet", "Not crossed")
    crossed = (QCoreApplication.translate("Worksheet", "Crossed once") if crossings == 1
               else QCoreApplication.translate("Worksheet", "Crossed %1 times")
               .replace("%1", str(crossings)))
    if followed == 1:
        kept = QCoreApplication.translate("Worksheet", "consequence followed once")
    else:
        # lupdate does not see a count in translate(); once is its own string, so %1 is enough
        kept = QCoreApplication.translate("Worksheet", "consequence followed %1 times").replace(
            "%1", str(followed))
    return f"{crossed} · {kept}"


def summary_html(draft: BoundaryDraft | Boundary, need_label: str, lang: str, *,
                 title: bool = True, people: Sequence[str] = (), paper: bool = False) -> str:
    """The boundary as a card to read aloud or print: her words, in large plain text.
    `people`: the names of the support people she linked, shown before her own words
    under "Who supports me". The field names are in the theme's muted colour, which
    reads well on the light and on the dark card (no fixed colour can); on `paper`
    (printing) in the light theme's."""
    muted = (theme.LIGHT["muted"] if paper else
             QApplication.palette().color(QPalette.ColorRole.PlaceholderText).name())

    def row(title: str, text: str) -> str:
        if not text.strip():
            return ""
        body = html.escape(text).replace("\n", "<br>")
        return (f"<p style='margin-top:14px; margin-bottom:2px; color:{muted};'>"
                f"{html.escape(title)}</p><p style='margin-top:0;'>{body}</p>")

    need = " · ".join(t for t in (need_label, draft.need_text) if t.strip())
    parts = [
        f"<p style='font-size:15pt; font-weight:600;'>{html.escape(draft.action)}</p>"
        if title else "",
        row(QCoreApplication.translate("Worksheet", "What it protects")
            if is_safety_action(draft.template_id)
            else QCoreApplication.translate("Worksheet", "The need it protects"), need),
        row(QCoreApplication.translate("Worksheet", "What I do at once")
            if is_safety_action(draft.template_id)
            else QCoreApplication.translate("Worksheet", "What I do if it is crossed"),
            draft.consequence),
        row(QCoreApplication.translate("Worksheet", "Am I willing and able to carry this out?"),
            willing_word(draft.willing) if draft.willing else ""),
        row(QCoreApplication.translate("Worksheet", "Who supports me"),
            "\n".join(t for t in (", ".join(people), draft.support) if t.strip())),
        row(QCoreApplication.translate("Worksheet", "Where I am with it"),
            status_word(draft.status)),
        row(QCoreApplication.translate("Worksheet", "Look at it again on"),
            dates.medium_date(draft.review_date, lang)),
        row(QCoreApplication.translate("Worksheet", "Notes"), draft.notes),
    ]
    return "<div style='font-size:12pt;'>" + "".join(parts) + "</div>"


def print_html(parent: QWidget | None, content: str) -> bool:
    """Print through the system's print dialog; never to a file. True if printed."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.NativeFormat)
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat:
            return False  # a "print to file" choice that slipped through: not here
        document = QTextDocument()
        document.setHtml(content)
        document.print_(printer)
        return True
    finally:
        dialog.deleteLater()


class DraftAutosave(Autosave):
    """Keeps a half-filled form in the vault as a draft: a second after the last change,
    and at once on `flush()`. A failed save shows in `message`, like every autosave."""

    def __init__(self, drafts: FormDrafts, collect: Callable[[], tuple[str, dict[str, Any]]
                                                             | None],
                 parent: QWidget) -> None:
        super().__init__(parent, self._save)
        self._drafts = drafts
        self._collect = collect  # (name, data), or None when there is nothing to keep

    def forget(self, name: str) -> None:
        """The form was finished or thrown away: drop its draft."""
        self.reset()
        try:
            self._drafts.drop(name)
        # A failure keeps the form as it is and is told, like a failed save.
        except messages.FAILURES as exc:
            self._show_failure(exc)

    def _save(self) -> bool:
        collected = self._collect()
        if collected is not None:
            self._drafts.save(*collected)
        return True
