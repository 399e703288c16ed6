"""``check`` on a PostgreSQL server: each of its four checks runs, passes on a sound
database and names what a person or a tool broke behind kamdesk's back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import text

from kamdesk.services.admin.server_check import check_server
from kamdesk.store.database import Database

pytestmark = pytest.mark.postgres_only


@pytest.fixture
def demo_db(demo_database: Callable[..., Database]) -> Database:
    """The server database holding a small demo portfolio (the erasure tests' one, so that
    the session builds it once)."""
    return demo_database(accounts=12, seed=7, today=date(2026, 11, 28))


def test_a_sound_database_passes_every_check_and_says_what_was_checked(
    demo_db: Database,
) -> None:
    report = check_server(demo_db)
    assert report.problems == []
    assert [line.split(":")[0] for line in report.checks] == [
        "schema", "constraints", "foreign keys", "id sequences",
    ]
    assert report.checks[1].startswith("constraints: ")
    validated, _of, total = report.checks[1].split(":")[1].split()[:3]
    assert validated == total and int(total) > 50
    assert "0 orphan row(s)" in report.checks[2]
    assert "0 of" in report.checks[3]


def test_a_row_written_with_triggers_off_is_found_as_an_orphan(demo_db: Database) -> None:
    with demo_db.engine.begin() as connection:
        # A restore tool with triggers off skips the foreign keys: the row points nowhere.
        connection.execute(text("SET LOCAL session_replication_role = replica"))
        connection.execute(text("UPDATE stakeholder SET account_id = 999999 WHERE id = "
                                "(SELECT MIN(id) FROM stakeholder)"))
    report = check_server(demo_db)
    assert report.problems == [
        "1 row(s) of stakeholder point with account_id at no row of account."
    ]
    assert "1 orphan row(s)" in report.checks[2]


def test_a_constraint_added_not_valid_is_named(demo_db: Database) -> None:
    with demo_db.engine.begin() as connection:
        connection.execute(text(
            "ALTER TABLE account ADD CONSTRAINT ck_account_name_short "
            "CHECK (length(name) < 3) NOT VALID"
        ))
    report = check_server(demo_db)
    assert report.problems == [
        "The constraint ck_account_name_short on account was never validated against the "
        "rows already there."
    ]


def test_a_sequence_behind_the_largest_id_is_named(demo_db: Database) -> None:
    with demo_db.engine.begin() as connection:
        connection.execute(text("SELECT setval(pg_get_serial_sequence('account', 'id'), 2)"))
    report = check_server(demo_db)
    assert report.problems == [
        "The id sequence of account is behind its largest id: the next new record there "
        "would be refused as a duplicate."
    ]
    assert "1 of" in report.checks[3]


def test_a_schema_behind_this_kamdesk_is_reported_not_upgraded(demo_db: Database) -> None:
    with demo_db.engine.begin() as connection:
        head = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        connection.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    report = check_server(demo_db)
    assert report.problems == [
        f"The schema is at revision 0001, not this kamdesk's {head}; `kamdesk db upgrade` "
        "brings it up to date."
    ]
