"""The therapist summary as data, Markdown and HTML (journal/report/)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from journal.boundaries import BoundaryStore
from journal.boundary_models import BoundaryDraft, BoundaryStatus, CrossingDraft, Followed
from journal.checkin_models import CHART_METRICS, CheckinDraft
from journal.checkins import CheckinStore
from journal.demo import fill_demo
from journal.entries import EntryStore
from journal.errors import TargetExists
from journal.models import EntryDraft
from journal.need_models import NeedArea, NeedDraft, NeedStatus
from journal.needs import NeedStore
from journal.report import (
    LANGUAGES,
    EntryBlock,
    EntryStream,
    ReportOptions,
    build_report,
    entry_choices,
    format_date,
    name_replacer,
    to_html,
    to_markdown,
    words,
    write_file,
)
from journal.support import SupportDraft, SupportKind, SupportStore

DAY = date(2026, 3, 10)
SHARED = "SHARED-MARKER-7f3a"
PRIVATE = "PRIVATE-MARKER-9c1e"


def period(**kw) -> ReportOptions:
    return ReportOptions(start=DAY - timedelta(days=13), end=DAY, made_on=DAY, **kw)


@pytest.fixture
def two_entries(entries):
    shared = entries.create(EntryDraft(DAY - timedelta(days=1), "For her", f"Body {SHARED}",
                                       mood=2, tags=["sleep"], share_with_therapist=True))
    private = entries.create(EntryDraft(DAY - timedelta(days=2), "Mine", f"Body {PRIVATE}",
                                        mood=4, share_with_therapist=False))
    return shared, private


def both(report) -> tuple[bytes, bytes]:
    return to_markdown(report).encode("utf-8"), to_html(report).encode("utf-8")


def test_only_shared_entries_by_default(vault, two_entries):
    report = build_report(vault, period())
    assert report.entry_ids() == [two_entries[0]]
    for data in both(report):
        assert SHARED.encode() in data
        assert PRIVATE.encode() not in data


def test_all_entries_when_she_chooses(vault, two_entries):
    report = build_report(vault, period(all_entries=True))
    assert sorted(report.entry_ids()) == sorted(two_entries)
    for data in both(report):
        assert SHARED.encode() in data and PRIVATE.encode() in data


def test_ticked_entries_override_the_shared_mark(vault, two_entries):
    _shared, private = two_entries
    report = build_report(vault, period(entry_ids=frozenset({private})))
    assert report.entry_ids() == [private]
    md, page = both(report)
    assert PRIVATE.encode() in md and SHARED.encode() not in md
    assert SHARED.encode() not in page
    assert build_report(vault, period(entry_ids=frozenset())).entry_ids() == []


def test_entry_choices_list_every_entry_with_its_mark(vault, two_entries):
    choices = entry_choices(vault, DAY - timedelta(days=13), DAY)
    assert [(c.id, c.shared) for c in choices] == [(two_entries[1], False),
                                                   (two_entries[0], True)]


def test_moods_and_tags_can_be_left_out(vault, two_entries):
    with_meta = to_markdown(build_report(vault, period()))
    # The words of the entry's field: its 1–5 is not the check-ins' mood (0–10).
    assert "How was this day: 2 of 5" in with_meta and "Tags: sleep" in with_meta
    without = to_markdown(build_report(vault, period(include_moods=False,
                                                     include_tags=False)))
    assert "this day" not in without and "sleep" not in without


def test_entries_outside_the_period_stay_out(vault, entries):
    entries.create(EntryDraft(DAY - timedelta(days=40), "Old", "OLD-MARKER",
                              share_with_therapist=True))
    md, page = both(build_report(vault, period()))
    assert b"OLD-MARKER" not in md and b"OLD-MARKER" not in page


def test_empty_period(vault):
    report = build_report(vault, period())
    md = to_markdown(report)
    assert "No check-ins in this period." in md
    assert "No journal entries to share in this period." in md
    assert "No boundaries yet." in md
    assert report.charts() == []
    assert "<h1>Summary for my therapist</h1>" in to_html(report)


def test_period_with_only_checkins(vault):
    store = CheckinStore(vault)
    walk = next(i.id for i in store.selfcare_items() if i.key == "walk")
    trigger = store.add_trigger("Our old song")
    for n in range(5):
        store.create(CheckinDraft(DAY - timedelta(days=n), mood=4 + n, anxiety=6,
                                  sleep_hours=7.5, helped=[walk], triggers={trigger: 2}))
    report = build_report(vault, period())
    md = to_markdown(report)
    assert "5 check-ins on 5 of the 14 days." in md
    assert "| Mood | 6.0 | 4.0 | 8.0 | 5 |" in md
    assert "| A walk | 5 |" in md
    assert "| Our old song | 10 |" in md
    assert "No journal entries to share in this period." in md
    assert {c.key for c in report.charts()} == {"mood", "anxiety", "sleep_hours"}
    page = to_html(report, chart_urls={"mood": "chart-mood.png"})
    assert page.count("<img") == 1 and 'src="chart-mood.png"' in page
    assert "<img" not in to_html(report)


def test_the_summarys_charts_average_their_first_days_as_the_trends_page_does(vault):
    """A period that starts after a run of check-ins: the summary's running average of
    its first days holds the days before it, the same figures the Trends page shows,
    while its dots, counts and table stay the period's own."""
    store = CheckinStore(vault)
    start = DAY - timedelta(days=13)
    for n in range(1, 7):  # the six days before the period
        store.create(CheckinDraft(start - timedelta(days=n), mood=2))
    store.create(CheckinDraft(start, mood=9))
    store.create(CheckinDraft(start + timedelta(days=3), mood=5))
    report = build_report(vault, period(sections=("checkins",)))
    mood = next(c.series for c in report.charts() if c.key == "mood")
    assert mood == store.trends(DAY, 14).series["mood"]
    assert mood.values[:4] == (9, None, None, 5)
    assert mood.rolling[:4] == pytest.approx((21 / 7, 19 / 6, 17 / 5, 20 / 5))
    md = to_markdown(report)
    assert "2 check-ins on 2 of the 14 days." in md
    assert "| Mood | 7.0 | 5.0 | 9.0 | 2 |" in md


def test_boundaries_and_needs_with_status_and_crossings(vault):
    need = NeedStore(vault).create(NeedDraft("Rest in the evening"), on=DAY)
    store = BoundaryStore(vault)
    b = store.create(BoundaryDraft("I sleep in the guest room when I feel unsafe",
                                   need_id=need, need_text="Feeling safe at night",
                                   consequence="I leave the room",
                                   status=BoundaryStatus.HOLDING), on=DAY - timedelta(days=3))
    store.log_crossing(b, CrossingDraft(DAY - timedelta(days=2), "He came in", Followed.YES))
    store.log_crossing(b, CrossingDraft(DAY - timedelta(days=1), "Again", Followed.PARTLY))
    store.log_crossing(b, CrossingDraft(DAY - timedelta(days=60), "Long ago", Followed.NO))
    md = to_markdown(build_report(vault, period()))
    assert "### I sleep in the guest room when I feel unsafe" in md
    assert "- Status: Holding (since 7 March 2026)" in md
    assert "Crossed 2 times in this period; the consequence followed 1 time, partly 1 time." in md
    assert "| Rest in the evening | Other | Noticed |" in md
    nl = to_markdown(build_report(vault, period(lang="nl")))
    assert "- Status: Ik houd deze grens vast (sinds 7 maart 2026)" in nl
    assert "| Rest in the evening | Anders | Opgemerkt |" in nl


def test_her_text_is_escaped_in_html(vault, entries):
    entries.create(EntryDraft(DAY, "<b>title</b>", "<script>alert(1)</script> & more",
                              share_with_therapist=True))
    page = to_html(build_report(vault, period(name="<i>A.</i>")))
    assert "<script>" not in page and "<b>title</b>" not in page and "<i>A.</i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page


def test_her_headings_stay_below_the_reports_in_markdown(vault, entries):
    entries.create(EntryDraft(DAY, "T", "# My own heading\ntext", share_with_therapist=True))
    md = to_markdown(build_report(vault, period()))
    assert "#### My own heading" in md
    assert "\n# My own heading" not in md


def test_a_five_megabyte_entry(vault, entries):
    body = ("Een lange dag. " * 350_000)[:5_000_000] + SHARED
    entries.create(EntryDraft(DAY, "Long", body, share_with_therapist=True))
    report = build_report(vault, period())
    md, page = both(report)
    assert len(md) > 5_000_000 and md.rstrip().endswith(SHARED.encode())
    assert SHARED.encode() in page and len(page) > 5_000_000


def test_dutch_and_english(vault):
    fill_demo(vault, "nl", today=DAY)
    nl = build_report(vault, period(lang="nl", name="M."))
    md = to_markdown(nl)
    assert md.startswith("# Samenvatting voor mijn therapeut\n")
    assert "**Periode:** 25 februari 2026 tot en met 10 maart 2026" in md
    assert "**VERTROUWELIJK**" in md and "**Naam:** M\\." not in md and "M." in md
    assert "## Grenzen" in md and "## Behoeften" in md and "## Dagboek" in md
    assert "Stemming" in md
    en = to_markdown(build_report(vault, period(lang="en")))
    assert en.startswith("# Summary for my therapist\n")
    assert "**Period:** 25 February 2026 to 10 March 2026" in en
    assert "## Boundaries" in en and "**CONFIDENTIAL**" in en


def test_only_the_chosen_sections(vault, two_entries):
    report = build_report(vault, period(sections=("needs", "entries")))
    assert [s.key for s in report.sections] == ["needs", "entries"]
    report = build_report(vault, period(sections=("checkins",)))
    assert report.entry_ids() == []
    assert SHARED.encode() not in both(report)[0]


def test_demo_summary_has_charts_and_shared_entries_only(vault):
    fill_demo(vault, "en", today=DAY)
    report = build_report(vault, ReportOptions(DAY - timedelta(days=29), DAY, made_on=DAY))
    assert [c.series.metric for c in report.charts()] == list(CHART_METRICS)
    assert all(any(v is not None for v in c.series.values) for c in report.charts())
    # Which demo entries of the period are shared, read through the entry store.
    store = EntryStore(vault)
    in_period = [e for e in (store.get(row["id"]) for row in vault.rows(
        "SELECT id FROM entries ORDER BY entry_date, id"))
        if DAY - timedelta(days=29) <= e.entry_date <= DAY]
    shared = [e.id for e in in_period if e.share_with_therapist]
    assert shared and len(shared) < len(in_period)  # some are kept out
    blocks: list[EntryBlock] = []
    for b in (b for s in report.sections for b in s.blocks):
        if isinstance(b, EntryStream):
            with b.entries() as streamed:
                blocks += streamed
        elif isinstance(b, EntryBlock):
            blocks.append(b)
    assert sorted(b.entry_id for b in blocks) == sorted(shared) == sorted(report.entry_ids())


def test_period_that_ends_before_it_starts(vault):
    with pytest.raises(ValueError, match="ends before"):
        build_report(vault, ReportOptions(DAY, DAY - timedelta(days=1)))


def test_dates_in_the_local_format():
    assert format_date(date(2026, 5, 1), "nl") == "1 mei 2026"
    assert format_date(date(2026, 5, 1), "en") == "1 May 2026"


def test_write_file_is_atomic_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "summary.md"
    write_file(target, b"first")
    with pytest.raises(TargetExists):
        write_file(target, b"second")
    assert target.read_bytes() == b"first"
    write_file(target, b"second", overwrite=True)
    assert target.read_bytes() == b"second"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.md"]
    with pytest.raises(FileNotFoundError):
        write_file(tmp_path / "missing" / "x.md", b"x")


def test_since_last_session_runs_from_the_latest_session_to_today(vault):
    from journal.agenda import AgendaStore
    from journal.report import since_last_session

    agenda = AgendaStore(vault)
    assert since_last_session(vault, DAY) is None
    first, second = agenda.add("Sleep"), agenda.add("Boundaries")
    agenda.add("Still open")
    agenda.mark_discussed(first, DAY - timedelta(days=20))
    agenda.mark_discussed(second, DAY - timedelta(days=6))
    assert since_last_session(vault, DAY) == (DAY - timedelta(days=6), DAY)
    agenda.mark_discussed(second, None)  # back on the agenda: the earlier session counts
    assert since_last_session(vault, DAY) == (DAY - timedelta(days=20), DAY)
    agenda.mark_discussed(first, DAY + timedelta(days=2))  # dated ahead: just that day
    assert since_last_session(vault, DAY) == (DAY + timedelta(days=2),) * 2


def support_and_agenda(vault, entries):
    from journal.agenda import AgendaStore
    from journal.support import SupportDraft, SupportKind, SupportStore

    people = SupportStore(vault)
    people.create(SupportDraft("Anna de Vries", SupportKind.TRUSTED, contact="06-1234",
                               notes="NOTE-MARK", may_advise=True))
    people.create(SupportDraft("Marieke", SupportKind.TRUSTED))
    people.create(SupportDraft("Dr. Jansen", SupportKind.THERAPIST, may_advise=True))
    BoundaryStore(vault).create(BoundaryDraft(
        action="I sleep in the guest room", consequence="I leave for the night",
        support="Anna and marieke know about it"))
    entries.create(EntryDraft(DAY, "Talk with Anna de Vries",
                              "Dr. Jansen said **Marieke's** idea was good.",
                              share_with_therapist=True))
    agenda = AgendaStore(vault)
    agenda.add("Ask Marieke to come along")
    agenda.mark_discussed(agenda.add("Sleep"), DAY - timedelta(days=3))
    agenda.mark_discussed(agenda.add("Old topic"), DAY - timedelta(days=40))


def test_support_and_agenda_sections(vault, entries):
    support_and_agenda(vault, entries)
    report = build_report(vault, period())
    keys = [s.key for s in report.sections]
    assert keys[-3:] == ["support", "agenda", "entries"]
    md = to_markdown(report)
    assert "## Support network" in md and "## Session agenda" in md
    assert "| Anna de Vries | Trusted person | Yes |" in md
    assert "| Dr. Jansen | Therapist | Yes |" in md and "| Marieke | Trusted person | – |" in md
    assert "06-1234" not in md and "NOTE-MARK" not in md and "Veilig Thuis" not in md
    assert "### Topics for my next session\n\n- Ask Marieke to come along" in md
    assert "Session on 7 March 2026\n\n- Sleep" in md and "Old topic" not in md
    assert "Who supports me: Anna and marieke know about it" in md
    nl = to_markdown(build_report(vault, period(lang="nl")))
    assert "## Steunnetwerk" in nl and "| Dr. Jansen | Therapeut | Ja |" in nl
    assert "Gesprek op 7 maart 2026" in nl and "## Mijn bespreeklijst" in nl


def test_names_replaced_by_roles_everywhere(vault, entries):
    support_and_agenda(vault, entries)
    report = build_report(vault, period(names_as_roles=True, name="M."))
    md, page = both(report)
    for data in (md, page):
        for name in (b"Anna", b"Vries", b"Marieke", b"marieke", b"Jansen"):
            assert name not in data, name
    text = md.decode()
    assert "| Trusted person 1 | Yes |" in text and "| Therapist | Yes |" in text
    assert "Who supports me: Trusted person 1 and Trusted person 2 know about it" in text
    assert "Talk with Trusted person 1" in text
    assert "Therapist said **Trusted person 2's** idea" in text
    hide = name_replacer({1: ("Anna de Vries", "Trusted person 1")})
    assert hide("Annabel and anna de vries, Anna.") == (
        "Annabel and Trusted person 1, Trusted person 1.")  # a longer word is not her name
    assert "Ask Trusted person 2 to come along" in text
    assert "**Name:** M.  \n" in text  # her own name stays as she wrote it
    nl = to_markdown(build_report(vault, period(names_as_roles=True, lang="nl")))
    assert "| Vertrouwenspersoon 1 | Ja |" in nl and "Marieke" not in nl


MARKDOWN_BODY = """# Her heading
Some **bold**, *italic* and ~~struck~~ words.
A second line.

## Smaller
- one
- two with **weight**

1. first
2. second

> A quote I keep.

Underlined
==========
<script>alert('x')</script> <img src="file:///etc/passwd" onerror="alert(1)">
![a photo](file:///home/me/secret.png) and `<b>code</b>`
```
an open fence <i>"""


def test_markdown_in_her_entries_becomes_formatting_in_html(vault, entries):
    entries.create(EntryDraft(DAY, "T", MARKDOWN_BODY, share_with_therapist=True))
    page = to_html(build_report(vault, period()))
    body = page[page.index("Her heading") - 19:]
    assert body.startswith("<p class=\"heading\">Her heading</p>")
    assert "<p>Some <b>bold</b>, <i>italic</i> and <s>struck</s> words.<br>A second line.</p>"\
        in body
    assert ("<p class=\"heading\">Smaller</p><ul><li>one</li><li>two with <b>weight</b>"
            "</li></ul>") in body
    assert "<ol><li>first</li><li>second</li></ol>" in body
    assert "<blockquote><p class=\"quote\">A quote I keep.</p></blockquote>" in body
    assert "<p class=\"heading\">Underlined</p>" in body and "**" not in body and "==" not in body
    # Nothing of hers becomes a tag: raw HTML and Markdown images stay text, never load.
    assert "<script" not in page and "<img" not in page and "<i>\"" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in body
    assert "&lt;img src=&quot;file:///etc/passwd&quot;" in body
    assert "secret.png" not in body and "a photo and <code>&lt;b&gt;code&lt;/b&gt;</code>" in body
    assert "<pre>an open fence &lt;i&gt;</pre>" in body
    assert body.count("<h1>") == 0 and body.count("<h2>") == 0


def test_markdown_output_keeps_her_formatting_inside_the_entry(vault, entries):
    entries.create(EntryDraft(DAY, "T", MARKDOWN_BODY, share_with_therapist=True))
    entries.create(EntryDraft(DAY, "After", "NEXT-ENTRY", share_with_therapist=True))
    md = to_markdown(build_report(vault, period()))
    assert "#### Her heading\nSome **bold**, *italic*" in md
    assert "#### Smaller\n- one\n- two with **weight**" in md
    assert "#### Underlined\n" in md and "\n==========" not in md
    assert "\\<script>alert('x')\\</script> \\<img src=" in md and "`<b>code</b>`" in md
    # Her open code fence is closed before the next entry's heading.
    assert "```\nan open fence <i>\n```\n\n### 10 March 2026 · After" in md  # code: literal
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert all(not h.startswith(("# ", "## ")) for h in headings
               if "Her" in h or "Smaller" in h or "Underlined" in h)


def test_markdown_that_never_closes_is_handled_in_one_pass():
    """Lines full of markers that never close (pasted text, a stuck key) come out as
    text; the patterns scan only to the next marker, so this stays quick."""
    from journal.report import markdown_html

    for unit in ("*a ", "**a ", "_a ", "~~a ", "[x", "[a](", "`a ``"):
        body = unit * 40_000
        page = markdown_html(body)
        assert page.startswith("<p>") and len(page) >= len(body) // 2
        assert "<script" not in page
    assert markdown_html("# " + " " * 100_000 + "x") == "<p class=\"heading\">x</p>"
    assert markdown_html("**bold *and* italic**") == "<p><b>bold <i>and</i> italic</b></p>"
    assert markdown_html("# C# #") == "<p class=\"heading\">C#</p>"


def test_a_nul_in_her_text_is_not_taken_for_a_placeholder():
    """The writer holds links and code aside behind NUL-number-NUL placeholders; a
    NUL pasted or imported into her text, before digits, made the summary fail
    (IndexError) or put a held piece of another place into hers."""
    from journal.report import markdown_html

    assert markdown_html("a \x007\x00 b") == "<p>a 7 b</p>"
    assert markdown_html("`code` \x000\x00") == "<p><code>code</code> 0</p>"


# Each choice the core offers, by the prefix of its words in the report.
REPORT_ENUMS = [("b.", BoundaryStatus), ("a.", NeedArea), ("n.", NeedStatus),
                ("r.", SupportKind)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_choice_has_its_words_in_the_report(vault, lang):
    """A status, area or kind without words would stop the summary with a KeyError."""
    w = words(lang)
    for prefix, enum in REPORT_ENUMS:
        for member in enum:
            assert w.get(prefix + member.value), f"{lang}: no words for {enum.__name__}.{member}"
    # And the summary made with one of each shows them all.
    boundaries, needs, people = BoundaryStore(vault), NeedStore(vault), SupportStore(vault)
    for status in BoundaryStatus:
        boundaries.create(BoundaryDraft(f"Boundary {status.value}", status=status))
    for area in NeedArea:
        for status in NeedStatus:
            needs.create(NeedDraft(f"Need {area.value} {status.value}", area, status))
    for kind in SupportKind:
        people.create(SupportDraft(f"Person {kind.value}", kind))
    for roles in (False, True):
        text = to_markdown(build_report(vault, period(lang=lang, names_as_roles=roles)))
        for prefix, enum in REPORT_ENUMS:
            for member in enum:
                assert w[prefix + member.value] in text, (prefix, member)


def test_the_dutch_words_for_choices_are_dutch():
    en, nl = words("en"), words("nl")
    for prefix, enum in REPORT_ENUMS:
        same = [m.value for m in enum if en[prefix + m.value] == nl[prefix + m.value]
                and prefix + m.value != "r.pastor"]  # "Pastor" in both languages
        assert same == [], f"{enum.__name__} not translated: {same}"
