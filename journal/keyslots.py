"""Key slots: a secret (passphrase or recovery code) unlocks the vault's data key.

Each slot derives a key-encryption key from its secret with Argon2id and holds the
data key wrapped with AES-256-GCM, the vault id as associated data. `keys.json`
holds the slots and no secret in clear; it is only ever replaced atomically.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import unicodedata
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from journal.errors import (
    KeysChanged,
    NoPermission,
    NoRecoveryCode,
    PassphraseTooShort,
    SchemaTooNew,
    VaultDamaged,
    WrongSecret,
)
from journal.files import atomic_write


class KeyFileTooNew(SchemaTooNew):
    """keys.json was written by a newer Haven."""

# Neutral: keys.json is read without the key, also inside a backup's header. Key files
# of earlier versions ("haven-keys") are still read.
KEYFILE_FORMAT = "enc-keys"
OLD_KEYFILE_FORMATS = ("haven-keys",)
KEYFILE_VERSION = 1
DATA_KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8
# Upper bounds for slot parameters read from keys.json: what Haven writes (t=3, 64 MiB,
# p=4) and a little more, so a garbled file cannot cost minutes and gigabytes before
# it is called wrong or damaged.
MAX_KDF_ITERATIONS = 8
MAX_KDF_LANES = 8
MAX_KDF_MEMORY_KIB = 256 * 1024  # 256 MiB
# keys.json is a few hundred bytes; more than this is not one (and /dev/zero never ends).
MAX_KEYFILE_BYTES = 64 * 1024

# Crockford's base32: no I, L, O or U, so a hand-copied code has no look-alikes.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 7  # 7 groups of 4 characters: 28 * 5 = 140 random bits
RECOVERY_GROUP_SIZE = 4
_RECOVERY_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class SlotKind(StrEnum):
    PASSPHRASE = "passphrase"
    RECOVERY = "recovery"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored in each slot so later versions can raise it for new slots."""

    iterations: int = 3
    memory_kib: int = 64 * 1024
    lanes: int = 4


DEFAULT_KDF = KdfParams()


class Secret:
    """A passphrase or recovery code, normalised to bytes in a wipeable buffer."""

    def __init__(self, kind: SlotKind, value: bytearray) -> None:
        self.kind = kind
        self.value = value

    @classmethod
    def passphrase(cls, text: str) -> Secret:
        # NFC so that the same passphrase typed on another system gives the same bytes.
        return cls(SlotKind.PASSPHRASE, _encoded(unicodedata.normalize("NFC", text)))

    @classmethod
    def recovery_code(cls, text: str) -> Secret:
        return cls(SlotKind.RECOVERY, _encoded(normalize_recovery_code(text)))

    def wipe(self) -> None:
        wipe(self.value)


def _encoded(text: str) -> bytearray:
    """`text` as UTF-8 in a wipeable buffer, a character at a time: bytearray(text,
    "utf-8") would first make the whole of it as immutable bytes, left in memory. Sized
    once, so that no growing leaves a freed earlier buffer behind."""
    buffer = bytearray(sum(len(char.encode("utf-8")) for char in text))
    at = 0
    for char in text:
        piece = char.encode("utf-8")  # one to four bytes; ASCII ones are shared
        buffer[at:at + len(piece)] = piece
        at += len(piece)
    return buffer


def wipe(buffer: bytearray) -> None:
    """Overwrite key material; Python cannot promise no copy was made elsewhere."""
    for i in range(len(buffer)):
        buffer[i] = 0


def check_passphrase(text: str) -> None:
    if len(text) < MIN_PASSPHRASE_LENGTH:
        raise PassphraseTooShort(MIN_PASSPHRASE_LENGTH)


def new_recovery_code() -> str:
    import secrets  # here, not at the top: unlocking never needs it (hmac, hashlib)

    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(
        RECOVERY_GROUPS * RECOVERY_GROUP_SIZE))
    return "-".join(chars[i:i + RECOVERY_GROUP_SIZE]
                    for i in range(0, len(chars), RECOVERY_GROUP_SIZE))


def normalize_recovery_code(text: str) -> str:
    """Accept a code as typed: any case, with or without dashes and spaces."""
    kept = "".join(c for c in text.upper() if c.isalnum())
    return kept.translate(_RECOVERY_LOOKALIKES)


def _whole(value: Any) -> int:
    """A whole number as Haven writes it (not 3.0, "3", true or 1e400)."""
    if type(value) is not int:
        raise ValueError("expected a whole number")
    return value


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(text, validate=True)


@dataclass(frozen=True)
class KeySlot:
    kind: SlotKind
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped_key: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "kdf": {"name": "argon2id", "iterations": self.kdf.iterations,
                    "memory_kib": self.kdf.memory_kib, "lanes": self.kdf.lanes,
                    "salt": _b64(self.salt)},
            "cipher": "aes-256-gcm",
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        kdf = data["kdf"]
        if kdf["name"] != "argon2id" or data["cipher"] != "aes-256-gcm":
            raise ValueError("unknown key slot algorithm")
        params = KdfParams(_whole(kdf["iterations"]), _whole(kdf["memory_kib"]),
                           _whole(kdf["lanes"]))
        slot = cls(SlotKind(data["kind"]), params, _unb64(kdf["salt"]),
                   _unb64(data["nonce"]), _unb64(data["wrapped_key"]))
        slot._check()
        return slot

    def _check(self) -> None:
        """Refuse values the crypto library would reject, or that would make a garbled
        file ask for absurd amounts of time or memory before it can be called damaged."""
        kdf = self.kdf
        if not (1 <= kdf.iterations <= MAX_KDF_ITERATIONS and 1 <= kdf.lanes <= MAX_KDF_LANES
                and 8 * kdf.lanes <= kdf.memory_kib <= MAX_KDF_MEMORY_KIB):
            raise ValueError("key derivation parameters out of range")
        if len(self.salt) < 16 or len(self.nonce) != 12 or len(self.wrapped_key) != 48:
            raise ValueError("salt, nonce or wrapped key of the wrong size")


def _derive_kek(secret: Secret, salt: bytes, kdf: KdfParams) -> bytearray:
    # Into a bytearray, from the secret's own buffer: derive() would return, and
    # bytes(secret.value) would make, an immutable copy nobody can wipe.
    kdf_fn = Argon2id(salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes,
                      memory_cost=kdf.memory_kib)
    kek = bytearray(32)
    kdf_fn.derive_into(secret.value, kek)  # type: ignore[arg-type]  # any buffer works
    return kek


def wrap_key(data_key: bytearray, secret: Secret, vault_id: str,
             kdf: KdfParams | None = None) -> KeySlot:
    """A new slot for `secret`; `kdf` defaults to DEFAULT_KDF as it is at call time."""
    kdf = kdf or DEFAULT_KDF
    salt = os.urandom(16)
    nonce = os.urandom(12)
    kek = _derive_kek(secret, salt, kdf)
    try:
        wrapped = AESGCM(kek).encrypt(nonce, data_key, vault_id.encode())
    finally:
        wipe(kek)
    return KeySlot(secret.kind, kdf, salt, nonce, wrapped)


def unwrap_key(slot: KeySlot, secret: Secret, vault_id: str) -> bytearray:
    kek = _derive_kek(secret, slot.salt, slot.kdf)
    key = bytearray(DATA_KEY_BYTES)
    try:
        # decrypt_into: straight into the bytearray, no immutable copy of the key.
        AESGCM(kek).decrypt_into(slot.nonce, slot.wrapped_key, vault_id.encode(), key)
        return key
    except InvalidTag:
        raise WrongSecret() from None
    finally:
        wipe(kek)


@dataclass
class KeyFile:
    """The contents of keys.json.

    `previous_slots` is only non-empty while a re-encryption with a new data key is
    under way: it still opens the database if the re-encryption did not finish.
    """

    vault_id: str
    slots: list[KeySlot]
    previous_slots: list[KeySlot] = field(default_factory=list)
    # Whether the stored checksum matched the slots when read: None for a file written
    # before Haven kept one. Only consulted when no slot opens.
    intact: bool | None = field(default=True, compare=False)

    def slot(self, kind: SlotKind, *, previous: bool = False) -> KeySlot | None:
        for slot in self.previous_slots if previous else self.slots:
            if slot.kind == kind:
                return slot
        return None

    def with_slot(self, new: KeySlot) -> KeyFile:
        """A copy with `new` replacing the slot of its kind."""
        kept = [s for s in self.slots if s.kind != new.kind]
        return KeyFile(self.vault_id, [*kept, new], list(self.previous_slots))

    def unwrap(self, secret: Secret) -> list[bytearray]:
        """Candidate data keys for `secret`: the current one, then a previous one."""
        return [key for key, _previous in self.unwrap_marked(secret)]

    def unwrap_marked(self, secret: Secret) -> list[tuple[bytearray, bool]]:
        """Candidate data keys for `secret`, each with whether it came from a previous
        slot. While a re-encryption with a new passphrase is under way the old
        passphrase opens only the previous slot and the new one only the current:
        each is tried on its own, WrongSecret only when neither opens."""
        slot = self.slot(secret.kind)
        if slot is None:
            if secret.kind == SlotKind.RECOVERY:
                raise NoRecoveryCode()
            raise VaultDamaged("keys.json has no passphrase slot")
        keys: list[tuple[bytearray, bool]] = []
        with contextlib.suppress(WrongSecret):
            keys.append((unwrap_key(slot, secret, self.vault_id), False))
        previous = self.slot(secret.kind, previous=True)
        if previous is not None:
            with contextlib.suppress(WrongSecret):
                keys.append((unwrap_key(previous, secret, self.vault_id), True))
        if not keys:
            if self.intact is False:
                raise KeysChanged("the key slots were changed or damaged")
            raise WrongSecret()
        return keys

    def checksum(self) -> str:
        """SHA-256 over the slots' public fields and the vault id. Not a secret and not
        a defence against a deliberate edit (anyone can recompute it): it tells a flipped
        bit or an edited field apart from a wrong passphrase."""
        # cryptography's SHA-256, already loaded for Argon2id: hashlib would cost every
        # command its import (tests/core/test_cli.py).
        from cryptography.hazmat.primitives import hashes

        public = {"vault_id": self.vault_id, "slots": [s.to_json() for s in self.slots],
                  "previous_slots": [s.to_json() for s in self.previous_slots]}
        text = json.dumps(public, sort_keys=True, separators=(",", ":"))
        digest = hashes.Hash(hashes.SHA256())
        digest.update(text.encode())
        return "sha256:" + digest.finalize().hex()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": KEYFILE_FORMAT,
            "version": KEYFILE_VERSION,
            "vault_id": self.vault_id,
            "slots": [s.to_json() for s in self.slots],
        }
        if self.previous_slots:
            data["previous_slots"] = [s.to_json() for s in self.previous_slots]
        data["checksum"] = self.checksum()
        return data

    @classmethod
    def from_json(cls, data: Any) -> KeyFile:
        """The key file in `data` (parsed JSON); ValueError, KeyError or TypeError if it
        is not one, KeyFileTooNew for a newer Haven's."""
        if data["format"] != KEYFILE_FORMAT and data["format"] not in OLD_KEYFILE_FORMATS:
            raise ValueError("not a Haven key file")
        if isinstance(data["version"], int) and data["version"] > KEYFILE_VERSION:
            raise KeyFileTooNew(data["version"], KEYFILE_VERSION)
        if data["version"] != KEYFILE_VERSION:
            raise ValueError("unknown key file version")
        vault_id = data["vault_id"]
        if not isinstance(vault_id, str) or not vault_id:
            raise ValueError("no vault id")
        slots = [KeySlot.from_json(s) for s in data["slots"]]
        previous = [KeySlot.from_json(s) for s in data.get("previous_slots", [])]
        if not slots:
            raise ValueError("no key slots")
        keyfile = cls(vault_id, slots, previous, intact=None)
        stored = data.get("checksum")
        if stored is not None:
            keyfile.intact = stored == keyfile.checksum()
        return keyfile

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            with open(path, "rb") as f:  # bounded: a link to /dev/zero never ends
                raw = f.read(MAX_KEYFILE_BYTES + 1)
            if len(raw) > MAX_KEYFILE_BYTES:
                raise ValueError("far too large for a key file")
            return cls.from_json(json.loads(raw))
        except PermissionError:
            raise NoPermission(str(path)) from None
        except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            raise VaultDamaged(f"{path.name} cannot be read: {reason}") from None

    def save(self, path: Path) -> None:
        atomic_write(path, json.dumps(self.to_json(), indent=2).encode() + b"\n")
