"""Undo commands: edits undo in turn without false conflicts; real conflicts are caught."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pytestqt.qtbot import QtBot

from kamdesk.services.common.row_editing import create_row, delete_row, restore_rows, update_fields
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, Stakeholder
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.undo_commands import DeleteCommand, FieldEditCommand


def _city(db: Database, account_id: int) -> str:
    with db.session() as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.city


def _edit(
    context: AppContext, account_id: int, version: int, old: str, new: str
) -> FieldEditCommand:
    def update(row_id: int, expected: int | None, values: Mapping[str, Any]) -> int:
        return update_fields(context.db, Account, row_id, expected, values)

    command = FieldEditCommand(context, "Edit city", update, account_id, version,
                               {"city": old}, {"city": new}, "profile", account_id)
    context.undo_stack(account_id).push(command)
    return command


def test_two_edits_of_one_row_undo_and_redo_in_turn(db: Database, context: AppContext) -> None:
    account_id, version = create_row(db, Account, {"name": "Brühl AG", "city": "Brühl"})
    first = _edit(context, account_id, version, "Brühl", "Köln")
    second = _edit(context, account_id, first.version or 0, "Köln", "Bonn")
    stack = context.undo_stack(account_id)
    assert _city(db, account_id) == "Bonn"

    stack.undo()
    assert _city(db, account_id) == "Köln"
    stack.undo()
    assert _city(db, account_id) == "Brühl"
    stack.redo()
    stack.redo()
    assert _city(db, account_id) == "Bonn"
    assert not first.failed and not second.failed


def test_a_change_made_elsewhere_is_not_overwritten_by_undo(
    db: Database, context: AppContext, qtbot: QtBot
) -> None:
    account_id, version = create_row(db, Account, {"name": "Brühl AG", "city": "Brühl"})
    command = _edit(context, account_id, version, "Brühl", "Köln")
    # Someone else (another window) edits the same row meanwhile.
    update_fields(db, Account, account_id, command.version, {"city": "Düsseldorf"})

    with qtbot.waitSignal(context.failed) as failure:
        context.undo_stack(account_id).undo()

    assert "changed elsewhere" in failure.args[0]
    assert command.failed
    assert _city(db, account_id) == "Düsseldorf"


def test_a_delete_undoes_with_its_people(db: Database, context: AppContext) -> None:
    account_id, _ = create_row(db, Account, {"name": "Łódź S.A."})
    create_row(db, Stakeholder, {"account_id": account_id, "name": "Jan Łoś"})
    command = DeleteCommand(
        context, "Delete account",
        lambda: delete_row(db, Account, account_id, None),
        lambda removed: restore_rows(db, removed),
        "all", None,
    )
    context.undo_stack(None).push(command)
    with db.session() as session:
        assert session.get(Account, account_id) is None
    context.undo_stack(None).undo()
    with db.session() as session:
        assert session.get(Account, account_id) is not None
        assert session.query(Stakeholder).count() == 1
