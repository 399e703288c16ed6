"""Coverage of an account's people: buying-center gaps, uncovered departments, freshness.

A KAM wants to know, per buying center, whether we know the person who decides, whether
somebody there argues for us, whether a powerful blocker stands in the way, and whether
every member has an owner on our side who has actually been in touch recently. The results
are plain data with stable gap codes; the UI and the PDF translate the codes themselves,
:meth:`CoverageGap.english` is only for logs, the command line and tests.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from kamdesk.domain.enums import Attitude, BuyingRole

K = TypeVar("K", bound=Hashable)

DEFAULT_STALE_AFTER_DAYS = 90
HIGH_INFLUENCE = 4  # influence (1–5) from which a blocker is a gap of its own

__all__ = [
    "DEFAULT_STALE_AFTER_DAYS",
    "HIGH_INFLUENCE",
    "CenterCoverage",
    "CoverageCenter",
    "CoverageGap",
    "CoverageMember",
    "CoveragePerson",
    "Freshness",
    "GapCode",
    "buying_center_coverage",
    "contact_freshness",
    "departments_without_contact",
]


class Freshness(StrEnum):
    """How recent the last contact with a person is."""

    FRESH = "fresh"  # at most half the stale period ago (or dated in the future)
    AGEING = "ageing"  # more than half the stale period ago, but not more than all of it
    STALE = "stale"  # more than the stale period ago
    NEVER = "never"  # no contact recorded


class GapCode(StrEnum):
    """Stable codes of coverage gaps; stored and translated, so never renamed."""

    NO_DECIDER = "no_decider"
    NO_CHAMPION = "no_champion"
    BLOCKER = "blocker"
    UNOWNED = "unowned"
    STALE = "stale"


@dataclass(frozen=True, slots=True)
class CoveragePerson(Generic[K]):
    """A stakeholder as coverage sees them; ``owner_key`` is our team member, if any."""

    key: K
    name: str
    department: str | None
    attitude: Attitude
    influence: int  # 1–5
    owner_key: Hashable | None
    last_contact: date | None
    left: bool = False


@dataclass(frozen=True, slots=True)
class CoverageMember(Generic[K]):
    """One stakeholder's role in one buying center."""

    person_key: K
    role: BuyingRole


@dataclass(frozen=True, slots=True)
class CoverageCenter(Generic[K]):
    """A buying center: a named decision unit of the account and its members."""

    name: str
    members: tuple[CoverageMember[K], ...] = ()


@dataclass(frozen=True)
class CoverageGap:
    """One gap in a buying center's coverage: a stable code and the values to show with it.

    Parameters by code: ``blocker`` – ``person`` (name), ``influence``; ``unowned`` –
    ``count``, ``people`` (names, comma-separated); ``stale`` – ``count``, ``people``,
    ``days``; ``no_decider`` and ``no_champion`` – none.
    """

    code: GapCode
    params: Mapping[str, str | int] = field(default_factory=dict)

    def english(self) -> str:
        """The gap as one English sentence (the UI and PDF use their own catalogues)."""
        p = self.params
        if self.code == GapCode.NO_DECIDER:
            return "No current decider is known in this buying center."
        if self.code == GapCode.NO_CHAMPION:
            return "Nobody in this buying center is a champion for us."
        if self.code == GapCode.BLOCKER:
            return f"{p['person']} is a blocker with influence {p['influence']}."
        if self.code == GapCode.UNOWNED:
            if p["count"] == 1:
                return f"1 member has no owner on our side: {p['people']}."
            return f"{p['count']} members have no owner on our side: {p['people']}."
        if p["count"] == 1:
            return f"1 member has had no contact in the last {p['days']} days: {p['people']}."
        return (
            f"{p['count']} members have had no contact in the last {p['days']} days: {p['people']}."
        )


@dataclass(frozen=True)
class CenterCoverage(Generic[K]):
    """The coverage of one buying center; member lists hold person keys in member order.

    Only members who have not left count: a decider who left is no longer a contact.
    """

    name: str
    has_known_decider: bool
    has_champion: bool
    high_influence_blockers: tuple[K, ...]
    members_without_owner: tuple[K, ...]
    stale_members: tuple[K, ...]
    gaps: tuple[CoverageGap, ...]

    @property
    def is_covered(self) -> bool:
        """True when the buying center has no gap at all."""
        return not self.gaps


def contact_freshness(
    last_contact: date | None, today: date, stale_after_days: int = DEFAULT_STALE_AFTER_DAYS
) -> Freshness:
    """Classify the last contact: never, stale (> period), ageing (> half), else fresh.

    With the default 90 days: 0–45 days ago is fresh, 46–90 ageing, 91 and more stale. The
    boundaries belong to the better class, so "exactly 90 days ago" is still not stale. An
    ageing contact is the nudge to call before the person goes stale.
    """
    if stale_after_days < 0:
        raise ValueError("stale_after_days must not be negative")
    if last_contact is None:
        return Freshness.NEVER
    age = (today - last_contact).days
    if age > stale_after_days:
        return Freshness.STALE
    # Doubling the age instead of halving the period keeps odd periods exact in integers.
    if 2 * age > stale_after_days:
        return Freshness.AGEING
    return Freshness.FRESH


def buying_center_coverage(
    center: CoverageCenter[K],
    people: Iterable[CoveragePerson[K]],
    today: date,
    stale_after_days: int = DEFAULT_STALE_AFTER_DAYS,
) -> CenterCoverage[K]:
    """Work out what is known and what is missing in one buying center.

    Members whose person is not among ``people`` or has left are ignored. A person listed
    twice (two roles) counts once in each list. Gaps come in a fixed order, the most
    serious first: no_decider, blocker (one per blocker), no_champion, unowned, stale.
    """
    by_key = {person.key: person for person in people}
    current: dict[K, CoveragePerson[K]] = {}
    roles: dict[K, set[BuyingRole]] = {}
    for member in center.members:
        person = by_key.get(member.person_key)
        if person is None or person.left:
            continue
        current.setdefault(person.key, person)
        roles.setdefault(person.key, set()).add(member.role)

    has_decider = any(BuyingRole.DECIDER in member_roles for member_roles in roles.values())
    has_champion = any(p.attitude is Attitude.CHAMPION for p in current.values())
    blockers = [
        p
        for p in current.values()
        if p.attitude is Attitude.BLOCKER and p.influence >= HIGH_INFLUENCE
    ]
    unowned = [p for p in current.values() if p.owner_key is None]
    stale = [
        p
        for p in current.values()
        if contact_freshness(p.last_contact, today, stale_after_days)
        in (Freshness.STALE, Freshness.NEVER)
    ]

    gaps: list[CoverageGap] = []
    if not has_decider:
        gaps.append(CoverageGap(GapCode.NO_DECIDER))
    gaps.extend(
        CoverageGap(GapCode.BLOCKER, {"person": p.name, "influence": p.influence}) for p in blockers
    )
    if not has_champion:
        gaps.append(CoverageGap(GapCode.NO_CHAMPION))
    if unowned:
        gaps.append(
            CoverageGap(GapCode.UNOWNED, {"count": len(unowned), "people": _names(unowned)})
        )
    if stale:
        gaps.append(
            CoverageGap(
                GapCode.STALE,
                {"count": len(stale), "people": _names(stale), "days": stale_after_days},
            )
        )
    return CenterCoverage(
        name=center.name,
        has_known_decider=has_decider,
        has_champion=has_champion,
        high_influence_blockers=tuple(p.key for p in blockers),
        members_without_owner=tuple(p.key for p in unowned),
        stale_members=tuple(p.key for p in stale),
        gaps=tuple(gaps),
    )


def _names(people: Iterable[CoveragePerson[K]]) -> str:
    """Names for a gap's ``people`` parameter, in member order."""
    return ", ".join(person.name for person in people)


def departments_without_contact(
    people: Iterable[CoveragePerson[K]], all_departments_known: Iterable[str] = ()
) -> list[str]:
    """Departments of the account where we have no working contact.

    A department counts as known if any stakeholder is in it – people who left included, as
    they prove the department exists – or if it is in ``all_departments_known`` (departments
    recorded elsewhere, which may have no stakeholder at all yet). A department has a
    working contact when at least one current (not left) stakeholder in it has both an owner
    on our side and a recorded last contact; however old that contact, freshness is judged
    separately. Names match ignoring case and surrounding blanks; blank departments are
    ignored. The result is sorted ignoring case, each department spelt as it was first seen
    (stakeholders before ``all_departments_known``).
    """
    spelling: dict[str, str] = {}
    contacted: set[str] = set()
    for person in people:
        if person.department is None or not person.department.strip():
            continue
        name = person.department.strip()
        spelling.setdefault(name.casefold(), name)
        if not person.left and person.owner_key is not None and person.last_contact is not None:
            contacted.add(name.casefold())
    for department in all_departments_known:
        if department.strip():
            spelling.setdefault(department.strip().casefold(), department.strip())
    missing = [fold for fold in spelling if fold not in contacted]
    return [spelling[fold] for fold in sorted(missing)]
