"""Tracking the plan: goals and their updates, actions, reviews, snapshots and revenue."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.enums import Direction, GoalKind, ReviewKind, SnapshotReason
from kamdesk.store.column_types import Metric, Money, UtcDateTime, enum_column
from kamdesk.store.orm.base import Base, Versioned, check


class Goal(Versioned, Base):
    """A measurable goal, internal or customer-facing."""

    __tablename__ = "goal"
    __table_args__ = (
        check("due_on >= start_on", "due_after_start"),
        check("target <> baseline", "target_differs"),
        check("length(title) > 0", "title_not_empty"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[GoalKind] = mapped_column(enum_column(GoalKind, "kind"))
    title: Mapped[str] = mapped_column(String(300))
    metric: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(40), default="")
    direction: Mapped[Direction] = mapped_column(
        enum_column(Direction, "direction"), default=Direction.INCREASE
    )
    baseline: Mapped[Decimal] = mapped_column(Metric())
    target: Mapped[Decimal] = mapped_column(Metric())
    start_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")


class GoalUpdate(Versioned, Base):
    """A dated measurement of a goal's metric."""

    __tablename__ = "goal_update"
    __table_args__ = (UniqueConstraint("goal_id", "measured_on"),)

    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="CASCADE"), index=True)
    measured_on: Mapped[date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(Metric())
    note: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Versioned, Base):
    """Something someone has to do by a date, optionally towards a goal."""

    __tablename__ = "action_item"
    __table_args__ = (check("length(title) > 0", "title_not_empty"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    # Deleting a goal keeps its actions, untied.
    goal_id: Mapped[int | None] = mapped_column(
        ForeignKey("goal.id", ondelete="SET NULL"), index=True
    )
    shared_with_client: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")


class Review(Versioned, Base):
    """A review of the account plan, internal or with the client."""

    __tablename__ = "review"
    __table_args__ = (
        check("next_review_on IS NULL OR next_review_on >= held_on", "next_after_held"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    kind: Mapped[ReviewKind] = mapped_column(enum_column(ReviewKind, "kind"))
    attendees: Mapped[str] = mapped_column(Text, default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    outcomes: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date)
    # Our notes of a review are ours; only a client review the KAM shares prints for the client.
    shared_with_client: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )


class PlanSnapshot(Versioned, Base):
    """The whole plan as JSON, taken at a review or an export, to show what changed since."""

    __tablename__ = "plan_snapshot"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime())
    reason: Mapped[SnapshotReason] = mapped_column(enum_column(SnapshotReason, "reason"))
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("review.id", ondelete="SET NULL"), index=True
    )
    content: Mapped[str] = mapped_column(Text)


class RevenueEntry(Versioned, Base):
    """Revenue with this account in one fiscal quarter: actual, plan target, recurring."""

    __tablename__ = "revenue_entry"
    __table_args__ = (
        UniqueConstraint("account_id", "year", "quarter"),
        check("quarter BETWEEN 1 AND 4", "quarter"),
        check("year BETWEEN 1900 AND 2200", "year"),
        check("actual IS NULL OR actual >= 0", "actual"),
        check("plan IS NULL OR plan >= 0", "plan"),
        # Covering the portfolio's revenue sums per account (revision 0005): index alone.
        Index("ix_revenue_entry_account_period_actual", "account_id", "year", "quarter", "actual"),
    )

    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    # The fiscal year, named by the calendar year in which it starts.
    year: Mapped[int] = mapped_column(Integer)
    quarter: Mapped[int] = mapped_column(Integer)
    actual: Mapped[Decimal | None] = mapped_column(Money())
    plan: Mapped[Decimal | None] = mapped_column(Money())
    recurring: Mapped[bool] = mapped_column(Boolean, default=False)
