"""The portfolio facts read through Core equal the same facts worked out from the ORM's objects.

``kamdesk portfolio`` reads the facts, the settings and the capacities through light Core
clauses on a plain connection (no ORM); the dashboard runs the same queries on a session's
connection. Both are held here to an independent reading of the demo portfolio through the
mapped classes, row by row in Python, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import BuyingRole, Criterion, InteractionKind, SnapshotReason
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.portfolio.portfolio_analysis import (
    analyse_in_session,
    analyse_portfolio,
    analysis_settings,
    capacities_in_session,
    stored_analysis_settings,
)
from kamdesk.services.portfolio.portfolio_facts import AccountFigures, load_account_figures
from kamdesk.services.portfolio.portfolio_window import (
    TRAILING_TWELVE_MONTHS,
    AnalysisWindow,
    resolve_window,
)
from kamdesk.store.database import Database
from kamdesk.store.orm import (
    Account,
    BuyingCenter,
    BuyingCenterMember,
    Goal,
    Interaction,
    PlanSnapshot,
    RevenueEntry,
    Review,
    Score,
    Stakeholder,
    TeamMember,
)

TODAY = date(2026, 11, 28)
ZERO = Decimal("0.00")


@pytest.fixture
def demo(demo_database: Callable[..., Database]) -> Database:
    return demo_database(accounts=12, seed=7, today=TODAY)


def still_there(person: Stakeholder) -> bool:
    """Whether the person still works at the account on TODAY."""
    return person.left_on is None or person.left_on > TODAY


def figures_from_objects(session: Session, window: AnalysisWindow) -> list[AccountFigures]:
    """Every account's figures, worked out object by object (the ORM's own reading)."""
    current, previous = set(window.quarters), set(window.previous_quarters)
    figures = []
    for account in session.scalars(select(Account)):
        entries = [
            (entry.actual, (entry.year, entry.quarter))
            for entry in session.scalars(select(RevenueEntry).filter_by(account_id=account.id))
        ]
        scores: dict[Criterion, tuple[date, int]] = {}
        for score in session.scalars(select(Score).filter_by(account_id=account.id)):
            if score.scored_on <= TODAY and (
                score.criterion not in scores or score.scored_on > scores[score.criterion][0]
            ):
                scores[score.criterion] = (score.scored_on, score.value)
        people = session.scalars(select(Stakeholder).filter_by(account_id=account.id)).all()
        contacts = [
            i.occurred_on
            for i in session.scalars(select(Interaction).filter_by(account_id=account.id))
            if i.occurred_on <= TODAY
        ] + [p.last_contact for p in people if p.last_contact and p.last_contact <= TODAY]
        centers = {
            center.id
            for center in session.scalars(select(BuyingCenter).filter_by(account_id=account.id))
        }
        deciders = [
            member
            for member in session.scalars(select(BuyingCenterMember))
            if member.buying_center_id in centers
            and member.role is BuyingRole.DECIDER
            and still_there(session.get_one(Stakeholder, member.stakeholder_id))
        ]
        reviews = session.scalars(select(Review).filter_by(account_id=account.id)).all()
        newest = max((r.held_on for r in reviews), default=None)
        due = [r.next_review_on for r in reviews if r.held_on == newest and r.next_review_on]
        exports = [
            s.taken_at.date()
            for s in session.scalars(select(PlanSnapshot).filter_by(account_id=account.id))
            if s.reason is SnapshotReason.EXPORT
        ]
        owner = session.get(TeamMember, account.owner_id) if account.owner_id else None
        figures.append(
            AccountFigures(
                key=account.id,
                name=account.name,
                tier=account.tier,
                owner_key=owner.name if owner else None,
                revenue=sum((a for a, period in entries if period in current), ZERO),
                last_interaction=max(contacts, default=None),
                has_goals=bool(session.scalars(select(Goal).filter_by(account_id=account.id))
                               .first()),
                has_known_decider=bool(deciders),
                next_review_due=max(due, default=None),
                last_plan_export=max(exports, default=None),
                account_id=account.id,
                owner_id=account.owner_id,
                owner=owner.name if owner else None,
                previous_revenue=sum((a for a, period in entries if period in previous), ZERO),
                scores={criterion: value for criterion, (_, value) in scores.items()},
            )
        )
    return sorted(figures, key=lambda figure: figure.name)


def test_core_facts_equal_the_objects_on_a_connection_and_in_a_session(demo: Database) -> None:
    with demo.session() as session:
        # What the demo lacks: an account with nothing yet, plan exports (and another kind
        # of snapshot), a score and a contact dated after today (both left out).
        session.add(Account(name="Zz New Account"))
        first, second = session.scalars(select(Account.id).order_by(Account.id).limit(2))
        for day, reason in ((3, SnapshotReason.EXPORT), (20, SnapshotReason.EXPORT),
                            (25, SnapshotReason.REVIEW)):
            session.add(PlanSnapshot(account_id=first, reason=reason, content="{}",
                                     taken_at=datetime(2026, 11, day, 23, 30, tzinfo=UTC)))
        session.add(Score(account_id=second, criterion=Criterion.CLV, value=1,
                          scored_on=date(2026, 12, 1)))
        session.add(Interaction(account_id=second, kind=InteractionKind.CALL,
                                occurred_on=date(2027, 1, 5)))
    with demo.session() as session:
        window = resolve_window(
            TRAILING_TWELVE_MONTHS, TODAY, settings_row(session).fiscal_year_start_month
        )
        expected = figures_from_objects(session, window)
        in_session = load_account_figures(session, window, TODAY)
    with demo.read() as connection:
        on_connection = load_account_figures(connection, window, TODAY)
        some = {expected[1].account_id, expected[4].account_id}
        narrowed = load_account_figures(connection, window, TODAY, some)
    assert on_connection == expected
    assert in_session == expected
    assert narrowed == [figure for figure in expected if figure.account_id in some]
    # The demo exercises every fact both ways, so the comparison means something.
    for fact in ("revenue", "previous_revenue", "last_interaction", "has_goals",
                 "has_known_decider", "next_review_due", "scores", "owner", "last_plan_export"):
        assert {bool(getattr(figure, fact)) for figure in expected} == {False, True}, fact


def test_core_settings_and_capacities_equal_the_orm_row(demo: Database) -> None:
    with demo.session() as session:
        row = settings_row(session)
        row.abc_a_percent, row.weight_clv, row.contact_days_key = 70, 33, 21
    with demo.session() as session:
        expected = analysis_settings(settings_row(session))
        expected_capacities = {
            name: capacity
            for name, capacity in session.execute(select(TeamMember.name, TeamMember.capacity))
        }
    with demo.read() as connection:
        stored = stored_analysis_settings(connection)
        assert stored is not None
        assert analysis_settings(stored) == expected
        assert capacities_in_session(connection) == expected_capacities
    assert expected.a_threshold == Decimal("0.7") and expected.weights[Criterion.CLV] == 33


def test_the_core_analysis_equals_the_session_analysis(demo: Database) -> None:
    core = analyse_portfolio(demo, TRAILING_TWELVE_MONTHS, TODAY)
    with demo.session() as session:
        orm = analyse_in_session(session, TRAILING_TWELVE_MONTHS, TODAY)
    assert core.window == orm.window and core.settings == orm.settings
    assert core.total_revenue == orm.total_revenue > 0
    assert core.portfolio_findings == orm.portfolio_findings
    assert list(core.accounts) == list(orm.accounts)
