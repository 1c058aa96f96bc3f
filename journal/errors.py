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


class EntryNotFound(HavenError):
    """No entry with this id exists."""

    def __init__(self, entry_id: int) -> None:
        super().__init__(f"no entry with id {entry_id}")
        self.entry_id = entry_id


class ImportFailed(HavenError):
    """An import source cannot be read; nothing was imported.

    `source` is the file (or folder) that failed, `location` where in it ("line 4",
    "entry 12", or "" for the whole file), `reason` what is wrong, in plain English.
    """

    def __init__(self, source: str, location: str, reason: str) -> None:
        where = f"{source}, {location}" if location else source
        super().__init__(f"{where}: {reason}")
        self.source = source
        self.location = location
        self.reason = reason


class ExportTargetExists(HavenError):
    """An export folder was asked for where a folder with files already is."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists and is not empty")
        self.path = path


# -- check-ins and safe places (issue 5) ---------------------------------------------


class CheckinInvalid(HavenError):
    """A check-in (or a self-care item or trigger name) has a value out of range.

    `field` names what is wrong ("mood", "sleep_hours", "trigger", ...), `value` is what
    was given and `reason` says why, in plain English.
    """

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(f"{field} = {value!r}: {reason}")
        self.field = field
        self.value = value
        self.reason = reason


class CheckinNotFound(HavenError):
    """No check-in with this id exists."""

    def __init__(self, checkin_id: int) -> None:
        super().__init__(f"no check-in with id {checkin_id}")
        self.checkin_id = checkin_id


class SafePlaceInvalid(HavenError):
    """A safe place has an unknown kind or no title."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class SafePlaceNotFound(HavenError):
    """No safe place with this id exists."""

    def __init__(self, place_id: int) -> None:
        super().__init__(f"no safe place with id {place_id}")
        self.place_id = place_id


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
class RecordNotFound(HavenError):
    """No record of this kind with this id exists (a need, a boundary, a crossing...)."""

    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"no {kind} with id {record_id}")
        self.kind = kind
        self.record_id = record_id


class MissingField(HavenError):
    """A required field is empty; nothing was saved. `field` names it ("action", ...)."""

    def __init__(self, field: str) -> None:
        super().__init__(f"{field} must not be empty")
        self.field = field


class InvalidChoice(HavenError):
    """A field holds a value outside its list (a status, an area, ...); nothing was saved."""

    def __init__(self, field: str, value: object) -> None:
        super().__init__(f"{value!r} is not a valid {field}")
        self.field = field
        self.value = value
