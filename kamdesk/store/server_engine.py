"""An engine on a database server, or one sentence on why kamdesk cannot make one.

SQLAlchemy loads the driver a URL names (``postgresql+psycopg2://`` → psycopg2) when the
engine is made; a driver that is not installed, a database kind SQLAlchemy does not know or
a malformed URL would otherwise reach the user as an unexpected Python error.
"""

from __future__ import annotations

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.store.errors import StorageError
from kamdesk.store.location import DatabaseLocation

# The supported way to reach PostgreSQL: psycopg 3, which kamdesk's ``postgres`` extra brings.
POSTGRES_EXTRA = 'pip install "kamdesk[postgres]"'


def server_engine(location: DatabaseLocation) -> Engine:
    """An engine on the server ``location`` names (connections are checked before use)."""
    scheme = location.url.partition("://")[0]
    try:
        return create_engine(location.url, pool_pre_ping=True)
    except ModuleNotFoundError as error:
        raise StorageError(_missing_driver(scheme, error.name or "")) from error
    except NoSuchModuleError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "kamdesk cannot use “{scheme}” databases; give a SQLite file or a "
                "postgresql+psycopg:// URL.",
            ).format(scheme=scheme)
        ) from error
    except (ArgumentError, ValueError) as error:  # ValueError: a port that is not a number
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{location} is not a database URL kamdesk understands ({error}).",
            ).format(location=location.display(), error=error)
        ) from error


def _missing_driver(scheme: str, module: str) -> UserMessage:
    if module.startswith("psycopg2"):
        return QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "“{scheme}” needs the psycopg2 driver, which is not installed: use "
            "postgresql+psycopg:// with kamdesk's postgres extra ({extra}), "
            "or install psycopg2-binary.",
        ).format(scheme=scheme, extra=POSTGRES_EXTRA)
    if module.startswith("psycopg"):
        return QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "“{scheme}” needs the psycopg driver, which is not installed: install kamdesk's "
            "postgres extra ({extra}).",
        ).format(scheme=scheme, extra=POSTGRES_EXTRA)
    return QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "“{scheme}” needs the Python module {module}, which is not installed; kamdesk "
        "supports SQLite files and PostgreSQL through postgresql+psycopg:// ({extra}).",
    ).format(scheme=scheme, module=module, extra=POSTGRES_EXTRA)
