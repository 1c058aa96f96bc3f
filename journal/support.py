"""Her support network: trusted people, peer groups, professionals and helplines.

"I allow this person to advise me" is a deliberate choice of whose advice counts.
A short list of Dutch and Belgian helplines ships with the app (INCLUDED_HELPLINES);
she can hide any of them, and add her own people and lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from journal.clock import now_utc
from journal.errors import InvalidChoice, RecordNotFound
from journal.fields import choice, clean_text, required
from journal.vault import Vault


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


@dataclass(frozen=True)
class Helpline:
    """A line included with the app. `name` and `about` per language ("en", "nl")."""
    id: str
    country: str                      # "NL" or "BE"
    number: str
    name: dict[str, str] = field(hash=False)
    about: dict[str, str] = field(hash=False)
    emergency: bool = False           # also shown under "Help now"

    def text(self, lang: str) -> tuple[str, str]:
        lang = lang if lang in self.name else "en"
        return self.name[lang], self.about[lang]


INCLUDED_HELPLINES: tuple[Helpline, ...] = (
    Helpline("nl-112", "NL", "112",
             {"en": "Emergency services", "nl": "Alarmnummer"},
             {"en": "Police, ambulance or fire brigade, when there is danger right now.",
              "nl": "Politie, ambulance of brandweer, als er nu direct gevaar is."},
             emergency=True),
    Helpline("nl-veilig-thuis", "NL", "0800-2000",
             {"en": "Veilig Thuis", "nl": "Veilig Thuis"},
             {"en": "Advice and help about domestic violence and child abuse, free, "
                    "day and night, anonymously if you want.",
              "nl": "Advies en hulp bij huiselijk geweld en kindermishandeling, gratis, "
                    "dag en nacht, en als je wilt anoniem."},
             emergency=True),
    Helpline("nl-113", "NL", "0800-0113",
             {"en": "113 Zelfmoordpreventie", "nl": "113 Zelfmoordpreventie"},
             {"en": "When you think about ending your life, or worry about someone "
                    "who does. Free, day and night.",
              "nl": "Als je aan zelfdoding denkt, of je zorgen maakt om iemand die dat "
                    "doet. Gratis, dag en nacht."},
             emergency=True),
    Helpline("be-112", "BE", "112",
             {"en": "Emergency services", "nl": "Noodnummer"},
             {"en": "Ambulance, fire brigade or police, when there is danger right now.",
              "nl": "Ambulance, brandweer of politie, als er nu direct gevaar is."},
             emergency=True),
    Helpline("be-1712", "BE", "1712",
             {"en": "Helpline for violence, abuse and child abuse",
              "nl": "Hulplijn geweld, misbruik en kindermishandeling"},
             {"en": "For anyone with questions or worries about violence or abuse, at "
                    "home or elsewhere. Free, and anonymously if you want.",
              "nl": "Voor iedereen met vragen of zorgen over geweld of misbruik, thuis of "
                    "ergens anders. Gratis, en als je wilt anoniem."},
             emergency=True),
    Helpline("be-1813", "BE", "1813",
             {"en": "Zelfmoordlijn 1813", "nl": "Zelfmoordlijn 1813"},
             {"en": "When you think about ending your life, or worry about someone "
                    "who does. Day and night.",
              "nl": "Als je aan zelfdoding denkt, of je zorgen maakt om iemand die dat "
                    "doet. Dag en nacht."},
             emergency=True),
)


def helpline_by_id(helpline_id: str) -> Helpline | None:
    return next((h for h in INCLUDED_HELPLINES if h.id == helpline_id), None)


def _clean(draft: SupportDraft) -> SupportDraft:
    return SupportDraft(name=required(draft.name, "name"),
                        kind=choice(SupportKind, draft.kind, "kind"),
                        contact=clean_text(draft.contact), notes=clean_text(draft.notes),
                        may_advise=bool(draft.may_advise))


class SupportStore:
    def __init__(self, vault: Vault) -> None:
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
