"""A person erased on a server is found in, and purged from, this user's dumps of it.

On the session's PostgreSQL server: a demo database is dumped as the daily and a manual
backup, a person is erased, the dumps holding them are listed and purged; the purged files'
text no longer names them, and each loads into an empty server database with every row but
the erased person's (and the history that named them) as it was. Damaged dumps and dumps of
an older schema are named and left byte-for-byte; the dump's path is written only by the
one rename that puts the checked copy in its place.
"""

from __future__ import annotations

import dataclasses
import json
import math
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.services.admin.person_in_backups import (
    backups_holding,
    erasure_preview,
    purge_from_backups,
)
from kamdesk.services.admin.personal_data_in_server_dumps import ERASED_TABLES, rows_of
from kamdesk.services.admin.server_backups import (
    server_backup_folder,
    server_dump_files,
    write_server_backup,
)
from kamdesk.services.exchange.portable_dump import (
    dump_data,
    load_dump,
    read_dump,
    tables_checksum,
)
from kamdesk.services.stakeholders.personal_data_erasure import erase_people
from kamdesk.store.backup_files import PARTIAL_PREFIX
from kamdesk.store.database import Database, open_database
from kamdesk.store.orm import Stakeholder
from kamdesk.store.schema_revisions import head_revision, known_revisions
from tests.helpers.kill_trials import fork_server, run_and_kill
from tests.helpers.postgres_server import PostgresServer

pytestmark = [pytest.mark.slow, pytest.mark.postgres_only]


@pytest.fixture
def demo_db(demo_database: Callable[..., Database]) -> Database:
    return demo_database(accounts=12, seed=7, today=date(2026, 11, 28))


def quiet_person(db: Database) -> tuple[int, tuple[str, str, str]]:
    """A person with e-mail and phone whom no text outside their own history names."""
    with db.session() as session:
        candidates = session.execute(
            select(Stakeholder.id, Stakeholder.name, Stakeholder.email, Stakeholder.phone)
            .where(Stakeholder.email != "", Stakeholder.phone != "").order_by(Stakeholder.id)
        ).all()
    for key, name, email, phone in candidates:
        if not erasure_preview(db, key).mentions_left:
            return int(key), (name, email, phone)
    raise AssertionError("the demo has nobody whom no text names")


def test_dumps_holding_the_person_are_listed_and_purged(
    demo_db: Database, postgres_server: PostgresServer
) -> None:
    person, terms = quiet_person(demo_db)
    daily = write_server_backup(demo_db, "daily").path
    manual = write_server_backup(demo_db, "manual").path
    before = {path: json.loads(path.read_bytes()) for path in (daily, manual)}
    assert all(any(term in path.read_text("utf-8") for term in terms) for path in before)

    holding = backups_holding(demo_db, person)

    assert holding.server_dumps
    assert [b.path for b in holding.backups] == [daily, manual]
    assert [(b.taken_at, b.reason) for b in holding.backups] == [
        (dump.taken_at, dump.reason) for dump in server_dump_files(demo_db.location)
    ]
    assert [b.reason for b in holding.backups] == ["daily", "manual"]
    assert all(b.stakeholder_ids == (person,) for b in holding.backups)
    assert holding.unreadable == ()

    erase_people(demo_db, [person])
    result = purge_from_backups(demo_db, holding)

    assert result.purged == (daily, manual) and result.refused == ()
    for path in (daily, manual):
        text = path.read_text("utf-8")
        assert not [term for term in terms if term in text]
        after = json.loads(text)
        assert after["written_at"] == before[path]["written_at"]
        assert after["schema_revision"] == before[path]["schema_revision"]
    # No private copy left behind: the folder holds the two dumps and nothing else.
    assert sorted(p.name for p in server_backup_folder().iterdir()) == sorted(
        [daily.name, manual.name]
    )
    assert backups_holding(demo_db, person).backups == ()

    # The purged dump loads into an empty database, every other row as it was.
    empty = open_database(postgres_server.url(postgres_server.empty_database()))
    try:
        load_dump(empty, manual)
        loaded = dump_data(empty)["tables"]
    finally:
        empty.close()
    original = before[manual]["tables"]
    assert set(loaded) == set(original)
    changed: dict[str, list[Any]] = {}
    for name, table in original.items():
        assert loaded[name]["columns"] == table["columns"]
        assert len(loaded[name]["rows"]) == len(table["rows"])
        for old, new in zip(table["rows"], loaded[name]["rows"], strict=True):
            if old != new:
                changed.setdefault(name, []).append(old)
    assert set(changed) <= ERASED_TABLES
    columns = original["stakeholder"]["columns"]
    erased_row = dict(zip(columns, changed["stakeholder"][0], strict=True))
    assert [row[0] for row in changed["stakeholder"]] == [person] == [erased_row["id"]]
    for name in ERASED_TABLES - {"stakeholder", "stakeholder_link"}:
        # The history rewritten is exactly the rows that named the person.
        assert all(any(term in json.dumps(row, ensure_ascii=False) for term in terms)
                   for row in changed.get(name, []))
    rows_now = {row[0]: dict(zip(columns, row, strict=True))
                for row in loaded["stakeholder"]["rows"]}
    assert rows_now[person]["name"].startswith("Former contact ")
    assert rows_now[person]["email"] == rows_now[person]["phone"] == ""


def test_a_person_renamed_or_erased_since_is_found_by_their_row(demo_db: Database) -> None:
    person, (name, _email, _phone) = quiet_person(demo_db)
    dump = write_server_backup(demo_db, "manual").path
    with demo_db.session() as session:
        row = session.get(Stakeholder, person)
        assert row is not None
        row.name, row.email, row.phone = "Renamed Since", "", ""

    assert [b.path for b in backups_holding(demo_db, person).backups] == [dump]

    erase_people(demo_db, [person])  # without purging: now "Former contact 1" here
    holding = backups_holding(demo_db, person)
    assert holding.person.name == "Former contact 1"
    assert [b.stakeholder_ids for b in holding.backups] == [(person,)]
    assert purge_from_backups(demo_db, holding).purged == (dump,)
    assert name not in dump.read_text("utf-8")
    assert backups_holding(demo_db, person).backups == ()


def test_a_damaged_or_older_dump_is_named_and_left_byte_for_byte(demo_db: Database) -> None:
    person, _terms = quiet_person(demo_db)
    good = write_server_backup(demo_db, "manual").path
    truncated = write_server_backup(demo_db, "manual").path
    truncated.write_bytes(truncated.read_bytes()[:5000])
    older = write_server_backup(demo_db, "daily").path
    data = json.loads(older.read_bytes())
    data["schema_revision"] = max(known_revisions() - {head_revision()})
    data["sha256"] = tables_checksum(data["tables"])
    older.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    kept = {path: path.read_bytes() for path in (truncated, older)}

    holding = backups_holding(demo_db, person)

    assert [b.path for b in holding.backups] == [good, older]
    assert [r.path for r in holding.unreadable] == [truncated]
    assert holding.unreadable[0].reason == (
        f"The server dump {truncated.name} is damaged or not a kamdesk dump; it was left "
        "as it was."
    )
    erase_people(demo_db, [person])
    result = purge_from_backups(demo_db, holding)

    assert result.purged == (good,)
    assert [r.path for r in result.refused] == [truncated, older]
    assert "written by an older kamdesk" in result.refused[1].reason
    assert {path: path.read_bytes() for path in kept} == kept


@contextmanager
def writes_recorded() -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    """Every file opened for writing and every rename, as Python's audit events report them."""
    events: list[tuple[str, tuple[Any, ...]]] = []
    recording = [True]

    def hook(event: str, arguments: tuple[Any, ...]) -> None:
        if not recording[0]:
            return
        if event == "open":
            _path, mode, flags = arguments
            writing = any(flag in mode for flag in "wax+") if isinstance(mode, str) else (
                isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR))
            if writing:
                events.append((event, arguments))
        elif event in ("os.rename", "os.remove", "os.truncate", "os.link", "shutil.copyfile"):
            events.append((event, arguments))

    sys.addaudithook(hook)  # audit hooks cannot be removed: this one goes quiet instead
    try:
        yield events
    finally:
        recording[0] = False


def test_the_dumps_path_is_written_only_by_the_rename_of_the_checked_copy(
    demo_db: Database,
) -> None:
    person, _terms = quiet_person(demo_db)
    dump = write_server_backup(demo_db, "manual").path
    # A purged copy a killed purge left behind (its process is gone) is cleared away.
    leftover = dump.parent / f"{PARTIAL_PREFIX}999999999-0badc0de.json"
    leftover.write_text("{", "utf-8")
    holding = backups_holding(demo_db, person)
    erase_people(demo_db, [person])

    with writes_recorded() as events:
        result = purge_from_backups(demo_db, holding)

    assert result.purged == (dump,)
    touching = [(event, args) for event, args in events
                if any(str(a) == str(dump) for a in args if isinstance(a, str | Path))]
    assert len(touching) == 1
    event, (source, target, *_rest) = touching[0]
    # os.replace raises the audit event "os.rename" (CPython uses one for both).
    assert event == "os.rename" and str(target) == str(dump)
    assert Path(source).parent == dump.parent and Path(source).name.startswith(PARTIAL_PREFIX)
    # The copy was complete before the rename: it was opened, written and closed first.
    copy_writes = [index for index, (name, args) in enumerate(events)
                   if name == "open" and str(args[0]) == str(source)]
    assert copy_writes and copy_writes[0] < events.index(touching[0])
    assert not leftover.exists()
    assert sorted(p.name for p in dump.parent.iterdir()) == [dump.name]


KILL_TRIALS = 12


def test_a_killed_purge_leaves_the_old_dump_or_the_purged_one(demo_db: Database) -> None:
    person, terms = quiet_person(demo_db)
    dump = write_server_backup(demo_db, "manual").path
    old = dump.read_bytes()
    held = backups_holding(demo_db, person)
    erase_people(demo_db, [person])
    as_json = json.dumps(dataclasses.asdict(held.person))
    context = fork_server()
    # How long one purge takes in a worker, then kills spread on a log scale from 1 ms to
    # twice that, so that some land before the rename and some after.
    journal = dump.parent.parent / "journal.txt"
    started = time.perf_counter()
    whole = run_and_kill(context, "purge-dumps", 120, journal, demo_db.location.url, as_json)
    longest = math.log(2 * (time.perf_counter() - started))
    assert whole.journal == ["purged 1"]
    purged = dump.read_bytes()
    assert purged != old
    rng = random.Random(1129)
    outcomes = {"old": 0, "purged": 0}
    for _trial in range(KILL_TRIALS):
        dump.write_bytes(old)
        journal.unlink(missing_ok=True)
        run_and_kill(context, "purge-dumps", math.exp(rng.uniform(math.log(0.001), longest)),
                     journal, demo_db.location.url, as_json)
        now = dump.read_bytes()
        if now == old:
            outcomes["old"] += 1
        else:
            # Whole and purged: it reads as a dump and no longer holds the person.
            assert rows_of(read_dump(dump), held.person) == ()
            assert not any(term.encode() in now for term in terms)
            outcomes["purged"] += 1
        visible = [p.name for p in dump.parent.iterdir() if not p.name.startswith(".")]
        assert visible == [dump.name]
    assert outcomes["old"] and outcomes["purged"], outcomes
    # The next purge clears what killed ones left under the hidden prefix.
    dump.write_bytes(old)
    assert purge_from_backups(demo_db, held).purged == (dump,)
    assert [p.name for p in dump.parent.iterdir()] == [dump.name]
