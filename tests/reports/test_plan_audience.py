"""The client view keeps nothing internal at the data level."""

from __future__ import annotations

from decimal import Decimal

from plan_factory import MARKERS, rich_plan

from kamdesk.domain.enums import Attitude, GoalKind, ReviewKind
from kamdesk.domain.plain_json import dumps
from kamdesk.domain.plan_audience import client_view


def test_no_internal_marker_survives_in_the_data() -> None:
    text = dumps(client_view(rich_plan()))
    for name, marker in MARKERS.items():
        if name == "clv":
            continue  # a formatted number, checked in the PDF test
        assert marker not in text, name


def test_stakeholders_are_neutralised_and_leavers_dropped() -> None:
    view = client_view(rich_plan())
    assert view.stakeholders
    for person in view.stakeholders:
        assert person.attitude == Attitude.NEUTRAL
        assert person.influence == 0 and person.relationship_strength == 0
        assert person.owner is None and person.owner_initials is None
        assert person.notes == "" and person.freshness == "" and person.last_contact is None
        assert person.buying_centers == () and person.left is None


def test_internal_sections_are_emptied() -> None:
    view = client_view(rich_plan())
    assert view.links == () and view.buying_centers == () and view.competitors == ()
    assert view.swot == () and view.opportunities == () and view.scorecard is None
    assert view.whitespace.cells == () and view.whitespace.units == ()
    assert view.pipeline.weighted == 0 and view.changes_since_last_review is None
    assert view.account.notes == "" and not view.review_overdue
    assert view.departments_without_contact == ()


def test_goals_actions_reviews_keep_only_the_shared_ones() -> None:
    plan = rich_plan()
    view = client_view(plan)
    assert {g.kind for g in view.goals} == {GoalKind.CUSTOMER}
    assert all(u.note == "" for g in view.goals for u in g.updates)
    assert all(a.shared_with_client for a in view.actions)
    assert len(view.actions) == sum(a.shared_with_client for a in plan.actions)
    assert {r.kind for r in view.reviews} == {ReviewKind.CLIENT}
    assert [r.summary for r in view.reviews] == ["Joint review of uptime"]  # shared only
    assert [i.summary for i in view.interactions] == [
        "Plant tour in Brno with the maintenance team"
    ]
    assert view.interactions[0].next_steps == "Send the training academy brochure"


def test_unshared_entries_are_dropped_not_blanked() -> None:
    plan = rich_plan()
    view = client_view(plan)
    assert len(view.interactions) == sum(i.shared_with_client for i in plan.interactions) == 1
    assert all(i.summary for i in view.interactions)
    assert len(view.reviews) == 1 and view.reviews[0].outcomes == "Agreed the workshop"
    assert view.needs == ()


def test_revenue_keeps_actuals_drops_plan_and_clv() -> None:
    plan = rich_plan()
    view = client_view(plan)
    assert [r.actual for r in view.revenue] == [r.actual for r in plan.revenue]
    assert all(r.plan is None and r.vs_plan is None for r in view.revenue)
    assert view.revenue_summary is not None and view.revenue_summary.clv == Decimal(0)


def test_the_original_is_untouched() -> None:
    plan = rich_plan()
    before = dumps(plan)
    client_view(plan)
    assert dumps(plan) == before
