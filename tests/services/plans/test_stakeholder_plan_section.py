"""Tests of the plan's stakeholder sections: entries, links, buying centers, JSON keys."""

from __future__ import annotations

from datetime import date

from kamdesk.domain.enums import Attitude, BuyingRole, LinkKind
from kamdesk.domain.plain_json import to_json_value
from kamdesk.services.plans.plan_assembly import assemble_plan
from kamdesk.services.stakeholders.buying_center_editing import add_member, create_buying_center
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.services.stakeholders.stakeholder_links import create_link
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, TeamMember

TODAY = date(2025, 6, 30)


def build(db: Database) -> None:
    with db.session() as session:
        session.add(Account(name="Acme"))
        session.add(TeamMember(name="Jörg Weiß"))
    ceo = create_stakeholder(db, 1, {"name": "Maria Berger", "department": "Board",
                                     "attitude": Attitude.CHAMPION, "owner_id": 1,
                                     "last_contact": date(2025, 6, 20)})
    cfo = create_stakeholder(db, 1, {"name": "Anton Zeller", "reports_to_id": ceo,
                                     "department": "Finance", "influence": 4,
                                     "attitude": Attitude.BLOCKER})
    create_stakeholder(db, 1, {"name": "Old Hand", "left_on": date(2024, 12, 31)})
    create_link(db, cfo, ceo, LinkKind.INFLUENCES, "golf")
    center = create_buying_center(db, 1, "Finance systems", "ERP")
    add_member(db, center, cfo, BuyingRole.DECIDER)
    add_member(db, center, ceo, BuyingRole.INITIATOR)


def test_plan_carries_stakeholders_links_and_centers(db: Database) -> None:
    build(db)
    plan = assemble_plan(db, "Acme", TODAY)
    assert [p.name for p in plan.stakeholders] == ["Anton Zeller", "Maria Berger", "Old Hand"]
    zeller, berger, old = plan.stakeholders
    assert zeller.reports_to == "Maria Berger" and zeller.reports_to_id == berger.id
    assert zeller.buying_centers[0].role is BuyingRole.DECIDER
    assert berger.owner_initials == "JW" and berger.freshness == "fresh"
    assert zeller.freshness == "never"
    assert old.left == date(2024, 12, 31)
    assert [(link.from_, link.to, link.kind) for link in plan.links] == [
        ("Anton Zeller", "Maria Berger", LinkKind.INFLUENCES)
    ]
    (center,) = plan.buying_centers
    assert [m.role for m in center.members] == [BuyingRole.INITIATOR, BuyingRole.DECIDER]
    assert center.coverage.has_known_decider and center.coverage.has_champion
    assert center.coverage.high_influence_blockers == ("Anton Zeller",)
    assert center.coverage.members_without_owner == ("Anton Zeller",)
    assert center.coverage.gaps == ("blocker", "unowned", "stale")
    assert plan.departments_without_contact == ("Finance",)


def test_plan_json_keys(db: Database) -> None:
    build(db)
    data = to_json_value(assemble_plan(db, "Acme", TODAY))
    person = data["stakeholders"][0]
    assert set(person) == {
        "id", "name", "title", "department", "email", "phone", "reports_to", "reports_to_id",
        "attitude", "influence", "relationship_strength", "owner", "owner_initials",
        "last_contact", "freshness", "left", "notes", "buying_centers",
    }
    assert person["buying_centers"] == [{"name": "Finance systems", "role": "decider"}]
    assert set(data["links"][0]) == {"from", "to", "from_id", "to_id", "kind", "note"}
    center = data["buying_centers"][0]
    assert set(center) == {"name", "description", "members", "coverage"}
    assert set(center["coverage"]) == {
        "has_known_decider", "has_champion", "high_influence_blockers",
        "members_without_owner", "stale_members", "gaps",
    }
    assert data["departments_without_contact"] == ["Finance"]
