"""Running the Alembic migrations from code, on kamdesk's own connection.

Importing this module loads Alembic, so it is imported only when a migration is due (see
:func:`kamdesk.store.database.open_database`); which revisions exist is read without
Alembic by :mod:`kamdesk.store.schema_revisions`.
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Connection

SCRIPT_LOCATION = "kamdesk.store:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for the migrations inside the package."""
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def upgrade_to_head(connection: Connection) -> None:
    """Apply every migration the database lacks, in one transaction per Alembic's rules."""
    command.upgrade(alembic_config(connection), "head")
