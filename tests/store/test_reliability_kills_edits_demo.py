"""Reliability: SIGKILL during edits and during ``demo --force`` (65 trials).

After every kill the database must open, pass SQLite's full integrity and foreign-key
checks, and hold every change the killed process had reported as done; a demo is all or
nothing.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.store.database import open_database
from kamdesk.store.sqlite_health import file_problems
from tests.helpers.kill_trials import fork_server, run_and_kill
from tests.helpers.storage_files import account_names, empty_database, make_database

pytestmark = pytest.mark.slow

EDIT_TRIALS = 40
DEMO_TRIALS = 25


def intact_names(path: Path) -> set[str]:
    """Open the database as the app would, check it fully, and return its account names."""
    open_database(path).close()
    assert file_problems(path) == []
    return set(account_names(path))


def test_killed_edits_lose_nothing_that_was_committed(tmp_path: Path) -> None:
    db = make_database(tmp_path / "kamdesk.sqlite3")
    context = fork_server()
    rng = random.Random(1201)
    added: set[str] = set()
    deleted: set[str] = set()
    pending: set[str] = set()  # added, and killed perhaps before its delete was reported
    for trial in range(EDIT_TRIALS):
        # Counted from the worker's start, with the server warmed up: it opens the file
        # for about 0.05 s, then commits every few milliseconds until it is killed.
        done = run_and_kill(context, "edit", rng.uniform(0.03, 0.35),
                            tmp_path / f"edit-{trial}.log", str(db), f"t{trial}")
        assert done.exit_code == -9, "the worker must be killed mid-work"
        for line in done.journal:
            verb, name = line.split(" ", 1)
            (added if verb == "added" else deleted).add(name)
        last_added = [line.split(" ", 1)[1] for line in done.journal if line.startswith("added")]
        if last_added and int(last_added[-1].rsplit("-", 1)[1]) % 3 == 2:
            pending.add(last_added[-1])

        names = intact_names(db)

        assert not names & deleted, "a reported delete came back"
        missing = (added - deleted - pending) - names
        assert not missing, f"trial {trial}: committed accounts lost: {sorted(missing)[:5]}"
    assert len(added) > EDIT_TRIALS  # the workers really worked before being killed


def demo_names(folder: Path, size: int) -> tuple[set[str], float]:
    """The accounts a finished demo of ``size`` holds (same seed, same day: same names),
    and how many seconds building it took here and now."""
    path = empty_database(folder / f"reference-{size}.sqlite3")
    db = open_database(path)
    try:
        started = time.perf_counter()
        create_demo_portfolio(db, accounts=size, seed=size)
        took = time.perf_counter() - started
    finally:
        db.close()
    return set(account_names(path)), took


def test_a_killed_demo_leaves_the_old_data_or_the_whole_demo(tmp_path: Path) -> None:
    sizes = (10, 13, 16)  # successive demos differ, so each outcome is recognisable
    built = {size: demo_names(tmp_path, size) for size in sizes}
    whole = {size: names for size, (names, _) in built.items()}
    # Kills spread over one and a half times the slowest build measured in this test: most
    # land inside the demo's transaction, some after it (a fixed window of 2.5 s missed
    # every finish on a loaded machine, and waited needlessly on a quiet one).
    window = 1.5 * max(took for _, took in built.values())
    db = make_database(tmp_path / "kamdesk.sqlite3")
    context = fork_server()
    rng = random.Random(1202)
    outcomes = {"old": 0, "demo": 0}
    names = intact_names(db)
    for trial in range(DEMO_TRIALS):
        before = names  # checked at the end of the last trial; nothing wrote since
        size = sizes[trial % 3]
        done = run_and_kill(context, "demo", rng.uniform(0.02, window),
                            tmp_path / f"demo-{trial}.log", str(db), str(size))

        names = intact_names(db)

        if done.journal == ["demo done"]:
            assert names == whole[size]
        assert names in (before, whole[size]), (
            f"trial {trial}: neither the old data nor the whole demo ({len(names)} accounts)"
        )
        outcomes["old" if names == before else "demo"] += 1
    assert outcomes["old"] and outcomes["demo"], outcomes  # kills landed on both sides
