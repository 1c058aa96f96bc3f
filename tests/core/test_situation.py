"""Her situation decides which prompts can be drawn and which guidance group comes
first; the answer lives inside the vault and survives lock, backup and export."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import journal.backup as backup
from journal.export import export_json
from journal.guidance import GROUP_ACCUSED, GROUP_PARTNER, article_groups, load_articles
from journal.importers import haven_json, import_entries
from journal.keyslots import Secret
from journal.prompts import LANGUAGES, load_prompts, random_prompt
from journal.situation import Profile, ProfileStore, Situation, current_profile
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.sqlcipher_pages import encodings

A, B, U = Situation.ADDICTION, Situation.BOUNDARIES, Situation.UNSURE

# What everyone sees, whatever she answered (and before she answers): the themes that
# fit both groups (trust among them), and the four family-safety prompts that fit everyone.
NEUTRAL = ({f"today-0{i}" for i in range(1, 7)} | {f"support-0{i}" for i in range(1, 7)}
           | {f"own-recovery-0{i}" for i in range(1, 7)} | {f"needs-0{i}" for i in range(1, 7)}
           | {f"self-care-0{i}" for i in range(1, 7)}
           | {f"safe-places-0{i}" for i in range(1, 7)}
           | {f"boundaries-0{i}" for i in range(1, 8)}
           | {"pitfalls-01", "pitfalls-02", "pitfalls-05", "pitfalls-06"}
           | {"trust-01", "trust-02", "trust-03"}
           | {"family-safety-01", "family-safety-08", "family-safety-09", "family-safety-11"})
ADDICTION_ONLY = ({f"his-process-0{i}" for i in range(1, 7)}
                  | {f"testing-0{i}" for i in range(1, 7)}
                  | {"pitfalls-03", "pitfalls-04", "pitfalls-07"})
BOUNDARIES_ONLY = {f"family-safety-{i:02d}" for i in (2, 3, 4, 5, 6, 7, 10, 12)}
FAITH = {f"faith-0{i}" for i in range(1, 7)}


def ids(profile: Profile, lang: str = "en") -> set[str]:
    return {p.id for p in load_prompts(lang, profile)}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("situations", "expected"), [
    ((), NEUTRAL),
    ((U,), NEUTRAL),
    ((A,), NEUTRAL | ADDICTION_ONLY),
    ((B,), NEUTRAL | BOUNDARIES_ONLY),
    ((A, B), NEUTRAL | ADDICTION_ONLY | BOUNDARIES_ONLY),
])
def test_the_exact_prompts_each_answer_can_draw(lang, situations, expected):
    assert ids(Profile(frozenset(situations)), lang) == expected
    assert ids(Profile(frozenset(situations), faith=True), lang) == (
        expected | FAITH)


def test_every_prompt_is_in_exactly_one_audience():
    every = {p.id for p in load_prompts("en")}
    groups = (NEUTRAL, ADDICTION_ONLY, BOUNDARIES_ONLY, FAITH)
    assert set().union(*groups) == every
    assert sum(len(g) for g in groups) == len(every)


def test_his_addiction_draws_no_offence_theme_and_accused_draws_no_relapse_theme():
    addiction = load_prompts("en", Profile(frozenset({A})))
    assert not [p for p in addiction if p.audience & {B}]
    assert all(p.id in NEUTRAL | ADDICTION_ONLY for p in addiction)
    accused = load_prompts("en", Profile(frozenset({B})))
    assert not [p for p in accused if p.theme in ("his-process", "testing")]


def test_random_prompts_stay_within_what_fits_her():
    import random
    rng = random.Random(7)
    drawn = {random_prompt("nl", Profile(frozenset({A})), rng=rng).id for _ in range(400)}
    assert drawn <= NEUTRAL | ADDICTION_ONLY
    assert drawn & ADDICTION_ONLY  # her own theme is among them


def test_the_group_that_fits_her_comes_first_and_both_are_always_there():
    articles = load_articles("en")
    order = lambda *s: [g for g, _ in article_groups(articles, Profile(frozenset(s)))]  # noqa: E731
    assert order()[:2] == [GROUP_PARTNER, GROUP_ACCUSED]
    assert order(A)[:2] == [GROUP_PARTNER, GROUP_ACCUSED]
    assert order(B)[:2] == [GROUP_ACCUSED, GROUP_PARTNER]
    assert order(A, B)[:2] == [GROUP_PARTNER, GROUP_ACCUSED]


def test_nothing_named_until_saved_and_faith_off_by_default(vault):
    store = ProfileStore(vault)
    assert store.get() == Profile() and not store.get().faith
    store.save(Profile(frozenset({B}), faith=True))
    assert store.get() == Profile(frozenset({B}), faith=True)
    store.save(Profile(frozenset({B}), faith=False))
    assert store.get() == Profile(frozenset({B}), faith=False)
    store.save(Profile(frozenset()))  # "I name none" is an answer too
    assert store.get() == Profile(frozenset())


def test_a_bad_situation_is_refused_and_nothing_changes(vault):
    store = ProfileStore(vault)
    store.save(Profile(frozenset({A})))
    with pytest.raises(Exception, match="situation"):
        store.save(Profile(frozenset({"offender"})))  # type: ignore[arg-type]
    assert store.get().situations == {A}


def test_the_answer_survives_lock_and_unlock(vault_dir):
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    ProfileStore(vault).save(Profile(frozenset({A, B}), faith=True))
    vault.close()
    assert current_profile(vault) == Profile()  # locked: nothing to read
    again = Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))
    try:
        assert ProfileStore(again).get() == Profile(frozenset({A, B}), True)
    finally:
        again.close()


def test_the_answer_survives_backup_and_restore(vault, tmp_path):
    ProfileStore(vault).save(Profile(frozenset({B})))
    out = backup.write_backup(vault, tmp_path / "b.havenbackup")
    target = tmp_path / "restored"
    backup.restore_backup(out, Secret.passphrase(PASSPHRASE), target)
    restored = Vault.open(target, Secret.passphrase(PASSPHRASE))
    try:
        assert ProfileStore(restored).get().situations == {B}
    finally:
        restored.close()


def test_the_answer_survives_export_and_import_and_never_overwrites_hers(vault, tmp_path):
    ProfileStore(vault).save(Profile(frozenset({B}), faith=True))
    export_json(vault, tmp_path / "one.json")
    document = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert {"key": "situations", "value": "boundaries"} in document["preferences"]

    fresh = Vault.create(tmp_path / "fresh", PASSPHRASE, kdf=FAST_KDF)
    mine = Vault.create(tmp_path / "mine", PASSPHRASE, kdf=FAST_KDF)
    try:
        import_entries(fresh, haven_json.parse(tmp_path / "one.json"))
        assert ProfileStore(fresh).get() == Profile(frozenset({B}), True)
        ProfileStore(mine).save(Profile(frozenset({A})))
        import_entries(mine, haven_json.parse(tmp_path / "one.json"))
        assert ProfileStore(mine).get() == Profile(frozenset({A}), False)
    finally:
        fresh.close()
        mine.close()


def test_the_answer_is_in_no_file_outside_the_vault(tmp_path, monkeypatch):
    """Nothing Haven writes in clear (the vault folder's files, the settings) holds it."""
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    ProfileStore(vault).save(Profile(frozenset({B, A}), faith=True))
    vault.close()
    words = ["boundaries", "addiction", "situations"]
    for path in [p for p in tmp_path.rglob("*") if p.is_file()]:
        data = path.read_bytes()
        for word in words:
            assert not any(form in data for form in encodings(word)), (path, word)


def test_preferences_of_an_export_are_checked(tmp_path, vault):
    path = tmp_path / "bad.json"
    export_json(vault, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    document["preferences"] = [{"key": "situations", "value": 3}]
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(Exception, match="preference 1"):
        import_entries(vault, haven_json.parse(path))
    assert ProfileStore(vault).get() == Profile()
    assert os.path.exists(Path(vault.folder) / "haven.db")
