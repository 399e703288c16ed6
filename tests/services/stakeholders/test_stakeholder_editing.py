"""Tests of stakeholder editing: validation, reports-to loops, last contact, undoable delete."""

from __future__ import annotations

from datetime import date

import pytest

from kamdesk.domain.enums import Attitude, BuyingRole, InteractionKind
from kamdesk.services.stakeholders.buying_center_editing import add_member, create_buying_center
from kamdesk.services.stakeholders.stakeholder_editing import (
    check_stakeholder_changes,
    create_stakeholder,
    delete_stakeholder,
    list_owner_choices,
    list_stakeholders,
    reports_to_choices,
    restore_stakeholder,
    stakeholder_dependents,
    update_stakeholder,
)
from kamdesk.services.stakeholders.stakeholder_facts import initials
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError
from kamdesk.store.orm import Account, Interaction, TeamMember, interaction_stakeholder

TODAY = date(2025, 6, 30)


def make_account(db: Database, name: str = "Acme") -> int:
    with db.session() as session:
        account = Account(name=name)
        session.add(account)
        session.flush()
        return account.id


def make_member(db: Database, name: str = "Jörg Weiß") -> int:
    with db.session() as session:
        member = TeamMember(name=name)
        session.add(member)
        session.flush()
        return member.id


def add_interaction(db: Database, account_id: int, day: date, people: list[int]) -> None:
    with db.session() as session:
        interaction = Interaction(account_id=account_id, occurred_on=day, kind=InteractionKind.CALL)
        session.add(interaction)
        session.flush()
        session.execute(
            interaction_stakeholder.insert(),
            [{"interaction_id": interaction.id, "stakeholder_id": p} for p in people],
        )


def row(db: Database, account_id: int, person_id: int):  # type: ignore[no-untyped-def]
    return next(r for r in list_stakeholders(db, account_id, TODAY).rows if r.id == person_id)


def test_create_and_list_with_derived_values(db: Database) -> None:
    account = make_account(db)
    owner = make_member(db, "Dr. Katrin Albers")
    boss = create_stakeholder(db, account, {"name": "Maria Berger", "title": "CEO"})
    cfo = create_stakeholder(
        db,
        account,
        {
            "name": "Anton Zeller",
            "title": "CFO",
            "department": "Finance",
            "email": "anton@example.com",
            "reports_to_id": boss,
            "attitude": Attitude.CHAMPION,
            "influence": 5,
            "owner_id": owner,
            "last_contact": date(2025, 6, 1),
        },
    )
    listing = list_stakeholders(db, account, TODAY)
    assert [r.name for r in listing.rows] == ["Anton Zeller", "Maria Berger"]
    assert listing.stale_after_days == 90
    zeller = row(db, account, cfo)
    assert zeller.reports_to == "Maria Berger"
    assert zeller.owner == "Dr. Katrin Albers"
    assert zeller.owner_initials == "KA"
    assert zeller.freshness == "fresh"
    assert row(db, account, boss).freshness == "never"


def test_last_contact_is_the_later_of_manual_and_newest_interaction(db: Database) -> None:
    account = make_account(db)
    person = create_stakeholder(db, account, {"name": "Eva", "last_contact": date(2025, 1, 10)})
    other = create_stakeholder(db, account, {"name": "Fritz"})
    assert row(db, account, person).last_contact == date(2025, 1, 10)
    assert row(db, account, person).freshness == "stale"  # 171 days > 90
    add_interaction(db, account, date(2025, 5, 1), [person])
    add_interaction(db, account, date(2025, 6, 25), [other])  # not Eva's
    eva = row(db, account, person)
    assert eva.last_contact == date(2025, 5, 1)
    assert eva.manual_last_contact == date(2025, 1, 10)
    assert eva.freshness == "ageing"  # 60 days: more than half of 90
    update_stakeholder(db, person, eva.version, {"last_contact": date(2025, 6, 28)})
    assert row(db, account, person).last_contact == date(2025, 6, 28)
    assert row(db, account, person).freshness == "fresh"


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": "  "}, "name"),
        ({"email": "anton.example.com"}, "email"),
        ({"email": "anton@example"}, "email"),
        ({"influence": 0}, "influence"),
        ({"influence": 6}, "influence"),
        ({"relationship_strength": 9}, "relationship_strength"),
        ({"attitude": "hostile"}, "attitude"),
        ({"owner_id": 999}, "owner_id"),
        ({"reports_to_id": 999}, "reports_to_id"),
        ({"source": "x" * 201}, "source"),
        ({"lawful_basis": "x" * 2001}, "lawful_basis"),
    ],
)
def test_bad_values_are_refused_before_the_database(
    db: Database, changes: dict[str, object], field: str
) -> None:
    account = make_account(db)
    person = create_stakeholder(db, account, {"name": "Anton", "email": "a@example.com"})
    before = row(db, account, person)
    with pytest.raises(ValidationError) as refused:
        update_stakeholder(db, person, before.version, changes)
    assert refused.value.field == field
    with pytest.raises(ValidationError):
        check_stakeholder_changes(db, account, person, changes)
    assert row(db, account, person) == before


def test_source_and_lawful_basis_are_stored_and_listed(db: Database) -> None:
    account = make_account(db)
    person = create_stakeholder(db, account, {"name": "Anton", "source": "trade fair 2025"})
    version = row(db, account, person).version
    update_stakeholder(db, person, version, {"lawful_basis": "legitimate interest (supplier)"})
    listed = row(db, account, person)
    assert (listed.source, listed.lawful_basis) == (
        "trade fair 2025", "legitimate interest (supplier)")


def test_new_person_needs_a_name(db: Database) -> None:
    account = make_account(db)
    with pytest.raises(ValidationError) as refused:
        create_stakeholder(db, account, {"title": "CTO"})
    assert refused.value.field == "name"
    assert list_stakeholders(db, account, TODAY).rows == ()


def test_reports_to_cycles_are_refused(db: Database) -> None:
    account = make_account(db)
    a = create_stakeholder(db, account, {"name": "A"})
    b = create_stakeholder(db, account, {"name": "B", "reports_to_id": a})
    c = create_stakeholder(db, account, {"name": "C", "reports_to_id": b})
    with pytest.raises(ValidationError, match="loop") as refused:
        update_stakeholder(db, a, None, {"reports_to_id": c})
    assert refused.value.field == "reports_to_id"
    with pytest.raises(ValidationError, match="themselves"):
        update_stakeholder(db, a, None, {"reports_to_id": a})
    assert row(db, account, a).reports_to_id is None
    assert sorted(reports_to_choices(db, account, a)) == []
    assert sorted(reports_to_choices(db, account, c)) == [a, b]
    # Moving C to the top and A under C is fine once C no longer reports to A's line.
    update_stakeholder(db, c, None, {"reports_to_id": None})
    update_stakeholder(db, a, None, {"reports_to_id": c})
    assert row(db, account, a).reports_to == "C"


def test_manager_from_another_account_is_refused(db: Database) -> None:
    first = make_account(db, "First")
    second = make_account(db, "Second")
    stranger = create_stakeholder(db, second, {"name": "Stranger"})
    with pytest.raises(ValidationError, match="same account"):
        create_stakeholder(db, first, {"name": "Local", "reports_to_id": stranger})


def test_stale_version_is_a_conflict(db: Database) -> None:
    account = make_account(db)
    person = create_stakeholder(db, account, {"name": "Anton"})
    version = row(db, account, person).version
    update_stakeholder(db, person, version, {"title": "CFO"})
    with pytest.raises(ConflictError):
        update_stakeholder(db, person, version, {"title": "CEO"})
    assert row(db, account, person).title == "CFO"


def test_delete_takes_seats_and_clears_reports_and_undo_restores(db: Database) -> None:
    account = make_account(db)
    boss = create_stakeholder(db, account, {"name": "Boss"})
    report = create_stakeholder(db, account, {"name": "Report", "reports_to_id": boss})
    center = create_buying_center(db, account, "IT")
    add_member(db, center, boss, BuyingRole.DECIDER)
    assert stakeholder_dependents(db, boss) == {"buying_center_member": 1}
    deleted = delete_stakeholder(db, boss, row(db, account, boss).version)
    assert [r.name for r in list_stakeholders(db, account, TODAY).rows] == ["Report"]
    assert row(db, account, report).reports_to_id is None
    restore_stakeholder(db, deleted)
    assert row(db, account, report).reports_to_id == boss
    assert row(db, account, boss).buying_centers[0].role is BuyingRole.DECIDER


def test_owner_choices_and_initials(db: Database) -> None:
    make_member(db, "Zoe Adams")
    make_member(db, "Anja Dvořák")
    assert [o.name for o in list_owner_choices(db)] == ["Anja Dvořák", "Zoe Adams"]
    assert initials("Anja Dvořák") == "AD"
    assert initials("Dr. Katrin Albers") == "KA"
    assert initials("Cher") == "CH"
    assert initials("Hans-Peter Maier") == "HM"
