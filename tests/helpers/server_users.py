"""A team member's machine around real kamdesk processes on the session's PostgreSQL server.

Their environment is shared with this process (so that a command run in-process, such as
the day's first command that writes the day's dump, writes where the user's processes
look), the server database is a copy of the session's demo of today, and their backup
folder is where kamdesk writes the server's dumps.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.demo_databases import DemoKey, DemoTemplates
from tests.helpers.postgres_server import PostgresServer
from tests.helpers.processes import user_environment

#: The demo the server copies hold: what ``kamdesk demo --accounts 12 --seed 7`` makes today.
SERVER_DEMO = (12, 7)


def shared_user_environment(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A user's environment under ``root``; this process gets the same home and data folders."""
    environment = user_environment(root)
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, environment[name])
    return environment


def server_demo(postgres_server: PostgresServer, demo_templates: DemoTemplates) -> Iterator[str]:
    """The URL of a server copy of the session's demo of today, dropped afterwards.

    Making it with the command took a whole process and a demo build, 7-9 s of a test's
    setup here.
    """
    name = demo_templates.server_copy(DemoKey(*SERVER_DEMO, date.today()), postgres_server)
    yield postgres_server.url(name)
    postgres_server.drop(name)


def backup_files(environment: dict[str, str]) -> list[Path]:
    """The files in the user's backup folder (the server's dumps), by name."""
    folder = Path(environment["XDG_DATA_HOME"]) / "kamdesk" / "backups"
    return sorted(folder.iterdir()) if folder.is_dir() else []
