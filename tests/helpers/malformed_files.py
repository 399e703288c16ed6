"""A catalogue of files kamdesk must refuse: truncated, bit-flipped, foreign, newer, empty,
folders, unreadable and damaged in kamdesk's own bookkeeping.

Each case is a name, a category and a function that writes the case at a given path, built
from a good kamdesk database's bytes or from scratch. Whether a bit-flipped file is really
malformed is decided independently of kamdesk: by SQLite's full check on a private copy.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kamdesk.store.schema_revisions import head_revision
from tests.helpers.storage_files import (
    broken_index_record,
    broken_schema_with_unreadable_name,
    stale_index,
)

Build = Callable[[Path], None]


@dataclass(frozen=True)
class MalformedCase:
    """One file to refuse."""

    category: str
    name: str
    build: Build


def cases(good: Path, seed: int = 12) -> Iterator[MalformedCase]:
    """Every case, built from the good database ``good`` (closed, no side files)."""
    data = good.read_bytes()
    rng = random.Random(seed)
    yield from _truncated(data, rng)
    yield from _bit_flipped(data, rng)
    yield from _foreign()
    yield from _newer(good)
    yield from _empty()
    yield from _folders(good)
    yield from _kamdesk_damage(good)


def _writer(content: bytes) -> Build:
    return lambda path: path.write_bytes(content)


def _truncated(data: bytes, rng: random.Random) -> Iterator[MalformedCase]:
    page = 4096
    lengths = {1, 15, 16, 17, 50, 99, 100, 101, 512, page - 1, page, page + 1}
    lengths |= {page * k for k in range(2, len(data) // page)}
    while len(lengths) < 60:
        lengths.add(rng.randrange(2, len(data) - 1))
    for length in sorted(lengths)[:60]:
        yield MalformedCase("truncated", f"truncated-{length}", _writer(data[:length]))


def _bit_flipped(data: bytes, rng: random.Random) -> Iterator[MalformedCase]:
    for index in range(120):
        flipped = bytearray(data)
        for _ in range(rng.choice((1, 1, 2, 4, 8))):
            # Half of the flips land in the first pages, where the schema and the b-tree
            # headers live; the others anywhere.
            limit = 3 * 4096 if index % 2 else len(flipped)
            offset = rng.randrange(min(limit, len(flipped)))
            flipped[offset] ^= 1 << rng.randrange(8)
        yield MalformedCase("bit-flipped", f"flipped-{index}", _writer(bytes(flipped)))
    # Flips in the b-tree page headers (type, cell count, content start, cell pointers):
    # where a torn or rotting sector hurts most.
    pages = len(data) // 4096
    for index in range(60):
        flipped = bytearray(data)
        page = rng.randrange(1, pages)
        offset = page * 4096 + rng.randrange(12)
        flipped[offset] ^= 1 << rng.randrange(8)
        yield MalformedCase("bit-flipped", f"page-header-{index}", _writer(bytes(flipped)))


def _sqlite_of_another_program(statements: tuple[str, ...], wal: bool) -> Build:
    def build(path: Path) -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            if wal:
                connection.execute("PRAGMA journal_mode = WAL")
            for statement in statements:
                connection.execute(statement)
        finally:
            connection.close()

    return build


FOREIGN_SCHEMAS: dict[str, tuple[str, ...]] = {
    "songs-table": ("CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('x')"),
    "only-a-view": ("CREATE VIEW answer AS SELECT 42",),
    "empty-alembic-version": ("CREATE TABLE alembic_version (version_num VARCHAR(32))",),
    "other-alembic-app": (
        "CREATE TABLE alembic_version (version_num VARCHAR(32))",
        "INSERT INTO alembic_version VALUES ('ae1027a6acf')",
        "CREATE TABLE users (id INTEGER PRIMARY KEY)",
    ),
    "user-version-only": ("PRAGMA user_version = 7",),
    "application-id-only": ("PRAGMA application_id = 305419896",),
    "account-table-only": ("CREATE TABLE account (id INTEGER PRIMARY KEY, name TEXT)",),
    "trigger-and-index": (
        "CREATE TABLE t (x)",
        "CREATE INDEX ix_t ON t (x)",
        "CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END",
    ),
    "autoincrement": ("CREATE TABLE n (id INTEGER PRIMARY KEY AUTOINCREMENT)",
                      "INSERT INTO n DEFAULT VALUES"),
    "kamdesk-tables-other-id": (
        "CREATE TABLE alembic_version (version_num VARCHAR(32))",
        "INSERT INTO alembic_version VALUES ('0001')",
        "CREATE TABLE account (id INTEGER PRIMARY KEY)",
        "CREATE TABLE company_settings (id INTEGER PRIMARY KEY)",
        "PRAGMA application_id = 1",
    ),
}

NOT_SQLITE: dict[str, bytes] = {
    "text": "Kundenliste\nBrühl AG; Kessler Inc.\n".encode() * 40,
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"0" * 900,
    "xlsx": b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 900,
    "png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 900,
    "json": b'{"accounts": []}' * 50,
    "gzip": zlib.compress(b"SQLite format 3\x00" * 100),
    "sqlite2": b"** This file contains an SQLite 2.1 database **" + b"\x00" * 900,
    "header-without-nul": b"SQLite format 3 " + b"\x00" * 4080,
    "utf16-text": "SQLite format 3".encode("utf-16") * 80,
    "lowercase-header": b"sqlite format 3\x00" + b"\x00" * 4080,
}


def _foreign() -> Iterator[MalformedCase]:
    for name, statements in FOREIGN_SCHEMAS.items():
        for wal in (False, True):
            mode = "wal" if wal else "rollback"
            yield MalformedCase("foreign", f"{name}-{mode}",
                                _sqlite_of_another_program(statements, wal))
    for name, content in NOT_SQLITE.items():
        yield MalformedCase("foreign", f"not-sqlite-{name}", _writer(content))
    for seed in range(20):
        noise = random.Random(seed).randbytes(4096 * (1 + seed % 3))
        yield MalformedCase("foreign", f"random-bytes-{seed}", _writer(noise))


def _copy_then(good: Path, change: Callable[[Path], None]) -> Build:
    def build(path: Path) -> None:
        shutil.copyfile(good, path)
        change(path)

    return build


def _stamp(revision: str, wal: bool) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            connection.execute("PRAGMA journal_mode = " + ("WAL" if wal else "DELETE"))
            connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        finally:
            connection.close()

    return change


def _newer(good: Path) -> Iterator[MalformedCase]:
    # The revision after this kamdesk's newest, as the next release would write it.
    following = f"{int(head_revision()) + 1:04d}"
    revisions = ("9999", following, "0002a", "1000_from_the_future", "ffffffffffff",
                 f"{following}_more_tables", "2", "zz", "0010", "9999_unknown")
    for revision in revisions:
        for wal in (False, True):
            mode = "wal" if wal else "rollback"
            yield MalformedCase("newer", f"revision-{revision}-{mode}",
                                _copy_then(good, _stamp(revision, wal)))


def _empty() -> Iterator[MalformedCase]:
    contents = {
        "zero-bytes": b"",
        "one-byte": b"\x00",
        "newline": b"\n",
        "header-only": b"SQLite format 3\x00",
        "hundred-byte-header": b"SQLite format 3\x00" + b"\x00" * 84,
        "zero-page": b"\x00" * 4096,
        "spaces": b" " * 512,
        "header-and-zero-page": b"SQLite format 3\x00" + b"\x00" * 4080,
        "bom": b"\xef\xbb\xbf",
        "crlf": b"\r\n" * 10,
    }
    for name, content in contents.items():
        yield MalformedCase("empty", name, _writer(content))


def _folder(with_content: Path | None, nested: bool) -> Build:
    def build(path: Path) -> None:
        path.mkdir()
        if with_content is not None:
            shutil.copyfile(with_content, path / ("inner.sqlite3" if nested else "notes.txt"))

    return build


def _folders(good: Path) -> Iterator[MalformedCase]:
    yield MalformedCase("folder", "empty-folder", _folder(None, False))
    yield MalformedCase("folder", "folder-with-a-file", _folder(good, False))
    yield MalformedCase("folder", "folder-with-a-database", _folder(good, True))

    def symlink_to_folder(path: Path) -> None:
        target = path.with_name("real-folder")
        target.mkdir()
        path.symlink_to(target, target_is_directory=True)

    yield MalformedCase("folder", "link-to-a-folder", symlink_to_folder)

    def dangling(path: Path) -> None:
        path.mkdir()
        (path / "kamdesk.sqlite3").mkdir()

    yield MalformedCase("folder", "folder-in-a-folder", dangling)


def _kamdesk_damage(good: Path) -> Iterator[MalformedCase]:
    def sql(*statements: str) -> Callable[[Path], None]:
        def change(path: Path) -> None:
            connection = sqlite3.connect(path, isolation_level=None)
            try:
                for statement in statements:
                    connection.execute(statement)
            finally:
                connection.close()

        return change

    damage: dict[str, Callable[[Path], None]] = {
        "stale-index": stale_index,
        "stale-industry-index": lambda path: stale_index(path, "ix_account_industry",
                                                         "industry = 'Maschinenbau'"),
        "broken-index-record": broken_index_record,
        "schema-name-not-utf8": broken_schema_with_unreadable_name,
        "two-revisions": sql("INSERT INTO alembic_version SELECT version_num || 'x' "
                             "FROM alembic_version"),
        "no-revision": sql("DELETE FROM alembic_version"),
        "platinum-tier": sql("PRAGMA ignore_check_constraints = ON",
                             "UPDATE account SET tier = 'platinum'"),
        "negative-employees": sql("PRAGMA ignore_check_constraints = ON",
                                  "UPDATE account SET employees = -5"),
        "empty-account-name": sql("PRAGMA ignore_check_constraints = ON",
                                  "UPDATE account SET name = '' WHERE rowid = 1"),
        "account-table-dropped": sql("PRAGMA foreign_keys = OFF", "DROP TABLE account"),
        "settings-table-dropped": sql("PRAGMA foreign_keys = OFF",
                                      "DROP TABLE company_settings"),
    }
    for name, change in damage.items():
        yield MalformedCase("kamdesk-damage", name, _copy_then(good, change))


def malformed_by_sqlite(path: Path) -> bool:
    """Whether SQLite itself (or kamdesk's schema rules) finds a file broken: the truth
    a flipped file is judged by, computed on a private read-write copy."""
    scratch = path.with_name(path.name + ".truth")
    shutil.copyfile(path, scratch)
    try:
        connection = sqlite3.connect(scratch, isolation_level=None)
        try:
            result = connection.execute("PRAGMA integrity_check").fetchall()
            if result != [("ok",)]:
                return True
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "account", "company_settings"} <= tables:
                return True
            return len(connection.execute("SELECT * FROM alembic_version").fetchall()) != 1
        finally:
            connection.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return True
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(str(scratch) + suffix).unlink(missing_ok=True)
