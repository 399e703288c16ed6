"""The people at an account: stakeholders, informal lines, buying centers, interactions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.domain.enums import Attitude, BuyingRole, InteractionKind, LinkKind
from kamdesk.store.column_types import enum_column
from kamdesk.store.orm.base import Base, Versioned, check


class Stakeholder(Versioned, Base):
    """A person at the account, placed in its org chart by their reports-to line."""

    __tablename__ = "stakeholder"
    __table_args__ = (
        check("influence BETWEEN 1 AND 5", "influence"),
        check("relationship_strength BETWEEN 1 AND 5", "relationship_strength"),
        check("reports_to_id IS NULL OR reports_to_id <> id", "not_own_manager"),
        check("length(name) > 0", "name_not_empty"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(200), default="")
    department: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    # Deleting a manager leaves their reports without one, not deleted.
    reports_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="SET NULL"), index=True
    )
    influence: Mapped[int] = mapped_column(Integer, default=3)
    attitude: Mapped[Attitude] = mapped_column(
        enum_column(Attitude, "attitude"), default=Attitude.NEUTRAL
    )
    relationship_strength: Mapped[int] = mapped_column(Integer, default=3)
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("team_member.id", ondelete="SET NULL"), index=True
    )
    # A contact recorded by hand; the effective last contact is the later of this and the
    # newest interaction the person took part in.
    last_contact: Mapped[date | None] = mapped_column(Date)
    # The day the person left the company: they stay in history, off the map.
    left_on: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Where the person's data came from ("business card 2025-03") and why we may keep it:
    # what a KAM answers when the person asks (GDPR Art. 14).
    source: Mapped[str] = mapped_column(String(200), default="", server_default="")
    lawful_basis: Mapped[str] = mapped_column(Text, default="", server_default="")


class StakeholderLink(Versioned, Base):
    """An informal line between two stakeholders: influences, close to, in conflict with."""

    __tablename__ = "stakeholder_link"
    __table_args__ = (
        UniqueConstraint("from_id", "to_id", "kind"),
        check("from_id <> to_id", "not_self"),
    )

    from_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    to_id: Mapped[int] = mapped_column(ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True)
    kind: Mapped[LinkKind] = mapped_column(enum_column(LinkKind, "kind"))
    note: Mapped[str] = mapped_column(Text, default="")


class BuyingCenter(Versioned, Base):
    """A named decision unit inside the account, e.g. "IT procurement"."""

    __tablename__ = "buying_center"
    __table_args__ = (
        UniqueConstraint("account_id", "name"),
        check("length(name) > 0", "name_not_empty"),
    )

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")


class BuyingCenterMember(Versioned, Base):
    """A stakeholder's role in one buying center (one person may sit in several)."""

    __tablename__ = "buying_center_member"
    __table_args__ = (UniqueConstraint("buying_center_id", "stakeholder_id"),)

    buying_center_id: Mapped[int] = mapped_column(
        ForeignKey("buying_center.id", ondelete="CASCADE"), index=True
    )
    stakeholder_id: Mapped[int] = mapped_column(
        ForeignKey("stakeholder.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[BuyingRole] = mapped_column(enum_column(BuyingRole, "role"))


interaction_stakeholder = Table(
    "interaction_stakeholder",
    Base.metadata,
    Column(
        "interaction_id",
        ForeignKey("interaction.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "stakeholder_id",
        ForeignKey("stakeholder.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)
"""Which stakeholders took part in an interaction."""


class Interaction(Versioned, Base):
    """A meeting, call, e-mail or visit: the relationship's history."""

    __tablename__ = "interaction"
    # Covering the portfolio's last contact per account (revision 0005): index alone.
    __table_args__ = (Index("ix_interaction_account_occurred_on", "account_id", "occurred_on"),)

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    occurred_on: Mapped[date] = mapped_column(Date, index=True)
    kind: Mapped[InteractionKind] = mapped_column(enum_column(InteractionKind, "kind"))
    summary: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    # What we write about a meeting is ours; only an entry the KAM shares prints for the client.
    shared_with_client: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
