"""Her situation, as she told it: which fits her partner's story, and whether faith is a
source of strength for her. It decides which writing prompts can be drawn, whether the
boundary examples for families show, which guidance group comes first and which
helplines are listed first. Nothing she opens on purpose is hidden by it.

The answer is sensitive ("my partner is accused"), so it lives inside the vault (the
`preferences` table), never in the settings file that anyone at the computer can read.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journal.errors import InvalidChoice
from journal.vault import Vault


class Situation(StrEnum):
    ADDICTION = "addiction"  # his porn or sex addiction, or unfaithfulness
    BOUNDARIES = "boundaries"  # he crossed sexual boundaries or is accused of it
    UNSURE = "unsure"  # I don't know yet


@dataclass(frozen=True)
class Profile:
    """What she answered (nothing named and no faith until she answers; a skipped
    question can be answered later from the settings)."""
    situations: frozenset[Situation] = frozenset()
    faith: bool = False

    def fits(self, audience: frozenset[Situation]) -> bool:
        """Whether something written for `audience` (empty: for everyone) fits her.
        Until she names her situation, only what fits everyone does."""
        return not audience or bool(audience & self.situations)


_SITUATIONS = "situations"
_FAITH = "faith"


class ProfileStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self) -> Profile:
        values = {r["key"]: r["value"] for r in self._vault.rows(
            "SELECT key, value FROM preferences WHERE key IN (?, ?)", (_SITUATIONS, _FAITH))}
        if not values:
            return Profile()
        situations = frozenset(Situation(s) for s in values.get(_SITUATIONS, "").split(",")
                               if s in Situation._value2member_map_)
        return Profile(situations, values.get(_FAITH) == "1")

    def save(self, profile: Profile) -> None:
        for situation in profile.situations:
            if not isinstance(situation, Situation):
                raise InvalidChoice("situation", situation)
        text = ",".join(sorted(profile.situations))
        with self._vault.transaction():
            self._vault.execute(
                "INSERT INTO preferences (key, value) VALUES (?, ?), (?, ?) ON CONFLICT (key)"
                " DO UPDATE SET value = excluded.value",
                (_SITUATIONS, text, _FAITH, "1" if profile.faith else "0"))


def current_profile(vault: Vault) -> Profile:
    """Her profile, or the unanswered one while the vault is locked."""
    return ProfileStore(vault).get() if vault.is_open else Profile()
