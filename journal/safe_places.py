"""Safe places: a person, a spot at home, a memory, an imagined place, a photo or an
activity, in her words, with an optional photo.

Photos live as blobs inside the encrypted database, never as files; journal.images
checks each one before a single byte is written.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime

from journal.clock import now_utc
from journal.errors import SafePlaceInvalid, SafePlaceNotFound
from journal.images import photo_from_bytes
from journal.models import Photo
from journal.safe_place_models import SAFE_PLACE_KINDS, SafePlace, SafePlaceDraft
from journal.vault import Snapshot, Vault

TITLE_MAX = 200
TEXT_MAX = 20_000


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
    def __init__(self, vault: Vault | Snapshot) -> None:
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
