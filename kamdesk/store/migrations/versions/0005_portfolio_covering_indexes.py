"""Covering indexes for the portfolio's per-account figures (the dashboard's first fill).

The dashboard reads, for every account, the revenue of eight quarters, the latest score per
criterion and the last interaction. Each of these reads only a few columns of its table;
an index that holds those columns answers the query from the index alone, in account order,
without visiting the table's rows:

- ``revenue_entry (account_id, year, quarter, actual)``: the revenue sums per account;
- ``score (account_id, criterion, scored_on, value)``: the latest score per criterion;
- ``interaction (account_id, occurred_on)``: the last contact per account.

Indexes only: no table is rebuilt (a rebuild's DROP TABLE would cascade into child rows
while foreign keys are on), no row changes, and the downgrade drops them again.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here, not read from the models: a later change of a model must not change what
# this revision did.
INDEXES = (
    ("ix_revenue_entry_account_period_actual", "revenue_entry",
     ["account_id", "year", "quarter", "actual"]),
    ("ix_score_account_criterion_scored_on_value", "score",
     ["account_id", "criterion", "scored_on", "value"]),
    ("ix_interaction_account_occurred_on", "interaction", ["account_id", "occurred_on"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
