"""Reviews: due dates, starting a review with a snapshot and its changes, recording it."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.enums import Attitude, ReviewCadence, ReviewKind, SnapshotReason
from kamdesk.services.plans import review_start
from kamdesk.services.tracking import review_workflow as reviews
from kamdesk.services.tracking.action_editing import create_action, list_actions, update_action
from kamdesk.services.tracking.revenue_editing import apply_revenue_changes, preview_paste
from kamdesk.services.tracking.review_schedule import add_months, next_review_due
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, PlanSnapshot, Stakeholder

TODAY = date(2024, 6, 1)


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Rhein Chemie", review_cadence=ReviewCadence.QUARTERLY)
        session.add(account)
        session.flush()
        session.add(Stakeholder(account_id=account.id, name="Eva Roth", attitude=Attitude.NEUTRAL))
        return account.id


def snapshots(db: Database, account_id: int) -> list[PlanSnapshot]:
    with db.session() as session:
        return list(session.query(PlanSnapshot).filter_by(account_id=account_id))


def test_add_months_keeps_month_ends() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2024, 11, 15), 3) == date(2025, 2, 15)


def test_next_review_due_rules() -> None:
    never = next_review_due(ReviewCadence.QUARTERLY, None, None, TODAY)
    assert (never.due_on, never.overdue, never.never_reviewed) == (TODAY, False, True)
    by_cadence = next_review_due(ReviewCadence.QUARTERLY, date(2024, 1, 10), None, TODAY)
    assert (by_cadence.due_on, by_cadence.overdue) == (date(2024, 4, 10), True)
    explicit = next_review_due(ReviewCadence.MONTHLY, date(2024, 5, 1), date(2024, 7, 1), TODAY)
    assert (explicit.due_on, explicit.overdue) == (date(2024, 7, 1), False)
    due_today = next_review_due(ReviewCadence.MONTHLY, date(2024, 5, 1), TODAY, TODAY)
    assert due_today.overdue is False


def test_overview_uses_the_newest_review(db: Database, account_id: int) -> None:
    reviews.add_review(db, account_id, {"held_on": date(2023, 10, 1)})
    reviews.add_review(
        db, account_id, {"held_on": date(2024, 2, 1), "kind": ReviewKind.CLIENT, "summary": "ok"}
    )
    overview = reviews.review_overview(db, account_id, TODAY)
    assert [r.held_on for r in overview.reviews] == [date(2024, 2, 1), date(2023, 10, 1)]
    assert overview.next_due == date(2024, 5, 1)
    assert overview.overdue is True


def test_next_review_before_review_is_refused(db: Database, account_id: int) -> None:
    with pytest.raises(ValidationError) as raised:
        reviews.record_review(
            db, account_id, {"held_on": TODAY, "next_review_on": date(2024, 5, 1)}
        )
    assert raised.value.field == "next_review_on"
    review_id = reviews.add_review(db, account_id, {"held_on": TODAY})
    with pytest.raises(ValidationError):
        reviews.update_review(db, review_id, None, {"next_review_on": date(2024, 1, 1)})


def test_first_review_has_no_previous_snapshot(db: Database, account_id: int) -> None:
    start = review_start.start_review(db, account_id, TODAY)
    assert start.previous_taken_at is None
    assert [s.name for s in start.changes.stakeholders_added] == ["Eva Roth"]
    (snapshot,) = snapshots(db, account_id)
    assert snapshot.reason is SnapshotReason.REVIEW
    assert json.loads(snapshot.content)["account"]["name"] == "Rhein Chemie"


def test_second_review_shows_what_changed_and_records(db: Database, account_id: int) -> None:
    action_id = create_action(db, account_id, "Send offer", {"due_on": date(2024, 6, 20)})
    first = review_start.start_review(db, account_id, TODAY)
    reviews.record_review(db, account_id, {"held_on": TODAY}, first.snapshot_id)
    # Between the reviews: an attitude changes, a person joins, an action is done, revenue.
    with db.session() as session:
        eva = session.query(Stakeholder).filter_by(name="Eva Roth").one()
        eva.attitude = Attitude.CHAMPION
        session.add(Stakeholder(account_id=account_id, name="Ole Berg"))
    update_action(db, action_id, list_actions(db, account_id, TODAY)[0].version, {"done": True})
    paste = preview_paste(db, account_id, (2024, 2), "actual", "1.000,00\n", True)
    apply_revenue_changes(db, account_id, paste.changes)

    second = review_start.start_review(db, account_id, date(2024, 9, 1))
    assert second.previous_taken_at == first.taken_at
    assert second.previous_reason is SnapshotReason.REVIEW
    changes = second.changes
    assert [s.name for s in changes.stakeholders_added] == ["Ole Berg"]
    assert [(c.name, c.before, c.after) for c in changes.attitude_changes] == [
        ("Eva Roth", "neutral", "champion")
    ]
    assert [a.title for a in changes.actions_closed] == ["Send offer"]
    assert [(r.year, r.quarter, r.is_new) for r in changes.revenue_changes] == [(2024, 2, True)]
    review_id = reviews.record_review(
        db,
        account_id,
        {
            "held_on": date(2024, 9, 1),
            "kind": ReviewKind.CLIENT,
            "attendees": "Eva Roth, Jörg Weiß",
            "summary": "Good quarter",
            "outcomes": "Extend contract",
            "next_review_on": date(2024, 12, 1),
        },
        second.snapshot_id,
    )
    with db.session() as session:
        linked = session.get(PlanSnapshot, second.snapshot_id)
        assert linked is not None and linked.review_id == review_id
    overview = reviews.review_overview(db, account_id, date(2024, 9, 2))
    assert (overview.next_due, overview.overdue) == (date(2024, 12, 1), False)
    assert overview.reviews[0].outcomes == "Extend contract"


def test_abandoned_start_discards_its_snapshot(db: Database, account_id: int) -> None:
    start = review_start.start_review(db, account_id, TODAY)
    review_start.discard_review_start(db, start.snapshot_id)
    assert snapshots(db, account_id) == []


def test_delete_and_restore_review(db: Database, account_id: int) -> None:
    review_id = reviews.add_review(db, account_id, {"held_on": TODAY, "summary": "kept"})
    deleted = reviews.delete_review(db, review_id, None)
    assert reviews.review_overview(db, account_id, TODAY).reviews == ()
    reviews.restore_review(db, deleted)
    assert reviews.review_overview(db, account_id, TODAY).reviews[0].summary == "kept"


def test_revenue_amounts_keep_cents_in_the_snapshot(db: Database, account_id: int) -> None:
    paste = preview_paste(db, account_id, (2024, 1), "actual", "1234.56\n", False)
    apply_revenue_changes(db, account_id, paste.changes)
    start = review_start.start_review(db, account_id, TODAY)
    (snapshot,) = [s for s in snapshots(db, account_id) if s.id == start.snapshot_id]
    revenue = json.loads(snapshot.content)["revenue"]
    assert Decimal(str(revenue[0]["actual"])) == Decimal("1234.56")
