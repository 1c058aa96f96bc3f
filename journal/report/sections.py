"""The sections of the summary, each built from its store as blocks, in one fixed order.

A new record kind adds a builder here and its key to SECTIONS (and its title to
resources/report/words.json); the writers work on blocks only, so nothing else changes.

"Replace names by roles" (`ReportOptions.names_as_roles`) works on the finished blocks:
every support person's name becomes their role in every section, her own words included.

"Where I am on my path" and "What happened" (the timeline) are in only when she
ticks them (OPT_IN). Journal entries: only those marked "share with my therapist"
unless she chose all entries, or ticked entries one by one (`ReportOptions.entry_ids`).
"""

from __future__ import annotations

import dataclasses
import json
import re
from array import array
from collections.abc import Callable, Generator, Mapping
from contextlib import closing
from datetime import date, timedelta
from types import MappingProxyType

from journal.agenda import AgendaStore
from journal.boundaries import BoundaryStore, is_safety_action
from journal.checkin_models import CHART_METRICS
from journal.checkins import CheckinStore
from journal.entries import EntryStore
from journal.errors import InvalidValue
from journal.events import Precision, Season, Source, When
from journal.gil import paced
from journal.guidance import article_by_id
from journal.models import MOOD_MAX, Entry
from journal.needs import NeedStore
from journal.path import PathStore, StepState, load_steps
from journal.report.blocks import (
    Block,
    BulletList,
    Chart,
    Cover,
    EntryBlock,
    EntryChoice,
    EntryStream,
    Paragraph,
    Report,
    ReportOptions,
    Section,
    Subheading,
    Table,
)
from journal.report.words import Words, count, format_date, number, term, words
from journal.safe_places import SafePlaceStore
from journal.situation import ProfileStore
from journal.support import SupportKind, SupportStore
from journal.timeline import (
    BOUNDARY,
    CROSSING,
    EVENT,
    MILESTONE,
    NEED,
    SAFETY_ACTION,
    SESSION,
    STI_TEST,
    Timeline,
    TimelineItem,
)
from journal.vault import Snapshot, Vault

# Every section, in the order the summary shows them.
SECTIONS = ("checkins", "selfcare", "boundaries", "needs", "safe_places", "support",
            "agenda", "path", "timeline", "entries")
ENTRY_BATCH = 200  # entries read at a time while the summary is written
# Sections in only when she ticks them (ReportOptions.sections names them): her path
# and her timeline say more about her than the rest, so she chooses to share them.
OPT_IN = ("path", "timeline")
DEFAULT_SECTIONS = tuple(k for k in SECTIONS if k not in OPT_IN)


def last_week(today: date) -> tuple[date, date]:
    return today - timedelta(days=6), today


def last_month(today: date) -> tuple[date, date]:
    return today - timedelta(days=29), today


def since_last_session(vault: Vault | Snapshot, today: date) -> tuple[date, date] | None:
    """From the most recent session on the agenda (the date topics were marked discussed)
    up to today, the session day included; None when no session is recorded yet. A
    session dated after today gives just that day."""
    session = AgendaStore(vault).last_session()
    if session is None:
        return None
    return session, max(session, today)


def build_report(vault: Vault | Snapshot, options: ReportOptions) -> Report:
    """The summary for `options`, read in one consistent snapshot of the vault."""
    if options.end < options.start:
        raise InvalidValue("period", "the period ends before it starts")
    w = words(options.lang)
    made_on = options.made_on or date.today()
    cover = Cover(
        title=w["title"], name=options.name.strip(),
        period=w["period_range"].format(start=format_date(options.start, options.lang),
                                        end=format_date(options.end, options.lang)),
        made_on=format_date(made_on, options.lang), confidential=w["confidential"])
    sections = []
    # A read transaction on a reader connection: one snapshot across the sections,
    # while her writes and the GUI thread's queries go on.
    with vault.reading() as snapshot:
        for key in SECTIONS:
            if key in (DEFAULT_SECTIONS if options.sections is None else options.sections):
                sections.append(BUILDERS[key](snapshot, options, w))
        if options.names_as_roles:
            hide = name_replacer(support_roles(snapshot, w))
            sections = [Section(s.key, s.title, [_replace_names(b, hide) for b in s.blocks])
                        for s in sections]
    return Report(options, cover, sections)


def _checkins(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    section = Section("checkins", w["checkins"])
    t = CheckinStore(vault).trends_between(o.start, o.end)
    if not t.checkins:
        section.blocks.append(Paragraph(w["no_checkins"], subtle=True))
        return section
    total = (o.end - o.start).days + 1
    section.blocks.append(Paragraph(w["checkin_count"].format(
        checkins=count(w, "checkin", t.checkins), days=t.checkin_days, total=total)))
    rows = []
    for metric in CHART_METRICS:
        values = [v for v in t.series[metric].values if v is not None]
        if values:
            rows.append((w[metric], number(sum(values) / len(values), o.lang),
                         number(min(values), o.lang), number(max(values), o.lang),
                         str(len(values))))
    if rows:
        section.blocks.append(Table((w["measure"], w["average"], w["lowest"], w["highest"],
                                     w["days"]), tuple(rows)))
        section.blocks.append(Paragraph(w["scale_note"], subtle=True))
    for metric in CHART_METRICS:
        series = t.series[metric]
        if any(v is not None for v in series.values):
            top = 10.0 if metric != "sleep_hours" else max(
                12.0, max(v for v in series.values if v is not None))
            section.blocks.append(Chart(metric, w[metric], series, top))
    return section


def _selfcare(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    section = Section("selfcare", w["selfcare"])
    store = CheckinStore(vault)
    t = store.trends_between(o.start, o.end, top_triggers=20)
    items = {i.id: (w.get(f"s.{i.key}", i.name) if i.key else i.name)
             for i in store.selfcare_items()}
    names = {tr.id: tr.name for tr in store.triggers()}
    section.blocks.append(Subheading(w["helped"]))
    helped = tuple((items[i], str(n)) for i, n in t.selfcare if i in items)
    section.blocks.append(Table((w["item"], w["days"]), helped) if helped
                          else Paragraph(w["no_selfcare"], subtle=True))
    section.blocks.append(Subheading(w["triggers"]))
    met = tuple((names[i], str(n)) for i, n in t.triggers if i in names)
    section.blocks.append(Table((w["item"], w["times"]), met) if met
                          else Paragraph(w["no_triggers"], subtle=True))
    return section


def _boundaries(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    section = Section("boundaries", w["boundaries"])
    store = BoundaryStore(vault)
    summaries = store.summaries()
    if not summaries:
        section.blocks.append(Paragraph(w["no_boundaries"], subtle=True))
        return section
    roles = support_roles(vault, w) if o.names_as_roles else {}
    for summary in summaries:
        b = store.get(summary.id)
        section.blocks.append(Subheading(b.action))
        lines = []
        # An agreement that keeps a child safe is not weighed or negotiated: it has no
        # status word, and its "consequence" is what she does at once.
        safety = is_safety_action(b.template_id)
        if safety:
            lines.append(w["safety_agreement"])
        else:
            status = term(w, "b", b.status.value)
            if summary.status_since is not None:
                status += " (" + w["since"].format(day=format_date(summary.status_since,
                                                                   o.lang)) + ")"
            lines.append(f"{w['status']}: {status}")
        if b.need_text:
            lines.append(f"{w['what_it_protects' if safety else 'protects']}: {b.need_text}")
        if b.consequence:
            lines.append(f"{w['at_once' if safety else 'consequence']}: {b.consequence}")
        # The people she linked (their current names, or roles), then her own words.
        linked = ", ".join(roles[i][1] if i in roles else name for i, name in b.people)
        supports = "; ".join(t for t in (linked, b.support) if t)
        if supports:
            lines.append(f"{w['supports_me']}: {supports}")
        crossed = [c for c in store.crossings(b.id) if o.start <= c.crossed_on <= o.end]
        if crossed:
            yes = sum(c.followed.value == "yes" for c in crossed)
            partly = sum(c.followed.value == "partly" for c in crossed)
            lines.append(w["crossed_line"].format(
                times=count(w, "time", len(crossed)), yes=count(w, "time", yes),
                partly=count(w, "time", partly)))
        else:
            lines.append(w["crossed_never"])
        section.blocks.append(BulletList(tuple(lines)))
    return section


def _needs(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    section = Section("needs", w["needs"])
    needs = NeedStore(vault).all()
    if not needs:
        section.blocks.append(Paragraph(w["no_needs"], subtle=True))
        return section
    section.blocks.append(Table(
        (w["need"], w["area"], w["status"]),
        tuple((n.text, term(w, "a", n.area.value), term(w, "n", n.status.value)) for n in needs)))
    return section


def _safe_places(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    section = Section("safe_places", w["safe_places"])
    places = SafePlaceStore(vault).all()
    if not places:
        section.blocks.append(Paragraph(w["no_places"], subtle=True))
        return section
    items = []
    for p in places:
        text = f"{p.title} ({w.get(f'k.{p.kind}', p.kind).lower()})"
        if p.how_it_helps:
            text += f": {p.how_it_helps}"
        items.append(text)
    section.blocks.append(BulletList(tuple(items)))
    return section


def entry_choices(vault: Vault | Snapshot, start: date, end: date) -> list[EntryChoice]:
    """Every entry in the period, oldest first, with whether it is marked to share."""
    with vault.reading() as snapshot:  # beside her writes, not between them
        return [EntryChoice(s.id, s.entry_date, s.title, s.share_with_therapist)
                for s in EntryStore(snapshot).summaries_between(start, end)]


def _entries(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    """The entries as a stream: only their ids now; their text is read ENTRY_BATCH at a
    time while the summary is written, so memory stays flat however many there are."""
    section = Section("entries", w["entries"])
    sql = "SELECT id, entry_date FROM entries WHERE entry_date BETWEEN ? AND ?"
    params: list[object] = [o.start.isoformat(), o.end.isoformat()]
    if o.entry_ids is not None:
        sql += " AND id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(sorted(o.entry_ids)))
    elif not o.all_entries:
        sql += " AND share_with_therapist = 1"
    ids, days = array("q"), array("l")  # each entry's id and day: 12 bytes an entry
    for row in vault.execute(sql + " ORDER BY entry_date, created_at, id", params):
        ids.append(row[0])
        days.append(date.fromisoformat(row[1]).toordinal())
    if not ids:
        section.blocks.append(Paragraph(w["no_entries"], subtle=True))
        return section

    # Read later, when the summary is written (on another worker, maybe while the vault
    # is being locked): in a snapshot of its own, from the vault itself. The snapshot
    # the summary was built from has ended by then; its connection is back in the
    # pool, another read's or closed by a lock under this one's feet.
    source = vault.owner if isinstance(vault, Snapshot) else vault

    def read() -> Generator[EntryBlock, None, None]:
        # An entry deleted since the summary was built is left out. Each batch is read
        # within its own days, so a batch costs the same however long the period.
        with source.reading() as snapshot:
            store = EntryStore(snapshot)
            for start in range(0, len(ids), ENTRY_BATCH):
                end = min(start + ENTRY_BATCH, len(ids))
                # Paced: the writer of each block (the PDF's, the preview's) runs
                # Python between two of them.
                for entry in paced(store.between(date.fromordinal(days[start]),
                                                 date.fromordinal(days[end - 1]),
                                                 ids=ids[start:end])):
                    yield _entry_block(entry, o, w)

    section.blocks.append(EntryStream(ids, read))
    return section


def _entry_block(entry: Entry, o: ReportOptions, w: Words) -> EntryBlock:
    heading = format_date(entry.entry_date, o.lang) + " · " + (entry.title or w["untitled"])
    meta = []
    if o.include_moods and entry.mood is not None:
        meta.append(w["entry_mood"].format(mood=entry.mood, max=MOOD_MAX))
    if o.include_tags and entry.tags:
        meta.append(f"{w['tags']}: " + ", ".join(entry.tags))
    return EntryBlock(entry.id, heading, tuple(meta), entry.body)


# -- support network and session agenda ----------------------------------------------


def support_roles(vault: Vault | Snapshot, w: Words) -> dict[int, tuple[str, str]]:
    """Each support person's id -> (name, role): "Therapist", or numbered when there is
    more than one of a kind and always for trusted people ("Trusted person 1")."""
    people = SupportStore(vault).all()
    per_kind: dict[SupportKind, int] = {}
    for p in people:
        per_kind[p.kind] = per_kind.get(p.kind, 0) + 1
    seen: dict[SupportKind, int] = {}
    roles = {}
    for p in sorted(people, key=lambda p: p.id):  # stable numbers, whatever the order
        seen[p.kind] = seen.get(p.kind, 0) + 1
        role = term(w, "r", p.kind.value)
        if per_kind[p.kind] > 1 or p.kind is SupportKind.TRUSTED:
            role += f" {seen[p.kind]}"
        roles[p.id] = (p.name, role)
    return roles


def name_replacer(roles: Mapping[int, tuple[str, str]]) -> Callable[[str], str]:
    """A function that puts each support person's role in place of their name, as a whole
    word, in any text. The full name matches in any case; when a name is several
    capitalised words ("Anna de Vries"), each of them (of 3+ letters) also matches as
    written, so "Anna" alone is replaced too. Other names she wrote are not known."""
    full: dict[str, str] = {}
    names: list[str] = []
    parts: dict[str, str] = {}
    for name, role in roles.values():
        full.setdefault(name.casefold(), role)
        names.append(name)
        words_ = name.split()
        if len(words_) > 1 and all(x[:1].isupper() for x in words_ if len(x) >= 3):
            for x in words_:
                if len(x) >= 3 and x[0].isalpha():
                    parts.setdefault(x, role)
    if not full:
        return lambda text: text
    keys = sorted(((k, True) for k in names), key=lambda k: -len(k[0]))
    keys += sorted(((k, False) for k in parts if k.casefold() not in full),
                   key=lambda k: -len(k[0]))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(
        f"(?i:{re.escape(k)})" if ci else re.escape(k) for k, ci in keys) + r")(?!\w)")

    def role_for(m: re.Match[str]) -> str:
        return full.get(m.group(0).casefold()) or parts.get(m.group(0), m.group(0))

    return lambda text: pattern.sub(role_for, text)


def _replace_names(block: Block, hide: Callable[[str], str]) -> Block:
    match block:
        case Paragraph() | Subheading():
            return dataclasses.replace(block, text=hide(block.text))
        case Table(header=header, rows=rows):
            return Table(tuple(hide(h) for h in header),
                         tuple(tuple(hide(v) for v in row) for row in rows))
        case BulletList(items=items):
            return BulletList(tuple(hide(i) for i in items))
        case EntryBlock():
            return dataclasses.replace(block, heading=hide(block.heading),
                                       meta=tuple(hide(m) for m in block.meta),
                                       body=hide(block.body))
        case EntryStream(ids=ids, read=read):
            def hidden() -> Generator[EntryBlock, None, None]:
                with closing(read()) as blocks:  # closing this one ends that read too
                    for b in blocks:
                        yield dataclasses.replace(
                            b, heading=hide(b.heading), meta=tuple(hide(m) for m in b.meta),
                            body=hide(b.body))
            return EntryStream(ids, hidden)
    return block  # a chart holds numbers only


def _support(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    """Who she can turn to, and whose advice she allows; no phone numbers or notes,
    and not the helplines that ship with the app."""
    section = Section("support", w["support"])
    people = SupportStore(vault).all()
    if not people:
        section.blocks.append(Paragraph(w["no_support"], subtle=True))
        return section
    if o.names_as_roles:
        roles = support_roles(vault, w)
        by_role = tuple(sorted(((roles[p.id][1], w["yes"] if p.may_advise else "–")
                                for p in people), key=lambda r: (r[1] == "–", r[0])))
        section.blocks.append(Table((w["who"], w["may_advise"]), by_role))
    else:
        by_name = tuple((p.name, term(w, "r", p.kind.value),
                         w["yes"] if p.may_advise else "–") for p in people)
        section.blocks.append(Table((w["who"], w["role"], w["may_advise"]), by_name))
    return section


def _agenda(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    """The topics still open, and those discussed in the period by session date."""
    section = Section("agenda", w["agenda"])
    store = AgendaStore(vault)
    section.blocks.append(Subheading(w["open_topics"]))
    topics = tuple(i.text for i in store.open_items())
    section.blocks.append(BulletList(topics) if topics
                          else Paragraph(w["no_open_topics"], subtle=True))
    section.blocks.append(Subheading(w["discussed"]))
    sessions: dict[date, list[str]] = {}
    for item in store.discussed():
        if item.discussed_on is not None and o.start <= item.discussed_on <= o.end:
            sessions.setdefault(item.discussed_on, []).append(item.text)
    if not sessions:
        section.blocks.append(Paragraph(w["none_discussed"], subtle=True))
    for day in sorted(sessions):
        section.blocks.append(Paragraph(w["session_on"].format(day=format_date(day, o.lang))))
        section.blocks.append(BulletList(tuple(sessions[day])))
    return section


# -- my path and what happened (both only when she ticks them) -----------------------


def _path(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    """The steps she did (with the day) or chose to skip, in the path's order, and the
    step she is on. A skipped step is her choice, named as such, never as missed."""
    section = Section("path", w["path"])
    profile = ProfileStore(vault).get()  # type: ignore[arg-type]  # it only reads
    store = PathStore(vault)
    steps = load_steps(store.sequence(profile), o.lang, faith=profile.faith)
    progress = store.progress()
    rows = []
    for step in steps:
        p = progress.get(step.id)
        if p is None or p.decided_on is None or p.state not in (StepState.DONE,
                                                                StepState.SKIPPED):
            continue
        article = article_by_id(step.article, o.lang)
        day = format_date(p.decided_on, o.lang)
        rows.append((article.title if article is not None else step.article,
                     w["step_done" if p.state is StepState.DONE else "step_skipped"].format(
                         day=day)))
    if not rows:
        section.blocks.append(Paragraph(w["no_path"], subtle=True))
        return section
    done = sum(p.state is StepState.DONE for p in progress.values()
               if p.step_id in {s.id for s in steps})
    section.blocks.append(Paragraph(w["path_count"].format(done=done, total=len(steps))))
    section.blocks.append(Table((w["step"], w["how_far"]), tuple(rows)))
    current = store.current(steps)
    if current is None:
        section.blocks.append(Paragraph(w["path_walked"]))
    else:
        article = article_by_id(current.article, o.lang)
        section.blocks.append(Paragraph(w["path_now"].format(
            step=article.title if article is not None else current.article)))
    return section


# The timeline's kinds in the summary: her check-ins have their own section, and a
# milestone only shows when its entry is one she shares in this summary.
_TIMELINE_KINDS = (EVENT, MILESTONE, BOUNDARY, CROSSING, NEED, STI_TEST, SESSION)


def when_words(when: When, w: Words, lang: str) -> str:
    """An event's date as exact as she gave it: her own words, else "spring 2019",
    "around 3 March 2026", "March 2026", "2019" or the day."""
    if when.words:
        return when.words
    day = when.sort_day
    match when.precision:
        case Precision.DAY:
            return format_date(day, lang)
        case Precision.AROUND:
            return w["around"].format(day=format_date(day, lang))
        case Precision.MONTH:
            return format_date(day, lang).split(" ", 1)[1]  # "March 2026"
        case Precision.SEASON:
            season = when.season or Season.SPRING
            return w[{Season.SPRING: "spring", Season.SUMMER: "summer",
                      Season.AUTUMN: "autumn", Season.WINTER: "winter"}[season]].format(
                year=day.year)
    return str(day.year)


def _timeline_row(item: TimelineItem, w: Words, lang: str) -> tuple[str, str, str]:
    day = format_date(item.key.date, lang)
    match item.kind:
        case "event":
            how = term(w, "h", Source(item.status).value)
            return (when_words(item.when, w, lang) if item.when else day, item.title, how)
        case "milestone":
            return day, item.title or w["untitled"], w["tl_milestone"]
        case "boundary" if item.status == SAFETY_ACTION:
            # What she did that day: its title alone would read as if that happened then.
            return (day, w["tl_safety_made"].format(title=item.title),
                    w["safety_agreement"])
        case "boundary":
            return day, item.title, w["tl_boundary"].format(status=term(w, "b", item.status))
        case "crossing":
            return day, item.title, w["tl_crossing"]
        case "need":
            return day, item.title, w["tl_need"].format(status=term(w, "n", item.status))
        case "sti_test":
            return day, item.title, w["tl_sti"]
    return day, " · ".join(item.detail.splitlines()), w["tl_session"]


def _timeline(vault: Vault | Snapshot, o: ReportOptions, w: Words) -> Section:
    """What happened in the period, oldest first: the events she wrote down with their
    (approximate) dates and how she knows them, beside the dated things in Haven."""
    section = Section("timeline", w["timeline"])
    timeline = Timeline(vault)
    items = timeline.items(timeline.find(_TIMELINE_KINDS, o.start, o.end))
    if o.entry_ids is not None:
        shared = set(o.entry_ids)
    elif o.all_entries:
        shared = None
    else:
        shared = {r[0] for r in vault.rows(
            "SELECT id FROM entries WHERE share_with_therapist AND entry_date BETWEEN ? AND ?",
            (o.start.isoformat(), o.end.isoformat()))}
    rows = tuple(_timeline_row(i, w, o.lang) for i in items
                 if i.kind != MILESTONE or shared is None or i.record_id in shared)
    section.blocks.append(Table((w["when"], w["what"], w["how_known"]), rows) if rows
                          else Paragraph(w["no_timeline"], subtle=True))
    return section


SectionBuilder = Callable[[Vault | Snapshot, ReportOptions, Words], Section]
BUILDERS: Mapping[str, SectionBuilder] = MappingProxyType({
    "checkins": _checkins, "selfcare": _selfcare, "boundaries": _boundaries,
    "needs": _needs, "safe_places": _safe_places, "support": _support, "agenda": _agenda,
    "path": _path, "timeline": _timeline, "entries": _entries})
