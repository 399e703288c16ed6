"""Backups of a server database: the portable dump in the user's backup folder, once a day."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest

from kamdesk.domain.file_names import is_safe_file_name
from kamdesk.services.admin.database_opening import open_for_use
from kamdesk.services.admin.server_backups import (
    own_server_backups,
    server_backup_folder,
    server_backup_name,
    take_daily_server_backup,
    write_server_backup,
)
from kamdesk.services.exchange.portable_dump import load_dump
from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.store.database import Database, open_database
from kamdesk.store.location import resolve_location
from tests.helpers.postgres_server import PostgresServer


@pytest.mark.parametrize("url, expected", [
    ("postgresql+psycopg://anna@dbhost/kamdesk",
     "dbhost-5432-kamdesk.20261128-101500-123456.daily.json"),
    ("postgresql+psycopg://anna:secret@[::1]:54329/team",
     "1-54329-team.20261128-101500-123456.daily.json"),
    ("postgresql+psycopg://anna@db.example.com:6543/kam%3Adesk",
     "db.example.com-6543-kam-desk.20261128-101500-123456.daily.json"),
])
def test_a_dump_is_named_for_host_port_database_and_time_without_a_colon(
    url: str, expected: str
) -> None:
    taken_at = datetime(2026, 11, 28, 10, 15, 0, 123456, tzinfo=UTC)
    name = server_backup_name(resolve_location(url), taken_at, "daily")
    assert name == expected
    assert ":" not in name and "secret" not in name
    assert is_safe_file_name(name)



@pytest.fixture
def demo_db(demo_database: Callable[..., Database]) -> Database:
    # The day of the erasure and access tests' demo, so that the session builds one.
    return demo_database(accounts=12, seed=7, today=date(2026, 11, 28))


@pytest.mark.postgres_only
def test_a_manual_backup_lands_in_the_backup_folder_and_loads_back(
    demo_db: Database, postgres_server: PostgresServer
) -> None:
    backup = write_server_backup(demo_db, "manual")
    assert backup.path.parent == server_backup_folder()
    assert backup.path.name.endswith(".manual.json")
    assert backup.summary.rows > 100
    empty = open_database(postgres_server.url(postgres_server.empty_database()))
    try:
        load_dump(empty, backup.path)
        assert list_accounts(empty) == list_accounts(demo_db)
    finally:
        empty.close()


@pytest.mark.postgres_only
def test_the_daily_backup_is_taken_once_a_day(demo_db: Database) -> None:
    first = take_daily_server_backup(demo_db, today=date.today())
    assert first is not None and first.path.name.endswith(".daily.json")
    assert take_daily_server_backup(demo_db, today=date.today()) is None
    assert [path for path, _taken in own_server_backups(demo_db.location)] == [first.path]


@pytest.mark.postgres_only
def test_opening_a_server_database_takes_the_days_dump(demo_db: Database) -> None:
    url = demo_db.location.url
    for _ in range(2):
        open_for_use(url).close()
    names = [path.name for path, _taken in own_server_backups(demo_db.location)]
    assert len(names) == 1 and names[0].endswith(".daily.json")


@pytest.mark.postgres_only
def test_an_empty_server_database_gets_no_daily_dump(db: Database) -> None:
    assert take_daily_server_backup(db) is None
    assert own_server_backups(db.location) == []


@pytest.mark.postgres_only
def test_each_server_database_keeps_only_its_newest_dumps(demo_db: Database) -> None:
    written = [write_server_backup(demo_db, "manual", keep=3).path for _ in range(5)]
    assert [path for path, _taken in own_server_backups(demo_db.location)] == written[-3:]
