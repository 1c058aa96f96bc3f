"""The demo vault has a timeline and a path: events with rough dates and how she knows
them, milestones, and steps done or left for now, in both languages."""

from __future__ import annotations

from datetime import date

import pytest

from journal.demo import fill_demo
from journal.events import EventStore, Precision
from journal.path import PathStore, StepState
from journal.report import ReportOptions, build_report, to_markdown
from journal.timeline import Timeline

TODAY = date(2026, 11, 21)


@pytest.mark.parametrize(("lang", "event", "step"), [
    ("en", "I saw it on his laptop: not once, years of it", "Skipped for now"),
    ("nl", "Ik zag het op zijn laptop: niet één keer, jarenlang", "Voor nu overgeslagen"),
])
def test_the_demo_has_what_happened_and_a_path(vault, lang, event, step):
    fill_demo(vault, lang, today=TODAY)
    events = EventStore(vault).all()
    assert len(events) >= 5
    assert {e.when.precision for e in events} == set(Precision)  # every kind of date
    assert len({e.source for e in events}) >= 3
    kinds = {k.kind for k in Timeline(vault).find()}
    assert {"event", "milestone", "boundary", "crossing", "need", "sti_test",
            "session", "checkin"} <= kinds
    progress = PathStore(vault).progress()
    assert {p.state for p in progress.values()} == {StepState.DONE, StepState.SKIPPED}
    text = to_markdown(build_report(vault, ReportOptions(
        date(2026, 5, 1), TODAY, sections=("path", "timeline"), lang=lang, made_on=TODAY)))
    assert event in text and step in text


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_demo_has_answered_my_situation_as_its_story_goes(vault, lang):
    """The demo follows a partner of someone with an addiction: "My situation" says so,
    stored in the vault like a real answer, so the demo shows what the answer does."""
    from journal.path import load_steps, sequence_for
    from journal.situation import Profile, ProfileStore, Situation

    assert ProfileStore(vault).get() == Profile()
    fill_demo(vault, lang, today=TODAY)
    profile = ProfileStore(vault).get()
    assert profile.situations == {Situation.ADDICTION} and not profile.faith
    assert sequence_for(profile) == "partner"
    # The steps the demo marked belong to the path that answer gives her.
    marked = set(PathStore(vault).progress())
    assert marked and marked <= {s.id for s in load_steps("partner", lang)}
