"""Revision 0004: ``changed_by`` on editable rows, a person's source and lawful basis, and
the retention period in the settings.

A database written at revision 0003 is opened by this kamdesk: it is backed up, upgraded,
every row keeps its data, no row gets an invented author, every person an empty source
and basis, and the settings the default retention of 24 months.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from kamdesk.domain.enums import Tier
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import open_database
from kamdesk.store.migration_runner import alembic_config
from kamdesk.store.orm.base import Base, Versioned
from kamdesk.store.schema_revisions import head_revision

VERSIONS = Path(__file__).parents[2] / "kamdesk" / "store" / "migrations" / "versions"
PREVIOUS = "0003"


def _database_at_previous_revision(path: Path) -> None:
    db = open_database(path, daily_backup=False)
    account = create_account(db, "Brühl Präzisionsteile AG", Tier.KEY)
    create_stakeholder(db, account, {"name": "Dr. Anna Weber", "email": "a.weber@bruehl.example"})
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), PREVIOUS)
    db.close()


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


def test_every_editable_table_of_the_models_is_in_the_revision() -> None:
    """The revision freezes its table list; a table added to the models before this
    revision shipped would otherwise miss its column."""
    editable = {
        mapper.class_.__tablename__
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Versioned)
    }
    source = (VERSIONS / "0004_changed_by_and_person_privacy.py").read_text(encoding="utf-8")
    assert all(f'"{table}"' in source for table in editable)


def test_upgrade_keeps_the_data_and_invents_no_author(db_path: Path) -> None:
    _database_at_previous_revision(db_path)
    assert "changed_by" not in _columns(db_path, "account")
    assert "source" not in _columns(db_path, "stakeholder")

    db = open_database(db_path)
    try:
        with db.engine.connect() as connection:
            person = connection.exec_driver_sql(
                "SELECT name, email, source, lawful_basis, changed_by FROM stakeholder").one()
            account = connection.exec_driver_sql("SELECT name, changed_by FROM account").one()
            retention = connection.exec_driver_sql(
                "SELECT retention_months FROM company_settings").all()
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").one()
    finally:
        db.close()
    assert person == ("Dr. Anna Weber", "a.weber@bruehl.example", "", "", None)
    assert account == ("Brühl Präzisionsteile AG", None)
    assert all(row == (24,) for row in retention)
    assert revision == (head_revision(),)  # upgraded past this revision to the head
    backups = list((db_path.parent / "backups").glob("*before-upgrade.sqlite3"))
    assert len(backups) == 1
    assert "source" not in _columns(backups[0], "stakeholder")  # the 0003 copy


def test_the_downgrade_keeps_every_row(db_path: Path) -> None:
    """No table is rebuilt: a rebuild's DROP TABLE would cascade into the child rows."""
    _database_at_previous_revision(db_path)
    with sqlite3.connect(db_path) as connection:
        people = connection.execute("SELECT name FROM stakeholder").fetchall()
        accounts = connection.execute("SELECT name FROM account").fetchall()
    assert people == [("Dr. Anna Weber",)]
    assert accounts == [("Brühl Präzisionsteile AG",)]
