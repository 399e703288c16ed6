"""The one edit protocol: edits undo in turn without false conflicts, real conflicts are
said once and leave no step behind, and every application publishes the same change."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pytestqt.qtbot import QtBot

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.common.compare_and_set import Seen
from kamdesk.services.common.row_deletion import delete_row, restore_rows
from kamdesk.services.common.row_editing import create_row, update_fields
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, Stakeholder
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.edit_commands import AddRowCommand, DeleteRowCommand, UpdateRowCommand


def _city(db: Database, account_id: int) -> str:
    with db.session() as session:
        account = session.get(Account, account_id)
        assert account is not None
        return account.city


def _edit_city(
    context: AppContext, account_id: int, seen: int, old: str, new: str, origin: object = None
) -> UpdateRowCommand:
    def update(row_id: int, seen: Seen, values: Mapping[str, Any]) -> int:
        return update_fields(context.db, Account, row_id, seen, values)

    return UpdateRowCommand(context, f"City {new}", DataKind.PROFILE, account_id, update,
                            account_id, seen, {"city": old}, {"city": new}, origin)


def _texts(context: AppContext, account_id: int) -> list[str]:
    stack = context.undo_stack(account_id)
    return [stack.text(index) for index in range(stack.count())]


def test_two_edits_of_one_row_undo_and_redo_in_turn(db: Database, context: AppContext) -> None:
    account_id, version = create_row(db, Account, {"name": "Brühl AG", "city": "Brühl"})
    first = _edit_city(context, account_id, version, "Brühl", "Köln")
    assert context.push(first) is None
    assert first.version is not None
    assert context.push(_edit_city(context, account_id, first.version, "Köln", "Bonn")) is None
    stack = context.undo_stack(account_id)
    stack.undo()
    assert _city(db, account_id) == "Köln"
    stack.undo()
    assert _city(db, account_id) == "Brühl"
    stack.redo()
    stack.redo()
    assert _city(db, account_id) == "Bonn"
    assert (stack.index(), _texts(context, account_id)) == (2, ["City Köln", "City Bonn"])


def test_an_undo_refused_says_so_once_and_leaves_no_phantom_step(
    db: Database, context: AppContext, qtbot: QtBot
) -> None:
    account_id, version = create_row(db, Account, {"name": "Brühl AG", "city": "Brühl"})
    first = _edit_city(context, account_id, version, "Brühl", "Köln")
    context.push(first)
    assert first.version is not None
    second = _edit_city(context, account_id, first.version, "Köln", "Bonn")
    context.push(second)
    # Someone else (another window) edits the same row meanwhile.
    update_fields(db, Account, account_id, None, {"city": "Düsseldorf"})
    messages: list[str] = []
    context.failed.connect(messages.append)

    context.undo_stack(account_id).undo()

    assert len(messages) == 1 and "changed elsewhere" in messages[0]
    assert _city(db, account_id) == "Düsseldorf"
    stack = context.undo_stack(account_id)
    assert (stack.count(), stack.index(), _texts(context, account_id)) == (1, 1, ["City Köln"])
    assert stack.undoText() == "City Köln" and not stack.canRedo()


def test_an_edit_refused_at_once_is_never_a_step(db: Database, context: AppContext) -> None:
    account_id, version = create_row(db, Account, {"name": "Brühl AG", "city": "Brühl"})
    update_fields(db, Account, account_id, None, {"city": "Düsseldorf"})  # elsewhere
    messages: list[str] = []
    context.failed.connect(messages.append)
    refusal = context.push(_edit_city(context, account_id, version, "Brühl", "Köln"))
    assert refusal is not None and messages == [str(refusal)]
    assert context.undo_stack(account_id).count() == 0
    assert _city(db, account_id) == "Düsseldorf"


def test_edit_undo_and_redo_publish_the_same_change(db: Database, context: AppContext) -> None:
    account_id, version = create_row(db, Account, {"name": "Brühl AG", "city": "Brühl"})
    changes: list[Change] = []
    context.changed.connect(changes.append)
    view = object()
    context.push(_edit_city(context, account_id, version, "Brühl", "Köln", origin=view))
    context.undo_stack(account_id).undo()
    context.undo_stack(account_id).redo()
    expected = Change.of(DataKind.PROFILE, account_id, (account_id,), ("city",))
    assert changes == [expected] * 3
    # Only the edit itself comes from the view: undo and redo must reach it too.
    assert [change.origin for change in changes] == [view, None, None]


def test_deletes_and_adds_undo_and_redo_whatever_version_a_restore_gives(
    db: Database, context: AppContext
) -> None:
    account_id, _ = create_row(db, Account, {"name": "Łódź S.A."})
    person, version = create_row(db, Stakeholder, {"account_id": account_id, "name": "Jan"})

    def delete(row_id: int, seen: Seen) -> Any:
        return delete_row(db, Stakeholder, row_id, seen)

    def restore(removed: Any) -> None:
        restore_rows(db, removed)

    context.push(DeleteRowCommand(context, "Delete Jan", DataKind.STAKEHOLDERS, account_id,
                                  delete, restore, person, version))
    stack = context.undo_stack(account_id)
    stack.undo()
    # The restored row's version is the store's business: the redo expects its values.
    update_fields(db, Stakeholder, person, None, {"title": "moves the version"})
    update_fields(db, Stakeholder, person, None, {"title": ""})
    stack.redo()
    with db.session() as session:
        assert session.get(Stakeholder, person) is None
    added = AddRowCommand(
        context, "Add Eva", DataKind.STAKEHOLDERS, account_id,
        lambda: create_row(db, Stakeholder, {"account_id": account_id, "name": "Eva"})[0],
        delete, restore,
    )
    context.push(added)
    for step in (stack.undo, stack.redo, stack.undo, stack.redo):
        step()
    with db.session() as session:
        assert session.get(Stakeholder, added.row_id) is not None
    assert stack.count() == 2 and stack.index() == 2
