"""Safe places: a person, a spot at home, a memory, an imagined place, a photo or an
activity, in her words, with an optional photo.

Photos live as blobs inside the encrypted database, never as files. The UI decodes
and scales an image she picks (Qt's image readers, see ui/photos.py) and hands the
re-encoded JPEG or PNG here; this module checks what it is given once more (format,
intact header and end, size) before a single byte is written.
"""

from __future__ import annotations

import struct
import unicodedata
import zlib
from datetime import datetime

from journal.entries import now_utc
from journal.errors import ImageRejected, SafePlaceInvalid, SafePlaceNotFound
from journal.models import Photo
from journal.record_models import SAFE_PLACE_KINDS, SafePlace, SafePlaceDraft
from journal.vault import Vault

# A stored photo: longest side at most this many pixels ...
PHOTO_MAX_SIDE = 1600
# ... and at most this many bytes once re-encoded.
PHOTO_MAX_BYTES = 4 * 1024 * 1024
# What may be imported at all: the file she picks, before scaling.
SOURCE_MAX_BYTES = 60 * 1024 * 1024
SOURCE_MAX_PIXELS = 120_000_000  # larger pictures are refused before they are decoded
TITLE_MAX = 200
TEXT_MAX = 20_000

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_START = b"\xff\xd8"
_JPEG_END = b"\xff\xd9"
# Start-of-frame markers (they hold the size); C4, C8 and CC are other things.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


# -- photos ------------------------------------------------------------------------------


def sniff_format(data: bytes) -> str | None:
    """"image/jpeg" or "image/png" from the first bytes, else None."""
    if data.startswith(_PNG_SIGNATURE):
        return "image/png"
    if data.startswith(_JPEG_START + b"\xff"):
        return "image/jpeg"
    return None


def _png_size(data: bytes) -> tuple[int, int]:
    head = data[8:33]
    if len(head) < 25 or head[4:8] != b"IHDR" or struct.unpack(">I", head[:4])[0] != 13:
        raise ImageRejected(ImageRejected.DAMAGED, "no PNG header")
    if zlib.crc32(head[4:21]) != struct.unpack(">I", head[21:25])[0]:
        raise ImageRejected(ImageRejected.DAMAGED, "PNG header checksum")
    if data[-8:-4] != b"IEND":
        raise ImageRejected(ImageRejected.DAMAGED, "PNG is cut off")
    return struct.unpack(">II", head[8:16])


def _jpeg_size(data: bytes) -> tuple[int, int]:
    if not data.endswith(_JPEG_END):
        raise ImageRejected(ImageRejected.DAMAGED, "JPEG is cut off")
    i = 2
    while i + 4 <= len(data):
        if data[i] != 0xFF:
            raise ImageRejected(ImageRejected.DAMAGED, "JPEG marker expected")
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0x01, 0xD8) or 0xD0 <= marker <= 0xD7:
            i += 2
            continue
        if marker in (0xD9, 0xDA):
            break  # end of image or start of scan before any frame header
        (length,) = struct.unpack(">H", data[i + 2:i + 4])
        if length < 2:
            break
        if marker in _SOF_MARKERS:
            if i + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    raise ImageRejected(ImageRejected.DAMAGED, "no JPEG frame header")


def picture_size(data: bytes, mime: str) -> tuple[int, int]:
    """(width, height) of JPEG or PNG bytes; ImageRejected if they are damaged."""
    return _png_size(data) if mime == "image/png" else _jpeg_size(data)


def photo_from_bytes(data: bytes) -> Photo:
    """A Photo from re-encoded JPEG or PNG bytes, checked: ImageRejected if the bytes
    are no JPEG or PNG, are damaged, or are larger than a stored photo may be."""
    data = bytes(data)
    mime = sniff_format(data)
    if mime is None:
        raise ImageRejected(ImageRejected.UNKNOWN_FORMAT, "not JPEG or PNG")
    if len(data) > PHOTO_MAX_BYTES:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{len(data)} bytes", PHOTO_MAX_BYTES)
    width, height = _png_size(data) if mime == "image/png" else _jpeg_size(data)
    if width < 1 or height < 1:
        raise ImageRejected(ImageRejected.DAMAGED, "empty picture")
    if max(width, height) > PHOTO_MAX_SIDE:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{width}x{height}", PHOTO_MAX_SIDE)
    return Photo(data, mime, width, height)


def scaled_size(width: int, height: int, max_side: int = PHOTO_MAX_SIDE) -> tuple[int, int]:
    """The size a picture is scaled to on import: longest side at most `max_side`,
    proportions kept, never enlarged."""
    longest = max(width, height)
    if longest <= max_side:
        return width, height
    factor = max_side / longest
    return max(1, round(width * factor)), max(1, round(height * factor))


def check_source(size_bytes: int, width: int, height: int) -> None:
    """Refuse a picked file that is too large to import (before decoding it)."""
    if size_bytes > SOURCE_MAX_BYTES:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{size_bytes} bytes", SOURCE_MAX_BYTES)
    if width * height > SOURCE_MAX_PIXELS:
        raise ImageRejected(ImageRejected.TOO_LARGE, f"{width}x{height}", SOURCE_MAX_PIXELS)


# -- the store ---------------------------------------------------------------------------


def _clean(draft: SafePlaceDraft) -> SafePlaceDraft:
    if draft.kind not in SAFE_PLACE_KINDS:
        raise SafePlaceInvalid("kind", f"unknown kind {draft.kind!r}")
    title = " ".join(unicodedata.normalize("NFC", draft.title).split())
    if not title:
        raise SafePlaceInvalid("title", "is empty")
    if len(title) > TITLE_MAX:
        raise SafePlaceInvalid("title", f"is longer than {TITLE_MAX} characters")
    description = unicodedata.normalize("NFC", draft.description)
    how = unicodedata.normalize("NFC", draft.how_it_helps)
    if len(description) > TEXT_MAX or len(how) > TEXT_MAX:
        raise SafePlaceInvalid("description", f"is longer than {TEXT_MAX} characters")
    return SafePlaceDraft(draft.kind, title, description, how, bool(draft.favourite))


class SafePlaceStore:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def create(self, draft: SafePlaceDraft, photo: Photo | None = None) -> int:
        """A new safe place at the end of the list."""
        draft = _clean(draft)
        if photo is not None:
            photo = photo_from_bytes(photo.data)
        stamp = now_utc()
        with self._vault.transaction():
            cursor = self._vault.execute(
                "INSERT INTO safe_places (kind, title, description, how_it_helps, favourite,"
                " position, created_at, updated_at) VALUES (?, ?, ?, ?, ?,"
                " (SELECT coalesce(max(position), -1) + 1 FROM safe_places), ?, ?)",
                (draft.kind, draft.title, draft.description, draft.how_it_helps,
                 int(draft.favourite), stamp, stamp))
            place_id = int(cursor.lastrowid)
            if photo is not None:
                self._write_photo(place_id, photo)
        return place_id

    def update(self, place_id: int, draft: SafePlaceDraft) -> None:
        draft = _clean(draft)
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE safe_places SET kind = ?, title = ?, description = ?,"
                " how_it_helps = ?, favourite = ?, updated_at = ? WHERE id = ?",
                (draft.kind, draft.title, draft.description, draft.how_it_helps,
                 int(draft.favourite), now_utc(), place_id))
            if cursor.rowcount == 0:
                raise SafePlaceNotFound(place_id)

    def delete(self, place_id: int) -> None:
        """Delete the place and its photo; secure_delete and the checkpoint leave no
        trace of either in the files."""
        with self._vault.transaction():
            cursor = self._vault.execute("DELETE FROM safe_places WHERE id = ?", (place_id,))
            if cursor.rowcount == 0:
                raise SafePlaceNotFound(place_id)
            self._renumber()
        self._vault.checkpoint()

    def get(self, place_id: int) -> SafePlace:
        found = self._load("WHERE p.id = ?", (place_id,))
        if not found:
            raise SafePlaceNotFound(place_id)
        return found[0]

    def all(self) -> list[SafePlace]:
        """Every safe place in her order."""
        return self._load("", ())

    def for_comfort(self) -> list[SafePlace]:
        """The order of "take me to a safe place": favourites first, then her order."""
        return sorted(self.all(), key=lambda p: (not p.favourite, p.position))

    def count(self) -> int:
        return int(self._vault.row("SELECT count(*) FROM safe_places")[0])

    def set_favourite(self, place_id: int, favourite: bool) -> None:
        with self._vault.transaction():
            cursor = self._vault.execute(
                "UPDATE safe_places SET favourite = ? WHERE id = ?", (int(favourite), place_id))
            if cursor.rowcount == 0:
                raise SafePlaceNotFound(place_id)

    def set_order(self, place_ids: list[int]) -> None:
        """Her new order (after a drag and drop): every id exactly once."""
        with self._vault.transaction():
            known = {r[0] for r in self._vault.rows("SELECT id FROM safe_places")}
            if sorted(place_ids) != sorted(known):
                raise SafePlaceInvalid("order", "must name every safe place once")
            for position, place_id in enumerate(place_ids):
                self._vault.execute("UPDATE safe_places SET position = ? WHERE id = ?",
                                    (position, place_id))

    def move(self, place_id: int, index: int) -> None:
        order = [p.id for p in self.all()]
        if place_id not in order:
            raise SafePlaceNotFound(place_id)
        order.remove(place_id)
        order.insert(max(0, min(index, len(order))), place_id)
        self.set_order(order)

    def set_photo(self, place_id: int, photo: Photo | None) -> None:
        """Store (or with None remove) the photo. A rejected photo changes nothing."""
        checked = photo_from_bytes(photo.data) if photo is not None else None
        with self._vault.transaction():
            if self._vault.row("SELECT 1 FROM safe_places WHERE id = ?", (place_id,)) is None:
                raise SafePlaceNotFound(place_id)
            self._vault.execute("DELETE FROM safe_place_photos WHERE place_id = ?",
                                (place_id,))
            if checked is not None:
                self._write_photo(place_id, checked)
            self._vault.execute("UPDATE safe_places SET updated_at = ? WHERE id = ?",
                                (now_utc(), place_id))
        if checked is None:
            self._vault.checkpoint()

    def photo(self, place_id: int) -> Photo | None:
        row = self._vault.row(
            "SELECT mime, width, height, data FROM safe_place_photos WHERE place_id = ?",
            (place_id,))
        if row is None:
            return None
        return Photo(bytes(row["data"]), row["mime"], row["width"], row["height"])

    # private

    def _write_photo(self, place_id: int, photo: Photo) -> None:
        self._vault.execute(
            "INSERT INTO safe_place_photos (place_id, mime, width, height, data)"
            " VALUES (?, ?, ?, ?, ?)",
            (place_id, photo.mime, photo.width, photo.height, photo.data))

    def _renumber(self) -> None:
        ids = [r[0] for r in self._vault.rows(
            "SELECT id FROM safe_places ORDER BY position, id")]
        for position, place_id in enumerate(ids):
            self._vault.execute("UPDATE safe_places SET position = ? WHERE id = ?",
                                (position, place_id))

    def _load(self, where: str, params: tuple[object, ...]) -> list[SafePlace]:
        rows = self._vault.rows(
            "SELECT p.*, EXISTS (SELECT 1 FROM safe_place_photos f WHERE f.place_id = p.id)"
            f" AS has_photo FROM safe_places p {where} ORDER BY p.position, p.id", params)
        return [SafePlace(
            kind=r["kind"], title=r["title"], description=r["description"],
            how_it_helps=r["how_it_helps"], favourite=bool(r["favourite"]), id=r["id"],
            position=r["position"], has_photo=bool(r["has_photo"]),
            created_at=datetime.fromisoformat(r["created_at"]),
            updated_at=datetime.fromisoformat(r["updated_at"])) for r in rows]
