"""Retention on 10,000 accounts: the list is right and the bulk erase of everyone due works.

The portfolio is written with Core in a few statements (a demo of this size takes minutes):
10,000 accounts with three people each; every tenth account has been quiet since 2023 and
every hundredth active account has one person who left in 2023. Everyone listed is erased in
one go, and the list is then empty while the active accounts keep their people.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, insert, select

from kamdesk.domain.former_contacts import placeholder_number
from kamdesk.domain.retention import RetentionReason
from kamdesk.services.stakeholders.retention import (
    erase_people_under_review,
    people_due_for_review,
)
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, Stakeholder

pytestmark = pytest.mark.slow

ACCOUNTS = 10_000
PEOPLE = 3
TODAY = date(2026, 11, 28)
QUIET = datetime(2023, 3, 1, 8, 0, tzinfo=UTC)
RECENT = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)


def _portfolio(db: Database) -> tuple[int, int]:
    """Write the portfolio; return (people on quiet accounts, people who left)."""
    accounts = [{"id": n, "name": f"Kunde {n:05d} GmbH",
                 "created_at": QUIET if n % 10 == 0 else RECENT,
                 "updated_at": QUIET if n % 10 == 0 else RECENT}
                for n in range(1, ACCOUNTS + 1)]
    people = []
    for n in range(1, ACCOUNTS + 1):
        for k in range(PEOPLE):
            left = n % 10 != 0 and n % 100 == 1 and k == 0
            people.append({"account_id": n, "name": f"Person {n:05d}-{k}",
                           "email": f"p{n}-{k}@kunde{n}.example", "phone": f"+49 30 {n:05d}{k}",
                           "left_on": date(2023, 5, 1) if left else None,
                           "created_at": RECENT, "updated_at": RECENT})
    with db.session() as session:
        session.execute(insert(Account), accounts)
        session.execute(insert(Stakeholder), people)
    quiet = (ACCOUNTS // 10) * PEOPLE
    left = sum(1 for n in range(1, ACCOUNTS + 1) if n % 10 != 0 and n % 100 == 1)
    return quiet, left


def test_the_list_and_the_bulk_erase_on_ten_thousand_accounts(db: Database) -> None:
    quiet, left = _portfolio(db)
    due = people_due_for_review(db, TODAY, 24)
    reasons = [candidate.reason for candidate in due]
    assert reasons.count(RetentionReason.ACCOUNT_INACTIVE) == quiet
    assert reasons.count(RetentionReason.LEFT) == left

    report = erase_people_under_review(db, [candidate.stakeholder_id for candidate in due])

    assert report.erased == quiet + left
    assert people_due_for_review(db, TODAY, 24) == ()
    with db.session() as session:
        names = session.execute(select(Stakeholder.name, Stakeholder.email)).all()
        total = session.execute(select(func.count(Stakeholder.id))).scalar_one()
    assert total == ACCOUNTS * PEOPLE  # the rows stay, as placeholders
    erased = [(name, email) for name, email in names if placeholder_number(name) is not None]
    assert len(erased) == quiet + left
    assert all(email == "" for _, email in erased)
    kept = {name for name, _ in names if placeholder_number(name) is None}
    assert "Person 00002-0" in kept and "Person 00010-0" not in kept
