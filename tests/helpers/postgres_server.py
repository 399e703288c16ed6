"""A private PostgreSQL server for one test session, and fresh databases cut from a template.

The cluster lives in a temporary folder, listens on 127.0.0.1 on a free port (no Unix socket
shared with anything else) and is stopped and deleted when the session ends. It is built for
speed, not safety: ``fsync`` and synchronous commits are off, since a test database that a
crash loses costs nothing. Each test gets its own database made with ``CREATE DATABASE …
TEMPLATE`` from one database migrated once per session, which is far quicker than running
the migrations. Copying still takes a few tenths of a second (the server writes a
checkpoint), so the next test's database is made in a background thread while the current
test runs, and a database a test is done with is put back into the template's state there
(tests/helpers/postgres_reset.py: its rows deleted, the template's restored) and handed to
a later test; only one whose schema the test changed is dropped.

``initdb`` refuses to run as root; as root the server runs as the ``postgres`` user
(Debian's package creates it) through ``runuser``.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from tests.helpers.postgres_reset import TemplateState

#: Where Debian and Ubuntu install the server programs (the newest version wins).
DEBIAN_SERVER_FOLDERS = "/usr/lib/postgresql/*/bin"
#: The variable CI sets so that a missing server fails the run instead of skipping.
REQUIRE_VARIABLE = "KAMDESK_REQUIRE_POSTGRES"
#: Names the folder of initdb and pg_ctl instead of looking for them (a folder without
#: them: behave as on a machine without PostgreSQL).
PROGRAMS_VARIABLE = "KAMDESK_POSTGRES_BIN"
TEMPLATE_NAME = "kamdesk_template"
START_TIMEOUT_S = 60


class PostgresUnavailable(Exception):
    """No PostgreSQL server programs on this machine (or they cannot be run here)."""


def server_programs() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl``."""
    given = os.environ.get(PROGRAMS_VARIABLE)
    if given is not None:
        if (Path(given) / "initdb").exists():
            return Path(given)
        raise PostgresUnavailable(f"no initdb in {PROGRAMS_VARIABLE}={given}")
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    folders = sorted(
        Path("/").glob(DEBIAN_SERVER_FOLDERS.lstrip("/")),
        key=lambda folder: _version_key(folder.parent.name),
    )
    for folder in reversed(folders):
        if (folder / "initdb").exists():
            return folder
    raise PostgresUnavailable(
        "PostgreSQL is not installed (no initdb; Debian: apt-get install postgresql)"
    )


def unavailable_reason() -> str | None:
    """Why no private server can be started here, or None when it can (checked cheaply)."""
    try:
        server_programs()
        if os.geteuid() == 0:
            _server_user()
    except PostgresUnavailable as reason:
        return str(reason)
    return None


def _server_user() -> str:
    """As root, the user the server runs as: initdb refuses root."""
    try:
        pwd.getpwnam("postgres")
    except KeyError as error:
        raise PostgresUnavailable(
            "PostgreSQL cannot run as root and there is no postgres user"
        ) from error
    return "postgres"


def _version_key(name: str) -> int:
    return int(name) if name.isdigit() else 0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """A running private cluster; :meth:`stop` ends it and deletes its files."""

    def __init__(self) -> None:
        self.programs = server_programs()
        self.run_as: str | None = None
        if os.geteuid() == 0:
            self.run_as = _server_user()
        self.folder = Path(tempfile.mkdtemp(prefix="kamdesk-postgres-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = _free_port()
        self._names = itertools.count(1)
        # One worker: creations and drops run in the order they were asked for.
        self._background = ThreadPoolExecutor(max_workers=1)
        self._spare: Future[str] | None = None
        self._template_state: TemplateState | None = None
        # Used databases put back into the template's state, ready for the next tests.
        self._reset: list[str] = []
        self._reset_lock = threading.Lock()
        if self.run_as is not None:
            shutil.chown(self.folder, self.run_as, self.run_as)
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )
        options = (
            f"-h 127.0.0.1 -p {self.port} -c unix_socket_directories='' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w",
            "-t", str(START_TIMEOUT_S), "start",
        )

    def url(self, database: str, driver: str = "psycopg") -> str:
        """The SQLAlchemy URL of one database on this server."""
        return f"postgresql+{driver}://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, statement: str, database: str = "postgres") -> None:
        """Run one statement outside a transaction (CREATE/DROP DATABASE need that)."""
        with self._connect(database) as connection:
            connection.execute(statement)

    def _connect(self, database: str, autocommit: bool = True) -> Any:
        """A psycopg connection to one database of this server, as the superuser."""
        import psycopg

        return psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database,
            autocommit=autocommit,
        )

    def make_template(self) -> None:
        """Create the template database and bring it to the newest schema revision."""
        from kamdesk.store.database import open_database

        self.execute(f"CREATE DATABASE {TEMPLATE_NAME}")
        open_database(self.url(TEMPLATE_NAME), daily_backup=False).close()
        with self._connect(TEMPLATE_NAME) as connection:
            self._template_state = TemplateState.read(connection)
        self._spare = self._background.submit(self._copy_template)

    def fresh_database(self) -> str:
        """A migrated, empty database's name: a used one put back, or a copy of the template."""
        with self._reset_lock:
            if self._reset:
                return self._reset.pop()
        assert self._spare is not None, "make_template first"
        name = self._spare.result()
        self._spare = self._background.submit(self._copy_template)
        return name

    def give_back(self, name: str) -> None:
        """A test is done with a :meth:`fresh_database`: reset it for another, in the background."""
        self._background.submit(self._reset_or_drop, name)

    def _reset_or_drop(self, name: str) -> None:
        assert self._template_state is not None
        self.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        )
        with self._connect(name, autocommit=False) as connection:
            restored = self._template_state.restore(connection)
            connection.commit()
        if not restored:
            self.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            return
        with self._reset_lock:
            self._reset.append(name)

    def _copy_template(self) -> str:
        return self.copy_of(TEMPLATE_NAME)

    def copy_of(self, template: str) -> str:
        """A new database's name, a copy of the database ``template`` (no one connected)."""
        name = f"test_{next(self._names)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE {template} STRATEGY FILE_COPY")
        return name

    def empty_database(self) -> str:
        """A new database without any schema."""
        name = f"empty_{next(self._names)}"
        self.execute(f"CREATE DATABASE {name}")
        return name

    def drop(self, name: str) -> None:
        """Delete a database (in the background), ending any connection a test left open."""
        self._background.submit(self.execute, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        self._background.shutdown(wait=True)
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *arguments: str) -> None:
        command: Sequence[str] = [str(self.programs / program), *arguments]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        result = subprocess.run(
            command, capture_output=True, text=True, check=False, timeout=START_TIMEOUT_S * 2
        )
        if result.returncode != 0:
            log = self.log.read_text() if self.log.exists() else ""
            raise RuntimeError(f"{program} failed: {result.stderr.strip()}\n{log}")
