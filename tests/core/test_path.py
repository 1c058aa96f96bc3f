"""My path: the steps as data in both languages, and her progress in the vault."""

from __future__ import annotations

from datetime import date

import pytest

from journal.errors import InvalidChoice
from journal.guidance import ACCUSED_ORDER, READING_ORDER, article_by_id
from journal.need_models import NeedDraft
from journal.needs import NeedStore
from journal.path import (
    ACCUSED,
    EXERCISES,
    PARTNER,
    SEQUENCES,
    PathStore,
    StepState,
    load_steps,
    sequence_for,
)
from journal.prompts import prompt_by_id
from journal.situation import Profile, Situation
from journal.support import SupportDraft, SupportStore


@pytest.mark.parametrize("name", SEQUENCES)
def test_every_step_exists_in_both_languages(name, vault):
    tables = {r[0] for r in vault.rows("SELECT name FROM sqlite_master WHERE type = 'table'")}
    en, nl = load_steps(name, "en"), load_steps(name, "nl")
    assert [(s.id, s.article, s.prompts, s.exercise) for s in en] == [
        (s.id, s.article, s.prompts, s.exercise) for s in nl]
    for step in en + nl:
        assert 2 <= len(step.prompts) <= 3, step.id
        assert step.text.strip()
        assert EXERCISES.get(step.exercise) in tables, step.exercise
        for lang in ("en", "nl"):
            assert article_by_id(step.article, lang) is not None, (step.id, lang)
            for prompt in step.prompts:
                assert prompt_by_id(prompt, lang) is not None, (step.id, prompt, lang)
    assert {s.text for s in en}.isdisjoint({s.text for s in nl})  # really translated
    assert len({s.id for s in en}) == len(en)


def test_the_sequences_follow_the_guidance_order():
    assert [s.article for s in load_steps(PARTNER, "en")] == list(READING_ORDER)
    assert [s.article for s in load_steps(ACCUSED, "en")] == list(ACCUSED_ORDER)
    assert "faith" not in [s.article for s in load_steps(PARTNER, "en", faith=False)]


def test_the_sequence_follows_her_situation_and_her_choice(vault):
    assert sequence_for(Profile()) == PARTNER
    assert sequence_for(Profile(frozenset({Situation.BOUNDARIES}))) == ACCUSED
    assert sequence_for(Profile(frozenset({Situation.BOUNDARIES, Situation.ADDICTION}))) == (
        PARTNER)
    store = PathStore(vault)
    accused = Profile(frozenset({Situation.BOUNDARIES}))
    assert store.sequence(accused) == ACCUSED
    store.set_sequence(PARTNER)
    assert store.sequence(accused) == PARTNER
    with pytest.raises(InvalidChoice):
        store.set_sequence("another")


def test_opening_an_exercise_and_making_its_record_ticks_the_step(vault):
    store = PathStore(vault)
    steps = load_steps(PARTNER, "en")
    assert store.current(steps) == steps[0]
    NeedStore(vault).create(NeedDraft("Rest"))  # before she opened anything: no tick
    store.start(steps[0])
    assert store.tick_exercises(steps) == []  # no person yet
    assert store.progress()[steps[0].id].state is StepState.STARTED
    person = SupportStore(vault).create(SupportDraft("Anna"))
    assert store.tick_exercises(steps, on=date(2026, 1, 5)) == [steps[0].id]
    done = store.progress()[steps[0].id]
    assert (done.state, done.decided_on, done.record_kind, done.record_id) == (
        StepState.DONE, date(2026, 1, 5), "support_person", person)
    assert store.record_exists(done)
    assert store.current(steps) == steps[1]
    store.start(steps[0])  # opening a done step again keeps it done
    assert store.progress()[steps[0].id].state is StepState.DONE
    SupportStore(vault).delete(person)
    assert not store.record_exists(store.progress()[steps[0].id])


def test_she_can_mark_done_skip_and_reopen(vault):
    store = PathStore(vault)
    steps = load_steps(PARTNER, "en")
    store.mark(steps[0].id, StepState.SKIPPED, on=date(2026, 1, 1))
    store.mark(steps[1].id, "done", on=date(2026, 1, 3))
    assert store.current(steps) == steps[2]
    assert store.progress()[steps[0].id].state is StepState.SKIPPED
    store.mark(steps[0].id, StepState.OPEN)
    assert store.current(steps) == steps[0]
    with pytest.raises(InvalidChoice):
        store.mark(steps[0].id, "started")
    with pytest.raises(InvalidChoice):
        store.mark(steps[0].id, "late")


def test_the_rhythm_only_suggests(vault):
    store = PathStore(vault)
    steps = load_steps(PARTNER, "en")
    assert store.rhythm() == 7
    assert store.next_suggested(steps) is None  # nothing done yet: no date at all
    store.mark(steps[0].id, StepState.DONE, on=date(2026, 1, 1))
    assert store.next_suggested(steps) == date(2026, 1, 8)
    store.set_rhythm(0)
    assert store.next_suggested(steps) is None
    with pytest.raises(InvalidChoice):
        store.set_rhythm(3)
