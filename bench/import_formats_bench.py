"""Import benchmark for the other formats: a 10-year Daylio CSV (~7,300 rows) and a
folder of 5,000 Markdown files (Obsidian daily notes with front matter).

    .venv/bin/python bench/import_formats_bench.py              # 3 runs; into RESULTS.md
    .venv/bin/python bench/import_formats_bench.py --runs 1 --no-write

The files are made from the rows and notes of the real samples in tests/data/real
(Daylio rows of staticf0x/daylio-parser, Obsidian tracker notes), repeated over the
days with their dates changed. Each run creates a vault with the default Argon2id
parameters (not timed), then times parsing and importing (one transaction), then the
same import again (every row a duplicate). The figures go in the "Import of Daylio and
Markdown" section of bench/RESULTS.md. The GUI runs the same two calls on a worker
thread with a progress bar (ui/dialogs/import_dialog.py).
"""

from __future__ import annotations

import argparse
import csv
import io
import platform
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from results import replace_section  # noqa: E402

from journal.importers import import_entries, parse_source  # noqa: E402
from journal.vault import Vault  # noqa: E402

REAL = ROOT / "tests" / "data" / "real"
DAYS = 3650  # ten years
ROWS_A_DAY = 2  # every other day two rows: ~7,300 rows
MARKDOWN_FILES = 5000
HEADING = "## Import of Daylio and Markdown"


def daylio_file(folder: Path) -> Path:
    """~7,300 rows: the real rows, over ten years, two a day on most days."""
    with (REAL / "daylio" / "staticf0x-test_data.csv").open(encoding="utf-8",
                                                            newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        rows = list(reader)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    start = date(2015, 1, 1)
    n = 0
    for day_index in range(DAYS):
        day = start + timedelta(days=day_index)
        for _ in range(ROWS_A_DAY if day_index % 10 else 1):
            row = list(rows[n % len(rows)])
            row[0] = day.isoformat()
            row[1] = f"{day.day} {day.strftime('%B')}"
            row[2] = day.strftime("%A")
            writer.writerow(row)
            n += 1
    path = folder / "daylio_export.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def markdown_folder(folder: Path) -> Path:
    notes = sorted((REAL / "obsidian-tracker" / "diary").glob("*.md"))
    texts = [p.read_text(encoding="utf-8") for p in notes]
    target = folder / "vault"
    start = date(2010, 1, 1)
    for i in range(MARKDOWN_FILES):
        day = start + timedelta(days=i)
        sub = target / str(day.year)
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{day.isoformat()}.md").write_text(
            texts[i % len(texts)] + f"\nDag {i}.\n", encoding="utf-8")
    return target


def timed(fmt: str, path: Path, vault: Vault) -> tuple[float, float, int]:
    start = time.perf_counter()
    batch = parse_source(fmt, path)
    parsed = time.perf_counter()
    summary = import_entries(vault, batch)
    done = time.perf_counter()
    return parsed - start, done - parsed, summary.imported + summary.checkins_imported


def run_once(work: Path, fmt: str, path: Path, index: int) -> dict[str, float]:
    with Vault.create(work / f"vault-{fmt}-{index}", "a benchmark passphrase") as vault:
        parse_s, write_s, count = timed(fmt, path, vault)
        again_parse, again_write, again = timed(fmt, path, vault)
    assert again == 0, again
    return {"parse": parse_s, "write": write_s, "count": count,
            "again": again_parse + again_write}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    lines = [HEADING, "", f"{platform.python_implementation()} {platform.python_version()},"
             f" {platform.machine()}; median of {args.runs} run(s); seconds.", "",
             "| source | records | parse | write (one transaction) | total | again (all"
             " duplicates) |", "|---|---|---|---|---|---|"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sources = {"daylio-csv": daylio_file(work), "markdown": markdown_folder(work)}
        for fmt, path in sources.items():
            runs = [run_once(work, fmt, path, i) for i in range(args.runs)]

            def med(key: str, runs: list[dict[str, float]] = runs) -> float:
                return statistics.median(r[key] for r in runs)

            label = {"daylio-csv": "Daylio CSV, 10 years",
                     "markdown": f"Markdown folder, {MARKDOWN_FILES:,} files"}[fmt]
            row = (f"| {label} | {int(med('count')):,} | {med('parse'):.2f} |"
                   f" {med('write'):.2f} | {med('parse') + med('write'):.2f} |"
                   f" {med('again'):.2f} |")
            print(row)
            lines.append(row)
    if not args.no_write:
        print(f"written to {replace_section(HEADING, chr(10).join(lines) + chr(10))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
