"""Full-text search over entries with FTS5. Any text she types is a valid query."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from journal.entries import filter_sql
from journal.models import EntryFilter, SearchHit
from journal.vault import Vault

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
MAX_QUERY_WORDS = 32
SNIPPET_TOKENS = 16
# Ranking costs time for every match (bm25 reads each match's positions and length).
# When more entries match than this, the best are chosen among the most recent ones,
# so a common word answers as fast in a journal of ten years as in one of ten weeks.
RANK_WINDOW = 500

# A word is a run of letters and digits; everything else (quotes, *, -, NEAR,
# parentheses, emoji) separates words and is never passed to FTS5 as syntax.
_WORD = re.compile(r"[^\W_]+")


def match_expression(text: str, *, prefix_last: bool = True) -> str | None:
    """The FTS5 MATCH expression for what she typed, or None if it holds no word.

    Each word is quoted, so FTS5 reads it as a plain string; all words must match;
    the last one also matches as a prefix, for results while typing.
    """
    words = _WORD.findall(unicodedata.normalize("NFC", text))[:MAX_QUERY_WORDS]
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    if prefix_last:
        terms[-1] += "*"
    return " ".join(terms)


def search(vault: Vault, text: str, *, flt: EntryFilter = EntryFilter(), limit: int = 50,
           offset: int = 0, prefix_last: bool = True) -> list[SearchHit]:
    """Best matches first, each with a snippet around the matched words.

    Only the RANK_WINDOW most recently written matches are ranked (see above).
    """
    expression = match_expression(text, prefix_last=prefix_last)
    if expression is None:
        return []
    where, params = filter_sql(flt)
    matches = ("FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
               f" WHERE entries_fts MATCH ?{where}")
    # The window's first rowid, found in ascending order: FTS5 walks a prefix match
    # backwards far more slowly than forwards.
    # Without a filter the index alone answers, with no lookup per match.
    window = matches if where else "FROM entries_fts WHERE entries_fts MATCH ?"
    total = vault.row(f"SELECT count(*) {window}", [expression, *params])[0]
    first = 0
    if total > RANK_WINDOW:
        first = vault.row(f"SELECT entries_fts.rowid {window}"
                          " ORDER BY entries_fts.rowid LIMIT 1 OFFSET ?",
                          [expression, *params, total - RANK_WINDOW])[0]
    rows = vault.rows(
        "SELECT e.id, e.entry_date, e.title,"
        " snippet(entries_fts, -1, char(2), char(3), '…', ?) AS snippet"
        f" {matches} AND entries_fts.rowid >= ? ORDER BY rank LIMIT ? OFFSET ?",
        [SNIPPET_TOKENS, expression, *params, first, limit, offset])
    return [SearchHit(r["id"], date.fromisoformat(r["entry_date"]), r["title"], r["snippet"])
            for r in rows]


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, highlighted) pieces for display."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
