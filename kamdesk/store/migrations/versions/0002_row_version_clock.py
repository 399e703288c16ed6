"""Row versions from one database-wide clock, so a deleted and re-created row never repeats one.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "row_version_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_row_version_clock")),
    )
    # Start above every version already handed out, so no existing version comes back.
    connection = op.get_bind()
    tables = [
        name
        for name in sa.inspect(connection).get_table_names()
        if "version" in {c["name"] for c in sa.inspect(connection).get_columns(name)}
    ]
    highest = 0
    for name in tables:
        value = connection.execute(sa.text(f'SELECT max(version) FROM "{name}"')).scalar()
        highest = max(highest, int(value or 0))
    connection.execute(
        sa.text("INSERT INTO row_version_clock (id, value) VALUES (1, :value)"),
        {"value": highest},
    )


def downgrade() -> None:
    op.drop_table("row_version_clock")
