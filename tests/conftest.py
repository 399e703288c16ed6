"""Shared fixtures: an offscreen Qt platform, a fresh migrated database per test.

Tests under tests/store, tests/services and tests/cli that use ``db`` (or ``backend``) run
twice: on a SQLite file and on a private PostgreSQL server (marker ``postgres``; select one
side with ``-m postgres`` or ``-m "not postgres"``). Without PostgreSQL the server cases are
left out with one summary line (not a skip line per file); with
``KAMDESK_REQUIRE_POSTGRES=1`` (CI) they run and fail instead. A test that is
about SQLite files themselves says so with ``@pytest.mark.sqlite_only``; one about what only
a server does, with ``@pytest.mark.postgres_only``.

The schema is migrated once per session, into a template file; each test gets a copy of it.
Running the migrations for every test cost time, and more: SQLAlchemy's ORM caches compiled
statements per dialect, and a new engine's dialect then kept that test's whole migration
(tables, columns, types) alive for the rest of the run, about 10,000 objects a test, which
every later garbage collection walked again.
"""

from __future__ import annotations

import gc
import itertools
import os
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests must never touch the user's real database or settings.
os.environ.pop("KAMDESK_DB", None)

from kamdesk.store.database import Database, open_database
from tests.helpers.cli_runs import CliRun, run_in_process
from tests.helpers.demo_databases import DemoKey, DemoTemplates, copy_database_file
from tests.helpers.postgres_server import (
    REQUIRE_VARIABLE,
    PostgresServer,
    PostgresUnavailable,
    unavailable_reason,
)
from tests.helpers.storage_files import migrated_template_file

# Compiled modules are cached, as Python does by default, even where the environment says
# PYTHONDONTWRITEBYTECODE: without the cache every worker compiled kamdesk and compiled and
# assertion-rewrote all 300 test modules again (collection 16-17 s of CPU against 7 s), and
# every `kamdesk` subprocess of the command tests compiled what it imports. The caches are
# ``__pycache__`` folders (git ignores them), checked against each source file's size and
# time, so an edited file is never run from a stale cache.
sys.dont_write_bytecode = False  # the test modules are imported after this file

#: The test folders whose database tests run on both backends.
BOTH_BACKENDS_FOLDERS = ("store", "services", "cli")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run the database tests of the storage, service and command folders on both backends."""
    if "backend" not in metafunc.fixturenames:
        return
    relative = Path(metafunc.definition.path).relative_to(Path(__file__).parent)
    if relative.parts[0] not in BOTH_BACKENDS_FOLDERS:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return
    postgres = pytest.param("postgres", marks=pytest.mark.postgres)
    only_postgres = metafunc.definition.get_closest_marker("postgres_only")
    metafunc.parametrize(
        "backend", [postgres] if only_postgres else ["sqlite", postgres], indirect=True
    )


#: How many tests a worker runs between two freezes of its heap (see below).
FREEZE_EVERY_TESTS = 100


def pytest_collection_finish(session: pytest.Session) -> None:
    """Collect the worker's heap and freeze what is left: it lives as long as the worker.

    Everything a worker holds between tests (PySide6, SQLAlchemy, reportlab and the test
    modules after collection; later the session's fixtures and the libraries' caches) was
    walked again by every full collection: a quarter of a second each on the 2-core
    machine, a seventh of the CPU of the tests (gen-2 collections 8.0-8.7 s of 65 s on 293
    tests). Frozen objects are not walked; what the tests make after a freeze still is.
    Collecting first frees the garbage, so only live objects are frozen; the few that die
    later in a reference cycle stay until the worker ends (its peak memory was unchanged).
    """
    _collect_and_freeze()


@pytest.hookimpl(trylast=True)
def pytest_runtest_logfinish(nodeid: str, location: tuple[str, int | None, str]) -> None:
    """Freeze again every ``FREEZE_EVERY_TESTS`` tests, once the test is torn down."""
    if next(_tests_finished) % FREEZE_EVERY_TESTS == 0:
        _collect_and_freeze()


_tests_finished = itertools.count(1)


def _collect_and_freeze() -> None:
    gc.collect()
    gc.freeze()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The slow tests first; without PostgreSQL, its cases left out unless CI requires them.

    Spread over workers, a minute-long test that starts last keeps one worker busy while
    the others are done; started first, it runs while the others share out the quick ones.
    The sort is stable, so the order within each group stays as collected.
    """
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
    _leave_out_server_cases_without_a_server(config, items)


def _leave_out_server_cases_without_a_server(
    config: pytest.Config, items: list[pytest.Item]
) -> None:
    server_cases = [item for item in items if item.get_closest_marker("postgres")]
    if not server_cases or os.environ.get(REQUIRE_VARIABLE) == "1":
        return
    reason = unavailable_reason()
    if reason is None:
        return
    config.hook.pytest_deselected(items=server_cases)
    items[:] = [item for item in items if not item.get_closest_marker("postgres")]
    line = f"{len(server_cases)} PostgreSQL cases not run: {reason}"
    config.stash[_POSTGRES_LEFT_OUT] = line
    # Under pytest-xdist each worker collects and the controller prints the summary; a
    # worker's ``workeroutput`` is what it hands the controller when it finishes.
    worker_output = getattr(config, "workeroutput", None)
    if worker_output is not None:
        worker_output[_POSTGRES_LEFT_OUT_KEY] = line


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """The controller takes the left-out line from a worker that finished (pytest-xdist)."""
    line = getattr(node, "workeroutput", {}).get(_POSTGRES_LEFT_OUT_KEY)
    if line is not None:
        node.config.stash[_POSTGRES_LEFT_OUT] = line


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """The one line saying that (and why) the PostgreSQL cases did not run."""
    line = config.stash.get(_POSTGRES_LEFT_OUT, None)
    if line is not None:
        terminalreporter.write_line(f"SKIPPED {line}", yellow=True)


_POSTGRES_LEFT_OUT = pytest.StashKey[str]()
_POSTGRES_LEFT_OUT_KEY = "kamdesk_postgres_left_out"


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Which database the test runs on: ``sqlite`` unless parametrised to ``postgres``."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture(scope="session")
def _postgres_session() -> Iterator[PostgresServer | PostgresUnavailable]:
    """The session's PostgreSQL server, started on first use; or why there is none."""
    try:
        server = PostgresServer()
    except PostgresUnavailable as reason:
        yield reason
        return
    try:
        server.make_template()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_server(_postgres_session: PostgresServer | PostgresUnavailable) -> PostgresServer:
    """The running server; skips (fails under ``KAMDESK_REQUIRE_POSTGRES=1``) without one."""
    if isinstance(_postgres_session, PostgresUnavailable):
        message = f"PostgreSQL cases not run: {_postgres_session}"
        if os.environ.get(REQUIRE_VARIABLE) == "1":
            pytest.fail(f"{message}, but {REQUIRE_VARIABLE}=1 requires them", pytrace=False)
        pytest.skip(message)
    return _postgres_session


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """The URL of a fresh, migrated, empty PostgreSQL database, deleted after the test."""
    name = postgres_server.fresh_database()
    yield postgres_server.url(name)
    postgres_server.give_back(name)


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, db_path: Path) -> str:
    """What ``--db`` names for a fresh, migrated, empty database on the test's backend."""
    if backend == "postgres":
        return str(request.getfixturevalue("postgres_url"))
    return str(copy_database_file(request.getfixturevalue("migrated_template"), db_path))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file lives (not yet created)."""
    return tmp_path / "kamdesk.sqlite3"


@pytest.fixture(scope="session")
def migrated_template() -> Path:
    """An empty database at the newest schema revision, made once; copy it, never open it.

    The same file the storage helpers copy (tests/helpers/storage_files.py): one per process.
    """
    return migrated_template_file()


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    """A fresh, migrated, empty database (a copy of the session's template)."""
    database = open_database(database_url, daily_backup=False)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_templates(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplates:
    """The session's demo portfolios, each built once (tests/helpers/demo_databases.py)."""
    return DemoTemplates(tmp_path_factory.mktemp("demo-templates"))


@pytest.fixture
def demo_database(
    backend: str,
    request: pytest.FixtureRequest,
    tmp_path: Path,
    demo_templates: DemoTemplates,
) -> Iterator[Callable[..., Database]]:
    """Opens a database of the test's own holding a demo portfolio, on the test's backend.

    Call it as ``demo_database(accounts=12, seed=7, today=TODAY)``; the demo is built once
    per session for those arguments and copied for each test, which may change its copy.
    """
    opened: list[Database] = []
    server_copies: list[tuple[PostgresServer, str]] = []

    def open_copy(accounts: int = 12, seed: int = 7, today: date | None = None) -> Database:
        key = DemoKey(accounts, seed, today or date.today())
        if backend == "postgres":
            server: PostgresServer = request.getfixturevalue("postgres_server")
            name = demo_templates.server_copy(key, server)
            server_copies.append((server, name))
            url = server.url(name)
        else:
            url = str(demo_templates.file_copy(key, tmp_path / f"{key.label}.sqlite3"))
        database = open_database(url, daily_backup=False)
        opened.append(database)
        return database

    yield open_copy
    for database in opened:
        database.close()
    for server, name in server_copies:
        server.drop(name)


@pytest.fixture
def kamdesk_in_process(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliRun]:
    """``kamdesk_in_process(*argv)`` runs ``kamdesk ARGV`` here (tests/helpers/cli_runs.py)."""
    return lambda *argv: run_in_process(capsys, *argv)


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the user data and settings folders at a temporary place."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
