"""One person editing an account, as a separate process, in step with another one.

``python -m tests.helpers.racing_editor DB ACCOUNT INDUSTRY FOLDER``: reads the account's
profile (and so its version), says so by creating ``FOLDER/ready-INDUSTRY``, waits for
``FOLDER/go``, then saves the industry with the version it read, like the app's profile tab.
Prints ``saved`` (exit 0), or the one-sentence message of the refusal on stderr (exit 1).

The tests start it with :func:`start_editor`: a child of a multiprocessing fork server that
has kamdesk imported already, so an editor is a process of its own (its own connection, its
own interpreter state) that starts in milliseconds instead of a second or more of imports.
Its stdout and stderr go to files the test reads.
"""

from __future__ import annotations

import os
import sys
import time
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from pathlib import Path

from kamdesk.services.profile.account_profile_editing import load_profile, update_profile
from kamdesk.store.database import open_database
from kamdesk.store.errors import ConflictError
from tests.helpers.fork_servers import CHILD_MODULES, preloaded_fork_server


def main(database: str, account_id: int, industry: str, folder: Path) -> int:
    """Read, wait for the starting signal, write; the exit code says who won."""
    db = open_database(database, daily_backup=False)
    try:
        seen = load_profile(db, account_id).version
        (folder / f"ready-{industry}").touch()
        while not (folder / "go").exists():
            time.sleep(0.005)
        try:
            update_profile(db, account_id, seen, {"industry": industry})
        except ConflictError as error:
            print(error, file=sys.stderr)
            return 1
        print("saved")
        return 0
    finally:
        db.close()


def fork_server() -> ForkServerContext:
    """The fork-server context, with this module (and so kamdesk) imported in the server."""
    assert __name__ in CHILD_MODULES
    return preloaded_fork_server()


def output_files(folder: Path, industry: str) -> tuple[Path, Path]:
    """Where the editor saving ``industry`` writes its stdout and its stderr."""
    return folder / f"{industry}.out", folder / f"{industry}.err"


def start_editor(
    context: ForkServerContext, environment: dict[str, str], database: str, account_id: int,
    industry: str, folder: Path,
) -> BaseProcess:
    """Start an editor process; its exit code is the process's ``exitcode``."""
    process = context.Process(
        target=_editor_process, args=(environment, database, account_id, industry, folder)
    )
    process.start()
    return process


def _editor_process(
    environment: dict[str, str], database: str, account_id: int, industry: str, folder: Path
) -> None:
    # The fork server's environment is the one of the test that started it.
    os.environ.clear()
    os.environ.update(environment)
    for stream, path in zip((sys.stdout, sys.stderr), output_files(folder, industry),
                            strict=True):
        stream.flush()
        with open(path, "w", encoding="utf-8") as file:
            os.dup2(file.fileno(), stream.fileno())
    sys.exit(main(database, account_id, industry, folder))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])))
