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
    """A row changed elsewhere (another window or person) since it was read."""


class NotFoundError(Exception):
    """A row asked for does not exist (any more)."""


class ValidationError(Exception):
    """Input that the database must not receive; ``field`` names where it was typed."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
