"""The boundaries-and-consequences worksheet: boundaries, their status over time,
earlier versions, the crossing log, templates, and the gentle wording hints.

A boundary is what *she* will do to protect a need, with a consequence she is
willing and able to carry out. Revising one keeps the earlier wording; every status
change is kept with its date; deleting one removes its log and history from the file.

"Who supports me" is her own text plus links to people on her support list
(boundary_support): a new version keeps the links, deleting a person removes only the
link, and the card always shows the person's current name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from journal.boundary_models import (
    Boundary,
    BoundaryDraft,
    BoundaryStatus,
    BoundarySummary,
    BoundaryVersion,
    Crossing,
    CrossingDraft,
    Followed,
    Willingness,
)
from journal.clock import now_utc
from journal.errors import RecordNotFound
from journal.fields import as_date, choice, clean_text, required
from journal.need_models import StatusChange
from journal.resources import load_json
from journal.vault import Snapshot, Vault

LANGUAGES = ("en", "nl")

# -- wording hints -------------------------------------------------------------------

# A boundary is about what *I* will do. Text that starts by telling the other person
# what to do ("he must...", "je moet...") gets a gentle hint, never a refusal.
_DEMAND_STARTS = (
    # English
    r"(he|you|my (partner|husband|wife|boyfriend|girlfriend)|they|she)\s+"
    r"(must|should|has to|have to|needs? to|ought to|is to|are to|will have to|"
    r"(is|are)\s+not\s+(allowed|to)|may\s+not|can\s*not|can'?t|cannot|mustn'?t|"
    r"shouldn'?t|(had )?better)\b",
    r"i\s+(want|need|expect|demand)\s+(him|you|them|her)\s+to\b",
    r"(don'?t|do not)\s+(you\s+)?(ever\s+)?\w",  # an order: "Don't call me at work"
    # Dutch
    r"(hij|jij|je|u|zij|ze|mijn (partner|man|vrouw|vriend|vriendin))\s+"
    r"(moet|moeten|moest|hoort|dient|mag(\s+\w+){0,3}\s+(niet|geen|nooit)|zal|zult|"
    r"gaat\s+niet)\b",
    r"(moet|mag)\s+(hij|jij|je)\b",
    r"ik\s+(wil|eis|verwacht)\s+dat\s+(hij|jij|je|u|zij|ze)\b",
)
_DEMAND = re.compile(r"^\W*(?:" + "|".join(_DEMAND_STARTS) + ")",
                     re.IGNORECASE | re.UNICODE)


def sounds_like_demand(text: str) -> bool:
    """Whether `text` starts as a demand on someone else ("he must...", "je moet...",
    "I want him to...") rather than as what she herself will do. Dutch or English."""
    text = unicodedata.normalize("NFC", text or "").replace("’", "'")
    return bool(_DEMAND.match(text))


def consequence_hint_needed(willing: Willingness | str | None) -> bool:
    """A consequence she is not (yet) willing or able to carry out weakens the boundary;
    the flow then suggests choosing one she can carry out."""
    return willing in (Willingness.NOT_YET, Willingness.NO)


# -- templates -----------------------------------------------------------------------

# A template's kind. Most are boundaries: she weighs a consequence she is willing and
# able to carry out. A safety action is not negotiable and has no "if it is crossed":
# what she does at once (e.g. a child touched sexually: stop it, make the child safe,
# call for help the same day). The flow shows it with the numbers to call instead.
KIND_BOUNDARY, KIND_SAFETY_ACTION = "boundary", "safety-action"


@dataclass(frozen=True)
class BoundaryTemplate:
    id: str
    group: str  # "general" or "family"
    title: str
    action: str
    need: str
    consequence: str  # for a safety action: what she does at once
    why: str  # a sentence or two about this boundary
    kind: str = KIND_BOUNDARY
    call: tuple[str, ...] = ()  # helpline ids (journal.support) shown with a safety action

    @property
    def is_safety_action(self) -> bool:
        return self.kind == KIND_SAFETY_ACTION

    def draft(self) -> BoundaryDraft:
        """A new boundary to start from; she changes any of it."""
        return BoundaryDraft(action=self.action, need_text=self.need,
                             consequence=self.consequence, template_id=self.id)


@cache
def _all_templates(lang: str) -> tuple[BoundaryTemplate, ...]:
    if lang not in LANGUAGES:
        lang = "en"
    data = load_json("boundaries", "templates.json")
    return tuple(BoundaryTemplate(t["id"], t["group"], **t[lang],
                                  kind=t.get("kind", KIND_BOUNDARY),
                                  call=tuple(t.get("call", ())))
                 for t in data["templates"])


def load_templates(lang: str, include_family: bool = True) -> list[BoundaryTemplate]:
    return [t for t in _all_templates(lang) if include_family or t.group != "family"]


def template_by_id(template_id: str, lang: str) -> BoundaryTemplate | None:
    return next((t for t in _all_templates(lang) if t.id == template_id), None)


def is_safety_action(template_id: str | None) -> bool:
    """Whether a boundary made from this template is a safety action (no consequence
    to weigh, no "willing and able?"); False for her own boundaries (no template)."""
    template = template_by_id(template_id, "en") if template_id else None
    return template is not None and template.is_safety_action


# -- the store -----------------------------------------------------------------------

_FIELDS = ("action", "need_text", "need_id", "consequence", "willing", "support", "status",
           "review_date", "notes", "template_id")


def _clean(draft: BoundaryDraft) -> BoundaryDraft:
    review = draft.review_date
    if review is not None:
        review = as_date(review, "review date")
    return BoundaryDraft(
        action=required(draft.action, "action"),
        need_text=clean_text(draft.need_text),
        need_id=draft.need_id or None,
        consequence=clean_text(draft.consequence),
        willing=(choice(Willingness, draft.willing, "willing")
                 if draft.willing is not None else None),
        support=clean_text(draft.support),
        status=choice(BoundaryStatus, draft.status, "status"),
        review_date=review,
        notes=unicodedata.normalize("NFC", draft.notes or "").strip(),
        template_id=draft.template_id or None,
    )


def _clean_crossing(draft: CrossingDraft) -> CrossingDraft:
    return CrossingDraft(
        crossed_on=as_date(draft.crossed_on, "date"),
        what_happened=required(draft.what_happened, "what happened"),
        followed=choice(Followed, draft.followed, "followed"),
        feeling=clean_text(draft.feeling),
        learned=clean_text(draft.learned),
    )


def _values(draft: BoundaryDraft) -> tuple[Any, ...]:
    return (draft.action, draft.need_text, draft.need_id, draft.consequence,
            draft.willing.value if draft.willing else None, draft.support,
            draft.status.value, draft.review_date.isoformat() if draft.review_date else None,
            draft.notes, draft.template_id)


def _draft_from(row: Any) -> BoundaryDraft:
    return BoundaryDraft(
        action=row["action"], need_text=row["need_text"], need_id=row["need_id"],
        consequence=row["consequence"],
        willing=Willingness(row["willing"]) if row["willing"] else None,
        support=row["support"], status=BoundaryStatus(row["status"]),
        review_date=date.fromisoformat(row["review_date"]) if row["review_date"] else None,
        notes=row["notes"], template_id=row["template_id"])


_COUNTS = ("(SELECT count(*) FROM boundary_crossings c WHERE c.boundary_id = b.id) AS n,"
           " (SELECT count(*) FROM boundary_crossings c WHERE c.boundary_id = b.id"
           "  AND c.followed = 'yes') AS n_yes,"
           " (SELECT count(*) FROM boundary_crossings c WHERE c.boundary_id = b.id"
           "  AND c.followed = 'partly') AS n_partly,"
           " (SELECT changed_on FROM boundary_status_changes s WHERE s.boundary_id = b.id"
           "  ORDER BY s.id DESC LIMIT 1) AS since")


class BoundaryStore:
    def __init__(self, vault: Vault | Snapshot) -> None:
        self._vault = vault

    def create(self, draft: BoundaryDraft, *, on: date | None = None,
               people: Iterable[int] = ()) -> int:
        """Store a new boundary; its status is kept with the date `on` (today). `people`:
        ids of support people who support her in it (RecordNotFound if one is gone)."""
        draft = _clean(draft)
        on = as_date(on or date.today(), "date")
        stamp = now_utc()
        with self._vault.transaction():
            self._check_need(draft.need_id)
            cursor = self._vault.execute(
                f"INSERT INTO boundaries ({', '.join(_FIELDS)}, version, created_at,"
                f" updated_at) VALUES ({', '.join('?' * len(_FIELDS))}, 1, ?, ?)",
                (*_values(draft), stamp, stamp))
            boundary_id = int(cursor.lastrowid)
            self._record_status(boundary_id, draft.status, on)
            self._link_people(boundary_id, people)
        return boundary_id

    def get(self, boundary_id: int) -> Boundary:
        row = self._vault.row(f"SELECT b.*, {_COUNTS} FROM boundaries b WHERE b.id = ?",
                              (boundary_id,))
        if row is None:
            raise RecordNotFound("boundary", boundary_id)
        d = _draft_from(row)
        history = [StatusChange(BoundaryStatus(r["status"]), date.fromisoformat(r["changed_on"]))
                   for r in self._vault.rows(
                       "SELECT status, changed_on FROM boundary_status_changes"
                       " WHERE boundary_id = ? ORDER BY id", (boundary_id,))]
        return Boundary(**{f: getattr(d, f) for f in _FIELDS}, id=row["id"],
                        version=row["version"],
                        created_at=datetime.fromisoformat(row["created_at"]),
                        updated_at=datetime.fromisoformat(row["updated_at"]),
                        history=history, crossings=row["n"], followed=row["n_yes"],
                        partly_followed=row["n_partly"], people=self.people(boundary_id))

    def people(self, boundary_id: int) -> list[tuple[int, str]]:
        """The support people linked to this boundary: (id, current name), by name."""
        return [(int(r["id"]), r["name"]) for r in self._vault.rows(
            "SELECT p.id, p.name FROM boundary_support s JOIN support_people p"
            " ON p.id = s.person_id WHERE s.boundary_id = ?"
            " ORDER BY p.name COLLATE NOCASE, p.id", (boundary_id,))]

    def set_people(self, boundary_id: int, people: Iterable[int]) -> None:
        """Link exactly these support people to the boundary (no new version: her
        wording does not change). RecordNotFound if the boundary or a person is gone;
        then nothing changes."""
        with self._vault.transaction():
            if self._vault.row("SELECT 1 FROM boundaries WHERE id = ?",
                               (boundary_id,)) is None:
                raise RecordNotFound("boundary", boundary_id)
            self._vault.execute("DELETE FROM boundary_support WHERE boundary_id = ?",
                                (boundary_id,))
            self._link_people(boundary_id, people)

    def summaries(self) -> list[BoundarySummary]:
        """The worksheet list: boundaries she holds or considers first, let go last;
        within that the most recently changed first."""
        rows = self._vault.rows(
            f"SELECT b.id, b.action, b.status, b.review_date, b.template_id, {_COUNTS}"
            " FROM boundaries b"
            " ORDER BY b.status = 'let_go', b.updated_at DESC, b.id DESC")
        return [BoundarySummary(
            r["id"], r["action"], BoundaryStatus(r["status"]),
            date.fromisoformat(r["since"]) if r["since"] else None,
            date.fromisoformat(r["review_date"]) if r["review_date"] else None,
            r["n"], r["n_yes"], r["n_partly"], r["template_id"]) for r in rows]

    def count(self) -> int:
        return int(self._vault.row("SELECT count(*) FROM boundaries")[0])

    def revise(self, boundary_id: int, draft: BoundaryDraft, *,
               on: date | None = None, people: Iterable[int] | None = None) -> int:
        """Save a new wording; the one before is kept as an earlier version. A changed
        status is kept with the date `on`. Returns the new version number. Saving the
        same wording again changes nothing. The linked support people stay, or become
        `people` when given."""
        draft = _clean(draft)
        on = as_date(on or date.today(), "date")
        with self._vault.transaction():
            row = self._vault.row("SELECT * FROM boundaries WHERE id = ?", (boundary_id,))
            if row is None:
                raise RecordNotFound("boundary", boundary_id)
            self._check_need(draft.need_id)
            if people is not None:
                self.set_people(boundary_id, people)
            if _draft_from(row) == draft:
                return int(row["version"])
            self._vault.execute(
                f"INSERT INTO boundary_versions (boundary_id, version, saved_at,"
                f" {', '.join(_FIELDS)}) SELECT id, version, updated_at, {', '.join(_FIELDS)}"
                " FROM boundaries WHERE id = ?", (boundary_id,))
            version = int(row["version"]) + 1
            self._vault.execute(
                f"UPDATE boundaries SET {', '.join(f + ' = ?' for f in _FIELDS)},"
                " version = ?, updated_at = ? WHERE id = ?",
                (*_values(draft), version, now_utc(), boundary_id))
            if row["status"] != draft.status.value:
                self._record_status(boundary_id, draft.status, on)
        return version

    def set_status(self, boundary_id: int, status: BoundaryStatus | str, *,
                   on: date | None = None) -> None:
        """A new status, kept with its date; the wording stays (no new version)."""
        status = choice(BoundaryStatus, status, "status")
        on = as_date(on or date.today(), "date")
        with self._vault.transaction():
            row = self._vault.row("SELECT status FROM boundaries WHERE id = ?", (boundary_id,))
            if row is None:
                raise RecordNotFound("boundary", boundary_id)
            if row["status"] == status.value:
                return
            self._vault.execute("UPDATE boundaries SET status = ?, updated_at = ? WHERE id = ?",
                                (status.value, now_utc(), boundary_id))
            self._record_status(boundary_id, status, on)

    def versions(self, boundary_id: int) -> list[BoundaryVersion]:
        """Earlier wordings, oldest first (the current one is `get`)."""
        rows = self._vault.rows(
            "SELECT * FROM boundary_versions WHERE boundary_id = ? ORDER BY version",
            (boundary_id,))
        return [BoundaryVersion(r["version"], datetime.fromisoformat(r["saved_at"]),
                                _draft_from(r)) for r in rows]

    def delete(self, boundary_id: int) -> None:
        """Delete with its crossing log, status history, earlier versions, links to
        support people and any half-filled form about it, so that no trace stays in the
        file."""
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM boundaries WHERE id = ?", (boundary_id,))
            if cursor.rowcount == 0:
                raise RecordNotFound("boundary", boundary_id)
            self._vault.execute(
                "DELETE FROM form_drafts WHERE name IN (?, ?)",
                (f"boundary-edit:{boundary_id}", f"crossing:{boundary_id}"))
        self._vault.checkpoint()

    def for_need(self, need_id: int) -> list[BoundarySummary]:
        """The boundaries that protect this need."""
        ids = {r["id"] for r in self._vault.rows(
            "SELECT id FROM boundaries WHERE need_id = ?", (need_id,))}
        return [s for s in self.summaries() if s.id in ids]

    # -- crossing log ----------------------------------------------------------------

    def log_crossing(self, boundary_id: int, draft: CrossingDraft) -> int:
        draft = _clean_crossing(draft)
        with self._vault.transaction():
            if self._vault.row("SELECT 1 FROM boundaries WHERE id = ?",
                               (boundary_id,)) is None:
                raise RecordNotFound("boundary", boundary_id)
            cursor = self._vault.execute(
                "INSERT INTO boundary_crossings (boundary_id, crossed_on, what_happened,"
                " followed, feeling, learned, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (boundary_id, draft.crossed_on.isoformat(), draft.what_happened,
                 draft.followed.value, draft.feeling, draft.learned, now_utc()))
            self._vault.execute("UPDATE boundaries SET updated_at = ? WHERE id = ?",
                                (now_utc(), boundary_id))
        return int(cursor.lastrowid)

    def update_crossing(self, crossing_id: int, draft: CrossingDraft) -> None:
        """Put right a crossing she logged (a wrong day, words she wants to change)."""
        draft = _clean_crossing(draft)
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE boundary_crossings SET crossed_on = ?, what_happened = ?,"
                " followed = ?, feeling = ?, learned = ? WHERE id = ?",
                (draft.crossed_on.isoformat(), draft.what_happened, draft.followed.value,
                 draft.feeling, draft.learned, crossing_id))
            if cursor.rowcount == 0:
                raise RecordNotFound("crossing", crossing_id)
        self._vault.checkpoint()  # the old words must not linger in the WAL

    def crossings(self, boundary_id: int) -> list[Crossing]:
        """The crossing log, most recent first."""
        rows = self._vault.rows(
            "SELECT * FROM boundary_crossings WHERE boundary_id = ?"
            " ORDER BY crossed_on DESC, id DESC", (boundary_id,))
        return [Crossing(crossed_on=date.fromisoformat(r["crossed_on"]),
                         what_happened=r["what_happened"], followed=Followed(r["followed"]),
                         feeling=r["feeling"], learned=r["learned"], id=r["id"],
                         boundary_id=r["boundary_id"]) for r in rows]

    def delete_crossing(self, crossing_id: int) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM boundary_crossings WHERE id = ?",
                                         (crossing_id,))
            if cursor.rowcount == 0:
                raise RecordNotFound("crossing", crossing_id)
        self._vault.checkpoint()

    # -- private ---------------------------------------------------------------------

    def _check_need(self, need_id: int | None) -> None:
        if need_id is not None and self._vault.row(
                "SELECT 1 FROM needs WHERE id = ?", (need_id,)) is None:
            raise RecordNotFound("need", need_id)

    def _link_people(self, boundary_id: int, people: Iterable[int]) -> None:
        for person_id in dict.fromkeys(people):
            if self._vault.row("SELECT 1 FROM support_people WHERE id = ?",
                               (person_id,)) is None:
                raise RecordNotFound("support person", person_id)
            self._vault.execute("INSERT INTO boundary_support (boundary_id, person_id)"
                                " VALUES (?, ?)", (boundary_id, person_id))

    def _record_status(self, boundary_id: int, status: BoundaryStatus, on: date) -> None:
        self._vault.execute(
            "INSERT INTO boundary_status_changes (boundary_id, status, changed_on)"
            " VALUES (?, ?, ?)", (boundary_id, status.value, on.isoformat()))
