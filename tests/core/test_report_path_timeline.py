"""The summary's two sections she ticks herself: "Where I am on my path" and "What
happened" (the timeline), and the safety agreement among the boundaries."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from journal.boundaries import BoundaryStore, template_by_id
from journal.boundary_models import BoundaryDraft, BoundaryStatus
from journal.events import EventDraft, EventStore, Season, Source, When
from journal.models import EntryDraft
from journal.path import PathStore, StepState
from journal.report import DEFAULT_SECTIONS, SECTIONS, ReportOptions, build_report, to_html
from journal.report import to_markdown as md
from journal.safety import SafetyStore, StiTest

DAY = date(2026, 3, 10)


def period(**kw) -> ReportOptions:
    return ReportOptions(start=DAY - timedelta(days=29), end=DAY, made_on=DAY, **kw)


@pytest.fixture
def walked(vault):
    store = PathStore(vault)
    store.mark("partner-support", StepState.DONE, on=date(2026, 2, 2))
    store.mark("partner-own-recovery", StepState.SKIPPED, on=date(2026, 2, 9))
    store.mark("partner-needs", StepState.DONE, on=date(2026, 2, 16))
    return store


@pytest.fixture
def happened(vault, entries):
    events = EventStore(vault)
    events.create(EventDraft(When.in_season(2025, Season.WINTER), "The first messages",
                             Source.FOUND, note="NOTE-MARKER-private"))
    events.create(EventDraft(When.around(DAY - timedelta(days=10)), "He said it was over",
                             Source.HE_TOLD))
    events.create(EventDraft(When.on(DAY - timedelta(days=3), "the day of the party"),
                             "A message from her", Source.SOMEONE_TOLD))
    events.create(EventDraft(When.in_year(2019), "Long before", Source.SUSPECT))
    shared = entries.create(EntryDraft(DAY - timedelta(days=5), "Told my sister",
                                       share_with_therapist=True))
    private = entries.create(EntryDraft(DAY - timedelta(days=4), "PRIVATE-MILESTONE"))
    events.set_milestone(shared, True)
    events.set_milestone(private, True)
    SafetyStore(vault).add_test(StiTest(DAY - timedelta(days=2), "GGD"))


def test_both_are_off_unless_she_ticks_them(vault, walked, happened):
    assert set(SECTIONS) - set(DEFAULT_SECTIONS) == {"path", "timeline"}
    text = md(build_report(vault, period()))
    assert "Where I am on my path" not in text and "What happened" not in text
    ticked = md(build_report(vault, period(sections=("path", "timeline"))))
    assert "## Where I am on my path" in ticked and "## What happened" in ticked


def test_her_path_names_steps_done_with_dates_and_skipped_as_skipped(vault, walked):
    report = build_report(vault, period(sections=("path",)))
    text = md(report)
    assert "2 of the 10 steps done." in text
    assert "| You do not have to do this alone | Done on 2 February 2026 |" in text
    assert "| Making room for your own recovery | Skipped for now (9 February 2026) |" in text
    assert "| Finding out what you need | Done on 16 February 2026 |" in text
    assert "The step I am on now: Self-care is not a luxury" in text
    assert "fail" not in text.lower() and "missed" not in text.lower()
    html = to_html(report)
    assert "<td>Skipped for now (9 February 2026)</td>" in html
    nl = md(build_report(vault, period(sections=("path",), lang="nl")))
    assert "## Waar ik sta op mijn weg" in nl
    assert "| Ruimte voor je eigen herstel | Voor nu overgeslagen (9 februari 2026) |" in nl
    assert "| Je hoeft dit niet alleen te doen | Gedaan op 2 februari 2026 |" in nl


def test_a_path_not_begun_says_so(vault):
    text = md(build_report(vault, period(sections=("path",))))
    assert "*I have not begun the steps of my path yet.*" in text


def test_what_happened_in_the_period_with_rough_dates_and_how_she_knows(vault, happened):
    report = build_report(vault, period(sections=("timeline",)))
    text = md(report)
    assert "| When | What | How I know it, or what it is |" in text
    assert "| winter 2025 | The first messages | I found it |" in text
    assert "| around 28 February 2026 | He said it was over | He told me |" in text
    assert "| the day of the party | A message from her | Someone else told me |" in text
    assert "| 5 March 2026 | Told my sister | Milestone in my journal |" in text
    assert "| 8 March 2026 | GGD | STI test |" in text
    assert "Long before" not in text  # 2019: outside the period
    assert "NOTE-MARKER-private" not in text  # her notes stay hers
    assert "PRIVATE-MILESTONE" not in text  # an entry she does not share
    # Oldest first: winter 2025 (into 2026) sorts on 1 December 2025.
    assert text.index("The first messages") < text.index("He said it was over") < text.index(
        "Told my sister") < text.index("A message from her")
    assert "<td>I found it</td>" in to_html(report)
    nl = md(build_report(vault, period(sections=("timeline",), lang="nl")))
    assert "## Wat er gebeurde" in nl
    assert "| winter 2025 | The first messages | Ik vond het |" in nl
    assert "| rond 28 februari 2026 | He said it was over | Hij vertelde het me |" in nl
    assert "| 8 maart 2026 | GGD | Soa-test |" in nl
    everything = md(build_report(vault, period(sections=("timeline",), all_entries=True)))
    assert "PRIVATE-MILESTONE" in everything


def test_an_empty_timeline_says_so(vault):
    text = md(build_report(vault, period(sections=("timeline",), lang="nl")))
    assert "*Niets op mijn tijdlijn in deze periode.*" in text


def test_names_become_roles_in_what_happened(vault):
    from journal.support import SupportDraft, SupportKind, SupportStore

    SupportStore(vault).create(SupportDraft("Marieke Jansen", SupportKind.TRUSTED))
    EventStore(vault).create(EventDraft(When.on(DAY), "Marieke saw them together",
                                        Source.SOMEONE_TOLD))
    text = md(build_report(vault, period(sections=("timeline",), names_as_roles=True)))
    assert "Trusted person 1 saw them together" in text and "Marieke" not in text


@pytest.fixture
def safety_agreement(vault):
    template = template_by_id("name-sexual-touching", "en")
    assert template is not None and template.is_safety_action
    draft = template.draft()
    draft.status = BoundaryStatus.DECIDED
    return BoundaryStore(vault).create(draft, on=DAY - timedelta(days=1))


def test_a_safety_agreement_is_not_a_decided_boundary_in_the_summary(vault,
                                                                     safety_agreement):
    BoundaryStore(vault).create(BoundaryDraft("I sleep in the guest room",
                                              status=BoundaryStatus.DECIDED),
                                on=DAY - timedelta(days=1))
    for lang, agreement, decided in (("en", "Safety agreement", "Decided"),
                                     ("nl", "Veiligheidsafspraak", "Besloten")):
        text = md(build_report(vault, period(sections=("boundaries", "timeline"),
                                             lang=lang)))
        boundaries, timeline = re.split(r"^## ", text, flags=re.M)[1:]
        parts = boundaries.split("### ")[1:]
        [hers] = [p for p in parts if p.startswith("I sleep in the guest room")]
        [agreement_part] = [p for p in parts if p is not hers]
        assert f"- {agreement}" in agreement_part
        assert decided not in agreement_part and "Status" not in agreement_part
        assert f"Status: {decided}" in hers  # her own boundary keeps its word
        rows = [r for r in timeline.splitlines() if r.startswith("| 9 ")]
        assert len(rows) == 2
        assert any(r.endswith(f"| {agreement} |") for r in rows)
        assert not any(agreement in r and decided in r for r in rows)


@pytest.mark.parametrize(("lang", "made"), [
    ("en", "Made a safety agreement: "), ("nl", "Veiligheidsafspraak gemaakt: ")])
def test_the_summary_timeline_says_she_made_the_safety_agreement(vault, safety_agreement,
                                                                  lang, made):
    # Its title alone under a date could read as if something happened to a child then.
    action = BoundaryStore(vault).get(safety_agreement).action
    text = md(build_report(vault, period(sections=("timeline",), lang=lang)))
    [row] = [r for r in text.splitlines() if r.startswith("| 9 ")]
    what = row.split(" | ")[1]
    assert what.startswith(made + action[:30])


def test_what_she_no_longer_knows_for_sure_reads_so_in_both_languages(vault):
    EventStore(vault).create(EventDraft(When.in_month(2026, 2), "He was away that weekend",
                                        Source.UNSURE))
    en = md(build_report(vault, period(sections=("timeline",))))
    assert "| February 2026 | He was away that weekend | I'm not sure any more |" in en
    nl = md(build_report(vault, period(sections=("timeline",), lang="nl")))
    assert "| februari 2026 | He was away that weekend | Ik weet het niet meer zeker |" in nl
