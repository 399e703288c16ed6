"""The closed vocabularies of the KAM method, shared by every layer.

Values are stable lower-case identifiers: they are stored in the database, written to JSON
and matched on the command line, so renaming one needs a migration.
"""

from __future__ import annotations

from enum import StrEnum


class Tier(StrEnum):
    """How much attention an account gets."""

    KEY = "key"
    EMERGING = "emerging"
    STANDARD = "standard"
    ARCHIVED = "archived"


class ReviewCadence(StrEnum):
    """How often an account plan is reviewed."""

    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"

    @property
    def months(self) -> int:
        """The length of one review cycle in months."""
        return {"monthly": 1, "quarterly": 3, "half_yearly": 6, "yearly": 12}[self.value]


class Criterion(StrEnum):
    """The six criteria of the key-account scorecard."""

    REVENUE_SHARE = "revenue_share"
    CLV = "clv"
    TAILORED_SERVICE = "tailored_service"
    GROWTH_POTENTIAL = "growth_potential"
    CREDIBILITY = "credibility"
    RELATIONSHIP = "relationship"


class CompetitorKind(StrEnum):
    """Whose competitor a competitor entry is."""

    CUSTOMERS = "customers"  # competes with the customer in their market
    OURS = "ours"  # competes with us for this account's business


class Attitude(StrEnum):
    """A stakeholder's attitude towards us, from best to worst."""

    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SCEPTIC = "sceptic"
    BLOCKER = "blocker"


class LinkKind(StrEnum):
    """An informal line between two stakeholders."""

    INFLUENCES = "influences"
    CLOSE_TO = "close_to"
    CONFLICT = "conflict"


class BuyingRole(StrEnum):
    """A member's role in a buying center."""

    INITIATOR = "initiator"
    USER = "user"
    INFLUENCER = "influencer"
    DECIDER = "decider"
    BUYER = "buyer"
    GATEKEEPER = "gatekeeper"


class CellStatus(StrEnum):
    """The status of one business unit × offering cell of the whitespace matrix."""

    ACTIVE = "active"
    OPPORTUNITY = "opportunity"
    IN_PROGRESS = "in_progress"
    COMPETITOR = "competitor"
    NOT_RELEVANT = "not_relevant"
    UNKNOWN = "unknown"


class OpportunityType(StrEnum):
    """Where an opportunity's revenue would come from."""

    CROSS_SELL = "cross_sell"
    UPSELL = "upsell"
    RENEWAL = "renewal"
    NEW_BUSINESS = "new_business"


class OpportunityStatus(StrEnum):
    """Whether an opportunity is still open."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class GoalKind(StrEnum):
    """Who a goal is for."""

    CUSTOMER = "customer"  # customer-facing: shared with the client
    INTERNAL = "internal"


class Direction(StrEnum):
    """Whether a goal's metric should go up or down."""

    INCREASE = "increase"
    DECREASE = "decrease"


class GoalStatus(StrEnum):
    """A goal's status, derived from progress against elapsed time."""

    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    OVERDUE = "overdue"


class Priority(StrEnum):
    """The priority of a need or pain point."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class SwotKind(StrEnum):
    """The four quadrants of a SWOT analysis."""

    STRENGTH = "strength"
    WEAKNESS = "weakness"
    OPPORTUNITY = "opportunity"
    THREAT = "threat"


class TeamRole(StrEnum):
    """The role of one of our people on an account's team."""

    EXECUTIVE_SPONSOR = "executive_sponsor"
    KAM = "kam"
    SPECIALIST = "specialist"
    SERVICE = "service"
    SALES = "sales"
    OTHER = "other"


class InteractionKind(StrEnum):
    """How we were in touch with the account."""

    MEETING = "meeting"
    CALL = "call"
    EMAIL = "email"
    VISIT = "visit"


class ReviewKind(StrEnum):
    """Who took part in a review."""

    INTERNAL = "internal"
    CLIENT = "client"


class SnapshotReason(StrEnum):
    """Why a plan snapshot was taken."""

    REVIEW = "review"
    EXPORT = "export"
