"""Photos of imported entries (Day One): kept inside the vault with the entry, in the
Haven JSON export and back, deleted with the entry; a photo that cannot be kept (not in
the export, HEIC, damaged) is counted and skipped while the rest is imported."""

from __future__ import annotations

import base64
import json
import zipfile
from datetime import date

import pytest

from journal.entries import EntryStore
from journal.errors import ImageRejected, ImportFailed
from journal.export import export_json, haven_document
from journal.images import entry_photo
from journal.importers import dayone, haven_json, import_entries, preview
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.import_samples import DAYONE, dayone_zip, snapshot

PNG = next((DAYONE / "photos").iterdir()).read_bytes()
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)


@pytest.fixture
def other_vault(tmp_path):
    with Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF) as v:
        yield v


def dayone_with(tmp_path, photos: dict[str, bytes], listed: list[dict]) -> object:
    path = tmp_path / "dayone.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps({"entries": [
            {"creationDate": "2024-05-01T08:00:00Z", "text": "# Met foto\nDe zee.",
             "photos": listed},
            {"creationDate": "2024-05-02T08:00:00Z", "text": "Zonder foto."}]}))
        for name, data in photos.items():
            archive.writestr(f"photos/{name}", data)
    return path


def test_a_day_one_photo_is_kept_with_its_entry(vault, entries, tmp_path):
    summary = import_entries(vault, dayone.parse(dayone_zip(tmp_path)))
    assert (summary.photos_imported, summary.photos_skipped) == (1, 1)
    [with_photo] = vault.rows("SELECT DISTINCT entry_id FROM entry_photos")
    [photo] = entries.photos(with_photo[0])
    assert (photo.data, photo.mime, photo.width, photo.height) == (PNG, "image/png", 1, 1)


def test_an_unknown_photo_format_is_skipped_and_the_rest_imported(vault, entries, tmp_path):
    path = dayone_with(tmp_path, {"a.heic": HEIC, "b.png": PNG}, [
        {"identifier": "A", "md5": "a", "type": "heic"},
        {"identifier": "B", "md5": "b", "type": "png"}])
    parsed = dayone.parse(path)
    seen = preview(parsed, vault)
    assert (seen.photos, seen.photos_unusable) == (2, 1)
    summary = import_entries(vault, parsed)
    assert (summary.imported, summary.photos_imported, summary.photos_skipped) == (2, 1, 1)
    entry_id = next(s.id for s in entries.page() if s.title == "Met foto")
    assert [p.data for p in entries.photos(entry_id)] == [PNG]


@pytest.mark.parametrize(("data", "reason"), [
    (HEIC, ImageRejected.UNKNOWN_FORMAT),
    (PNG[:-12], ImageRejected.DAMAGED),
    (b"\xff\xd8\xff\xe0" + bytes(20), ImageRejected.DAMAGED),
])
def test_photos_that_cannot_be_kept(data, reason):
    with pytest.raises(ImageRejected) as info:
        entry_photo(data)
    assert info.value.reason == reason


def test_photos_go_with_a_deleted_entry(vault, entries):
    keep = entries.create(EntryDraft(date(2024, 1, 1), "Blijft", "x"))
    gone = entries.create(EntryDraft(date(2024, 1, 2), "Weg", "y"))
    for entry_id in (keep, gone, gone):
        entries.add_photo(entry_id, entry_photo(PNG))
    entries.delete(gone)
    assert [tuple(r) for r in vault.rows("SELECT entry_id, position FROM entry_photos")] == [
        (keep, 0)]
    assert vault.row("PRAGMA secure_delete")[0] == 1  # the freed pages are zeroed


def test_photos_travel_in_the_haven_export_and_back(vault, entries, tmp_path, other_vault):
    entry_id = entries.create(EntryDraft(date(2024, 1, 1), "Strand", "Met de kinderen."))
    entries.add_photo(entry_id, entry_photo(PNG))
    document = haven_document(vault)
    [record] = document["entries"]
    assert record["photos"] == [{"mime": "image/png", "width": 1, "height": 1,
                                 "data": base64.b64encode(PNG).decode("ascii")}]
    export_json(vault, tmp_path / "haven.json")
    summary = import_entries(other_vault, haven_json.parse(tmp_path / "haven.json"))
    assert (summary.imported, summary.photos_imported) == (1, 1)
    [again] = haven_document(other_vault)["entries"]
    assert again["photos"] == record["photos"]
    assert [p.data for p in EntryStore(other_vault).photos(again["id"])] == [PNG]


def test_a_photo_that_is_not_base64_refuses_the_haven_file(tmp_path, vault):
    document = {"format": "haven-export", "version": 1, "entries": [
        {"date": "2024-01-01", "photos": [{"mime": "image/png", "data": "niet base64!"}]}]}
    path = tmp_path / "haven.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    before = snapshot(vault)
    with pytest.raises(ImportFailed) as info:
        haven_json.parse(path)
    assert (info.value.location, info.value.code) == ("entry 1", "photo_not_base64")
    assert snapshot(vault) == before
