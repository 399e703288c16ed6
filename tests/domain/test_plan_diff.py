"""Changes between two plan snapshots."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from kamdesk.domain.plan_diff import (
    ClosedAction,
    GoalProgress,
    OpportunityRef,
    RevenueChange,
    StakeholderRef,
    ValueChange,
    changes_since,
)

PREVIOUS: dict[str, Any] = {
    "stakeholders": [
        {
            "name": "Anna",
            "title": "CIO",
            "department": "IT",
            "attitude": "supporter",
            "influence": 4,
            "left": None,
        },
        {
            "name": "Bert",
            "title": "Buyer",
            "department": "Purchasing",
            "attitude": "sceptic",
            "influence": 3,
            "left": None,
        },
        {
            "name": "Carla",
            "title": "CFO",
            "department": "Finance",
            "attitude": "neutral",
            "influence": 5,
            "left": None,
        },
        {
            "name": "Dora",
            "title": "Ex-COO",
            "department": "Ops",
            "attitude": "blocker",
            "influence": 5,
            "left": "2024-01-31",
        },
    ],
    "goals": [
        {
            "title": "Grow share",
            "kind": "internal",
            "current": 10,
            "target": 20,
            "status": "at_risk",
        },
        {
            "title": "Cut tickets",
            "kind": "customer",
            "current": 50,
            "target": 30,
            "status": "on_track",
        },
        {"title": "Old goal", "kind": "internal", "current": 1, "target": 2, "status": "overdue"},
    ],
    "actions": [
        {"title": "Send offer", "done": False, "due": "2025-01-10"},
        {"title": "Book workshop", "done": False},
        {"title": "Already done", "done": True},
        {"title": "Dropped idea", "done": False},
    ],
    "revenue": [
        {"year": 2024, "quarter": 3, "actual": 1000, "plan": 900},
        {"year": 2024, "quarter": 4, "actual": None, "plan": 1000},
    ],
    "opportunities": [
        {"title": "Cloud upsell", "value": 5000, "status": "open", "stage": "proposal"},
    ],
}

CURRENT: dict[str, Any] = {
    "stakeholders": [
        {
            "name": "Anna",
            "title": "CIO",
            "department": "IT",
            "attitude": "champion",
            "influence": 4,
            "left": None,
        },
        {
            "name": "Bert",
            "title": "Buyer",
            "department": "Purchasing",
            "attitude": "sceptic",
            "influence": 4,
            "left": "2025-02-01",
        },
        {
            "name": "Dora",
            "title": "Ex-COO",
            "department": "Ops",
            "attitude": "blocker",
            "influence": 5,
            "left": "2024-01-31",
        },
        {
            "name": "Emil",
            "title": "CTO",
            "department": "IT",
            "attitude": "neutral",
            "influence": 5,
            "left": None,
        },
    ],
    "goals": [
        {
            "title": "Grow share",
            "kind": "internal",
            "current": 15,
            "target": 20,
            "status": "on_track",
        },
        {
            "title": "Cut tickets",
            "kind": "customer",
            "current": 50,
            "target": 30,
            "status": "on_track",
        },
        {
            "title": "New goal",
            "kind": "customer",
            "current": None,
            "target": 5,
            "status": "on_track",
        },
    ],
    "actions": [
        {"title": "Send offer", "done": True, "due": "2025-01-10"},
        {"title": "Book workshop", "done": False},
        {"title": "Call Emil", "done": False},
    ],
    "revenue": [
        {"year": 2024, "quarter": 3, "actual": 1000, "plan": 900},
        {"year": 2024, "quarter": 4, "actual": 1100, "plan": 1000},
        {"year": 2025, "quarter": 1, "actual": None, "plan": 1200},
    ],
    "opportunities": [
        {"title": "Cloud upsell", "value": 5000, "status": "won", "stage": "closed"},
        {"title": "Training", "value": 1200, "status": "open", "stage": "lead"},
    ],
}


def test_full_diff() -> None:
    changes = changes_since(PREVIOUS, CURRENT)
    assert changes.stakeholders_added == (StakeholderRef("Emil", "CTO", "IT"),)
    assert changes.stakeholders_gone == (
        StakeholderRef("Bert", "Buyer", "Purchasing", "left"),
        StakeholderRef("Carla", "CFO", "Finance", "removed"),
    )
    # Bert's influence changed too, but he has left: only people still here are compared.
    assert changes.attitude_changes == (ValueChange("Anna", "supporter", "champion"),)
    assert changes.influence_changes == ()
    assert changes.goals_added == ("New goal",)
    assert changes.goals_removed == ("Old goal",)
    assert changes.goal_progress == (GoalProgress("Grow share", 10, 15, "at_risk", "on_track"),)
    assert changes.actions_new == ("Call Emil",)
    assert changes.actions_closed == (
        ClosedAction("Send offer", removed=False),
        ClosedAction("Dropped idea", removed=True),
    )
    assert changes.revenue_changes == (
        RevenueChange(2024, 4, None, 1100, 1000, 1000, is_new=False),
        RevenueChange(2025, 1, None, None, None, 1200, is_new=True),
    )
    assert changes.opportunities_new == (OpportunityRef("Training", 1200, "open", "lead"),)
    assert changes.opportunity_status_changes == (ValueChange("Cloud upsell", "open", "won"),)
    assert not changes.is_empty


def test_influence_change() -> None:
    before = {"stakeholders": [{"name": "Anna", "influence": 2, "attitude": "neutral"}]}
    after = {"stakeholders": [{"name": "Anna", "influence": 5, "attitude": "neutral"}]}
    changes = changes_since(before, after)
    assert changes.influence_changes == (ValueChange("Anna", 2, 5),)
    assert changes.attitude_changes == ()


def test_returning_stakeholder_counts_as_added() -> None:
    before = {"stakeholders": [{"name": "Dora", "left": "2024-01-31"}]}
    after = {"stakeholders": [{"name": "Dora", "left": None}]}
    assert [s.name for s in changes_since(before, after).stakeholders_added] == ["Dora"]


def test_same_plan_is_empty() -> None:
    changes = changes_since(CURRENT, CURRENT)
    assert changes.is_empty
    assert all(value == [] for value in changes.to_json().values())


def test_missing_sections_count_as_empty() -> None:
    assert changes_since({}, {}).is_empty
    changes = changes_since({}, {"goals": [{"title": "G"}], "revenue": "garbage"})
    assert changes.goals_added == ("G",)
    assert changes.revenue_changes == ()
    everything_gone = changes_since(PREVIOUS, {})
    assert [s.name for s in everything_gone.stakeholders_gone] == ["Anna", "Bert", "Carla"]
    assert everything_gone.goals_removed == ("Grow share", "Cut tickets", "Old goal")
    assert [a.title for a in everything_gone.actions_closed] == [
        "Send offer",
        "Book workshop",
        "Dropped idea",
    ]


def test_duplicate_titles_paired_in_order() -> None:
    before = {"actions": [{"title": "Call", "done": False}, {"title": "Call", "done": False}]}
    after = {"actions": [{"title": "Call", "done": False}, {"title": "Call", "done": True}]}
    assert changes_since(before, after).actions_closed == (ClosedAction("Call", removed=False),)
    after_three = {"actions": [*before["actions"], {"title": "Call", "done": False}]}
    assert changes_since(before, after_three).actions_new == ("Call",)


def test_unnamed_items_ignored() -> None:
    after = {"stakeholders": [{"title": "no name"}, "not a dict"], "actions": [{"title": ""}]}
    assert changes_since({}, after).is_empty


def test_to_json_is_plain_and_serialisable() -> None:
    # Values that are still Python objects (Decimal, date) come out as JSON strings.
    before = {"goals": [{"title": "G", "current": Decimal("1.5"), "status": "at_risk"}]}
    after = {"goals": [{"title": "G", "current": Decimal("2.5"), "status": "at_risk"}]}
    before["stakeholders"] = [{"name": "X", "left": None}]
    after["stakeholders"] = [{"name": "X", "left": date(2025, 1, 1)}]
    data = changes_since(before, after).to_json()
    assert data["goal_progress"] == [
        {
            "title": "G",
            "current_before": "1.5",
            "current_after": "2.5",
            "status_before": "at_risk",
            "status_after": "at_risk",
        }
    ]
    assert data["stakeholders_gone"] == [
        {"name": "X", "title": None, "department": None, "reason": "left"}
    ]
    full = changes_since(PREVIOUS, CURRENT).to_json()
    assert json.loads(json.dumps(full)) == full
    assert full["goals_added"] == ["New goal"]
