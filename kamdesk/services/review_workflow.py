"""Plan reviews: the schedule, starting a review with "what changed", recording it.

Starting a review stores a snapshot of the whole plan (reason "review") and compares it with
the previous snapshot of the account (taken at a review or an export), so the meeting opens
with what changed since last time. Recording the review then links that snapshot to it. A
review started and abandoned discards its snapshot, so a glance at the changes does not
reset them.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import ReviewCadence, ReviewKind, SnapshotReason
from kamdesk.domain.plain_json import to_json_value
from kamdesk.domain.plan_diff import PlanChanges, changes_since
from kamdesk.services.expected_values import check_expected
from kamdesk.services.plan_assembly import assemble_in_session
from kamdesk.services.review_schedule import next_review_due
from kamdesk.services.row_editing import (
    DeletedRows,
    create_row,
    delete_row,
    restore_rows,
    translate_integrity_errors,
    update_fields,
)
from kamdesk.store.column_types import utc_now
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError, ValidationError
from kamdesk.store.orm import Account, PlanSnapshot, Review

REVIEW_FIELDS = frozenset(
    {"held_on", "kind", "attendees", "summary", "outcomes", "next_review_on"}
)


@dataclass(frozen=True)
class ReviewRow:
    """A review held."""

    id: int
    version: int
    held_on: date
    kind: ReviewKind
    attendees: str
    summary: str
    outcomes: str
    next_review_on: date | None


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


@dataclass(frozen=True)
class ReviewStart:
    """A review just started: its snapshot and what changed since the previous one."""

    snapshot_id: int
    taken_at: datetime
    previous_taken_at: datetime | None  # None: the first snapshot of the account
    previous_reason: SnapshotReason | None
    changes: PlanChanges


def review_overview(db: Database, account_id: int, today: date | None = None) -> ReviewOverview:
    """The account's reviews, newest first, and when the next one is due."""
    day = today or date.today()
    with db.session() as session:
        account = _account(session, account_id)
        reviews = read_reviews(session, account_id)
        last = reviews[0] if reviews else None
        due = next_review_due(
            account.review_cadence,
            last.held_on if last else None,
            last.next_review_on if last else None,
            day,
        )
        snapshot = _latest_snapshot(session, account_id)
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


def read_reviews(session: Session, account_id: int) -> tuple[ReviewRow, ...]:
    """The account's reviews, newest first (inside a running unit of work)."""
    rows = session.scalars(
        select(Review)
        .where(Review.account_id == account_id)
        .order_by(Review.held_on.desc(), Review.id.desc())
    )
    return tuple(
        ReviewRow(
            r.id, r.version, r.held_on, r.kind, r.attendees, r.summary, r.outcomes,
            r.next_review_on,
        )
        for r in rows
    )


def _account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFoundError("This account no longer exists; it was deleted elsewhere.")
    return account


def _latest_snapshot(session: Session, account_id: int) -> PlanSnapshot | None:
    return session.scalars(
        select(PlanSnapshot)
        .where(PlanSnapshot.account_id == account_id)
        .order_by(PlanSnapshot.taken_at.desc(), PlanSnapshot.id.desc())
        .limit(1)
    ).first()


def latest_snapshot_content(session: Session, account_id: int) -> dict[str, Any] | None:
    """The newest snapshot's plan as a JSON dict (None: no snapshot, or unreadable)."""
    snapshot = _latest_snapshot(session, account_id)
    if snapshot is None:
        return None
    try:
        content = json.loads(snapshot.content)
    except ValueError:
        return None  # a damaged snapshot must not stop the plan: treat it as absent
    return content if isinstance(content, dict) else None


def start_review(db: Database, account_id: int, today: date | None = None) -> ReviewStart:
    """Store a snapshot of the plan now and return what changed since the previous one."""
    with db.session() as session:
        account = _account(session, account_id)
        previous = _latest_snapshot(session, account_id)
        previous_content = latest_snapshot_content(session, account_id) or {}
        current = to_json_value(assemble_in_session(session, account, today))
        snapshot = PlanSnapshot(
            account_id=account_id,
            taken_at=utc_now(),
            reason=SnapshotReason.REVIEW,
            content=json.dumps(current, ensure_ascii=False),
        )
        session.add(snapshot)
        session.flush()
        return ReviewStart(
            snapshot_id=snapshot.id,
            taken_at=snapshot.taken_at,
            previous_taken_at=previous.taken_at if previous else None,
            previous_reason=previous.reason if previous else None,
            changes=changes_since(previous_content, current),
        )


def discard_review_start(db: Database, snapshot_id: int) -> None:
    """Forget the snapshot of a review that was started but not recorded."""
    with db.session() as session:
        snapshot = session.get(PlanSnapshot, snapshot_id)
        if snapshot is not None and snapshot.review_id is None:
            session.delete(snapshot)


def check_review(values: Mapping[str, Any]) -> None:
    """Refuse a review without a date, or whose next review lies before it."""
    held = values.get("held_on")
    if not isinstance(held, date):
        raise ValidationError("A review needs the date it was held.", field="held_on")
    following = values.get("next_review_on")
    if following is not None and following < held:
        raise ValidationError(
            "The next review cannot be before this one.", field="next_review_on"
        )


def record_review(
    db: Database, account_id: int, values: Mapping[str, Any], snapshot_id: int | None = None
) -> int:
    """Record a review held (linking the snapshot taken when it started); returns its id."""
    unknown = set(values) - REVIEW_FIELDS
    if unknown:
        raise ValueError(f"not review fields: {sorted(unknown)}")
    check_review(values)
    row = {"kind": ReviewKind.INTERNAL, **values, "account_id": account_id}
    with translate_integrity_errors(), db.session() as session:
        _account(session, account_id)
        review = Review(**row)
        session.add(review)
        session.flush()
        if snapshot_id is not None:
            snapshot = session.get(PlanSnapshot, snapshot_id)
            if snapshot is not None and snapshot.account_id == account_id:
                snapshot.review_id = review.id
        return review.id


def add_review(db: Database, account_id: int, values: Mapping[str, Any]) -> int:
    """Add a review without a snapshot (a past review entered afterwards); returns its id."""

    def validate(session: Session, new: Mapping[str, Any]) -> None:
        _account(session, account_id)
        check_review(new)

    row = {"kind": ReviewKind.INTERNAL, **values, "account_id": account_id}
    review_id, _version = create_row(db, Review, row, validate)
    return review_id


def update_review(
    db: Database,
    review_id: int,
    version: int | None,
    changes: Mapping[str, Any],
    expected: Mapping[str, Any] | None = None,
) -> int:
    """Change fields of a review; returns its new version (``expected``: for undo, redo)."""
    unknown = set(changes) - REVIEW_FIELDS
    if unknown:
        raise ValueError(f"not review fields: {sorted(unknown)}")

    def validate(session: Session, review: Review, new: Mapping[str, Any]) -> None:
        check_expected(review, expected)
        check_review({name: getattr(review, name) for name in REVIEW_FIELDS} | dict(new))

    return update_fields(db, Review, review_id, version, changes, validate)


def delete_review(db: Database, review_id: int, version: int | None) -> DeletedRows:
    """Delete a review (its snapshot stays, unlinked); returns what to restore."""
    return delete_row(db, Review, review_id, version)


def restore_review(db: Database, deleted: DeletedRows) -> None:
    """Undo a delete of a review."""
    restore_rows(db, deleted)
