"""ON DELETE rules: what goes with a deleted row, what is kept, and what is protected."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from kamdesk.domain.enums import (
    CellStatus,
    Direction,
    GoalKind,
    InteractionKind,
    OpportunityType,
    TeamRole,
)
from kamdesk.store.database import Database
from kamdesk.store.orm import (
    Account,
    AccountTeamRole,
    ActionItem,
    Base,
    BusinessUnit,
    Goal,
    Interaction,
    Offering,
    Opportunity,
    OpportunityStage,
    RevenueEntry,
    Stakeholder,
    TeamMember,
    WhitespaceCell,
    interaction_stakeholder,
)


def _count(db: Database, model: type[Base]) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def planned(db: Database) -> dict[str, int]:
    """An account with a little of everything, and the ids of its pieces."""
    with db.session() as session:
        kam = TeamMember(name="Jörg Weiß")
        stage = OpportunityStage(name="Angebot")
        offering = Offering(name="MES Lizenz")
        session.add_all([kam, stage, offering])
        session.flush()
        account = Account(name="Šimek Strojírny", owner_id=kam.id)
        session.add(account)
        session.flush()
        boss = Stakeholder(account_id=account.id, name="Eva Šimková")
        session.add(boss)
        session.flush()
        report = Stakeholder(account_id=account.id, name="Petr Novák", reports_to_id=boss.id)
        unit = BusinessUnit(account_id=account.id, name="Werk Brno")
        goal = Goal(account_id=account.id, kind=GoalKind.INTERNAL, title="Share of wallet",
                    direction=Direction.INCREASE, baseline=Decimal(10), target=Decimal(20),
                    start_on=date(2026, 1, 1), due_on=date(2026, 12, 31), owner_id=kam.id)
        meeting = Interaction(account_id=account.id, occurred_on=date(2026, 3, 1),
                              kind=InteractionKind.MEETING)
        session.add_all([report, unit, goal, meeting,
                         AccountTeamRole(account_id=account.id, team_member_id=kam.id,
                                         role=TeamRole.KAM),
                         RevenueEntry(account_id=account.id, year=2026, quarter=1,
                                      actual=Decimal("1000.00"))])
        session.flush()
        session.add_all([
            ActionItem(account_id=account.id, title="Workshop", goal_id=goal.id),
            WhitespaceCell(business_unit_id=unit.id, offering_id=offering.id,
                           status=CellStatus.ACTIVE),
            Opportunity(account_id=account.id, title="MES Brno", type=OpportunityType.CROSS_SELL,
                        offering_id=offering.id, business_unit_id=unit.id, stage_id=stage.id),
        ])
        session.execute(insert(interaction_stakeholder).values(
            interaction_id=meeting.id, stakeholder_id=boss.id))
        return {"account": account.id, "kam": kam.id, "boss": boss.id, "report": report.id,
                "goal": goal.id, "offering": offering.id, "stage": stage.id, "unit": unit.id}


def test_deleting_an_account_deletes_everything_of_it(
    db: Database, planned: dict[str, int]
) -> None:
    with db.session() as session:
        session.delete(session.get(Account, planned["account"]))
    for model in (Stakeholder, Goal, ActionItem, Interaction, RevenueEntry, BusinessUnit,
                  WhitespaceCell, Opportunity, AccountTeamRole):
        assert _count(db, model) == 0, model.__name__
    # Our side stays: team, catalogue, stages.
    assert _count(db, TeamMember) == 1
    assert _count(db, Offering) == 1
    assert _count(db, OpportunityStage) == 1


def test_deleting_a_team_member_keeps_accounts_without_owner(
    db: Database, planned: dict[str, int]
) -> None:
    with db.session() as session:
        session.delete(session.get(TeamMember, planned["kam"]))
    with db.session() as session:
        account = session.get(Account, planned["account"])
        goal = session.get(Goal, planned["goal"])
        assert account is not None and account.owner_id is None
        assert goal is not None and goal.owner_id is None
    assert _count(db, AccountTeamRole) == 0


def test_deleting_a_manager_keeps_their_reports(db: Database, planned: dict[str, int]) -> None:
    with db.session() as session:
        session.delete(session.get(Stakeholder, planned["boss"]))
    with db.session() as session:
        report = session.get(Stakeholder, planned["report"])
        assert report is not None and report.reports_to_id is None
        assert session.scalar(select(func.count()).select_from(interaction_stakeholder)) == 0
    assert _count(db, Interaction) == 1  # the meeting happened, whoever has left


def test_deleting_a_goal_keeps_its_actions(db: Database, planned: dict[str, int]) -> None:
    with db.session() as session:
        session.delete(session.get(Goal, planned["goal"]))
    with db.session() as session:
        action = session.scalars(select(ActionItem)).one()
        assert action.goal_id is None


def test_an_offering_in_use_cannot_be_deleted(db: Database, planned: dict[str, int]) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.delete(session.get(Offering, planned["offering"]))
    assert _count(db, Offering) == 1


def test_a_stage_in_use_cannot_be_deleted(db: Database, planned: dict[str, int]) -> None:
    with pytest.raises(IntegrityError), db.session() as session:
        session.delete(session.get(OpportunityStage, planned["stage"]))
    assert _count(db, OpportunityStage) == 1


def test_deleting_a_unit_deletes_its_cells_and_unlinks_opportunities(
    db: Database, planned: dict[str, int]
) -> None:
    with db.session() as session:
        session.delete(session.get(BusinessUnit, planned["unit"]))
    assert _count(db, WhitespaceCell) == 0
    with db.session() as session:
        opportunity = session.scalars(select(Opportunity)).one()
        assert opportunity.business_unit_id is None
