"""The safety plan (one, in her own words) and her STI test record.

The plan holds her concerns about anyone's safety, the agreements that keep the home
safe, whom she would call and what she would do if there is danger right now. The
numbers are journal.support.INCLUDED_HELPLINES (resources/helplines.json).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from journal.clock import now_utc
from journal.errors import InvalidChoice, RecordNotFound
from journal.fields import as_date, choice, clean_text
from journal.vault import Vault


@dataclass
class SafetyPlan:
    concerns: str = ""
    agreements: str = ""
    who_to_call: str = ""
    what_i_do: str = ""
    updated_at: datetime | None = None

    def is_empty(self) -> bool:
        return not (self.concerns or self.agreements or self.who_to_call or self.what_i_do)


class PartnerTested(StrEnum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


@dataclass
class StiTest:
    taken_on: date
    tested_by: str = ""
    partner_tested: PartnerTested = PartnerTested.UNKNOWN
    follow_up_on: date | None = None
    id: int | None = None


class SafetyStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    # -- the plan --------------------------------------------------------------------

    def plan(self) -> SafetyPlan:
        row = self._vault.row("SELECT * FROM safety_plan WHERE id = 1")
        if row is None:
            return SafetyPlan()
        return SafetyPlan(row["concerns"], row["agreements"], row["who_to_call"],
                          row["what_i_do"], datetime.fromisoformat(row["updated_at"]))

    def save_plan(self, plan: SafetyPlan) -> None:
        """Her words as she typed them (NFC; only surrounding spaces trimmed)."""
        values = [clean_text(v) for v in (plan.concerns, plan.agreements,
                                          plan.who_to_call, plan.what_i_do)]
        for value in values:
            if not isinstance(value, str):
                raise InvalidChoice("safety plan", value)
        with self._vault.transaction():
            self._vault.execute(
                "INSERT INTO safety_plan (id, concerns, agreements, who_to_call, what_i_do,"
                " updated_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " concerns = excluded.concerns, agreements = excluded.agreements,"
                " who_to_call = excluded.who_to_call, what_i_do = excluded.what_i_do,"
                " updated_at = excluded.updated_at", (*values, now_utc()))

    # -- STI tests -------------------------------------------------------------------

    def add_test(self, test: StiTest) -> int:
        taken, follow, partner = self._check(test)
        with self._vault.transaction():
            cursor = self._vault.execute(
                "INSERT INTO sti_tests (taken_on, tested_by, partner_tested, follow_up_on,"
                " created_at) VALUES (?, ?, ?, ?, ?)",
                (taken, clean_text(test.tested_by), partner, follow, now_utc()))
        return int(cursor.lastrowid)

    def update_test(self, test_id: int, test: StiTest) -> None:
        taken, follow, partner = self._check(test)
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE sti_tests SET taken_on = ?, tested_by = ?, partner_tested = ?,"
                " follow_up_on = ? WHERE id = ?",
                (taken, clean_text(test.tested_by), partner, follow, test_id))
            if cursor.rowcount == 0:
                raise RecordNotFound("STI test", test_id)

    def tests(self) -> list[StiTest]:
        """Newest first."""
        return [self._test(r) for r in self._vault.rows(
            "SELECT * FROM sti_tests ORDER BY taken_on DESC, id DESC")]

    def delete_test(self, test_id: int) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM sti_tests WHERE id = ?", (test_id,))
            if cursor.rowcount == 0:
                raise RecordNotFound("STI test", test_id)
        self._vault.checkpoint()

    def follow_ups_due(self, on: date | None = None) -> list[StiTest]:
        """Tests whose follow-up date is on or before `on` (today) and that have no
        later test after them."""
        on = on or date.today()
        tests = self.tests()
        latest = tests[0].taken_on if tests else None
        return [t for t in tests if t.follow_up_on is not None and t.follow_up_on <= on
                and latest is not None and latest <= t.taken_on]

    @staticmethod
    def _check(test: StiTest) -> tuple[str, str | None, str]:
        taken = as_date(test.taken_on, "date")
        follow = None if test.follow_up_on is None else as_date(test.follow_up_on, "date")
        if follow is not None and follow < taken:
            raise InvalidChoice("follow-up date", follow.isoformat())
        partner = choice(PartnerTested, test.partner_tested, "partner tested")
        return taken.isoformat(), None if follow is None else follow.isoformat(), partner.value

    @staticmethod
    def _test(row: Any) -> StiTest:
        follow = row["follow_up_on"]
        return StiTest(taken_on=date.fromisoformat(row["taken_on"]),
                       tested_by=row["tested_by"],
                       partner_tested=PartnerTested(row["partner_tested"]),
                       follow_up_on=date.fromisoformat(follow) if follow else None,
                       id=row["id"])
