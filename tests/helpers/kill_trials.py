"""SIGKILL trials: a worker process does real storage work and is killed at a random moment.

The workers run in children of a multiprocessing fork server that has kamdesk imported
already, so a trial costs milliseconds to start instead of a second of imports. Each worker
appends a line to its journal file after every operation that has returned (committed): a
kill cannot take back what the kernel already holds, so the journal lists exactly the work
the user was told is done.

A trial's delay counts from the moment the worker begins its work (it sets an event first),
not from ``start()``: on a busy machine a process may wait to be scheduled, and a delay that
counted that wait would often kill a worker that had not begun. A worker that finishes
before its delay ends is not waited for any longer (its kill would have missed anyway).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from multiprocessing.context import ForkServerContext
from multiprocessing.synchronize import Event
from pathlib import Path

import sqlalchemy.dialects.sqlite  # noqa: F401  (imported in the fork server: see _warm_up)
from sqlalchemy.orm import configure_mappers

import kamdesk.store.change_clock  # noqa: F401  (likewise)
from kamdesk.services.admin.database_maintenance import backup_database, restore_database
from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.common.row_editing import create_row, delete_row
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account
from tests.helpers.fork_servers import CHILD_MODULES, preloaded_fork_server

#: Environment variables that decide where kamdesk keeps state (passed on to each worker).
STATE_VARIABLES = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "HOME")
#: How long a worker may take to begin on a busy machine; a hang still fails the trial.
BEGIN_TIMEOUT_S = 60


@dataclass(frozen=True)
class Trial:
    """One kill: what ran, after how long it was killed, and what it said it finished."""

    kind: str
    delay: float
    journal: list[str]
    exit_code: int | None


def _warm_up() -> None:
    """Do in the fork server what every worker would otherwise do before its first write.

    Profiled in a forked worker: ``_configure_registries`` 0.27 s and the SQLite dialect's
    imports 0.09 s of the first 0.6 s, before the first commit. Each trial forked from a
    cold server spent most of its delay there, so most kills missed the writes they are
    meant to interrupt. Done here once, a worker commits within milliseconds of starting.
    """
    configure_mappers()


_warm_up()


def fork_server() -> ForkServerContext:
    """The fork-server context, with this module (and so kamdesk) imported in the server."""
    assert __name__ in CHILD_MODULES
    return preloaded_fork_server()


def run_and_kill(
    context: ForkServerContext, kind: str, delay: float, journal: Path, *arguments: str
) -> Trial:
    """Start worker ``kind``, SIGKILL it ``delay`` seconds into its work, return what it did."""
    environment = {name: os.environ.get(name, "") for name in STATE_VARIABLES}
    begun = context.Event()
    process = context.Process(
        target=WORKERS[kind], args=(environment, begun, str(journal), *arguments), daemon=True
    )
    process.start()
    assert begun.wait(BEGIN_TIMEOUT_S), f"the {kind} worker never began"
    process.join(delay)  # returns early when the worker has finished
    if process.is_alive():
        # Process.kill sends SIGKILL and lets pass a worker that ended in the meantime
        # (os.kill raised ProcessLookupError when the fork server had reaped it first).
        process.kill()
    process.join(30)
    lines = journal.read_text(encoding="utf-8").splitlines() if journal.exists() else []
    return Trial(kind, delay, lines, process.exitcode)


def _start(environment: dict[str, str], begun: Event) -> None:
    os.environ.update({name: value for name, value in environment.items() if value})
    begun.set()


def _note(journal: str, line: str) -> None:
    with open(journal, "a", encoding="utf-8") as handle:
        handle.write(line + "\n")


def edit_forever(
    environment: dict[str, str], begun: Event, journal: str, db_path: str, tag: str
) -> None:
    """Add accounts and delete every third one again, noting each committed change."""
    _start(environment, begun)
    db = open_database(db_path)
    index = 0
    while True:
        name = f"{tag}-{index}"
        account_id, version = create_row(db, Account, {"name": name, "city": "Köln"})
        _note(journal, f"added {name}")
        if index % 3 == 2:
            delete_row(db, Account, account_id, version)
            _note(journal, f"deleted {name}")
        index += 1


def make_demo(
    environment: dict[str, str], begun: Event, journal: str, db_path: str, accounts: str
) -> None:
    """Replace the database's content with a demo portfolio (all or nothing)."""
    _start(environment, begun)
    db = open_database(db_path)
    try:
        create_demo_portfolio(db, accounts=int(accounts), seed=int(accounts), force=True)
    finally:
        db.close()
    _note(journal, "demo done")


def restore(
    environment: dict[str, str], begun: Event, journal: str, db_path: str, source: str
) -> None:
    """Restore ``source`` over the database."""
    _start(environment, begun)
    restore_database(db_path, Path(source))
    _note(journal, "restore done")


def back_up(
    environment: dict[str, str], begun: Event, journal: str, db_path: str, reason: str
) -> None:
    """Take a backup: the daily one an open takes, or a manual one."""
    _start(environment, begun)
    if reason == "daily":
        open_database(db_path).close()
    else:
        backup_database(db_path, None)
    _note(journal, "backup done")


def purge_dumps(
    environment: dict[str, str], begun: Event, journal: str, url: str, person: str
) -> None:
    """Purge a person (``person``: their terms as JSON) from the server database's dumps."""
    import json

    from kamdesk.services.admin.personal_data_in_server_dumps import (
        dumps_holding,
        purge_from_dumps,
    )
    from kamdesk.services.stakeholders.personal_data_in_backups import PersonTerms

    _start(environment, begun)
    db = open_database(url, migrate=False)
    try:
        result = purge_from_dumps(dumps_holding(db, PersonTerms(**json.loads(person))))
    finally:
        db.close()
    _note(journal, f"purged {len(result.purged)}")


WORKERS = {"edit": edit_forever, "demo": make_demo, "restore": restore, "backup": back_up,
           "purge-dumps": purge_dumps}
