"""Journal entries: create, read, update, delete, list in pages, tags."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from journal.clock import now_utc
from journal.errors import EntryNotFound, InvalidValue
from journal.gil import paced
from journal.models import (
    MOOD_MAX,
    MOOD_MIN,
    Entry,
    EntryDraft,
    EntryFilter,
    EntrySummary,
    Photo,
)
from journal.vault import Snapshot, Vault

PREVIEW_CHARS = 160
# FTS5's buffer of words not yet written to the index while many entries are added at
# once (`EntryStore.bulk_add`); its default is 1 MiB. See bench/RESULTS.md, "Import".
BULK_FTS_HASHSIZE = 16 * 1024 * 1024
_FTS_INSERT_TRIGGER = "entries_fts_insert"
# Markdown marks that would only clutter a one-line preview.
_MARKDOWN_NOISE = re.compile(r"[#>*_`~\[\]]+|^\s*[-+]\s+", re.MULTILINE)


def make_preview(body: str) -> str:
    text = _MARKDOWN_NOISE.sub("", body[: PREVIEW_CHARS * 4])
    return " ".join(text.split())[:PREVIEW_CHARS]


def normalize_tags(tags: list[str]) -> list[str]:
    """Tags as she typed them, without '#', extra spaces, blanks or repeats (any case)."""
    seen: set[str] = set()
    result = []
    for raw in tags:
        tag = " ".join(unicodedata.normalize("NFC", raw).strip().lstrip("#").split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            result.append(tag)
    return result


def _clean(draft: EntryDraft) -> EntryDraft:
    if draft.mood is not None and not MOOD_MIN <= draft.mood <= MOOD_MAX:
        raise InvalidValue("mood", f"mood must be between {MOOD_MIN} and {MOOD_MAX}")
    # NFC so that search and the stored text agree however the text was typed.
    return EntryDraft(
        entry_date=draft.entry_date,
        title=unicodedata.normalize("NFC", draft.title.strip()),
        body=unicodedata.normalize("NFC", draft.body),
        mood=draft.mood,
        tags=normalize_tags(draft.tags),
        prompt_id=draft.prompt_id or None,
        share_with_therapist=bool(draft.share_with_therapist),
    )


def _month_after(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1)


def filter_sql(flt: EntryFilter, alias: str = "e", *,
               tag_by_id: bool = False) -> tuple[str, list[Any]]:
    """A WHERE fragment (starting with ' AND', or empty) and its parameters.

    A tag's entries are a set that the query checks while it walks an index of the
    entries (the list: by date, 4-35 ms at 100,000 entries whatever the tag). With
    `tag_by_id` SQLite may instead look each of the tag's entries up by id, which is
    right for a few entries wanted in id order (search's window) but reads every one of
    the tag's rows, bodies and all, when they must be sorted or counted by date: 0.4 s
    for a list page and 22 s for the month counts of a tag on one entry in ten."""
    sql, params = "", list[Any]()
    if flt.tag is not None:
        # The unary + keeps the id out of SQLite's choice of lookups.
        plus = "" if tag_by_id else "+"
        sql += (f" AND {plus}{alias}.id IN (SELECT et.entry_id FROM entry_tags et"
                " JOIN tags t ON t.id = et.tag_id WHERE t.name = ?)")
        params.append(flt.tag)
    if flt.date_from is not None:
        sql += f" AND {alias}.entry_date >= ?"
        params.append(flt.date_from.isoformat())
    if flt.date_to is not None:
        sql += f" AND {alias}.entry_date <= ?"
        params.append(flt.date_to.isoformat())
    if flt.mood is not None:
        sql += f" AND {alias}.mood = ?"
        params.append(flt.mood)
    if flt.shared is not None:
        sql += f" AND {alias}.share_with_therapist = ?"
        params.append(int(flt.shared))
    return sql, params


_TAGS_OF = ("(SELECT group_concat(t.name, char(31)) FROM entry_tags et"
            " JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = {alias}.id)")


def tags_column(alias: str = "e") -> str:
    """A SQL expression with an entry's tags joined by the unit separator."""
    return _TAGS_OF.format(alias=alias)


def split_tags(value: str | None) -> tuple[str, ...]:
    return tuple(sorted(value.split("\x1f"), key=str.casefold)) if value else ()


def identity_key(entry_date: str, title: str, body: str) -> bytes:
    """What makes two entries the same: date, title and body, as the store keeps them."""
    text = "\x1f".join((entry_date, unicodedata.normalize("NFC", title.strip()),
                        unicodedata.normalize("NFC", body)))
    import hashlib  # here: only an import needs it (3 ms of every command)

    return hashlib.sha256(text.encode("utf-8")).digest()


def photo_digest(data: bytes) -> bytes:
    """What makes two photos the same: their bytes."""
    import hashlib

    return hashlib.sha256(data).digest()


def _entry(row: Any) -> Entry:
    """An Entry from a row of `e.*` with a `tag_list` (tags_column)."""
    return Entry(
        entry_date=date.fromisoformat(row["entry_date"]), title=row["title"],
        body=row["body"], mood=row["mood"], tags=list(split_tags(row["tag_list"])),
        prompt_id=row["prompt_id"], share_with_therapist=bool(row["share_with_therapist"]),
        id=row["id"], created_at=datetime.fromisoformat(row["created_at"]),
        updated_at=datetime.fromisoformat(row["updated_at"]))


class EntryStore:
    def __init__(self, vault: Vault | Snapshot) -> None:
        self._vault = vault

    def create(self, draft: EntryDraft) -> int:
        draft = _clean(draft)
        stamp = now_utc()
        with self._vault.transaction():
            cursor = self._vault.execute(
                "INSERT INTO entries (entry_date, created_at, updated_at, title, body, preview,"
                " mood, prompt_id, share_with_therapist) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.entry_date.isoformat(), stamp, stamp, draft.title, draft.body,
                 make_preview(draft.body), draft.mood, draft.prompt_id,
                 int(draft.share_with_therapist)))
            entry_id = int(cursor.lastrowid)
            self._set_tags(entry_id, draft.tags)
        return entry_id

    @contextmanager
    def bulk_add(self) -> Iterator[Callable[[EntryDraft, str | None, str | None], int]]:
        """Add many new entries at once (an import): yields `add(draft, created_at,
        updated_at) -> id` (ISO 8601 UTC stamps, or None for now). Must run inside the
        caller's transaction; only new entries may be written while it is open.

        The search index of the new entries is built in one statement at the end
        instead of by the insert trigger entry by entry, with a large FTS5 buffer: this
        makes about a third as many SQLite memory allocations, each of which SQLCipher's
        `cipher_memory_security` locks and wipes (bench/RESULTS.md, "Import"). The
        trigger is dropped and made again inside the transaction, so a rollback undoes
        that too; if the block fails, the entries added so far are still indexed and the
        trigger restored before the error goes on, so the vault stays consistent
        whatever the caller does with its transaction.
        """
        vault = self._vault
        with vault.transaction():
            first = int(vault.row("SELECT coalesce(max(id), 0) FROM entries")[0])
            trigger = vault.row("SELECT sql FROM sqlite_master WHERE type = 'trigger'"
                                " AND name = ?", (_FTS_INSERT_TRIGGER,))[0]
            hashsize = vault.row("SELECT v FROM entries_fts_config WHERE k = 'hashsize'")
            vault.execute(f"DROP TRIGGER {_FTS_INSERT_TRIGGER}")
            vault.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)",
                          (BULK_FTS_HASHSIZE,))
            tag_ids: dict[str, int] = {}

            def add(draft: EntryDraft, created_at: str | None, updated_at: str | None,
                    ) -> int:
                draft = _clean(draft)
                created = created_at or now_utc()
                cursor = vault.execute(
                    "INSERT INTO entries (entry_date, created_at, updated_at, title, body,"
                    " preview, mood, prompt_id, share_with_therapist)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (draft.entry_date.isoformat(), created, updated_at or created,
                     draft.title, draft.body, make_preview(draft.body), draft.mood,
                     draft.prompt_id, int(draft.share_with_therapist)))
                entry_id = int(cursor.lastrowid)
                ids = [self._tag_id(tag, tag_ids) for tag in draft.tags]
                if ids:
                    vault.execute("INSERT OR IGNORE INTO entry_tags (entry_id, tag_id) VALUES "
                                  + ", ".join(["(?, ?)"] * len(ids)),
                                  [value for tag_id in ids for value in (entry_id, tag_id)])
                return entry_id

            done = False
            try:
                yield add
                done = True
            finally:
                try:
                    vault.execute("INSERT INTO entries_fts (rowid, title, body)"
                                  " SELECT id, title, body FROM entries WHERE id > ?", (first,))
                    # Back to the size it had: the default is set (so that this connection
                    # uses it again), then its row taken out if there was none before.
                    vault.execute("INSERT INTO entries_fts (entries_fts, rank)"
                                  " VALUES ('hashsize', ?)",
                                  (hashsize[0] if hashsize else 1024 * 1024,))
                    if hashsize is None:
                        vault.execute("DELETE FROM entries_fts_config WHERE k = 'hashsize'")
                    vault.execute(trigger)
                except Exception:
                    if done:
                        raise
                    # else the block's own error is what the caller needs to see

    def identity_ids(self, first: date, last: date) -> dict[bytes, int]:
        """identity_key -> id of every entry dated from `first` to `last`."""
        cursor = self._vault.execute("SELECT id, entry_date, title, body FROM entries"
                                     " WHERE entry_date BETWEEN ? AND ?",
                                     (first.isoformat(), last.isoformat()))
        # Row by row: only the hashes are kept, not every body of a large vault.
        return {identity_key(r["entry_date"], r["title"], r["body"]): int(r["id"])
                for r in cursor}

    def undated_identity_ids(self) -> dict[bytes, int]:
        """identity_key without a date ("") -> id of the first such entry, for entries of
        a source that has no dates (the same title and body on any day)."""
        found: dict[bytes, int] = {}
        for r in self._vault.execute("SELECT id, title, body FROM entries ORDER BY id"):
            found.setdefault(identity_key("", r["title"], r["body"]), int(r["id"]))
        return found

    def photo_digests(self, entry_id: int) -> set[bytes]:
        """photo_digest of each photo the entry has."""
        return {photo_digest(bytes(r["data"])) for r in self._vault.execute(
            "SELECT data FROM entry_photos WHERE entry_id = ?", (entry_id,))}

    def find_same(self, entry_date: str, title: str, body: str) -> int | None:
        """The id of the first entry with this identity_key, or None."""
        wanted = identity_key(entry_date, title, body)
        for row in self._vault.rows("SELECT id, title, body FROM entries"
                                    " WHERE entry_date = ? ORDER BY id", (entry_date,)):
            if identity_key(entry_date, row["title"], row["body"]) == wanted:
                return int(row["id"])
        return None

    def add_photo(self, entry_id: int, photo: Photo) -> None:
        """Keep a photo with an entry, after the ones it has (deleted with the entry)."""
        with self._vault.transaction():
            self._vault.execute(
                "INSERT INTO entry_photos (entry_id, position, mime, width, height, data)"
                " SELECT ?, coalesce(max(position) + 1, 0), ?, ?, ?, ? FROM entry_photos"
                " WHERE entry_id = ?",
                (entry_id, photo.mime, photo.width, photo.height, photo.data, entry_id))

    def photos(self, entry_id: int) -> list[Photo]:
        """The entry's photos in their order (none for most entries)."""
        return [Photo(bytes(r["data"]), r["mime"], r["width"], r["height"])
                for r in self._vault.rows(
                    "SELECT mime, width, height, data FROM entry_photos WHERE entry_id = ?"
                    " ORDER BY position, id", (entry_id,))]

    def _tag_id(self, tag: str, known: dict[str, int]) -> int:
        if tag not in known:
            self._vault.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING",
                                (tag,))
            known[tag] = int(self._vault.row("SELECT id FROM tags WHERE name = ?", (tag,))[0])
        return known[tag]

    def get(self, entry_id: int) -> Entry:
        row = self._vault.row(
            f"SELECT e.*, {tags_column()} AS tag_list FROM entries e WHERE e.id = ?",
            (entry_id,))
        if row is None:
            raise EntryNotFound(entry_id)
        return _entry(row)

    def update(self, entry_id: int, draft: EntryDraft) -> None:
        draft = _clean(draft)
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE entries SET entry_date = ?, updated_at = ?, title = ?, body = ?,"
                " preview = ?, mood = ?, prompt_id = ?, share_with_therapist = ? WHERE id = ?",
                (draft.entry_date.isoformat(), now_utc(), draft.title, draft.body,
                 make_preview(draft.body), draft.mood, draft.prompt_id,
                 int(draft.share_with_therapist), entry_id))
            if cursor.rowcount == 0:
                raise EntryNotFound(entry_id)
            self._set_tags(entry_id, draft.tags)

    def delete(self, entry_id: int) -> None:
        """Delete so that no trace stays in the file: secure_delete zeroes the freed
        pages, FTS5 secure-delete drops the words, and the WAL is emptied."""
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM entries WHERE id = ?", (entry_id,))
            if cursor.rowcount == 0:
                raise EntryNotFound(entry_id)
            self._drop_unused_tags()
        self._vault.checkpoint()

    def count(self, flt: EntryFilter = EntryFilter()) -> int:
        where, params = filter_sql(flt)
        return int(self._vault.row(f"SELECT count(*) FROM entries e WHERE 1{where}",
                                   params)[0])

    def page(self, flt: EntryFilter = EntryFilter(), *, offset: int = 0,
             limit: int = 100) -> list[EntrySummary]:
        """Newest first; reads previews, never bodies."""
        where, params = filter_sql(flt)
        return self._summaries(where, params, limit, offset)

    # -- the journal list by months and keyset (bench/RESULTS.md, Notes) --------------

    def month_counts(self, flt: EntryFilter = EntryFilter()) -> list[tuple[int, int, int]]:
        """(year, month, number of entries) of every month with entries, newest first,
        so that a list knows where each month starts without reading a row.

        One count of a date range per month, from the newest entry's month to the
        oldest's, on `entries_by_date` (or `entries_by_mood`, `entries_by_shared`; a
        tag's entries are checked as a set along `entries_by_date`): 5-20 ms for ten
        years at 100,000 entries, where one GROUP BY over the month of every row takes
        160–280 ms (and, filtered by mood or "shared" before those indexes, 1.2 s)."""
        where, params = filter_sql(flt)
        newest = self._vault.row(
            f"SELECT (SELECT max(e.entry_date) FROM entries e WHERE 1{where}),"
            f" (SELECT min(e.entry_date) FROM entries e WHERE 1{where})", [*params, *params])
        if newest[0] is None:
            return []
        first = date.fromisoformat(newest[0]).replace(day=1)
        last = date.fromisoformat(newest[1]).replace(day=1)
        rows = self._vault.rows(
            "WITH RECURSIVE months(start, next) AS (SELECT ?, ? UNION ALL"
            " SELECT date(start, '-1 month'), start FROM months WHERE start > ?)"
            " SELECT start, (SELECT count(*) FROM entries e WHERE e.entry_date >= start"
            f" AND e.entry_date < next{where}) AS n FROM months",
            [first.isoformat(), _month_after(first.year, first.month).isoformat(),
             last.isoformat(), *params])
        return [(int(r["start"][:4]), int(r["start"][5:7]), int(r["n"]))
                for r in rows if r["n"]]

    def page_before(self, flt: EntryFilter = EntryFilter(),
                    key: tuple[date, int] | None = None, *,
                    limit: int = 100) -> list[EntrySummary]:
        """The summaries after `key` (an (entry_date, id) already shown) in list order,
        newest first: by keyset on the index, however far back `key` is."""
        where, params = filter_sql(flt)
        if key is not None:
            where = " AND (e.entry_date, e.id) < (?, ?)" + where
            params = [key[0].isoformat(), key[1], *params]
        return self._summaries(where, params, limit)

    def page_in_month(self, flt: EntryFilter, year: int, month: int, skip: int, *,
                      limit: int = 100) -> list[EntrySummary]:
        """The summaries from the `skip`-th entry of a month on (going on into older
        months if `limit` reaches past its end), newest first."""
        where, params = filter_sql(flt)
        where = " AND e.entry_date < ?" + where
        params = [_month_after(year, month).isoformat(), *params]
        return self._summaries(where, params, limit, skip)

    def position(self, flt: EntryFilter, entry_id: int) -> tuple[int, int, int] | None:
        """Where an entry stands in the list narrowed by `flt`: (year, month, how many
        entries of that month come before it), or None if the filter leaves it out."""
        where, params = filter_sql(flt)
        row = self._vault.row(f"SELECT e.entry_date FROM entries e WHERE e.id = ?{where}",
                              [entry_id, *params])
        if row is None:
            return None
        day = date.fromisoformat(row["entry_date"])
        return (day.year, day.month, self.rank_in_month(flt, day, entry_id))

    def rank_in_month(self, flt: EntryFilter, entry_date: date, entry_id: int) -> int:
        """How many entries of entry_date's month sort before (entry_date, entry_id)."""
        where, params = filter_sql(flt)
        return int(self._vault.row(
            "SELECT count(*) FROM entries e WHERE e.entry_date < ?"
            f" AND (e.entry_date, e.id) > (?, ?){where}",
            [_month_after(entry_date.year, entry_date.month).isoformat(),
             entry_date.isoformat(), entry_id, *params])[0])

    def _summaries(self, where: str, params: list[Any], limit: int,
                   offset: int = 0) -> list[EntrySummary]:
        rows = self._vault.rows(
            f"SELECT e.id, e.entry_date, e.title, e.preview, e.mood, e.share_with_therapist,"
            f" {tags_column()} AS tag_list FROM entries e WHERE 1{where}"
            " ORDER BY e.entry_date DESC, e.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset])
        return [EntrySummary(r["id"], date.fromisoformat(r["entry_date"]), r["title"],
                             r["preview"], r["mood"], split_tags(r["tag_list"]),
                             bool(r["share_with_therapist"])) for r in paced(rows)]

    # -- a period, oldest first (the therapist summary) --------------------------------

    def summaries_between(self, start: date, end: date) -> list[EntrySummary]:
        """Every entry dated from `start` to `end`, oldest first; previews, never bodies."""
        rows = self._vault.rows(
            f"SELECT e.id, e.entry_date, e.title, e.preview, e.mood, e.share_with_therapist,"
            f" {tags_column()} AS tag_list FROM entries e"
            " WHERE e.entry_date BETWEEN ? AND ? ORDER BY e.entry_date, e.id",
            (start.isoformat(), end.isoformat()))
        return [EntrySummary(r["id"], date.fromisoformat(r["entry_date"]), r["title"],
                             r["preview"], r["mood"], split_tags(r["tag_list"]),
                             bool(r["share_with_therapist"])) for r in paced(rows)]

    def between(self, start: date, end: date, *, shared_only: bool = False,
                ids: Collection[int] | None = None) -> list[Entry]:
        """The entries dated from `start` to `end` in the order she wrote them: only
        those marked to share with her therapist if `shared_only`, only `ids` if given."""
        sql = (f"SELECT e.*, {tags_column()} AS tag_list FROM entries e"
               " WHERE e.entry_date BETWEEN ? AND ?")
        params: list[object] = [start.isoformat(), end.isoformat()]
        if ids is not None:
            wanted = sorted(ids)
            sql += f" AND e.id IN ({','.join('?' * len(wanted))})" if wanted else " AND 0"
            params += wanted
        if shared_only:
            sql += " AND e.share_with_therapist = 1"
        rows = self._vault.rows(sql + " ORDER BY e.entry_date, e.created_at, e.id", params)
        return [_entry(r) for r in paced(rows)]

    # -- every entry as stored (exports keep the stored text exactly) -----------------

    def stored_rows(self) -> list[Any]:
        """Every entry's row (`e.*` with its tags joined in `tag_list`, see split_tags),
        oldest first."""
        return self._vault.rows(f"SELECT e.*, {tags_column()} AS tag_list FROM entries e"
                                " ORDER BY e.entry_date, e.created_at, e.id")

    def stored_photos(self) -> Iterator[Any]:
        """Every entry photo's row (entry_id, mime, width, height, data), by entry and
        position, read one at a time."""
        yield from self._vault.execute("SELECT entry_id, mime, width, height, data"
                                       " FROM entry_photos ORDER BY entry_id, position, id")

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with its number of entries, most used first."""
        rows = self._vault.rows(
            "SELECT t.name, count(*) AS n FROM tags t JOIN entry_tags et ON et.tag_id = t.id"
            " GROUP BY t.id ORDER BY n DESC, t.name COLLATE NOCASE")
        return [(r["name"], r["n"]) for r in rows]

    def _set_tags(self, entry_id: int, tags: list[str]) -> None:
        self._vault.execute("DELETE FROM entry_tags WHERE entry_id = ?", (entry_id,))
        for tag in tags:
            self._vault.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING",
                                (tag,))
            self._vault.execute(
                "INSERT INTO entry_tags (entry_id, tag_id) SELECT ?, id FROM tags WHERE name = ?",
                (entry_id, tag))
        self._drop_unused_tags()

    def _drop_unused_tags(self) -> None:
        self._vault.execute(
            "DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM entry_tags)")
