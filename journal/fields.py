"""Checks for the fields of a record, shared by the stores: text she typed, a choice
from a list, a date. Each fails with a typed error naming the field; nothing is saved.
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from journal.errors import InvalidChoice, MissingField

E = TypeVar("E", bound=StrEnum)


def clean_text(text: str) -> str:
    """NFC, without spaces around it (what she typed is otherwise kept as is)."""
    return unicodedata.normalize("NFC", text or "").strip()


def required(text: str, field: str) -> str:
    """`text` cleaned, or MissingField if nothing is left."""
    cleaned = clean_text(text)
    if not cleaned:
        raise MissingField(field)
    return cleaned


def choice(kind: type[E], value: Any, field: str) -> E:
    """`value` as a member of `kind`, or InvalidChoice."""
    try:
        return kind(value)
    except ValueError:
        raise InvalidChoice(field, value) from None


def as_date(value: Any, field: str) -> date:
    """`value` if it is a date (and not a datetime), or InvalidChoice."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise InvalidChoice(field, value)
    return value
