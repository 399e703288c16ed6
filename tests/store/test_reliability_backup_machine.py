"""Reliability: backup, restore and pruning of several databases in one folder never lose
the newest good copy (a hypothesis state machine).

Four databases share a folder and a backups folder; two share a name prefix, one carries
the other's full name as its prefix, one has ``#`` and a space in its name. Hypothesis
edits, backs up, damages and restores them in any order. After every step each database's
backups are exactly the ones the model expects, complete, verified and holding the content
they were taken with, and the newest good copy of every database is still there.
"""

from __future__ import annotations

import functools
import hashlib
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from kamdesk.services.common.row_editing import create_row
from kamdesk.store.backup_files import BackupFile, own_backups, write_backup
from kamdesk.store.database import open_database
from kamdesk.store.database_restore import restore_backup
from kamdesk.store.errors import DamagedDatabaseError, StorageError
from kamdesk.store.file_inspection import inspect_database_file
from kamdesk.store.orm import Account
from kamdesk.store.sqlite_health import file_problems
from tests.helpers.storage_files import account_names, make_database, stale_index

pytestmark = pytest.mark.slow

NAMES = ("kunden.db", "kunden-archiv.db", "kunden.db.alt", "k #1.sqlite3")
KEEP = 3


@functools.cache
def template() -> Path:
    """An empty, migrated kamdesk database to copy (migrating four per example is slow)."""
    return make_database(Path(tempfile.mkdtemp(prefix="kamdesk-template-")) / "t.sqlite3",
                         accounts=())


@functools.cache
def first_state(name: str) -> Path:
    """The database ``name`` as every example starts it: the template and its first account.

    Made once and copied into each example: opening four databases to write the same row
    into each cost a fifth of the run, and every example starts from the same files.
    """
    path = Path(tempfile.mkdtemp(prefix="kamdesk-first-")) / name
    shutil.copyfile(template(), path)
    db = open_database(path, daily_backup=False)
    try:
        create_row(db, Account, {"name": f"{name} first"})
    finally:
        db.close()  # closing checkpoints the WAL into the file
    return path


class BackupRotation(RuleBasedStateMachine):
    """The model: per database its content, and its backups (oldest first) with theirs."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="kamdesk-machine-"))
        self.content: dict[str, frozenset[str]] = {}
        self.backups: dict[str, list[tuple[Path, frozenset[str]]]] = {}
        self.pruned: list[tuple[str, Path]] = []
        self.damaged: set[str] = set()
        self.verified: dict[Path, str] = {}
        self.counter = 0

    @initialize()
    def make_databases(self) -> None:
        for name in NAMES:
            shutil.copyfile(first_state(name), self.path(name))
            self.content[name] = frozenset(account_names(self.path(name)))
            self.backups[name] = []

    def path(self, name: str) -> Path:
        return self.folder / name

    def healthy(self) -> list[str]:
        return [n for n in NAMES if n not in self.damaged]

    def backed_up(self) -> list[str]:
        return [n for n in NAMES if self.backups[n]]

    @precondition(lambda self: bool(self.healthy()))
    @rule(index=st.integers(0, len(NAMES) - 1))
    def edit(self, index: int) -> None:
        name = self.healthy()[index % len(self.healthy())]
        self.counter += 1
        marker = f"{name} edit {self.counter}"
        db = open_database(self.path(name), daily_backup=False)
        try:
            create_row(db, Account, {"name": marker})
        finally:
            db.close()
        self.content[name] = self.content[name] | {marker}

    @precondition(lambda self: bool(self.healthy()))
    @rule(index=st.integers(0, len(NAMES) - 1), reason=st.sampled_from(["manual", "daily"]))
    def back_up(self, index: int, reason: str) -> None:
        name = self.healthy()[index % len(self.healthy())]
        written = write_backup(self.path(name), reason, keep=KEEP)
        self.record(name, written, self.content[name], protect=None)

    @precondition(lambda self: any(n not in self.damaged for n in self.backed_up()))
    @rule(index=st.integers(0, len(NAMES) - 1))
    def damage(self, index: int) -> None:
        candidates = [n for n in self.backed_up() if n not in self.damaged]
        name = candidates[index % len(candidates)]
        stale_index(self.path(name), "ix_account_industry", "industry = 'Stale ' || id")
        self.damaged.add(name)
        before = own_backups(self.path(name))
        with pytest.raises(DamagedDatabaseError):
            inspect_database_file(self.path(name))
        with pytest.raises(StorageError, match="integrity"):  # never backed up, not even
            write_backup(self.path(name), "manual", keep=KEEP)  # past the open-time check
        assert own_backups(self.path(name)) == before

    @precondition(lambda self: bool(self.backed_up()))
    @rule(index=st.integers(0, len(NAMES) - 1), which=st.integers(0, KEEP))
    def restore(self, index: int, which: int) -> None:
        name = self.backed_up()[index % len(self.backed_up())]
        source, restored = self.backups[name][which % len(self.backups[name])]
        result = restore_backup(self.path(name), source, keep=KEEP)
        if name in self.damaged:  # its bytes are kept aside, outside the rotation
            assert result.safety_backup is None and result.set_aside is not None
            assert result.set_aside.is_file()
            self.damaged.discard(name)
        else:
            assert result.safety_backup is not None and result.set_aside is None
            self.record(name, result.safety_backup, self.content[name], protect=source)
        self.content[name] = restored
        assert source.exists(), "the backup being restored was pruned"

    @precondition(lambda self: bool(self.pruned))
    @rule(which=st.integers(0, 100))
    def restore_a_pruned_backup(self, which: int) -> None:
        name, source = self.pruned[which % len(self.pruned)]
        before = self.path(name).read_bytes()
        with pytest.raises(StorageError, match="no backup file"):
            restore_backup(self.path(name), source, keep=KEEP)
        assert self.path(name).read_bytes() == before

    def record(self, name: str, written: Path, content: frozenset[str],
               protect: Path | None) -> None:
        """Add a backup to the model and prune it the way the rotation must."""
        entries = [*self.backups[name], (written, content)]
        kept = {p for p, _ in entries[-KEEP:]} | {protect}
        self.backups[name] = [e for e in entries if e[0] in kept]
        self.pruned += [(name, p) for p, _ in entries if p not in kept]

    @invariant()
    def rotation_matches_the_model(self) -> None:
        for name in self.content:
            found: list[BackupFile] = own_backups(self.path(name))
            assert [b.path for b in found] == [p for p, _ in self.backups[name]], name
            for path, content in self.backups[name]:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                if path not in self.verified:  # checked fully once, then it must not change
                    assert file_problems(path) == [], path.name
                    assert frozenset(account_names(path)) == content, path.name
                    self.verified[path] = digest
                assert self.verified[path] == digest, f"{path.name} changed"

    @invariant()
    def healthy_databases_hold_their_content(self) -> None:
        for name in self.content:
            if name not in self.damaged:
                assert frozenset(account_names(self.path(name))) == self.content[name]

    @invariant()
    def nothing_half_written_is_left(self) -> None:
        assert not [p.name for p in self.folder.rglob(".*")]

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


BackupRotation.TestCase.settings = settings(
    max_examples=10, stateful_step_count=25, deadline=None
)
test_backup_rotation_never_loses_the_newest_good_copy = BackupRotation.TestCase


def test_a_damaged_database_is_refused_with_its_newest_good_backup_named(tmp_path: Path) -> None:
    db = make_database(tmp_path / "kunden.db")
    neighbour = make_database(tmp_path / "kunden-archiv.db")
    good = write_backup(db, "manual")
    write_backup(neighbour, "manual")  # newer, but another database's
    stale_index(db)
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(db)
    assert str(good) in str(refused.value)
