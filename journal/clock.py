"""The one clock the stores stamp their records with."""

from __future__ import annotations

from datetime import UTC, datetime


def now_utc() -> str:
    """Now in UTC as ISO 8601 text with milliseconds (how every record's time is kept)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")
