"""Safe places: storage, order, favourites, photos inside the vault and their checks."""

from __future__ import annotations

import hashlib
import uuid
from datetime import date

import pytest

from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.errors import ImageRejected, SafePlaceInvalid, SafePlaceNotFound
from journal.images import (
    PHOTO_MAX_BYTES,
    PHOTO_MAX_SIDE,
    photo_from_bytes,
)
from journal.keyslots import Secret
from journal.models import Photo
from journal.safe_place_models import SafePlaceDraft
from journal.safe_places import SafePlaceStore
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.images import jpeg_frame, png
from tests.core.test_security_plaintext import files_containing, folder_files


@pytest.fixture
def places(vault) -> SafePlaceStore:
    return SafePlaceStore(vault)


def digest(vault) -> str:
    h = hashlib.sha256()
    for table in ("safe_places", "safe_place_photos"):
        for row in vault.rows(f"SELECT * FROM {table} ORDER BY 1"):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()


def test_round_trip_with_a_photo(places):
    data = png(40, 30)
    place_id = places.create(SafePlaceDraft("spot", "The green chair", "By the window",
                                            "The sun on my knees", favourite=True),
                             photo_from_bytes(data))
    got = places.get(place_id)
    assert (got.kind, got.title, got.description, got.how_it_helps) == (
        "spot", "The green chair", "By the window", "The sun on my knees")
    assert got.favourite and got.has_photo
    photo = places.photo(place_id)
    assert photo == Photo(data, "image/png", 40, 30)
    places.set_photo(place_id, None)
    assert places.photo(place_id) is None and not places.get(place_id).has_photo


@pytest.mark.parametrize(("data", "reason"), [
    (b"", ImageRejected.UNKNOWN_FORMAT),
    (b"GIF89a" + b"\x00" * 40, ImageRejected.UNKNOWN_FORMAT),
    (b"%PDF-1.7 not a picture", ImageRejected.UNKNOWN_FORMAT),
    (png(8, 8)[:-20], ImageRejected.DAMAGED),  # cut off
    (png(8, 8)[:20] + b"\x00" * 60, ImageRejected.DAMAGED),  # broken header
    (jpeg_frame(100, 100)[:-2], ImageRejected.DAMAGED),  # no end marker
    (b"\xff\xd8\xff\xd9", ImageRejected.DAMAGED),  # no frame
    (png(PHOTO_MAX_SIDE + 1, 2), ImageRejected.TOO_LARGE),
    (jpeg_frame(900, PHOTO_MAX_SIDE + 1), ImageRejected.TOO_LARGE),
    (png(4, 4, extra=b"x" * (PHOTO_MAX_BYTES + 1)), ImageRejected.TOO_LARGE),
])
def test_bad_photos_are_refused_and_nothing_changes(places, vault, data, reason):
    place_id = places.create(SafePlaceDraft("memory", "Grandma's kitchen"),
                             photo_from_bytes(png(10, 10)))
    before = digest(vault)
    with pytest.raises(ImageRejected) as info:
        places.set_photo(place_id, Photo(data, "image/png", 1, 1))
    assert info.value.reason == reason
    with pytest.raises(ImageRejected):
        places.create(SafePlaceDraft("memory", "Another"), Photo(data, "image/png", 1, 1))
    assert digest(vault) == before
    assert places.photo(place_id).data == png(10, 10)


def test_kinds_and_titles_are_checked(places, vault):
    before = digest(vault)
    with pytest.raises(SafePlaceInvalid):
        places.create(SafePlaceDraft("castle", "Somewhere"))
    with pytest.raises(SafePlaceInvalid):
        places.create(SafePlaceDraft("person", "   "))
    assert digest(vault) == before
    for kind in ("person", "spot", "memory", "imagined", "photo", "activity"):
        places.create(SafePlaceDraft(kind, kind.title()))
    assert places.count() == 6


def test_order_by_moving_and_favourites_first_for_comfort(places):
    a = places.create(SafePlaceDraft("person", "Ellen"))
    b = places.create(SafePlaceDraft("spot", "The chair"))
    c = places.create(SafePlaceDraft("imagined", "A beach"))
    assert [p.id for p in places.all()] == [a, b, c]
    places.move(c, 0)
    assert [p.id for p in places.all()] == [c, a, b]
    places.set_order([b, a, c])
    assert [p.id for p in places.all()] == [b, a, c]
    with pytest.raises(SafePlaceInvalid):
        places.set_order([a, b])
    places.update(c, SafePlaceDraft("imagined", "A beach", favourite=True))  # as the editor
    assert [p.id for p in places.for_comfort()] == [c, b, a]
    places.delete(a)
    assert [p.position for p in places.all()] == [0, 1]
    with pytest.raises(SafePlaceNotFound):
        places.get(a)
    with pytest.raises(SafePlaceNotFound):
        places.set_photo(a, None)


def test_no_image_bytes_or_text_outside_the_encrypted_file(vault_dir):
    tag = uuid.uuid4().hex
    marker_bytes = f"zqPhotoBytes{tag}".encode() * 4
    markers = {"title": f"zqPlaceTitle{tag}", "how": f"zqHowItHelps{tag}",
               "note": f"zqCheckinNote{tag}", "trigger": f"zqTrigger{tag}",
               "item": f"zqSelfCare{tag}", "photo": marker_bytes.decode()}
    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        places = SafePlaceStore(vault)
        place_id = places.create(SafePlaceDraft("photo", markers["title"],
                                                how_it_helps=markers["how"]))
        places.set_photo(place_id, photo_from_bytes(png(6, 6, extra=marker_bytes)))
        checkins = CheckinStore(vault)
        trigger = checkins.add_trigger(markers["trigger"])
        item = checkins.add_selfcare_item(markers["item"])
        checkins.create(CheckinDraft(date(2024, 1, 2), mood=5,
                                     note=markers["note"], helped=[item],
                                     triggers={trigger: 1}))
        # While open (database and WAL) ...
        assert files_containing(folder_files(vault_dir), markers) == []
    # ... and after closing.
    assert files_containing(folder_files(vault_dir), markers) == []
    with Vault.open(vault_dir, Secret.passphrase(PASSPHRASE)) as vault:
        assert marker_bytes in SafePlaceStore(vault).photo(place_id).data
