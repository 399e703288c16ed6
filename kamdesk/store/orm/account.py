"""The account and what describes it: profile, scorecard, competitors, needs, SWOT, team."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.enums import (
    CompetitorKind,
    Criterion,
    Priority,
    ReviewCadence,
    SwotKind,
    TeamRole,
    Tier,
)
from kamdesk.store.column_types import Money, enum_column
from kamdesk.store.orm.base import Base, Versioned, check


class Account(Versioned, Base):
    """A customer account and its profile."""

    __tablename__ = "account"
    __table_args__ = (
        check("employees IS NULL OR employees >= 0", "employees"),
        check("annual_revenue IS NULL OR annual_revenue >= 0", "annual_revenue"),
        check("expected_relationship_years BETWEEN 1 AND 100", "expected_relationship_years"),
        check("length(name) > 0", "name_not_empty"),
    )

    name: Mapped[str] = mapped_column(String(200), unique=True)
    legal_name: Mapped[str] = mapped_column(String(300), default="")
    industry: Mapped[str] = mapped_column(String(120), default="", index=True)
    employees: Mapped[int | None] = mapped_column(Integer)
    # The customer's own annual revenue (their size), not what they buy from us.
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money())
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    # ISO 3166-1 alpha-2 code, e.g. "DE".
    country: Mapped[str] = mapped_column(String(2), default="")
    # IANA zone name, e.g. "Europe/Berlin".
    time_zone: Mapped[str] = mapped_column(String(64), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    tier: Mapped[Tier] = mapped_column(enum_column(Tier, "tier"), default=Tier.STANDARD)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    customer_since: Mapped[date | None] = mapped_column(Date)
    expected_relationship_years: Mapped[int] = mapped_column(Integer, default=10)
    review_cadence: Mapped[ReviewCadence] = mapped_column(
        enum_column(ReviewCadence, "review_cadence"), default=ReviewCadence.QUARTERLY
    )
    business_plan: Mapped[str] = mapped_column(Text, default="")
    target_audience: Mapped[str] = mapped_column(Text, default="")
    usp: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Score(Versioned, Base):
    """One dated score (1–5) of one scorecard criterion; earlier scores stay as history."""

    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("account_id", "criterion", "scored_on"),
        check("value BETWEEN 1 AND 5", "value"),
        # Covering the latest-score read of the portfolio (revision 0005): index alone.
        Index(
            "ix_score_account_criterion_scored_on_value",
            "account_id", "criterion", "scored_on", "value",
        ),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    criterion: Mapped[Criterion] = mapped_column(enum_column(Criterion, "criterion"))
    value: Mapped[int] = mapped_column(Integer)
    scored_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Competitor(Versioned, Base):
    """A competitor of the customer's, or one of ours at this account."""

    __tablename__ = "competitor"
    __table_args__ = (UniqueConstraint("account_id", "name", "kind"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CompetitorKind] = mapped_column(enum_column(CompetitorKind, "kind"))
    strengths: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class Need(Versioned, Base):
    """A need or pain point of the customer, with our response."""

    __tablename__ = "need"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    our_response: Mapped[str] = mapped_column(Text, default="")
    priority: Mapped[Priority] = mapped_column(
        enum_column(Priority, "priority"), default=Priority.MEDIUM
    )
    position: Mapped[int] = mapped_column(Integer, default=0)


class SwotItem(Versioned, Base):
    """One entry of the account's SWOT analysis."""

    __tablename__ = "swot_item"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[SwotKind] = mapped_column(enum_column(SwotKind, "kind"))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class AccountTeamRole(Versioned, Base):
    """One of our people in a role on this account's team."""

    __tablename__ = "account_team_role"
    __table_args__ = (UniqueConstraint("account_id", "team_member_id", "role"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    # Removing a person from our team removes their roles on accounts (the UI says so first).
    team_member_id: Mapped[int] = mapped_column(
        ForeignKey("team_member.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[TeamRole] = mapped_column(enum_column(TeamRole, "role"))
    responsibilities: Mapped[str] = mapped_column(Text, default="")
