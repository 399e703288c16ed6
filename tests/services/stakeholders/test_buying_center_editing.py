"""Tests of buying centers: names, members and roles, coverage, departments without contact."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.coverage import GapCode
from kamdesk.domain.enums import Attitude, BuyingRole
from kamdesk.services.stakeholders.buying_center_editing import (
    add_member,
    buying_center_dependents,
    change_member_role,
    create_buying_center,
    delete_buying_center,
    load_buying_centers,
    remove_member,
    restore_buying_center_rows,
    update_buying_center,
)
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, TeamMember

TODAY = date(2025, 6, 30)


def make_account(db: Database, name: str = "Acme") -> int:
    with db.session() as session:
        account = Account(name=name)
        session.add(account)
        session.flush()
        return account.id


def make_owner(db: Database) -> int:
    with db.session() as session:
        member = TeamMember(name="Anja Dvořák")
        session.add(member)
        session.flush()
        return member.id


def test_centers_members_roles_and_coverage(db: Database) -> None:
    account = make_account(db)
    owner = make_owner(db)
    cio = create_stakeholder(
        db, account,
        {"name": "Clara", "department": "IT", "attitude": Attitude.CHAMPION, "owner_id": owner,
         "last_contact": date(2025, 6, 1)},
    )
    buyer = create_stakeholder(
        db, account,
        {"name": "Boris", "department": "Purchasing", "attitude": Attitude.BLOCKER,
         "influence": 5},
    )
    it = create_buying_center(db, account, "IT procurement", "Servers and licences")
    plant = create_buying_center(db, account, "Production Berlin")
    seat = add_member(db, it, cio, BuyingRole.INFLUENCER)
    add_member(db, it, buyer, "buyer")
    add_member(db, plant, cio, BuyingRole.USER)  # one person, two centers, two roles

    overview = load_buying_centers(db, account, TODAY)
    assert [c.name for c in overview.centers] == ["IT procurement", "Production Berlin"]
    center = overview.centers[0]
    assert [(m.name, m.role) for m in center.members] == [
        ("Clara", BuyingRole.INFLUENCER),
        ("Boris", BuyingRole.BUYER),
    ]
    assert not center.coverage.has_known_decider
    assert center.coverage.has_champion
    assert center.coverage.high_influence_blockers == (buyer,)
    assert center.coverage.members_without_owner == (buyer,)
    assert center.coverage.stale_members == (buyer,)
    assert [g.code for g in center.coverage.gaps] == [
        GapCode.NO_DECIDER, GapCode.BLOCKER, GapCode.UNOWNED, GapCode.STALE
    ]
    assert overview.departments_without_contact == ("Purchasing",)

    version = center.members[0].version
    change_member_role(db, seat, version, BuyingRole.DECIDER)
    center = load_buying_centers(db, account, TODAY).centers[0]
    assert center.coverage.has_known_decider


def test_names_must_be_given_and_unique_per_account(db: Database) -> None:
    account = make_account(db)
    other = make_account(db, "Other")
    first = create_buying_center(db, account, "IT procurement")
    create_buying_center(db, other, "IT procurement")  # another account: fine
    with pytest.raises(ValidationError, match="already has") as refused:
        create_buying_center(db, account, "it procurement ")
    assert refused.value.field == "name"
    with pytest.raises(ValidationError, match="Enter a name"):
        create_buying_center(db, account, "   ")
    second = create_buying_center(db, account, "Logistics")
    with pytest.raises(ValidationError, match="already has"):
        update_buying_center(db, second, None, {"name": "IT procurement"})
    update_buying_center(db, first, None, {"name": "IT purchasing"})
    names = [c.name for c in load_buying_centers(db, account, TODAY).centers]
    assert names == ["IT purchasing", "Logistics"]


def test_bad_members_are_refused(db: Database) -> None:
    account = make_account(db)
    other = make_account(db, "Other")
    person = create_stakeholder(db, account, {"name": "Clara"})
    stranger = create_stakeholder(db, other, {"name": "Stranger"})
    center = create_buying_center(db, account, "IT")
    with pytest.raises(ValidationError, match="not a buying-center role") as refused:
        add_member(db, center, person, "boss")
    assert refused.value.field == "role"
    with pytest.raises(ValidationError, match="same account"):
        add_member(db, center, stranger, BuyingRole.USER)
    seat = add_member(db, center, person, BuyingRole.USER)
    with pytest.raises(ValidationError, match="already a member"):
        add_member(db, center, person, BuyingRole.DECIDER)
    with pytest.raises(ValidationError, match="not a buying-center role"):
        change_member_role(db, seat, None, "chief")
    members = load_buying_centers(db, account, TODAY).centers[0].members
    assert [(m.name, m.role) for m in members] == [("Clara", BuyingRole.USER)]


def test_delete_center_and_remove_member_are_undoable(db: Database) -> None:
    account = make_account(db)
    person = create_stakeholder(db, account, {"name": "Clara"})
    center = create_buying_center(db, account, "IT")
    seat = add_member(db, center, person, BuyingRole.DECIDER)
    removed = remove_member(db, seat, None)
    assert load_buying_centers(db, account, TODAY).centers[0].members == ()
    restore_buying_center_rows(db, removed)
    assert buying_center_dependents(db, center) == {"buying_center_member": 1}
    deleted = delete_buying_center(db, center, None)
    assert load_buying_centers(db, account, TODAY).centers == ()
    restore_buying_center_rows(db, deleted)
    centers = load_buying_centers(db, account, TODAY).centers
    assert [(c.id, [m.id for m in c.members]) for c in centers] == [(center, [seat])]
