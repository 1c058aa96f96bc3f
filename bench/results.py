"""Write one benchmark's section into bench/RESULTS.md, replacing its earlier one."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def replace_section(heading: str, text: str) -> Path:
    """Put `text` (which starts with `heading`, a "## " line) in place of the section
    with that heading, up to the next "## " heading, or at the end of the file."""
    current = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Results\n"
    lines = current.split("\n")
    if heading in lines:
        start = lines.index(heading)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")),
                   len(lines))
        before = "\n".join(lines[:start]).rstrip("\n")
        after = "\n".join(lines[end:]).strip("\n")
        new = before + "\n\n" + text.rstrip("\n") + "\n" + ("\n" + after + "\n" if after else "")
    else:
        new = current.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n"
    RESULTS.write_text(new, encoding="utf-8")
    return RESULTS


def cpu_model() -> str:
    """The CPU's model name (Linux), or "unknown CPU"."""
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown CPU"


def machine_line() -> str:
    """CPU, cores and Python in one line, for a section's heading text."""
    import platform

    return f"{cpu_model()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def load_text(before: tuple[float, ...], after: tuple[float, ...]) -> str:
    """Load averages (1/5/15 min) before / after a run, as text."""
    return (f"{' '.join(f'{x:.2f}' for x in before)} / "
            f"{' '.join(f'{x:.2f}' for x in after)}")


def run_info(load_before: tuple[float, ...], runs: int) -> dict[str, str]:
    """Date, machine, load before / after and runs, for a section's heading text."""
    return {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "machine": machine_line(),
            "load": load_text(load_before, os.getloadavg()), "runs": str(runs)}


def publish(heading: str, text: str, results: Any, raw: Path, *, write: bool) -> None:
    """Print a run's section, keep its raw figures in `raw` (JSON) and, if `write`,
    put the section into RESULTS.md."""
    print(text)
    raw.write_text(json.dumps(results, indent=2) + "\n")
    if write:
        print(f"wrote {replace_section(heading, text)}", file=sys.stderr, flush=True)
