"""Plan reviews: the schedule and the reviews held (recorded, added, changed, deleted).

Starting a review (a snapshot and "what changed") is plan assembly's work and lives in
:mod:`kamdesk.services.plans.review_start`; recording the review links that snapshot to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain.enums import ReviewCadence, ReviewKind
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.compare_and_set import Seen, translate_integrity_errors
from kamdesk.services.common.row_deletion import DeletedRows, restore_rows
from kamdesk.services.common.row_editing import RowEditor, only_fields
from kamdesk.services.tracking.review_reads import (
    ReviewRow,
    latest_snapshot,
    read_reviews,
    review_account,
)
from kamdesk.services.tracking.review_schedule import next_review_due
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import PlanSnapshot, Review

REVIEW_FIELDS = frozenset(
    {"held_on", "kind", "attendees", "summary", "outcomes", "next_review_on",
     "shared_with_client"}
)


@dataclass(frozen=True)
class ReviewOverview:
    """An account's review cadence, history and next due date."""

    account_id: int
    account_name: str
    cadence: ReviewCadence
    reviews: tuple[ReviewRow, ...]  # newest first
    next_due: date
    overdue: bool
    never_reviewed: bool
    last_snapshot_at: datetime | None


def review_overview(db: Database, account_id: int, today: date | None = None) -> ReviewOverview:
    """The account's reviews, newest first, and when the next one is due."""
    day = today or date.today()
    with db.session() as session:
        account = review_account(session, account_id)
        reviews = read_reviews(session, account_id)
        last = reviews[0] if reviews else None
        due = next_review_due(
            account.review_cadence,
            last.held_on if last else None,
            last.next_review_on if last else None,
            day,
        )
        snapshot = latest_snapshot(session, account_id)
        return ReviewOverview(
            account_id=account.id,
            account_name=account.name,
            cadence=account.review_cadence,
            reviews=reviews,
            next_due=due.due_on,
            overdue=due.overdue,
            never_reviewed=due.never_reviewed,
            last_snapshot_at=snapshot.taken_at if snapshot else None,
        )


def check_review(values: Mapping[str, Any]) -> None:
    """Refuse a review without a date, or whose next review lies before it."""
    held = values.get("held_on")
    if not isinstance(held, date):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "A review needs the date it was held."),
            field="held_on")
    following = values.get("next_review_on")
    if following is not None and following < held:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "The next review cannot be before this one."),
            field="next_review_on"
        )


def record_review(
    db: Database, account_id: int, values: Mapping[str, Any], snapshot_id: int | None = None
) -> int:
    """Record a review held (linking the snapshot taken when it started); returns its id."""
    only_fields(values, REVIEW_FIELDS, "review")
    check_review(values)
    row = {"kind": ReviewKind.INTERNAL, **values, "account_id": account_id}
    with translate_integrity_errors(), db.session() as session:
        review_account(session, account_id)
        review = Review(**row)
        session.add(review)
        session.flush()
        if snapshot_id is not None:
            snapshot = session.get(PlanSnapshot, snapshot_id)
            if snapshot is not None and snapshot.account_id == account_id:
                snapshot.review_id = review.id
        return review.id


def _only_review_fields(values: Mapping[str, Any]) -> dict[str, Any]:
    return only_fields(values, REVIEW_FIELDS | {"account_id"}, "review")


def _check(session: Session, review: Review | None, values: Mapping[str, Any]) -> None:
    if review is None:
        review_account(session, values["account_id"])
        check_review(values)
    else:
        check_review({name: getattr(review, name) for name in REVIEW_FIELDS} | dict(values))


REVIEWS = RowEditor(Review, _only_review_fields, _check)


def add_review(db: Database, account_id: int, values: Mapping[str, Any]) -> int:
    """Add a review without a snapshot (a past review entered afterwards); returns its id."""
    return REVIEWS.create(db, {"kind": ReviewKind.INTERNAL, **values, "account_id": account_id})


def update_review(db: Database, review_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
    """Change fields of a review if it is as the caller saw it; returns its new version."""
    return REVIEWS.update(db, review_id, seen, changes)


def delete_review(db: Database, review_id: int, seen: Seen) -> DeletedRows:
    """Delete a review (its snapshot stays, unlinked); returns what to restore."""
    return REVIEWS.delete(db, review_id, seen)


def restore_review(db: Database, deleted: DeletedRows) -> None:
    """Undo a delete of a review."""
    restore_rows(db, deleted)
