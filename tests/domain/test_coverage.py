"""Tests for kamdesk.domain.coverage: buying-center gaps, departments, contact freshness."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kamdesk.domain.coverage import (
    CoverageCenter,
    CoverageGap,
    CoverageMember,
    CoveragePerson,
    Freshness,
    GapCode,
    buying_center_coverage,
    contact_freshness,
    departments_without_contact,
)
from kamdesk.domain.enums import Attitude, BuyingRole

TODAY = date(2025, 6, 30)
RECENT = TODAY - timedelta(days=10)
OLD = TODAY - timedelta(days=200)


def person(
    key: int,
    name: str,
    *,
    department: str | None = "IT",
    attitude: Attitude = Attitude.NEUTRAL,
    influence: int = 3,
    owner: int | None = 1,
    last_contact: date | None = RECENT,
    left: bool = False,
) -> CoveragePerson[int]:
    """A stakeholder who, unless told otherwise, is owned and recently contacted."""
    return CoveragePerson(key, name, department, attitude, influence, owner, last_contact, left)


def center(*members: tuple[int, BuyingRole]) -> CoverageCenter[int]:
    """A buying center called "IT procurement" with the given (person, role) members."""
    return CoverageCenter("IT procurement", tuple(CoverageMember(k, r) for k, r in members))


# --- freshness -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("days_ago", "expected"),
    [
        (-3, Freshness.FRESH),  # dated in the future (a planned meeting typed in early)
        (0, Freshness.FRESH),
        (45, Freshness.FRESH),  # exactly half the period: still fresh
        (46, Freshness.AGEING),
        (90, Freshness.AGEING),  # exactly the period: not yet stale
        (91, Freshness.STALE),
        (4000, Freshness.STALE),
    ],
)
def test_freshness_boundaries(days_ago: int, expected: Freshness) -> None:
    assert contact_freshness(TODAY - timedelta(days=days_ago), TODAY, 90) == expected


def test_freshness_with_an_odd_period_and_no_contact() -> None:
    assert contact_freshness(TODAY - timedelta(days=15), TODAY, 31) == Freshness.FRESH
    assert contact_freshness(TODAY - timedelta(days=16), TODAY, 31) == Freshness.AGEING
    assert contact_freshness(None, TODAY, 90) == Freshness.NEVER
    assert contact_freshness(TODAY, TODAY) == Freshness.FRESH


def test_freshness_refuses_a_negative_period() -> None:
    with pytest.raises(ValueError):
        contact_freshness(TODAY, TODAY, -1)


# --- buying centers ------------------------------------------------------------------------


def test_fully_covered_center() -> None:
    people = [
        person(1, "Ada", attitude=Attitude.CHAMPION),
        person(2, "Bo", attitude=Attitude.BLOCKER, influence=3),  # blocker, but not powerful
    ]
    result = buying_center_coverage(
        center((1, BuyingRole.INFLUENCER), (2, BuyingRole.DECIDER)), people, TODAY
    )
    assert result.name == "IT procurement"
    assert result.has_known_decider and result.has_champion
    assert result.gaps == ()
    assert result.is_covered


def test_empty_center_lacks_decider_and_champion() -> None:
    result = buying_center_coverage(center(), [], TODAY)
    assert [gap.code for gap in result.gaps] == [GapCode.NO_DECIDER, GapCode.NO_CHAMPION]
    assert not result.is_covered


def test_every_kind_of_gap_in_severity_order() -> None:
    people = [
        person(1, "Ada", attitude=Attitude.CHAMPION, left=True),  # left: neither counts
        person(2, "Bo", attitude=Attitude.BLOCKER, influence=5, owner=None),
        person(3, "Cy", last_contact=OLD),
        person(4, "Di", last_contact=None, owner=None),
        person(5, "Ed", attitude=Attitude.BLOCKER, influence=4),
    ]
    result = buying_center_coverage(
        center(
            (1, BuyingRole.DECIDER),
            (2, BuyingRole.GATEKEEPER),
            (3, BuyingRole.USER),
            (4, BuyingRole.BUYER),
            (5, BuyingRole.INFLUENCER),
            (99, BuyingRole.DECIDER),  # not among the people: ignored
        ),
        people,
        TODAY,
    )
    assert not result.has_known_decider
    assert not result.has_champion
    assert result.high_influence_blockers == (2, 5)
    assert result.members_without_owner == (2, 4)
    assert result.stale_members == (3, 4)
    assert result.gaps == (
        CoverageGap(GapCode.NO_DECIDER),
        CoverageGap(GapCode.BLOCKER, {"person": "Bo", "influence": 5}),
        CoverageGap(GapCode.BLOCKER, {"person": "Ed", "influence": 4}),
        CoverageGap(GapCode.NO_CHAMPION),
        CoverageGap(GapCode.UNOWNED, {"count": 2, "people": "Bo, Di"}),
        CoverageGap(GapCode.STALE, {"count": 2, "people": "Cy, Di", "days": 90}),
    )
    assert [gap.english() for gap in result.gaps] == [
        "No current decider is known in this buying center.",
        "Bo is a blocker with influence 5.",
        "Ed is a blocker with influence 4.",
        "Nobody in this buying center is a champion for us.",
        "2 members have no owner on our side: Bo, Di.",
        "2 members have had no contact in the last 90 days: Cy, Di.",
    ]


def test_a_person_with_two_roles_counts_once() -> None:
    people = [person(1, "Ada", attitude=Attitude.CHAMPION, owner=None, last_contact=OLD)]
    result = buying_center_coverage(
        center((1, BuyingRole.DECIDER), (1, BuyingRole.BUYER)), people, TODAY, 30
    )
    assert result.has_known_decider and result.has_champion
    assert result.members_without_owner == (1,)
    assert [gap.english() for gap in result.gaps] == [
        "1 member has no owner on our side: Ada.",
        "1 member has had no contact in the last 30 days: Ada.",
    ]


def test_stale_threshold_is_the_given_period() -> None:
    people = [
        person(1, "Ada", attitude=Attitude.CHAMPION, last_contact=TODAY - timedelta(days=90)),
        person(2, "Bo", last_contact=TODAY - timedelta(days=91)),
    ]
    members = center((1, BuyingRole.DECIDER), (2, BuyingRole.USER))
    assert buying_center_coverage(members, people, TODAY).stale_members == (2,)
    assert buying_center_coverage(members, people, TODAY, 200).stale_members == ()


def test_gap_codes_are_stable() -> None:
    assert [code.value for code in GapCode] == [
        "no_decider",
        "no_champion",
        "blocker",
        "unowned",
        "stale",
    ]
    assert [f.value for f in Freshness] == ["fresh", "ageing", "stale", "never"]


# --- departments ---------------------------------------------------------------------------


def test_departments_without_contact() -> None:
    people = [
        person(1, "Ada", department="IT"),  # owned and contacted: IT is covered
        person(2, "Bo", department="Finance", owner=None),  # contacted, but no owner
        person(3, "Cy", department="Production", last_contact=None),  # owned, never contacted
        person(4, "Di", department="Legal", left=True),  # left: the department still exists
        person(5, "Ed", department="it "),  # same department as "IT"
        person(6, "Fa", department=None),
        person(7, "Gu", department="  "),
        person(8, "Ha", department="HR", last_contact=OLD),  # an old contact still counts
    ]
    assert departments_without_contact(people, ["Marketing", "finance", " "]) == [
        "Finance",
        "Legal",
        "Marketing",
        "Production",
    ]
    assert departments_without_contact([]) == []
