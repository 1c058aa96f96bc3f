"""Decrypt SQLCipher 4 pages without SQLite, to look at what is really in the files.

Only what the tests need: SQLCipher 4 defaults (4096-byte pages, 80 reserved bytes
per page = 16-byte IV + 64-byte HMAC-SHA512, AES-256-CBC) and a database keyed with
a raw 32-byte key (``PRAGMA key = "x'<64 hex>'"``), whose bytes are the AES key as is.

Each page is also authenticated: the HMAC-SHA512 over the encrypted part, the IV and
the page number (4 bytes, little-endian) with a key derived from the data key by
PBKDF2-HMAC-SHA512 (2 iterations) over the file salt XOR 0x3a. Checking it proves
that this reader decrypts exactly what SQLCipher wrote, not some lucky garbage.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
SALT_SIZE = 16
IV_SIZE = 16
HMAC_SIZE = 64
RESERVE = IV_SIZE + HMAC_SIZE  # 80
HMAC_SALT_MASK = 0x3A
HMAC_KDF_ITER = 2
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24


class PageAuthError(ValueError):
    """A page's HMAC does not match: wrong key, wrong salt or a damaged page."""


@dataclass(frozen=True)
class Page:
    source: str  # "db" or "wal"
    pgno: int
    plaintext: bytes  # the decrypted content part (page 1: without its 16-byte salt)


def file_salt(db_bytes: bytes) -> bytes:
    """The random salt SQLCipher keeps in clear in the first 16 bytes of the file."""
    if len(db_bytes) < SALT_SIZE:
        raise ValueError("too short for a SQLCipher file")
    return db_bytes[:SALT_SIZE]


def hmac_key(data_key: bytes, salt: bytes) -> bytes:
    hmac_salt = bytes(b ^ HMAC_SALT_MASK for b in salt)
    return hashlib.pbkdf2_hmac("sha512", data_key, hmac_salt, HMAC_KDF_ITER, 32)


def decrypt_page(raw: bytes, pgno: int, data_key: bytes, salt: bytes) -> bytes:
    """The plaintext of one encrypted page; raises PageAuthError if its HMAC is wrong."""
    if len(raw) != PAGE_SIZE:
        raise ValueError(f"page {pgno} has {len(raw)} bytes, not {PAGE_SIZE}")
    if len(data_key) != 32:
        raise ValueError("the data key is 32 bytes")
    start = SALT_SIZE if pgno == 1 else 0
    end = PAGE_SIZE - RESERVE
    encrypted = raw[start:end]
    iv = raw[end:end + IV_SIZE]
    tag = raw[end + IV_SIZE:PAGE_SIZE]
    expected = hmac.new(hmac_key(data_key, salt),
                        encrypted + iv + struct.pack("<I", pgno), hashlib.sha512).digest()
    if not hmac.compare_digest(expected, tag):
        raise PageAuthError(f"page {pgno}: HMAC mismatch")
    decryptor = Cipher(algorithms.AES(bytes(data_key)), modes.CBC(iv)).decryptor()
    return decryptor.update(encrypted) + decryptor.finalize()


def db_pages(db_path: Path, data_key: bytes, salt: bytes | None = None) -> Iterator[Page]:
    """Every page of a SQLCipher database file, decrypted and authenticated."""
    data = Path(db_path).read_bytes()
    if len(data) % PAGE_SIZE:
        raise ValueError(f"{db_path} is not a whole number of pages")
    salt = file_salt(data) if salt is None else salt
    for index in range(len(data) // PAGE_SIZE):
        raw = data[index * PAGE_SIZE:(index + 1) * PAGE_SIZE]
        yield Page("db", index + 1, decrypt_page(raw, index + 1, data_key, salt))


def wal_pages(wal_path: Path, data_key: bytes, salt: bytes) -> Iterator[Page]:
    """Every frame's page in a WAL file (valid or left over), decrypted and authenticated.

    `salt` is the database file's salt; the WAL has none of its own. Frames are read
    whether or not their checksums say they are committed: old frames still hold
    whatever they held, and that is what matters for what is on disk.
    """
    path = Path(wal_path)
    if not path.exists():
        return
    data = path.read_bytes()
    if len(data) < WAL_HEADER_SIZE:
        return
    magic, _version, page_size = struct.unpack(">III", data[:12])
    if magic not in (0x377F0682, 0x377F0683):
        raise ValueError(f"{wal_path} has no WAL header")
    if page_size != PAGE_SIZE:
        raise ValueError(f"WAL page size {page_size}")
    frame_size = WAL_FRAME_HEADER_SIZE + PAGE_SIZE
    offset = WAL_HEADER_SIZE
    while offset + frame_size <= len(data):
        (pgno,) = struct.unpack(">I", data[offset:offset + 4])
        raw = data[offset + WAL_FRAME_HEADER_SIZE:offset + frame_size]
        yield Page("wal", pgno, decrypt_page(raw, pgno, data_key, salt))
        offset += frame_size


def all_pages(folder: Path, data_key: bytes, db_name: str = "haven.db") -> list[Page]:
    """The decrypted pages of the database and of its WAL, if there is one."""
    db = Path(folder) / db_name
    salt = file_salt(db.read_bytes()[:SALT_SIZE])
    pages = list(db_pages(db, data_key, salt))
    pages += list(wal_pages(db.with_name(db.name + "-wal"), data_key, salt))
    return pages


def encodings(marker: str) -> list[bytes]:
    """The byte forms a marker could take on disk."""
    return [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.encode("utf-16-be")]


def pages_containing(pages: list[Page], marker: str) -> list[tuple[str, int]]:
    forms = encodings(marker)
    return [(p.source, p.pgno) for p in pages if any(f in p.plaintext for f in forms)]


JOURNAL_HEADER_MIN = 28


def journal_pages(journal_path: Path, data_key: bytes, salt: bytes, *,
                  skip_foreign: bool = False) -> Iterator[Page]:
    """The page images in a rollback journal (hot or not), decrypted and authenticated.

    Header: magic (8), record count (4), checksum seed (4), original page count (4),
    sector size (4), page size (4); records start at the sector size, each a page
    number (4), the page as it is in the database file (encrypted) and a checksum (4).
    The record count is not trusted (it is zero until SQLite syncs the journal).
    With `skip_foreign`, pages that do not authenticate with `data_key` are skipped
    (useful when trying several candidate keys); otherwise they raise PageAuthError.
    """
    path = Path(journal_path)
    if not path.exists():
        return
    data = path.read_bytes()
    if len(data) < JOURNAL_HEADER_MIN:
        return
    sector_size, page_size = struct.unpack(">II", data[20:28])
    if page_size != PAGE_SIZE or not sector_size:
        raise ValueError(f"{journal_path}: sector {sector_size}, page size {page_size}")
    record = 4 + PAGE_SIZE + 4
    offset = sector_size
    while offset + record <= len(data):
        (pgno,) = struct.unpack(">I", data[offset:offset + 4])
        if pgno == 0:
            break
        raw = data[offset + 4:offset + 4 + PAGE_SIZE]
        offset += record
        try:
            plaintext = decrypt_page(raw, pgno, data_key, salt)
        except PageAuthError:
            if skip_foreign:
                continue
            raise
        yield Page("journal", pgno, plaintext)
