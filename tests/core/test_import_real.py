"""The importers on real exports (tests/data/real, with their origin in its README): Day
One's own example journal and a converter's test journal, jrnl 4.6's Markdown and text
exports, Obsidian daily notes and Daylio CSV files."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from journal.checkins import CheckinStore
from journal.entries import EntryStore
from journal.errors import ImportFailed
from journal.importers import dayone, import_entries, parse_source, preview
from tests.core.images import jpeg_frame, png
from tests.core.import_samples import snapshot

REAL = Path(__file__).resolve().parent.parent / "data" / "real"
DEV = REAL / "dayone" / "Dev Journal.json"
EXAMPLE = REAL / "dayone" / "Example-subset.json"
PDF = REAL / "dayone" / "PDF.json"
JRNL = REAL / "jrnl"
DIARY = REAL / "obsidian-tracker" / "diary"
DAYLIO = REAL / "daylio"


def photo_files(document: Path) -> dict[str, bytes]:
    """A small real picture for every photo the journal names, by its zip name."""
    names = {}
    for entry in json.loads(document.read_text("utf-8"))["entries"]:
        for photo in entry.get("photos", ()):
            kind, size = photo["type"], 2 + len(names)  # each picture different
            names[f"photos/{photo['md5']}.{kind}"] = (
                png(3, size) if kind == "png" else jpeg_frame(4, size))
    return names


def zipped(tmp_path: Path, members: dict[str, bytes], name: str = "export.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


# -- Day One -------------------------------------------------------------------------------

def test_dayone_titles_after_leading_media_and_cut_at_a_word():
    entries = parse_source("dayone-json", EXAMPLE)
    titles = [e.title for e in entries]
    assert titles[0] == ""  # only a photo: no title, and never the photo's link
    assert titles[1] == "Notes from the Daily Commute"
    # The first line is 125 characters: cut at a word, whole in the body.
    assert titles[2] == ("This photo is amazing. That's all. I'll never climb this mountain,"
                         " but this…")
    assert entries[2].body.startswith("This photo is amazing. That's all. I'll never climb "
                                      "this mountain, but this photo takes me")
    # Photo first, then text: the text's first line is the title.
    assert titles[3].startswith("Harvest time. The colors... gorgeous.")
    assert all("dayone-moment" not in t for t in titles)


def test_dayone_bodies_lose_needless_escapes_and_media_links():
    entries = parse_source("dayone-json", DEV)
    quotes = entries[2]
    assert quotes.title == '"This text is in quotes"'
    assert quotes.body.startswith("This-text-is-hyphenated\n(This text is in parentheses)")
    assert "\\" not in quotes.body
    for entry in (*entries, *parse_source("dayone-json", EXAMPLE)):
        assert "dayone-moment" not in entry.body
        assert "\\." not in entry.body and "\\-" not in entry.body
    # A heading is the title; the Markdown of the rest is left as it is.
    assert entries[0].title == "Header 1"
    assert entries[0].body.startswith("## Header 2\n\n### Header 3")
    assert "- [ ] Check item 1" in entries[0].body


def test_dayone_escapes_that_matter_stay():
    assert dayone.unescape("1\\. not a list") == "1\\. not a list"
    assert dayone.unescape("\\- not a bullet\\.") == "\\- not a bullet."
    assert dayone.unescape("a \\*star\\* and \\_under\\_") == "a \\*star\\* and \\_under\\_"
    assert dayone.unescape("\\# no heading, but a\\-b") == "\\# no heading, but a-b"
    assert dayone.unescape("\\![not an image] and wow\\!") == "\\![not an image] and wow!"


def test_dayone_photos_in_order_in_entry(tmp_path):
    members = {"Journal.json": EXAMPLE.read_bytes(), **photo_files(EXAMPLE)}
    entries = parse_source("dayone-json", zipped(tmp_path, members))
    commute = entries[1]
    # The array holds them as 0, 2, 1; the text shows 88E7…, 6FC2…, 8A04….
    assert [p.identifier[:4] for p in commute.photos] == ["88E7", "6FC2", "8A04"]
    harvest = entries[3]
    assert [p.identifier[:4] for p in harvest.photos] == ["8DD1", "0D96", "2B89"]
    assert all(p.data is not None for e in entries for p in e.photos)


def test_dayone_media_not_taken_are_counted_and_said(vault):
    entries = parse_source("dayone-json", DEV)
    assert dict(entries.left_out) == {"video": 2, "audio": 1}
    assert dict(parse_source("dayone-json", PDF).left_out) == {"pdf": 1}
    summary = import_entries(vault, entries)
    assert summary.left_out == {"video": 2, "audio": 1}
    assert summary.as_json()["left_out"] == {"video": 2, "audio": 1}
    # The entry that is only a video and an audio recording is still there, empty.
    assert summary.imported == 5


def test_dayone_place_and_weather_as_a_line_at_the_end():
    entries = parse_source("dayone-json", EXAMPLE)
    assert entries[1].body.endswith(
        "\n\n📍 Fox Hollow Golf Course, American Fork, United States · 8 °C, Mostly Cloudy")
    assert entries[0].body == "📍 188 E Coolige Ave, Cannon Beach, United States · 5 °C, Clear"
    assert dict(entries.kept) == {"place": 4, "weather": 4}
    # A place without weather (Day One for Mac, 2024).
    assert parse_source("dayone-json", DEV)[0].body.endswith(
        "📍 Eurpocar Dublin Airport Terminal 2, Swords, Ireland")


def test_dayone_journals_inside_folders_and_several_in_one_zip(tmp_path):
    members = {"Export/Journal.json": EXAMPLE.read_bytes(),
               "Export/Werk/Dev Journal.json": DEV.read_bytes(),
               **{f"Export/{k}": v for k, v in photo_files(EXAMPLE).items()},
               **{f"Export/Werk/{k}": v for k, v in photo_files(DEV).items()}}
    entries = parse_source("dayone-json", zipped(tmp_path, members))
    assert len(entries) == 4 + 5
    # Each journal's photos come from the folder beside it.
    assert all(p.data is not None for e in entries for p in e.photos)


def test_dayone_duplicates_gain_their_photos(vault, tmp_path):
    store = EntryStore(vault)
    first = import_entries(vault, parse_source("dayone-json", EXAMPLE))
    assert (first.imported, first.photos_imported) == (4, 0)
    members = {"Journal.json": EXAMPLE.read_bytes(), **photo_files(EXAMPLE)}
    path = zipped(tmp_path, members)
    assert preview(parse_source("dayone-json", path), vault).updates == 4
    second = import_entries(vault, parse_source("dayone-json", path))
    assert (second.imported, second.duplicates_skipped) == (0, 4)
    assert (second.updated, second.photos_added) == (4, 8)
    commute = next(s for s in store.page() if s.title == "Notes from the Daily Commute")
    assert len(store.photos(commute.id)) == 3
    # A third time changes nothing.
    before = snapshot(vault)
    third = import_entries(vault, parse_source("dayone-json", path))
    assert (third.updated, third.photos_added) == (0, 0)
    assert snapshot(vault) == before


def test_dayone_zip_reading_is_bounded(vault, tmp_path, monkeypatch):
    monkeypatch.setattr(dayone, "ZIP_MAX_TOTAL", 20_000)
    photos = dict.fromkeys(photo_files(EXAMPLE), b"\0" * 5_000)  # 8 photos: 40 kB
    path = zipped(tmp_path, {"Journal.json": EXAMPLE.read_bytes(), **photos})
    batch = parse_source("dayone-json", path)  # photos are read when they are stored
    before = snapshot(vault)
    with pytest.raises(ImportFailed) as info:
        import_entries(vault, batch)
    assert info.value.code == "zip_too_large"
    assert info.value.source == str(path)
    assert snapshot(vault) == before


PHOTO_SIZE = 1024 * 1024


def big_photo_files(document: Path) -> dict[str, bytes]:
    """A JPEG of about PHOTO_SIZE bytes for every photo the journal names (the header
    checks read the markers; the rest is scan data), each different."""
    import random

    names = {}
    for n, name in enumerate(photo_files(document)):
        frame = jpeg_frame(4, 2 + n)
        names[name] = frame[:-2] + random.Random(n).randbytes(PHOTO_SIZE) + frame[-2:]
    return names


def stored_photos(vault) -> list[bytes]:
    return [bytes(r[0]) for r in vault.rows(
        "SELECT data FROM entry_photos ORDER BY entry_id, position, id")]


def test_dayone_zip_photos_are_all_stored_as_they_are(vault, tmp_path):
    photos = big_photo_files(EXAMPLE)
    path = zipped(tmp_path, {"Journal.json": EXAMPLE.read_bytes(), **photos})
    summary = import_entries(vault, parse_source("dayone-json", path))
    assert (summary.photos_imported, summary.photos_skipped) == (8, 0)
    assert sorted(stored_photos(vault)) == sorted(photos.values())


def test_dayone_an_unreadable_photo_in_the_zip_leaves_the_vault_as_it_was(vault,
                                                                           tmp_path):
    photos = big_photo_files(EXAMPLE)
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("Journal.json", EXAMPLE.read_bytes())
        for name, data in photos.items():
            archive.writestr(name, data)
    # One byte in the middle of the last photo changes: its checksum no longer fits.
    raw = bytearray(path.read_bytes())
    last = photos[sorted(photos)[-1]]
    at = raw.index(last) + len(last) // 2
    raw[at] ^= 0xFF
    path.write_bytes(bytes(raw))
    batch = parse_source("dayone-json", path)
    assert preview(batch, vault).photos_unusable == 0  # its first bytes look right
    before = snapshot(vault)
    with pytest.raises(ImportFailed) as info:
        import_entries(vault, batch)
    assert info.value.code == "zip_member_unreadable"
    assert snapshot(vault) == before
    assert stored_photos(vault) == []


def test_dayone_zip_photos_are_read_one_at_a_time(vault, tmp_path):
    """Memory as Python counts it (tracemalloc): parsing and importing eight photos of
    1 MB never holds much more than one of them; all eight at once would be 8 MB."""
    import gc
    import tracemalloc

    photos = big_photo_files(EXAMPLE)
    path = zipped(tmp_path, {"Journal.json": EXAMPLE.read_bytes(), **photos})
    gc.collect()
    tracemalloc.start()
    try:
        summary = import_entries(vault, parse_source("dayone-json", path))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.photos_imported == len(photos) == 8
    # A photo read in pieces and joined is two copies for a moment; a second photo held
    # beside it would make three.
    assert peak < 2.5 * PHOTO_SIZE, peak


def test_dayone_a_zip_bomb_stops_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(dayone, "ZIP_MAX_JSON", 100_000)
    bomb = b"{" + b" " * 10_000_000 + b"}"  # 10 MB of spaces: a few kB zipped
    path = zipped(tmp_path, {"Journal.json": bomb})
    assert path.stat().st_size < 100_000
    with pytest.raises(ImportFailed) as info:
        parse_source("dayone-json", path)
    assert info.value.code == "zip_too_large"
    assert info.value.location == "Journal.json"


# -- jrnl's Markdown and text exports ------------------------------------------------------

@pytest.mark.parametrize("name", ["12h/journal.md", "24h/journal.md", "12h/journal.txt",
                                  "24h/journal.txt"])
def test_jrnl_one_file_exports_are_many_entries(name):
    entries = parse_source("markdown", JRNL / name)
    assert [(e.entry_date, e.created_at, e.title) for e in entries][:2] == [
        (date(2023, 12, 24), datetime(2023, 12, 24, 20, 0), "Kerstavond."),
        (date(2023, 12, 31), datetime(2023, 12, 31, 23, 15), "Laatste avond van het jaar."),
    ]
    assert len(entries) == 7
    therapy = entries[5]
    assert therapy.title == "Gesprek met de therapeut."
    # jrnl pushed her heading down under its own; it is hers again.
    assert therapy.body.startswith("We spraken over wat ik nodig heb.\n\n# Drie dingen\n")
    assert therapy.tags == ["therapie", "grenzen"]
    assert entries[4].tags == ["steun", "zoë"]


def test_jrnl_text_export_keeps_the_star():
    entries = parse_source("markdown", JRNL / "24h" / "journal.txt")
    assert entries[3].tags == ["wandelen", "starred"]


@pytest.mark.parametrize("clock", ["12h", "24h"])
def test_jrnl_one_file_per_entry_takes_the_time_out_of_the_title(clock):
    entries = parse_source("markdown", JRNL / clock / "per-entry")
    first = entries[0]
    assert (first.title, first.entry_date, first.created_at) == (
        "Kerstavond.", date(2023, 12, 24), datetime(2023, 12, 24, 20, 0))
    assert first.tags == ["thuis"]
    assert not entries.undated


def test_jrnl_markdown_and_text_exports_are_the_same_entries(vault):
    import_entries(vault, parse_source("markdown", JRNL / "24h" / "journal.md"))
    again = import_entries(vault, parse_source("markdown", JRNL / "12h" / "per-entry"))
    assert (again.imported, again.duplicates_skipped) == (0, 7)


# -- Obsidian daily notes ------------------------------------------------------------------

def test_obsidian_dates_from_every_kind_of_file_name():
    entries = parse_source("markdown", DIARY)
    by_title = {e.entry_date: e for e in entries}
    assert set(by_title) == {date(2021, 1, 1), date(2021, 1, 2), date(2021, 1, 3),
                             date(2021, 1, 5), date(2023, 6, 5), date(2026, 2, 8)}
    assert not entries.undated and not entries.skipped
    assert by_title[date(2021, 1, 2)].title == "Jeffrey Journal"


def test_obsidian_moods_on_a_1_to_10_scale_are_mapped():
    entries = parse_source("markdown", DIARY)
    moods = sorted((e.entry_date, e.mood) for e in entries if e.mood is not None)
    # 5 → 3, 8 → 4, 7 → 4 on Haven's 1-5 (docs/FORMAT.md).
    assert (date(2021, 1, 1), 3) in moods
    assert (date(2021, 1, 5), 4) in moods
    assert (date(2021, 1, 2), 4) in moods


def test_a_copied_folder_imports_nothing_twice(vault, tmp_path):
    copy = tmp_path / "copy"
    import shutil

    shutil.copytree(DIARY, copy)
    (copy / "geen datum.md").write_text("Zonder datum.", encoding="utf-8")
    import_entries(vault, parse_source("markdown", copy))
    # A sync gives every file a new time; nothing is new.
    for path in copy.iterdir():
        os.utime(path, (1_000_000_000, 1_000_000_000))
    again = import_entries(vault, parse_source("markdown", copy))
    assert (again.imported, again.duplicates_skipped) == (0, 8)


# -- Daylio ------------------------------------------------------------------------------------

def test_daylio_rows_become_check_ins(vault):
    batch = parse_source("daylio-csv", DAYLIO / "staticf0x-test_data.csv")
    assert len(batch.checkins) == 32 and len(batch) == 0
    summary = import_entries(vault, batch)
    assert summary.checkins_imported == 32
    store = CheckinStore(vault)
    day = store.on_day(date(2020, 5, 25))
    # meh, awful, bad on Haven's 0-10: 5, 0, 2.
    assert sorted(c.mood for c in day) == [0, 0, 2, 2, 5, 5]
    names = {i.id: (i.key or i.name) for i in store.selfcare_items()}
    awesome = next(c for c in store.on_day(date(2020, 5, 30)) if c.note == "Awesome")
    assert sorted(names[i] for i in awesome.helped) == ["friends", "gaming", "nap",
                                                        "programming"]
    walk = next(c for c in store.on_day(date(2020, 5, 30)) if c.note == "Life is beautiful")
    assert sorted(names[i] for i in walk.helped) == ["shopping", "walk"]  # built-in walk
    again = import_entries(vault, parse_source("daylio-csv",
                                               DAYLIO / "staticf0x-test_data.csv"))
    assert (again.checkins_imported, again.checkins_skipped) == (0, 32)


class Stopped(Exception):
    """She pressed Stop."""


def test_daylio_stopped_halfway_leaves_the_vault_as_it_was(vault, tmp_path):
    """The check-ins go in a hundred at a time; stopping after the first hundreds
    (as the dialog's Stop does, by raising from progress) writes none of them."""
    from journal.importers.daylio import PROGRESS_EVERY

    lines = (DAYLIO / "staticf0x-test_data.csv").read_text("utf-8").splitlines()
    rows = [line for line in lines[1:] if line.strip()]
    # The real rows again and again, a year apart each round, so none is a duplicate.
    repeated = [str(int(row[:4]) + n) + row[4:] for n in range(10) for row in rows]
    path = tmp_path / "daylio.csv"
    path.write_text("\n".join([lines[0], *repeated]) + "\n", encoding="utf-8")
    batch = parse_source("daylio-csv", path)
    assert len(batch.checkins) > 2 * PROGRESS_EVERY
    reports = []

    def progress(done: int, total: int) -> None:
        reports.append(done)
        if done >= 2 * PROGRESS_EVERY:
            raise Stopped

    items = [tuple(i) for i in vault.rows("SELECT * FROM selfcare_items")]
    with pytest.raises(Stopped):
        import_entries(vault, batch, progress=progress)
    assert reports == [PROGRESS_EVERY, 2 * PROGRESS_EVERY]
    assert CheckinStore(vault).count() == 0
    assert [tuple(i) for i in vault.rows("SELECT * FROM selfcare_items")] == items
    summary = import_entries(vault, batch)  # and nothing stands in the way afterwards
    assert summary.checkins_imported == len(batch.checkins)


def test_daylio_times_12_and_24_hours():
    batch = parse_source("daylio-csv", DAYLIO / "staticf0x-test_data.csv")
    times = {c.created_at for c in batch.checkins}
    assert datetime(2020, 5, 30, 18, 50) in times  # 6:50 pm
    assert datetime(2020, 5, 28, 0, 19) in times  # 12:19 am
    assert datetime(2020, 5, 25, 14, 58) in times  # 14:58


def test_daylio_older_year_column():
    batch = parse_source("daylio-csv", DAYLIO / "currin-usage-year.csv")
    assert [c.day for c in batch.checkins] == [date(2018, 5, 18), date(2018, 5, 17),
                                               date(2018, 5, 16)]


def test_daylio_her_own_mood_names(vault):
    path = DAYLIO / "currin-sample_multiple_moods.csv"
    batch = parse_source("daylio-csv", path)
    assert dict(batch.unknown_moods) == {"OK": 2, "Refreshed": 1, "ok but sleepy": 1,
                                         "Anxious": 1}
    refreshed = next(c for c in batch.checkins if c.day == date(2020, 8, 31))
    assert (refreshed.mood, refreshed.note) == (None, "Mood: Refreshed")
    mapped = parse_source("daylio-csv", path, moods={"ok": 6, "refreshed": 9,
                                                     "OK BUT SLEEPY": 5, "anxious": None})
    assert not mapped.unknown_moods
    assert sorted(c.mood for c in mapped.checkins if c.mood is not None) == [
        2, 5, 6, 6, 8, 9]


def test_daylio_note_with_a_title_becomes_an_entry(tmp_path):
    text = (DAYLIO / "currin-sample.csv").read_text("utf-8").replace(
        'bad sleep","",""', 'bad sleep","Slechte nacht","Ik sliep pas om drie uur."')
    path = tmp_path / "daylio.csv"
    path.write_text(text, encoding="utf-8")
    batch = parse_source("daylio-csv", path)
    [entry] = batch
    assert (entry.entry_date, entry.title, entry.body) == (
        date(2021, 9, 26), "Slechte nacht", "Mood: average\n\nIk sliep pas om drie uur.")
    # The check-in stays, without the note that became the entry.
    assert [c.note for c in batch.checkins] == ["Mood: sad", "Mood: average", ""]


@pytest.mark.parametrize(("text", "code"), [
    ("date,mood\n2020-01-01,rad\n", "not_daylio"),
    ("full_date,date,weekday,time,mood,activities,note\n2020-01-01,x,y,25:00,rad,,\n",
     "not_clock_time"),
    ("full_date,date,weekday,time,mood,activities,note\n2020-02-30,x,y,10:00,rad,,\n",
     "not_date"),
    ("full_date,date,weekday,time,mood,activities,note\n2020-02-03,x,y,10:00,rad\n",
     "row_fields"),
])
def test_daylio_broken_files_name_the_row(tmp_path, text, code):
    path = tmp_path / "d.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        parse_source("daylio-csv", path)
    assert info.value.code == code
    if code != "not_daylio":
        assert info.value.location == "row 2"
