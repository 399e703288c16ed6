"""Interactions and reviews can be shared with the client (default: not shared).

What we write about a meeting or a review is internal unless the KAM shares that entry;
existing entries start unshared, so the client version of a plan prints none of them until
the KAM says so.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("interaction", "review")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column(
                    "shared_with_client", sa.Boolean(), nullable=False, server_default=sa.false()
                )
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("shared_with_client")
