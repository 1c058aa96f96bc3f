"""The journal list's rows, apart from the model that pages them: month headings between
entries, an entry's row made from a draft just saved, and whether a row belongs in a
filtered list."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QLocale

from journal.entries import make_preview, normalize_tags
from journal.models import EntryDraft, EntryFilter, EntrySummary
from ui import dates


@dataclass(frozen=True)
class MonthHeader:
    year: int
    month: int


Row = MonthHeader | EntrySummary


def month_of(summary: EntrySummary) -> MonthHeader:
    return MonthHeader(summary.entry_date.year, summary.entry_date.month)


def order_key(summary: EntrySummary) -> tuple[date, int]:
    return (summary.entry_date, summary.id)


def rows_for(summaries: list[EntrySummary]) -> list[Row]:
    """Summaries in list order with a month heading wherever the month changes."""
    rows: list[Row] = []
    month = None
    for summary in summaries:
        if month_of(summary) != month:
            month = month_of(summary)
            rows.append(month)
        rows.append(summary)
    return rows


def summary_from_draft(entry_id: int, draft: EntryDraft) -> EntrySummary:
    """The list row for a draft just saved, made as the store would, without a query."""
    return EntrySummary(
        entry_id, draft.entry_date, unicodedata.normalize("NFC", draft.title.strip()),
        make_preview(unicodedata.normalize("NFC", draft.body)),
        draft.mood, tuple(sorted(normalize_tags(draft.tags), key=str.casefold)),
        bool(draft.share_with_therapist))


def matches_filter(summary: EntrySummary, flt: EntryFilter) -> bool:
    """Whether a summary belongs in a list narrowed by `flt` (as EntryStore.page decides)."""
    if flt.tag is not None and flt.tag.casefold() not in {t.casefold() for t in summary.tags}:
        return False
    if flt.date_from is not None and summary.entry_date < flt.date_from:
        return False
    if flt.date_to is not None and summary.entry_date > flt.date_to:
        return False
    if flt.mood is not None and summary.mood != flt.mood:
        return False
    return flt.shared is None or summary.share_with_therapist == flt.shared


def month_heading(year: int, month: int, locale: QLocale | None = None) -> str:
    locale = locale or dates.locale()
    name = locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"
