"""Where the database lives: a file in the user data folder, or a path or URL the user gives."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir

ENVIRONMENT_VARIABLE = "KAMDESK_DB"
DEFAULT_FILE_NAME = "kamdesk.sqlite3"


@dataclass(frozen=True)
class DatabaseLocation:
    """A resolved database location: a SQLite file path, or a server URL."""

    url: str
    path: Path | None
    # True only for the default file (no --db, no KAMDESK_DB): its folder is kamdesk's own
    # and may be created on first use; a folder the user names is never created (a typo).
    is_default: bool = False

    @property
    def is_sqlite_file(self) -> bool:
        """True for a SQLite file (backups and file checks apply)."""
        return self.path is not None

    def display(self) -> str:
        """The location as a user should see it (no password)."""
        if self.path is not None:
            return str(self.path)
        return _hide_password(self.url)


def default_database_path() -> Path:
    """The default SQLite file in the user's data folder."""
    return Path(user_data_dir("kamdesk", appauthor=False)) / DEFAULT_FILE_NAME


def resolve_location(given: str | os.PathLike[str] | None = None) -> DatabaseLocation:
    """The location from ``--db``, else ``KAMDESK_DB``, else the default file."""
    raw = os.fspath(given) if given is not None else os.environ.get(ENVIRONMENT_VARIABLE)
    if raw and "://" in raw:
        if raw.startswith("sqlite:///") and len(raw) > len("sqlite:///"):
            path = Path(raw[len("sqlite:///"):]).expanduser().absolute()
            return DatabaseLocation(url=f"sqlite:///{path}", path=path)
        return DatabaseLocation(url=raw, path=None)
    if raw:
        path = Path(raw).expanduser().absolute()
        return DatabaseLocation(url=f"sqlite:///{path}", path=path)
    path = default_database_path()
    return DatabaseLocation(url=f"sqlite:///{path}", path=path, is_default=True)


def _hide_password(url: str) -> str:
    scheme, _, rest = url.partition("://")
    credentials, at, host = rest.rpartition("@")
    if not at:
        return url
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"
