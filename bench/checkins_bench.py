"""Check-in benchmark: 10 years of daily check-ins (3,650), aggregates and chart data.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/checkins_bench.py          # 5 runs
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/checkins_bench.py --no-write

A vault with 3,650 check-ins (one a day, each with self-care items, some with
triggers and a note) is made once (not timed). Then, each run:

- `store.trends(today, days)` for 7, 30, 90 and 365 days: reading the check-ins from
  the encrypted vault plus every aggregate (daily means, rolling averages, self-care
  and trigger counts);
- the pure aggregates over all ten years at once (3,650 days);
- the trends page's `refresh()` for a year: query, aggregates and building the Qt
  charts (series, axes, bars), offscreen.

Target: every figure under 100 ms. The figures go in the "Check-ins" section of bench/RESULTS.md.
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

from journal.checkin_models import CheckinDraft  # noqa: E402
from journal.checkins import CheckinStore, trends  # noqa: E402
from journal.keyslots import KdfParams  # noqa: E402
from journal.vault import Vault  # noqa: E402

DAYS = 3650
TARGET_MS = 100.0
TODAY = date(2026, 6, 30)
# The key derivation is not what is measured here.
QUICK = KdfParams(iterations=1, memory_kib=8 * 1024, lanes=1)


def fill(vault: Vault) -> None:
    rng = random.Random(3650)
    store = CheckinStore(vault)
    items = [i.id for i in store.selfcare_items()] + [
        store.add_selfcare_item(f"Own item {n}") for n in range(4)]
    triggers = [store.add_trigger(f"Trigger {n}") for n in range(8)]
    with vault.transaction():
        for n in range(DAYS):
            store.create(CheckinDraft(
                day=TODAY - timedelta(days=n), mood=rng.randint(0, 10),
                anxiety=rng.randint(0, 10), safety=rng.randint(0, 10),
                sleep_hours=rng.choice((5.5, 6.0, 6.5, 7.0, 7.5, 8.0)),
                sleep_quality=rng.randint(0, 10), meals_regular=rng.random() < 0.7,
                movement_minutes=rng.choice((0, 15, 30, 60)),
                helped=rng.sample(items, rng.randint(0, 4)),
                triggers={t: rng.randint(1, 3) for t in rng.sample(triggers, rng.randint(0, 2))},
                note="A few words about the day. " * rng.randint(0, 4)))


def timed(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return (time.perf_counter() - t0) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ui.hub import Hub
    from ui.pages.trends_page import TrendsPage
    from ui.settings import Settings

    qapp = QApplication.instance() or QApplication(["bench"])
    with tempfile.TemporaryDirectory(prefix="haven-bench-") as tmp:
        vault = Vault.create(Path(tmp) / "vault", "bench-passphrase-not-secret", kdf=QUICK)
        try:
            fill(vault)
            store = CheckinStore(vault)
            all_checkins = store.between(TODAY - timedelta(days=DAYS), TODAY)
            settings = Settings(QSettings(str(Path(tmp) / "s.ini"),
                                          QSettings.Format.IniFormat))
            page = TrendsPage(vault, Hub(), settings, today=lambda: TODAY)
            page.resize(1200, 900)
            results: dict[str, list[float]] = {}

            def add(name: str, ms: float) -> None:
                results.setdefault(name, []).append(ms)

            for _ in range(args.runs):
                for days in (7, 30, 90, 365):
                    add(f"read + aggregates, {days} days",
                        timed(lambda d=days: store.trends(TODAY, d)))
                start = TODAY - timedelta(days=DAYS - 1)
                add("aggregates only, all 3,650 days",
                    timed(lambda s=start: trends(all_checkins, s, TODAY)))
                add("read + aggregates, all 3,650 days",
                    timed(lambda s=start: trends(store.between(s, TODAY), s, TODAY)))
                page.period = 365
                add("trends page refresh (year: read, aggregates, Qt charts)",
                    timed(page.refresh))
                qapp.processEvents()
        finally:
            vault.close()

    rows = [(name, statistics.median(v), max(v)) for name, v in results.items()]
    width = max(len(r[0]) for r in rows)
    for name, median, worst in rows:
        flag = "ok" if worst < TARGET_MS else "OVER"
        print(f"{name:<{width}}  median {median:7.1f} ms  max {worst:7.1f} ms  {flag}")
    if args.no_write:
        return
    lines = [
        "## Check-ins",
        "",
        f"{DAYS:,} daily check-ins (10 years) in one vault; {args.runs} runs; "
        f"target < {TARGET_MS:.0f} ms each. `bench/checkins_bench.py`, "
        f"{datetime.now():%Y-%m-%d}, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}.",
        "",
        "| What | Median (ms) | Max (ms) |",
        "|---|---:|---:|",
        *[f"| {name} | {median:.1f} | {worst:.1f} |" for name, median, worst in rows],
        "",
    ]
    print(f"wrote {replace_section(lines[0], chr(10).join(lines))}")


if __name__ == "__main__":
    main()
