"""Write one benchmark's section into bench/RESULTS.md, replacing its earlier one."""

from __future__ import annotations

from pathlib import Path

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


def machine_line() -> str:
    """CPU, cores and Python in one line, for a section's heading text."""
    import os
    import platform

    model = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


def load_text(before: tuple[float, ...], after: tuple[float, ...]) -> str:
    """Load averages (1/5/15 min) before / after a run, as text."""
    return (f"{' '.join(f'{x:.2f}' for x in before)} / "
            f"{' '.join(f'{x:.2f}' for x in after)}")
