"""A folder of Markdown and text files (tests/data/markdown, copied so file times can be set).

The sample holds: a dated file name with a leading heading; a full front matter (title,
date with an offset, tags, mood) in a sub-folder; front matter with only a date and tags
as one text, and no body; a .txt with CRLF line ends and no date; a file name with an
impossible date; a hidden .obsidian folder and a .png, which are not imported.
"""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone

import pytest

from journal.errors import ImportFailed
from journal.importers import import_entries, markdown
from tests.core.import_samples import markdown_copy

MTIME = datetime(2023, 7, 8, 9, 10, 11)


@pytest.fixture
def folder(tmp_path):
    copy = markdown_copy(tmp_path)
    for path in copy.rglob("*"):
        os.utime(path, (MTIME.timestamp(), MTIME.timestamp()))
    return copy


def test_the_sample_folder(folder):
    parsed = markdown.parse(folder)
    assert len(parsed) == 5
    walk, odd_name, empty, diary, undated = parsed

    assert walk.entry_date == date(2024, 2, 10)
    assert walk.title == "Wandeling in het bos"
    assert walk.body == "De bomen waren stil. Ik ook.\n"

    assert odd_name.entry_date == MTIME.date()  # 2024-13-45 is no date: the file time
    assert odd_name.created_at == MTIME
    assert odd_name.title == "vreemd"

    assert (empty.entry_date, empty.title, empty.body) == (date(2024, 6, 1), "leeg", "")
    assert empty.tags == ["herstel", "slaap"]
    assert empty.created_at is None

    assert diary.title == "Gesprek: wat ik nodig heb"
    assert diary.entry_date == date(2024, 5, 1)  # the day where she was, not UTC
    assert diary.created_at == datetime(2024, 5, 1, 23, 15,
                                        tzinfo=timezone(timedelta(hours=2)))
    assert diary.tags == ["steun", "grenzen", "Zoë"]
    assert diary.mood == 3
    assert diary.body == "Ik heb gezegd wat ik nodig heb: rust en tijd.\n\n# Niet de titel\n"

    assert undated.entry_date == MTIME.date()
    assert undated.title == "zonder datum"
    assert undated.body == "Een notitie zonder datum.\nTweede regel met CRLF.\n"


def test_imported_into_a_vault(vault, entries, folder):
    summary = import_entries(vault, markdown.parse(folder))
    assert (summary.imported, summary.first_date, summary.last_date) == (
        5, MTIME.date(), date(2024, 6, 1))
    assert {t for t, _ in entries.tags()} == {"herstel", "slaap", "steun", "grenzen", "Zoë"}


def test_one_file_can_be_given(folder):
    [entry] = markdown.parse(folder / "2024-02-10-wandeling.md")
    assert entry.title == "Wandeling in het bos"


def test_an_empty_folder_imports_nothing(tmp_path):
    assert markdown.parse(tmp_path) == []


def md(tmp_path, text: str | bytes, name: str = "note.md"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(("text", "expected"), [
    ("---\ntitle: ''\n---\n# Kop\nx", ("", "# Kop\nx")),  # an explicit empty title stays
    ("# Kop\n\nx", ("Kop", "x")),
    ("\ufeff# Met BOM\nx", ("Met BOM", "x")),
    ("## Geen titel\nx", ("note", "## Geen titel\nx")),
    ("---\n---\nx", ("note", "x")),
    ("---\ntitle: 2024\n---\n", ("2024", "")),
])
def test_titles(tmp_path, text, expected):
    [entry] = markdown.parse(md(tmp_path, text))
    assert (entry.title, entry.body) == expected


@pytest.mark.parametrize(("front", "expected"), [
    ("date: 2024-03-01", date(2024, 3, 1)),
    ("date: '2024-03-01'", date(2024, 3, 1)),
    ("date: 2024-03-01 08:00:00", date(2024, 3, 1)),
    ("date: '2024-03-01T23:30:00Z'", date(2024, 3, 1)),
])
def test_front_matter_dates(tmp_path, front, expected):
    [entry] = markdown.parse(md(tmp_path, f"---\n{front}\n---\nx", "2020-01-01-x.md"))
    assert entry.entry_date == expected


def test_front_matter_date_beats_the_file_name(tmp_path):
    [entry] = markdown.parse(md(tmp_path, "---\ndate: 2024-03-01\n---\n", "2020-01-01.md"))
    assert entry.entry_date == date(2024, 3, 1)
    assert entry.title == ""  # nothing but the date in the name


@pytest.mark.parametrize(("text", "location", "reason"), [
    ("---\ntitle: [unclosed\n---\nx", "line 2", "not valid YAML"),
    ("---\ntitle: x\nno end", "line 1", "never closed"),
    ("---\n- a\n- b\n---\nx", "front matter", "not a set of fields"),
    ("---\ndate: gisteren\n---\n", "front matter", "not a date"),
    ("---\ndate: 2024-13-45\n---\n", "front matter", "not valid YAML"),
    ("---\nshared: misschien\n---\n", "front matter", "shared"),
    ("---\ntitle: x\n\ttags: a\n---\n", "line 3", "not valid YAML"),  # a tab indent
    (b"caf\xe9\n", "byte 3", "not UTF-8"),
])
def test_broken_files_are_listed_and_the_rest_is_read(tmp_path, text, location, reason):
    path = md(tmp_path / "", text)
    (tmp_path / "ok.md").write_text("fine", encoding="utf-8")
    batch = markdown.parse(tmp_path)
    assert [e.title for e in batch] == ["ok"]
    [failure] = batch.skipped
    assert failure.source == str(path)
    assert failure.location == location
    assert reason in failure.reason


def test_one_broken_file_alone_is_an_error(tmp_path):
    with pytest.raises(ImportFailed, match="not valid YAML"):
        markdown.parse(md(tmp_path, "---\ntitle: [unclosed\n---\nx"))


def test_haven_front_matter_fields(tmp_path):
    text = ("---\ndate: 2024-03-01\ntitle: Grens\ntags: [a]\nmood: 2\nshared: true\n"
            "prompt: boundaries-03\n---\nTekst")
    [entry] = markdown.parse(md(tmp_path, text))
    assert (entry.mood, entry.share_with_therapist, entry.prompt_id) == (
        2, True, "boundaries-03")


@pytest.mark.parametrize(("front", "title", "tags"), [
    ("Title: 001", "001", []),  # Joplin's numbers.md: YAML would make it 1
    ("title: No\ntags: [yes, 2024, off]", "No", ["yes", "2024", "off"]),
    ("Title: |-\n  First\n  Second", "First Second", []),  # a block title
    ("title: 3.10\ntags: 7", "3.10", ["7"]),
])
def test_title_and_tags_are_the_text_she_wrote(tmp_path, front, title, tags):
    [entry] = markdown.parse(md(tmp_path, f"---\n{front}\ndate: 2024-01-02\n---\nx"))
    assert (entry.title, entry.tags) == (title, tags)


@pytest.mark.parametrize(("front", "name", "day", "clock"), [
    ("Date: 2023-10-18 (Wed)", "n.md", date(2023, 10, 18), None),
    ("created: 2021-09-28 20:57", "n.md", date(2021, 9, 28), (20, 57)),
    ("Created: 28/09/2021 20:57", "n.md", date(2021, 9, 28), (20, 57)),  # day first
    ("dateCreated: Wednesday, 2023-10-18", "n.md", date(2023, 10, 18), None),
    ("created_at: 2024-03-15T08:00:00Z", "n.md", date(2024, 3, 15), (8, 0)),
    ("other: x", "240315 - Titel.md", date(2024, 3, 15), None),
    ("other: x", "15-03-2024.md", date(2024, 3, 15), None),
    ("other: x", "20240315-D.md", date(2024, 3, 15), None),
])
def test_dates_from_any_key_and_any_file_name(tmp_path, front, name, day, clock):
    [entry] = markdown.parse(md(tmp_path, f"---\n{front}\n---\nx", name))
    assert entry.entry_date == day and not entry.undated
    if clock is not None:
        assert (entry.created_at.hour, entry.created_at.minute) == clock


@pytest.mark.parametrize(("mood", "kept"), [("😊", "Mood: 😊"), ("goed", "Mood: goed"),
                                            ("", None), ("42", "Mood: 42")])
def test_a_mood_off_the_scale_is_kept_as_text_and_never_fails(tmp_path, mood, kept):
    [entry] = markdown.parse(md(tmp_path, f"---\ndate: 2024-01-02\nmood: {mood}\n---\nx"))
    assert entry.mood is None
    assert entry.body == ("x" if kept is None else f"x\n\n{kept}")


@pytest.mark.parametrize("policy", ["file-time", "today", "skip"])
def test_undated_files_as_she_chooses(tmp_path, policy):
    md(tmp_path, "Zonder datum.", "zonder.md")
    batch = markdown.parse(tmp_path, undated=policy)
    assert batch.undated == [str(tmp_path / "zonder.md")]
    if policy == "skip":
        assert list(batch) == [] and batch.left_out["undated_file"] == 1
    else:
        [entry] = batch
        assert entry.undated
        if policy == "today":
            assert entry.entry_date == date.today()


def test_an_unreadable_sub_folder_is_named(tmp_path, monkeypatch):
    md(tmp_path, "fine", "2024-01-02.md")
    closed = tmp_path / "dicht"
    closed.mkdir()
    md(closed, "geheim", "2024-01-03.md")
    scandir = os.scandir

    def no_entry(path):  # as chmod 000 does for anyone but root (the tests may run as root)
        if os.fspath(path) == str(closed):
            raise PermissionError(13, "Permission denied", str(closed))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", no_entry)
    batch = markdown.parse(tmp_path)
    assert [e.entry_date for e in batch] == [date(2024, 1, 2)]
    [failure] = batch.skipped
    assert failure.source == str(closed) and failure.code == "unreadable"
