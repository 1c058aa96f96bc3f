"""Her support network: trusted people, peer groups, professionals and helplines.

"I allow this person to advise me" is a deliberate choice of whose advice counts.
A list of Dutch and Belgian helplines ships with the app as data
(resources/helplines.json, each with its source and the date it was checked); she can
hide any of them, and add her own people and lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from functools import cache
from typing import Any

from journal.clock import now_utc
from journal.errors import InvalidChoice, RecordNotFound
from journal.fields import choice, clean_text, required
from journal.resources import load_json
from journal.vault import Snapshot, Vault


class SupportKind(StrEnum):
    TRUSTED = "trusted"
    PEER_GROUP = "peer-group"
    THERAPIST = "therapist"
    GP = "gp"
    PASTOR = "pastor"
    LAWYER = "lawyer"
    HELPLINE = "helpline"
    OTHER = "other"


@dataclass
class SupportDraft:
    name: str
    kind: SupportKind = SupportKind.TRUSTED
    contact: str = ""
    notes: str = ""
    may_advise: bool = False


@dataclass
class SupportPerson:
    id: int
    name: str
    kind: SupportKind
    contact: str
    notes: str
    may_advise: bool
    created_at: datetime
    updated_at: datetime


class HelplineCategory(StrEnum):
    """What a line is for. Only EMERGENCY lines are presented as emergency numbers; an
    advice or reporting line (even one open day and night) never is."""
    EMERGENCY = "emergency"    # 112, police 101
    CRISIS = "crisis"          # suicide prevention, day and night
    ADVICE = "advice"          # advice lines (Veilig Thuis, 1712, ...)
    SUPPORT = "support"        # a listening ear (De Luisterlijn, Tele-Onthaal)
    LEGAL = "legal"            # first legal advice
    SPECIALIST = "specialist"  # a specialised centre without a helpline number
    PEER_GROUP = "peer-group"  # self-help groups for partners
    REPORT = "report"          # where to report a crime or images, when it is not urgent


@dataclass(frozen=True)
class Helpline:
    """A line included with the app (resources/helplines.json). Texts per language
    ("en", "nl"); `number` may be empty (a centre or group reached another way);
    `reach` says how to find it when there is no single number; `free`/`anonymous` are
    None when the sources did not say; `source` and `checked` say where and when it was
    last verified, `note` what could not be."""
    id: str
    country: str                      # "NL" or "BE"
    number: str
    name: dict[str, str] = field(hash=False)
    about: dict[str, str] = field(hash=False)
    category: HelplineCategory = HelplineCategory.ADVICE
    hours: dict[str, str] | None = field(default=None, hash=False)  # None: not limited
    reach: dict[str, str] | None = field(default=None, hash=False)
    free: bool | None = None
    anonymous: bool | None = None
    help_now: bool = False            # also shown under "Help now" on the safety plan
    website: str = ""
    source: str = ""
    checked: str = ""                 # ISO date
    note: str = ""

    @property
    def emergency(self) -> bool:
        return self.category is HelplineCategory.EMERGENCY

    def text(self, lang: str) -> tuple[str, str]:
        lang = lang if lang in self.name else "en"
        return self.name[lang], self.about[lang]

    def reach_text(self, lang: str) -> str:
        if not self.reach:
            return ""
        return self.reach.get(lang, self.reach["en"])

    def hours_text(self, lang: str) -> str:
        if not self.hours:
            return ""
        return self.hours.get(lang, self.hours["en"])


def _helpline(item: dict[str, Any]) -> Helpline:
    return Helpline(id=item["id"], country=item["country"], number=item["number"],
                    name=dict(item["name"]), about=dict(item["about"]),
                    category=HelplineCategory(item["category"]),
                    hours=dict(item["hours"]) if item.get("hours") else None,
                    reach=dict(item["reach"]) if item.get("reach") else None,
                    free=item.get("free"), anonymous=item.get("anonymous"),
                    help_now=bool(item.get("help_now")), website=item.get("website", ""),
                    source=item.get("source", ""), checked=item.get("checked", ""),
                    note=item.get("note", ""))


@cache
def included_helplines() -> tuple[Helpline, ...]:
    """The helplines that ship with the app, in the order of resources/helplines.json."""
    return tuple(_helpline(item) for item in load_json("helplines.json")["helplines"])


INCLUDED_HELPLINES: tuple[Helpline, ...] = included_helplines()


def helpline_by_id(helpline_id: str) -> Helpline | None:
    return next((h for h in INCLUDED_HELPLINES if h.id == helpline_id), None)


def _clean(draft: SupportDraft) -> SupportDraft:
    return SupportDraft(name=required(draft.name, "name"),
                        kind=choice(SupportKind, draft.kind, "kind"),
                        contact=clean_text(draft.contact), notes=clean_text(draft.notes),
                        may_advise=bool(draft.may_advise))


class SupportStore:
    def __init__(self, vault: Vault | Snapshot) -> None:
        self._vault = vault

    def create(self, draft: SupportDraft) -> int:
        draft = _clean(draft)
        stamp = now_utc()
        with self._vault.transaction():
            cursor = self._vault.execute(
                "INSERT INTO support_people (name, kind, contact, notes, may_advise,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (draft.name, draft.kind.value, draft.contact, draft.notes,
                 int(draft.may_advise), stamp, stamp))
        return int(cursor.lastrowid)

    def update(self, person_id: int, draft: SupportDraft) -> None:
        draft = _clean(draft)
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE support_people SET name = ?, kind = ?, contact = ?, notes = ?,"
                " may_advise = ?, updated_at = ? WHERE id = ?",
                (draft.name, draft.kind.value, draft.contact, draft.notes,
                 int(draft.may_advise), now_utc(), person_id))
            if cursor.rowcount == 0:
                raise RecordNotFound("support person", person_id)

    def get(self, person_id: int) -> SupportPerson:
        row = self._vault.row("SELECT * FROM support_people WHERE id = ?", (person_id,))
        if row is None:
            raise RecordNotFound("support person", person_id)
        return self._person(row)

    def all(self) -> list[SupportPerson]:
        """Everyone, those whose advice she allows first, then by name."""
        rows = self._vault.rows("SELECT * FROM support_people"
                                " ORDER BY may_advise DESC, name COLLATE NOCASE, id")
        return [self._person(r) for r in rows]

    def advisers(self) -> list[SupportPerson]:
        return [p for p in self.all() if p.may_advise]

    def boundary_count(self, person_id: int) -> int:
        """How many boundaries name this person under "who supports me" (deleting the
        person removes those links only; the boundaries keep her text)."""
        return int(self._vault.row("SELECT count(*) FROM boundary_support WHERE person_id = ?",
                                   (person_id,))[0])

    def delete(self, person_id: int) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM support_people WHERE id = ?",
                                         (person_id,))
            if cursor.rowcount == 0:
                raise RecordNotFound("support person", person_id)
        self._vault.checkpoint()

    # -- included helplines ----------------------------------------------------------

    def hidden_helplines(self) -> set[str]:
        return {r["helpline_id"] for r in self._vault.rows(
            "SELECT helpline_id FROM hidden_helplines")}

    def set_helpline_hidden(self, helpline_id: str, hidden: bool) -> None:
        if helpline_by_id(helpline_id) is None:
            raise InvalidChoice("helpline", helpline_id)
        with self._vault.transaction():
            if hidden:
                self._vault.execute("INSERT OR IGNORE INTO hidden_helplines (helpline_id)"
                                    " VALUES (?)", (helpline_id,))
            else:
                self._vault.execute("DELETE FROM hidden_helplines WHERE helpline_id = ?",
                                    (helpline_id,))

    def visible_helplines(self) -> list[Helpline]:
        hidden = self.hidden_helplines()
        return [h for h in INCLUDED_HELPLINES if h.id not in hidden]

    @staticmethod
    def _person(row: Any) -> SupportPerson:
        return SupportPerson(id=row["id"], name=row["name"], kind=SupportKind(row["kind"]),
                             contact=row["contact"], notes=row["notes"],
                             may_advise=bool(row["may_advise"]),
                             created_at=datetime.fromisoformat(row["created_at"]),
                             updated_at=datetime.fromisoformat(row["updated_at"]))
