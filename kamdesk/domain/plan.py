"""The assembled account plan: the one plain data object behind every view of a plan.

``kamdesk plan --format json`` prints it, the PDF renderer draws it, and a plan snapshot
stores it. Services fill it in one read-only transaction; nothing here knows a database.
Every section is present; a section with no data is an empty tuple (or ``None``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from kamdesk.domain.enums import (
    Attitude,
    BuyingRole,
    CellStatus,
    CompetitorKind,
    Criterion,
    Direction,
    GoalKind,
    GoalStatus,
    InteractionKind,
    LinkKind,
    OpportunityStatus,
    OpportunityType,
    Priority,
    ReviewCadence,
    ReviewKind,
    SwotKind,
    TeamRole,
    Tier,
)

# Field metadata: ``json`` renames a field in JSON; ``json=None`` leaves it out of JSON.
NOT_IN_JSON: Mapping[str, Any] = {"json": None}


@dataclass(frozen=True)
class PlanMeta:
    """Who prepared the plan, when, and in which currency."""

    company_name: str
    currency: str
    locale: str
    fiscal_year: int
    fiscal_year_start_month: int
    prepared_on: dt.date
    kam: str | None
    # Counts the plans exported so far, plus one: "version 3" of this account's plan.
    version: int
    logo_png: bytes | None = field(default=None, metadata=NOT_IN_JSON)


@dataclass(frozen=True)
class AccountProfile:
    """Every profile field of the account."""

    id: int
    name: str
    legal_name: str
    industry: str
    employees: int | None
    annual_revenue: Decimal | None
    street: str
    postal_code: str
    city: str
    country: str
    time_zone: str
    website: str
    tier: Tier
    owner: str | None
    customer_since: dt.date | None
    expected_relationship_years: int
    review_cadence: ReviewCadence
    business_plan: str
    target_audience: str
    usp: str
    notes: str
    last_contact: dt.date | None


@dataclass(frozen=True)
class CompetitorEntry:
    """A competitor of the customer's, or one of ours at this account."""

    name: str
    kind: CompetitorKind
    strengths: str
    notes: str


@dataclass(frozen=True)
class NeedEntry:
    """A need or pain point and our response."""

    title: str
    description: str
    our_response: str
    priority: Priority


@dataclass(frozen=True)
class SwotEntry:
    """One SWOT item."""

    kind: SwotKind
    text: str


@dataclass(frozen=True)
class TeamEntry:
    """One of our people on the account team."""

    member: str
    role: TeamRole
    email: str
    job_title: str
    responsibilities: str


@dataclass(frozen=True)
class InteractionEntry:
    """One meeting, call, e-mail or visit."""

    date: dt.date
    kind: InteractionKind
    stakeholders: tuple[str, ...]
    summary: str
    next_steps: str
    # Our notes of the meeting; printed for the client only when the KAM shared the entry.
    shared_with_client: bool = False


@dataclass(frozen=True)
class BuyingCenterRole:
    """A stakeholder's role in one buying center."""

    name: str
    role: BuyingRole


@dataclass(frozen=True)
class StakeholderEntry:
    """A person at the account, with what we know of them."""

    id: int
    name: str
    title: str
    department: str
    email: str
    phone: str
    reports_to: str | None
    reports_to_id: int | None
    attitude: Attitude
    influence: int
    relationship_strength: int
    owner: str | None
    owner_initials: str | None
    last_contact: dt.date | None
    # "fresh", "ageing", "stale" or "never" (see domain.coverage.contact_freshness).
    freshness: str
    left: dt.date | None
    notes: str
    buying_centers: tuple[BuyingCenterRole, ...]


@dataclass(frozen=True)
class LinkEntry:
    """An informal line between two stakeholders."""

    from_: str = field(metadata={"json": "from"})
    to: str = ""
    from_id: int = 0
    to_id: int = 0
    kind: LinkKind = LinkKind.CLOSE_TO
    note: str = ""


@dataclass(frozen=True)
class MemberEntry:
    """A member of a buying center."""

    name: str
    title: str
    role: BuyingRole
    attitude: Attitude
    influence: int
    owner: str | None
    left: bool


@dataclass(frozen=True)
class CoverageEntry:
    """How well we cover a buying center; ``gaps`` are stable codes, translated on display."""

    has_known_decider: bool
    has_champion: bool
    high_influence_blockers: tuple[str, ...]
    members_without_owner: tuple[str, ...]
    stale_members: tuple[str, ...]
    gaps: tuple[str, ...]


@dataclass(frozen=True)
class BuyingCenterEntry:
    """A decision unit of the account with its members and our coverage of it."""

    name: str
    description: str
    members: tuple[MemberEntry, ...]
    coverage: CoverageEntry


@dataclass(frozen=True)
class GoalUpdateEntry:
    """A dated measurement of a goal."""

    date: dt.date
    value: Decimal
    note: str


@dataclass(frozen=True)
class GoalEntry:
    """A measurable goal with its derived status."""

    title: str
    kind: GoalKind
    metric: str
    unit: str
    direction: Direction
    baseline: Decimal
    target: Decimal
    current: Decimal | None
    start: dt.date
    due: dt.date
    status: GoalStatus
    # Fraction of the way from baseline to target (None before the first update).
    progress: Decimal | None
    owner: str | None
    updates: tuple[GoalUpdateEntry, ...]


@dataclass(frozen=True)
class ActionEntry:
    """An action item."""

    title: str
    owner: str | None
    due: dt.date | None
    done: bool
    done_on: dt.date | None
    goal: str | None
    shared_with_client: bool
    overdue: bool


@dataclass(frozen=True)
class RevenueRow:
    """One fiscal quarter of revenue with its growth figures (fractions, None: no base)."""

    year: int
    quarter: int
    actual: Decimal | None
    plan: Decimal | None
    recurring: bool
    growth_qoq: Decimal | None
    growth_yoy: Decimal | None
    vs_plan: Decimal | None


@dataclass(frozen=True)
class RevenueSummary:
    """Trailing-twelve-month revenue, its recurring part and customer lifetime value."""

    ttm: Decimal
    arr: Decimal
    clv: Decimal
    as_of_year: int
    as_of_quarter: int


@dataclass(frozen=True)
class ReviewEntry:
    """A review held."""

    date: dt.date
    kind: ReviewKind
    attendees: str
    summary: str
    outcomes: str
    next_review: dt.date | None
    # Our notes of the review; printed for the client only when the KAM shared the entry.
    shared_with_client: bool = False


@dataclass(frozen=True)
class WhitespaceCellEntry:
    """One business unit × offering cell."""

    unit: str
    offering: str
    status: CellStatus
    value: Decimal | None
    competitor: str | None
    note: str


@dataclass(frozen=True)
class ValueTotal:
    """Active and potential value of one row or column of the whitespace matrix."""

    name: str
    active: Decimal
    potential: Decimal


@dataclass(frozen=True)
class WhitespaceTotals:
    """Totals of the whitespace matrix."""

    active: Decimal
    potential: Decimal
    # Share of relevant cells where they buy from us (None: no relevant cell).
    coverage: Decimal | None
    by_unit: tuple[ValueTotal, ...]
    by_offering: tuple[ValueTotal, ...]


@dataclass(frozen=True)
class Whitespace:
    """The whitespace matrix of the account."""

    units: tuple[str, ...]
    offerings: tuple[str, ...]
    cells: tuple[WhitespaceCellEntry, ...]
    totals: WhitespaceTotals


@dataclass(frozen=True)
class OpportunityEntry:
    """An opportunity in the pipeline."""

    title: str
    type: OpportunityType
    offering: str | None
    unit: str | None
    value: Decimal
    probability: int
    stage: str
    expected_close: dt.date | None
    status: OpportunityStatus
    lost_reason: str


@dataclass(frozen=True)
class QuarterValue:
    """A value in one fiscal quarter."""

    year: int
    quarter: int
    value: Decimal


@dataclass(frozen=True)
class Pipeline:
    """The weighted pipeline of open opportunities."""

    weighted: Decimal
    by_quarter: tuple[QuarterValue, ...]
    won_this_fiscal_year: Decimal


@dataclass(frozen=True)
class ScoreEntry:
    """The latest score of one scorecard criterion."""

    criterion: Criterion
    value: int
    scored_on: dt.date


@dataclass(frozen=True)
class Scorecard:
    """The account's scorecard: latest scores, weighted score and recommended tier."""

    scores: tuple[ScoreEntry, ...]
    weighted_score: Decimal | None
    recommended_tier: Tier | None
    reasons: tuple[str, ...]


def _empty_whitespace() -> Whitespace:
    return Whitespace((), (), (), WhitespaceTotals(Decimal(0), Decimal(0), None, (), ()))


def _empty_pipeline() -> Pipeline:
    return Pipeline(Decimal(0), (), Decimal(0))


@dataclass(frozen=True)
class AccountPlan:
    """The whole account plan."""

    meta: PlanMeta
    account: AccountProfile
    competitors: tuple[CompetitorEntry, ...] = ()
    needs: tuple[NeedEntry, ...] = ()
    swot: tuple[SwotEntry, ...] = ()
    team: tuple[TeamEntry, ...] = ()
    interactions: tuple[InteractionEntry, ...] = ()
    stakeholders: tuple[StakeholderEntry, ...] = ()
    links: tuple[LinkEntry, ...] = ()
    buying_centers: tuple[BuyingCenterEntry, ...] = ()
    departments_without_contact: tuple[str, ...] = ()
    goals: tuple[GoalEntry, ...] = ()
    actions: tuple[ActionEntry, ...] = ()
    revenue: tuple[RevenueRow, ...] = ()
    revenue_summary: RevenueSummary | None = None
    reviews: tuple[ReviewEntry, ...] = ()
    next_review: dt.date | None = None
    review_overdue: bool = False
    changes_since_last_review: Mapping[str, Any] | None = None
    whitespace: Whitespace = field(default_factory=_empty_whitespace)
    opportunities: tuple[OpportunityEntry, ...] = ()
    pipeline: Pipeline = field(default_factory=_empty_pipeline)
    scorecard: Scorecard | None = None
