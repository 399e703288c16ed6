"""Tests of finding a person in the backups and purging them there; damaged copies untouched."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from kamdesk.services.stakeholders.personal_data_erasure import erase_people
from kamdesk.services.stakeholders.personal_data_in_backups import (
    backups_holding,
    purge_from_backups,
)
from kamdesk.store.backup_files import backup_folder, own_backups, write_backup
from kamdesk.store.database import Database
from kamdesk.store.orm import Stakeholder

pytestmark = [pytest.mark.slow, pytest.mark.sqlite_only]


@pytest.fixture
def demo_db(demo_database: Callable[..., Database]) -> Database:
    return demo_database(accounts=12, today=date(2026, 11, 28))


def first_person(db: Database) -> tuple[int, str, str, str]:
    with db.session() as session:
        row = session.execute(
            select(Stakeholder.id, Stakeholder.name, Stakeholder.email, Stakeholder.phone)
            .where(Stakeholder.email != "").order_by(Stakeholder.id).limit(1)
        ).one()
        return int(row[0]), row[1], row[2], row[3]


def test_backups_holding_the_person_are_listed_and_purged(demo_db: Database) -> None:
    path = demo_db.location.path
    assert path is not None
    person, name, email, phone = first_person(demo_db)
    older = write_backup(path, "manual")
    newer = write_backup(path, "daily")

    holding = backups_holding(demo_db, person)

    assert [b.path for b in holding.backups] == [older, newer]
    assert [b.taken_at for b in holding.backups] == [b.taken_at for b in own_backups(path)]
    assert all(b.stakeholder_ids == (person,) for b in holding.backups)
    assert holding.unreadable == ()

    erase_people(demo_db, [person])
    result = purge_from_backups(demo_db, holding)

    assert result.purged == (older, newer) and result.refused == ()
    for backup in (older, newer):
        data = backup.read_bytes()
        assert not any(term.encode() in data for term in (name, email, phone))
        connection = sqlite3.connect(backup)
        try:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute(
                "SELECT name FROM stakeholder WHERE id = ?", (person,)
            ).fetchone()[0] == "Former contact 1"
        finally:
            connection.close()
    assert sorted(p.name for p in backup_folder(path).iterdir()) == sorted(
        [older.name, newer.name]
    )  # no private copies left behind
    assert backups_holding(demo_db, person).backups == ()  # erased there too now


def test_a_damaged_backup_is_reported_and_left_byte_for_byte(demo_db: Database) -> None:
    path = demo_db.location.path
    assert path is not None
    person, _name, _email, _phone = first_person(demo_db)
    good = write_backup(path, "manual")
    broken = write_backup(path, "daily")
    data = bytearray(broken.read_bytes())
    data[:16] = b"not a database!!"  # the header SQLite checks first
    broken.write_bytes(bytes(data))

    holding = backups_holding(demo_db, person)

    assert [b.path for b in holding.backups] == [good]
    assert [r.path for r in holding.unreadable] == [broken]
    assert "could not be read" in holding.unreadable[0].reason

    erase_people(demo_db, [person])
    result = purge_from_backups(demo_db, holding)
    assert result.purged == (good,)
    assert [r.path for r in result.refused] == [broken]
    assert broken.read_bytes() == bytes(data)


def test_a_backup_with_broken_schema_bookkeeping_is_not_rewritten(
    demo_db: Database,
) -> None:
    path = demo_db.location.path
    assert path is not None
    person, _name, _email, _phone = first_person(demo_db)
    backup = write_backup(path, "manual")
    holding = backups_holding(demo_db, person)
    # Its revision record gone: kamdesk cannot tell which tables it has, so it writes nothing.
    connection = sqlite3.connect(backup)
    connection.execute("DELETE FROM alembic_version")
    connection.commit()
    connection.close()
    before = backup.read_bytes()

    result = purge_from_backups(demo_db, holding)

    assert result.purged == ()
    assert [r.path for r in result.refused] == [backup]
    assert backup.read_bytes() == before
