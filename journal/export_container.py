"""The protected full export: Haven JSON encrypted with a key derived from her password
by Argon2id (the vault's key-slot parameters) and AES-256-GCM, in chunks, so neither
writing nor reading ever holds more than one chunk in clear. Format:
docs/VAULT-FORMAT.md ("Protected export").

Nothing readable without the password names the app or what is inside: the magic and
the header are neutral, and only the total size shows.
"""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from journal import keyslots
from journal.errors import ExportDamaged, ExportWrongPassword
from journal.keyslots import KdfParams, KeySlot, Secret, wipe

MAGIC = b"ENC-EXPORT-1\n"
FORMAT = "enc-export"
VERSION = 1
CHUNK = 1024 * 1024  # plaintext bytes per encrypted chunk
TAG = 16
MAX_HEADER = 64 * 1024
# Nonce: a random 7-byte prefix, the chunk's 4-byte number and a byte that is 1 only
# for the last chunk (the STREAM construction): chunks cannot be reordered, dropped or
# cut off at the end without the tag failing. The password check uses a number no
# chunk ever has.
_LAST = b"\x01"
_CHECK_NUMBER = 0xFFFFFFFF
SUFFIX = ".enc"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _public(kdf: KdfParams, salt: bytes, prefix: bytes, chunk: int) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION,
            "kdf": {"name": "argon2id", "iterations": kdf.iterations,
                    "memory_kib": kdf.memory_kib, "lanes": kdf.lanes, "salt": _b64(salt)},
            "cipher": "aes-256-gcm", "chunk": chunk, "nonce_prefix": _b64(prefix)}


def _aad(public: dict[str, Any]) -> bytes:
    """Every chunk is bound to the header's public fields."""
    return json.dumps(public, sort_keys=True, separators=(",", ":")).encode()


def _checksum(aad: bytes) -> str:
    from cryptography.hazmat.primitives import hashes

    digest = hashes.Hash(hashes.SHA256())
    digest.update(aad)
    return "sha256:" + digest.finalize().hex()


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + number.to_bytes(4, "big") + (_LAST if last else b"\x00")


def _key(password: str, salt: bytes, kdf: KdfParams) -> bytearray:
    from journal.keyslots import _derive_kek

    secret = Secret.passphrase(password)
    try:
        return _derive_kek(secret, salt, kdf)
    finally:
        secret.wipe()


def write(out: IO[bytes], password: str, pieces: Iterable[bytes], *,
          kdf: KdfParams | None = None, chunk: int = CHUNK) -> None:
    """Encrypt the bytes of `pieces` (any sizes) into `out`, CHUNK bytes at a time."""
    kdf = kdf or keyslots.DEFAULT_KDF  # as it is at call time, like a new key slot
    salt, prefix = os.urandom(16), os.urandom(7)
    public = _public(kdf, salt, prefix, chunk)
    aad = _aad(public)
    key = _key(password, salt, kdf)
    try:
        aes = AESGCM(key)
    finally:
        wipe(key)
    check = aes.encrypt(_nonce(prefix, _CHECK_NUMBER, True), b"", aad)
    header = json.dumps({**public, "check": _b64(check),
                         "checksum": _checksum(aad)}).encode()
    out.write(MAGIC + len(header).to_bytes(4, "big") + header)
    number = 0
    buffer = bytearray()

    def seal(data: bytes | bytearray, last: bool) -> None:
        sealed = aes.encrypt(_nonce(prefix, number, last), bytes(data), aad)
        out.write(len(sealed).to_bytes(4, "big") + sealed)

    for piece in pieces:
        buffer += piece
        while len(buffer) > chunk:  # the last chunk is sealed below, never here
            seal(buffer[:chunk], False)
            del buffer[:chunk]
            number += 1
    seal(buffer, True)


def is_container(head: bytes) -> bool:
    return head.startswith(MAGIC)


def read(source: IO[bytes], password: str) -> Iterator[bytes]:
    """The decrypted bytes of the container in `source`, a chunk at a time.

    ExportWrongPassword before any byte is given when the password does not open it;
    ExportDamaged when it is not whole (changed, cut off, or not one at all), possibly
    after some chunks were given: a caller keeps nothing until the iterator ends."""
    if source.read(len(MAGIC)) != MAGIC:
        raise ExportDamaged("not a protected export")
    try:
        length = int.from_bytes(source.read(4), "big")
        if not 0 < length <= MAX_HEADER:
            raise ValueError("header of an impossible size")
        data = json.loads(source.read(length))
        if data["format"] != FORMAT or data["version"] != VERSION:
            raise ValueError("unknown format or version")
        kdf_data = data["kdf"]
        # The key-slot checks: the same bounds on Argon2id's cost and the salt's size.
        slot = KeySlot.from_json({"kind": "passphrase", "kdf": kdf_data,
                                  "cipher": data["cipher"], "nonce": _b64(bytes(12)),
                                  "wrapped_key": _b64(bytes(48))})
        prefix = base64.b64decode(data["nonce_prefix"], validate=True)
        chunk = data["chunk"]
        if len(prefix) != 7 or type(chunk) is not int or not 0 < chunk <= 64 * CHUNK:
            raise ValueError("bad nonce or chunk size")
        public = _public(slot.kdf, slot.salt, prefix, chunk)
        aad = _aad(public)
        check = base64.b64decode(data["check"], validate=True)
        if data["checksum"] != _checksum(aad):
            raise ValueError("the header was changed")
    except ExportDamaged:
        raise
    except (ValueError, KeyError, TypeError, RecursionError, OverflowError) as exc:
        raise ExportDamaged(f"damaged header: {exc}") from None
    key = _key(password, slot.salt, slot.kdf)
    try:
        aes = AESGCM(key)
    finally:
        wipe(key)
    try:
        aes.decrypt(_nonce(prefix, _CHECK_NUMBER, True), check, aad)
    except InvalidTag:
        raise ExportWrongPassword() from None
    return _chunks(source, aes, prefix, aad, chunk)


def _chunks(source: IO[bytes], aes: AESGCM, prefix: bytes, aad: bytes, chunk: int
            ) -> Iterator[bytes]:
    number = 0
    while True:
        size = int.from_bytes(source.read(4), "big")
        if not TAG <= size <= chunk + TAG:
            raise ExportDamaged("cut off or damaged")
        sealed = source.read(size)
        if len(sealed) != size:
            raise ExportDamaged("cut off")
        for last in (False, True):
            try:
                plain = aes.decrypt(_nonce(prefix, number, last), sealed, aad)
                break
            except InvalidTag:
                continue
        else:
            raise ExportDamaged(f"chunk {number + 1} is damaged")
        yield plain
        if last:
            if source.read(1):
                raise ExportDamaged("data after the end")
            return
        number += 1


def read_all(source: IO[bytes], password: str) -> bytes:
    """The whole decrypted content (for an import, which needs the document anyway)."""
    return b"".join(read(source, password))
