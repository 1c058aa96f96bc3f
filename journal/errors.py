"""Typed errors of the core. The UI and the command line turn them into words."""

from __future__ import annotations


class HavenError(Exception):
    """Base class of every error the core raises on purpose."""


class WrongSecret(HavenError):
    """The passphrase or recovery code does not open this vault."""


class VaultUnreadable(HavenError):
    """The folder is not a Haven vault, or the vault is damaged."""


class NotAVault(VaultUnreadable):
    """The folder holds no Haven vault (or something that is not one)."""


class VaultDamaged(VaultUnreadable):
    """The vault's files exist but cannot be read as a Haven vault."""


class BackupDamaged(VaultUnreadable):
    """The file is not a Haven backup, or it is truncated or damaged."""


class KeysChanged(VaultDamaged):
    """No secret opens the key slots, and their checksum says the slots were changed
    or damaged since Haven wrote them: not a wrong passphrase."""


class NoPermission(HavenError):
    """Haven may not read or write one of the vault's files or its folder (a read-only
    folder or file, another owner). Nothing was changed; the vault is not damaged."""

    def __init__(self, path: str) -> None:
        super().__init__(f"no permission to read and write {path}")
        self.path = path


class VaultInUse(HavenError):
    """Another Haven process has this vault open."""


class VaultExists(HavenError):
    """A new vault was asked for in a folder that already holds files."""


class SchemaTooNew(HavenError):
    """The vault was written by a newer Haven that this version does not understand."""

    def __init__(self, found: int, known: int) -> None:
        super().__init__(f"vault schema {found} is newer than {known}")
        self.found = found
        self.known = known


class NoRecoveryCode(HavenError):
    """A recovery code was given, but this vault has none."""


class PassphraseTooShort(HavenError):
    """A new passphrase is shorter than the minimum."""

    def __init__(self, minimum: int) -> None:
        super().__init__(f"a passphrase needs at least {minimum} characters")
        self.minimum = minimum


class DiskFull(HavenError):
    """The disk (or the database's size limit) is full; the write was rolled back."""


class VaultLocked(HavenError):
    """The vault was locked (closed) while something still wanted to read or write it."""


# -- a record that is gone ---------------------------------------------------------------


class RecordNotFound(HavenError):
    """No record of this kind with this id exists (an entry, a need, a crossing...)."""

    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class EntryNotFound(RecordNotFound):
    """No entry with this id exists."""

    def __init__(self, entry_id: int) -> None:
        super().__init__("entry", entry_id)
        self.entry_id = entry_id


class CheckinNotFound(RecordNotFound):
    """No check-in with this id exists."""

    def __init__(self, checkin_id: int) -> None:
        super().__init__("check-in", checkin_id)
        self.checkin_id = checkin_id


class SafePlaceNotFound(RecordNotFound):
    """No safe place with this id exists."""

    def __init__(self, place_id: int) -> None:
        super().__init__("safe place", place_id)
        self.place_id = place_id


# -- a value that cannot be saved --------------------------------------------------------


class InvalidValue(HavenError, ValueError):
    """A value cannot be saved or used as given; nothing was changed. `field` names it
    ("mood", "title", "period", ...). Every validation of the core fails with this or
    one of its subclasses (also a ValueError, for callers that only know that)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class MissingField(InvalidValue):
    """A required field is empty; nothing was saved. `field` names it ("action", ...)."""

    def __init__(self, field: str) -> None:
        super().__init__(field, f"{field} must not be empty")


class InvalidChoice(InvalidValue):
    """A field holds a value outside its list (a status, an area, ...); nothing was saved."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(field, f"{value!r} is not a valid {field}")
        self.value = value


class CheckinInvalid(InvalidValue):
    """A check-in (or a self-care item or trigger name) has a value out of range.

    `field` names what is wrong ("mood", "sleep_hours", "trigger", ...), `value` is what
    was given and `reason` says why, in plain English.
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(field, f"{field} = {value!r}: {reason}")
        self.value = value
        self.reason = reason


class NameTaken(InvalidValue):
    """A self-care item or trigger cannot be renamed to a name already on her list."""

    def __init__(self, field: str, name: str) -> None:
        super().__init__(field, f"{field}: the name is already on the list")
        self.name = name


class SafePlaceInvalid(InvalidValue):
    """A safe place has an unknown kind or no title."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(field, f"{field}: {reason}")
        self.reason = reason


# Where in a source an import failed: kind -> English words. `{n}` is a number (a line, an
# entry, a record), `{column}` a column, `{name}` a name from the source (a file inside a
# zip, a list of records by its JSON key). The UI has a sentence for every kind.
IMPORT_PLACES: dict[str, str] = {
    "line": "line {n}",
    "line_column": "line {n}, column {column}",
    "byte": "byte {n}",
    "entry": "entry {n}",
    "front_matter": "front matter",
    "file_in_zip": "{name}",
    "list": "{name}",
    "selfcare_item": "self-care item {n}",
    "trigger": "trigger {n}",
    "checkin": "check-in {n}",
    "safe_place": "safe place {n}",
    "need": "need {n}",
    "boundary": "boundary {n}",
    "support_person": "support person {n}",
    "hidden_helpline": "hidden helpline {n}",
    "safety_plan": "safety plan",
    "sti_test": "STI test {n}",
    "agenda_topic": "agenda topic {n}",
    "preference": "preference {n}",
    "event": "event {n}",
    "milestone": "milestone {n}",
    "path_step": "step {n} of the path",
    "row": "row {n}",
}

# Why an import failed: code -> English sentence (the command line's words). Parameters:
# `{field}` a field name as the source spells it (left as it is in every language),
# `{value}` a value from the source (quoted), `{detail}` a technical detail from the
# library that read the file, others as named. The UI has a sentence for every code.
IMPORT_REASONS: dict[str, str] = {
    "unreadable": "cannot be read ({detail})",
    "no_folder": "no such folder",
    "not_utf8": "the file is not UTF-8 text",
    "bad_json": "not valid JSON ({detail})",
    "too_deep": "the JSON is nested too deeply",
    "bad_zip": "not a readable zip file ({detail})",
    "zip_lacks": "the zip holds no {name}",
    "zip_member_unreadable": "cannot be read from the zip ({detail})",
    "zip_needs_password": "the zip is protected; a password is needed",
    "zip_wrong_password": "the zip password is not right",
    "needs_password": "the export is protected; a password is needed",
    "wrong_password": "the password is not right",
    "damaged_container": "the protected export is damaged or incomplete ({detail})",
    "not_jrnl": "this is not a jrnl JSON export (no list of entries)",
    "not_dayone": "this is not a Day One JSON export (no entries)",
    "not_haven": "this is not a Haven export",
    "no_version": "the format version is missing",
    "newer_version": ("made by a newer version of Haven (export format {version}); please"
                      " update Haven to import it"),
    "unknown_records": "holds records this Haven does not know: {names}; please update Haven",
    "front_matter_open": "the front matter (---) is never closed",
    "bad_yaml": "the front matter is not valid YAML ({detail})",
    "front_matter_not_fields": "the front matter is not a set of fields",
    "no_file_time": "has no date and no file time ({detail})",
    "entry_not_object": "the entry is not an object",
    "record_not_object": "the record is not an object",
    "item_not_object": "an item of {field} is not an object",
    "missing": "{field} is missing",
    "not_text": "{field} is not text",
    "invalid_unicode": "{field} holds invalid Unicode",
    "not_list": "{field} is not a list",
    "not_bool": "{field} is not true or false",
    "not_number": "{field} is not a number",
    "out_of_range": "{field} is out of range",
    "value_out_of_range": "{field} {value} is out of range",
    "not_date": "{field} {value} is not a date (YYYY-MM-DD)",
    "not_datetime": "{field} {value} is not a date and time",
    "not_clock_time": "{field} {value} is not a time (HH:MM)",
    "mood_range": "{field} must be a whole number from {low} to {high}",
    "photo_not_base64": "the photo is not base64",
    "photo_unusable": "the photo cannot be used ({detail})",
    "two_safety_plans": "there is more than one safety plan",
    "not_allowed": "a value is not allowed here ({detail})",
    "zip_too_large": "it unpacks to more than {limit} MB, more than Haven reads from one zip",
    "not_daylio": "this is not a Daylio CSV export (the first line lacks {names})",
    "bad_csv": "not valid CSV ({detail})",
    "row_fields": "the row has {found} fields where the first line has {expected}",
}


class Place:
    """Where in a source: a kind of IMPORT_PLACES with its number, column or name."""

    __slots__ = ("column", "kind", "n", "name")

    def __init__(self, kind: str, n: int | None = None, column: int | None = None,
                 name: str = "") -> None:
        if kind not in IMPORT_PLACES:
            raise ValueError(f"unknown import place {kind!r}")
        self.kind, self.n, self.column, self.name = kind, n, column, name

    def params(self) -> dict[str, str]:
        return {"n": str(self.n), "column": str(self.column), "name": self.name}

    def __str__(self) -> str:
        return IMPORT_PLACES[self.kind].format(**self.params())

    def __repr__(self) -> str:
        return f"Place({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Place) and (self.kind, self.n, self.column, self.name) == (
            other.kind, other.n, other.column, other.name)

    def __hash__(self) -> int:
        return hash((self.kind, self.n, self.column, self.name))


class ImportFailed(HavenError):
    """An import source cannot be read; nothing was imported.

    `source` is the file (or folder) that failed, `place` where in it (None for the whole
    file), `code` what is wrong (a key of IMPORT_REASONS) with its `params`. `location`
    and `reason` are the same in plain English ("entry 12", "date is missing"), for the
    command line; the UI words `place` and `code` in her language.
    """

    def __init__(self, source: str, place: Place | None, code: str, **params: object,
                 ) -> None:
        if code not in IMPORT_REASONS:
            raise ValueError(f"unknown import failure {code!r}")
        self.source = source
        self.place = place
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        self.location = str(place) if place is not None else ""
        self.reason = IMPORT_REASONS[code].format_map(_Blank(self.params))
        where = f"{source}, {self.location}" if self.location else source
        super().__init__(f"{where}: {self.reason}")


class _Blank(dict[str, str]):
    """A parameter a sentence names but the raise did not give reads as empty."""

    def __missing__(self, key: str) -> str:
        return ""


class ExportTargetExists(HavenError):
    """An export folder was asked for where a folder with files already is."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists and is not empty")
        self.path = path


class ExportWrongPassword(HavenError):
    """The password does not open a protected export; nothing was read from it."""

    def __init__(self) -> None:
        super().__init__("the password of the export is not right")


class ExportDamaged(HavenError):
    """A protected export was changed, cut off or is not one; nothing is imported."""


class TargetExists(HavenError):
    """A file Haven was to write already exists, and replacing it was not asked for."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists")
        self.path = path


class TargetInVault(HavenError):
    """A file Haven was to write lies inside a vault folder (its own or another's):
    refused always, so nothing can replace a vault's files or lie in clear beside them."""

    def __init__(self, path: str, vault: str) -> None:
        super().__init__(f"{path} is inside the vault folder {vault}")
        self.path = path
        self.vault = vault


class ImageRejected(HavenError):
    """A photo cannot be used; nothing was stored.

    `reason` is one of UNKNOWN_FORMAT, DAMAGED or TOO_LARGE; `limit` carries the limit
    that was passed (bytes or pixels) for TOO_LARGE.
    """

    UNKNOWN_FORMAT = "unknown-format"
    DAMAGED = "damaged"
    TOO_LARGE = "too-large"

    def __init__(self, reason: str, detail: str = "", limit: int = 0) -> None:
        super().__init__(f"image rejected ({reason}){': ' + detail if detail else ''}")
        self.reason = reason
        self.detail = detail
        self.limit = limit
