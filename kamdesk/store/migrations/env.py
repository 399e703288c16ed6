"""Alembic environment: always runs on the connection kamdesk hands it.

kamdesk's engine sets the SQLite pragmas (foreign keys, WAL, busy timeout) on every
connection; an engine made here would not, so there is deliberately no fallback.
"""

from alembic import context

from kamdesk.store.orm import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("kamdesk migrations run from kamdesk.store.migration_runner only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
