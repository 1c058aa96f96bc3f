"""My path: a paced walk through the first months, one theme per step.

The steps are data (resources/path/<sequence>.json): each names a guidance article,
two or three writing prompts and one small exercise that fills a real Haven record
(a trusted person, a need, a check-in, ...). One sequence follows the guidance for
partners (READING_ORDER), one that for partners of someone accused (ACCUSED_ORDER);
which she sees follows her situation, and she can switch.

Her progress is kept in the vault (`path_steps`): a step is started when she opens its
exercise, done when a record of that kind was made since (or when she says so), or
skipped. The pace is hers: an optional rhythm in days between steps only suggests when
the next one could come; nothing is ever late.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from journal.clock import now_utc
from journal.errors import InvalidChoice
from journal.fields import as_date
from journal.resources import load_json
from journal.situation import Profile, Situation
from journal.vault import Snapshot, Vault

LANGUAGES = ("en", "nl")
PARTNER, ACCUSED = "partner", "accused"
SEQUENCES = (PARTNER, ACCUSED)
# An exercise's kind -> the table its record is written to. The step is done by the
# first record of that table written after she opened the exercise.
EXERCISES = {
    "support_person": "support_people",
    "need": "needs",
    "checkin": "checkins",
    "safe_place": "safe_places",
    "boundary": "boundaries",
    "sti_test": "sti_tests",
    "entry": "entries",
    "event": "events",
    "agenda_topic": "agenda_items",
    "safety_plan": "safety_plan",
}
RHYTHMS = (0, 7, 14)  # days between steps she can choose; 0: no rhythm
DEFAULT_RHYTHM = 7
_SEQUENCE_KEY = "path_sequence"
_RHYTHM_KEY = "path_rhythm_days"


class StepState(StrEnum):
    OPEN = "open"  # not begun (no row)
    STARTED = "started"  # she opened the exercise
    DONE = "done"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Step:
    id: str
    article: str  # a guidance article id
    prompts: tuple[str, ...]  # writing prompt ids
    exercise: str  # a key of EXERCISES
    text: str  # the exercise in her language
    faith: bool = False


@dataclass(frozen=True)
class Progress:
    step_id: str
    state: StepState
    started_at: datetime | None = None
    decided_on: date | None = None
    record_kind: str | None = None  # the exercise's record, when one was made
    record_id: int | None = None


@cache
def _sequence(name: str) -> tuple[dict[str, Any], ...]:
    if name not in SEQUENCES:
        raise InvalidChoice("sequence", name)
    return tuple(load_json("path", f"{name}.json")["steps"])


def load_steps(name: str, lang: str, *, faith: bool = True) -> list[Step]:
    """The steps of a sequence in her language (faith steps only if she wants them)."""
    if lang not in LANGUAGES:
        lang = "en"
    return [Step(s["id"], s["article"], tuple(s["prompts"]), s["exercise"],
                 s[lang]["exercise"], bool(s.get("faith", False)))
            for s in _sequence(name) if faith or not s.get("faith", False)]


def sequence_for(profile: Profile) -> str:
    """The sequence that fits her situation: the one for partners of someone accused
    when that is her situation and addiction is not."""
    if Situation.BOUNDARIES in profile.situations and (
            Situation.ADDICTION not in profile.situations):
        return ACCUSED
    return PARTNER


class PathStore:
    def __init__(self, vault: Vault | Snapshot) -> None:  # a Snapshot reads only
        self._vault = vault

    # -- her choices -----------------------------------------------------------------

    def sequence(self, profile: Profile) -> str:
        """The sequence she chose, or the one that fits her situation."""
        row = self._vault.row("SELECT value FROM preferences WHERE key = ?", (_SEQUENCE_KEY,))
        if row is not None and row[0] in SEQUENCES:
            return str(row[0])
        return sequence_for(profile)

    def set_sequence(self, name: str) -> None:
        if name not in SEQUENCES:
            raise InvalidChoice("sequence", name)
        self._set(_SEQUENCE_KEY, name)

    def rhythm(self) -> int:
        """Days between steps she would like, 0 for none."""
        row = self._vault.row("SELECT value FROM preferences WHERE key = ?", (_RHYTHM_KEY,))
        try:
            return int(row[0]) if row is not None else DEFAULT_RHYTHM
        except ValueError:
            return DEFAULT_RHYTHM

    def set_rhythm(self, days: int) -> None:
        if days not in RHYTHMS:
            raise InvalidChoice("rhythm", days)
        self._set(_RHYTHM_KEY, str(days))

    # -- progress --------------------------------------------------------------------

    def progress(self) -> dict[str, Progress]:
        """Every step she began, by step id (a step not in it is open)."""
        return {r["step_id"]: Progress(
            r["step_id"], StepState(r["state"]),
            datetime.fromisoformat(r["started_at"]) if r["started_at"] else None,
            date.fromisoformat(r["decided_on"]) if r["decided_on"] else None,
            r["record_kind"], r["record_id"])
            for r in self._vault.rows("SELECT * FROM path_steps")}

    def start(self, step: Step) -> None:
        """She opened the step's exercise: a record of its kind made from now on ticks
        it. A step done or skipped stays so."""
        with self._vault.transaction():
            self._vault.execute(
                "INSERT INTO path_steps (step_id, state, started_at) VALUES (?, 'started', ?)"
                " ON CONFLICT (step_id) DO UPDATE SET started_at = excluded.started_at"
                " WHERE state = 'started'", (step.id, now_utc()))

    def mark(self, step_id: str, state: StepState | str, on: date | None = None) -> None:
        """Done or skipped on `on` (today), or open again (OPEN forgets the step)."""
        if state not in (StepState.OPEN, StepState.DONE, StepState.SKIPPED):
            raise InvalidChoice("state", state)
        state = StepState(state)
        on = as_date(on or date.today(), "date")
        with self._vault.transaction():
            if state is StepState.OPEN:
                self._vault.execute("DELETE FROM path_steps WHERE step_id = ?", (step_id,))
                return
            self._vault.execute(
                "INSERT INTO path_steps (step_id, state, decided_on) VALUES (?, ?, ?)"
                " ON CONFLICT (step_id) DO UPDATE SET state = excluded.state,"
                " decided_on = excluded.decided_on", (step_id, state.value, on.isoformat()))

    def tick_exercises(self, steps: list[Step], on: date | None = None) -> list[str]:
        """Mark done every started step whose exercise record was made since she opened
        it, linked to that record. Returns the ids of the steps ticked now."""
        on = as_date(on or date.today(), "date")
        started = {p.step_id: p for p in self.progress().values()
                   if p.state is StepState.STARTED and p.started_at is not None}
        ticked = []
        for step in steps:
            progress = started.get(step.id)
            if (progress is None or progress.started_at is None
                    or step.exercise not in EXERCISES):
                continue
            record_id = self._made_since(step.exercise, progress.started_at)
            if record_id is None:
                continue
            with self._vault.transaction():
                self._vault.execute(
                    "UPDATE path_steps SET state = 'done', decided_on = ?, record_kind = ?,"
                    " record_id = ? WHERE step_id = ? AND state = 'started'",
                    (on.isoformat(), step.exercise, record_id, step.id))
            ticked.append(step.id)
        return ticked

    def current(self, steps: list[Step]) -> Step | None:
        """The first step neither done nor skipped, or None when she walked them all."""
        progress = self.progress()
        return next((s for s in steps if s.id not in progress
                     or progress[s.id].state in (StepState.STARTED, StepState.OPEN)), None)

    def next_suggested(self, steps: list[Step]) -> date | None:
        """When the rhythm she chose suggests the next step: `rhythm` days after the last
        step she finished or skipped. None without a rhythm or before any step."""
        days = self.rhythm()
        decided = [p.decided_on for p in self.progress().values()
                   if p.decided_on is not None and p.step_id in {s.id for s in steps}]
        if not days or not decided:
            return None
        return max(decided) + timedelta(days=days)

    def record_exists(self, progress: Progress) -> bool:
        """Whether the record a step links to is still there."""
        table = EXERCISES.get(progress.record_kind or "")
        if table is None or progress.record_id is None:
            return False
        return self._vault.row(f"SELECT 1 FROM {table} WHERE id = ?",
                               (progress.record_id,)) is not None

    # -- private ---------------------------------------------------------------------

    def _made_since(self, exercise: str, since: datetime) -> int | None:
        table = EXERCISES[exercise]
        stamp = "updated_at" if table == "safety_plan" else "created_at"
        row = self._vault.row(f"SELECT id FROM {table} WHERE {stamp} >= ?"
                              f" ORDER BY {stamp}, id LIMIT 1", (since.isoformat(
                                  timespec="milliseconds"),))
        return None if row is None else int(row[0])

    def _set(self, key: str, value: str) -> None:
        with self._vault.transaction():
            self._vault.execute(
                "INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT (key)"
                " DO UPDATE SET value = excluded.value", (key, value))


def step_by_id(step_id: str, lang: str) -> Step | None:
    for name in SEQUENCES:
        for step in load_steps(name, lang):
            if step.id == step_id:
                return step
    return None
