"""Storage errors: each one carries a sentence a user can act on."""

from __future__ import annotations


class StorageError(Exception):
    """The database cannot be used; the message says why and what to do."""


class NotADatabaseError(StorageError):
    """The file exists but is not a SQLite database."""


class DamagedDatabaseError(StorageError):
    """The file is a SQLite database that fails its integrity check."""


class ForeignDatabaseError(StorageError):
    """The file is a SQLite database, but another program's (or kamdesk's name on it only)."""


class NewerSchemaError(StorageError):
    """The database was written by a newer kamdesk than this one."""


class LocationError(StorageError):
    """The folder for the database is missing or not writable."""


class LockedDatabaseError(StorageError):
    """Another program holds a lock on the database."""


class BackupError(StorageError):
    """A backup could not be written or verified; the existing backups are kept."""


class UnsoundSourceError(BackupError):
    """The database to back up fails the integrity check: it is damaged, not the disk."""


class ConflictError(Exception):
    """A row changed elsewhere (another window or person) since it was read.

    Made by :func:`edit_conflict` only, whatever noticed it (the ORM's version check, a
    compare-and-set that found other values, the server refusing to serialise two
    transactions), so every lost race reads the same to the user and says who won.
    """


#: What happened to both edits, said the same way wherever an edit loses a race.
WHO_WINS = "the other change was kept and this one was not saved"


def edit_conflict(
    subject: str = "This entry",
    outcome: str = "the latest values have been loaded",
    changed: str = "was changed",
) -> ConflictError:
    """The one :class:`ConflictError` for an edit that lost a race with another change."""
    return ConflictError(
        f"{subject} {changed} elsewhere in the meantime; {WHO_WINS}; {outcome}."
    )


class NotFoundError(Exception):
    """A row asked for does not exist (any more)."""


class ValidationError(Exception):
    """Input that the database must not receive; ``field`` names where it was typed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
