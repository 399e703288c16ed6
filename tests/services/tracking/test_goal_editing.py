"""Goals and their dated updates: validation at the field, status, delete and restore."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from kamdesk.domain.enums import Direction, GoalKind, GoalStatus
from kamdesk.services.tracking import goal_editing as goals
from kamdesk.services.tracking.action_editing import create_action, list_actions
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError
from kamdesk.store.orm import Account, TeamMember

TODAY = date(2024, 6, 1)


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Nordlicht GmbH")
        session.add(account)
        session.add(TeamMember(name="Jörg Weiß"))
        session.flush()
        return account.id


def goal_values(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "kind": GoalKind.CUSTOMER,
        "title": "Raise uptime",
        "metric": "Uptime",
        "unit": "%",
        "direction": Direction.INCREASE,
        "baseline": Decimal("90"),
        "target": Decimal("99"),
        "start_on": date(2024, 1, 1),
        "due_on": date(2024, 12, 31),
    }
    values.update(overrides)
    return values


def test_create_and_list_with_status(db: Database, account_id: int) -> None:
    goal_id = goals.create_goal(db, account_id, goal_values(title="  Raise uptime  "))
    goals.add_goal_update(db, goal_id, date(2024, 5, 1), Decimal("95"), "after the upgrade")
    (row,) = goals.list_goals(db, account_id, TODAY)
    assert row.title == "Raise uptime"
    assert row.current == Decimal("95")
    assert row.progress == Decimal("0.5556")
    assert row.status is GoalStatus.ON_TRACK
    assert [u.note for u in row.updates] == ["after the upgrade"]


def test_customer_goals_come_before_internal_ones(db: Database, account_id: int) -> None:
    goals.create_goal(db, account_id, goal_values(kind=GoalKind.INTERNAL, title="Internal"))
    goals.create_goal(db, account_id, goal_values(title="Shared"))
    assert [g.title for g in goals.list_goals(db, account_id, TODAY)] == ["Shared", "Internal"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"target": Decimal("90")}, "target"),
        ({"target": Decimal("80")}, "target"),
        ({"direction": Direction.DECREASE}, "target"),
        ({"due_on": date(2023, 12, 31)}, "due_on"),
        ({"title": "   "}, "title"),
        ({"baseline": "ninety"}, "baseline"),
        ({"target": Decimal("99.12345")}, "target"),
    ],
)
def test_invalid_goal_is_refused_at_its_field(
    db: Database, account_id: int, overrides: dict[str, Any], field: str
) -> None:
    with pytest.raises(ValidationError) as raised:
        goals.create_goal(db, account_id, goal_values(**overrides))
    assert raised.value.field == field
    assert goals.list_goals(db, account_id, TODAY) == ()


def test_update_validates_against_the_stored_values(db: Database, account_id: int) -> None:
    goal_id = goals.create_goal(db, account_id, goal_values())
    row = goals.get_goal(db, goal_id, TODAY)
    with pytest.raises(ValidationError) as raised:
        goals.update_goal(db, goal_id, row.version, {"target": Decimal("90")})
    assert raised.value.field == "target"
    with pytest.raises(ValidationError) as raised:
        goals.update_goal(db, goal_id, row.version, {"start_on": date(2025, 1, 1)})
    assert raised.value.field == "due_on"
    version = goals.update_goal(db, goal_id, row.version, {"target": Decimal("98.5")})
    assert goals.get_goal(db, goal_id, TODAY).target == Decimal("98.5")
    with pytest.raises(ConflictError):
        goals.update_goal(db, goal_id, row.version, {"title": "stale"})
    assert version == row.version + 1


def test_one_update_per_day(db: Database, account_id: int) -> None:
    goal_id = goals.create_goal(db, account_id, goal_values())
    goals.add_goal_update(db, goal_id, date(2024, 3, 1), Decimal("91"))
    with pytest.raises(ValidationError) as raised:
        goals.add_goal_update(db, goal_id, date(2024, 3, 1), Decimal("92"))
    assert raised.value.field == "measured_on"
    other = goals.add_goal_update(db, goal_id, date(2024, 4, 1), Decimal("93"))
    row = goals.get_goal(db, goal_id, TODAY)
    version = row.updates[1].version
    with pytest.raises(ValidationError):
        goals.update_goal_update(db, other, version, {"measured_on": date(2024, 3, 1)})
    goals.update_goal_update(db, other, version, {"value": Decimal("94"), "note": "fixed"})
    assert goals.get_goal(db, goal_id, TODAY).current == Decimal("94")


def test_delete_goal_with_updates_and_restore(db: Database, account_id: int) -> None:
    goal_id = goals.create_goal(db, account_id, goal_values())
    goals.add_goal_update(db, goal_id, date(2024, 3, 1), Decimal("91"))
    action_id = create_action(db, account_id, "Plan the upgrade", {"goal_id": goal_id})
    dependents = goals.goal_dependents(db, goal_id)
    assert (dependents.updates, dependents.actions) == (1, 1)
    deleted = goals.delete_goal(db, goal_id, None)
    assert goals.list_goals(db, account_id, TODAY) == ()
    assert list_actions(db, account_id, TODAY)[0].goal_id is None
    goals.restore_deleted(db, deleted)
    restored = goals.get_goal(db, goal_id, TODAY)
    assert len(restored.updates) == 1
    assert list_actions(db, account_id, TODAY)[0].goal_id == goal_id
    assert list_actions(db, account_id, TODAY)[0].id == action_id


def test_delete_one_update(db: Database, account_id: int) -> None:
    goal_id = goals.create_goal(db, account_id, goal_values())
    update_id = goals.add_goal_update(db, goal_id, date(2024, 3, 1), Decimal("91"))
    deleted = goals.delete_goal_update(db, update_id, None)
    assert goals.get_goal(db, goal_id, TODAY).updates == ()
    goals.restore_deleted(db, deleted)
    assert goals.get_goal(db, goal_id, TODAY).current == Decimal("91")


def test_undo_compares_the_values_it_left(db: Database, account_id: int) -> None:
    goal_id = goals.create_goal(db, account_id, goal_values())
    goals.update_goal(db, goal_id, {"title": "Raise uptime"}, {"title": "B"})
    with pytest.raises(ConflictError):
        goals.update_goal(db, goal_id, {"title": "A"}, {"title": "C"})
    assert goals.get_goal(db, goal_id, TODAY).title == "B"
