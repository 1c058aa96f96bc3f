"""The therapist summary: built as data from the stores, rendered to Markdown and HTML.

No Qt here. The UI and the command line print the HTML to PDF (ui/report_pdf.py) with
the check-in charts as images; `to_html(..., chart_urls=...)` names the images.

A summary is a cover and a list of sections; a section is a title and blocks (a
paragraph, a table, a list, a chart, an entry). Both renderers work on blocks only, so a
new record kind adds a section by registering one builder with `register_section`, as the
support network and the session agenda do; nothing else changes.

"Replace names by roles" (`ReportOptions.names_as_roles`) works on the finished blocks:
every support person's name becomes their role in every section, her own words included.

Her entries are Markdown: `markdown_html` makes the HTML from escaped text (only our own
tags, nothing loaded); `to_markdown` keeps them as Markdown below the document's own
headings.

Journal entries: only those marked "share with my therapist" unless she chose all
entries, or ticked entries one by one (`ReportOptions.entry_ids`).
"""

from __future__ import annotations

import dataclasses
import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from journal.agenda import AgendaStore
from journal.boundaries import BoundaryStore
from journal.checkins import CheckinStore, trends
from journal.entries import split_tags, tags_column
from journal.models import MOOD_MAX
from journal.needs import NeedStore
from journal.record_models import CHART_METRICS, MetricSeries
from journal.safe_places import SafePlaceStore
from journal.support import SupportKind, SupportStore

# Summaries are written as every file Haven makes (never into a vault folder).
from journal.targets import write_file as write_file
from journal.vault import Vault

LANGUAGES = ("en", "nl")

# -- the report's own words (the core has no Qt translations) --------------------------

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Summary for my therapist",
        "confidential": "Confidential",
        "name": "Name",
        "period": "Period",
        "made_on": "Made on",
        "period_range": "{start} to {end}",
        "checkins": "Check-ins",
        "selfcare": "Self-care and triggers",
        "boundaries": "Boundaries",
        "needs": "Needs",
        "safe_places": "Safe places",
        "entries": "Journal",
        "nothing": "Nothing in this period.",
        "no_checkins": "No check-ins in this period.",
        "no_entries": "No journal entries to share in this period.",
        "checkin_count": "{checkins} on {days} of the {total} days.",
        "checkin_one": "1 check-in",
        "checkin_many": "{n} check-ins",
        "day_one": "1 day",
        "day_many": "{n} days",
        "time_one": "1 time",
        "time_many": "{n} times",
        "measure": "Measure",
        "average": "Average",
        "lowest": "Lowest",
        "highest": "Highest",
        "days": "Days",
        "mood": "Mood",
        "anxiety": "Anxiety",
        "safety": "Feeling safe",
        "sleep_hours": "Sleep (hours)",
        "scale_note": "Mood, anxiety and feeling safe run from 0 to 10.",
        "helped": "What helped (days)",
        "triggers": "Triggers I met most often",
        "item": "What",
        "times": "Times",
        "no_selfcare": "No self-care noted in this period.",
        "no_triggers": "No triggers noted in this period.",
        "no_boundaries": "No boundaries yet.",
        "status": "Status",
        "since": "since {day}",
        "protects": "Protects",
        "consequence": "The consequence",
        "crossed": "Crossed in this period",
        "crossed_never": "Not crossed in this period.",
        "crossed_line": "Crossed {times} in this period; the consequence followed {yes}, "
                        "partly {partly}.",
        "need": "Need",
        "area": "Area",
        "no_needs": "No needs written down yet.",
        "no_places": "No safe places yet.",
        "entry_mood": "Mood: {mood} of {max}",
        "tags": "Tags",
        "untitled": "Untitled",
        "page": "Page {n} of {total}",
        "supports_me": "Who supports me",
        "no_support": "No one in the support network yet.",
        "who": "Who",
        "role": "Role",
        "may_advise": "May advise me",
        "yes": "Yes",
        "open_topics": "Topics for my next session",
        "no_open_topics": "No open topics.",
        "discussed": "Discussed in this period",
        "none_discussed": "No topics discussed in this period.",
        "session_on": "Session on {day}",
        "r.trusted": "Trusted person", "r.peer-group": "Peer group", "r.therapist": "Therapist",
        "r.gp": "GP", "r.pastor": "Pastor", "r.lawyer": "Lawyer", "r.helpline": "Helpline",
        "r.other": "Someone else",
        # boundary status, need area and status, safe place kinds: the app's words
        "b.considering": "Considering", "b.decided": "Decided",
        "b.communicated": "Communicated", "b.holding": "Holding", "b.revised": "Revised",
        "b.let_go": "Let go",
        "a.safety": "Safety", "a.rest": "Rest", "a.support": "Support",
        "a.information": "Information", "a.time_for_me": "Time for myself",
        "a.faith": "Faith", "a.other": "Other",
        "n.noticed": "Noticed", "n.asked": "Asked for", "n.met": "Met",
        "n.changed": "Changed",
        "k.person": "A person", "k.spot": "A spot at home", "k.memory": "A memory",
        "k.imagined": "An imagined place", "k.photo": "A photo", "k.activity": "An activity",
        "s.walk": "A walk", "s.bath": "A warm bath", "s.sun": "Sitting in the sun",
        "s.breathing": "Breathing exercises", "s.mindfulness": "Mindfulness",
        "s.prayer": "Prayer", "s.music": "Music", "s.talking": "Talking to someone",
    },
    "nl": {
        "title": "Samenvatting voor mijn therapeut",
        "confidential": "Vertrouwelijk",
        "name": "Naam",
        "period": "Periode",
        "made_on": "Gemaakt op",
        "period_range": "{start} tot en met {end}",
        "checkins": "Check-ins",
        "selfcare": "Zelfzorg en triggers",
        "boundaries": "Grenzen",
        "needs": "Behoeften",
        "safe_places": "Veilige plekken",
        "entries": "Dagboek",
        "nothing": "Niets in deze periode.",
        "no_checkins": "Geen check-ins in deze periode.",
        "no_entries": "Geen notities om te delen in deze periode.",
        "checkin_count": "{checkins} op {days} van de {total} dagen.",
        "checkin_one": "1 check-in",
        "checkin_many": "{n} check-ins",
        "day_one": "1 dag",
        "day_many": "{n} dagen",
        "time_one": "1 keer",
        "time_many": "{n} keer",
        "measure": "Meting",
        "average": "Gemiddeld",
        "lowest": "Laagst",
        "highest": "Hoogst",
        "days": "Dagen",
        "mood": "Stemming",
        "anxiety": "Angst",
        "safety": "Veilig voelen",
        "sleep_hours": "Slaap (uren)",
        "scale_note": "Stemming, angst en veilig voelen gaan van 0 tot 10.",
        "helped": "Wat hielp (dagen)",
        "triggers": "Triggers die ik het vaakst tegenkwam",
        "item": "Wat",
        "times": "Keer",
        "no_selfcare": "Geen zelfzorg genoteerd in deze periode.",
        "no_triggers": "Geen triggers genoteerd in deze periode.",
        "no_boundaries": "Nog geen grenzen.",
        "status": "Status",
        "since": "sinds {day}",
        "protects": "Beschermt",
        "consequence": "Het gevolg",
        "crossed": "Overschreden in deze periode",
        "crossed_never": "Niet overschreden in deze periode.",
        "crossed_line": "{times} overschreden in deze periode; ik voerde het gevolg {yes} "
                        "uit, {partly} deels.",
        "need": "Behoefte",
        "area": "Gebied",
        "no_needs": "Nog geen behoeften opgeschreven.",
        "no_places": "Nog geen veilige plekken.",
        "entry_mood": "Stemming: {mood} van {max}",
        "tags": "Labels",
        "untitled": "Zonder titel",
        "page": "Pagina {n} van {total}",
        "supports_me": "Wie mij steunt",
        "no_support": "Nog niemand in het steunnetwerk.",
        "who": "Wie",
        "role": "Rol",
        "may_advise": "Mag mij adviseren",
        "yes": "Ja",
        "open_topics": "Onderwerpen voor mijn volgende sessie",
        "no_open_topics": "Geen open onderwerpen.",
        "discussed": "Besproken in deze periode",
        "none_discussed": "Geen onderwerpen besproken in deze periode.",
        "session_on": "Sessie op {day}",
        "r.trusted": "Vertrouwenspersoon", "r.peer-group": "Lotgenotengroep",
        "r.therapist": "Therapeut", "r.gp": "Huisarts", "r.pastor": "Pastor",
        "r.lawyer": "Advocaat", "r.helpline": "Hulplijn", "r.other": "Iemand anders",
        "b.considering": "Aan het overwegen", "b.decided": "Besloten",
        "b.communicated": "Uitgesproken", "b.holding": "Ik houd deze grens vast",
        "b.revised": "Aangepast", "b.let_go": "Losgelaten",
        "a.safety": "Veiligheid", "a.rest": "Rust", "a.support": "Steun",
        "a.information": "Informatie", "a.time_for_me": "Tijd voor mezelf",
        "a.faith": "Geloof", "a.other": "Anders",
        "n.noticed": "Opgemerkt", "n.asked": "Om gevraagd", "n.met": "Vervuld",
        "n.changed": "Veranderd",
        "k.person": "Een persoon", "k.spot": "Een plek in huis", "k.memory": "Een herinnering",
        "k.imagined": "Een plek in mijn verbeelding", "k.photo": "Een foto",
        "k.activity": "Iets wat ik doe",
        "s.walk": "Een wandeling", "s.bath": "Een warm bad", "s.sun": "In de zon zitten",
        "s.breathing": "Ademhalingsoefeningen", "s.mindfulness": "Mindfulness",
        "s.prayer": "Gebed", "s.music": "Muziek", "s.talking": "Met iemand praten",
    },
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}


def words(lang: str) -> dict[str, str]:
    """The report's fixed words in `lang` (English for an unknown language)."""
    return _WORDS.get(lang, _WORDS["en"])


def format_date(day: date, lang: str) -> str:
    """A date as people write it: "3 March 2026", "3 maart 2026"."""
    months = _MONTHS.get(lang, _MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def _count(w: dict[str, str], kind: str, n: int) -> str:
    return w[f"{kind}_one"] if n == 1 else w[f"{kind}_many"].format(n=n)


# -- options and the data tree ---------------------------------------------------------

# In the order they appear; "support" and "agenda" are registered below, with
# register_section, as any later record kind would be.
SECTIONS = ["checkins", "selfcare", "boundaries", "needs", "safe_places", "entries"]


def last_week(today: date) -> tuple[date, date]:
    return today - timedelta(days=6), today


def last_month(today: date) -> tuple[date, date]:
    return today - timedelta(days=29), today


def since_last_session(vault: Vault, today: date) -> tuple[date, date] | None:
    """From the most recent session on the agenda (the date topics were marked discussed)
    up to today, the session day included; None when no session is recorded yet. A
    session dated after today gives just that day."""
    session = AgendaStore(vault).last_session()
    if session is None:
        return None
    return session, max(session, today)


@dataclass(frozen=True)
class ReportOptions:
    start: date
    end: date
    sections: tuple[str, ...] | None = None  # None: every registered section
    lang: str = "en"
    name: str = ""  # her name or initials on the cover, if she wants
    all_entries: bool = False  # every entry in the period, not only the shared ones
    entry_ids: frozenset[int] | None = None  # exactly these (ticked in the preview)
    include_moods: bool = True
    include_tags: bool = True
    names_as_roles: bool = False  # support people's names become "Trusted person 1"...
    made_on: date | None = None  # today


@dataclass(frozen=True)
class Cover:
    title: str
    name: str
    period: str
    made_on: str
    confidential: str


@dataclass(frozen=True)
class Paragraph:
    text: str
    subtle: bool = False


@dataclass(frozen=True)
class Subheading:
    text: str


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Chart:
    """A check-in chart: drawn by the UI; `key` names its image (see to_html)."""

    key: str
    title: str
    series: MetricSeries
    maximum: float


@dataclass(frozen=True)
class EntryBlock:
    entry_id: int
    heading: str  # date and title
    meta: tuple[str, ...]  # mood and tags, when she includes them
    body: str


Block = Paragraph | Subheading | Table | BulletList | Chart | EntryBlock


@dataclass
class Section:
    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Report:
    options: ReportOptions
    cover: Cover
    sections: list[Section]

    def charts(self) -> list[Chart]:
        return [b for s in self.sections for b in s.blocks if isinstance(b, Chart)]

    def entry_ids(self) -> list[int]:
        return [b.entry_id for s in self.sections for b in s.blocks
                if isinstance(b, EntryBlock)]


SectionBuilder = Callable[[Vault, ReportOptions, dict[str, str]], Section]
_BUILDERS: dict[str, SectionBuilder] = {}


def register_section(key: str, builder: SectionBuilder, *, before: str | None = None,
                     title: Mapping[str, str] | None = None) -> None:
    """Add a section kind (e.g. the support network or the session agenda). `title`
    gives its heading per language for the report's own words."""
    _BUILDERS[key] = builder
    if key not in SECTIONS:
        SECTIONS.insert(SECTIONS.index(before) if before in SECTIONS else len(SECTIONS), key)
    for lang, text in (title or {}).items():
        _WORDS.setdefault(lang, dict(_WORDS["en"]))[key] = text


# -- building --------------------------------------------------------------------------


def build_report(vault: Vault, options: ReportOptions) -> Report:
    """The summary for `options`, read in one consistent snapshot of the vault."""
    if options.end < options.start:
        raise ValueError("the period ends before it starts")
    w = words(options.lang)
    made_on = options.made_on or date.today()
    cover = Cover(
        title=w["title"], name=options.name.strip(),
        period=w["period_range"].format(start=format_date(options.start, options.lang),
                                        end=format_date(options.end, options.lang)),
        made_on=format_date(made_on, options.lang), confidential=w["confidential"])
    sections = []
    with vault.transaction():
        for key in SECTIONS:
            if (options.sections is None or key in options.sections) and key in _BUILDERS:
                sections.append(_BUILDERS[key](vault, options, w))
        if options.names_as_roles:
            hide = name_replacer(support_roles(vault, w))
            sections = [Section(s.key, s.title, [_replace_names(b, hide) for b in s.blocks])
                        for s in sections]
    return Report(options, cover, sections)


def _checkins(vault: Vault, o: ReportOptions, w: dict[str, str]) -> Section:
    section = Section("checkins", w["checkins"])
    found = CheckinStore(vault).between(o.start, o.end)
    if not found:
        section.blocks.append(Paragraph(w["no_checkins"], subtle=True))
        return section
    t = trends(found, o.start, o.end)
    total = (o.end - o.start).days + 1
    section.blocks.append(Paragraph(w["checkin_count"].format(
        checkins=_count(w, "checkin", len(found)), days=t.checkin_days, total=total)))
    rows = []
    for metric in CHART_METRICS:
        values = [v for v in t.series[metric].values if v is not None]
        if values:
            rows.append((w[metric], _number(sum(values) / len(values), o.lang),
                         _number(min(values), o.lang), _number(max(values), o.lang),
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


def _number(value: float, lang: str) -> str:
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def _selfcare(vault: Vault, o: ReportOptions, w: dict[str, str]) -> Section:
    section = Section("selfcare", w["selfcare"])
    store = CheckinStore(vault)
    t = trends(store.between(o.start, o.end), o.start, o.end, top_triggers=20)
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


def _boundaries(vault: Vault, o: ReportOptions, w: dict[str, str]) -> Section:
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
        status = w[f"b.{b.status.value}"]
        if summary.status_since is not None:
            status += " (" + w["since"].format(day=format_date(summary.status_since,
                                                               o.lang)) + ")"
        lines.append(f"{w['status']}: {status}")
        if b.need_text:
            lines.append(f"{w['protects']}: {b.need_text}")
        if b.consequence:
            lines.append(f"{w['consequence']}: {b.consequence}")
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
                times=_count(w, "time", len(crossed)), yes=_count(w, "time", yes),
                partly=_count(w, "time", partly)))
        else:
            lines.append(w["crossed_never"])
        section.blocks.append(BulletList(tuple(lines)))
    return section


def _needs(vault: Vault, o: ReportOptions, w: dict[str, str]) -> Section:
    section = Section("needs", w["needs"])
    needs = NeedStore(vault).all()
    if not needs:
        section.blocks.append(Paragraph(w["no_needs"], subtle=True))
        return section
    section.blocks.append(Table(
        (w["need"], w["area"], w["status"]),
        tuple((n.text, w[f"a.{n.area.value}"], w[f"n.{n.status.value}"]) for n in needs)))
    return section


def _safe_places(vault: Vault, o: ReportOptions, w: dict[str, str]) -> Section:
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


@dataclass(frozen=True)
class EntryChoice:
    """An entry she can tick in the preview."""

    id: int
    entry_date: date
    title: str
    shared: bool


def entry_choices(vault: Vault, start: date, end: date) -> list[EntryChoice]:
    """Every entry in the period, oldest first, with whether it is marked to share."""
    rows = vault.rows("SELECT id, entry_date, title, share_with_therapist FROM entries"
                      " WHERE entry_date BETWEEN ? AND ? ORDER BY entry_date, id",
                      (start.isoformat(), end.isoformat()))
    return [EntryChoice(r["id"], date.fromisoformat(r["entry_date"]), r["title"],
                        bool(r["share_with_therapist"])) for r in rows]


def _entries(vault: Vault, o: ReportOptions, w: dict[str, str]) -> Section:
    section = Section("entries", w["entries"])
    sql = (f"SELECT e.id, e.entry_date, e.title, e.body, e.mood, {tags_column()} AS tag_list"
           " FROM entries e WHERE e.entry_date BETWEEN ? AND ?")
    params: list[object] = [o.start.isoformat(), o.end.isoformat()]
    if o.entry_ids is not None:
        ids = sorted(o.entry_ids)
        sql += f" AND e.id IN ({','.join('?' * len(ids))})" if ids else " AND 0"
        params += ids
    elif not o.all_entries:
        sql += " AND e.share_with_therapist = 1"
    rows = vault.rows(sql + " ORDER BY e.entry_date, e.created_at, e.id", params)
    if not rows:
        section.blocks.append(Paragraph(w["no_entries"], subtle=True))
    for r in rows:
        heading = format_date(date.fromisoformat(r["entry_date"]), o.lang)
        heading += " · " + (r["title"] or w["untitled"])
        meta = []
        if o.include_moods and r["mood"] is not None:
            meta.append(w["entry_mood"].format(mood=r["mood"], max=MOOD_MAX))
        tags = split_tags(r["tag_list"])
        if o.include_tags and tags:
            meta.append(f"{w['tags']}: " + ", ".join(tags))
        section.blocks.append(EntryBlock(r["id"], heading, tuple(meta), r["body"]))
    return section


_BUILDERS.update({"checkins": _checkins, "selfcare": _selfcare, "boundaries": _boundaries,
                  "needs": _needs, "safe_places": _safe_places, "entries": _entries})


# -- support network and session agenda (registered like any later section) ------------


def support_roles(vault: Vault, w: dict[str, str]) -> dict[int, tuple[str, str]]:
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
        role = w[f"r.{p.kind.value}"]
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
    return block  # a chart holds numbers only


def _support(vault: Vault, o: ReportOptions, w: dict[str, str]) -> Section:
    """Who she can turn to, and whose advice she allows; no phone numbers or notes,
    and not the helplines that ship with the app."""
    section = Section("support", w["support"])
    people = SupportStore(vault).all()
    if not people:
        section.blocks.append(Paragraph(w["no_support"], subtle=True))
        return section
    if o.names_as_roles:
        roles = support_roles(vault, w)
        rows = tuple(sorted(((roles[p.id][1], w["yes"] if p.may_advise else "–")
                             for p in people), key=lambda r: (r[1] == "–", r[0])))
        section.blocks.append(Table((w["who"], w["may_advise"]), rows))
    else:
        rows = tuple((p.name, w[f"r.{p.kind.value}"], w["yes"] if p.may_advise else "–")
                     for p in people)
        section.blocks.append(Table((w["who"], w["role"], w["may_advise"]), rows))
    return section


def _agenda(vault: Vault, o: ReportOptions, w: dict[str, str]) -> Section:
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


register_section("support", _support, before="entries",
                 title={"en": "Support network", "nl": "Steunnetwerk"})
register_section("agenda", _agenda, before="entries",
                 title={"en": "Session agenda", "nl": "Agenda voor mijn sessies"})


# -- Markdown --------------------------------------------------------------------------


def _md_inline(text: str) -> str:
    """Her words on one line, safe inside a Markdown heading, list item or table cell."""
    text = " ".join(text.split())
    for ch in "\\`*_[]#|<>":
        text = text.replace(ch, "\\" + ch)
    return text


def to_markdown(report: Report) -> str:
    c = report.cover
    w = words(report.options.lang)
    out = [f"# {c.title}", ""]
    if c.name:
        out.append(f"**{w['name']}:** {_md_inline(c.name)}  ")
    out += [f"**{w['period']}:** {c.period}  ", f"**{w['made_on']}:** {c.made_on}  ",
            f"**{c.confidential.upper()}**", ""]
    for section in report.sections:
        out += [f"## {_md_inline(section.title)}", ""]
        for block in section.blocks:
            out += _md_block(block)
    return "\n".join(out).rstrip() + "\n"


def _md_block(block: Block) -> list[str]:
    match block:
        case Paragraph(text=text, subtle=subtle):
            return [f"*{_md_inline(text)}*" if subtle else _md_inline(text), ""]
        case Subheading(text=text):
            return [f"### {_md_inline(text)}", ""]
        case Table(header=header, rows=rows):
            lines = ["| " + " | ".join(_md_inline(h) for h in header) + " |",
                     "|" + "---|" * len(header)]
            lines += ["| " + " | ".join(_md_inline(v) for v in row) + " |" for row in rows]
            return [*lines, ""]
        case BulletList(items=items):
            return [*(f"- {_md_inline(i)}" for i in items), ""]
        case Chart():
            return []  # the table above holds the numbers; charts are for the PDF
        case EntryBlock(heading=heading, meta=meta, body=body):
            lines = [f"### {_md_inline(heading)}", ""]
            if meta:
                lines += [f"*{_md_inline(' · '.join(meta))}*", ""]
            return [*lines, *_md_body(body), ""]
    raise TypeError(f"unknown block {block!r}")


_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$")  # a heading; see _atx_text


def _atx_text(m: re.Match[str]) -> str:
    """The text of a heading line without a closing run of "#". (Two steps rather than
    one regex, which took quadratic time on a long line of spaces.)"""
    text = m.group(2).rstrip(" \t")
    stripped = text.rstrip("#")
    if not stripped or stripped[-1] in " \t":
        text = stripped
    return text.strip()
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?:.|\n)*?(?<!`)\1(?!`)")


def _md_body(body: str) -> list[str]:
    """Her entry as she wrote it (Markdown), made safe inside the document: her headings
    (also underlined ones) sit below ours as "####", a code fence she left open is
    closed, and "<" is escaped so no HTML she typed or imported reaches a reader."""
    out: list[str] = []
    fence = ""
    for line in body.replace("\r\n", "\n").strip("\n").split("\n"):
        opening = _FENCE.match(line)
        if fence:
            out.append(line)
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(
                    fence) and not line.strip().strip(fence[0]):
                fence = ""
            continue
        if opening:
            fence = opening.group(1)
            out.append(line)
            continue
        heading = _ATX.match(line)
        if heading:
            out.append("#### " + _escape_html(_atx_text(heading)))
            continue
        prev = out[-1] if out else ""
        if _SETEXT.match(line) and prev.strip() and not _ATX.match(prev) and not re.match(
                r"^ {0,3}([-*+>]|\d+[.)])( |$)", prev):
            out[-1] = "#### " + prev.strip()
            continue
        out.append(_escape_html(line))
    if fence:
        out.append(fence)
    return out


def _escape_html(line: str) -> str:
    """`<` escaped outside inline code, so a Markdown reader shows it as text."""
    parts, last = [], 0
    for m in _CODE_SPAN.finditer(line):
        parts += [line[last:m.start()].replace("<", "\\<"), m.group(0)]
        last = m.end()
    parts.append(line[last:].replace("<", "\\<"))
    return "".join(parts)


# -- HTML ------------------------------------------------------------------------------

_CSS = """
body { font-family: 'Noto Sans', 'DejaVu Sans', sans-serif; font-size: 10.5pt;
       color: #2b2b2b; }
h1 { font-size: 20pt; font-weight: 600; color: #7a3e26; margin-bottom: 4px; }
h2 { font-size: 14pt; font-weight: 600; color: #7a3e26; margin-top: 22px;
     margin-bottom: 6px; }
h3 { font-size: 11.5pt; font-weight: 600; margin-top: 14px; margin-bottom: 4px; }
p.heading { font-size: 10.5pt; font-weight: 600; color: #5b4a42; margin-top: 10px;
            margin-bottom: 2px; }
blockquote { margin-left: 16px; }
.quote { color: #5b4a42; font-style: italic; }
code, pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 9.5pt; }
p { margin-top: 4px; margin-bottom: 6px; }
.subtle { color: #6b6b6b; font-style: italic; }
.meta { color: #6b6b6b; font-size: 9.5pt; }
.confidential { color: #a33a2a; font-weight: 600; letter-spacing: 1px; }
.cover td { padding: 2px 12px 2px 0; }
table.data { border-collapse: collapse; margin-top: 4px; margin-bottom: 8px; }
table.data th { background-color: #f1e7e0; text-align: left; padding: 4px 8px; }
table.data td { border-bottom: 1px solid #e4d8cf; padding: 4px 8px; }
"""


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


_BULLET = re.compile(r"^ {0,3}[-*+][ \t]+(.*)$")
_NUMBERED = re.compile(r"^ {0,3}(\d{1,9})[.)][ \t]+(.*)$")
_QUOTE = re.compile(r"^ {0,3}> ?(.*)$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# Emphasis never spans its own marker (a "*" inside "*...*"), so every pattern scans
# only up to the next marker: linear time, whatever she pasted in.
_INLINE = [
    (re.compile(r"\*\*\*([^\s*](?:[^*]*[^\s*])?)\*\*\*"), r"<b><i>\1</i></b>"),
    (re.compile(r"\*\*([^\s*](?:(?:[^*]|\*(?!\*))*?[^\s*])?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<!\w)__([^\s_](?:(?:[^_]|_(?!_))*?[^\s_])?)__(?!\w)"), r"<b>\1</b>"),
    (re.compile(r"\*([^\s*](?:[^*]*[^\s*])?)\*"), r"<i>\1</i>"),
    (re.compile(r"(?<!\w)_([^\s_](?:[^_]*[^\s_])?)_(?!\w)"), r"<i>\1</i>"),
    (re.compile(r"~~([^\s~](?:(?:[^~]|~(?!~))*?[^\s~])?)~~"), r"<s>\1</s>"),
]
_LINK = re.compile(r"!?\[([^\[\]]*)\]\(([^()\s]*)(?:\s+&quot;[^()]*?&quot;)?\)")
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")


def _inline(text: str) -> str:
    """One piece of her text as HTML: escaped first, then **bold**, *italic*, ~~struck~~
    and `code` become our own tags. A link shows its text and address; an image its
    description only: nothing is ever loaded."""
    text = html.escape(text, quote=True)
    held: list[str] = []

    def hold(fragment: str) -> str:
        held.append(fragment)
        return f"\x00{len(held) - 1}\x00"

    text = _CODE_SPAN.sub(lambda m: hold("<code>" + m.group(0).strip("`").strip()
                                         + "</code>"), text)
    text = _ESCAPED.sub(lambda m: hold(m.group(1)), text)

    def link(m: re.Match[str]) -> str:
        label_, url = m.group(1), m.group(2)
        if m.group(0).startswith("!") or not url:
            return label_
        return f"{label_} ({hold(url)})" if label_ and label_ != url else hold(url)

    text = _LINK.sub(link, text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return re.sub("\x00(\\d+)\x00", lambda m: held[int(m.group(1))], text)


def markdown_html(body: str, *, depth: int = 0) -> str:
    """Her entry (Markdown) as HTML for the document: paragraphs (a single line break
    kept), her headings in bold below ours, lists, quotes, rules and code. Every
    character of hers is escaped; only our own tags are made, so no HTML she typed or
    imported (a <script>, an <img>) ever reaches the page."""
    cls = " class=\"quote\"" if depth else ""
    out: list[str] = []
    para: list[str] = []
    items: list[str] = []
    list_tag = ""
    quote: list[str] = []
    code: list[str] | None = None
    fence = ""

    def flush() -> None:
        nonlocal list_tag
        if para:
            out.append(f"<p{cls}>" + "<br>".join(_inline(x.strip()) for x in para) + "</p>")
            para.clear()
        if items:
            out.append(f"<{list_tag}{cls}>" + "".join(f"<li>{_inline(i)}</li>" for i in items)
                       + f"</{list_tag}>")
            items.clear()
            list_tag = ""
        if quote:
            inner = ("<p class=\"quote\">" + "<br>".join(_inline(q) for q in quote
                                                         if q.strip()) + "</p>"
                     if depth >= 3 else markdown_html("\n".join(quote), depth=depth + 1))
            out.append(f"<blockquote>{inner}</blockquote>")
            quote.clear()

    for line in body.replace("\r\n", "\n").split("\n"):
        if code is not None:
            if _FENCE.match(line) and line.strip().strip(fence[0]) == "" and len(
                    line.strip()) >= len(fence):
                out.append("<pre>" + html.escape("\n".join(code)) + "</pre>")
                code = None
            else:
                code.append(line)
            continue
        opening = _FENCE.match(line)
        if opening:
            flush()
            fence, code = opening.group(1), []
            continue
        if quote and (m := _QUOTE.match(line)):
            quote.append(m.group(1))
            continue
        if not line.strip():
            flush()
            continue
        if para and _SETEXT.match(line):
            heading = " ".join(x.strip() for x in para)
            para.clear()
            out.append(f"<p class=\"heading\">{_inline(heading)}</p>")
            continue
        if (m := _ATX.match(line)) is not None:
            flush()
            out.append(f"<p class=\"heading\">{_inline(_atx_text(m))}</p>")
        elif _RULE.match(line):
            flush()
            out.append("<hr>")
        elif (m := _QUOTE.match(line)) is not None:
            flush()
            quote.append(m.group(1))
        elif (m := _BULLET.match(line)) or (m := _NUMBERED.match(line)):
            tag = "ul" if m.re is _BULLET else "ol"
            if para or (items and tag != list_tag):
                flush()
            list_tag = tag
            items.append(m.group(m.lastindex or 1))
        elif items and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()  # a list item that goes on
        else:
            if items:
                flush()
            para.append(line)
    if code is not None:  # a fence she never closed: her text, as written
        out.append("<pre>" + html.escape("\n".join(code)) + "</pre>")
    flush()
    return "".join(out)


def to_html(report: Report, *, chart_urls: Mapping[str, str] | None = None,
            chart_size: tuple[int, int] = (620, 190)) -> str:
    """The summary as one HTML document. `chart_urls` maps a chart's key to the image
    the caller provides (e.g. a QTextDocument resource); without it there are no charts."""
    c = report.cover
    w = words(report.options.lang)
    out = [f"<html lang=\"{_esc(report.options.lang)}\"><head><meta charset=\"utf-8\">",
           f"<title>{_esc(c.title)}</title><style>{_CSS}</style></head><body>",
           f"<h1>{_esc(c.title)}</h1>", "<table class=\"cover\">"]
    if c.name:
        out.append(f"<tr><td><b>{_esc(w['name'])}</b></td><td>{_esc(c.name)}</td></tr>")
    out += [f"<tr><td><b>{_esc(w['period'])}</b></td><td>{_esc(c.period)}</td></tr>",
            f"<tr><td><b>{_esc(w['made_on'])}</b></td><td>{_esc(c.made_on)}</td></tr>",
            "</table>",
            f"<p class=\"confidential\">{_esc(c.confidential.upper())}</p>"]
    for section in report.sections:
        out.append(f"<h2>{_esc(section.title)}</h2>")
        for block in section.blocks:
            out.append(_html_block(block, chart_urls or {}, chart_size))
    out.append("</body></html>")
    return "\n".join(out)


def _html_block(block: Block, chart_urls: Mapping[str, str],
                size: tuple[int, int]) -> str:
    match block:
        case Paragraph(text=text, subtle=subtle):
            return f"<p class=\"subtle\">{_esc(text)}</p>" if subtle else f"<p>{_esc(text)}</p>"
        case Subheading(text=text):
            return f"<h3>{_esc(text)}</h3>"
        case Table(header=header, rows=rows):
            head = "".join(f"<th>{_esc(h)}</th>" for h in header)
            body = "".join("<tr>" + "".join(f"<td>{_esc(v)}</td>" for v in row) + "</tr>"
                           for row in rows)
            return (f"<table class=\"data\" cellspacing=\"0\"><tr>{head}</tr>{body}"
                    "</table>")
        case BulletList(items=items):
            return "<ul>" + "".join(f"<li>{_esc(i)}</li>" for i in items) + "</ul>"
        case Chart(key=key, title=title):
            url = chart_urls.get(key)
            if url is None:
                return ""
            return (f"<p><img src=\"{_esc(url)}\" width=\"{size[0]}\" height=\"{size[1]}\""
                    f" alt=\"{_esc(title)}\"></p>")
        case EntryBlock(heading=heading, meta=meta, body=body):
            parts = [f"<h3>{_esc(heading)}</h3>"]
            if meta:
                parts.append(f"<p class=\"meta\">{_esc(' · '.join(meta))}</p>")
            parts.append(markdown_html(body))
            return "".join(parts)
    raise TypeError(f"unknown block {block!r}")


# -- writing a file --------------------------------------------------------------------


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """The PDF `data` protected with `password` (AES-256, PDF 2.0 security handler R6),
    in memory: the readable PDF never touches the disk."""
    import io

    import pikepdf  # only needed here; keeps `import journal.report` light

    if not password:
        raise ValueError("an empty password protects nothing")
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(owner=password, user=password, R=6))
    return out.getvalue()
