"""Running the Alembic migrations from code, on kamdesk's own connection, all or nothing.

Python's sqlite3 module commits before every CREATE or ALTER statement, so a migration
killed half-way would leave half a schema behind. On SQLite the migrations therefore run on
a connection whose transaction kamdesk opens itself (``BEGIN IMMEDIATE``), which makes the
DDL part of one transaction: a kill leaves the schema as it was before.

Two kamdesks may open the same database at once (a team's first start on a new server, two
windows after an update). The check and the upgrade therefore run under a lock, and Alembic
reads the revision again once the lock is held, so the second finds the work done: on
PostgreSQL a transaction-scoped advisory lock, on SQLite the write lock ``BEGIN IMMEDIATE``
takes.

Importing this module loads Alembic, so it is imported only when a migration is due (see
:func:`kamdesk.store.database.open_database`); which revisions exist is read without
Alembic by :mod:`kamdesk.store.schema_revisions`.
"""

from __future__ import annotations

from collections.abc import Callable

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from kamdesk.store.schema_identity import KAMDESK_APPLICATION_ID
from kamdesk.store.schema_revisions import head_revision

SCRIPT_LOCATION = "kamdesk.store:migrations"
#: The advisory lock kamdesk's migrations hold on a PostgreSQL database ("kamd" in ASCII).
MIGRATION_LOCK_KEY = 0x6B616D64


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the migrations inside the package."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (None for an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(connection: Connection) -> None:
    """Apply every migration the database lacks, in one transaction per Alembic's rules."""
    command.upgrade(alembic_config(connection), "head")


def apply_migrations(
    engine: Engine, before_upgrade: Callable[[Connection], None] | None = None
) -> None:
    """Bring the database to the newest revision in one transaction, and mark it kamdesk's.

    ``before_upgrade`` is called under the lock, with the locked connection, when a schema
    older than the newest is about to be upgraded (not for a new, empty database, and not
    when another kamdesk upgraded it while this one waited): the backup before an upgrade.
    """
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            with connection.begin():
                # Held until this transaction ends; a second kamdesk waits here, then finds
                # the schema at head and Alembic does nothing.
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                )
                _before_upgrade(connection, before_upgrade)
                upgrade_to_head(connection)
            return
        if current_revision(connection) == head_revision():
            connection.rollback()
            return
        driver = connection.connection.driver_connection
        assert driver is not None
        previous = driver.isolation_level
        driver.isolation_level = None  # sqlite3 must not commit before the DDL
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            _before_upgrade(connection, before_upgrade)
            upgrade_to_head(connection)
            connection.exec_driver_sql(f"PRAGMA application_id = {KAMDESK_APPLICATION_ID}")
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            driver.isolation_level = previous


def _before_upgrade(
    connection: Connection, before_upgrade: Callable[[Connection], None] | None
) -> None:
    # Read again under the lock: what it was before the lock may have been upgraded since.
    revision = current_revision(connection)
    if before_upgrade is not None and revision is not None and revision != head_revision():
        before_upgrade(connection)
