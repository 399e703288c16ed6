"""Storage errors: each one carries a sentence a user can act on.

An error is raised with a :class:`~kamdesk.domain.user_messages.UserMessage` where a user
may read it in the app: ``str(error)`` is the English sentence (what the command line
prints), and the UI translates the message it carries.
"""

from __future__ import annotations

from typing import Literal

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage


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


# What happened to both edits, said the same way wherever an edit loses a race.
WHO_WINS = "the other change was kept and this one was not saved"

# What the other change did, worded whole per case: German puts the verb's parts around
# "elsewhere in the meantime", so a pasted "was changed" could not be translated.
_CONFLICT_SENTENCES = {
    "was changed": QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "{subject} was changed elsewhere in the meantime; the other change was kept and this "
        "one was not saved; {outcome}.",
    ),
    "were changed": QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "{subject} were changed elsewhere in the meantime; the other change was kept and this "
        "one was not saved; {outcome}.",
    ),
    "were changed or deleted": QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "{subject} were changed or deleted elsewhere in the meantime; the other change was "
        "kept and this one was not saved; {outcome}.",
    ),
    "were added to what this import created": QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "{subject} were added to what this import created elsewhere in the meantime; the "
        "other change was kept and this one was not saved; {outcome}.",
    ),
}
ConflictKind = Literal[
    "was changed", "were changed", "were changed or deleted",
    "were added to what this import created",
]
THIS_ENTRY = QT_TRANSLATE_NOOP("ServiceMessage", "This entry")
LATEST_LOADED = QT_TRANSLATE_NOOP("ServiceMessage", "the latest values have been loaded")


def edit_conflict(
    subject: str | UserMessage = THIS_ENTRY,
    outcome: str | UserMessage = LATEST_LOADED,
    changed: ConflictKind = "was changed",
) -> ConflictError:
    """The one :class:`ConflictError` for an edit that lost a race with another change."""
    return ConflictError(_CONFLICT_SENTENCES[changed].format(subject=subject, outcome=outcome))


class NotFoundError(Exception):
    """A row asked for does not exist (any more)."""


class ValidationError(Exception):
    """Input that the database must not receive; ``field`` names where it was typed."""

    def __init__(self, message: str | UserMessage, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
