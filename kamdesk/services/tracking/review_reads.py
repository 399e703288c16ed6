"""Plain reads of an account's reviews and plan snapshots, inside a running unit of work.

The plan sections, the review workflow and the review start all read reviews and the newest
snapshot the same way; these reads import nothing above tracking, so plan assembly can use
them without an import circle.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import ReviewKind
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.store.orm import Account, PlanSnapshot, Review


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
    shared_with_client: bool



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
            r.next_review_on, r.shared_with_client,
        )
        for r in rows
    )


def review_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise deleted_elsewhere("account")
    return account


def latest_snapshot(session: Session, account_id: int) -> PlanSnapshot | None:
    return session.scalars(
        select(PlanSnapshot)
        .where(PlanSnapshot.account_id == account_id)
        .order_by(PlanSnapshot.taken_at.desc(), PlanSnapshot.id.desc())
        .limit(1)
    ).first()


def latest_snapshot_content(session: Session, account_id: int) -> dict[str, Any] | None:
    """The newest snapshot's plan as a JSON dict (None: no snapshot, or unreadable)."""
    snapshot = latest_snapshot(session, account_id)
    if snapshot is None:
        return None
    try:
        content = json.loads(snapshot.content)
    except ValueError:
        return None  # a damaged snapshot must not stop the plan: treat it as absent
    return content if isinstance(content, dict) else None
