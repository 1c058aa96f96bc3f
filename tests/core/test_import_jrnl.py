"""jrnl JSON: the checked-in export made by jrnl itself, and broken variants of it."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from journal.entries import EntryStore
from journal.errors import ImportFailed
from journal.importers import import_entries, jrnl
from tests.core.import_samples import JRNL_EXPORT


def test_the_real_jrnl_export():
    parsed = jrnl.parse(JRNL_EXPORT)
    assert len(parsed) == 7
    first = parsed[0]
    assert first.entry_date == date(2024, 3, 1)
    assert first.created_at == datetime(2024, 3, 1, 8, 15)  # jrnl's local time, no zone
    assert first.title == "Eerste dag."
    assert first.body == "Vandaag begon ik met schrijven. @herstel @thuis"
    assert sorted(first.tags) == ["herstel", "thuis"]  # without the tag symbol
    starred = parsed[1]
    assert starred.title.startswith("Naïef geloof — een lange wandeling")
    assert starred.body == ""
    assert "starred" in starred.tags and "wandelen" in starred.tags
    assert sorted(parsed[2].tags) == ["steun", "zoë"]
    assert "😊" in parsed[2].body
    assert parsed[3].tags == [] and parsed[3].body == ""
    assert parsed[6].body.startswith("We spraken over wat ik nodig heb.\n\nDrie dingen:\n- rust")


def test_imported_into_a_vault(vault, entries: EntryStore):
    summary = import_entries(vault, jrnl.parse(JRNL_EXPORT))
    assert (summary.imported, summary.duplicates_skipped) == (7, 0)
    assert (summary.first_date, summary.last_date) == (date(2024, 3, 1), date(2025, 9, 20))
    assert entries.count() == 7
    assert dict(entries.tags())["starred"] == 2
    cafe = next(s for s in entries.page() if s.title == "Café met Zoë.")
    assert cafe.tags == ("steun", "zoë")
    assert entries.get(cafe.id).created_at.astimezone().replace(tzinfo=None) == datetime(
        2024, 3, 5, 7, 5)


def write(tmp_path, document) -> object:
    path = tmp_path / "jrnl.json"
    path.write_text(json.dumps(document) if not isinstance(document, str) else document,
                    encoding="utf-8")
    return path


def test_missing_fields_take_defaults(tmp_path):
    parsed = jrnl.parse(write(tmp_path, {"entries": [{"date": "2024-01-02"}]}))
    assert (parsed[0].title, parsed[0].body, parsed[0].tags, parsed[0].created_at) == (
        "", "", [], None)


@pytest.mark.parametrize(("document", "location", "reason"), [
    ('{"entries": [', "line 1, column 14", "not valid JSON"),
    ("[1, 2]", "", "not a jrnl JSON export"),
    ({"entries": [{"date": "2024-01-02"}, {"title": "no date"}]}, "entry 2", "date is missing"),
    ({"entries": [{"date": "2024-02-30"}]}, "entry 1", "is not a date (YYYY-MM-DD)"),
    ({"entries": [{"date": "2024-02-03", "time": "25:00"}]}, "entry 1", "not a time (HH:MM)"),
    ({"entries": [{"date": "2024-02-03", "tags": "@a"}]}, "entry 1", "tags is not a list"),
    ({"entries": [{"date": "2024-02-03", "starred": "yes"}]}, "entry 1", "starred"),
    ({"entries": [{"date": "2024-02-03", "title": 5}]}, "entry 1", "title is not text"),
    ({"entries": ["x"]}, "entry 1", "not an object"),
    ('{"entries": [{"date": "2024-02-03", "body": "\\ud800"}]}', "entry 1", "invalid Unicode"),
])
def test_broken_files_name_the_place(tmp_path, document, location, reason):
    path = write(tmp_path, document)
    with pytest.raises(ImportFailed) as info:
        jrnl.parse(path)
    assert info.value.source == str(path)
    assert info.value.location == location
    assert reason in info.value.reason


def test_not_utf8(tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"entries": [{"date": "2024-01-01", "title": "café"}]}'.encode("latin-1"))
    with pytest.raises(ImportFailed, match="not UTF-8"):
        jrnl.parse(path)
