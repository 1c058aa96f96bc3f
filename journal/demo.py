"""Sample content for a throw-away demo vault (`main.py --demo`, screenshots, benchmarks)."""

from __future__ import annotations

from datetime import date, timedelta

from journal.entries import EntryStore
from journal.models import EntryDraft
from journal.resources import load_json
from journal.vault import Vault


def fill_demo(vault: Vault, lang: str, today: date | None = None) -> int:
    """Write the demo entries, dated relative to `today`. Returns how many."""
    today = today or date.today()
    data = load_json("demo", f"demo_{lang if lang in ('en', 'nl') else 'en'}.json")
    store = EntryStore(vault)
    with vault.transaction():
        for item in data["entries"]:
            store.create(EntryDraft(
                entry_date=today - timedelta(days=int(item["days_ago"])),
                title=item["title"], body=item["body"], mood=item.get("mood"),
                tags=list(item.get("tags", [])), prompt_id=item.get("prompt_id"),
                share_with_therapist=bool(item.get("shared", False))))
    return len(data["entries"])
