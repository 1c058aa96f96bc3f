"""Export: Haven JSON round trip, Markdown folder, AES zips, atomic writing, the CLI."""

from __future__ import annotations

import errno
import gc
import io
import json
import os
import stat
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
import pyzipper

from cli import main
from journal import export as export_module
from journal.entries import EntryStore
from journal.errors import ExportTargetExists, ImportFailed
from journal.export import (
    FORMAT_NAME,
    FORMAT_VERSION,
    JSON_NAME_IN_ZIP,
    export_json,
    export_markdown,
    haven_document,
    slug,
)
from journal.importers import haven_json, import_entries, markdown, parse_source
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.import_samples import DATA, JRNL_EXPORT, snapshot

DRAFTS = [
    EntryDraft(date(2024, 3, 1), "Eerste dag", "Ik begin.\n\n- rust\n- steun", mood=3,
               tags=["herstel", "Zoë"], prompt_id="needs-01", share_with_therapist=True),
    EntryDraft(date(2024, 3, 1), "Eerste dag", "Dezelfde titel, een andere tekst."),
    EntryDraft(date(2024, 3, 2), "", "Geen titel; wel “aanhalingstekens” en 😊."),
    EntryDraft(date(2024, 3, 3), "Alleen een titel", ""),
    EntryDraft(date(2023, 12, 31), "Oud: jaar's einde", "---\nniet de front matter\n---",
               mood=1, tags=["grenzen"]),
    EntryDraft(date(2024, 3, 4), "2024-03-04", "A title that YAML would read as a date.",
               mood=5),
]


def fill(vault: Vault) -> EntryStore:
    store = EntryStore(vault)
    for draft in DRAFTS:
        store.create(draft)
    return store


def without_ids(document: dict) -> dict:
    copy = json.loads(json.dumps(document))
    copy.pop("exported_at")
    for record in copy["entries"]:
        record.pop("id")
    return copy


@pytest.fixture
def other_vault(tmp_path):
    v = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    yield v
    v.close()


def test_document_header_and_records(vault):
    fill(vault)
    document = haven_document(vault)
    assert document["format"] == FORMAT_NAME == "haven-export"
    assert document["version"] == FORMAT_VERSION == 2
    assert date.fromisoformat(document["exported_at"][:10])
    assert set(document) == {"format", "version", "exported_at", "entries", "selfcare_items",
                             "triggers", "hidden_triggers", "checkins", "safe_places",
                             "needs", "boundaries", "support_people", "hidden_helplines",
                             "safety_plan", "sti_tests", "agenda_items", "preferences", "events",
                             "milestones", "path_steps"}
    assert [e["date"] for e in document["entries"]] == [
        "2023-12-31", "2024-03-01", "2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]
    first = document["entries"][1]
    assert first | {"id": 0, "created_at": "", "updated_at": ""} == {
        "id": 0, "date": "2024-03-01", "title": "Eerste dag",
        "body": "Ik begin.\n\n- rust\n- steun", "mood": 3, "tags": ["herstel", "Zoë"],
        "prompt_id": "needs-01", "share_with_therapist": True, "created_at": "",
        "updated_at": ""}


def test_json_round_trip(vault, other_vault, tmp_path):
    fill(vault)
    first = export_json(vault, tmp_path / "one.json")
    assert first.entries == len(DRAFTS) and not first.encrypted
    summary = import_entries(other_vault, haven_json.parse(tmp_path / "one.json"))
    assert (summary.imported, summary.duplicates_skipped) == (len(DRAFTS), 0)
    export_json(other_vault, tmp_path / "two.json")
    one = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    two = json.loads((tmp_path / "two.json").read_text(encoding="utf-8"))
    assert without_ids(one) == without_ids(two)
    # Restoring into the same vault again finds only duplicates.
    assert import_entries(other_vault, haven_json.parse(tmp_path / "one.json")).imported == 0


def test_json_round_trip_of_an_import(vault, other_vault, tmp_path):
    """Entries that came from jrnl keep their times through a Haven round trip."""
    import_entries(vault, parse_source("jrnl-json", JRNL_EXPORT))
    export_json(vault, tmp_path / "one.json")
    import_entries(other_vault, haven_json.parse(tmp_path / "one.json"))
    assert without_ids(haven_document(vault)) == without_ids(haven_document(other_vault))


def test_encrypted_json_zip(vault, other_vault, tmp_path):
    fill(vault)
    path = tmp_path / "export.zip"
    result = export_json(vault, path, password="zip wachtwoord")
    assert result.encrypted
    with zipfile.ZipFile(path) as plain:
        [info] = plain.infolist()
        assert info.filename == JSON_NAME_IN_ZIP
        assert info.flag_bits & 0x1  # encrypted
    raw = path.read_bytes()
    assert b"Eerste dag" not in raw and "Zoë".encode() not in raw
    with pyzipper.AESZipFile(path) as archive:
        archive.setpassword(b"zip wachtwoord")
        document = json.loads(archive.read(JSON_NAME_IN_ZIP))
    assert without_ids(document) == without_ids(haven_document(vault))
    parsed = haven_json.parse(path, "zip wachtwoord")
    import_entries(other_vault, parsed)
    assert without_ids(haven_document(other_vault)) == without_ids(haven_document(vault))


def test_the_json_is_written_in_pieces_with_the_same_bytes(vault, tmp_path, monkeypatch):
    """An export never holds the whole text at once (a worker thread would hold Python's
    lock too long), yet writes exactly what json.dumps gives, in the zip as in clear."""
    fill(vault)
    monkeypatch.setattr(export_module, "JSON_CHUNK", 50)  # many pieces, even for this
    document = haven_document(vault)
    pieces = list(export_module.haven_json_chunks(document))
    assert len(pieces) > 10
    expected = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert b"".join(pieces) == expected and "Zoë".encode() in expected
    plain = export_json(vault, tmp_path / "export.json")
    assert plain.entries == len(DRAFTS) == len(json.loads(plain.path.read_bytes())["entries"])
    zipped = export_json(vault, tmp_path / "export.zip", password="zip wachtwoord")
    with pyzipper.AESZipFile(zipped.path) as archive:
        archive.setpassword(b"zip wachtwoord")
        [info] = archive.infolist()
        assert (info.external_attr >> 16) & 0o777 == 0o600
        assert info.date_time[0] >= 2025
        data = archive.read(JSON_NAME_IN_ZIP)
    assert json.loads(data)["entries"] == json.loads(plain.path.read_bytes())["entries"]


@pytest.mark.parametrize(("password", "reason"), [
    (None, "a password is needed"),
    ("wrong", "password is not right"),
])
def test_encrypted_zip_needs_the_password(vault, tmp_path, password, reason):
    fill(vault)
    export_json(vault, tmp_path / "x.zip", password="right one")
    with pytest.raises(ImportFailed, match=reason):
        haven_json.parse(tmp_path / "x.zip", password)


def test_markdown_folder(vault, other_vault, tmp_path):
    store = fill(vault)
    out = tmp_path / "md"
    result = export_markdown(vault, out)
    assert result.entries == len(DRAFTS)
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "2023-12-31-oud-jaar-s-einde.md", "2024-03-01-eerste-dag-2.md",
        "2024-03-01-eerste-dag.md", "2024-03-02-entry.md", "2024-03-03-alleen-een-titel.md",
        "2024-03-04-2024-03-04.md"]
    text = (out / "2024-03-01-eerste-dag.md").read_text(encoding="utf-8")
    assert text == ("---\ndate: 2024-03-01\ntitle: Eerste dag\ntags:\n- herstel\n- Zoë\n"
                    "mood: 3\nshared: true\nprompt: needs-01\n---\nIk begin.\n\n- rust\n- steun")
    # The Markdown importer reads it back to the same entries.
    import_entries(other_vault, markdown.parse(out))

    def fields(vault: Vault) -> list[tuple]:
        return sorted((e["date"], e["title"], e["body"], e["mood"], tuple(e["tags"]),
                       e["prompt_id"], e["share_with_therapist"])
                      for e in haven_document(vault)["entries"])
    assert fields(other_vault) == fields(vault)
    assert store.count() == len(DRAFTS)


def test_markdown_folder_target_must_be_new_or_empty(vault, tmp_path):
    fill(vault)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert export_markdown(vault, empty).entries == len(DRAFTS)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "mine.txt").write_text("keep me")
    with pytest.raises(ExportTargetExists):
        export_markdown(vault, busy)
    assert [p.name for p in busy.iterdir()] == ["mine.txt"]


def test_encrypted_markdown_zip_hides_titles_in_names(vault, tmp_path):
    fill(vault)
    path = tmp_path / "md.zip"
    assert export_markdown(vault, path, password="pw pw pw").encrypted
    with pyzipper.AESZipFile(path) as archive:
        archive.setpassword(b"pw pw pw")
        names = archive.namelist()
        assert names == [f"entry-{n:05d}.md" for n in range(1, len(DRAFTS) + 1)]
        texts = [archive.read(n).decode() for n in names]
    assert any("title: Eerste dag" in t for t in texts)
    assert b"eerste" not in path.read_bytes().lower()


def test_a_failed_json_export_leaves_no_file_and_keeps_the_old_one(vault, tmp_path,
                                                                   monkeypatch):
    fill(vault)
    target = tmp_path / "export.json"
    target.write_text("the previous export")

    def no_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_disk)
    with pytest.raises(OSError, match="No space"):
        export_json(vault, target, overwrite=True)
    with pytest.raises(OSError, match="No space"):
        export_json(vault, tmp_path / "protected.zip", password="pw")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json", "vault"]
    assert target.read_text() == "the previous export"


def test_a_failed_markdown_export_leaves_no_folder(vault, tmp_path, monkeypatch):
    fill(vault)
    real = export_module.markdown_text
    calls = []

    def fail_on_third(record, *photo_names):
        calls.append(record)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(record, *photo_names)

    monkeypatch.setattr(export_module, "markdown_text", fail_on_third)
    with pytest.raises(OSError, match="No space"):
        export_markdown(vault, tmp_path / "md")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


@pytest.mark.parametrize("password", [None, "pw"])
def test_a_markdown_export_that_fails_halfway_gives_its_reader_back(vault, tmp_path,
                                                                   password):
    """The disk fills up (a real EFBIG: the files this process writes may not grow
    beyond a limit) after the first entries: the failure, kept as a worker keeps it to
    report it, must not keep the paused read's connection busy, or the next lock waits
    for it until the generator happens to be collected."""
    resource = pytest.importorskip("resource")
    store = EntryStore(vault)
    for day in range(1, 11):  # random text: a zip cannot squeeze it under the limit
        size = 30_000 if day == 5 else 3000  # one entry's file alone outgrows the limit
        store.create(EntryDraft(date(2024, 3, day), f"Day {day}", os.urandom(size).hex()))
    pool = vault._readers
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (40_000, before[1]))
    try:
        with pytest.raises(OSError, match="too large") as failure:
            export_markdown(vault, tmp_path / "out", password=password)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)
    # The disk's own error (in the UI: a sentence, not a bug), and no reader kept busy
    # by it while it is held.
    kind, errno_, busy = type(failure.value), failure.value.errno, len(pool._busy)
    del failure  # were a connection still busy, this frees it: the vault can close
    gc.collect()
    assert kind is OSError and errno_ == errno.EFBIG
    assert busy == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]  # nothing half written


def test_exports_are_private_to_the_user(vault, tmp_path):
    fill(vault)
    export_json(vault, tmp_path / "x.json")
    export_markdown(vault, tmp_path / "md")
    assert stat.S_IMODE((tmp_path / "x.json").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "md").stat().st_mode) == 0o700


def test_export_leaves_the_vault_as_it_was(vault):
    fill(vault)
    before = snapshot(vault)
    haven_document(vault)
    assert snapshot(vault) == before


@pytest.mark.parametrize(("title", "expected"), [
    ("Eerste dag", "eerste-dag"), ("Één café — ‘rust’", "een-cafe-rust"), ("", "entry"),
    ("😊", "entry"), ("../../etc/passwd", "etc-passwd"), ("a" * 80, "a" * 50),
])
def test_slug(title, expected):
    assert slug(title) == expected


# -- Haven JSON import: refusals ------------------------------------------------------------

def write_json(tmp_path, document) -> Path:
    path = tmp_path / "haven.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


HEADER = {"format": "haven-export", "version": 1, "exported_at": "2026-01-01T00:00:00+00:00"}


@pytest.mark.parametrize(("document", "location", "reason"), [
    ({"format": "something"}, "", "not a Haven export"),
    ({"format": "haven-export"}, "", "version is missing"),
    (HEADER | {"version": 3}, "", "newer version of Haven (export format 3)"),
    (HEADER | {"dreams": []}, "", "does not know: dreams"),
    (HEADER | {"checkins": {}}, "checkins", "not a list"),
    (HEADER | {"checkins": [{"day": "2024-13-01", "created_at": "2024-01-01T00:00:00Z",
                             "updated_at": "2024-01-01T00:00:00Z"}]}, "check-in 1",
     "is not a date (YYYY-MM-DD)"),
    (HEADER | {"safe_places": [{"kind": "spot", "title": "x", "favourite": False,
                                "position": 0, "created_at": "2024-01-01T00:00:00Z",
                                "updated_at": "2024-01-01T00:00:00Z",
                                "photo": {"data": "not base64!"}}]}, "safe place 1",
     "not base64"),
    (HEADER | {"boundaries": [{"action": "x", "version": "1"}]}, "boundary 1",
     "version is not a number"),
    (HEADER | {"entries": {}}, "entries", "not a list"),
    (HEADER | {"entries": [{"date": "2024-01-01"}, {}]}, "entry 2", "date is missing"),
    (HEADER | {"entries": [{"date": "2024-01-01", "mood": 6}]}, "entry 1", "mood"),
    (HEADER | {"entries": [{"date": "2024-01-01", "mood": True}]}, "entry 1", "mood"),
    (HEADER | {"entries": [{"date": "2024-01-01", "share_with_therapist": 1}]}, "entry 1",
     "share_with_therapist"),
    (HEADER | {"entries": [{"date": "2024-01-01", "created_at": "now"}]}, "entry 1",
     "not a date and time"),
    (HEADER | {"entries": [{"date": "2024-01-01", "prompt_id": 3}]}, "entry 1",
     "prompt_id is not text"),
])
def test_haven_json_refusals(tmp_path, document, location, reason):
    with pytest.raises(ImportFailed) as info:
        haven_json.parse(write_json(tmp_path, document))
    assert info.value.location == location
    assert reason in info.value.reason


def test_haven_json_minimal_entry(tmp_path):
    [entry] = haven_json.parse(write_json(tmp_path, HEADER | {"entries": [
        {"date": "2024-01-01"}]}))
    assert (entry.title, entry.body, entry.tags, entry.mood, entry.created_at) == (
        "", "", [], None, None)


# -- the command line -----------------------------------------------------------------------

@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("journal.keyslots.DEFAULT_KDF", FAST_KDF)
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")

    def run(*args: object, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    def vault(name: str) -> list[object]:
        folder = tmp_path / name
        if not folder.exists():
            assert run("init", "--vault", folder, "--passphrase-file", pass_file)[0] == 0
        return ["--vault", folder, "--passphrase-file", pass_file]

    run.vault = vault
    return run


def test_cli_round_trip(cli, tmp_path):
    one = cli.vault("one")
    cli("add", *one, "--date", "2024-03-01", "--title", "Wandeling", "--tag", "zon",
        "--mood", "4", "--share", stdin="Een lange wandeling. Naïef maar blij.\n")
    code, out, err = cli("import", *one, "--format", "jrnl-json", JRNL_EXPORT)
    assert code == 0
    assert out == ("Imported 7 entries dated 2024-03-01 to 2025-09-20.\n"
                   "Duplicates skipped: 0.\n")
    code, out, err = cli("export", *one, "--format", "json", "--out", tmp_path / "1.json")
    assert code == 0
    assert "Exported 8 entries" in out
    assert "not encrypted" in err and "anyone" in err

    two = cli.vault("two")
    code, out, _ = cli("import", *two, "--format", "haven-json", tmp_path / "1.json")
    assert code == 0 and out.startswith("Imported 8 entries")
    code, out, _ = cli("import", *two, "--format", "haven-json", tmp_path / "1.json")
    assert out == "Imported 0 entries.\nDuplicates skipped: 8.\n"
    cli("export", *two, "--format", "json", "--out", tmp_path / "2.json")
    one_json = json.loads((tmp_path / "1.json").read_text(encoding="utf-8"))
    two_json = json.loads((tmp_path / "2.json").read_text(encoding="utf-8"))
    assert without_ids(one_json) == without_ids(two_json)


def test_cli_protected_zip_round_trip(cli, tmp_path):
    one = cli.vault("one")
    cli("import", *one, "--format", "jrnl-json", JRNL_EXPORT)
    password = tmp_path / "zip-pass.txt"
    password.write_text("een zip wachtwoord\n")
    code, out, err = cli("export", *one, "--format", "json", "--out", tmp_path / "x.zip",
                         "--zip-password-file", password)
    assert code == 0 and "password-protected zip" in out
    assert "not encrypted" not in err and "guessed far faster" in err
    code, out, err = cli("export", *one, "--format", "markdown-folder",
                         "--out", tmp_path / "md.zip", "--zip-password-file", password)
    assert code == 0 and "not encrypted" not in err
    two = cli.vault("two")
    code, _, err = cli("import", *two, "--format", "haven-json", tmp_path / "x.zip")
    assert code == 1 and "password is needed" in err
    code, out, _ = cli("import", *two, "--format", "haven-json", tmp_path / "x.zip",
                       "--zip-password-file", password)
    assert code == 0 and out.startswith("Imported 7 entries")


def test_cli_export_counts_the_other_records_too(cli, tmp_path):
    from journal.demo import fill_demo
    from journal.keyslots import Secret
    from journal.vault import Vault

    one = cli.vault("one")
    with Vault.open(tmp_path / "one", Secret.passphrase(PASSPHRASE)) as vault:
        fill_demo(vault, "en", today=date(2026, 3, 1))
        entries = vault.row("SELECT COUNT(*) FROM entries")[0]
    for extra in ([], ["--password-file", tmp_path / "pass.txt"]):
        out_file = tmp_path / f"all{len(extra)}.json"
        code, out, _ = cli("export", *one, "--format", "json", "--out", out_file, *extra)
        assert code == 0
        assert f"Exported {entries} entries and " in out and " other records to " in out


def test_cli_markdown_folder_and_day_one(cli, tmp_path):
    from tests.core.import_samples import dayone_zip

    one = cli.vault("one")
    code, out, _ = cli("import", *one, "--format", "dayone-json", dayone_zip(tmp_path))
    assert code == 0
    assert "Photos skipped: 1 " in out  # the one not in the zip; the other is kept
    code, out, err = cli("export", *one, "--format", "markdown-folder", "--out",
                         tmp_path / "md")
    assert code == 0 and "Exported 7 entries" in out and "not encrypted" in err
    code, _, err = cli("export", *one, "--format", "markdown-folder", "--out", tmp_path / "md")
    assert code == 1 and "already exists" in err
    two = cli.vault("two")
    code, out, _ = cli("import", *two, "--format", "markdown", tmp_path / "md")
    assert code == 0 and out.startswith("Imported 7 entries dated 2024-03-01 to 2024-03-07")


def test_cli_failed_import_names_the_place_and_changes_nothing(cli, tmp_path):
    one = cli.vault("one")
    cli("import", *one, "--format", "jrnl-json", JRNL_EXPORT)
    before = cli("list", *one, "--json", "--limit", "100")[1]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"entries": [{"date": "2024-01-01", "title": "ok"},
                                              {"date": "2024-02-30"}]}))
    code, out, err = cli("import", *one, "--format", "jrnl-json", broken)
    assert code == 1 and out == ""
    assert err == (f"haven: Nothing was imported: {broken}, entry 2: "
                   "date '2024-02-30' is not a date (YYYY-MM-DD).\n")
    assert cli("list", *one, "--json", "--limit", "100")[1] == before


@pytest.mark.parametrize("command", ["import", "export"])
def test_cli_help(command, capsys):
    with pytest.raises(SystemExit) as info:
        main([command, "--help"])
    assert info.value.code == 0
    assert "--format" in capsys.readouterr().out


def test_cli_empty_zip_password_file_is_usage(cli, tmp_path):
    one = cli.vault("one")
    empty = tmp_path / "empty.txt"
    empty.write_text("\n")
    code, _, err = cli("export", *one, "--format", "json", "--out", tmp_path / "x.zip",
                       "--zip-password-file", empty)
    assert code == 2 and "empty" in err
    assert not (tmp_path / "x.zip").exists()


@pytest.mark.parametrize(("weak", "why"), [("x", "shorter than 8"), ("secret", "shorter than 8"),
                                           ("password", "too easy"), ("aaaaaaaaaa", "too easy")])
@pytest.mark.parametrize("fmt", ["json", "markdown-folder", "pdf"])
def test_cli_refuses_a_weak_export_password_unless_told(cli, tmp_path, weak, why, fmt):
    """An export guards the same words as the vault: its password is held to the
    passphrase's minimum and strength, unless she says --weak-password-ok."""
    one = cli.vault("one")
    cli("import", *one, "--format", "jrnl-json", JRNL_EXPORT)
    password = tmp_path / "weak.txt"
    password.write_text(weak + "\n")
    flag = "--pdf-password-file" if fmt == "pdf" else "--zip-password-file"
    out = tmp_path / ("x.pdf" if fmt == "pdf" else "x.zip")
    code, _, err = cli("export", *one, "--format", fmt, "--out", out, flag, password)
    assert code == 2 and why in err and "--weak-password-ok" in err
    assert not out.exists()
    code, _, err = cli("export", *one, "--format", fmt, "--out", out, flag, password,
                       "--weak-password-ok")
    assert code == 0, err
    assert out.exists()


# -- the newer record kinds ---------------------------------------------------------------

AGENDA_SOURCES = {"entry": "entries", "checkin": "checkins", "boundary": "boundaries",
                  "need": "needs"}


def comparable(document: dict) -> dict:
    """The document without ids; a boundary's need and support people, and an agenda
    topic's source, named by its place in its list."""
    copy = without_ids(document)
    index = {kind: {r["id"]: i for i, r in enumerate(document[kind])}
             for kind in ("entries", "checkins", "needs", "boundaries", "support_people")}
    for kind in ("checkins", "needs", "boundaries", "support_people"):
        for record in copy[kind]:
            record.pop("id")
    for boundary in copy["boundaries"]:
        for record in (boundary, *boundary["versions"]):
            record["need_id"] = index["needs"].get(record["need_id"])
        boundary["support_ids"] = sorted(index["support_people"][i]
                                         for i in boundary["support_ids"])
    index["events"] = {r["id"]: i for i, r in enumerate(document["events"])}
    for record in copy["events"]:
        record.pop("id")
    copy["milestones"] = sorted(index["entries"][i] for i in document["milestones"])
    for step in copy["path_steps"]:
        if step["record_kind"] is None:  # marked done or skipped by hand: no record
            continue
        table = {"event": "events", "need": "needs", "entry": "entries"}[step["record_kind"]]
        step["record_id"] = index[table][step["record_id"]]
    for topic in copy["agenda_items"]:
        if topic["source_kind"] in AGENDA_SOURCES:
            topic["source_id"] = index[AGENDA_SOURCES[topic["source_kind"]]][
                topic["source_id"]]
    return copy


def fill_every_kind(vault: Vault) -> None:
    from journal.agenda import AgendaSource, AgendaStore
    from journal.checkins import CheckinStore
    from journal.demo import fill_demo
    from journal.safety import PartnerTested, SafetyPlan, SafetyStore, StiTest
    from journal.support import SupportDraft, SupportKind, SupportStore

    fill_demo(vault, "nl", today=date(2026, 3, 1))
    store = CheckinStore(vault)
    store.add_selfcare_item("Yoga met Zoë")
    store.add_trigger("Zijn telefoon 's nachts")
    # Hidden from new check-ins, still in the old ones: the flag goes along.
    store.set_selfcare_item_hidden(store.add_selfcare_item("Zwemmen"), True)
    store.set_selfcare_item_hidden(next(i.id for i in store.selfcare_items()
                                        if i.key == "bath"), True)
    store.set_trigger_hidden(store.add_trigger("Zijn oude werk"), True)
    support = SupportStore(vault)
    sister = support.create(SupportDraft("Anneke", SupportKind.TRUSTED, "06-12345678",
                                         "Mijn zus; weet alles.", may_advise=True))
    group = support.create(SupportDraft("Lotgenotengroep", SupportKind.PEER_GROUP,
                                        notes="Dinsdagavond"))
    from journal.boundaries import BoundaryStore

    boundary_ids = [r[0] for r in vault.rows("SELECT id FROM boundaries ORDER BY id")]
    BoundaryStore(vault).set_people(boundary_ids[0], [sister, group])
    BoundaryStore(vault).set_people(boundary_ids[-1], [sister])
    from journal.situation import Profile, ProfileStore, Situation

    ProfileStore(vault).save(Profile(frozenset({Situation.ADDICTION}), faith=True))
    support.set_helpline_hidden("be-1813", True)
    support.set_helpline_hidden("nl-113", True)
    safety = SafetyStore(vault)
    safety.save_plan(SafetyPlan("Zijn woede als hij drinkt", "Geen alcohol in huis",
                                "Anneke, dan 0800-2000", "Naar Anneke met de kinderen"))
    safety.add_test(StiTest(date(2025, 11, 3), "GGD Utrecht", PartnerTested.NO,
                            date(2026, 2, 3)))
    safety.add_test(StiTest(date(2026, 2, 10), "Huisarts", PartnerTested.UNKNOWN))
    agenda = AgendaStore(vault)
    for kind, table in (("entry", "entries"), ("checkin", "checkins"),
                        ("boundary", "boundaries"), ("need", "needs")):
        source_id = vault.row(f"SELECT MAX(id) FROM {table}")[0]
        agenda.add(f"Bespreken: een {kind}", AgendaSource(kind), source_id)
    agenda.mark_discussed(agenda.add("Hoe ik slaap"), date(2026, 2, 20))
    from journal.entries import EntryStore as Entries
    from journal.events import EventDraft, EventStore, Source, When
    from journal.images import entry_photo
    from journal.path import PARTNER, PathStore, StepState, load_steps
    from tests.core.import_samples import DAYONE

    events = EventStore(vault)
    events.create(EventDraft(When.in_season(2019, "spring", "voorjaar 2019"),
                             "De eerste berichten", Source.FOUND, "Op de laptop"))
    first_event = events.create(EventDraft(When.on(date(2020, 3, 2)), "Hij vertelde het",
                                           Source.HE_TOLD))
    events.set_milestone(vault.row("SELECT MAX(id) FROM entries")[0], True)
    path = PathStore(vault)
    steps = load_steps(PARTNER, "nl")
    path.start(steps[1])
    events.create(EventDraft(When.in_year(2021), "Later", Source.SUSPECT))
    events.create(EventDraft(When.in_year(2017), "Ergens daarvoor", Source.UNSURE))
    vault.execute("UPDATE path_steps SET state = 'done', record_kind = 'event', record_id = ?"
                  " WHERE step_id = ?", (first_event, steps[1].id))
    path.mark(steps[0].id, StepState.SKIPPED, on=date(2026, 1, 2))
    vault.execute("UPDATE path_steps SET record_kind = 'need', record_id = (SELECT MIN(id)"
                  " FROM needs) WHERE step_id = ?", (steps[0].id,))
    photo = entry_photo(next((DAYONE / "photos").iterdir()).read_bytes())
    first_entry = vault.row("SELECT MIN(id) FROM entries")[0]
    Entries(vault).add_photo(first_entry, photo)
    Entries(vault).add_photo(first_entry, photo)


def test_json_round_trip_of_every_record_kind(vault, other_vault, tmp_path):
    from journal import export_records

    fill_every_kind(vault)
    one = haven_document(vault)
    # The demo has something of every kind, so the round trip proves each.
    assert all(one[kind] for kind in ("checkins", "safe_places", "needs", "boundaries"))
    assert any(c["selfcare"] and c["triggers"] for c in one["checkins"])
    assert any(p["photo"] for p in one["safe_places"])
    assert any(n["status_changes"] and n["notes"] for n in one["needs"])
    assert any(b["need_id"] is not None and b["status_changes"] for b in one["boundaries"])
    assert any(b["versions"] for b in one["boundaries"])
    assert any(b["crossings"] for b in one["boundaries"])
    assert {1, 2} <= {len(b["support_ids"]) for b in one["boundaries"]}
    assert "Yoga met Zoë" in [i["name"] for i in one["selfcare_items"]]
    assert all(one[kind] for kind in ("support_people", "hidden_helplines", "safety_plan",
                                      "sti_tests", "agenda_items"))
    assert {t["source_kind"] for t in one["agenda_items"]} == {
        "free", "entry", "checkin", "boundary", "need"}
    assert any(t["discussed_on"] for t in one["agenda_items"])
    assert {i["name"] or i["key"] for i in one["selfcare_items"] if i["hidden"]} == {
        "Zwemmen", "bath"}
    assert one["hidden_triggers"] == ["Zijn oude werk"]
    assert "unsure" in {e["source"] for e in one["events"]}

    export_json(vault, tmp_path / "one.json", password="zip password")
    parsed = parse_source("haven-json", tmp_path / "one.json", password="zip password")
    summary = import_entries(other_vault, parsed)
    assert summary.records_imported == sum(len(one[k])
                                           for k in export_records.COUNTED_KINDS)
    assert comparable(haven_document(other_vault)) == comparable(one)
    # The photo came back byte for byte, and the stores read what was written.
    from journal.safe_places import SafePlaceStore

    photos = [p for p in SafePlaceStore(other_vault).all() if p.has_photo]
    assert photos and SafePlaceStore(other_vault).photo(photos[0].id).data
    # Restoring again adds nothing.
    again = import_entries(other_vault, haven_json.parse(tmp_path / "one.json",
                                                         "zip password"))
    assert (again.imported, again.records_imported) == (0, 0)
    assert again.records_skipped == summary.records_imported
    assert comparable(haven_document(other_vault)) == comparable(one)
    # Every exported table came back with as many rows, and every one had some.
    for table in export_records.EXPORTED_TABLES:
        rows = vault.row(f"SELECT COUNT(*) FROM {table}")[0]
        assert rows > 0, f"fill_every_kind leaves {table} empty"
        assert other_vault.row(f"SELECT COUNT(*) FROM {table}")[0] == rows, table
    # The stores read what was written, links included.
    from journal.agenda import AgendaStore
    from journal.entries import EntryStore as Entries

    [entry_topic] = [t for t in AgendaStore(other_vault).open_items()
                     if t.source_kind == "entry" and t.text == "Bespreken: een entry"]
    old_topic = next(t for t in one["agenda_items"] if t["source_kind"] == "entry"
                     and t["text"] == "Bespreken: een entry")
    old_entry = next(e for e in one["entries"] if e["id"] == old_topic["source_id"])
    linked = Entries(other_vault).get(entry_topic.source_id)
    assert (linked.entry_date.isoformat(), linked.title) == (old_entry["date"],
                                                            old_entry["title"])


def test_every_table_is_exported_or_said_why_not(tmp_path):
    """A new table must be exported (export_records.EXPORTED_TABLES, and then filled by
    fill_every_kind for the round trip above) or listed in NOT_EXPORTED with a reason."""
    from journal import export_records

    fresh = Vault.create(tmp_path / "fresh", PASSPHRASE, kdf=FAST_KDF)
    try:
        tables = {r[0] for r in fresh.rows(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        fresh.close()
    exported, not_exported = set(export_records.EXPORTED_TABLES), set(
        export_records.NOT_EXPORTED)
    assert not exported & not_exported
    assert tables - exported - not_exported == set(), "neither exported nor said why not"
    assert (exported | not_exported) - tables == set(), "no such table"
    assert all(reason.strip() for reason in export_records.NOT_EXPORTED.values())


def test_agenda_links_to_records_not_in_the_document_become_free(vault, tmp_path):
    path = write_json(tmp_path, HEADER | {
        "entries": [{"id": 7, "date": "2024-05-05", "title": "Nieuw", "body": "x"}],
        "needs": [{"id": 3, "text": "Rust", "area": "rest", "status": "noticed",
                   "created_at": "2024-01-01T08:00:00Z",
                   "updated_at": "2024-01-01T08:00:00Z"}],
        "agenda_items": [
            {"text": "Over het stuk", "source_kind": "entry", "source_id": 7,
             "created_at": "2024-05-06T08:00:00Z"},
            {"text": "Over rust", "source_kind": "need", "source_id": 3,
             "created_at": "2024-05-06T08:01:00Z"},
            {"text": "Weg", "source_kind": "boundary", "source_id": 99,
             "created_at": "2024-05-06T08:02:00Z"},
            {"text": "Zomaar", "source_kind": "free", "source_id": 5,
             "created_at": "2024-05-06T08:03:00Z", "discussed_on": "2024-05-10"}]})
    summary = import_entries(vault, haven_json.parse(path))
    assert (summary.imported, summary.records_imported) == (1, 5)
    rows = [(r["text"], r["source_kind"], r["source_id"]) for r in vault.rows(
        "SELECT * FROM agenda_items ORDER BY id")]
    entry_id = vault.row("SELECT id FROM entries WHERE title = 'Nieuw'")[0]
    need_id = vault.row("SELECT id FROM needs WHERE text = 'Rust'")[0]
    assert rows == [("Over het stuk", "entry", entry_id), ("Over rust", "need", need_id),
                    ("Weg", "free", None), ("Zomaar", "free", None)]
    # Again: the entry and the need are already there, the topics too.
    again = import_entries(vault, haven_json.parse(path))
    assert (again.imported, again.records_imported, again.records_skipped) == (0, 0, 5)


def test_a_safety_plan_of_her_own_is_kept(vault, tmp_path):
    from journal.safety import SafetyPlan, SafetyStore

    SafetyStore(vault).save_plan(SafetyPlan(concerns="Mijn eigen woorden"))
    path = write_json(tmp_path, HEADER | {"safety_plan": [
        {"concerns": "Uit de export", "updated_at": "2024-01-01T08:00:00Z"}]})
    summary = import_entries(vault, haven_json.parse(path))
    assert (summary.records_imported, summary.records_skipped) == (0, 1)
    assert SafetyStore(vault).plan().concerns == "Mijn eigen woorden"


def test_a_record_the_vault_refuses_changes_nothing(vault, tmp_path):
    from journal import export_records

    fill(vault)
    before = haven_document(vault)
    checkin = {"day": "2024-01-02", "created_at": "2024-01-02T08:00:00.000+00:00",
               "updated_at": "2024-01-02T08:00:00.000+00:00", "mood": 11}
    path = write_json(tmp_path, HEADER | {
        "entries": [{"date": "2024-05-05", "title": "Nieuw"}],
        "needs": [{"text": "Rust", "area": "rest", "status": "noticed",
                   "created_at": "2024-01-01T08:00:00Z", "updated_at": "2024-01-01T08:00:00Z"}],
        "checkins": [checkin]})
    parsed = haven_json.parse(path)
    assert export_records.count(parsed.records) == 2
    with pytest.raises(ImportFailed) as info:
        import_entries(vault, parsed)
    assert info.value.location == "check-in 1"
    assert without_ids(haven_document(vault)) == without_ids(before)


def test_cli_import_counts_the_other_record_kinds(cli, vault, tmp_path):
    fill_every_kind(vault)
    export_json(vault, tmp_path / "all.json")
    document = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    from journal.export_records import COUNTED_KINDS

    kinds = sum(len(document[k]) for k in COUNTED_KINDS)
    two = cli.vault("two")
    code, out, _ = cli("import", *two, "--format", "haven-json", tmp_path / "all.json")
    assert code == 0
    assert ("Other records (check-ins, safe places, needs, boundaries, support people,"
            f" safety plan, STI tests, session topics): {kinds} imported, 0 already"
            " there.") in out
    code, out, _ = cli("import", *two, "--format", "haven-json", tmp_path / "all.json")
    assert f"0 imported, {kinds} already there." in out


def test_an_export_from_before_hiding_imports_with_everything_shown(vault, other_vault,
                                                                    tmp_path):
    from journal.checkins import CheckinStore

    fill_every_kind(vault)
    document = haven_document(vault)
    del document["hidden_triggers"]
    for item in document["selfcare_items"]:
        del item["hidden"]
    path = write_json(tmp_path, document)
    import_entries(other_vault, haven_json.parse(path))
    store = CheckinStore(other_vault)
    assert "Zwemmen" in [i.name for i in store.selfcare_items()]
    assert not any(i.hidden for i in store.selfcare_items())
    assert not any(t.hidden for t in store.triggers())


def test_an_import_never_shows_again_what_she_hid(vault, other_vault, tmp_path):
    from journal.checkins import CheckinStore

    store = CheckinStore(vault)
    store.add_trigger("Kerst")
    path = write_json(tmp_path, haven_document(vault))
    mine = CheckinStore(other_vault)
    mine.set_trigger_hidden(mine.add_trigger("Kerst"), True)
    import_entries(other_vault, haven_json.parse(path))
    assert [(t.name, t.hidden) for t in mine.triggers()] == [("Kerst", True)]


@pytest.mark.parametrize("value", ["yes", 1])
def test_a_hidden_flag_that_is_not_true_or_false_is_refused(tmp_path, value):
    path = write_json(tmp_path, HEADER | {"selfcare_items": [
        {"key": None, "name": "Yoga", "hidden": value}]})
    with pytest.raises(ImportFailed) as info:
        haven_json.parse(path)
    assert info.value.location == "self-care item 1"


def test_a_version_1_export_still_imports(vault):
    """Written by the Haven of format version 1 (tests/data/haven/README.md): before
    items and triggers could be hidden and an event's source could be "unsure"."""
    from journal.checkins import CheckinStore
    from journal.events import EventStore

    path = DATA / "haven" / "version-1.json"
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    summary = import_entries(vault, haven_json.parse(path))
    assert summary.imported == 3 and summary.records_imported > 20
    assert len(EntryStore(vault).between(date(2000, 1, 1), date(2100, 1, 1))) == 3
    store = CheckinStore(vault)
    assert store.selfcare_items() and not any(i.hidden for i in store.selfcare_items())
    assert store.triggers() and not any(t.hidden for t in store.triggers())
    assert sorted(e.source.value for e in EventStore(vault).all()) == [
        "found", "he_told", "suspect"]
    # ...and comes out as version 2 with the same records.
    document = haven_document(vault)
    assert document["version"] == 2 and len(document["events"]) == 3


def test_a_version_1_file_that_carries_hidden_and_unsure_imports_them_as_written(
        vault, tmp_path):
    """Builds before the bump to version 2 wrote `hidden`, `hidden_triggers` and
    `unsure` into files still labelled version 1: what she hid stays hidden, and the
    event keeps "I'm not sure any more"."""
    from journal.checkins import CheckinStore
    from journal.events import EventStore

    document = json.loads((DATA / "haven" / "version-1.json").read_text(encoding="utf-8"))
    assert document["version"] == 1
    document["selfcare_items"][1]["hidden"] = True  # bath
    document["hidden_triggers"] = [document["triggers"][0]]
    document["events"][0]["source"] = "unsure"
    path = tmp_path / "labelled-1.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    import_entries(vault, haven_json.parse(path))
    store = CheckinStore(vault)
    assert [i.key for i in store.selfcare_items() if i.hidden] == ["bath"]
    assert [t.name for t in store.triggers() if t.hidden] == [document["triggers"][0]]
    assert sorted(e.source.value for e in EventStore(vault).all()) == [
        "he_told", "suspect", "unsure"]
