"""Property tests: random and mutated sources for every importer.

Whatever the input, an import either succeeds or raises ImportFailed, never anything
else; and when it fails, the vault is exactly as it was.
"""

from __future__ import annotations

import io
import itertools
import json
import zipfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal import export_records
from journal.demo import fill_demo
from journal.entries import EntryStore
from journal.errors import ImportFailed
from journal.export import export_json
from journal.importers import ImportedEntry, import_entries, import_file
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.import_samples import DAYONE, JRNL_EXPORT, MARKDOWN, dayone_zip, snapshot

SETTINGS = settings(max_examples=120, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])

# Pieces that break parsers in interesting ways when spliced into a file.
NASTY = [b'"', b"{", b"}", b"[", b"]", b",", b":", b"null", b"1e999", b"-0", b"true",
         b'"2024-02-30"', b'"25:00"', b'"0001-01-01T00:00:00+05:00"', b"\\ud800", b"\\",
         b"\x00", b"\xff\xfe", b"\r", b"\n---\n", b"---\n", b"date: ", b"tags: [",
         b"title: {", b"&a [*a, *a]", b"!!python/object:os.system", b"PK\x03\x04",
         "é😊".encode(), b"\xe2\x80"]


@st.composite
def mutated(draw, seed: bytes) -> bytes:
    """The seed with a few random edits: flips, cuts, splices of nasty pieces."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "cut", "splice", "delete", "truncate"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif kind == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif kind == "splice":
            data[at:at] = draw(st.sampled_from(NASTY))
        elif kind == "delete" and data:
            del data[at]
        else:
            data = data[:at]
    return bytes(data)


def source_bytes(seed: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(mutated(seed), st.binary(max_size=300))


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10, 10**20), st.floats(allow_nan=False),
    st.text(max_size=20),
    st.dates(min_value=date(1, 1, 1)).map(date.isoformat),
    st.sampled_from(["2024-03-01", "08:15", "24:00", "2024-03-01T23:30:00Z",
                     "9999-12-31T23:59:59-05:00", "Europe/Amsterdam", "Mars/Base", "@tag",
                     "../../etc", ""]))
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=10)


def records(keys: list[str]) -> st.SearchStrategy[list[dict]]:
    return st.lists(st.dictionaries(st.sampled_from(keys), json_values, max_size=len(keys)),
                    max_size=4)


JRNL_KEYS = ["title", "body", "date", "time", "tags", "starred"]
DAYONE_KEYS = ["creationDate", "modifiedDate", "timeZone", "text", "tags", "starred",
               "photos"]
HAVEN_KEYS = ["date", "title", "body", "mood", "tags", "prompt_id", "share_with_therapist",
              "created_at", "updated_at", "id"]


@pytest.fixture
def prop_vault(tmp_path):
    v = Vault.create(tmp_path / "prop-vault", PASSPHRASE, kdf=FAST_KDF)
    EntryStore(v).create(EntryDraft(date(2024, 3, 1), "Al daar", "bestaand"))
    yield v
    v.close()


_counter = itertools.count()


def fresh_path(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / f"case-{next(_counter)}"
    folder.mkdir()
    return folder / name


def everything(vault: Vault) -> tuple:
    """The entries and every other record kind, to compare before and after."""
    with vault.transaction():
        return snapshot(vault), export_records.dump(vault)


def import_must_succeed_or_change_nothing(vault: Vault, fmt: str, path: Path) -> None:
    before = everything(vault)
    failure = None
    try:
        import_file(vault, fmt, path)
    except ImportFailed as exc:
        failure = exc
    if failure is not None:
        assert failure.source and failure.reason
        assert everything(vault) == before


# -- jrnl ---------------------------------------------------------------------------------

@SETTINGS
@given(data=source_bytes(JRNL_EXPORT.read_bytes()))
def test_jrnl_mutated_files(prop_vault, tmp_path, data):
    path = fresh_path(tmp_path, "jrnl.json")
    path.write_bytes(data)
    import_must_succeed_or_change_nothing(prop_vault, "jrnl-json", path)


@SETTINGS
@given(document=st.one_of(json_values, st.fixed_dictionaries({"entries": records(JRNL_KEYS)})))
def test_jrnl_random_documents(prop_vault, tmp_path, document):
    path = fresh_path(tmp_path, "jrnl.json")
    path.write_text(json.dumps(document), encoding="utf-8")
    import_must_succeed_or_change_nothing(prop_vault, "jrnl-json", path)


# -- Day One ------------------------------------------------------------------------------

@SETTINGS
@given(data=source_bytes((DAYONE / "Journal.json").read_bytes()))
def test_dayone_mutated_json(prop_vault, tmp_path, data):
    path = fresh_path(tmp_path, "Journal.json")
    path.write_bytes(data)
    import_must_succeed_or_change_nothing(prop_vault, "dayone-json", path)


@pytest.fixture(scope="module")
def dayone_zip_bytes(tmp_path_factory) -> bytes:
    return dayone_zip(tmp_path_factory.mktemp("dayone")).read_bytes()


@SETTINGS
@given(data=st.data())
def test_dayone_mutated_zip(prop_vault, tmp_path, dayone_zip_bytes, data):
    path = fresh_path(tmp_path, "export.zip")
    path.write_bytes(data.draw(mutated(dayone_zip_bytes)))
    import_must_succeed_or_change_nothing(prop_vault, "dayone-json", path)


@SETTINGS
@given(entries=records(DAYONE_KEYS), names=st.lists(
    st.sampled_from(["Other.json", "x.JSON", "photos/abc.jpeg", "photos/", "sub/a.json"]),
    max_size=3, unique=True), payload=st.binary(max_size=40))
def test_dayone_random_zips(prop_vault, tmp_path, entries, names, payload):
    path = fresh_path(tmp_path, "export.zip")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Journal.json", json.dumps({"entries": entries}))
        for name in names:
            archive.writestr(name, payload)
    path.write_bytes(buffer.getvalue())
    import_must_succeed_or_change_nothing(prop_vault, "dayone-json", path)


# -- Markdown -----------------------------------------------------------------------------

front_lines = st.lists(st.one_of(
    st.sampled_from(["date: 2024-03-01", "date: 2024-02-30", "date: '2024-03-01T08:00Z'",
                     "date: [1]", "title: Hallo", "title: [a, b]", "title:", "tags: [a, b]",
                     "tags: a, b", "tags: {a: 1}", "mood: 3", "mood: 0", "mood: '3'",
                     "shared: yes", "shared: 2", "prompt: x", "prompt: {a: b}", "- item",
                     ": :", "&a x", "*b", "? complex", "\t tab"]),
    st.text(max_size=30)), max_size=5)


@st.composite
def markdown_files(draw) -> tuple[str, bytes]:
    name = draw(st.sampled_from(["note.md", "2024-03-01-x.md", "2024-13-45.txt", "a.markdown",
                                 "0000-00-00.md", "9999-12-31-end.md", "Één.md"]))
    if draw(st.booleans()):
        return name, draw(st.binary(max_size=200))
    lines = draw(front_lines)
    body = draw(st.text(max_size=80))
    text = ("---\n" + "\n".join(lines) + "\n---\n" + body) if draw(st.booleans()) else body
    return name, text.encode("utf-8")


@SETTINGS
@given(files=st.lists(markdown_files(), max_size=3))
def test_markdown_random_folders(prop_vault, tmp_path, files):
    folder = fresh_path(tmp_path, "notes")
    folder.mkdir()
    for i, (name, data) in enumerate(files):
        sub = folder / str(i)
        sub.mkdir()
        (sub / name).write_bytes(data)
    import_must_succeed_or_change_nothing(prop_vault, "markdown", folder)


@SETTINGS
@given(data=source_bytes((MARKDOWN / "notities" / "dagboek.md").read_bytes()))
def test_markdown_mutated_file(prop_vault, tmp_path, data):
    folder = fresh_path(tmp_path, "notes")
    folder.mkdir()
    (folder / "2024-02-10-ok.md").write_bytes(b"# Goed\nbestand")
    (folder / "dagboek.md").write_bytes(data)
    import_must_succeed_or_change_nothing(prop_vault, "markdown", folder)


# -- Haven JSON ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def haven_export_bytes(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("haven")
    with Vault.create(folder / "v", PASSPHRASE, kdf=FAST_KDF) as vault:
        import_file(vault, "jrnl-json", JRNL_EXPORT)
        # Every other record kind too (check-ins, safe places, needs, boundaries).
        fill_demo(vault, "en", today=date(2026, 3, 1))
        export_json(vault, folder / "export.json")
    return (folder / "export.json").read_bytes()


@SETTINGS
@given(data=st.data())
def test_haven_json_mutated(prop_vault, tmp_path, haven_export_bytes, data):
    path = fresh_path(tmp_path, "haven.json")
    path.write_bytes(data.draw(source_bytes(haven_export_bytes)))
    import_must_succeed_or_change_nothing(prop_vault, "haven-json", path)


@SETTINGS
@given(entries=records(HAVEN_KEYS), extra=st.dictionaries(
    st.sampled_from(["version", "format", "exported_at", "checkins", "safe_places", "needs",
                     "boundaries", "triggers", "selfcare_items"]), json_values, max_size=2))
def test_haven_json_random_documents(prop_vault, tmp_path, entries, extra):
    path = fresh_path(tmp_path, "haven.json")
    document = {"format": "haven-export", "version": 1, "entries": entries} | extra
    path.write_text(json.dumps(document), encoding="utf-8")
    import_must_succeed_or_change_nothing(prop_vault, "haven-json", path)


# -- the write step -----------------------------------------------------------------------

imported_entries = st.builds(
    ImportedEntry,
    entry_date=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)),
    title=st.text(max_size=20), body=st.text(max_size=60),
    tags=st.lists(st.text(max_size=10), max_size=3),
    mood=st.one_of(st.none(), st.integers(1, 5)))


@SETTINGS
@given(items=st.lists(imported_entries, max_size=12), poison_at=st.integers(0, 12))
def test_a_failure_at_any_point_of_the_write_changes_nothing(prop_vault, items, poison_at):
    before = snapshot(prop_vault)
    poisoned = list(items)
    poison = ImportedEntry(date(1999, 1, 1) + timedelta(days=poison_at), "poison \u2620",
                           mood=99)
    poisoned.insert(min(poison_at, len(items)), poison)
    with pytest.raises(ValueError, match="mood"):
        import_entries(prop_vault, poisoned)
    assert snapshot(prop_vault) == before


# -- the real exports as seeds (tests/data/real) ----------------------------------------------

REAL = DAYONE.parent / "real"
REAL_SEEDS = {
    "dayone-json": [REAL / "dayone" / "Dev Journal.json", REAL / "dayone" / "PDF.json",
                    REAL / "dayone" / "Example-subset.json"],
    "daylio-csv": sorted((REAL / "daylio").glob("*.csv")),
    "markdown": [REAL / "jrnl" / "24h" / "journal.md", REAL / "jrnl" / "12h" / "journal.txt",
                 *sorted((REAL / "obsidian-tracker" / "diary").glob("*.md"))],
}
REAL_SETTINGS = settings(max_examples=40, deadline=None, derandomize=True,
                         suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                HealthCheck.too_slow])


def real_seed_cases():
    for fmt, paths in REAL_SEEDS.items():
        for path in paths:
            yield pytest.param(fmt, path, id=f"{fmt}-{path.name}")


@pytest.mark.parametrize(("fmt", "seed"), list(real_seed_cases()))
def test_real_exports_mutated(prop_vault, tmp_path, fmt, seed):
    """Mutated bytes, cut files and other encodings of each real export: an import or
    ImportFailed, never a traceback, and the vault unchanged on failure."""

    @REAL_SETTINGS
    @given(data=st.one_of(mutated(seed.read_bytes()),
                          st.just(seed.read_text("utf-8").encode("utf-16")),
                          st.just(seed.read_text("utf-8").encode("cp1252", "replace"))))
    def run(data):
        path = fresh_path(tmp_path, seed.name)
        path.write_bytes(data)
        import_must_succeed_or_change_nothing(prop_vault, fmt, path)

    run()


@REAL_SETTINGS
@given(files=st.lists(st.one_of(*(mutated(p.read_bytes()) for p in REAL_SEEDS["markdown"])),
                      min_size=1, max_size=4))
def test_markdown_folder_of_mutated_real_files(prop_vault, tmp_path, files):
    """A folder imports the files it can read and lists the others; it never fails as a
    whole for one file."""
    folder = fresh_path(tmp_path, "folder")
    folder.mkdir()
    for i, data in enumerate(files):
        (folder / f"note-{i}.md").write_bytes(data)
    summary = import_file(prop_vault, "markdown", folder)
    assert summary.imported + summary.duplicates_skipped + len(summary.not_imported) >= 1
    assert all(f.reason for f in summary.not_imported)
