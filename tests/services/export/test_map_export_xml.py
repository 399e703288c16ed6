"""Issue 12, case 11: the exported SVG map is well-formed XML whatever the names hold."""

from __future__ import annotations

import itertools
from datetime import date
from xml.etree import ElementTree

from hypothesis import given, settings
from hypothesis import strategies as st

from kamdesk.domain.enums import Attitude, BuyingRole, LinkKind
from kamdesk.domain.plan import BuyingCenterRole, LinkEntry, StakeholderEntry
from kamdesk.services.export.map_export import map_svg
from kamdesk.services.stakeholders.relationship_map import RelationshipMap

# Any Unicode text, control characters, lone surrogates and "]]>" included.
ANY_TEXT = st.text(st.characters(codec=None), max_size=40)


def person(index: int, name: str, title: str, initials: str) -> StakeholderEntry:
    return StakeholderEntry(
        id=index, name=name, title=title, department="", email="", phone="",
        reports_to=None, reports_to_id=1 if index > 1 else None, attitude=Attitude.BLOCKER,
        influence=5, relationship_strength=2, owner=None, owner_initials=initials or None,
        last_contact=None, freshness="never", left=None, notes="",
        buying_centers=(BuyingCenterRole("Einkauf", BuyingRole.DECIDER),),
    )


@settings(max_examples=60, deadline=None)
@given(account=ANY_TEXT, names=st.lists(st.tuples(ANY_TEXT, ANY_TEXT, ANY_TEXT),
                                        min_size=1, max_size=3))
def test_every_name_gives_well_formed_xml(account: str, names: list[tuple[str, ...]]) -> None:
    people = tuple(person(i + 1, *texts) for i, texts in enumerate(names))
    links = tuple(
        LinkEntry(from_=a.name, to=b.name, from_id=a.id, to_id=b.id, kind=LinkKind.INFLUENCES)
        for a, b in itertools.pairwise(people)
    )
    relationship_map = RelationshipMap(
        account_id=1, account_name=account, people=people, links=links, buying_centers=(),
        departments=(), stale_after_days=90, today=date(2026, 11, 28),
    )

    svg = map_svg(relationship_map).encode("utf-8")

    root = ElementTree.fromstring(svg)
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
