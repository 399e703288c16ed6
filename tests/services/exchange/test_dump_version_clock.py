"""A loaded dump keeps conflict detection: no version drawn after the load repeats one."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from kamdesk.services.common.row_editing import create_row, update_fields
from kamdesk.services.exchange.portable_dump import load_dump, write_dump
from kamdesk.store.database import Database, open_database
from kamdesk.store.orm import Account
from tests.helpers.storage_files import empty_database


def test_versions_after_a_load_lie_above_every_loaded_one(db: Database, tmp_path: Path) -> None:
    account, version = create_row(db, Account, {"name": "Hanse Logistik"})
    for city in ("Bremen", "Hamburg", "Kiel", "Lübeck"):
        version = update_fields(db, Account, account, version, {"city": city})
    create_row(db, Account, {"name": "Nordsee AG"})
    dump = tmp_path / "dump.json"
    write_dump(db, dump)

    copy = open_database(empty_database(tmp_path / "copy.sqlite3"), daily_backup=False)
    try:
        load_dump(copy, dump)
        with copy.session() as session:
            loaded = {name: seen for name, seen in session.execute(
                select(Account.name, Account.version))}
        assert loaded["Hanse Logistik"] == version  # versions travel with the rows
        _other, new = create_row(copy, Account, {"name": "Ostsee GmbH"})
        moved = update_fields(copy, Account, account, version, {"city": "Rostock"})
    finally:
        copy.close()
    assert new > max(loaded.values()) and moved > new
