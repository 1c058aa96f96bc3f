"""The included helplines as data (resources/helplines.json, issue 15): every entry can be
rechecked (source and date), an advice line is never an emergency line, 1712 is an advice
line with its hours, and "COSA" is not offered as a partner group."""

from __future__ import annotations

import json
from datetime import date

import pytest

from journal.resources import load_json
from journal.support import INCLUDED_HELPLINES, HelplineCategory, helpline_by_id

RAW = load_json("helplines.json")["helplines"]


def test_every_entry_has_a_source_a_check_date_and_both_languages():
    ids = [h["id"] for h in RAW]
    assert len(ids) == len(set(ids)) == len(INCLUDED_HELPLINES)
    for item in RAW:
        assert item["source"].startswith(("https://", "http://")), item["id"]
        assert date.fromisoformat(item["checked"]) == date(2026, 12, 7), item["id"]
        assert item["country"] in ("NL", "BE"), item["id"]
        HelplineCategory(item["category"])
        for field in ("name", "about"):
            assert item[field]["en"].strip() and item[field]["nl"].strip(), item["id"]
        if item.get("hours"):
            assert item["hours"]["en"].strip() and item["hours"]["nl"].strip(), item["id"]
        if item.get("reach"):
            assert item["reach"]["en"].strip() and item["reach"]["nl"].strip(), item["id"]
        # Some way to reach it: a number, a website, or how to find the nearest one.
        assert item["number"] or item.get("website") or item.get("reach"), item["id"]


def test_only_emergency_numbers_are_in_the_emergency_category():
    emergency = {(h.country, h.number) for h in INCLUDED_HELPLINES if h.emergency}
    assert emergency == {("NL", "112"), ("BE", "112"), ("BE", "101")}
    line_1712 = helpline_by_id("be-1712")
    assert line_1712 is not None and line_1712.category is HelplineCategory.ADVICE
    assert not line_1712.emergency and "9" in line_1712.hours_text("en")
    for line in INCLUDED_HELPLINES:
        if line.category in (HelplineCategory.ADVICE, HelplineCategory.REPORT):
            assert not line.emergency, line.id


def test_where_to_report_is_its_own_category_for_both_countries():
    report = {h.id: h for h in INCLUDED_HELPLINES if h.category is HelplineCategory.REPORT}
    assert set(report) == {"nl-police", "nl-meldpunt-kinderporno", "be-child-focus-report",
                           "be-police-report"}
    assert report["nl-police"].number == "0900-8844"
    assert report["nl-police"].free is False  # calls cost money
    assert "childfocus.be" in report["be-child-focus-report"].website
    # Belgium has no non-urgent police number: 101 is never offered for a report.
    be_police = report["be-police-report"]
    assert be_police.number == "" and "no national number" in be_police.reach_text("en")
    assert "101" not in be_police.number
    for line in report.values():
        assert line.help_now and not line.emergency, line.id
        # Help now is read in a panic, without the article: every reporting line says
        # she must not copy or keep the images herself (that is itself an offence).
        assert ("do not copy" in line.text("en")[1].lower()
                or "do not download" in line.text("en")[1].lower()), line.id
        assert ("kopieer" in line.text("nl")[1].lower()
                or "download" in line.text("nl")[1].lower()), line.id


def test_a_line_without_one_number_says_how_to_find_it():
    zsg = helpline_by_id("be-zsg")
    assert zsg is not None and not zsg.number
    for lang, words in (("en", "hospitals"), ("nl", "ziekenhuizen")):
        assert words in zsg.reach_text(lang)
    # In English the Dutch name comes with a translation beside it.
    assert zsg.name["en"].startswith("Zorgcentra na Seksueel Geweld (")


def test_the_lines_the_issue_asks_for_are_there():
    numbers = {h.number for h in INCLUDED_HELPLINES}
    for number in ("112", "101", "0800-2000", "1712", "1813", "0800-0188", "106",
                   "0900-0101", "0900-8020", "0800 200 50", "0800 13 500", "116 000"):
        assert number in numbers, number
    line_113 = helpline_by_id("nl-113")
    assert line_113 is not None and "113" in line_113.number.split(" / ")
    assert "0800-0113" in line_113.number
    names = " ".join(h.name["en"] for h in INCLUDED_HELPLINES)
    for name in ("De Luisterlijn", "Tele-Onthaal", "CAW", "Slachtofferhulp",
                 "Stop it Now! Nederland",
                 "Stop it Now! Vlaanderen", "I.T.E.R.", "Child Focus", "Juridisch Loket",
                 "S-Anon", "Zorgcentra na Seksueel Geweld", "Centrum Seksueel Geweld"):
        assert name in names, name
    juridisch = helpline_by_id("nl-juridisch-loket")
    assert juridisch is not None and juridisch.free is False
    assert "0,25" in juridisch.about["nl"] and "0.25" in juridisch.about["en"]


def test_cosa_is_not_offered_as_a_partner_group():
    assert "cosa" not in json.dumps(RAW).lower()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_the_data_reads_in_both_languages(lang):
    for line in INCLUDED_HELPLINES:
        name, about = line.text(lang)
        assert name == line.name[lang] and about == line.about[lang]
