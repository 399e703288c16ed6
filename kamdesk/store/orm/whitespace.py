"""Where the account can grow: business units, the whitespace matrix, opportunities."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.enums import CellStatus, OpportunityStatus, OpportunityType
from kamdesk.store.column_types import Money, enum_column
from kamdesk.store.orm.base import Base, Versioned, check


class BusinessUnit(Versioned, Base):
    """A business unit of the account (a row of the whitespace matrix)."""

    __tablename__ = "business_unit"
    __table_args__ = (
        UniqueConstraint("account_id", "name"),
        check("length(name) > 0", "name_not_empty"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class WhitespaceCell(Versioned, Base):
    """One business unit × offering cell: do they buy it, could they, who has it."""

    __tablename__ = "whitespace_cell"
    __table_args__ = (
        UniqueConstraint("business_unit_id", "offering_id"),
        check("estimated_value IS NULL OR estimated_value >= 0", "estimated_value"),
    )

    business_unit_id: Mapped[int] = mapped_column(
        ForeignKey("business_unit.id", ondelete="CASCADE"), index=True
    )
    # An offering in use cannot be deleted silently: the service lists what depends on it.
    offering_id: Mapped[int] = mapped_column(
        ForeignKey("offering.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[CellStatus] = mapped_column(
        enum_column(CellStatus, "status"), default=CellStatus.UNKNOWN
    )
    estimated_value: Mapped[Decimal | None] = mapped_column(Money())
    competitor_id: Mapped[int | None] = mapped_column(
        ForeignKey("competitor.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")


class Opportunity(Versioned, Base):
    """A chance to sell more: cross-sell, upsell, renewal or new business."""

    __tablename__ = "opportunity"
    __table_args__ = (
        check("probability BETWEEN 0 AND 100", "probability"),
        check("value >= 0", "value"),
        check("length(title) > 0", "title_not_empty"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    type: Mapped[OpportunityType] = mapped_column(enum_column(OpportunityType, "type"))
    offering_id: Mapped[int | None] = mapped_column(
        ForeignKey("offering.id", ondelete="RESTRICT"), index=True
    )
    business_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("business_unit.id", ondelete="SET NULL"), index=True
    )
    value: Mapped[Decimal] = mapped_column(Money(), default=Decimal(0))
    probability: Mapped[int] = mapped_column(Integer, default=10)
    # A stage in use cannot be deleted: the service asks to move its opportunities first.
    stage_id: Mapped[int] = mapped_column(
        ForeignKey("opportunity_stage.id", ondelete="RESTRICT"), index=True
    )
    expected_close: Mapped[date | None] = mapped_column(Date)
    status: Mapped[OpportunityStatus] = mapped_column(
        enum_column(OpportunityStatus, "status"), default=OpportunityStatus.OPEN
    )
    closed_on: Mapped[date | None] = mapped_column(Date)
    lost_reason: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
