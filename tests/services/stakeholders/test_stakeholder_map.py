"""Tests of the relationship map data and its SVG export (no Qt)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

from kamdesk.domain import palette
from kamdesk.domain.enums import Attitude, BuyingRole, LinkKind
from kamdesk.services.export.map_export import map_svg
from kamdesk.services.stakeholders.buying_center_editing import add_member, create_buying_center
from kamdesk.services.stakeholders.relationship_map import (
    coverage_flags,
    load_relationship_map,
    map_layout,
)
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.services.stakeholders.stakeholder_links import create_link
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError
from kamdesk.store.orm import Account

TODAY = date(2025, 6, 30)
SVG = "{http://www.w3.org/2000/svg}"


def build(db: Database) -> dict[str, int]:
    with db.session() as session:
        session.add(Account(name="Acme & Söhne"))
    ids = {"ceo": create_stakeholder(db, 1, {"name": "Maria <CEO>", "department": "Board"})}
    ids["cfo"] = create_stakeholder(
        db, 1, {"name": "Anton", "reports_to_id": ids["ceo"], "department": "Finance",
                "attitude": Attitude.BLOCKER, "influence": 5},
    )
    ids["gone"] = create_stakeholder(db, 1, {"name": "Gone", "left_on": date(2025, 1, 1)})
    ids["under_gone"] = create_stakeholder(
        db, 1, {"name": "Orphan", "reports_to_id": ids["gone"], "department": "Finance"}
    )
    create_link(db, ids["cfo"], ids["ceo"], LinkKind.CONFLICT)
    create_link(db, ids["gone"], ids["ceo"], LinkKind.CLOSE_TO)
    center = create_buying_center(db, 1, "ERP")
    add_member(db, center, ids["ceo"], BuyingRole.DECIDER)
    return ids


def test_map_leaves_out_people_who_left_and_their_lines(db: Database) -> None:
    ids = build(db)
    relationship_map = load_relationship_map(db, "Acme & Söhne", TODAY)
    assert {p.name for p in relationship_map.people} == {"Maria <CEO>", "Anton", "Orphan"}
    assert [(link.from_id, link.to_id) for link in relationship_map.links] == [
        (ids["cfo"], ids["ceo"])
    ]
    assert relationship_map.buying_centers == ("ERP",)
    assert relationship_map.departments == ("Board", "Finance")
    layout = map_layout(relationship_map.people)
    assert layout.edges == [(ids["ceo"], ids["cfo"])]
    # The orphan's manager left, so the orphan heads a tree of their own.
    assert layout.positions[ids["under_gone"]].depth == 0
    flags = {p.name: coverage_flags(p) for p in relationship_map.people}
    assert flags == {"Maria <CEO>": ("decider",), "Anton": ("blocker",), "Orphan": ()}


def test_unknown_account_is_not_found(db: Database) -> None:
    with pytest.raises(NotFoundError):
        load_relationship_map(db, "Nobody", TODAY)


def test_svg_is_well_formed_and_shows_every_card(db: Database) -> None:
    ids = build(db)
    svg = map_svg(load_relationship_map(db, 1, TODAY))
    root = ET.fromstring(svg.encode("utf-8"))
    assert root.tag == f"{SVG}svg"
    cards = {g.get("id") for g in root.iter(f"{SVG}g") if g.get("id")}
    assert cards == {f"stakeholder-{ids[k]}" for k in ("ceo", "cfo", "under_gone")}
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert "Maria <CEO>" in texts  # escaped in the file, intact when parsed
    assert "Acme & Söhne – relationship map" in texts
    assert len(list(root.iter(f"{SVG}polyline"))) == 1  # one reports-to line
    assert len([p for p in root.iter(f"{SVG}path") if p.get("stroke") == palette.RED]) == 1
