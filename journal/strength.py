"""How strong a passphrase or password looks: one rough measure for the vault's
passphrase, export and PDF passwords, in the app's strength bar and on the command line.
"""

from __future__ import annotations

import math

from journal.keyslots import MIN_PASSPHRASE_LENGTH

_COMMON = {"password", "wachtwoord", "12345678", "123456789", "qwertyui", "iloveyou",
           "welkom01", "welcome1", "password1", "wachtwoord1"}

# Below this, a password for an export or a PDF is refused on the command line unless
# --weak-password-ok is given: 0 is shorter than the passphrase minimum, 1 is common or
# guessable in a moment.
ACCEPTABLE_STRENGTH = 2


def passphrase_strength(text: str) -> int:
    """A rough strength from 0 (too short) to 4 (strong)."""
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return 0
    if text.lower() in _COMMON or len(set(text)) <= 2:
        return 1
    pool = 0
    pool += 26 if any(c.islower() for c in text) else 0
    pool += 26 if any(c.isupper() for c in text) else 0
    pool += 10 if any(c.isdigit() for c in text) else 0
    pool += 33 if any(not c.isalnum() and not c.isspace() for c in text) else 0
    pool += 1 if any(c.isspace() for c in text) else 0
    # Repeated characters add little; a few words in a row add a lot.
    effective_length = min(len(text), 2 * len(set(text)))
    bits = effective_length * math.log2(max(pool, 2))
    words = [w for w in text.split() if len(w) >= 3]
    if len(words) >= 3:
        bits += 12 * (len(words) - 2)
    if bits < 40:
        return 1
    if bits < 60:
        return 2
    if bits < 80:
        return 3
    return 4
