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
    """Best matches first, each with a snippet around the matched words."""
    expression = match_expression(text, prefix_last=prefix_last)
    if expression is None:
        return []
    where, params = filter_sql(flt)
    rows = vault.rows(
        "SELECT e.id, e.entry_date, e.title,"
        " snippet(entries_fts, -1, char(2), char(3), '…', ?) AS snippet"
        " FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
        f" WHERE entries_fts MATCH ?{where} ORDER BY rank LIMIT ? OFFSET ?",
        [SNIPPET_TOKENS, expression, *params, limit, offset])
    return [SearchHit(r["id"], date.fromisoformat(r["entry_date"]), r["title"], r["snippet"])
            for r in rows]


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, highlighted) pieces for display."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
