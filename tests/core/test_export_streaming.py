"""The whole-journal export streams: entries are read in batches from one snapshot and
written as they go, memory stays flat in the number of entries, and a kill halfway
leaves no file anyone could read."""

from __future__ import annotations

import gc
import json
import os
import signal
import subprocess
import sys
import tracemalloc
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from journal import export as export_module
from journal.entries import EntryStore
from journal.export import (
    export_json,
    export_markdown,
    haven_document,
    haven_json_chunks,
    haven_json_stream,
    markdown_files,
)
from journal.models import EntryDraft
from journal.vault import Vault
from tests.conftest import PASSPHRASE
from tests.core.test_crash_safety import child_env
from tests.core.test_security_plaintext import encodings

HERE = Path(__file__).parent
BODY = " ".join(["vandaag was een rustige dag met een wandeling"] * 20)  # ~1 KB


def add(vault: Vault, n: int, *, marker: str = "", filler: str = "") -> None:
    store = EntryStore(vault)
    with vault.transaction():
        for i in range(n):
            store.create(EntryDraft(date(2020 + i % 5, 1 + i % 12, 1 + i % 28),
                                    f"Dag {i} {marker}", f"{BODY} {i} {marker} {filler}",
                                    mood=i % 5 + 1, tags=["rust"] if i % 3 else []))


@pytest.mark.parametrize("batch", [1, 2, 200])
def test_the_stream_writes_exactly_the_whole_documents_json(vault, monkeypatch, batch):
    add(vault, 7)
    EntryStore(vault).create(EntryDraft(date(2021, 1, 1), 'Quotes "and"\nlines', "Zoë 😊"))
    monkeypatch.setattr(export_module, "ENTRY_BATCH", batch)
    monkeypatch.setattr(export_module, "JSON_CHUNK", 100)
    now = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    expected = b"".join(haven_json_chunks(haven_document(vault, now=now)))
    with vault.reading() as snapshot:
        pieces = list(haven_json_stream(snapshot, now=now))
    assert b"".join(pieces) == expected
    assert len(pieces) > 5


def test_the_stream_of_an_empty_journal(vault):
    now = datetime(2026, 1, 2, tzinfo=UTC)
    with vault.reading() as snapshot:
        streamed = b"".join(haven_json_stream(snapshot, now=now))
    assert streamed == (json.dumps(haven_document(vault, now=now), ensure_ascii=False,
                                   indent=2) + "\n").encode()


def test_markdown_names_stay_unique_across_batches(vault, monkeypatch):
    store = EntryStore(vault)
    for _ in range(5):  # the same day and title: -2, -3, … whatever the batches
        store.create(EntryDraft(date(2024, 5, 5), "Zelfde", "tekst"))
    store.create(EntryDraft(date(2024, 5, 6), "Zelfde", "tekst"))
    monkeypatch.setattr(export_module, "ENTRY_BATCH", 2)
    names = [name for name, _ in markdown_files(vault)]
    assert names == ["2024-05-05-zelfde.md", "2024-05-05-zelfde-2.md",
                     "2024-05-05-zelfde-3.md", "2024-05-05-zelfde-4.md",
                     "2024-05-05-zelfde-5.md", "2024-05-06-zelfde.md"]


def export_peak(vault: Vault, out: Path, kind: str) -> int:
    """Peak bytes Python allocated during one export."""
    gc.collect()
    tracemalloc.start()
    try:
        if kind == "json":
            export_json(vault, out)
        elif kind == "zip":
            export_json(vault, out, password="zip pw zip")
        else:
            export_markdown(vault, out, password="zip pw zip")
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("kind", ["json", "zip", "markdown-zip"])
def test_memory_is_flat_in_the_number_of_entries(vault, tmp_path, kind):
    long_word = "z" * 4000  # 4 KB more text per entry, cheap to index (one word)
    add(vault, 500, filler=long_word)
    small = export_peak(vault, tmp_path / "small.out", kind)
    add(vault, 1500, filler=long_word)
    large = export_peak(vault, tmp_path / "large.out", kind)
    # Four times the entries, each with 5 KB of text: what grows is far less than one
    # entry's text per entry (the ids, 8 bytes each; in a zip, each file's entry in
    # the zip's list of files, which is written last).
    assert (large - small) / 1500 < 1024, (small, large)
    if kind != "markdown-zip":  # one file: about the same peak
        assert large < small * 1.25, (small, large)


def test_export_leaves_garbage_collection_on(vault, tmp_path, monkeypatch):
    add(vault, 3)
    seen = []
    real = export_module._entry_batch

    def batch(snapshot, ids):
        seen.append(gc.isenabled())
        return real(snapshot, ids)

    monkeypatch.setattr(export_module, "_entry_batch", batch)
    export_json(vault, tmp_path / "x.json")
    assert seen == [True]


def test_a_write_goes_on_during_an_export_and_is_not_in_it(vault, tmp_path, monkeypatch):
    add(vault, 10)
    monkeypatch.setattr(export_module, "ENTRY_BATCH", 3)
    real = export_module._entry_batch
    calls = []

    def batch(snapshot, ids):
        calls.append(ids)
        if len(calls) == 2:  # halfway: she saves an entry (another thread's connection)
            EntryStore(vault).create(EntryDraft(date(2030, 1, 1), "Later", "na de export"))
        return real(snapshot, ids)

    monkeypatch.setattr(export_module, "_entry_batch", batch)
    result = export_json(vault, tmp_path / "x.json")
    assert result.entries == 10
    document = json.loads((tmp_path / "x.json").read_bytes())
    assert "Later" not in [e["title"] for e in document["entries"]]
    assert EntryStore(vault).count() == 11


@pytest.mark.parametrize("kind", ["json", "zip"])
def test_halfway_the_export_has_no_name(vault, tmp_path, monkeypatch, kind):
    """Until it is complete the file has no name: nothing to find or open."""
    add(vault, 10)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(export_module, "ENTRY_BATCH", 2)
    monkeypatch.setattr(export_module, "JSON_CHUNK", 100)
    real = export_module._entry_batch
    seen = []

    def batch(snapshot, ids):
        seen.append(sorted(p.name for p in out.iterdir()))
        return real(snapshot, ids)

    monkeypatch.setattr(export_module, "_entry_batch", batch)
    target = out / ("x.json" if kind == "json" else "x.zip")
    export_json(vault, target, password="zip pw zip" if kind == "zip" else None)
    assert seen == [[]] * 5
    assert sorted(p.name for p in out.iterdir()) == [target.name]


def test_without_unnamed_files_a_temporary_name_is_used_and_removed(vault, tmp_path,
                                                                    monkeypatch):
    """Where the file system has no O_TMPFILE: a hidden temporary file, as before."""
    add(vault, 3)
    monkeypatch.setattr(export_module, "_unnamed_file", lambda folder: None)
    target = tmp_path / "out" / "x.json"
    assert export_json(vault, target).entries == 3
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.json"]


@pytest.mark.parametrize("overwrite", [False, True])
def test_an_unnamed_export_keeps_or_replaces_an_existing_file(vault, tmp_path, overwrite):
    from journal.errors import TargetExists

    add(vault, 2)
    target = tmp_path / "x.json"
    target.write_text("old")
    if not overwrite:
        with pytest.raises(TargetExists):
            export_json(vault, target)
        assert target.read_text() == "old"
    else:
        export_json(vault, target, overwrite=True)
        assert len(json.loads(target.read_bytes())["entries"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault", "x.json"]


@pytest.mark.parametrize("kind", ["json", "zip", "markdown-zip"])
def test_a_kill_halfway_leaves_nothing_readable(vault, vault_dir, tmp_path, kind):
    marker = "zqExportKillMarker"
    add(vault, 600, marker=marker)
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    out = tmp_path / "out"
    out.mkdir()
    child = subprocess.Popen(
        [sys.executable, str(HERE / "child_export_hang.py"), str(vault_dir), str(pass_file),
         str(out / "export.out"), kind],
        stdout=subprocess.PIPE, text=True, env=child_env(), stdin=subprocess.DEVNULL)
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "halfway"
        # The child has written part of the export (to a file without a name).
        fds = Path(f"/proc/{child.pid}/fd")
        written = [os.readlink(fd) for fd in fds.iterdir()]
        assert any(str(out) in link and "(deleted)" in link for link in written), written
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)
    assert child.returncode == -signal.SIGKILL  # the kill landed
    leftovers = [p for p in out.rglob("*")]
    assert leftovers == []
    for p in tmp_path.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            assert not any(form in data for form in encodings(marker)), p


def test_the_stream_writes_every_record_kind_as_json_dumps_does(vault):
    """The other records are streamed one at a time too, with json.dumps's layout."""
    from tests.core.test_export import fill_every_kind

    fill_every_kind(vault)
    now = datetime(2026, 1, 2, tzinfo=UTC)
    document = haven_document(vault, now=now)
    assert document["checkins"] and document["needs"] and document["boundaries"]
    with vault.reading() as snapshot:
        streamed = b"".join(haven_json_stream(snapshot, now=now))
    assert streamed == (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
