"""Timeline benchmark: the "What happened" page over a large vault.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timeline_bench.py          # 3 runs
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/timeline_bench.py --no-write

A vault is made once (not timed): 100,000 journal entries over ten years (1,000 of
them marked as milestones), 3,650 daily check-ins (one a day; the very low and very
high days are on the timeline), 2,000 events (a third with approximate dates), 200
boundaries with 600 status changes and 300 crossings, 300 needs with 600 status
changes, 40 STI tests and 300 sessions. Then, each run:

- `Timeline.find()` of every kind, all ten years, and of one year;
- `Timeline.items()` of one block (100 keys), as the list reads them;
- the page's model at each zoom (keys and grouping, on a worker through the reader
  connection) until the first screen of rows is drawn (their text read), offscreen,
  and of that the time the GUI thread was busy (asking, taking the rows in, and
  reading the first screen).

Target: every figure under 100 ms. The figures go in the "Timeline" section of
bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from results import replace_section  # noqa: E402

from journal.clock import now_utc  # noqa: E402
from journal.entries import EntryStore  # noqa: E402
from journal.keyslots import KdfParams  # noqa: E402
from journal.models import EntryDraft  # noqa: E402
from journal.timeline import Timeline  # noqa: E402
from journal.vault import Vault  # noqa: E402

ENTRIES = 100_000
DAYS = 3650
TARGET_MS = 100.0
TODAY = date(2026, 6, 30)
QUICK = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


def _many(vault: Vault, sql: str, rows: list[tuple]) -> None:
    for row in rows:
        vault.execute(sql, row)


def fill(vault: Vault) -> None:
    rng = random.Random(23)
    first = TODAY - timedelta(days=DAYS - 1)

    def day() -> str:
        return (first + timedelta(days=rng.randrange(DAYS))).isoformat()

    store = EntryStore(vault)
    with vault.transaction(), store.bulk_add() as add:
        for n in range(ENTRIES):
            add(EntryDraft(date.fromisoformat(day()), f"Entry {n}",
                           "A few words about the day. " * rng.randint(1, 6)), None, None)
    stamp = now_utc()
    with vault.transaction():
        ids = [r[0] for r in vault.rows("SELECT id FROM entries")]
        _many(vault, "INSERT INTO entry_milestones (entry_id) VALUES (?)",
                          [(i,) for i in rng.sample(ids, 1000)])
        _many(vault,
            "INSERT INTO checkins (day, created_at, updated_at, mood, note)"
            " VALUES (?, ?, ?, ?, ?)",
            [((first + timedelta(days=n)).isoformat(), stamp, stamp, rng.randint(0, 10),
              "A note") for n in range(DAYS)])
        events = []
        for n in range(2000):
            start = day()
            if n % 3:
                events.append(("day", start, start, start))
            else:
                year = start[:4]
                events.append(("year", f"{year}-01-01", f"{year}-12-31", f"{year}-01-01"))
        _many(vault,
            "INSERT INTO events (precision, date_from, date_to, sort_day, what, source,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, 'Something happened', 'saw', ?, ?)",
            [(*e, stamp, stamp) for e in events])
        _many(vault,
            "INSERT INTO boundaries (action, status, created_at, updated_at)"
            " VALUES (?, 'holding', ?, ?)", [(f"Boundary {n}", stamp, stamp) for n in range(200)])
        _many(vault,
            "INSERT INTO boundary_status_changes (boundary_id, status, changed_on)"
            " VALUES (?, 'decided', ?)", [(rng.randint(1, 200), day()) for _ in range(600)])
        _many(vault,
            "INSERT INTO boundary_crossings (boundary_id, crossed_on, what_happened, followed,"
            " created_at) VALUES (?, ?, 'It was crossed', 'yes', ?)",
            [(rng.randint(1, 200), day(), stamp) for _ in range(300)])
        _many(vault,
            "INSERT INTO needs (text, area, status, created_at, updated_at)"
            " VALUES (?, 'rest', 'noticed', ?, ?)", [(f"Need {n}", stamp, stamp)
                                                     for n in range(300)])
        _many(vault,
            "INSERT INTO need_status_changes (need_id, status, changed_on)"
            " VALUES (?, 'met', ?)", [(rng.randint(1, 300), day()) for _ in range(600)])
        _many(vault, "INSERT INTO sti_tests (taken_on, created_at) VALUES (?, ?)",
                          [(day(), stamp) for _ in range(40)])
        _many(vault,
            "INSERT INTO agenda_items (text, created_at, discussed_on) VALUES (?, ?, ?)",
            [(f"Topic {n}", stamp, day()) for n in range(600)])


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.hub import Hub
    from ui.models.timeline_model import ZOOMS
    from ui.pages.timeline_page import TimelinePage
    from ui.settings import Settings

    qapp = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory(prefix="haven-bench-") as tmp:
        vault = Vault.create(Path(tmp) / "vault", "bench-passphrase-not-secret", kdf=QUICK)
        try:
            t0 = time.perf_counter()
            fill(vault)
            print(f"filled in {time.perf_counter() - t0:.1f} s")
            timeline = Timeline(vault)
            total = len(timeline.find())
            settings = Settings(QSettings(str(Path(tmp) / "s.ini"),
                                          QSettings.Format.IniFormat))
            settings.language_override = "en"
            page = TimelinePage(vault, Hub(), settings)
            page.resize(1200, 900)
            page.show()
            qapp.processEvents()
            results: dict[str, list[float]] = {}

            def add(name: str, ms: float) -> None:
                results.setdefault(name, []).append(ms)

            for _ in range(args.runs):
                add(f"find every kind, ten years ({total:,} items)", timed(timeline.find))
                add("find every kind, one year",
                    timed(lambda: timeline.find(first=date(2020, 1, 1),
                                                last=date(2020, 12, 31))))
                keys = timeline.find()
                middle = len(keys) // 2
                add("items of one block (100 keys)",
                    timed(lambda k=keys, m=middle: timeline.items(k[m:m + 100])))
                for zoom in ZOOMS:
                    page.model.zoom = zoom
                    on_gui: list[float] = []

                    def show(on_gui: list[float] = on_gui) -> None:
                        # The keys and rows are read on a worker; the GUI thread only
                        # asks, then takes the rows in (_show) and draws the first screen.
                        take = page.model._show
                        page.model._show = lambda *a: on_gui.append(timed(lambda: take(*a)))
                        on_gui.append(timed(page.reload))
                        while page.model.loading:
                            qapp.processEvents()
                            time.sleep(0.001)
                        on_gui.append(timed(lambda: [
                            page.model.index(row).data()
                            for row in range(min(40, page.model.rowCount()))]))
                        del page.model._show

                    add(f"page: reload at zoom '{zoom}' until the first screen is drawn",
                        timed(show))
                    add(f"page: of which on the GUI thread, zoom '{zoom}'", sum(on_gui))
        finally:
            page.close()
            vault.close()

    rows = [(name, statistics.median(v), max(v)) for name, v in results.items()]
    width = max(len(r[0]) for r in rows)
    for name, median, worst in rows:
        flag = "ok" if worst < TARGET_MS else "OVER"
        print(f"{name:<{width}}  median {median:7.1f} ms  max {worst:7.1f} ms  {flag}")
    if args.no_write:
        return
    lines = [
        "## Timeline",
        "",
        f"{ENTRIES:,} entries (1,000 milestones), {DAYS:,} daily check-ins, 2,000 events and "
        f"the other dated records of ten years in one vault; {args.runs} runs; target "
        f"< {TARGET_MS:.0f} ms each. `bench/timeline_bench.py`, {datetime.now():%Y-%m-%d}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
        "on the shared 2-core machine.",
        "",
        "| What | Median (ms) | Max (ms) |",
        "|---|---:|---:|",
        *[f"| {name} | {median:.1f} | {worst:.1f} |" for name, median, worst in rows],
        "",
    ]
    replace_section("## Timeline", "\n".join(lines))


if __name__ == "__main__":
    main()
