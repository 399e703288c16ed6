"""The portfolio analysis on small hand-built portfolios: figures pinned to the cent."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from kamdesk.domain.enums import (
    BuyingRole,
    Criterion,
    InteractionKind,
    ReviewKind,
    SnapshotReason,
    Tier,
)
from kamdesk.services.portfolio.portfolio_analysis import analyse_portfolio
from kamdesk.services.portfolio.portfolio_window import WindowChoice, parse_window
from kamdesk.store.database import Database
from kamdesk.store.orm import (
    Account,
    BuyingCenter,
    BuyingCenterMember,
    CompanySettings,
    Goal,
    Interaction,
    PlanSnapshot,
    RevenueEntry,
    Review,
    Score,
    Stakeholder,
    TeamMember,
)

TODAY = date(2025, 5, 15)  # in 2025 Q2 with a January fiscal year: TTM = 2024 Q2 – 2025 Q1


def add_account(db: Database, name: str, tier: Tier = Tier.STANDARD, **values: object) -> int:
    with db.session() as s:
        account = Account(name=name, tier=tier, **values)
        s.add(account)
        s.flush()
        return account.id


def add_revenue(db: Database, account_id: int, *entries: tuple[int, int, str]) -> None:
    with db.session() as s:
        for year, quarter, actual in entries:
            s.add(RevenueEntry(account_id=account_id, year=year, quarter=quarter,
                               actual=Decimal(actual)))


def add_scores(db: Database, account_id: int, scored_on: date, **scores: int) -> None:
    with db.session() as s:
        for criterion, value in scores.items():
            s.add(Score(account_id=account_id, criterion=Criterion(criterion), value=value,
                        scored_on=scored_on))


def test_no_accounts_at_all(db: Database) -> None:
    analysis = analyse_portfolio(db, today=TODAY)
    assert analysis.accounts == ()
    assert analysis.total_revenue == 0
    assert analysis.top_share == 0
    assert analysis.growth is None
    assert analysis.findings == ()


def test_no_revenue_at_all_makes_every_account_class_c(db: Database) -> None:
    first = add_account(db, "Alpha")
    second = add_account(db, "Beta")
    analysis = analyse_portfolio(db, today=TODAY)
    assert [(a.account_id, a.abc_class, a.share) for a in analysis.accounts] == [
        (first, "C", 0), (second, "C", 0)
    ]
    assert analysis.total_revenue == Decimal("0.00")


def test_a_single_account_is_class_a_with_the_whole_revenue(db: Database) -> None:
    only = add_account(db, "Solo")
    add_revenue(db, only, (2024, 2, "100.00"), (2025, 1, "50.50"))
    (row,) = analyse_portfolio(db, today=TODAY).accounts
    assert (row.revenue, row.share, row.cumulative_share, row.abc_class) == (
        Decimal("150.50"), 1, 1, "A"
    )


def test_ranking_shares_and_classes_with_ties_and_zero_revenue(db: Database) -> None:
    big = add_account(db, "Big")
    tie_one = add_account(db, "Tie one")
    tie_two = add_account(db, "Tie two")
    small = add_account(db, "Small")
    nothing = add_account(db, "Nothing")
    add_revenue(db, big, (2024, 3, "700.00"))
    add_revenue(db, tie_one, (2024, 4, "100.00"))
    add_revenue(db, tie_two, (2025, 1, "100.00"))
    add_revenue(db, small, (2024, 2, "100.00"))
    analysis = analyse_portfolio(db, today=TODAY)
    rows = [(a.account_id, a.rank, a.share, a.cumulative_share, a.abc_class)
            for a in analysis.accounts]
    assert rows == [
        (big, 1, Decimal("0.7"), Decimal("0.7"), "A"),
        # Equal revenue: ordered by id, so the older account ranks first, every time.
        (tie_one, 2, Decimal("0.1"), Decimal("0.8"), "A"),
        (tie_two, 3, Decimal("0.1"), Decimal("0.9"), "B"),
        (small, 4, Decimal("0.1"), Decimal("1"), "B"),  # starts at 90 %, below B = 95 %
        (nothing, 5, 0, Decimal("1"), "C"),
    ]
    assert analysis.total_revenue == Decimal("1000.00")
    assert analysis.top_share == Decimal("0.7")  # ceil(5 × 20 %) = 1 account


def test_trailing_window_leaves_out_the_running_quarter_and_compares_with_the_year_before(
    db: Database,
) -> None:
    account = add_account(db, "Steady")
    add_revenue(
        db, account,
        (2023, 1, "999.00"),  # before both windows
        (2023, 2, "80.00"), (2024, 1, "120.00"),  # the previous window
        (2024, 2, "100.00"), (2025, 1, "150.00"),  # the window
        (2025, 2, "5000.00"),  # the quarter in progress: not complete, not counted
    )
    analysis = analyse_portfolio(db, today=TODAY)
    assert analysis.window.quarters == ((2024, 2), (2024, 3), (2024, 4), (2025, 1))
    assert (analysis.window.start, analysis.window.end) == (date(2024, 4, 1), date(2025, 3, 31))
    assert analysis.total_revenue == Decimal("250.00")
    assert analysis.previous_total_revenue == Decimal("200.00")
    assert analysis.growth == Decimal("0.25")


def test_fiscal_year_window_follows_the_fiscal_year_start(db: Database) -> None:
    with db.session() as s:
        s.add(CompanySettings(id=1, fiscal_year_start_month=4))
    account = add_account(db, "April")
    add_revenue(db, account, (2023, 4, "10.00"), (2024, 1, "30.00"), (2024, 4, "40.00"),
                (2025, 1, "99.00"))
    analysis = analyse_portfolio(db, parse_window("fy2024"), today=TODAY)
    assert analysis.window.label == "FY2024"
    assert (analysis.window.start, analysis.window.end) == (date(2024, 4, 1), date(2025, 3, 31))
    assert analysis.total_revenue == Decimal("70.00")
    assert analysis.previous_total_revenue == Decimal("10.00")


def test_thresholds_and_weights_come_from_the_settings(db: Database) -> None:
    with db.session() as s:
        s.add(CompanySettings(id=1, abc_a_percent=50, abc_b_percent=70, key_score_threshold=40,
                              weight_revenue_share=1, weight_clv=0, weight_tailored_service=0,
                              weight_growth_potential=0, weight_credibility=0,
                              weight_relationship=3))
    first = add_account(db, "First", Tier.KEY)
    second = add_account(db, "Second")
    add_revenue(db, first, (2024, 4, "60.00"))
    add_revenue(db, second, (2024, 4, "40.00"))
    # (5-1)*25*1 + (2-1)*25*3 = 175 over weight 4 → 43.8; the CLV's weight is 0.
    add_scores(db, first, date(2025, 1, 1), revenue_share=5, clv=1, relationship=2)
    analysis = analyse_portfolio(db, today=TODAY)
    top, other = analysis.accounts
    assert (top.abc_class, other.abc_class) == ("A", "B")  # starts at 60 %: past A, below B
    assert top.score == Decimal("43.8")
    assert top.recommendation.tier is Tier.KEY  # 43.8 reaches the key threshold of 40


def test_latest_score_per_criterion_wins_and_future_scores_wait(db: Database) -> None:
    account = add_account(db, "Scored")
    add_scores(db, account, date(2024, 1, 1), growth_potential=2, credibility=3)
    add_scores(db, account, date(2025, 2, 1), growth_potential=5)
    add_scores(db, account, date(2025, 12, 1), growth_potential=1)  # dated after today
    (row,) = analyse_portfolio(db, today=TODAY).accounts
    assert row.scores == {Criterion.GROWTH_POTENTIAL: 5, Criterion.CREDIBILITY: 3}


def test_recommendations_and_disagreements(db: Database) -> None:
    key = add_account(db, "Key by revenue", Tier.STANDARD)
    grower = add_account(db, "Grower", Tier.EMERGING)
    archived = add_account(db, "Gone", Tier.ARCHIVED)
    add_revenue(db, key, (2024, 4, "900.00"))
    add_revenue(db, grower, (2024, 4, "50.00"))
    add_revenue(db, archived, (2024, 4, "50.00"))
    all_fives = {c.value: 5 for c in Criterion}
    add_scores(db, key, date(2025, 1, 1), **all_fives)
    add_scores(db, grower, date(2025, 1, 1), growth_potential=4)
    analysis = analyse_portfolio(db, today=TODAY)
    tiers = {a.name: (a.recommendation.tier, a.disagrees) for a in analysis.accounts}
    assert tiers == {
        "Key by revenue": (Tier.KEY, True),
        "Grower": (Tier.EMERGING, False),
        "Gone": (Tier.ARCHIVED, False),
    }
    assert [a.name for a in analysis.disagreements] == ["Key by revenue"]
    key_row = analysis.account(key)
    assert [r.code for r in key_row.recommendation.reasons] == [
        "abc_class_a", "score_meets_key_threshold"
    ]


def test_guardrail_facts_are_gathered_from_every_table(db: Database) -> None:
    with db.session() as s:
        kam = TeamMember(name="Kim", capacity=1)
        s.add(kam)
        s.flush()
        kam_id = kam.id
    ready = add_account(db, "Ready", Tier.KEY, owner_id=kam_id)
    bare = add_account(db, "Bare", Tier.KEY, owner_id=kam_id)
    add_revenue(db, ready, (2024, 4, "500.00"))
    add_revenue(db, bare, (2024, 4, "500.00"))
    with db.session() as s:
        s.add(Goal(account_id=ready, kind="customer", title="Grow", baseline=Decimal(0),
                   target=Decimal(10), start_on=date(2025, 1, 1), due_on=date(2025, 12, 31)))
        center = BuyingCenter(account_id=ready, name="Procurement")
        boss = Stakeholder(account_id=ready, name="Dana", last_contact=date(2025, 5, 1))
        gone = Stakeholder(account_id=bare, name="Left", left_on=date(2025, 1, 1))
        bare_center = BuyingCenter(account_id=bare, name="IT")
        s.add_all([center, boss, gone, bare_center])
        s.flush()
        s.add(BuyingCenterMember(buying_center_id=center.id, stakeholder_id=boss.id,
                                 role=BuyingRole.DECIDER))
        s.add(BuyingCenterMember(buying_center_id=bare_center.id, stakeholder_id=gone.id,
                                 role=BuyingRole.DECIDER))
        s.add(Interaction(account_id=ready, occurred_on=date(2025, 4, 20),
                          kind=InteractionKind.CALL))
        s.add(Interaction(account_id=bare, occurred_on=date(2025, 6, 1),  # planned, not held
                          kind=InteractionKind.MEETING))
        s.add(Review(account_id=ready, held_on=date(2024, 12, 1), kind=ReviewKind.INTERNAL,
                     next_review_on=date(2025, 1, 15)))
        s.add(Review(account_id=ready, held_on=date(2025, 3, 1), kind=ReviewKind.CLIENT,
                     next_review_on=date(2025, 6, 1)))
        s.add(Review(account_id=bare, held_on=date(2025, 1, 1), kind=ReviewKind.INTERNAL,
                     next_review_on=date(2025, 4, 1)))
        s.add(PlanSnapshot(account_id=ready, taken_at=datetime(2025, 2, 1, 9, tzinfo=UTC),
                           reason=SnapshotReason.EXPORT, content="{}"))
    analysis = analyse_portfolio(db, today=TODAY)
    ready_row, bare_row = analysis.account(ready), analysis.account(bare)
    assert ready_row.last_contact == date(2025, 5, 1)  # the stakeholder's, later than the call
    assert ready_row.next_review_due == date(2025, 6, 1)  # set at the latest review
    assert not ready_row.review_overdue
    assert [f.code for f in ready_row.findings] == ["revenue_dependence"]  # half of it
    assert bare_row.last_contact is None
    assert bare_row.review_overdue
    assert [f.code for f in bare_row.findings] == [
        "revenue_dependence",
        "key_account_without_goals",
        "key_account_without_decider",  # their only decider has left
        "key_account_review_overdue",
        "key_account_plan_not_exported",
        "neglected_account_never",
    ]
    portfolio = [(f.code, f.params.get("owner")) for f in analysis.portfolio_findings]
    assert portfolio == [("too_many_key_accounts", None), ("over_capacity", "Kim")]
    assert analysis.overdue_reviews == 1
    assert analysis.count_tier(Tier.KEY) == 2


@pytest.mark.parametrize(("text", "year"), [("ttm", None), ("FY2024", 2024), (" fy1999 ", 1999)])
def test_window_texts(text: str, year: int | None) -> None:
    assert parse_window(text) == WindowChoice(year)


@pytest.mark.parametrize("text", ["", "ytd", "fy24", "fy20245", "fy1800"])
def test_bad_window_texts_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a window|out of range"):
        parse_window(text)
