"""Full-text search over entries with FTS5. Any text she types is a valid query."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from journal.entries import filter_sql
from journal.models import EntryFilter, SearchHit
from journal.vault import Snapshot, Vault

HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"
MAX_QUERY_WORDS = 32
SNIPPET_TOKENS = 16
# Ranking costs time for every match (bm25 reads each match's positions and length).
# When more entries match than this, the best are chosen among the most recent ones,
# so a common word answers as fast in a journal of ten years as in one of ten weeks.
RANK_WINDOW = 500


class SearchOrder(StrEnum):
    BEST = "best"  # best matches first (ranked)
    NEWEST = "newest"  # the entry's date, newest first (then the newest written)


# A word is a run of letters and digits; everything else (quotes, *, -, NEAR,
# parentheses, emoji) separates words and is never passed to FTS5 as syntax.
_WORD = re.compile(r"[^\W_]+")


def query_words(text: str) -> list[str]:
    """The words of what she typed, as the search reads them (at most MAX_QUERY_WORDS)."""
    return _WORD.findall(unicodedata.normalize("NFC", text))[:MAX_QUERY_WORDS]


def match_expression(text: str, *, prefix_last: bool = True) -> str | None:
    """The FTS5 MATCH expression for what she typed, or None if it holds no word.

    Each word is quoted, so FTS5 reads it as a plain string; all words must match;
    the last one also matches as a prefix, for results while typing.
    """
    words = query_words(text)
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    if prefix_last:
        terms[-1] += "*"
    return " ".join(terms)


def search(vault: Vault | Snapshot, text: str, *, flt: EntryFilter = EntryFilter(), limit: int = 50,
           offset: int = 0, prefix_last: bool = True,
           order: SearchOrder = SearchOrder.BEST) -> list[SearchHit]:
    """Best matches first (or with NEWEST by date, newest first), each with a snippet
    around the matched words.

    Only the RANK_WINDOW most recently written matches are ranked (see above); newest
    first needs no ranking, so it lists every match.
    """
    expression = match_expression(text, prefix_last=prefix_last)
    if expression is None:
        return []
    if order is SearchOrder.NEWEST:
        return _newest_first(vault, expression, flt, limit, offset)
    where, params = filter_sql(flt, tag_by_id=True)
    matches = ("FROM entries_fts JOIN entries e ON e.id = entries_fts.rowid"
               f" WHERE entries_fts MATCH ?{where}")
    # How many entries match, from the FTS index alone (no lookup per match).
    total = vault.row("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?",
                      [expression])[0]
    first = 0
    if total > RANK_WINDOW and not where:
        # The window's first rowid, found in ascending order: FTS5 walks a prefix match
        # backwards far more slowly than forwards.
        first = vault.row("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?"
                          " ORDER BY rowid LIMIT 1 OFFSET ?",
                          [expression, total - RANK_WINDOW])[0]
    elif total > RANK_WINDOW:
        # With a filter: the window is the RANK_WINDOW newest-written entries that the
        # filter and the words both let through. Walk the entries newest first until it
        # is full: the matches are read once from the FTS index into a temporary index
        # (the unary + keeps SQLite from looking up each match in `entries` instead,
        # 1.6 s at 100,000 entries for a common word), and a common word is in most
        # entries, so the walk stops after little more than RANK_WINDOW of them.
        ids = [r[0] for r in vault.rows(
            "SELECT e.id FROM entries e WHERE +e.id IN (SELECT rowid FROM entries_fts"
            f" WHERE entries_fts MATCH ?){where} ORDER BY e.id DESC LIMIT ?",
            [expression, *params, RANK_WINDOW])]
        if not ids:
            return []
        # Only the window's entries are looked up and ranked, not every match in its
        # range of rowids: "rank + 0" keeps FTS5 from sorting by rank itself, which
        # would rank every match in the range before the window is applied.
        rows = vault.rows(
            "SELECT e.id, e.entry_date, e.title,"
            " snippet(entries_fts, -1, char(2), char(3), '…', ?) AS snippet"
            f" {matches} AND entries_fts.rowid BETWEEN ? AND ?"
            " AND +entries_fts.rowid IN (SELECT value FROM json_each(?))"
            " ORDER BY rank + 0 LIMIT ? OFFSET ?",
            [SNIPPET_TOKENS, expression, *params, ids[-1], ids[0], json.dumps(ids), limit,
             offset])
        return _hits(rows)
    rows = vault.rows(
        "SELECT e.id, e.entry_date, e.title,"
        " snippet(entries_fts, -1, char(2), char(3), '…', ?) AS snippet"
        f" {matches} AND entries_fts.rowid >= ? ORDER BY rank LIMIT ? OFFSET ?",
        [SNIPPET_TOKENS, expression, *params, first, limit, offset])
    return _hits(rows)


def _newest_first(vault: Vault | Snapshot, expression: str, flt: EntryFilter, limit: int,
                  offset: int) -> list[SearchHit]:
    # The page is found by walking the entries by date (their index) and keeping those
    # in the matches, read once from the FTS index (the unary + keeps SQLite from looking
    # each match up instead, then sorting them all): a common word fills a page at once.
    where, params = filter_sql(flt)
    rows = vault.rows(
        "SELECT e.id, e.entry_date, e.title FROM entries e WHERE +e.id IN"
        f" (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?){where}"
        " ORDER BY e.entry_date DESC, e.id DESC LIMIT ? OFFSET ?",
        [expression, *params, limit, offset])
    if not rows:
        return []
    # Snippets only for this page's entries. The unary + again: FTS5 given the ids
    # looks each one up in its index, several times slower than walking the matches.
    snippets = dict(vault.rows(
        "SELECT rowid, snippet(entries_fts, -1, char(2), char(3), '…', ?) FROM entries_fts"
        " WHERE entries_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))",
        [SNIPPET_TOKENS, expression, json.dumps([r["id"] for r in rows])]))
    return [SearchHit(r["id"], date.fromisoformat(r["entry_date"]), r["title"],
                      snippets.get(r["id"], "")) for r in rows]


def _hits(rows: list[Any]) -> list[SearchHit]:
    return [SearchHit(r["id"], date.fromisoformat(r["entry_date"]), r["title"], r["snippet"])
            for r in rows]


# -- the worksheet: boundaries and needs ----------------------------------------------

@dataclass(frozen=True)
class WorksheetHit:
    """A boundary or need that matches. `title` is the boundary's "what I will do" or
    the need's text; `snippet` marks the matched words as entry snippets do."""

    kind: str  # "boundary", "need" or "event" (of the timeline)
    id: int
    title: str
    snippet: str


def fold(word: str) -> str:
    """A word as the search compares it: without case and diacritics (as FTS5's
    unicode61 tokenizer with remove_diacritics does for entries)."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _matches(word: str, wanted: list[str], prefix_last: bool) -> bool:
    folded = fold(word)
    last = len(wanted) - 1
    return any(folded == w or (prefix_last and i == last and folded.startswith(w))
               for i, w in enumerate(wanted))


def _snippet(text: str, wanted: list[str], prefix_last: bool) -> str | None:
    """About SNIPPET_TOKENS words of `text` around its first match, the matched words
    marked; None if no word of `text` matches."""
    words = list(_WORD.finditer(text))
    hits = [i for i, m in enumerate(words) if _matches(m.group(), wanted, prefix_last)]
    if not hits:
        return None
    first = max(0, min(hits[0] - 3, len(words) - SNIPPET_TOKENS))
    last = min(len(words), first + SNIPPET_TOKENS) - 1
    start = words[first].start() if first > 0 else 0
    end = words[last].end() if last < len(words) - 1 else len(text)
    pieces = ["…"] if first > 0 else []
    position = start
    for i in range(first, last + 1):
        m = words[i]
        pieces.append(text[position:m.start()])
        if i in hits:
            pieces.append(f"{HIGHLIGHT_START}{m.group()}{HIGHLIGHT_END}")
        else:
            pieces.append(m.group())
        position = m.end()
    pieces.append(text[position:end])
    if last < len(words) - 1:
        pieces.append("…")
    return " ".join("".join(pieces).split())


def _record_matches(texts: list[str], wanted: list[str], prefix_last: bool) -> bool:
    """Every word she typed occurs in one of `texts` (the last also as a prefix)."""
    folded = {fold(w) for text in texts for w in _WORD.findall(text)}
    last = len(wanted) - 1
    return all(w in folded or (prefix_last and i == last
                               and any(f.startswith(w) for f in folded))
               for i, w in enumerate(wanted))


def search_worksheet(vault: Vault | Snapshot, text: str, limit: int = 20, *,
                     prefix_last: bool = True) -> list[WorksheetHit]:
    """Boundaries, needs and timeline events in which every word she typed occurs (in
    the boundary, the need it protects, its consequence, support (her words and the
    people linked), notes or crossing log; in the need or its notes; in what happened,
    her words for when, or the note), words compared as the entries search does.
    Boundaries first, then needs, then events, each kind most recently changed first.
    There are few of them, so they are read whole."""
    wanted = [f for f in (fold(w) for w in query_words(text)) if f]
    if not wanted or limit <= 0:
        return []
    records: list[tuple[str, int, str, list[str]]] = []
    crossings: dict[int, list[str]] = {}
    for r in vault.rows("SELECT boundary_id, what_happened, feeling, learned"
                        " FROM boundary_crossings ORDER BY crossed_on DESC, id DESC"):
        crossings.setdefault(r["boundary_id"], []).extend(
            (r["what_happened"], r["feeling"], r["learned"]))
    people: dict[int, list[str]] = {}  # who supports her in it (linked, current names)
    for r in vault.rows("SELECT s.boundary_id, p.name FROM boundary_support s"
                        " JOIN support_people p ON p.id = s.person_id"
                        " ORDER BY p.name COLLATE NOCASE, p.id"):
        people.setdefault(r["boundary_id"], []).append(r["name"])
    for r in vault.rows("SELECT id, action, need_text, consequence, support, notes"
                        " FROM boundaries ORDER BY updated_at DESC, id DESC"):
        records.append(("boundary", r["id"], r["action"],
                        [r["action"], r["need_text"], r["consequence"], r["support"],
                         ", ".join(people.get(r["id"], [])), r["notes"],
                         *crossings.get(r["id"], [])]))
    notes: dict[int, list[str]] = {}
    for r in vault.rows("SELECT need_id, text FROM need_notes"
                        " ORDER BY note_date DESC, id DESC"):
        notes.setdefault(r["need_id"], []).append(r["text"])
    for r in vault.rows("SELECT id, text FROM needs ORDER BY updated_at DESC, id DESC"):
        records.append(("need", r["id"], r["text"], [r["text"], *notes.get(r["id"], [])]))
    for r in vault.rows("SELECT id, what, date_words, note FROM events"
                        " ORDER BY updated_at DESC, id DESC"):
        records.append(("event", r["id"], r["what"], [r["what"], r["date_words"], r["note"]]))
    hits: list[WorksheetHit] = []
    for kind, record_id, title, texts in records:
        if not _record_matches(texts, wanted, prefix_last):
            continue
        snippet = next(s for s in (_snippet(t, wanted, prefix_last) for t in texts) if s)
        hits.append(WorksheetHit(kind, record_id, title, snippet))
        if len(hits) == limit:
            break
    return hits


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet into (text, highlighted) pieces for display."""
    parts: list[tuple[str, bool]] = []
    for i, piece in enumerate(re.split(f"[{HIGHLIGHT_START}{HIGHLIGHT_END}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts
