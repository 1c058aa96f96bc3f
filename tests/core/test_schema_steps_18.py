"""The schema steps for "I'm not sure any more" (a new way of knowing an event) and for
hiding a self-care item or trigger: each taken from the version before it with her data
in the vault, and a step that fails leaves the vault as it was."""

from __future__ import annotations

import functools
from datetime import date

import pytest
import sqlcipher3

import journal.vault
from journal import schema
from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.events import EventDraft, EventStore, Source, When
from journal.keyslots import Secret
from journal.schema import SCHEMA_VERSION, migrate, schema_version
from journal.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def old_vault(vault_dir, monkeypatch, step: str) -> Vault:
    """A vault made by the Haven before `step`: the schema stops just short of it."""
    before = schema.MIGRATIONS.index(getattr(schema, step))
    monkeypatch.setattr(journal.vault, "migrate", functools.partial(migrate, target=before))
    vault = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    assert schema_version(vault._conn) == before
    return vault


def reopen(vault_dir) -> Vault:
    return Vault.open(vault_dir, Secret.passphrase(PASSPHRASE))


def event_rows(vault) -> list[tuple]:
    return [tuple(r) for r in vault.rows("SELECT * FROM events ORDER BY id")]


def fill_events(vault) -> None:
    store = EventStore(vault)
    for i, source in enumerate(s for s in Source if s is not Source.UNSURE):
        store.create(EventDraft(When.in_season(2019 + i, "spring", f"voorjaar {2019 + i}"),
                                f"event {i}", source, f"note {i}"))
    store.create(EventDraft(When.around(date(2020, 12, 25)), "around Christmas"))
    store.delete(store.create(EventDraft(When.on(date(2021, 1, 1)), "gone")))  # an id gap


def test_the_unsure_step_keeps_every_event(vault_dir, monkeypatch):
    old = old_vault(vault_dir, monkeypatch, "_UNSURE_SOURCE")
    fill_events(old)
    with pytest.raises(sqlcipher3.IntegrityError):  # the old CHECK refuses it
        old.execute("INSERT INTO events (precision, date_from, date_to, sort_day, what,"
                    " source, created_at, updated_at) VALUES ('day', '2020-01-01',"
                    " '2020-01-01', '2020-01-01', 'x', 'unsure', 'x', 'x')")
    before = event_rows(old)
    old.close()
    monkeypatch.undo()

    with reopen(vault_dir) as vault:
        assert schema_version(vault._conn) == SCHEMA_VERSION
        assert event_rows(vault) == before
        assert vault.row("PRAGMA integrity_check")[0] == "ok"
        assert "events_by_day" in {r[0] for r in vault.rows(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'")}
        assert not vault.rows("SELECT name FROM sqlite_master WHERE name = 'events_new'")
        store = EventStore(vault)
        new = store.create(EventDraft(When.in_year(2018), "Something", Source.UNSURE))
        assert store.get(new).source is Source.UNSURE
        assert new > max(r[0] for r in before)
        with pytest.raises(sqlcipher3.IntegrityError):  # the CHECK still holds
            vault.execute("UPDATE events SET source = 'maybe' WHERE id = ?", (new,))


def test_a_failed_unsure_step_leaves_the_events_as_they_were(vault_dir, monkeypatch):
    old = old_vault(vault_dir, monkeypatch, "_UNSURE_SOURCE")
    fill_events(old)
    before, version = event_rows(old), schema_version(old._conn)
    old.close()
    monkeypatch.undo()
    # The step breaks after the old table is already dropped and the new one renamed.
    broken = schema._UNSURE_SOURCE + "\nSELECT nonsense(;"
    monkeypatch.setattr(schema, "MIGRATIONS", [broken if m is schema._UNSURE_SOURCE else m
                                               for m in schema.MIGRATIONS])
    with pytest.raises(sqlcipher3.OperationalError):
        reopen(vault_dir)
    monkeypatch.undo()
    # Opened with the old schema's step list, the vault is the one it was.
    monkeypatch.setattr(journal.vault, "migrate",
                        functools.partial(migrate, target=version))
    with reopen(vault_dir) as vault:
        assert schema_version(vault._conn) == version
        assert event_rows(vault) == before
        assert not vault.rows("SELECT name FROM sqlite_master WHERE name = 'events_new'")
        assert "'unsure'" not in vault.row(
            "SELECT sql FROM sqlite_master WHERE name = 'events'")[0]
    monkeypatch.undo()
    with reopen(vault_dir) as vault:  # and the real step then goes through
        assert schema_version(vault._conn) == SCHEMA_VERSION
        assert event_rows(vault) == before


def checkin_state(vault) -> list[list[tuple]]:
    # In SQL: the old schema has no column the store could read "hidden" from.
    return [[tuple(r) for r in vault.rows(f"SELECT * FROM {table} ORDER BY 1, 2")]
            for table in ("selfcare_items", "triggers", "checkins", "checkin_selfcare",
                          "checkin_triggers")]


def test_the_hidden_step_keeps_her_lists_and_check_ins(vault_dir, monkeypatch):
    old = old_vault(vault_dir, monkeypatch, "_HIDDEN_LIST_ITEMS")
    store = CheckinStore(old)
    yoga = store.add_selfcare_item("Yoga")
    phone = store.add_trigger("His phone at night")
    store.create(CheckinDraft(date(2026, 3, 1), mood=4, helped=[yoga, 1],
                              triggers={phone: 2}))
    before = checkin_state(old)
    old.close()
    monkeypatch.undo()

    with reopen(vault_dir) as vault:
        assert schema_version(vault._conn) == SCHEMA_VERSION
        assert [[row[:-1] for row in rows] for rows in checkin_state(vault)[:2]] == before[:2]
        assert checkin_state(vault)[2:] == before[2:]
        store = CheckinStore(vault)
        assert not any(i.hidden for i in store.selfcare_items())
        assert not any(t.hidden for t in store.triggers())
        store.set_trigger_hidden(phone, True)
        assert [t.hidden for t in store.triggers()] == [True]
        with pytest.raises(sqlcipher3.IntegrityError):
            vault.execute("UPDATE triggers SET hidden = 2")
        assert vault.row("PRAGMA integrity_check")[0] == "ok"


def test_what_she_hid_stays_hidden_after_a_lock_and_in_a_backup(vault_dir, tmp_path):
    from journal import backup

    with Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF) as vault:
        store = CheckinStore(vault)
        store.set_selfcare_item_hidden(store.add_selfcare_item("Yoga"), True)
        store.set_trigger_hidden(store.add_trigger("Our song"), True)
        EventStore(vault).create(EventDraft(When.in_year(2019), "Long ago", Source.UNSURE))
        out = backup.write_backup(vault, tmp_path / "b.havenbackup")

    def hidden(vault) -> tuple:
        store = CheckinStore(vault)
        return ([i.name for i in store.selfcare_items() if i.hidden],
                [t.name for t in store.triggers() if t.hidden],
                [e.source for e in EventStore(vault).all()])

    expected = (["Yoga"], ["Our song"], [Source.UNSURE])
    with reopen(vault_dir) as vault:  # locked and unlocked again
        assert hidden(vault) == expected
    backup.restore_backup(out, Secret.passphrase(PASSPHRASE), tmp_path / "restored")
    with Vault.open(tmp_path / "restored", Secret.passphrase(PASSPHRASE)) as vault:
        assert hidden(vault) == expected
