"""Revision 0003: interactions and reviews gain ``shared_with_client``, unshared by default.

A database written at revision 0002 (with an account, interactions and reviews) is opened by
this kamdesk: it is backed up, upgraded (to the head, past this revision), and every
existing entry stays internal.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from kamdesk.domain.enums import InteractionKind, ReviewKind, Tier
from kamdesk.services.profile.account_history_editing import add_interaction
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.tracking.review_workflow import add_review
from kamdesk.store.database import open_database
from kamdesk.store.migration_runner import alembic_config
from kamdesk.store.schema_revisions import head_revision

PREVIOUS = "0002"
THIS = "0003"


def _database_at_previous_revision(path: Path) -> None:
    """A database with history, taken back to revision 0002 by the migration's downgrade."""
    db = open_database(path, daily_backup=False)
    account = create_account(db, "Brühl Präzisionsteile AG", Tier.KEY)
    add_interaction(db, account, {"occurred_on": date(2026, 3, 2),
                                  "kind": InteractionKind.VISIT, "summary": "Werksbesuch"})
    add_review(db, account, {"held_on": date(2026, 4, 1), "kind": ReviewKind.CLIENT,
                             "summary": "Quartalsreview", "outcomes": "Termine bestätigt"})
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), PREVIOUS)
    db.close()


def _columns(path: Path, table: str) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[1] for row in connection.execute(f"PRAGMA table_info({table})")}


def test_upgrade_from_the_previous_revision_keeps_the_data_unshared(db_path: Path) -> None:
    _database_at_previous_revision(db_path)
    assert "shared_with_client" not in _columns(db_path, "interaction")
    assert "shared_with_client" not in _columns(db_path, "review")

    db = open_database(db_path)
    try:
        with db.engine.connect() as connection:
            interactions = connection.exec_driver_sql(
                "SELECT summary, shared_with_client FROM interaction").all()
            reviews = connection.exec_driver_sql(
                "SELECT summary, outcomes, shared_with_client FROM review").all()
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version").one()
        columns = {c["name"]: c for c in inspect(db.engine).get_columns("review")}
    finally:
        db.close()
    assert interactions == [("Werksbesuch", 0)]
    assert reviews == [("Quartalsreview", "Termine bestätigt", 0)]
    assert revision == (head_revision(),)
    assert columns["shared_with_client"]["nullable"] is False

    backups = list((db_path.parent / "backups").glob("*before-upgrade.sqlite3"))
    assert len(backups) == 1
    assert "shared_with_client" not in _columns(backups[0], "interaction")  # the 0002 copy


def test_a_new_row_written_without_the_flag_is_not_shared(db_path: Path) -> None:
    db = open_database(db_path, daily_backup=False)
    account = create_account(db, "Acme", Tier.KEY)
    with db.engine.begin() as connection:
        # Raw SQL, as a tool or an older import would write it: the server default applies.
        connection.exec_driver_sql(
            "INSERT INTO interaction (account_id, occurred_on, kind, summary, next_steps, "
            f"version, created_at, updated_at) VALUES ({account}, '2026-01-05', 'call', 'x', '', "
            "1, '2026-01-05', '2026-01-05')")
        shared = connection.exec_driver_sql("SELECT shared_with_client FROM interaction").one()
    db.close()
    assert shared == (0,)
