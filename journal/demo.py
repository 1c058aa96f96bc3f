"""Sample content for a throw-away demo vault (`main.py --demo`, screenshots, benchmarks)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from journal.boundaries import BoundaryStore
from journal.entries import EntryStore
from journal.models import (
    BoundaryDraft,
    BoundaryStatus,
    CrossingDraft,
    EntryDraft,
    Followed,
    NeedArea,
    NeedDraft,
    NeedStatus,
    Willingness,
)
from journal.needs import NeedStore
from journal.resources import load_json
from journal.vault import Vault


def fill_demo(vault: Vault, lang: str, today: date | None = None) -> int:
    """Write the demo entries (and needs and boundaries), dated relative to `today`.
    Returns how many entries."""
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
        _fill_needs_and_boundaries(vault, data, today)
    return len(data["entries"])


def _fill_needs_and_boundaries(vault: Vault, data: dict[str, Any], today: date) -> None:
    def ago(days: int) -> date:
        return today - timedelta(days=int(days))

    needs = NeedStore(vault)
    need_ids: dict[str, int] = {}
    for item in reversed(data.get("needs", [])):  # the first listed shows first
        history = item["history"]
        draft = NeedDraft(item["text"], NeedArea(item["area"]), NeedStatus(history[0][0]))
        need_id = needs.create(draft, on=ago(history[0][1]))
        for status, days in history[1:]:
            needs.update(need_id, replace(draft, status=NeedStatus(status)), on=ago(days))
        for days, text in item.get("notes", []):
            needs.add_note(need_id, text, ago(days))
        need_ids[item["key"]] = need_id

    boundaries = BoundaryStore(vault)
    for item in reversed(data.get("boundaries", [])):
        history = item["history"]
        review = item.get("review_in_days")
        draft = BoundaryDraft(
            action=item["action"], need_text=item["need_text"],
            need_id=need_ids.get(item["need"]) if item.get("need") else None,
            consequence=item["consequence"],
            willing=Willingness(item["willing"]) if item.get("willing") else None,
            support=item["support"], status=BoundaryStatus(history[0][0]),
            review_date=today + timedelta(days=int(review)) if review else None,
            notes=item.get("notes", ""), template_id=item.get("template_id"))
        earlier = item.get("earlier")
        first = replace(draft, **{k: v for k, v in earlier.items() if k != "days_ago"}) \
            if earlier else draft
        boundary_id = boundaries.create(first, on=ago(history[0][1]))
        if earlier:
            boundaries.revise(boundary_id, draft)
        for status, days in history[1:]:
            boundaries.set_status(boundary_id, status, on=ago(days))
        for crossing in item.get("crossings", []):
            boundaries.log_crossing(boundary_id, CrossingDraft(
                ago(crossing["days_ago"]), crossing["what_happened"],
                Followed(crossing["followed"]), crossing.get("feeling", ""),
                crossing.get("learned", "")))
