"""An import is one step: undo removes and restores exactly what it wrote, redo puts it back."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from kamdesk.domain.import_fields import ImportKind
from kamdesk.services.exchange.import_changes import redo_changes, undo_changes
from kamdesk.services.exchange.import_runner import ImportCancelled, ImportRequest, run_import
from kamdesk.services.profile.account_profile_editing import create_account, update_profile
from kamdesk.services.tracking.action_editing import create_action
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError
from kamdesk.store.orm import Account, Base
from tests.helpers.import_files import write_german_csv

pytestmark = pytest.mark.slow


def _everything(db: Database) -> dict[str, list[dict[str, Any]]]:
    with db.session() as session:
        return {
            table.name: [dict(row) for row in session.execute(
                select(table).order_by(*table.primary_key.columns)).mappings()]
            for table in Base.metadata.sorted_tables
        }


def _without(rows: list[dict[str, Any]], *names: str) -> list[dict[str, Any]]:
    return [{k: v for k, v in row.items() if k not in names} for row in rows]


def test_undo_and_redo_of_an_import(db: Database, tmp_path: Path) -> None:
    create_account(db, "Bäckerei Müller & Söhne 001 GmbH")
    before = _everything(db)
    report = run_import(db, ImportRequest(ImportKind.ACCOUNTS,
                                          write_german_csv(tmp_path / "k.csv", rows=5)))
    assert (report.created, report.updated) == (4, 1)
    assert report.changes is not None
    after = _everything(db)
    now = datetime.now(UTC)
    undo_changes(db, report.changes, now)
    undone = _everything(db)
    assert undone["team_member"] == []
    # The updated account has its old values back, at a newer version (as every write).
    assert _without(undone["account"], "version", "updated_at") == _without(
        before["account"], "version", "updated_at")
    assert undone["account"][0]["version"] > after["account"][0]["version"]
    redo_changes(db, report.changes, now)
    redone = _everything(db)
    assert _without(redone["account"], "version", "updated_at") == _without(
        after["account"], "version", "updated_at")
    assert redone["team_member"] == after["team_member"]


def test_undo_refuses_when_imported_rows_changed_or_grew_children(
    db: Database, tmp_path: Path
) -> None:
    report = run_import(db, ImportRequest(ImportKind.ACCOUNTS,
                                          write_german_csv(tmp_path / "k.csv", rows=2)))
    assert report.changes is not None
    with db.session() as session:
        first, second = session.execute(select(Account.id).order_by(Account.id)).scalars()
    create_action(db, second, "Call")
    with pytest.raises(ConflictError, match="added to what this import created"):
        undo_changes(db, report.changes, datetime.now(UTC))
    update_profile(db, first, None, {"city": "Bonn"})
    with pytest.raises(ConflictError, match="changed or deleted elsewhere"):
        undo_changes(db, report.changes, datetime.now(UTC))
    with db.session() as session:
        assert len(session.execute(select(Account.id)).all()) == 2  # nothing was removed


def test_cancelling_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = write_german_csv(tmp_path / "k.csv", rows=300)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < total  # cancel once the plan is made, just before the commit

    with pytest.raises(ImportCancelled):
        run_import(db, ImportRequest(ImportKind.ACCOUNTS, path), progress=progress)
    assert calls[-1][0] == calls[-1][1]
    assert _everything(db)["account"] == []
