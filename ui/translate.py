"""`QT_TRANSLATE_NOOP` with its real type: PySide6's stub says it returns `object`, but
it returns the text it is given. pyside6-lupdate finds the strings by the name of the
call, wherever the function comes from."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark `source` for translation in `context`; translate it later, where it is shown."""
    return source
