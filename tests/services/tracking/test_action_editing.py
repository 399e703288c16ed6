"""Action items: done dates, overdue, goal of the same account only."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.enums import GoalKind
from kamdesk.services.tracking import action_editing as actions
from kamdesk.services.tracking.goal_editing import create_goal
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account

TODAY = date(2024, 6, 1)


@pytest.fixture
def accounts(db: Database) -> tuple[int, int]:
    with db.session() as session:
        first, second = Account(name="Alpha AG"), Account(name="Beta KG")
        session.add_all([first, second])
        session.flush()
        return first.id, second.id


def _goal(db: Database, account_id: int) -> int:
    return create_goal(
        db,
        account_id,
        {
            "kind": GoalKind.INTERNAL,
            "title": "Grow share",
            "baseline": Decimal(10),
            "target": Decimal(20),
            "start_on": date(2024, 1, 1),
            "due_on": date(2024, 12, 31),
        },
    )


def test_open_actions_sorted_and_overdue_marked(db: Database, accounts: tuple[int, int]) -> None:
    account = accounts[0]
    actions.create_action(db, account, "Later", {"due_on": date(2024, 7, 1)})
    actions.create_action(db, account, "Late", {"due_on": date(2024, 5, 1)})
    actions.create_action(db, account, "Today", {"due_on": TODAY})
    actions.create_action(db, account, "Whenever")
    actions.create_action(db, account, "Closed", {"due_on": date(2024, 1, 1), "done": True}, TODAY)
    rows = actions.list_actions(db, account, TODAY)
    assert [r.title for r in rows] == ["Late", "Today", "Later", "Whenever", "Closed"]
    assert [r.overdue for r in rows] == [True, False, False, False, False]
    assert rows[-1].done_on == TODAY


def test_done_records_and_clears_the_day(db: Database, accounts: tuple[int, int]) -> None:
    action_id = actions.create_action(db, accounts[0], "Call the CFO")
    row = actions.list_actions(db, accounts[0], TODAY)[0]
    version = actions.update_action(db, action_id, row.version, {"done": True}, today=TODAY)
    assert actions.list_actions(db, accounts[0], TODAY)[0].done_on == TODAY
    actions.update_action(db, action_id, version, {"done": False}, today=TODAY)
    row = actions.list_actions(db, accounts[0], TODAY)[0]
    assert (row.done, row.done_on) == (False, None)


def test_title_required(db: Database, accounts: tuple[int, int]) -> None:
    with pytest.raises(ValidationError) as raised:
        actions.create_action(db, accounts[0], "  ")
    assert raised.value.field == "title"
    action_id = actions.create_action(db, accounts[0], "Fine")
    with pytest.raises(ValidationError):
        actions.update_action(db, action_id, None, {"title": ""})
    assert actions.list_actions(db, accounts[0], TODAY)[0].title == "Fine"


def test_goal_must_belong_to_the_account(db: Database, accounts: tuple[int, int]) -> None:
    own_goal, other_goal = _goal(db, accounts[0]), _goal(db, accounts[1])
    with pytest.raises(ValidationError) as raised:
        actions.create_action(db, accounts[0], "Wrong goal", {"goal_id": other_goal})
    assert raised.value.field == "goal_id"
    action_id = actions.create_action(db, accounts[0], "Right goal", {"goal_id": own_goal})
    row = actions.list_actions(db, accounts[0], TODAY)[0]
    assert (row.id, row.goal) == (action_id, "Grow share")
    assert [c.title for c in actions.goal_choices(db, accounts[0])] == ["Grow share"]


def test_delete_and_restore(db: Database, accounts: tuple[int, int]) -> None:
    shared = {"shared_with_client": True}
    action_id = actions.create_action(db, accounts[0], "Send proposal", shared)
    deleted = actions.delete_action(db, action_id, None)
    assert actions.list_actions(db, accounts[0], TODAY) == ()
    actions.restore_action(db, deleted)
    (row,) = actions.list_actions(db, accounts[0], TODAY)
    assert (row.id, row.shared_with_client) == (action_id, True)
