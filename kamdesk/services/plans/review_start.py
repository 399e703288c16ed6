"""Starting a review: a snapshot of the plan now, and what changed since the previous one.

Starting a review stores a snapshot of the whole plan (reason "review") and compares it with
the previous snapshot of the account (taken at a review or an export), so the meeting opens
with what changed since last time. Recording the review (see
:mod:`kamdesk.services.tracking.review_workflow`) then links that snapshot to it. A review
started and abandoned discards its snapshot, so a glance at the changes does not reset them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from kamdesk.domain.enums import SnapshotReason
from kamdesk.domain.plain_json import to_json_value
from kamdesk.domain.plan_diff import PlanChanges, changes_since
from kamdesk.services.plans.plan_assembly import assemble_in_session
from kamdesk.services.tracking.review_reads import (
    latest_snapshot,
    latest_snapshot_content,
    review_account,
)
from kamdesk.store.column_types import utc_now
from kamdesk.store.database import Database
from kamdesk.store.orm import PlanSnapshot


@dataclass(frozen=True)
class ReviewStart:
    """A review just started: its snapshot and what changed since the previous one."""

    snapshot_id: int
    taken_at: datetime
    previous_taken_at: datetime | None  # None: the first snapshot of the account
    previous_reason: SnapshotReason | None
    changes: PlanChanges


def start_review(db: Database, account_id: int, today: date | None = None) -> ReviewStart:
    """Store a snapshot of the plan now and return what changed since the previous one."""
    with db.session() as session:
        account = review_account(session, account_id)
        previous = latest_snapshot(session, account_id)
        previous_content = latest_snapshot_content(session, account_id) or {}
        current = to_json_value(assemble_in_session(session, account.id, today))
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
