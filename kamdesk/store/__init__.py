"""Storage: the SQLAlchemy ORM, the engine and session factory, migrations, backups and checks."""
