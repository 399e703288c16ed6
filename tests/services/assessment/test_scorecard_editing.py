"""The scorecard service: dated scores with history, proposals, tiers and the plan section."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.enums import Criterion, Tier
from kamdesk.services.assessment.scorecard_editing import load_scorecard, put_score
from kamdesk.services.common.compare_and_set import NOT_STORED
from kamdesk.services.plans.plan_assembly import assemble_plan
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, NotFoundError, ValidationError
from kamdesk.store.orm import Account, CompanySettings, RevenueEntry, Score

TODAY = date(2025, 5, 15)  # TTM: 2024 Q2 – 2025 Q1


def add_account(db: Database, name: str, revenue: str | None = None, **values: object) -> int:
    with db.session() as s:
        account = Account(name=name, **values)
        s.add(account)
        s.flush()
        if revenue is not None:
            s.add(RevenueEntry(account_id=account.id, year=2024, quarter=4,
                               actual=Decimal(revenue)))
        return account.id


def stored(db: Database, account_id: int) -> list[tuple[str, int, date]]:
    with db.session() as s:
        rows = s.query(Score).filter_by(account_id=account_id).order_by(Score.scored_on).all()
        return [(r.criterion.value, r.value, r.scored_on) for r in rows]


def test_a_new_day_adds_a_row_and_the_same_day_updates_it(db: Database) -> None:
    account = add_account(db, "Acme")
    earlier = date(2025, 1, 10)
    put_score(db, account, Criterion.CREDIBILITY, earlier, NOT_STORED, 2)
    version = put_score(db, account, Criterion.CREDIBILITY, TODAY, NOT_STORED, 3)
    again = put_score(db, account, Criterion.CREDIBILITY, TODAY, version, 4)
    assert again == version + 1
    assert stored(db, account) == [("credibility", 2, earlier), ("credibility", 4, TODAY)]
    card = load_scorecard(db, account, TODAY)
    line = card.line(Criterion.CREDIBILITY)
    assert (line.latest and line.latest.value, line.today_version) == (4, again)
    assert [(r.value, r.scored_on) for r in line.history] == [(4, TODAY), (2, earlier)]


def test_taking_a_day_away_keeps_the_history(db: Database) -> None:
    account = add_account(db, "Acme")
    put_score(db, account, Criterion.CLV, date(2025, 1, 10), NOT_STORED, 2)
    version = put_score(db, account, Criterion.CLV, TODAY, NOT_STORED, 5)
    assert put_score(db, account, Criterion.CLV, TODAY, version, None) == NOT_STORED
    assert stored(db, account) == [("clv", 2, date(2025, 1, 10))]
    assert load_scorecard(db, account, TODAY).line(Criterion.CLV).today_version == NOT_STORED


def test_a_stale_version_is_a_conflict_and_writes_nothing(db: Database) -> None:
    account = add_account(db, "Acme")
    put_score(db, account, Criterion.RELATIONSHIP, TODAY, NOT_STORED, 3)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        put_score(db, account, Criterion.RELATIONSHIP, TODAY, NOT_STORED, 5)  # saw no row
    assert stored(db, account) == [("relationship", 3, TODAY)]


@pytest.mark.parametrize("value", [0, 6, -1, True])
def test_scores_outside_one_to_five_never_reach_the_database(db: Database, value: int) -> None:
    account = add_account(db, "Acme")
    with pytest.raises(ValidationError, match="from 1 \\(low\\) to 5 \\(high\\)") as error:
        put_score(db, account, Criterion.RELATIONSHIP, TODAY, NOT_STORED, value)
    assert error.value.field == "value"
    assert stored(db, account) == []


def test_a_deleted_account_cannot_be_scored(db: Database) -> None:
    with pytest.raises(NotFoundError):
        put_score(db, 999, Criterion.CLV, TODAY, NOT_STORED, 3)
    with pytest.raises(NotFoundError):
        load_scorecard(db, 999, TODAY)


def test_proposals_weighted_score_and_recommendation(db: Database) -> None:
    with db.session() as s:
        s.add(CompanySettings(id=1, gross_margin=Decimal("0.5")))
    big = add_account(db, "Big", "800.00", tier=Tier.STANDARD, expected_relationship_years=3)
    mid = add_account(db, "Mid", "150.00", expected_relationship_years=3)
    small = add_account(db, "Small", "50.00", expected_relationship_years=3)
    add_account(db, "Nothing yet")
    for criterion in Criterion:
        put_score(db, big, criterion, TODAY, NOT_STORED, 5)
    card = load_scorecard(db, big, TODAY)
    assert (card.revenue, card.share, card.abc_class) == (Decimal("800.00"), Decimal("0.8"), "A")
    assert card.clv == Decimal("1200.00")  # 0.5 × 800 × 3 years
    assert card.line(Criterion.REVENUE_SHARE).proposal == 5  # 80 % ≥ 10 %
    assert card.line(Criterion.CLV).proposal == 5  # top of four: 1 + floor(5 × 3.5 / 4)
    assert card.line(Criterion.GROWTH_POTENTIAL).proposal is None
    assert card.weighted_score == Decimal(100)
    assert card.recommendation.tier is Tier.KEY  # the user still has it as standard
    assert [r.code for r in card.recommendation.reasons] == [
        "abc_class_a", "score_meets_key_threshold"
    ]
    small_card = load_scorecard(db, small, TODAY)
    assert small_card.line(Criterion.REVENUE_SHARE).proposal == 4  # 5 % ≥ 5 %
    assert small_card.line(Criterion.CLV).proposal == 2  # 1 + floor(5 × 1.5 / 4)
    assert small_card.abc_class == "C"
    assert small_card.weighted_score is None
    assert load_scorecard(db, mid, TODAY).abc_class == "B"


def test_the_plan_carries_the_scorecard(db: Database) -> None:
    account = add_account(db, "Acme", "100.00")
    put_score(db, account, Criterion.GROWTH_POTENTIAL, date(2025, 1, 1), NOT_STORED, 4)
    put_score(db, account, Criterion.GROWTH_POTENTIAL, TODAY, NOT_STORED, 5)
    card = assemble_plan(db, account, TODAY).scorecard
    assert card is not None
    assert [(s.criterion, s.value, s.scored_on) for s in card.scores] == [
        (Criterion.GROWTH_POTENTIAL, 5, TODAY)
    ]
    assert card.weighted_score == Decimal(100)
    assert card.recommended_tier is Tier.KEY
    assert card.reasons == ("Class A by revenue.", "Score 100.0 reaches the key threshold of 60.")
