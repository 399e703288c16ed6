"""Telling kamdesk's databases from other programs' SQLite files, by what they contain.

A kamdesk database carries kamdesk's application id in its header (set by every migration)
and always holds its tables plus exactly one Alembic revision. Files made before the
application id existed are recognised by their tables and revision. Anything else, a
stray ``alembic_version`` table or a file with only a view included, belongs to another
program and is never changed.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.store.errors import ForeignDatabaseError, NewerSchemaError
from kamdesk.store.schema_revisions import known_revisions

# ``PRAGMA application_id`` of a kamdesk database ("KAMD" in ASCII), set by every upgrade.
KAMDESK_APPLICATION_ID = 0x4B414D44
# Tables every kamdesk schema has had since its first revision.
CORE_TABLES = frozenset({"alembic_version", "account", "company_settings"})


class SchemaDamage(Exception):
    """The file looks like kamdesk's but its bookkeeping is broken; says what is wrong."""

    def __init__(self, what: UserMessage) -> None:
        super().__init__(what)
        self.what = what  # the verb phrase after the file's name: "… lacks its tables"


def kamdesk_revision(connection: sqlite3.Connection, path: Path) -> str | None:
    """The kamdesk schema revision of the open file; None for a SQLite file holding nothing.

    Raises :class:`ForeignDatabaseError` for another program's file, :class:`NewerSchemaError`
    for a revision this kamdesk does not know, and :class:`SchemaDamage` when the revision
    table is not what kamdesk writes.
    """
    application_id = int(connection.execute("PRAGMA application_id").fetchone()[0])
    user_version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    objects = connection.execute(
        "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    ours = application_id == KAMDESK_APPLICATION_ID
    if not objects and user_version == 0 and application_id in (0, KAMDESK_APPLICATION_ID):
        return None
    tables = {str(name) for kind, name in objects if kind == "table"}
    if not tables >= CORE_TABLES or (application_id != 0 and not ours):
        if ours:
            raise SchemaDamage(
                QT_TRANSLATE_NOOP("ServiceMessage", "carries kamdesk's mark but lacks its tables")
            )
        raise foreign_error(path)
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1:
        raise SchemaDamage(
            QT_TRANSLATE_NOOP(
                "ServiceMessage", "records {count} schema revisions instead of one"
            ).format(count=len(rows))
        )
    revision = str(rows[0][0])
    refuse_unknown_revision(revision, str(path))
    return revision


def refuse_unknown_revision(revision: str | None, where: str) -> None:
    """Refuse a schema revision this kamdesk does not know (a newer kamdesk wrote it)."""
    if revision is not None and revision not in known_revisions():
        raise NewerSchemaError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{where} was written by a newer kamdesk (schema {revision}) and was left "
                "untouched; update kamdesk to open it.",
            ).format(where=where, revision=revision)
        )


def foreign_error(path: Path) -> ForeignDatabaseError:
    """The sentence for another program's SQLite file."""
    return ForeignDatabaseError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "{path} is a SQLite database of another program, not kamdesk's; it was left "
            "untouched.",
        ).format(path=path)
    )
