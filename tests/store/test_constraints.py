"""Constraints: ranges, enumerations, uniqueness and exact money, enforced by the database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, StatementError

from kamdesk.domain.enums import BuyingRole, CellStatus, Direction, GoalKind, LinkKind, Tier
from kamdesk.domain.user_messages import message_of
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError
from kamdesk.store.orm import (
    Account,
    BusinessUnit,
    BuyingCenter,
    BuyingCenterMember,
    Goal,
    Offering,
    Opportunity,
    OpportunityStage,
    RevenueEntry,
    Score,
    Stakeholder,
    StakeholderLink,
    WhitespaceCell,
)


def _add(db: Database, *rows: Any) -> None:
    with db.session() as session:
        session.add_all(rows)


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        account = Account(name="Brühl Präzisionsteile AG")
        session.add(account)
        session.flush()
        return account.id


@pytest.mark.parametrize("value", [0, 6])
def test_scores_are_one_to_five(db: Database, account_id: int, value: int) -> None:
    with pytest.raises(IntegrityError):
        _add(db, Score(account_id=account_id, criterion="clv", value=value,
                       scored_on=date(2026, 1, 1)))


def test_a_valid_score_is_stored(db: Database, account_id: int) -> None:
    _add(db, Score(account_id=account_id, criterion="clv", value=5, scored_on=date(2026, 1, 1)))


@pytest.mark.parametrize("probability", [-1, 101])
def test_probability_is_zero_to_hundred(db: Database, account_id: int, probability: int) -> None:
    _add(db, OpportunityStage(name="Angebot"))
    with db.session() as session:
        stage_id = session.scalars(select(OpportunityStage.id)).one()
    with pytest.raises(IntegrityError):
        _add(db, Opportunity(account_id=account_id, title="MES", type="upsell",
                             stage_id=stage_id, probability=probability))


@pytest.mark.parametrize("quarter", [0, 5])
def test_quarters_are_one_to_four(db: Database, account_id: int, quarter: int) -> None:
    with pytest.raises(IntegrityError):
        _add(db, RevenueEntry(account_id=account_id, year=2026, quarter=quarter))


def test_one_revenue_entry_per_quarter(db: Database, account_id: int) -> None:
    _add(db, RevenueEntry(account_id=account_id, year=2026, quarter=1))
    with pytest.raises(IntegrityError):
        _add(db, RevenueEntry(account_id=account_id, year=2026, quarter=1))


def test_account_names_are_unique(db: Database, account_id: int) -> None:
    with pytest.raises(IntegrityError):
        _add(db, Account(name="Brühl Präzisionsteile AG"))


def test_an_unknown_tier_is_refused_by_the_database(db: Database) -> None:
    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO account (name, legal_name, industry, street, postal_code, city, "
            "country, time_zone, website, tier, expected_relationship_years, review_cadence, "
            "business_plan, target_audience, usp, notes, version, created_at, updated_at) "
            "VALUES ('X', '', '', '', '', '', '', '', '', 'platinum', 5, 'yearly', '', '', '', "
            "'', 1, '2026-01-01', '2026-01-01')"))


def test_an_unknown_tier_is_refused_before_the_database(db: Database) -> None:
    with pytest.raises(StatementError):
        _add(db, Account(name="Y", tier="platinum"))


def test_buying_center_names_are_unique_within_an_account(db: Database, account_id: int) -> None:
    _add(db, BuyingCenter(account_id=account_id, name="IT-Einkauf"))
    with pytest.raises(IntegrityError):
        _add(db, BuyingCenter(account_id=account_id, name="IT-Einkauf"))
    _add(db, Account(name="Other"))
    with db.session() as session:
        other = session.scalars(select(Account.id).where(Account.name == "Other")).one()
    _add(db, BuyingCenter(account_id=other, name="IT-Einkauf"))  # another account: fine


def test_one_person_once_per_buying_center(db: Database, account_id: int) -> None:
    with db.session() as session:
        person = Stakeholder(account_id=account_id, name="Łukasz Nowak")
        center = BuyingCenter(account_id=account_id, name="Produktion")
        session.add_all([person, center])
        session.flush()
        ids = person.id, center.id
    _add(db, BuyingCenterMember(stakeholder_id=ids[0], buying_center_id=ids[1],
                                role=BuyingRole.DECIDER))
    with pytest.raises(IntegrityError):
        _add(db, BuyingCenterMember(stakeholder_id=ids[0], buying_center_id=ids[1],
                                    role=BuyingRole.USER))


def test_one_whitespace_cell_per_unit_and_offering(db: Database, account_id: int) -> None:
    with db.session() as session:
        unit = BusinessUnit(account_id=account_id, name="Werk Ulm")
        offering = Offering(name="Condition Monitoring")
        session.add_all([unit, offering])
        session.flush()
        ids = unit.id, offering.id
    _add(db, WhitespaceCell(business_unit_id=ids[0], offering_id=ids[1],
                            status=CellStatus.ACTIVE))
    with pytest.raises(IntegrityError):
        _add(db, WhitespaceCell(business_unit_id=ids[0], offering_id=ids[1]))


def test_nobody_reports_to_or_links_to_themselves(db: Database, account_id: int) -> None:
    with db.session() as session:
        person = Stakeholder(account_id=account_id, name="Anja Dvořák")
        session.add(person)
        session.flush()
        person_id = person.id
    with pytest.raises(IntegrityError), db.session() as session:
        session.execute(text("UPDATE stakeholder SET reports_to_id = id WHERE id = :i"),
                        {"i": person_id})
    with pytest.raises(IntegrityError):
        _add(db, StakeholderLink(from_id=person_id, to_id=person_id, kind=LinkKind.CLOSE_TO))


def _goal(account_id: int, **changes: Any) -> Goal:
    values: dict[str, Any] = {
        "account_id": account_id, "kind": GoalKind.CUSTOMER, "title": "OEE steigern",
        "direction": Direction.INCREASE, "baseline": Decimal("61.5"), "target": Decimal("75"),
        "start_on": date(2026, 1, 1), "due_on": date(2026, 12, 31),
    }
    values.update(changes)
    return Goal(**values)


def test_a_goal_needs_a_target_other_than_its_baseline(db: Database, account_id: int) -> None:
    with pytest.raises(IntegrityError):
        _add(db, _goal(account_id, target=Decimal("61.5")))


def test_a_goal_is_due_after_it_starts(db: Database, account_id: int) -> None:
    with pytest.raises(IntegrityError):
        _add(db, _goal(account_id, due_on=date(2025, 12, 31)))


def test_money_is_exact_to_the_cent(db: Database) -> None:
    _add(db, Offering(name="Wartungsvertrag", list_price=Decimal("1234567.89")))
    with db.session() as session:
        price = session.scalars(select(Offering.list_price)).one()
    assert price == Decimal("1234567.89")
    assert isinstance(price, Decimal)
    with db.engine.connect() as connection:  # stored as integer cents
        assert connection.execute(text("SELECT list_price FROM offering")).scalar() == 123456789


def test_money_with_fractions_of_a_cent_is_refused(db: Database) -> None:
    with pytest.raises(StatementError, match="decimal places") as refused:
        _add(db, Offering(name="Rounding", list_price=Decimal("0.005")))
    assert isinstance(refused.value.orig, ValueError)
    message = message_of(refused.value.orig)  # translatable where the UI shows it
    assert message is not None and str(message) == "0.005 has more than 2 decimal places"


def test_timestamps_are_timezone_aware(db: Database, account_id: int) -> None:
    with db.session() as session:
        account = session.get(Account, account_id)
        assert account is not None
        assert account.created_at.tzinfo is not None
        assert account.updated_at.utcoffset() is not None


def test_the_version_moves_on_and_a_stale_write_is_refused(db: Database, account_id: int) -> None:
    with db.session() as session:
        account = session.get(Account, account_id)
        assert account is not None
        first = account.version
        account.tier = Tier.KEY
    with db.session() as session:
        fresh = session.get(Account, account_id)
        assert fresh is not None and fresh.version > first
    with pytest.raises(ConflictError, match="changed elsewhere"), db.session() as session:
        stale = session.get(Account, account_id)
        assert stale is not None
        # Another writer moves the row on between our read and our write.
        with db.engine.begin() as other:
            other.execute(text("UPDATE account SET version = version + 1 WHERE id = :i"),
                          {"i": account_id})
        stale.city = "Ulm"
        session.flush()
