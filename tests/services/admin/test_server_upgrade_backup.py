"""A server database at an older schema is dumped before this kamdesk upgrades it.

The database is made at the newest schema with data, taken back to revision 0003 with
Alembic, then opened as every command and the app open it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from kamdesk.services.admin.database_opening import open_for_use
from kamdesk.services.admin.server_backups import own_server_backups, server_backup_folder
from kamdesk.services.exchange.portable_dump import load_dump, read_dump
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import Database, open_database, stored_revision
from kamdesk.store.editors import set_editor
from kamdesk.store.errors import StorageError
from kamdesk.store.migration_runner import alembic_config
from kamdesk.store.orm import Stakeholder
from kamdesk.store.schema_revisions import head_revision
from tests.helpers.postgres_server import PostgresServer

PREVIOUS = "0003"


def _at_previous_revision(url: str) -> None:
    db = open_database(url)
    account = create_account(db, "Brühl Präzisionsteile AG")
    create_stakeholder(db, account, {"name": "Dr. Anna Weber"})
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), PREVIOUS)
    db.close()


def _revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return stored_revision(connection)


@pytest.mark.postgres_only
def test_the_upgrade_is_preceded_by_a_dump_that_loads(
    database_url: str, postgres_server: PostgresServer, tmp_path: Path
) -> None:
    _at_previous_revision(database_url)
    told: list[Path] = []
    db = open_for_use(database_url, upgrade_backup_written=told.append)
    try:
        assert _revision(db) == head_revision()
        backups = own_server_backups(db.location)
    finally:
        db.close()
    [(path, _taken)] = [b for b in backups if b[0].name.endswith(".before-upgrade.json")]
    assert told == [path] and path.parent == server_backup_folder()
    content = read_dump(path)
    assert content["schema_revision"] == PREVIOUS
    assert "changed_by" not in content["tables"]["account"]["columns"]  # not there at 0003

    # It loads into an empty database of this kamdesk, server or file; what was added since
    # takes its default, and nobody is invented as the rows' author.
    for target in (postgres_server.url(postgres_server.empty_database()),
                   str(tmp_path / "restored.sqlite3")):
        restored = open_database(target, daily_backup=False)
        try:
            set_editor(restored.engine, "Lena Lader")
            load_dump(restored, path)
            assert [a.name for a in list_accounts(restored)] == ["Brühl Präzisionsteile AG"]
            with restored.session() as session:
                person = session.execute(select(Stakeholder)).scalar_one()
            assert (person.name, person.source, person.changed_by) == ("Dr. Anna Weber", "", None)
        finally:
            restored.close()

    # Opened again, at the newest schema: no second dump.
    again = open_for_use(database_url, upgrade_backup_written=told.append)
    again.close()
    assert len(told) == 1


@pytest.mark.postgres_only
def test_a_dump_that_cannot_be_written_stops_the_upgrade(database_url: str) -> None:
    _at_previous_revision(database_url)
    server_backup_folder().parent.mkdir(parents=True, exist_ok=True)
    server_backup_folder().write_text("a file where the backups folder belongs")
    with pytest.raises(StorageError, match="was not upgraded to this kamdesk: its backup"):
        open_for_use(database_url).close()
    db = open_database(database_url, migrate=False)
    try:
        assert _revision(db) == PREVIOUS
    finally:
        db.close()
