"""The timeline: what happened, in one chronological view across record kinds.

Events she wrote down (journal.events), entries she marked as milestones, boundaries'
status changes and crossings, check-ins on very low and very high days, STI tests,
therapy sessions (agenda topics discussed on a day) and needs' status changes.

Reading is in two steps so that a list stays fast however much there is: `keys()`
gives every matching item as a small sortable tuple (read from indexes, no text), and
`items()` reads the text of only the keys a list shows (bench/RESULTS.md, "Timeline").
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from journal.boundaries import is_safety_action
from journal.events import When, when_of
from journal.vault import Snapshot, Vault

EVENT, MILESTONE, BOUNDARY, CROSSING, CHECKIN, STI_TEST, SESSION, NEED = (
    "event", "milestone", "boundary", "crossing", "checkin", "sti_test", "session", "need")
# In this order on the same day.
KINDS = (EVENT, MILESTONE, BOUNDARY, CROSSING, NEED, STI_TEST, SESSION, CHECKIN)
_RANK = {kind: i for i, kind in enumerate(KINDS)}
# The status of a safety action's change: it is an agreement that keeps a child safe,
# not a boundary she negotiates, so it has no status word ("Decided") of its own.
SAFETY_ACTION = "safety-action"
# A check-in is on the timeline when her mood was this low or this high (0-10).
CHECKIN_LOW = 2
CHECKIN_HIGH = 8


class TimelineKey(NamedTuple):
    """One item's place: its day, the kind's rank on that day, its id within the kind.
    A tuple, so that making and sorting thousands of them is quick (bench/RESULTS.md)."""

    day: str  # YYYY-MM-DD
    rank: int
    id: int
    precision: str = "day"  # an event's own: "around", "month", "season", "year"

    @property
    def kind(self) -> str:
        return KINDS[self.rank]

    @property
    def date(self) -> date:
        return date.fromisoformat(self.day)


@dataclass(frozen=True)
class TimelineItem:
    """What the timeline shows of one item, and the record to open for it.

    `title` is the record's own text (what happened, an entry's title, a boundary);
    `status` a word key of the kind (a boundary's or need's status, SAFETY_ACTION for
    a safety agreement, how she knows an event, "low"/"high" for a check-in, whether a
    consequence followed); `detail` more of her text (a note, a crossing's
    what-happened, a session's topics)."""

    key: TimelineKey
    record_kind: str  # "event", "entry", "boundary", "need", "checkin", "sti_test", "agenda"
    record_id: int
    title: str
    status: str = ""
    detail: str = ""
    when: When | None = None  # an event's own date, possibly approximate
    value: int | None = None  # a check-in's mood

    @property
    def kind(self) -> str:
        return self.key.kind


# (kind, SQL giving (day, id) of each item in a period). ?1/?2: first and last day.
_KEY_SQL = {
    EVENT: "SELECT sort_day, id, precision FROM events"
           " WHERE date_to >= ?1 AND date_from <= ?2",
    MILESTONE: "SELECT e.entry_date, e.id FROM entry_milestones m"
               " JOIN entries e ON e.id = m.entry_id"
               " WHERE e.entry_date BETWEEN ?1 AND ?2",
    BOUNDARY: "SELECT changed_on, id FROM boundary_status_changes"
              " WHERE changed_on BETWEEN ?1 AND ?2",
    CROSSING: "SELECT crossed_on, id FROM boundary_crossings WHERE crossed_on BETWEEN ?1 AND ?2",
    NEED: "SELECT changed_on, id FROM need_status_changes WHERE changed_on BETWEEN ?1 AND ?2",
    STI_TEST: "SELECT taken_on, id FROM sti_tests WHERE taken_on BETWEEN ?1 AND ?2",
    SESSION: "SELECT discussed_on, min(id) FROM agenda_items"
             " WHERE discussed_on BETWEEN ?1 AND ?2 GROUP BY discussed_on",
    CHECKIN: "SELECT day, id FROM checkins WHERE day BETWEEN ?1 AND ?2"
             f" AND (mood <= {CHECKIN_LOW} OR mood >= {CHECKIN_HIGH})",
}
_FIRST, _LAST = "0001-01-01", "9999-12-31"


class Timeline:
    def __init__(self, vault: Vault | Snapshot) -> None:
        self._vault = vault

    def find(self, kinds: Iterable[str] = KINDS, first: date | None = None,
             last: date | None = None) -> list[TimelineKey]:
        """Every item of `kinds` in the period (both ends included; an event whose
        approximate date overlaps it counts), oldest first."""
        low = first.isoformat() if first else _FIRST
        high = last.isoformat() if last else _LAST
        wanted = [k for k in KINDS if k in set(kinds)]
        if not wanted:
            return []
        keys: list[TimelineKey] = []
        for kind in wanted:
            rank = _RANK[kind]
            if kind == EVENT:
                keys.extend(TimelineKey(r[0], rank, r[1], r[2])
                            for r in self._vault.rows(_KEY_SQL[kind], (low, high)))
            else:
                keys.extend(TimelineKey(r[0], rank, r[1])
                            for r in self._vault.rows(_KEY_SQL[kind], (low, high)))
        keys.sort()
        return keys

    def span(self) -> tuple[date, date] | None:
        """The first and last day of anything on the timeline (all kinds)."""
        keys = self.find()
        return (keys[0].date, keys[-1].date) if keys else None

    def items(self, keys: Sequence[TimelineKey]) -> list[TimelineItem]:
        """The items of `keys`, in the same order (a key whose record was deleted
        meanwhile is left out)."""
        by_kind: dict[str, list[int]] = {}
        for key in keys:
            by_kind.setdefault(key.kind, []).append(key.id)
        found: dict[tuple[str, int], TimelineItem] = {}
        for kind, ids in by_kind.items():
            for item in getattr(self, f"_{kind}")(json.dumps(ids)):
                found[(kind, item.key.id)] = item
        return [found[(k.kind, k.id)] for k in keys if (k.kind, k.id) in found]

    def item(self, key: TimelineKey) -> TimelineItem | None:
        found = self.items([key])
        return found[0] if found else None

    # -- one reader per kind: `ids` is a JSON list ------------------------------------

    def _rows(self, sql: str, ids: str) -> list[Any]:
        return self._vault.rows(sql + " IN (SELECT value FROM json_each(?))", (ids,))

    def _event(self, ids: str) -> list[TimelineItem]:
        return [TimelineItem(TimelineKey(r["sort_day"], _RANK[EVENT], r["id"], r["precision"]),
                             "event",
                             r["id"], r["what"], r["source"], r["note"], when=when_of(r))
                for r in self._rows("SELECT * FROM events WHERE id", ids)]

    def _milestone(self, ids: str) -> list[TimelineItem]:
        return [TimelineItem(TimelineKey(r["entry_date"], _RANK[MILESTONE], r["id"]), "entry",
                             r["id"], r["title"], "", r["preview"])
                for r in self._rows("SELECT id, entry_date, title, preview FROM entries"
                                    " WHERE id", ids)]

    def _boundary(self, ids: str) -> list[TimelineItem]:
        return [TimelineItem(TimelineKey(r["changed_on"], _RANK[BOUNDARY], r["id"]),
                             "boundary", r["boundary_id"], r["action"],
                             SAFETY_ACTION if is_safety_action(r["template_id"])
                             else r["status"])
                for r in self._rows(
                    "SELECT s.id, s.changed_on, s.status, s.boundary_id, b.action,"
                    " b.template_id"
                    " FROM boundary_status_changes s JOIN boundaries b"
                    " ON b.id = s.boundary_id WHERE s.id", ids)]

    def _crossing(self, ids: str) -> list[TimelineItem]:
        return [TimelineItem(TimelineKey(r["crossed_on"], _RANK[CROSSING], r["id"]),
                             "boundary", r["boundary_id"], r["action"], r["followed"],
                             r["what_happened"])
                for r in self._rows(
                    "SELECT c.id, c.crossed_on, c.followed, c.what_happened, c.boundary_id,"
                    " b.action FROM boundary_crossings c JOIN boundaries b"
                    " ON b.id = c.boundary_id WHERE c.id", ids)]

    def _need(self, ids: str) -> list[TimelineItem]:
        return [TimelineItem(TimelineKey(r["changed_on"], _RANK[NEED], r["id"]), "need",
                             r["need_id"], r["text"], r["status"])
                for r in self._rows(
                    "SELECT s.id, s.changed_on, s.status, s.need_id, n.text"
                    " FROM need_status_changes s JOIN needs n ON n.id = s.need_id"
                    " WHERE s.id", ids)]

    def _sti_test(self, ids: str) -> list[TimelineItem]:
        return [TimelineItem(TimelineKey(r["taken_on"], _RANK[STI_TEST], r["id"]), "sti_test",
                             r["id"], r["tested_by"])
                for r in self._rows("SELECT id, taken_on, tested_by FROM sti_tests WHERE id",
                                    ids)]

    def _session(self, ids: str) -> list[TimelineItem]:
        items = []
        for r in self._rows("SELECT id, discussed_on FROM agenda_items WHERE id", ids):
            topics = [t["text"] for t in self._vault.rows(
                "SELECT text FROM agenda_items WHERE discussed_on = ? ORDER BY id",
                (r["discussed_on"],))]
            items.append(TimelineItem(TimelineKey(r["discussed_on"], _RANK[SESSION], r["id"]),
                                      "agenda", r["id"], topics[0] if topics else "",
                                      str(len(topics)), "\n".join(topics)))
        return items

    def _checkin(self, ids: str) -> list[TimelineItem]:
        return [TimelineItem(TimelineKey(r["day"], _RANK[CHECKIN], r["id"]), "checkin",
                             r["id"], "", "low" if r["mood"] <= CHECKIN_LOW else "high",
                             r["note"], value=r["mood"])
                for r in self._rows("SELECT id, day, mood, note FROM checkins WHERE id", ids)]
