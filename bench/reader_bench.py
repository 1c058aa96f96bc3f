"""Does the GUI thread wait for a worker's long read? The journal list's first page is
read over and over on the main thread while a worker thread reads the whole journal
(the Haven JSON export, written to /dev/null), once on a reader connection (as Haven
does) and once through the main connection inside one transaction (as Haven did
before the reader: the whole export held the vault's lock). Then the same with the
summary of the newest year.

    .venv/bin/python bench/reader_bench.py [--size 10000] [--rounds 2]

Prints the main thread's query times (p50 / p95 / longest, ms) during each read, with
the load average before and after; raw figures in bench/vaults/reader-gaps.json.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import threading
import time
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))

from journal.entries import EntryStore  # noqa: E402
from journal.export import haven_json_stream  # noqa: E402
from journal.keyslots import Secret  # noqa: E402
from journal.report.blocks import ReportOptions  # noqa: E402
from journal.report.sections import build_report  # noqa: E402
from journal.vault import Vault  # noqa: E402


def export_read(source) -> None:
    with open(os.devnull, "wb") as sink:
        for chunk in haven_json_stream(source):
            sink.write(chunk)


def year_summary(source) -> None:
    newest = date.fromisoformat(source.row("SELECT max(entry_date) FROM entries")[0])
    build_report(source, ReportOptions(start=date(newest.year - 1, newest.month, 1),
                                       end=newest, all_entries=True))


def gaps_during(vault: Vault, work) -> list[float]:
    """The main thread's page() times (ms) while `work` runs on a thread."""
    store = EntryStore(vault)
    done = threading.Event()
    thread = threading.Thread(target=lambda: (work(), done.set()))
    times = []
    thread.start()
    while not done.is_set():
        t0 = time.perf_counter_ns()
        store.page(limit=100)
        times.append((time.perf_counter_ns() - t0) / 1e6)
    thread.join()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    home = BENCH / "vaults" / str(args.size)
    passphrase = (home / "passphrase.txt").read_text().splitlines()[0]
    load_before = os.getloadavg()
    figures: dict[str, list[float]] = {}
    with Vault.open(home / "vault", Secret.passphrase(passphrase)) as vault:
        def on_reader(read):
            def work():
                with vault.reading() as snapshot:
                    read(snapshot)
            return work

        class MainConnection:
            """The main connection as a snapshot, as every read was before the reader."""

            folder = vault.folder
            rows, row, execute, transaction = (vault.rows, vault.row, vault.execute,
                                               vault.transaction)

            @staticmethod
            def reading():
                return contextlib.nullcontext(MainConnection)

        def in_transaction(read):
            def work():
                with vault.transaction():
                    read(MainConnection)
            return work

        cases = {"export, on a reader (Haven)": on_reader(export_read),
                 "export, main connection in one transaction (before)":
                     in_transaction(export_read),
                 "summary of a year, on a reader (Haven)": on_reader(year_summary),
                 "summary of a year, main connection in one transaction (before)":
                     in_transaction(year_summary)}
        for _ in range(args.rounds):
            for name, work in cases.items():  # alternating
                figures.setdefault(name, []).extend(gaps_during(vault, work))
    load_after = os.getloadavg()

    def pct(values: list[float], p: float) -> float:
        ordered = sorted(values)
        return ordered[max(0, min(len(ordered) - 1, round(p / 100 * len(ordered)) - 1))]

    print(f"{args.size} entries, {args.rounds} rounds; load average before / after: "
          f"{' '.join(f'{x:.2f}' for x in load_before)} / "
          f"{' '.join(f'{x:.2f}' for x in load_after)}")
    print("| worker reads | list page on the main thread meanwhile: p50 / p95 / longest |"
          " pages read |")
    print("|---|---:|---:|")
    for name, times in figures.items():
        print(f"| {name} | {pct(times, 50):.1f} / {pct(times, 95):.1f} / {max(times):.0f}"
              f" | {len(times)} |")
    (BENCH / "vaults" / "reader-gaps.json").write_text(json.dumps(
        {"size": args.size, "load_before": load_before, "load_after": load_after,
         "figures": figures}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
