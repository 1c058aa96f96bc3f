"""How the included helplines are worded on screen (the "Help now" card and the support
page): the heading for each kind of line, and hours / free / anonymous from the data."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication

from journal.support import Helpline, HelplineCategory


def helpline_details(line: Helpline, lang: str) -> str:
    """"Day and night · Free · Anonymous if you want": what she may want to know before
    calling, from the data (nothing when the sources did not say). Each part starts with
    a capital, as the hours do: any part can come first on its line."""
    parts = [line.hours_text(lang)]
    if line.free is True:
        parts.append(QCoreApplication.translate("Helplines", "free"))
    elif line.free is False:
        parts.append(QCoreApplication.translate("Helplines", "calls cost money"))
    if line.anonymous:
        parts.append(QCoreApplication.translate("Helplines", "anonymous if you want"))
    return " · ".join(p[:1].upper() + p[1:] for p in parts if p)


def category_heading(category: HelplineCategory) -> str:
    translate = QCoreApplication.translate
    if category is HelplineCategory.EMERGENCY:
        return translate("Helplines", "Emergency numbers")
    if category is HelplineCategory.CRISIS:
        return translate("Helplines", "Crisis lines")
    if category is HelplineCategory.ADVICE:
        return translate("Helplines", "Advice lines (not for emergencies)")
    if category is HelplineCategory.SUPPORT:
        return translate("Helplines", "Someone to talk to")
    if category is HelplineCategory.LEGAL:
        return translate("Helplines", "Legal advice")
    if category is HelplineCategory.SPECIALIST:
        return translate("Helplines", "Specialised help")
    if category is HelplineCategory.REPORT:
        return translate("Helplines", "Reporting (not urgent)")
    return translate("Helplines", "Groups for partners")


def about_text(line: Helpline, lang: str) -> str:
    """What the line is for, then how to find it when it has no single number."""
    _name, about = line.text(lang)
    return " ".join(part for part in (about, line.reach_text(lang)) if part)


def number_and_name(number: str, name: str) -> str:
    """ "<b>0800-2000</b> · Veilig Thuis" as rich text; a line without one number (find
    the nearest centre) shows its name alone, in bold, without a stray dot. A name that
    holds the number ("1712, hulplijn geweld…", "Zelfmoordlijn 1813") loses it here, so
    the number is not read twice."""
    if not number:
        return f"<b>{html.escape(name)}</b>"
    rest = _without_numbers(name, number)
    if not rest:
        return f"<b>{html.escape(number)}</b>"
    return f"<b>{html.escape(number)}</b> · {html.escape(rest)}"


def plain_number_and_name(number: str, name: str) -> str:
    """number_and_name as plain text, for a list: "0800-2000 · Veilig Thuis"."""
    rest = _without_numbers(name, number) if number else name
    return " · ".join(part for part in (number, rest) if part)


def _without_numbers(name: str, number: str) -> str:
    """`name` without any of `number`'s numbers ("113 / 0800-0113") at its start or end,
    and without the comma or space left beside it."""
    for part in filter(None, (p.strip() for p in number.split("/"))):
        escaped = re.escape(part)
        name = re.sub(rf"^{escaped}\b[\s,:·-]*|[\s,:·-]*\b{escaped}$", "", name.strip())
    return name[:1].upper() + name[1:]
