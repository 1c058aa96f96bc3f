"""Self-care check-ins: the store, her own self-care items and triggers, and the
aggregates the trends page draws.

The aggregates are pure functions over dates. A day without a check-in is a gap,
never a zero, and nothing here counts streaks: missing days are simply not there.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from journal.checkin_models import (
    CHART_METRICS,
    MOVEMENT_MINUTES_MAX,
    NAME_MAX,
    SCALE_MAX,
    SCALE_MIN,
    SLEEP_HOURS_MAX,
    TRIGGER_COUNT_MAX,
    Checkin,
    CheckinDraft,
    MetricSeries,
    SelfCareItem,
    Trends,
    Trigger,
)
from journal.clock import now_utc
from journal.errors import CheckinInvalid, CheckinNotFound, NameTaken, RecordNotFound
from journal.gil import paced
from journal.vault import Snapshot, Vault

NOTE_MAX = 5000
# The periods of the trends page, in days ("a year" is 365).
PERIODS = (7, 30, 90, 365)

_SCALES = ("mood", "anxiety", "safety", "sleep_quality")
# Parameters in one multi-row insert: SQLite's lowest compiled-in limit is 999.
_BULK_PARAMETERS = 999


# -- validation ------------------------------------------------------------------------


def _check_scale(name: str, value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise CheckinInvalid(name, value, "must be a whole number")
    if not SCALE_MIN <= value <= SCALE_MAX:
        raise CheckinInvalid(name, value, f"must be between {SCALE_MIN} and {SCALE_MAX}")
    return value


def clean_name(name: str, field: str = "name") -> str:
    """A self-care item or trigger name as stored: NFC, single spaces, not empty."""
    text = " ".join(unicodedata.normalize("NFC", str(name)).split())
    if not text:
        raise CheckinInvalid(field, name, "is empty")
    if len(text) > NAME_MAX:
        raise CheckinInvalid(field, name, f"is longer than {NAME_MAX} characters")
    return text


def validate(draft: CheckinDraft) -> CheckinDraft:
    """The draft as it will be stored, or CheckinInvalid naming the first bad field."""
    if not isinstance(draft.day, date) or isinstance(draft.day, datetime):
        raise CheckinInvalid("day", draft.day, "must be a date")
    scales = {name: _check_scale(name, getattr(draft, name)) for name in _SCALES}
    sleep = draft.sleep_hours
    if sleep is not None:
        if isinstance(sleep, bool) or not isinstance(sleep, int | float) or math.isnan(sleep):
            raise CheckinInvalid("sleep_hours", sleep, "must be a number")
        if not 0 <= sleep <= SLEEP_HOURS_MAX:
            raise CheckinInvalid("sleep_hours", sleep,
                                 f"must be between 0 and {SLEEP_HOURS_MAX:g} hours")
        sleep = round(float(sleep), 2)
    movement = draft.movement_minutes
    if movement is not None:
        if isinstance(movement, bool) or not isinstance(movement, int):
            raise CheckinInvalid("movement_minutes", movement, "must be a whole number")
        if not 0 <= movement <= MOVEMENT_MINUTES_MAX:
            raise CheckinInvalid("movement_minutes", movement,
                                 f"must be between 0 and {MOVEMENT_MINUTES_MAX} minutes")
    if draft.meals_regular is not None and not isinstance(draft.meals_regular, bool):
        raise CheckinInvalid("meals_regular", draft.meals_regular, "must be yes, no or empty")
    triggers: dict[int, int] = {}
    for trigger_id, count in draft.triggers.items():
        if isinstance(count, bool) or not isinstance(count, int):
            raise CheckinInvalid("trigger", count, "a count must be a whole number")
        if not 0 <= count <= TRIGGER_COUNT_MAX:
            raise CheckinInvalid("trigger", count,
                                 f"a count must be between 0 and {TRIGGER_COUNT_MAX}")
        if count:
            triggers[int(trigger_id)] = count
    note = unicodedata.normalize("NFC", str(draft.note))
    if len(note) > NOTE_MAX:
        raise CheckinInvalid("note", len(note), f"is longer than {NOTE_MAX} characters")
    return CheckinDraft(
        day=draft.day, sleep_hours=sleep, meals_regular=draft.meals_regular,
        movement_minutes=movement, helped=sorted({int(i) for i in draft.helped}),
        triggers=triggers, note=note, **scales)


def is_empty(draft: CheckinDraft) -> bool:
    """Nothing filled in yet (such a check-in is not stored)."""
    return (all(getattr(draft, n) is None for n in (*_SCALES, "sleep_hours",
                                                     "meals_regular", "movement_minutes"))
            and not draft.helped and not any(draft.triggers.values())
            and not draft.note.strip())


# -- the store -------------------------------------------------------------------------


class CheckinStore:
    """Check-ins, one or more a day, and her own lists of self-care items and triggers."""

    def __init__(self, vault: Vault | Snapshot) -> None:
        self._vault = vault

    # check-ins

    def create(self, draft: CheckinDraft, created_at: str | None = None) -> int:
        """A new check-in; `created_at` (ISO 8601 UTC) when it was made elsewhere (an
        import), else now."""
        draft = validate(draft)
        stamp = created_at or now_utc()
        with self._vault.transaction():
            cursor = self._vault.execute(
                "INSERT INTO checkins (day, created_at, updated_at, mood, anxiety, safety,"
                " sleep_hours, sleep_quality, meals_regular, movement_minutes, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft.day.isoformat(), stamp, stamp, *self._values(draft)))
            checkin_id = int(cursor.lastrowid)
            self._set_links(checkin_id, draft)
        return checkin_id

    def bulk_create(self, drafts: Iterable[tuple[CheckinDraft, str | None]]) -> list[int]:
        """Many new check-ins at once (an import), each with its `created_at` as in
        `create`; their ids in order. One transaction: all of them or none. Every draft
        is checked first; the rows and their links then go in as multi-row inserts
        (one `create` per row runs a dozen statements: 7,000 rows took seconds)."""
        checked = [(validate(draft), stamp or now_utc()) for draft, stamp in drafts]
        if not checked:
            return []
        vault = self._vault
        with vault.transaction():
            items = {r[0] for r in vault.rows("SELECT id FROM selfcare_items")}
            triggers = {r[0] for r in vault.rows("SELECT id FROM triggers")}
            for draft, _ in checked:
                for item_id in draft.helped:
                    if item_id not in items:
                        raise CheckinInvalid("selfcare_item", item_id, "is not on her list")
                for trigger_id in draft.triggers:
                    if trigger_id not in triggers:
                        raise CheckinInvalid("trigger", trigger_id, "is not on her list")
            # The ids are given here, so each row's links are known without a query.
            first = int(vault.row("SELECT coalesce(max(id), 0) FROM checkins")[0]) + 1
            ids = list(range(first, first + len(checked)))
            rows = [(checkin_id, draft.day.isoformat(), stamp, stamp, *self._values(draft))
                    for checkin_id, (draft, stamp) in zip(ids, checked, strict=True)]
            helped = [(checkin_id, item_id)
                      for checkin_id, (draft, _) in zip(ids, checked, strict=True)
                      for item_id in draft.helped]
            met = [(checkin_id, trigger_id, count)
                   for checkin_id, (draft, _) in zip(ids, checked, strict=True)
                   for trigger_id, count in draft.triggers.items()]
            self._insert_many(
                "checkins (id, day, created_at, updated_at, mood, anxiety, safety,"
                " sleep_hours, sleep_quality, meals_regular, movement_minutes, note)", rows)
            self._insert_many("checkin_selfcare (checkin_id, item_id)", helped)
            self._insert_many("checkin_triggers (checkin_id, trigger_id, count)", met)
        return ids

    def update(self, checkin_id: int, draft: CheckinDraft) -> None:
        draft = validate(draft)
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE checkins SET day = ?, updated_at = ?, mood = ?, anxiety = ?,"
                " safety = ?, sleep_hours = ?, sleep_quality = ?, meals_regular = ?,"
                " movement_minutes = ?, note = ? WHERE id = ?",
                (draft.day.isoformat(), now_utc(), *self._values(draft), checkin_id))
            if cursor.rowcount == 0:
                raise CheckinNotFound(checkin_id)
            self._set_links(checkin_id, draft)

    def delete(self, checkin_id: int) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM checkins WHERE id = ?", (checkin_id,))
            if cursor.rowcount == 0:
                raise CheckinNotFound(checkin_id)
        self._vault.checkpoint()

    def get(self, checkin_id: int) -> Checkin:
        found = self._load("WHERE c.id = ?", (checkin_id,))
        if not found:
            raise CheckinNotFound(checkin_id)
        return found[0]

    def on_day(self, day: date) -> list[Checkin]:
        """The check-ins of one day, oldest first."""
        return self._load("WHERE c.day = ?", (day.isoformat(),))

    def between(self, start: date, end: date) -> list[Checkin]:
        """Check-ins from `start` to `end` (both included), oldest first."""
        return self._load("WHERE c.day BETWEEN ? AND ?", (start.isoformat(), end.isoformat()))

    def recent(self, limit: int = 60) -> list[Checkin]:
        """The newest check-ins, newest first."""
        rows = self._vault.rows("SELECT id FROM checkins ORDER BY day DESC, id DESC LIMIT ?",
                                (limit,))
        if not rows:
            return []
        ids = [r["id"] for r in rows]
        by_id = {c.id: c for c in self._load(
            f"WHERE c.id IN ({','.join('?' * len(ids))})", ids)}
        return [by_id[i] for i in ids]

    def count_on(self, day: date) -> int:
        return int(self._vault.row("SELECT count(*) FROM checkins WHERE day = ?",
                                   (day.isoformat(),))[0])

    def count(self) -> int:
        return int(self._vault.row("SELECT count(*) FROM checkins")[0])

    # her own lists

    def selfcare_items(self) -> list[SelfCareItem]:
        """Every item, hidden ones too (past check-ins and trends name them)."""
        rows = self._vault.rows(
            "SELECT id, key, name, position, hidden FROM selfcare_items ORDER BY position, id")
        return [SelfCareItem(r["id"], r["key"], r["name"], r["position"], bool(r["hidden"]))
                for r in rows]

    def add_selfcare_item(self, name: str) -> int:
        """Her own item; an item of the same name (any case) is reused, and shown again
        if it was hidden."""
        name = clean_name(name, "selfcare_item")
        with self._vault.transaction():
            row = self._vault.row(
                "SELECT id FROM selfcare_items WHERE key IS NULL AND name = ? COLLATE NOCASE",
                (name,))
            if row is not None:
                self._vault.execute("UPDATE selfcare_items SET hidden = 0 WHERE id = ?",
                                    (row["id"],))
                return int(row["id"])
            cursor = self._vault.execute(
                "INSERT INTO selfcare_items (name, position) VALUES"
                " (?, (SELECT coalesce(max(position), -1) + 1 FROM selfcare_items))", (name,))
            return int(cursor.lastrowid)

    def remove_selfcare_item(self, item_id: int) -> None:
        """Remove one of her own items, and it from every check-in. Built-ins stay."""
        with self._vault.transaction():
            self._vault.execute("DELETE FROM selfcare_items WHERE id = ? AND key IS NULL",
                                (item_id,))
        self._vault.checkpoint()

    def rename_selfcare_item(self, item_id: int, name: str) -> None:
        """Rename one of her own items (built-ins keep their translated names)."""
        name = clean_name(name, "selfcare_item")
        with self._vault.transaction():
            if self._vault.row("SELECT 1 FROM selfcare_items WHERE id = ? AND key IS NULL",
                               (item_id,)) is None:
                raise RecordNotFound("selfcare_item", item_id)
            if self._vault.row("SELECT 1 FROM selfcare_items WHERE name = ? COLLATE NOCASE"
                               " AND id != ?", (name, item_id)) is not None:
                raise NameTaken("selfcare_item", name)
            self._vault.execute("UPDATE selfcare_items SET name = ? WHERE id = ?",
                                (name, item_id))
        self._vault.checkpoint()

    def set_selfcare_item_hidden(self, item_id: int, hidden: bool) -> None:
        """Stop offering an item in new check-ins (or offer it again); the check-ins
        where she ticked it keep it, so Trends and the summary still count it."""
        self._set_hidden("selfcare_items", "selfcare_item", item_id, hidden)

    def triggers(self) -> list[Trigger]:
        """Every trigger, hidden ones too (past check-ins and trends name them)."""
        rows = self._vault.rows(
            "SELECT id, name, position, hidden FROM triggers ORDER BY position, id")
        return [Trigger(r["id"], r["name"], r["position"], bool(r["hidden"])) for r in rows]

    def add_trigger(self, name: str) -> int:
        """A trigger on her list; one of the same name (any case) is reused, and shown
        again if it was hidden."""
        name = clean_name(name, "trigger")
        with self._vault.transaction():
            row = self._vault.row("SELECT id FROM triggers WHERE name = ?", (name,))
            if row is not None:
                self._vault.execute("UPDATE triggers SET hidden = 0 WHERE id = ?",
                                    (row["id"],))
                return int(row["id"])
            cursor = self._vault.execute(
                "INSERT INTO triggers (name, position) VALUES"
                " (?, (SELECT coalesce(max(position), -1) + 1 FROM triggers))", (name,))
            return int(cursor.lastrowid)

    def rename_trigger(self, trigger_id: int, name: str) -> None:
        name = clean_name(name, "trigger")
        with self._vault.transaction():
            if self._vault.row("SELECT 1 FROM triggers WHERE id = ?", (trigger_id,)) is None:
                raise RecordNotFound("trigger", trigger_id)
            if self._vault.row("SELECT 1 FROM triggers WHERE name = ? AND id != ?",
                               (name, trigger_id)) is not None:
                raise NameTaken("trigger", name)
            self._vault.execute("UPDATE triggers SET name = ? WHERE id = ?", (name, trigger_id))
        self._vault.checkpoint()

    def remove_trigger(self, trigger_id: int) -> None:
        """Remove a trigger from her list and from every check-in."""
        with self._vault.transaction():
            self._vault.execute("DELETE FROM triggers WHERE id = ?", (trigger_id,))
        self._vault.checkpoint()

    def set_trigger_hidden(self, trigger_id: int, hidden: bool) -> None:
        """As `set_selfcare_item_hidden`, for a trigger."""
        self._set_hidden("triggers", "trigger", trigger_id, hidden)

    # trends

    def trends(self, end: date, days: int) -> Trends:
        """What the trends page draws for the `days` days up to and including `end`."""
        return self.trends_between(end - timedelta(days=days - 1), end)

    def trends_between(self, start: date, end: date, *, top_triggers: int = 8) -> Trends:
        """The trends from `start` to `end` (both included): the trends page and the
        therapist summary both read them here, so their averages agree."""
        # And the days before it that the average of its first days holds.
        before = timedelta(days=rolling_window((end - start).days + 1) - 1)
        return trends(self.between(start - before, end), start, end,
                      top_triggers=top_triggers)

    # private

    @staticmethod
    def _values(d: CheckinDraft) -> tuple[Any, ...]:
        meals = None if d.meals_regular is None else int(d.meals_regular)
        return (d.mood, d.anxiety, d.safety, d.sleep_hours, d.sleep_quality, meals,
                d.movement_minutes, d.note)

    def _set_links(self, checkin_id: int, draft: CheckinDraft) -> None:
        self._vault.execute("DELETE FROM checkin_selfcare WHERE checkin_id = ?", (checkin_id,))
        self._vault.execute("DELETE FROM checkin_triggers WHERE checkin_id = ?", (checkin_id,))
        for item_id in draft.helped:
            self._check_known("selfcare_items", item_id, "selfcare_item")
            self._vault.execute("INSERT INTO checkin_selfcare (checkin_id, item_id)"
                                " VALUES (?, ?)", (checkin_id, item_id))
        for trigger_id, count in draft.triggers.items():
            self._check_known("triggers", trigger_id, "trigger")
            self._vault.execute("INSERT INTO checkin_triggers (checkin_id, trigger_id, count)"
                                " VALUES (?, ?, ?)", (checkin_id, trigger_id, count))

    def _set_hidden(self, table: str, kind: str, record_id: int, hidden: bool) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute(f"UPDATE {table} SET hidden = ? WHERE id = ?",
                                         (int(bool(hidden)), record_id))
            if cursor.rowcount == 0:
                raise RecordNotFound(kind, record_id)

    def _insert_many(self, into: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Rows into a table, many per statement (within SQLite's 999 parameters)."""
        if not rows:
            return
        per_statement = _BULK_PARAMETERS // len(rows[0])
        for start in range(0, len(rows), per_statement):
            chunk = rows[start:start + per_statement]
            marks = "(" + ", ".join("?" * len(chunk[0])) + ")"
            self._vault.execute(f"INSERT INTO {into} VALUES " + ", ".join([marks] * len(chunk)),
                                [value for row in chunk for value in row])

    def _check_known(self, table: str, item_id: int, field: str) -> None:
        if self._vault.row(f"SELECT 1 FROM {table} WHERE id = ?", (item_id,)) is None:
            raise CheckinInvalid(field, item_id, "is not on her list")

    def _load(self, where: str, params: Sequence[Any]) -> list[Checkin]:
        rows = self._vault.rows(f"SELECT c.* FROM checkins c {where} ORDER BY c.day, c.id",
                                params)
        if not rows:
            return []
        # The links in two queries for the whole range rather than two per check-in.
        helped: dict[int, list[int]] = defaultdict(list)
        met: dict[int, dict[int, int]] = defaultdict(dict)
        inner = f"SELECT c.id FROM checkins c {where}"
        for r in self._vault.rows(f"SELECT checkin_id, item_id FROM checkin_selfcare"
                                  f" WHERE checkin_id IN ({inner})", params):
            helped[r[0]].append(r[1])
        for r in self._vault.rows(f"SELECT checkin_id, trigger_id, count FROM checkin_triggers"
                                  f" WHERE checkin_id IN ({inner})", params):
            met[r[0]][r[1]] = r[2]
        return [Checkin(
            day=date.fromisoformat(r["day"]), mood=r["mood"], anxiety=r["anxiety"],
            safety=r["safety"], sleep_hours=r["sleep_hours"], sleep_quality=r["sleep_quality"],
            meals_regular=None if r["meals_regular"] is None else bool(r["meals_regular"]),
            movement_minutes=r["movement_minutes"], helped=sorted(helped.get(r["id"], [])),
            triggers=met.get(r["id"], {}), note=r["note"], id=r["id"],
            created_at=datetime.fromisoformat(r["created_at"]),
            updated_at=datetime.fromisoformat(r["updated_at"])) for r in paced(rows)]


# -- aggregates: pure functions ----------------------------------------------------------


def rolling_window(days: int) -> int:
    """How many days the rolling average spans for a period of `days` days."""
    if days <= 7:
        return 3
    if days <= 90:
        return 7
    return 30


def day_range(start: date, end: date) -> list[date]:
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


def daily_means(checkins: Iterable[Checkin], metric: str, start: date,
                end: date) -> list[float | None]:
    """The mean of `metric` per day from `start` to `end`; None where nothing was filled in
    (several check-ins on one day count as their mean)."""
    sums = [0.0] * ((end - start).days + 1)
    counts = [0] * len(sums)
    for c in checkins:
        value = getattr(c, metric)
        index = (c.day - start).days
        if value is not None and 0 <= index < len(sums):
            sums[index] += value
            counts[index] += 1
    return [s / n if n else None for s, n in zip(sums, counts, strict=True)]


def rolling_average(values: Sequence[float | None], window: int) -> list[float | None]:
    """Trailing mean over the last `window` days of the values that exist. Days without
    a value add nothing (never a zero); where the whole window is empty the average is
    a gap too, so a pause longer than the window shows as a break in the line."""
    result: list[float | None] = []
    total, count = 0.0, 0
    for i, value in enumerate(values):
        if value is not None:
            total += value
            count += 1
        if i >= window:
            old = values[i - window]
            if old is not None:
                total -= old
                count -= 1
        result.append(total / count if count else None)
    return result


def metric_series(checkins: Sequence[Checkin], metric: str, start: date, end: date,
                  window: int | None = None) -> MetricSeries:
    if metric not in CHART_METRICS:
        raise ValueError(f"unknown metric {metric!r}")
    window = window or rolling_window((end - start).days + 1)
    # The average of the period's first days takes in the days before it, where the
    # check-ins given reach so far: else it starts from the period's first check-in
    # alone and runs on flat until the next.
    lead = window - 1
    values = daily_means(checkins, metric, start - timedelta(days=lead), end)
    return MetricSeries(metric, tuple(day_range(start, end)), tuple(values[lead:]),
                        tuple(rolling_average(values, window)[lead:]), window)


def segments(values: Sequence[float | None]) -> list[list[tuple[int, float]]]:
    """Runs of consecutive days with a value, as (day index, value): a chart draws one
    line per run, so a gap shows as a gap."""
    runs: list[list[tuple[int, float]]] = []
    current: list[tuple[int, float]] = []
    for i, value in enumerate(values):
        if value is None:
            if current:
                runs.append(current)
                current = []
        else:
            current.append((i, value))
    if current:
        runs.append(current)
    return runs


def selfcare_counts(checkins: Iterable[Checkin]) -> list[tuple[int, int]]:
    """(item id, number of days it was done), most first; a day counts once per item."""
    days: dict[int, set[date]] = defaultdict(set)
    for c in checkins:
        for item in c.helped:
            days[item].add(c.day)
    return sorted(((item, len(d)) for item, d in days.items()), key=lambda p: (-p[1], p[0]))


def trigger_counts(checkins: Iterable[Checkin], limit: int | None = None
                   ) -> list[tuple[int, int]]:
    """(trigger id, times met), most frequent first (ties: the older trigger first)."""
    totals: Counter[int] = Counter()
    for c in checkins:
        for trigger_id, count in c.triggers.items():
            totals[trigger_id] += count
    ranked = sorted(totals.items(), key=lambda p: (-p[1], p[0]))
    return ranked[:limit] if limit is not None else ranked


def trends(checkins: Sequence[Checkin], start: date, end: date, *,
           top_triggers: int = 8) -> Trends:
    """Everything the trends page draws for check-ins between `start` and `end` (those
    given from before `start` count only in the average of its first days)."""
    inside = [c for c in checkins if start <= c.day <= end]
    return Trends(
        start=start, end=end,
        series={m: metric_series(checkins, m, start, end) for m in CHART_METRICS},
        selfcare=tuple(selfcare_counts(inside)),
        triggers=tuple(trigger_counts(inside, top_triggers)),
        checkin_days=len({c.day for c in inside}),
        checkins=len(inside))
