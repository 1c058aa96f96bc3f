"""Sample content for a throw-away demo vault (`main.py --demo`, screenshots, benchmarks)."""

from __future__ import annotations

import math
import random
import struct
import zlib
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from journal.agenda import AgendaSource, AgendaStore
from journal.boundaries import BoundaryStore
from journal.boundary_models import (
    BoundaryDraft,
    BoundaryStatus,
    CrossingDraft,
    Followed,
    Willingness,
)
from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.entries import EntryStore
from journal.events import EventDraft, EventStore, Precision, Season, Source, When
from journal.images import photo_from_bytes
from journal.models import EntryDraft
from journal.need_models import NeedArea, NeedDraft, NeedStatus
from journal.needs import NeedStore
from journal.path import PathStore, StepState
from journal.resources import load_json
from journal.safe_place_models import SafePlaceDraft
from journal.safe_places import SafePlaceStore
from journal.safety import PartnerTested, SafetyPlan, SafetyStore, StiTest
from journal.situation import Profile, ProfileStore, Situation
from journal.support import SupportDraft, SupportKind, SupportStore
from journal.vault import Vault


def fill_demo(vault: Vault, lang: str, today: date | None = None) -> int:
    """Write the demo entries (and needs and boundaries), dated relative to `today`, and
    her answer to "My situation" as the demo's story has it. Returns how many entries."""
    today = today or date.today()
    data = load_json("demo", f"demo_{lang if lang in ('en', 'nl') else 'en'}.json")
    store = EntryStore(vault)
    with vault.transaction():
        if "situation" in data:  # answered as a real first run stores it: in the vault
            answer = data["situation"]
            ProfileStore(vault).save(Profile(
                frozenset(Situation(s) for s in answer["situations"]),
                faith=bool(answer.get("faith", False))))
        for item in data["entries"]:
            store.create(EntryDraft(
                entry_date=today - timedelta(days=int(item["days_ago"])),
                title=item["title"], body=item["body"], mood=item.get("mood"),
                tags=list(item.get("tags", [])), prompt_id=item.get("prompt_id"),
                share_with_therapist=bool(item.get("shared", False))))
        if "checkins" in data:
            fill_demo_checkins(vault, data["checkins"], today)
        if "safe_places" in data:
            fill_demo_safe_places(vault, data["safe_places"])
        _fill_needs_and_boundaries(vault, data, today)
        _fill_support_safety_agenda(vault, data, today)
        _fill_timeline_and_path(vault, data, today)
    return len(data["entries"])


def fill_demo_checkins(vault: Vault, spec: dict[str, Any], today: date) -> int:
    """About four months of check-ins from the day she found out it had not stopped:
    the first weeks the hardest, then a slow, uneven climb with setbacks, a week away
    without check-ins in the middle; the same every time (a fixed seed). Returns how
    many were written."""
    rng = random.Random(5)
    store = CheckinStore(vault)
    items = {i.key: i.id for i in store.selfcare_items() if i.key}
    own = [store.add_selfcare_item(name) for name in spec["own_selfcare"]]
    triggers = [store.add_trigger(name) for name in spec["triggers"]]
    helpers = [items["walk"], items["bath"], items["sun"], items["breathing"],
               items["mindfulness"], items["music"], items["talking"], *own]
    notes = spec["notes"]
    days = int(spec["days"])
    # A week away, simply a gap: in the middle, not at the start of a period the trends
    # page shows (30 or 90 days), where the average would run on flat over no dots.
    quiet = set(range(days // 2 - 3, days // 2 + 3))
    written = 0
    with vault.transaction():
        for days_ago in range(days - 1, -1, -1):
            if days_ago in quiet or (days_ago > 0 and rng.random() < 0.18):
                continue
            since = days - 1 - days_ago  # days since she found out
            progress = (since / (days - 1)) ** 1.3  # 0 then, 1 today; slow at first
            shock = max(0.0, 1 - since / 21)  # the first three weeks, fading
            wave = 0.8 * math.sin(days_ago / 5.0)
            hard = since > 4 and rng.random() < 0.12  # some days knock her flat again
            low = shock + (2.5 if hard else 0)
            mood = 3.5 + 3.8 * progress + wave - low + rng.uniform(-1.2, 1.2)
            anxiety = 6.5 - 4 * progress - wave + low + rng.uniform(-1.2, 1.2)
            safety = 3 + 5 * progress - 0.8 * low + rng.uniform(-1.2, 1.2)
            met = {}
            if hard or rng.random() < 0.25:
                met[rng.choice(triggers)] = rng.choice((1, 1, 1, 2, 3))
            store.create(CheckinDraft(
                day=today - timedelta(days=days_ago),
                mood=_scale(mood), anxiety=_scale(anxiety), safety=_scale(safety),
                sleep_hours=round((rng.uniform(4.5, 6.5) - shock + 2 * progress
                                   * rng.random()) * 2) / 2,
                sleep_quality=_scale(3 + 4 * progress - 2 * shock + rng.uniform(-2, 2)),
                meals_regular=rng.random() < 0.3 + 0.6 * progress,
                movement_minutes=rng.choice((0, 10, 20, 30, 30, 45, 60)),
                helped=rng.sample(helpers, rng.randint(1, 3)), triggers=met,
                note=rng.choice(notes) if rng.random() < 0.3 or days_ago == 0 else ""))
            written += 1
    return written


def _scale(value: float) -> int:
    return max(0, min(10, round(value)))


def fill_demo_safe_places(vault: Vault, places: list[dict[str, Any]]) -> int:
    store = SafePlaceStore(vault)
    for item in places:
        photo = (photo_from_bytes(sunset_png()) if item.get("image") == "sunset" else None)
        store.create(SafePlaceDraft(item["kind"], item["title"], item["description"],
                                    item["how_it_helps"], bool(item.get("favourite"))),
                     photo)
    return len(places)


def sunset_png(width: int = 480, height: int = 300) -> bytes:
    """A small made-up picture for the demo: a sunset sky over the sea and sand."""
    rows = []
    for y in range(height):
        t = y / height
        if t < 0.55:  # sky: from soft violet to warm orange
            k = t / 0.55
            colour = (int(120 + 135 * k), int(110 + 70 * k), int(170 - 90 * k))
        elif t < 0.8:  # sea
            k = (t - 0.55) / 0.25
            colour = (int(70 + 40 * k), int(110 + 20 * k), int(150 + 10 * k))
        else:  # sand
            colour = (230, 200, 150)
        row = bytearray(b"\x00")
        for x in range(width):
            dx, dy = (x - width * 0.62) / height, (y - height * 0.5) / height
            sun = min(1.0, max(0.0, 1.6 - math.hypot(dx, dy) / 0.075)) if t < 0.55 else 0.0
            row += bytes(min(255, int(c + (255 - c) * sun)) for c in colour)
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


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
        boundary = BoundaryDraft(
            action=item["action"], need_text=item["need_text"],
            need_id=need_ids.get(item["need"]) if item.get("need") else None,
            consequence=item["consequence"],
            willing=Willingness(item["willing"]) if item.get("willing") else None,
            support=item["support"], status=BoundaryStatus(history[0][0]),
            review_date=today + timedelta(days=int(review)) if review else None,
            notes=item.get("notes", ""), template_id=item.get("template_id"))
        earlier = item.get("earlier")
        first = replace(boundary, **{k: v for k, v in earlier.items() if k != "days_ago"}) \
            if earlier else boundary
        boundary_id = boundaries.create(first, on=ago(history[0][1]))
        if earlier:
            boundaries.revise(boundary_id, boundary)
        for status, days in history[1:]:
            boundaries.set_status(boundary_id, status, on=ago(days))
        for crossing in item.get("crossings", []):
            boundaries.log_crossing(boundary_id, CrossingDraft(
                ago(crossing["days_ago"]), crossing["what_happened"],
                Followed(crossing["followed"]), crossing.get("feeling", ""),
                crossing.get("learned", "")))


def _fill_support_safety_agenda(vault: Vault, data: dict[str, Any], today: date) -> None:
    """Her support people, safety plan, STI tests and session agenda . Agenda
    topics link to an entry (by its days_ago), a boundary (by its place in the list) or
    the check-in of a day, like the ones she adds from those pages."""
    def ago(days: int) -> date:
        return today - timedelta(days=int(days))

    def boundary_id(index: int) -> int | None:
        action = data["boundaries"][index]["action"]
        return min((b.id for b in BoundaryStore(vault).summaries() if b.action == action),
                   default=None)

    support = SupportStore(vault)
    person_ids = {}
    for item in data.get("support", []):
        person_ids[item["name"]] = support.create(SupportDraft(
            item["name"], SupportKind(item["kind"]), item.get("contact", ""),
            item.get("notes", ""), bool(item.get("may_advise", False))))
    for index, item in enumerate(data.get("boundaries", [])):
        linked = boundary_id(index)
        if item.get("support_people") and linked is not None:
            # "who supports me": linked people, as the flow does
            BoundaryStore(vault).set_people(linked,
                                            [person_ids[n] for n in item["support_people"]])
    safety = SafetyStore(vault)
    if "safety_plan" in data:
        safety.save_plan(SafetyPlan(**data["safety_plan"]))
    for item in data.get("sti_tests", []):
        follow = item.get("follow_up_in_days")
        safety.add_test(StiTest(ago(item["days_ago"]), item.get("tested_by", ""),
                                PartnerTested(item.get("partner_tested", "unknown")),
                                None if follow is None
                                else today + timedelta(days=int(follow))))
    if not data.get("agenda"):
        return
    entry_ids: dict[date, int] = {}  # the first entry of each day
    for entry in EntryStore(vault).summaries_between(date.min, date.max):
        entry_ids.setdefault(entry.entry_date, entry.id)

    agenda = AgendaStore(vault)
    for item in data["agenda"]:
        kind, source = AgendaSource.FREE, None
        if "entry_days_ago" in item:
            kind, source = AgendaSource.ENTRY, entry_ids.get(ago(item["entry_days_ago"]))
        elif "boundary" in item:
            kind, source = AgendaSource.BOUNDARY, boundary_id(int(item["boundary"]))
        elif "checkin_days_ago" in item:
            day = CheckinStore(vault).on_day(ago(item["checkin_days_ago"]))
            kind, source = AgendaSource.CHECKIN, day[-1].id if day else None
        if source is None:
            kind = AgendaSource.FREE
        item_id = agenda.add(item["text"], kind, source)
        if "discussed_days_ago" in item:
            agenda.mark_discussed(item_id, ago(item["discussed_days_ago"]))


def _when(item: dict[str, Any], today: date) -> When:
    """An event's date from the demo: the day `days_ago`, or the around-day, month,
    season or year it falls in."""
    day = today - timedelta(days=int(item["days_ago"]))
    words = item.get("words", "")
    precision = Precision(item["precision"])
    if precision is Precision.AROUND:
        return When.around(day, words)
    if precision is Precision.MONTH:
        return When.in_month(day.year, day.month, words)
    if precision is Precision.SEASON:
        if day.month in (12, 1, 2):
            return When.in_season(day.year - (day.month < 12), Season.WINTER, words)
        season = {3: Season.SPRING, 6: Season.SUMMER, 9: Season.AUTUMN}[(day.month // 3) * 3]
        return When.in_season(day.year, season, words)
    if precision is Precision.YEAR:
        return When.in_year(day.year, words)
    return When.on(day, words)


def _fill_timeline_and_path(vault: Vault, data: dict[str, Any], today: date) -> None:
    """What happened (her events, with rough dates and how she knows them), entries
    marked as milestones (by their days_ago), and the steps of her path she did or
    left for now."""
    events = EventStore(vault)
    for item in data.get("events", []):
        events.create(EventDraft(_when(item, today), item["what"], Source(item["source"]),
                                 item.get("note", "")))
    wanted = {today - timedelta(days=int(d)) for d in data.get("milestones", [])}
    firsts: dict[date, int] = {}
    for entry in EntryStore(vault).summaries_between(min(wanted, default=today), today):
        firsts.setdefault(entry.entry_date, entry.id)
    for day in sorted(wanted):
        if day in firsts:
            events.set_milestone(firsts[day], True)
    path = PathStore(vault)
    for step_id, state, days in data.get("path", []):
        path.mark(step_id, StepState(state), on=today - timedelta(days=int(days)))
