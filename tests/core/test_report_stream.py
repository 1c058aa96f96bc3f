"""The summary's entries are streamed: build_report holds their ids only, and writing
reads them a batch at a time, so memory stays flat however many entries there are."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest

import journal.report.html_writer as html_writer
import journal.report.sections as sections
from journal.entries import EntryStore
from journal.errors import TargetInVault, VaultLocked
from journal.models import EntryDraft
from journal.report import (
    ReportOptions,
    build_report,
    markdown_pieces,
    to_html,
    to_markdown,
    write_markdown,
)

DAY = date(2026, 3, 10)


@pytest.fixture
def reads(monkeypatch, vault, entries):
    """25 shared entries, batches of 10, and every batch read recorded."""
    monkeypatch.setattr(sections, "ENTRY_BATCH", 10)
    for i in range(25):
        entries.create(EntryDraft(DAY - timedelta(days=i), f"Day {i:02}", f"BODY-{i:02}",
                                  share_with_therapist=True))
    found: list[int] = []
    between = EntryStore.between

    def spy(self, start, end, **kw):
        got = between(self, start, end, **kw)
        found.append(len(got))
        return got

    monkeypatch.setattr(EntryStore, "between", spy)
    return found


def options(**kw) -> ReportOptions:
    return ReportOptions(DAY - timedelta(days=29), DAY, made_on=DAY, **kw)


def test_the_summary_holds_no_entry_until_it_is_written(vault, reads):
    report = build_report(vault, options())
    assert reads == []  # only their ids so far
    assert len(report.entry_ids()) == 25
    pieces = markdown_pieces(report)
    written = ""
    while "BODY-24" not in written:  # the oldest entry comes first
        written += next(pieces)
    assert reads == [10]  # the first batch, not all of them
    written += "".join(pieces)
    assert reads == [10, 10, 5]
    assert written == to_markdown(report)
    bodies = [written.index(f"BODY-{i:02}") for i in range(24, -1, -1)]
    assert bodies == sorted(bodies)  # oldest first, across batches


def test_write_markdown_streams_to_the_file_in_batches(vault, reads, tmp_path):
    report = build_report(vault, options(names_as_roles=True))
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "summary.md"
    write_markdown(out, report)
    assert reads == [10, 10, 5]
    text = out.read_text(encoding="utf-8")
    assert text.count(" · Day ") == 25 and text.endswith("BODY-00\n")
    assert [p.name for p in out.parent.iterdir()] == ["summary.md"]  # no temp file left


def test_an_entry_deleted_before_writing_is_left_out(vault, reads, entries):
    report = build_report(vault, options())
    first = report.entry_ids()[0]
    entries.delete(first)
    text = to_markdown(report)
    assert "Day 24" not in text and text.count(" · Day ") == 24


def test_a_failed_write_leaves_nothing(vault, reads, tmp_path):
    report = build_report(vault, options())
    with pytest.raises(TargetInVault):
        write_markdown(vault.folder / "summary.md", report)
    assert sorted(p.name for p in vault.folder.iterdir() if "summary" in p.name) == []
    (tmp_path / "out").mkdir()
    vault.close()  # locked before it was written: the entries cannot be read
    with pytest.raises(VaultLocked):
        write_markdown(tmp_path / "out" / "summary.md", report)
    assert list((tmp_path / "out").iterdir()) == []  # no half summary, no temp file


def test_the_stream_reads_on_a_reader_connection_of_its_own(vault, reads):
    """Written later (the PDF on another worker), the entries are read in a snapshot
    taken from the vault then, not through the one the summary was built from: that
    one's connection is back in the pool by then, to be handed to another read or
    closed by a lock while this one still read on it (a worker hung for good in
    sqlite3_reset so)."""
    pool = vault._readers
    report = build_report(vault, options())
    assert pool._busy == [] and len(pool._idle) == 1  # the summary's snapshot has ended
    built_on = pool._idle[0]
    pieces = markdown_pieces(report)
    written = ""
    while "BODY-24" not in written:  # within the first batch's reading
        written += next(pieces)
    assert pool._busy == [built_on]  # taken from the pool: a lock waits for it
    with vault.reading() as other:  # another worker's read meanwhile
        assert other._conn is not built_on  # not the same connection at once
        assert other.row("SELECT count(*) FROM entries")[0] == 25
    written += "".join(pieces)
    assert reads == [10, 10, 5] and written == to_markdown(report)
    assert pool._busy == []


def test_a_snapshot_whose_reading_has_ended_reads_nothing(vault, reads):
    with vault.reading() as snapshot:
        assert len(EntryStore(snapshot).between(DAY - timedelta(days=1), DAY)) == 2
    with pytest.raises(RuntimeError, match="has ended"):  # its connection is the pool's
        EntryStore(snapshot).between(DAY - timedelta(days=1), DAY)
    with pytest.raises(RuntimeError, match="has ended"), snapshot.reading() as again:
        again.row("SELECT 1")


@contextmanager
def file_size_limit(size: int) -> Iterator[None]:
    """Meanwhile, a file this process writes may grow to `size` bytes: beyond it a write
    fails with EFBIG, a real disk error (Python ignores the SIGXFSZ that comes with it)."""
    resource = pytest.importorskip("resource")
    before = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, before[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, before)


def test_a_write_that_fails_halfway_gives_its_reader_connection_back(
        vault, monkeypatch, entries, tmp_path):
    """The disk fills up halfway through the entries: the failure (kept, as a worker
    keeps it to report it) must not keep the paused read's connection busy, or the next
    lock waits for it until the generator happens to be collected."""
    monkeypatch.setattr(sections, "ENTRY_BATCH", 10)
    for i in range(25):  # long entries: the first batch alone outgrows the limit
        entries.create(EntryDraft(DAY - timedelta(days=i), f"Day {i:02}",
                                  "words " * 2000, share_with_therapist=True))
    report = build_report(vault, options())
    (tmp_path / "out").mkdir()
    pool = vault._readers
    with file_size_limit(40_000), pytest.raises(OSError, match="too large") as failure:
        write_markdown(tmp_path / "out" / "summary.md", report)
    busy = len(pool._busy)
    del failure  # were a connection still busy, this frees it: the lock below ends
    gc.collect()
    assert busy == 0
    assert list((tmp_path / "out").iterdir()) == []  # no half summary, no temp file
    vault.close()  # a lock right after: nothing to wait for
    assert pool._idle == [] and pool._busy == []


@pytest.mark.parametrize("names_as_roles", [False, True])
def test_a_summary_that_fails_halfway_gives_its_reader_connection_back(
        vault, reads, entries, monkeypatch, names_as_roles):
    """The HTML (the PDF's source) fails at an entry halfway: the failure, kept as a
    worker keeps it to report it, must not hold the paused read's connection, or the
    next lock waits for it until the generator is collected. (The failure is a bug put
    into the entry's Markdown step on purpose: no real input makes the writer fail any
    more, and the point is what happens to the read when any step fails.)"""
    entries.create(EntryDraft(DAY - timedelta(days=20), "Pasted", "breaks the writer",
                              share_with_therapist=True))
    real = html_writer.markdown_html

    def failing(body: str, **kw) -> str:
        if body == "breaks the writer":
            raise IndexError("a bug in a writer")
        return real(body, **kw)

    monkeypatch.setattr(html_writer, "markdown_html", failing)
    report = build_report(vault, options(names_as_roles=names_as_roles))
    pool = vault._readers
    with pytest.raises(IndexError) as failure:
        to_html(report)
    busy, read = len(pool._busy), list(reads)
    del failure  # were a connection still busy, this frees it: the lock below ends
    gc.collect()
    assert read == [10]  # halfway: the first batch was read, the others not yet
    assert busy == 0
    vault.close()  # a lock right after: nothing to wait for
    assert pool._idle == [] and pool._busy == []
