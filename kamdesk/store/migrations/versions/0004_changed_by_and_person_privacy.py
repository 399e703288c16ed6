"""Who changed a row; where a person's data came from; how long the inactive are kept.

- ``changed_by`` on every editable row: the name of whoever saved it last (a team on one
  server sees each other's edits; ``updated_at`` already says when). Rows written before
  this revision have no author (NULL, shown as unknown), never a guessed one.
- ``source`` and ``lawful_basis`` on stakeholders: where their personal data came from
  ("business card 2025-03") and on which basis it is kept (GDPR Art. 13/14, minimisation).
- ``retention_months`` in the settings: people who left and accounts without activity for
  this long are listed for review (default 24 months).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here, not read from the models: a later table must not change what this revision did.
EDITABLE_TABLES = (
    "account", "account_team_role", "action_item", "business_unit", "buying_center",
    "buying_center_member", "company_settings", "competitor", "goal", "goal_update",
    "interaction", "need", "offering", "opportunity", "opportunity_stage", "plan_snapshot",
    "revenue_entry", "review", "score", "stakeholder", "stakeholder_link", "swot_item",
    "team_member", "whitespace_cell",
)


# Only ADD COLUMN and DROP COLUMN, never a batch table rebuild: a rebuild drops the old
# table, and with foreign keys on (kamdesk's connections always have them on, and the pragma
# cannot change inside the migration's transaction) SQLite's DROP TABLE cascades into every
# child row. The range of retention_months is therefore checked by the settings service, not
# by a CHECK constraint (adding one would rebuild company_settings).


def upgrade() -> None:
    for table in EDITABLE_TABLES:
        op.add_column(table, sa.Column("changed_by", sa.String(length=120), nullable=True))
    op.add_column(
        "stakeholder",
        sa.Column("source", sa.String(length=200), nullable=False, server_default=""),
    )
    op.add_column(
        "stakeholder", sa.Column("lawful_basis", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "company_settings",
        sa.Column("retention_months", sa.Integer(), nullable=False, server_default="24"),
    )


def downgrade() -> None:
    op.drop_column("company_settings", "retention_months")
    op.drop_column("stakeholder", "lawful_basis")
    op.drop_column("stakeholder", "source")
    for table in EDITABLE_TABLES:
        op.drop_column(table, "changed_by")
