"""Day One JSON: the hand-made sample as a bare Journal.json and as Day One's zip."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from journal.errors import ImportFailed
from journal.importers import dayone, import_entries
from tests.core.import_samples import DAYONE, dayone_zip

PHOTO = next((DAYONE / "photos").iterdir())


def check_sample(parsed, *, photo_bytes: bytes | None) -> None:
    assert len(parsed) == 7
    night, new_york, no_zone, gent, long_line, unknown_zone, empty = parsed

    # 23:30 UTC is 00:30 the next day in Amsterdam: the entry belongs to that day.
    assert night.entry_date == date(2024, 3, 2)
    assert night.created_at == datetime(2024, 3, 1, 23, 30, tzinfo=UTC)
    assert night.created_at.utcoffset() == timedelta(hours=1)
    assert night.updated_at == datetime(2024, 3, 2, 8, 0, tzinfo=UTC)
    assert night.title == "Eerste nacht"
    # Day One's needless escape is gone, and so is the photo's link (the photo is kept).
    assert night.body == "Ik kon niet slapen. Om half één schreef ik dit."
    assert night.tags == ["herstel", "Zoë", "starred"]
    assert [(p.identifier, p.media_type, p.data) for p in night.photos] == [
        ("PHOTO1", "png", photo_bytes)]

    # 03:00 UTC is still the evening before in New York.
    assert new_york.entry_date == date(2024, 3, 1)
    assert (new_york.title, new_york.body) == (
        "Avond in New York", "De dag was lang. Toch voelde ik rust.")
    assert new_york.tags == []

    assert no_zone.entry_date == date(2024, 3, 3)
    assert (no_zone.title, no_zone.body, no_zone.tags) == ("", "", [])
    assert [p.data for p in no_zone.photos] == [None]  # not in the zip either

    # Kolkata is UTC+5:30: 18:31 UTC is one minute past midnight there.
    assert gent.entry_date == date(2024, 3, 5)
    assert gent.created_at.utcoffset() == timedelta(hours=5, minutes=30)
    assert gent.title == "Één dag in Gent — ‘rust’ 😊"
    assert gent.body == "Wandelen langs de Leie!"
    assert gent.tags == ["reizen"]

    # A long first line is cut at a word for the title and stays whole in the body.
    assert long_line.title.startswith("Dit is een lange eerste regel")
    assert long_line.title.endswith("…") and len(long_line.title) <= dayone.TITLE_MAX
    assert long_line.body.startswith("Dit is een lange eerste regel")
    assert long_line.body.endswith("En nog een regel.")

    assert unknown_zone.entry_date == date(2024, 3, 6)  # an unknown zone counts as UTC
    assert unknown_zone.created_at.utcoffset() == timedelta(0)
    assert (unknown_zone.title, unknown_zone.body) == ("Onbekende tijdzone.", "")

    assert (empty.title, empty.body) == ("", "")
    assert empty.created_at == datetime(2024, 3, 7, 10, 0, 0, 123000, tzinfo=UTC)


def test_bare_json():
    check_sample(dayone.parse(DAYONE / "Journal.json"), photo_bytes=None)


def test_zip_with_photos(tmp_path):
    check_sample(dayone.parse(dayone_zip(tmp_path)), photo_bytes=PHOTO.read_bytes())


def test_zip_with_another_json_name(tmp_path):
    parsed = dayone.parse(dayone_zip(tmp_path, json_name="Mijn dagboek.json"))
    assert len(parsed) == 7
    assert parsed[0].photos[0].data == PHOTO.read_bytes()


def test_zip_with_two_journals(tmp_path):
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(DAYONE / "Journal.json", "Journal.json")
        archive.writestr("Werk.json", json.dumps({"entries": [
            {"creationDate": "2024-04-01T10:00:00Z", "text": "werk"}]}))
    assert len(dayone.parse(path)) == 8


def test_imported_into_a_vault(vault, entries, tmp_path):
    summary = import_entries(vault, dayone.parse(dayone_zip(tmp_path)))
    assert summary.imported == 7
    # The one with its file in the zip is kept; the one whose file is missing is not.
    assert (summary.photos_imported, summary.photos_skipped) == (1, 1)
    assert (summary.first_date, summary.last_date) == (date(2024, 3, 1), date(2024, 3, 7))
    night = next(s for s in entries.page() if s.title == "Eerste nacht")
    stored = entries.get(night.id)
    assert stored.entry_date == date(2024, 3, 2)
    assert stored.tags == ["herstel", "starred", "Zoë"]
    assert stored.created_at == datetime(2024, 3, 1, 23, 30, tzinfo=UTC)
    # The bare JSON holds the same entries: all duplicates now.
    again = import_entries(vault, dayone.parse(DAYONE / "Journal.json"))
    assert (again.imported, again.duplicates_skipped) == (0, 7)


@pytest.mark.parametrize(("text", "title", "body"), [
    ("# Kop\nTekst", "Kop", "Tekst"),
    ("### Kop met \\# en \\*\n\nTekst", "Kop met # en *", "Tekst"),
    ("# Alleen een kop", "Alleen een kop", ""),
    ("Korte regel", "Korte regel", ""),
    ("![](dayone-moment://A1)\n\nNa de foto\nmeer", "Na de foto",
     "![](dayone-moment://A1)\nmeer"),
    ("![](dayone-moment:/video/V1)\n\n![](dayone-moment://A1)", "",
     "![](dayone-moment:/video/V1)\n\n![](dayone-moment://A1)"),
    ("Een regel met een punt\\. en een \\(haakje\\)", "Een regel met een punt. en een (haakje)",
     ""),
    ("Korte regel\n\nmeer", "Korte regel", "meer"),
    ("\n\n# Na lege regels\nx", "Na lege regels", "x"),
    ("#geen kop\nx", "#geen kop", "x"),
    ("", "", ""),
])
def test_split_title(text, title, body):
    assert dayone.split_title(text) == (title, body)


def write(tmp_path, document) -> object:
    path = tmp_path / "Journal.json"
    path.write_text(document if isinstance(document, str) else json.dumps(document),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize(("document", "location", "reason"), [
    ('{"entries": [}', "line 1, column 14", "not valid JSON"),
    ({"metadata": {}}, "", "not a Day One JSON export"),
    ({"entries": [{"text": "no date"}]}, "entry 1", "creationDate is missing"),
    ({"entries": [{"creationDate": "gisteren"}]}, "entry 1", "not a date and time"),
    ({"entries": [{"creationDate": "2024-01-01T00:00:00Z", "photos": {}}]}, "entry 1",
     "photos is not a list"),
    ({"entries": [{"creationDate": "2024-01-01T00:00:00Z", "photos": [{"md5": 5}]}]},
     "entry 1", "md5 is not text"),
    ({"entries": [{"creationDate": "2024-01-01T00:00:00Z", "starred": 1}]}, "entry 1",
     "starred"),
    ({"entries": [{"creationDate": "0001-01-01T00:00:00+05:00"}]}, "entry 1", "out of range"),
])
def test_broken_files_name_the_place(tmp_path, document, location, reason):
    path = write(tmp_path, document)
    with pytest.raises(ImportFailed) as info:
        dayone.parse(path)
    assert info.value.location == location
    assert reason in info.value.reason


def test_a_zip_without_journal(tmp_path):
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photos/a.jpeg", b"x")
        archive.writestr("__MACOSX/._Journal.json", b"{}")
    with pytest.raises(ImportFailed, match=r"no Journal\.json"):
        dayone.parse(path)


def test_a_damaged_zip(tmp_path):
    good = dayone_zip(tmp_path).read_bytes()
    path = tmp_path / "cut.zip"
    path.write_bytes(good[: len(good) // 2])
    with pytest.raises(ImportFailed, match="zip"):
        dayone.parse(path)


def test_a_broken_json_inside_the_zip_names_it(tmp_path):
    path = tmp_path / "x.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", b'{"entries": [\n{"creationDate": 5}]}')
    with pytest.raises(ImportFailed) as info:
        dayone.parse(path)
    assert info.value.source == f"{path}/Journal.json"
    assert info.value.location == "entry 1"


def test_time_zone_offsets_without_a_zone_name(tmp_path):
    path = write(tmp_path, {"entries": [{"creationDate": "2024-01-01T23:00:00+02:00"}]})
    [parsed] = dayone.parse(path)
    assert parsed.created_at == datetime(2024, 1, 1, 23, 0, tzinfo=timezone(timedelta(hours=2)))
    assert parsed.entry_date == date(2024, 1, 1)  # taken as UTC when no zone is named


def test_a_cut_off_zip_is_a_clear_error(tmp_path):
    path = dayone_zip(tmp_path)
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(ImportFailed) as info:
        dayone.parse(path)
    assert info.value.code == "bad_zip"


def test_a_bug_while_reading_the_zip_is_not_told_as_a_damaged_file(tmp_path, monkeypatch):
    path = dayone_zip(tmp_path)

    def broken(self):
        raise TypeError("a bug")

    monkeypatch.setattr(zipfile.ZipFile, "infolist", broken)
    with pytest.raises(TypeError, match="a bug"):
        dayone.parse(path)
