"""The core's errors fail one way per kind: a gone record is a RecordNotFound, a value
that cannot be saved an InvalidValue (naming its field), a locked vault VaultLocked."""

from __future__ import annotations

from datetime import date

import pytest

from journal.checkin_models import CheckinDraft
from journal.checkins import CheckinStore
from journal.entries import EntryStore
from journal.errors import (
    CheckinInvalid,
    CheckinNotFound,
    EntryNotFound,
    HavenError,
    InvalidChoice,
    InvalidValue,
    MissingField,
    RecordNotFound,
    SafePlaceInvalid,
    SafePlaceNotFound,
    VaultLocked,
)
from journal.models import EntryDraft
from journal.need_models import NeedDraft
from journal.needs import NeedStore
from journal.report import ReportOptions, build_report, encrypt_pdf
from journal.safe_place_models import SafePlaceDraft
from journal.safe_places import SafePlaceStore


def test_every_not_found_is_a_record_not_found(vault):
    for call, kind in ((lambda: EntryStore(vault).get(999), EntryNotFound),
                       (lambda: CheckinStore(vault).get(999), CheckinNotFound),
                       (lambda: SafePlaceStore(vault).get(999), SafePlaceNotFound),
                       (lambda: NeedStore(vault).delete(999), RecordNotFound)):
        with pytest.raises(kind) as info:
            call()
        assert isinstance(info.value, RecordNotFound) and info.value.record_id == 999


@pytest.mark.parametrize(("call", "kind", "field"), [
    (lambda v: EntryStore(v).create(EntryDraft(date(2026, 1, 1), mood=9)), InvalidValue,
     "mood"),
    (lambda v: CheckinStore(v).create(CheckinDraft(date(2026, 1, 1), mood=11)),
     CheckinInvalid, "mood"),
    (lambda v: SafePlaceStore(v).create(SafePlaceDraft("castle", "x")), SafePlaceInvalid,
     "kind"),
    (lambda v: NeedStore(v).create(NeedDraft("  ")), MissingField, "need"),
    (lambda v: NeedStore(v).create(NeedDraft("rest", area="nowhere")), InvalidChoice,
     "area"),
    (lambda v: build_report(v, ReportOptions(date(2026, 2, 1), date(2026, 1, 1))),
     InvalidValue, "period"),
    (lambda v: encrypt_pdf(b"%PDF-", ""), InvalidValue, "password"),
])
def test_every_validation_fails_as_an_invalid_value(vault, call, kind, field):
    with pytest.raises(kind) as info:
        call(vault)
    assert isinstance(info.value, InvalidValue) and isinstance(info.value, ValueError)
    assert info.value.field == field


def test_a_locked_vault_says_so_with_a_haven_error(vault):
    store = EntryStore(vault)
    vault.close()
    with pytest.raises(VaultLocked) as info:
        store.count()
    assert isinstance(info.value, HavenError) and not isinstance(info.value, RuntimeError)
