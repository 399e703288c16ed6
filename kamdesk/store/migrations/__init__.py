"""Alembic migrations of the kamdesk schema, shipped inside the package and run from code."""
