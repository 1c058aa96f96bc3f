"""Why an import failed and where in the file, in her language: the sentences for the
core's ImportFailed codes and Place kinds, which the import dialog puts together."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from journal.errors import ImportFailed, Place
from ui.translate import QT_TRANSLATE_NOOP

# Why an import failed (journal.errors.ImportFailed.code) and where (Place.kind), in her
# language; the core keeps English words for the command line. {field} is a field name
# as the file spells it, {value} a value from the file, {detail} a technical detail:
# they are filled in as they are. tests/ui/test_import_export_ui.py checks that every
# code and kind of the core is here and translated.
IMPORT_REASONS: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP("ImportErrors", "the file cannot be read ({detail})"),
    "no_folder": QT_TRANSLATE_NOOP("ImportErrors", "this folder does not exist"),
    "not_utf8": QT_TRANSLATE_NOOP("ImportErrors", "the file is not UTF-8 text"),
    "bad_json": QT_TRANSLATE_NOOP("ImportErrors", "this is not valid JSON ({detail})"),
    "too_deep": QT_TRANSLATE_NOOP("ImportErrors", "the JSON is nested too deeply"),
    "bad_zip": QT_TRANSLATE_NOOP("ImportErrors", "this zip file cannot be read ({detail})"),
    "zip_lacks": QT_TRANSLATE_NOOP("ImportErrors", "the zip file holds no {name}"),
    "zip_member_unreadable": QT_TRANSLATE_NOOP(
        "ImportErrors", "it cannot be read from the zip file ({detail})"),
    "zip_needs_password": QT_TRANSLATE_NOOP(
        "ImportErrors", "the zip file is protected; please fill in its password"),
    "zip_wrong_password": QT_TRANSLATE_NOOP(
        "ImportErrors", "the password of the zip file is not right"),
    "needs_password": QT_TRANSLATE_NOOP(
        "ImportErrors", "the export is protected; please fill in its password"),
    "wrong_password": QT_TRANSLATE_NOOP(
        "ImportErrors", "the password of the export is not right"),
    "damaged_container": QT_TRANSLATE_NOOP(
        "ImportErrors", "the protected export is damaged or incomplete ({detail})"),
    "not_jrnl": QT_TRANSLATE_NOOP(
        "ImportErrors", "this is not a jrnl JSON export (it holds no list of entries)"),
    "not_dayone": QT_TRANSLATE_NOOP(
        "ImportErrors", "this is not a Day One JSON export (it holds no entries)"),
    "not_haven": QT_TRANSLATE_NOOP("ImportErrors", "this is not a Haven export"),
    "no_version": QT_TRANSLATE_NOOP("ImportErrors", "the format version is missing"),
    "newer_version": QT_TRANSLATE_NOOP(
        "ImportErrors",
        "it was made by a newer version of Haven (export format {version}); please update"
        " Haven to import it"),
    "unknown_records": QT_TRANSLATE_NOOP(
        "ImportErrors",
        "it holds records this Haven does not know ({names}); please update Haven"),
    "front_matter_open": QT_TRANSLATE_NOOP(
        "ImportErrors", "the front matter (---) is never closed"),
    "bad_yaml": QT_TRANSLATE_NOOP(
        "ImportErrors", "the front matter is not valid YAML ({detail})"),
    "front_matter_not_fields": QT_TRANSLATE_NOOP(
        "ImportErrors", "the front matter is not a list of fields"),
    "no_file_time": QT_TRANSLATE_NOOP(
        "ImportErrors", "it has no date and the file has no time ({detail})"),
    "entry_not_object": QT_TRANSLATE_NOOP("ImportErrors", "the entry is not a JSON object"),
    "record_not_object": QT_TRANSLATE_NOOP(
        "ImportErrors", "the record is not a JSON object"),
    "item_not_object": QT_TRANSLATE_NOOP(
        "ImportErrors", "an item of “{field}” is not a JSON object"),
    "missing": QT_TRANSLATE_NOOP("ImportErrors", "the field “{field}” is missing"),
    "not_text": QT_TRANSLATE_NOOP("ImportErrors", "the field “{field}” is not text"),
    "invalid_unicode": QT_TRANSLATE_NOOP(
        "ImportErrors", "the field “{field}” holds invalid Unicode"),
    "not_list": QT_TRANSLATE_NOOP("ImportErrors", "the field “{field}” is not a list"),
    "not_bool": QT_TRANSLATE_NOOP(
        "ImportErrors", "the field “{field}” is not true or false"),
    "not_number": QT_TRANSLATE_NOOP("ImportErrors", "the field “{field}” is not a number"),
    "out_of_range": QT_TRANSLATE_NOOP(
        "ImportErrors", "the number in the field “{field}” is out of range"),
    "value_out_of_range": QT_TRANSLATE_NOOP(
        "ImportErrors", "the field “{field}” holds {value}, which is out of range"),
    "not_date": QT_TRANSLATE_NOOP(
        "ImportErrors", "the field “{field}” holds {value}, which is not a date (YYYY-MM-DD)"),
    "not_datetime": QT_TRANSLATE_NOOP(
        "ImportErrors", "the field “{field}” holds {value}, which is not a date and time"),
    "not_clock_time": QT_TRANSLATE_NOOP(
        "ImportErrors", "the field “{field}” holds {value}, which is not a time (HH:MM)"),
    "mood_range": QT_TRANSLATE_NOOP(
        "ImportErrors", "the field “{field}” must be a whole number from {low} to {high}"),
    "photo_not_base64": QT_TRANSLATE_NOOP("ImportErrors", "the photo is not stored as base64"),
    "photo_unusable": QT_TRANSLATE_NOOP(
        "ImportErrors", "the photo cannot be used ({detail})"),
    "two_safety_plans": QT_TRANSLATE_NOOP(
        "ImportErrors", "there is more than one safety plan"),
    "not_allowed": QT_TRANSLATE_NOOP("ImportErrors", "a value is not allowed here ({detail})"),
    "zip_too_large": QT_TRANSLATE_NOOP(
        "ImportErrors",
        "it unpacks to more than {limit} MB, more than Haven reads from one zip file"),
    "not_daylio": QT_TRANSLATE_NOOP(
        "ImportErrors", "this is not a Daylio CSV export (the first line lacks {names})"),
    "bad_csv": QT_TRANSLATE_NOOP("ImportErrors", "this is not valid CSV ({detail})"),
    "row_fields": QT_TRANSLATE_NOOP(
        "ImportErrors", "the row has {found} fields where the first line has {expected}"),
}
IMPORT_PLACES: dict[str, str] = {
    "line": QT_TRANSLATE_NOOP("ImportErrors", "line {n}"),
    "line_column": QT_TRANSLATE_NOOP("ImportErrors", "line {n}, column {column}"),
    "byte": QT_TRANSLATE_NOOP("ImportErrors", "byte {n}"),
    "entry": QT_TRANSLATE_NOOP("ImportErrors", "entry {n}"),
    "row": QT_TRANSLATE_NOOP("ImportErrors", "row {n}"),
    "front_matter": QT_TRANSLATE_NOOP("ImportErrors", "the front matter"),
    "file_in_zip": QT_TRANSLATE_NOOP("ImportErrors", "{name} in the zip file"),
    "list": QT_TRANSLATE_NOOP("ImportErrors", "the list “{name}”"),
    "selfcare_item": QT_TRANSLATE_NOOP("ImportErrors", "self-care item {n}"),
    "trigger": QT_TRANSLATE_NOOP("ImportErrors", "trigger {n}"),
    "checkin": QT_TRANSLATE_NOOP("ImportErrors", "check-in {n}"),
    "safe_place": QT_TRANSLATE_NOOP("ImportErrors", "safe place {n}"),
    "need": QT_TRANSLATE_NOOP("ImportErrors", "need {n}"),
    "boundary": QT_TRANSLATE_NOOP("ImportErrors", "boundary {n}"),
    "support_person": QT_TRANSLATE_NOOP("ImportErrors", "support person {n}"),
    "hidden_helpline": QT_TRANSLATE_NOOP("ImportErrors", "hidden helpline {n}"),
    "safety_plan": QT_TRANSLATE_NOOP("ImportErrors", "the safety plan"),
    "sti_test": QT_TRANSLATE_NOOP("ImportErrors", "STI test {n}"),
    "agenda_topic": QT_TRANSLATE_NOOP("ImportErrors", "session topic {n}"),
    "event": QT_TRANSLATE_NOOP("ImportErrors", "event {n} of the timeline"),
    "milestone": QT_TRANSLATE_NOOP("ImportErrors", "milestone {n}"),
    "path_step": QT_TRANSLATE_NOOP("ImportErrors", "step {n} of the path"),
    "preference": QT_TRANSLATE_NOOP("ImportErrors", "preference {n}"),
}


def _fill(sentence: str, params: dict[str, str]) -> str:
    """Put the parameters into a translated sentence ({name} -> its value), once each:
    a value from her file that itself holds "{...}" stays as it is."""
    return re.sub(r"\{(\w+)\}", lambda m: params.get(m.group(1), m.group(0)), sentence)


def import_reason_text(exc: ImportFailed) -> str:
    """Why the import failed, in her language (the English of the core if unknown)."""
    sentence = IMPORT_REASONS.get(exc.code)
    if sentence is None:
        return exc.reason
    return _fill(QCoreApplication.translate("ImportErrors", sentence), exc.params)


def import_place_text(place: Place) -> str:
    """Where in the file, in her language: "regel 4, kolom 2", "stukje 12"."""
    sentence = IMPORT_PLACES.get(place.kind)
    if sentence is None:
        return str(place)
    return _fill(QCoreApplication.translate("ImportErrors", sentence), place.params())
