"""People due for review under the retention period, read from a real database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from kamdesk.domain.enums import GoalKind, InteractionKind, ReviewKind
from kamdesk.domain.retention import RetentionReason
from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.stakeholders.retention import (
    RetentionCandidate,
    erase_people_under_review,
    people_due_for_review,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError
from kamdesk.store.orm import (
    Account,
    ActionItem,
    Goal,
    GoalUpdate,
    Interaction,
    RevenueEntry,
    Review,
    Stakeholder,
)

TODAY = date(2026, 11, 28)
CUTOFF = date(2024, 11, 28)  # 24 months before TODAY
LONG_AGO = datetime(2023, 6, 1, 9, 30, tzinfo=UTC)
RECENT = datetime(2026, 10, 1, 9, 30, tzinfo=UTC)


def stamp(moment: datetime) -> dict[str, datetime]:
    return {"created_at": moment, "updated_at": moment}


def account(db: Database, name: str, touched: datetime = LONG_AGO) -> int:
    with db.session() as session:
        row = Account(name=name, **stamp(touched))
        session.add(row)
        session.flush()
        return row.id


def person(db: Database, account_id: int, name: str, left_on: date | None = None) -> int:
    with db.session() as session:
        row = Stakeholder(account_id=account_id, name=name, left_on=left_on,
                          email=f"{name.split()[0].lower()}@example.com", **stamp(RECENT))
        session.add(row)
        session.flush()
        return row.id


def add(db: Database, row: object) -> None:
    with db.session() as session:
        session.add(row)


def due(db: Database, months: int = 24) -> list[tuple[str, str, RetentionReason, date]]:
    return [(c.name, c.account_name, c.reason, c.since)
            for c in people_due_for_review(db, TODAY, months)]


def test_people_who_left_before_the_cutoff_and_everyone_on_a_quiet_account(db: Database) -> None:
    busy = account(db, "Busy GmbH", touched=RECENT)
    person(db, busy, "Anna Alt", left_on=date(2023, 2, 14))  # left long ago
    person(db, busy, "Bernd Neu", left_on=date(2025, 8, 1))  # left, but within 24 months
    person(db, busy, "Clara Da")  # still there
    quiet = account(db, "Quiet AG")
    add(db, Interaction(account_id=quiet, occurred_on=date(2024, 3, 5),
                        kind=InteractionKind.CALL, **stamp(LONG_AGO)))
    person(db, quiet, "Dora Still")
    person(db, quiet, "Emil Still")

    assert due(db) == [
        ("Anna Alt", "Busy GmbH", RetentionReason.LEFT, date(2023, 2, 14)),
        # The quiet account's last activity: the call of 5 March 2024 (its rows were
        # stamped on 1 June 2023).
        ("Dora Still", "Quiet AG", RetentionReason.ACCOUNT_INACTIVE, date(2024, 3, 5)),
        ("Emil Still", "Quiet AG", RetentionReason.ACCOUNT_INACTIVE, date(2024, 3, 5)),
    ]


def test_candidates_carry_ids_for_opening_and_erasing(db: Database) -> None:
    quiet = account(db, "Quiet AG")
    dora = person(db, quiet, "Dora Still")
    assert people_due_for_review(db, TODAY, 24) == (
        RetentionCandidate(dora, "Dora Still", quiet, "Quiet AG",
                           RetentionReason.ACCOUNT_INACTIVE, LONG_AGO.date()),
    )


@pytest.mark.parametrize(
    "activity",
    [
        "interaction", "review", "goal update", "revenue entry", "action done",
        "action edited", "account edited",
    ],
)
def test_each_kind_of_recent_activity_keeps_an_account_active(db: Database, activity: str) -> None:
    quiet = account(db, "Quiet AG")
    person(db, quiet, "Dora Still")
    assert len(due(db)) == 1
    if activity == "interaction":
        add(db, Interaction(account_id=quiet, occurred_on=date(2025, 1, 2),
                            kind=InteractionKind.MEETING, **stamp(LONG_AGO)))
    elif activity == "review":
        add(db, Review(account_id=quiet, held_on=date(2025, 1, 2), kind=ReviewKind.INTERNAL,
                       **stamp(LONG_AGO)))
    elif activity == "goal update":
        with db.session() as session:
            goal = Goal(account_id=quiet, kind=GoalKind.INTERNAL, title="Share", metric="%",
                        start_on=date(2023, 1, 1), due_on=date(2027, 1, 1),
                        baseline=Decimal(1), target=Decimal(2), **stamp(LONG_AGO))
            session.add(goal)
            session.flush()
            session.add(GoalUpdate(goal_id=goal.id, measured_on=date(2025, 1, 2),
                                   value=Decimal(1), **stamp(LONG_AGO)))
    elif activity == "revenue entry":
        # Typed in recently (for an old quarter): someone works on the account.
        add(db, RevenueEntry(account_id=quiet, year=2023, quarter=1, actual=Decimal(10),
                             **stamp(RECENT)))
    elif activity == "action done":
        add(db, ActionItem(account_id=quiet, title="Call", done=True,
                           done_on=date(2025, 1, 2), **stamp(LONG_AGO)))
    elif activity == "action edited":
        add(db, ActionItem(account_id=quiet, title="Call", **stamp(RECENT)))
    else:
        with db.session() as session:
            row = session.get(Account, quiet)
            assert row is not None
            row.updated_at = RECENT
    assert due(db) == []


def test_a_day_counts_on_the_cutoff_and_not_after_it(db: Database) -> None:
    on_cutoff = account(db, "On AG", touched=datetime(2024, 11, 28, 23, 59, tzinfo=UTC))
    person(db, on_cutoff, "Olga On", left_on=None)
    after = account(db, "After AG", touched=datetime(2024, 11, 29, 0, 0, tzinfo=UTC))
    person(db, after, "Arne After", left_on=date(2024, 11, 29))
    person(db, after, "Berta Before", left_on=CUTOFF)
    assert due(db) == [
        ("Berta Before", "After AG", RetentionReason.LEFT, CUTOFF),
        ("Olga On", "On AG", RetentionReason.ACCOUNT_INACTIVE, CUTOFF),
    ]


def test_the_period_comes_from_the_caller(db: Database) -> None:
    busy = account(db, "Busy GmbH", touched=RECENT)
    person(db, busy, "Bernd Neu", left_on=date(2025, 8, 1))
    assert due(db, 24) == []
    # Twelve months: the cut-off moves to 28 Nov 2025, after August 2025; the account,
    # touched on 1 Oct 2026, stays active.
    assert due(db, 12) == [("Bernd Neu", "Busy GmbH", RetentionReason.LEFT, date(2025, 8, 1))]


def test_a_period_outside_the_setting_range_is_refused(db: Database) -> None:
    with pytest.raises(ValueError):
        people_due_for_review(db, TODAY, 0)


def test_an_empty_portfolio_has_nobody_due(db: Database) -> None:
    assert people_due_for_review(db, TODAY, 24) == ()


def test_bulk_erase_leaves_the_rest_of_a_quiet_account_on_the_list(db: Database) -> None:
    quiet = account(db, "Quiet AG")
    dora = person(db, quiet, "Dora Still")
    emil = person(db, quiet, "Emil Still")
    # The minutes name Dora: erasing her rewrites them, which is no activity.
    with db.session() as session:
        session.add(Interaction(account_id=quiet, occurred_on=date(2024, 3, 5),
                                kind=InteractionKind.MEETING, summary="Dora Still presented.",
                                **stamp(LONG_AGO)))
    report = erase_people_under_review(db, [dora])
    assert report.placeholders == ("Former contact 1",)
    assert due(db) == [
        ("Emil Still", "Quiet AG", RetentionReason.ACCOUNT_INACTIVE, date(2024, 3, 5)),
    ]
    erase_people_under_review(db, [emil])
    assert due(db) == []  # erased people are not listed again
    with db.session() as session:
        names = sorted(session.scalars(select(Stakeholder.name)).all())
        summary = session.scalars(select(Interaction.summary)).one()
    assert names == ["Former contact 1", "Former contact 2"]
    assert "Dora" not in summary


def test_bulk_erase_of_people_on_several_accounts_is_one_transaction(db: Database) -> None:
    quiet = account(db, "Quiet AG")
    busy = account(db, "Busy GmbH", touched=RECENT)
    ids = [person(db, quiet, "Dora Still"), person(db, busy, "Anna Alt", date(2023, 2, 14))]
    with pytest.raises(NotFoundError):
        erase_people_under_review(db, [*ids, 999_999])
    assert [name for name, *_ in due(db)] == ["Anna Alt", "Dora Still"]  # nobody erased
    report = erase_people_under_review(db, ids)
    assert report.erased == 2
    assert due(db) == []


def test_the_demo_has_a_person_who_left_long_ago_and_a_quiet_account(db: Database) -> None:
    create_demo_portfolio(db, accounts=10, seed=7)
    listed = people_due_for_review(db, date.today(), 24)
    left = [c for c in listed if c.reason is RetentionReason.LEFT]
    quiet = {c.account_name for c in listed if c.reason is RetentionReason.ACCOUNT_INACTIVE}
    assert [(c.name, c.account_name) for c in left] == [
        ("Jan Lewandowski", "Zakłady Włókiennicze Łódź S.A.")
    ]
    assert len(quiet) == 1  # the one archived account of a ten-account demo
    # Every other demo account is active: its people are not listed.
    assert len({c.account_id for c in listed}) == 2
