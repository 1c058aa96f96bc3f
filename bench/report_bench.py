"""Benchmark: the therapist summary of a year (365 daily entries and check-ins) as PDF,
and the Markdown summary of many entries, streamed.

    .venv/bin/python bench/report_bench.py [--runs 3] [--no-write]
    .venv/bin/python bench/report_bench.py --stream [--sizes 1000,10000] [--no-write]

Times build_report (data from the stores) and pdf_bytes (layout, charts, PDF) for the
whole year, with every entry included. Target (issue 7): under 3 seconds. The figures go
in the "Therapist summary" section of bench/RESULTS.md.

`--stream`: a summary of every entry of a vault of each size written as Markdown with
`write_markdown` (the entries read a batch at a time as they are written), its time
and the peak of Python's allocations (tracemalloc) while it is built and written,
beside the same summary made whole in memory (`to_markdown`) for comparison. Section
"Therapist summary, streamed".
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pikepdf

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))
sys.path.insert(0, str(BENCH))

import corpus  # noqa: E402
from results import replace_section  # noqa: E402

from journal.checkin_models import CheckinDraft  # noqa: E402
from journal.checkins import CheckinStore  # noqa: E402
from journal.entries import EntryStore  # noqa: E402
from journal.keyslots import KdfParams  # noqa: E402
from journal.models import EntryDraft  # noqa: E402
from journal.report import ReportOptions, build_report  # noqa: E402
from journal.vault import Vault  # noqa: E402
from ui.report_pdf import ensure_app, pdf_bytes  # noqa: E402

DAYS = 365
TARGET_S = 3.0
END = date(2026, 6, 30)
QUICK = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)  # the KDF is not measured
HEADING = "## Therapist summary"


def fill(vault: Vault) -> None:
    rng = random.Random(365)
    entries, checkins = EntryStore(vault), CheckinStore(vault)
    with vault.transaction():
        for i, synth in enumerate(corpus.generate(DAYS)):
            day = END - timedelta(days=i)
            entries.create(EntryDraft(day, synth.title, synth.body, mood=synth.mood,
                                      tags=synth.tags, share_with_therapist=True))
            checkins.create(CheckinDraft(day, mood=rng.randint(0, 10),
                                         anxiety=rng.randint(0, 10), safety=rng.randint(0, 10),
                                         sleep_hours=rng.choice((5.5, 6.0, 7.0, 8.0))))


STREAM_HEADING = "## Therapist summary, streamed"
WHOLE_UP_TO = 10_000  # entries up to which the whole-in-memory summary is made to compare


def stream(sizes: list[int], write: bool) -> None:
    import tracemalloc

    from journal.report import to_markdown, write_markdown

    rows = []
    for n in sizes:
        with (tempfile.TemporaryDirectory(prefix="haven-report-stream-") as tmp,
              Vault.create(Path(tmp) / "vault", "bench passphrase", kdf=QUICK) as vault):
            store = EntryStore(vault)
            with vault.transaction(), store.bulk_add() as add:
                for synth in corpus.generate(n):
                    add(EntryDraft(synth.entry_date, synth.title, synth.body,
                                   mood=synth.mood, tags=synth.tags,
                                   share_with_therapist=True), None, None)
            options = ReportOptions(date(2015, 1, 1), date(2025, 12, 31),
                                    sections=("entries",), all_entries=True,
                                    made_on=END)
            out = Path(tmp) / "summary.md"
            tracemalloc.start()
            start = time.perf_counter()
            write_markdown(out, build_report(vault, options))
            streamed_s = time.perf_counter() - start
            streamed_peak = tracemalloc.get_traced_memory()[1]
            whole_peak = None
            if n <= WHOLE_UP_TO:  # beyond, holding it all would crowd the shared machine
                tracemalloc.reset_peak()
                to_markdown(build_report(vault, options))
                whole_peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            rows.append((n, out.stat().st_size, streamed_s, streamed_peak, whole_peak))
    mib = 1024 * 1024
    text = "\n".join([
        STREAM_HEADING, "",
        "Every entry of a vault (the bench corpus, 150–600 words each) in one Markdown "
        "summary, written with `write_markdown`: only the entries' ids are held, their "
        "text is read 200 at a time as it is written. Peak of Python's allocations "
        "(tracemalloc, which slows the run; SQLite's own cache is not counted), beside "
        "the same summary made whole in memory with `to_markdown`. `bench/report_bench.py "
        f"--stream`, {datetime.now():%Y-%m-%d}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, on the shared 2-core machine.", "",
        "| entries | file (MiB) | written in (s) | peak, streamed (MiB) | "
        "peak, made whole (MiB) |",
        "|---:|---:|---:|---:|---:|",
        *[f"| {n:,} | {size / mib:.1f} | {secs:.2f} | {peak / mib:.1f} | "
          + (f"{whole / mib:.1f} |" if whole is not None else "not made |")
          for n, size, secs, peak, whole in rows], ""])
    print(text)
    if write:
        print(f"wrote {replace_section(STREAM_HEADING, text)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--stream", action="store_true",
                        help="the streamed Markdown summary of many entries")
    parser.add_argument("--sizes", default="1000,10000",
                        help="--stream: entries in each vault, comma-separated")
    args = parser.parse_args()
    if args.stream:
        stream([int(n) for n in args.sizes.split(",")], not args.no_write)
        return
    ensure_app()
    build, render, pages = [], [], 0
    with (tempfile.TemporaryDirectory(prefix="haven-report-bench-") as tmp,
          Vault.create(Path(tmp) / "vault", "bench passphrase", kdf=QUICK) as vault):
        fill(vault)
        options = ReportOptions(END - timedelta(days=DAYS - 1), END, all_entries=True,
                                made_on=END)
        for _ in range(args.runs):
            start = time.perf_counter()
            report = build_report(vault, options)
            middle = time.perf_counter()
            data = pdf_bytes(report)
            build.append(middle - start)
            render.append(time.perf_counter() - middle)
        with pikepdf.open(io.BytesIO(data)) as pdf:
            pages = len(pdf.pages)
    total = [b + r for b, r in zip(build, render, strict=True)]
    verdict = "met" if statistics.median(total) < TARGET_S else "**not met**"
    text = "\n".join([
        HEADING, "",
        f"A year ({DAYS} days) of entries (150–600 words, all included) and check-ins to a "
        f"PDF of {pages} pages; {args.runs} runs. `bench/report_bench.py`, "
        f"{datetime.now():%Y-%m-%d}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}. Target under {TARGET_S:.0f} s: {verdict}.",
        "",
        "| step | median (s) | slowest (s) |",
        "|---|---:|---:|",
        f"| build the report data (`build_report`) | {statistics.median(build):.2f} | "
        f"{max(build):.2f} |",
        f"| lay out, draw charts, write the PDF (`pdf_bytes`) | "
        f"{statistics.median(render):.2f} | {max(render):.2f} |",
        f"| **total** | {statistics.median(total):.2f} | {max(total):.2f} |", ""])
    print(text)
    if not args.no_write:
        print(f"wrote {replace_section(HEADING, text)}")


if __name__ == "__main__":
    main()
