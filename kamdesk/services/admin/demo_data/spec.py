"""The shape of a hand-written demo account plan.

Dates are given relative to "today" (days ago / days ahead), so the demo looks current on
whatever day it is built. People on our side are named by short keys of :data:`TEAM`;
stakeholders by a short key unique within their account, so lines between them read like
an org chart ("cfo" reports to "ceo").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kamdesk.domain.enums import (
    Attitude,
    BuyingRole,
    CompetitorKind,
    Direction,
    GoalKind,
    InteractionKind,
    LinkKind,
    OpportunityStatus,
    OpportunityType,
    Priority,
    ReviewCadence,
    TeamRole,
    Tier,
)


@dataclass(frozen=True)
class TeamSpec:
    """One of our people."""

    key: str
    name: str
    role: str
    capacity: int


TEAM: tuple[TeamSpec, ...] = (
    TeamSpec("ka", "Dr. Katrin Albers", "Geschäftsführerin Vertrieb & Service", 3),
    TeamSpec("jw", "Jörg Weiß", "Key Account Manager", 5),
    TeamSpec("ln", "Łukasz Nowak", "Key Account Manager Osteuropa", 4),
    TeamSpec("ad", "Anja Dvořák", "Key Account Managerin", 5),
    TeamSpec("mo", "Mehmet Öztürk", "Solution Architect", 6),
    TeamSpec("sb", "Sophie Brandstätter", "Leiterin Service & Wartung", 6),
    TeamSpec("tk", "Thomas Krüger", "Vertriebsinnendienst", 3),
)
KAM_KEYS: tuple[str, ...] = ("jw", "ln", "ad", "tk")


@dataclass(frozen=True)
class Person:
    """A stakeholder. ``left_days_ago`` set: left the company; ``new``: joined after the
    last review (absent from its snapshot); ``earlier``: attitude at the last review."""

    key: str
    name: str
    title: str
    department: str
    boss: str | None
    influence: int
    attitude: Attitude
    strength: int
    owner: str | None = None
    left_days_ago: int | None = None
    new: bool = False
    earlier: Attitude | None = None
    last_contact_days_ago: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class Link:
    """An informal line between two stakeholders."""

    source: str
    target: str
    kind: LinkKind
    note: str = ""


@dataclass(frozen=True)
class Center:
    """A buying center and its members' roles."""

    name: str
    description: str
    members: tuple[tuple[str, BuyingRole], ...]


@dataclass(frozen=True)
class GoalSpec:
    """A goal; ``updates`` are (days ago, percent of the way from baseline to target)."""

    kind: GoalKind
    title: str
    metric: str
    unit: str
    direction: Direction
    baseline: Decimal
    target: Decimal
    start_days_ago: int
    due_in_days: int  # negative: the due date has passed
    owner: str
    updates: tuple[tuple[int, int], ...]
    notes: str = ""


@dataclass(frozen=True)
class ActionSpec:
    """An action item; ``goal`` is an index into the account's goals."""

    title: str
    owner: str
    due_in_days: int  # negative: due in the past
    done: bool = False
    shared: bool = False
    goal: int | None = None


@dataclass(frozen=True)
class UnitSpec:
    """A business unit and its whitespace row: one letter per offering, in catalogue order.

    A active, O opportunity, P in progress, C competitor, N not relevant, ? unknown.
    """

    name: str
    notes: str
    row: str


@dataclass(frozen=True)
class OpportunitySpec:
    """An opportunity; ``stage`` indexes the pipeline stages, ``unit`` the account's units."""

    title: str
    type: OpportunityType
    offering: str
    unit: int | None
    value: Decimal
    stage: int
    close_in_days: int
    status: OpportunityStatus
    created_days_ago: int
    lost_reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CompetitorSpec:
    """A competitor of the customer's or of ours here."""

    name: str
    kind: CompetitorKind
    strengths: str
    notes: str = ""


@dataclass(frozen=True)
class NeedSpec:
    """A need or pain point with our response."""

    title: str
    description: str
    response: str
    priority: Priority


@dataclass(frozen=True)
class PlannedAccount:
    """A hand-written account plan: a fully planned key account or a partly planned one."""

    name: str
    legal_name: str
    tier: Tier
    industry: str
    employees: int
    annual_revenue: Decimal  # their own revenue, in EUR
    street: str
    postal_code: str
    city: str
    country: str
    time_zone: str
    website: str
    owner: str
    customer_since_years: int
    relationship_years: int
    cadence: ReviewCadence
    business_plan: str
    target_audience: str
    usp: str
    notes: str
    # Revenue with us: the annual level, its quarterly growth and whether it is mostly
    # recurring service revenue.
    growth_per_quarter: Decimal
    recurring: bool
    people: tuple[Person, ...]
    links: tuple[Link, ...] = ()
    centers: tuple[Center, ...] = ()
    goals: tuple[GoalSpec, ...] = ()
    actions: tuple[ActionSpec, ...] = ()
    units: tuple[UnitSpec, ...] = ()
    opportunities: tuple[OpportunitySpec, ...] = ()
    competitors: tuple[CompetitorSpec, ...] = ()
    needs: tuple[NeedSpec, ...] = ()
    swot: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]] = (
        (), (), (), ()
    )
    team: tuple[tuple[str, TeamRole, str], ...] = ()
    # Scorecard in Criterion order; ``earlier_scores`` is the history (None: no history).
    scores: tuple[int, int, int, int, int, int] = (3, 3, 3, 3, 3, 3)
    earlier_scores: tuple[int, int, int, int, int, int] | None = None
    interactions: int = 0
    last_interaction_days_ago: int = 7
    interaction_kinds: tuple[InteractionKind, ...] = (
        InteractionKind.MEETING, InteractionKind.CALL, InteractionKind.EMAIL,
        InteractionKind.VISIT,
    )
    reviews: int = 0
    last_review_days_ago: int = 30
    # Days ago a plan was exported (a snapshot with reason "export"); None: never.
    exported_days_ago: int | None = None
    topics: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class OfferingSpec:
    """An item of our catalogue (a column of the whitespace matrix)."""

    name: str
    category: str
    list_price: Decimal


# The order is the order of the letters in UnitSpec.row.
OFFERINGS: tuple[OfferingSpec, ...] = (
    OfferingSpec("MES Lizenz", "Software", Decimal("85000")),
    OfferingSpec("MES Wartung & Updates", "Service", Decimal("17000")),
    OfferingSpec("Condition Monitoring", "Software", Decimal("42000")),
    OfferingSpec("Predictive Maintenance Analytics", "Software", Decimal("64000")),
    OfferingSpec("Energie-Monitoring", "Software", Decimal("28000")),
    OfferingSpec("SPS-Modernisierung", "Engineering", Decimal("95000")),
    OfferingSpec("Robotik-Zelle Integration", "Engineering", Decimal("180000")),
    OfferingSpec("OT-Security Audit", "Beratung", Decimal("22000")),
    OfferingSpec("Wartungsvertrag Premium", "Service", Decimal("36000")),
    OfferingSpec("Schulungen", "Service", Decimal("4800")),
)

# (name, default probability in percent), in pipeline order.
STAGES: tuple[tuple[str, int], ...] = (
    ("Qualifizierung", 10),
    ("Bedarfsanalyse", 25),
    ("Angebot", 50),
    ("Verhandlung", 75),
    ("Abschluss", 90),
)
