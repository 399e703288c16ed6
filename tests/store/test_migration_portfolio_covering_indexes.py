"""Revision 0005: covering indexes for the portfolio's per-account figures.

A database written at revision 0004 is opened by this kamdesk: it is backed up, upgraded,
gains the three indexes and keeps every row; the downgrade drops them again and keeps every
row too. The latest-score and revenue reads are then answered from the indexes alone.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.store.database import open_database
from kamdesk.store.migration_runner import alembic_config
from kamdesk.store.schema_revisions import head_revision

PREVIOUS = "0004"
THIS = "0005"
INDEXES = {
    "ix_revenue_entry_account_period_actual": "revenue_entry",
    "ix_score_account_criterion_scored_on_value": "score",
    "ix_interaction_account_occurred_on": "interaction",
}
TABLES = ("account", "revenue_entry", "score", "interaction", "stakeholder")


def _indexes(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'")
        return {name: table for name, table in rows if name in INDEXES}


def _every_row(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as connection:
        return {
            table: connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in TABLES
        }


def _demo(path: Path) -> None:
    db = open_database(path, daily_backup=False)
    create_demo_portfolio(db, accounts=12, seed=5)
    db.close()


def _downgrade_to_previous_revision(path: Path) -> None:
    db = open_database(path, daily_backup=False)
    with db.engine.begin() as connection:
        command.downgrade(alembic_config(connection), PREVIOUS)
    db.close()


def test_this_revision_is_the_head() -> None:
    assert head_revision() == THIS


def test_a_database_at_the_previous_revision_is_upgraded_and_keeps_its_rows(
    db_path: Path,
) -> None:
    _demo(db_path)
    _downgrade_to_previous_revision(db_path)
    assert _indexes(db_path) == {}
    rows = _every_row(db_path)
    assert rows["score"] and rows["revenue_entry"] and rows["interaction"]

    open_database(db_path).close()

    assert _indexes(db_path) == INDEXES
    assert _every_row(db_path) == rows
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (THIS,)
        ]
    backups = list((db_path.parent / "backups").glob("*before-upgrade.sqlite3"))
    assert len(backups) == 1
    assert _indexes(backups[0]) == {}  # the 0004 copy


def test_the_downgrade_drops_the_indexes_and_keeps_every_row(db_path: Path) -> None:
    _demo(db_path)
    assert _indexes(db_path) == INDEXES
    rows = _every_row(db_path)

    _downgrade_to_previous_revision(db_path)

    assert _indexes(db_path) == {}
    assert _every_row(db_path) == rows


def test_the_portfolio_reads_use_the_indexes_alone(db_path: Path) -> None:
    """The plans SQLite chooses for the two largest reads: index only, no table rows."""
    open_database(db_path, daily_backup=False).close()
    with sqlite3.connect(db_path) as connection:
        revenue = connection.execute(
            "EXPLAIN QUERY PLAN SELECT account_id, sum(actual) FROM revenue_entry"
            " WHERE year * 4 + quarter >= 8100 GROUP BY account_id").fetchall()
        scores = connection.execute(
            "EXPLAIN QUERY PLAN SELECT value FROM score WHERE account_id = 1"
            " AND criterion = 'clv' AND scored_on <= '2026-11-28'"
            " ORDER BY scored_on DESC LIMIT 1").fetchall()
    assert any("COVERING INDEX ix_revenue_entry_account_period_actual" in row[-1]
               for row in revenue)
    assert any("COVERING INDEX ix_score_account_criterion_scored_on_value" in row[-1]
               for row in scores)
