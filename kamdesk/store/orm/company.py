"""Our own side: company settings, team members, the offerings catalogue, pipeline stages."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Boolean, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.store.column_types import Metric, Money
from kamdesk.store.orm.base import Base, Versioned, check


class CompanySettings(Versioned, Base):
    """The one row of settings: our company, the method's thresholds and weights."""

    __tablename__ = "company_settings"
    __table_args__ = (
        check("id = 1", "singleton"),
        check("fiscal_year_start_month BETWEEN 1 AND 12", "fiscal_year_start_month"),
        check("default_kam_capacity >= 0", "default_kam_capacity"),
        check("gross_margin >= 0 AND gross_margin <= 10000", "gross_margin"),
        check("stale_contact_days > 0", "stale_contact_days"),
        check("abc_a_percent > 0 AND abc_a_percent < abc_b_percent AND abc_b_percent <= 100",
              "abc_thresholds"),
        check("key_score_threshold BETWEEN 0 AND 100", "key_score_threshold"),
        check("emerging_score_threshold BETWEEN 0 AND 100", "emerging_score_threshold"),
        check("max_key_share_percent BETWEEN 0 AND 100", "max_key_share_percent"),
        check("max_account_share_percent BETWEEN 0 AND 100", "max_account_share_percent"),
        check("contact_days_key > 0 AND contact_days_emerging > 0 AND contact_days_standard > 0",
              "contact_days"),
        check(
            "weight_revenue_share >= 0 AND weight_clv >= 0 AND weight_tailored_service >= 0 "
            "AND weight_growth_potential >= 0 AND weight_credibility >= 0 "
            "AND weight_relationship >= 0",
            "weights",
        ),
    )

    company_name: Mapped[str] = mapped_column(String(200), default="")
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    locale: Mapped[str] = mapped_column(String(16), default="de_DE")
    fiscal_year_start_month: Mapped[int] = mapped_column(Integer, default=1)
    default_kam_capacity: Mapped[int] = mapped_column(Integer, default=5)
    # A fraction of revenue, e.g. 0.3500 for 35 % (stored scaled by 10,000).
    gross_margin: Mapped[Decimal] = mapped_column(Metric(), default=Decimal("0.30"))
    stale_contact_days: Mapped[int] = mapped_column(Integer, default=90)
    abc_a_percent: Mapped[int] = mapped_column(Integer, default=80)
    abc_b_percent: Mapped[int] = mapped_column(Integer, default=95)
    key_score_threshold: Mapped[int] = mapped_column(Integer, default=60)
    emerging_score_threshold: Mapped[int] = mapped_column(Integer, default=50)
    max_key_share_percent: Mapped[int] = mapped_column(Integer, default=20)
    max_account_share_percent: Mapped[int] = mapped_column(Integer, default=20)
    contact_days_key: Mapped[int] = mapped_column(Integer, default=30)
    contact_days_emerging: Mapped[int] = mapped_column(Integer, default=60)
    contact_days_standard: Mapped[int] = mapped_column(Integer, default=120)
    weight_revenue_share: Mapped[int] = mapped_column(Integer, default=25)
    weight_clv: Mapped[int] = mapped_column(Integer, default=20)
    weight_tailored_service: Mapped[int] = mapped_column(Integer, default=10)
    weight_growth_potential: Mapped[int] = mapped_column(Integer, default=20)
    weight_credibility: Mapped[int] = mapped_column(Integer, default=10)
    weight_relationship: Mapped[int] = mapped_column(Integer, default=15)
    # People who left and accounts without activity for this long are listed for review.
    # The settings service keeps it within 1..600 (no CHECK: see migration 0004).
    retention_months: Mapped[int] = mapped_column(Integer, default=24, server_default="24")


class TeamMember(Versioned, Base):
    """One of our people: a KAM, a specialist, an executive sponsor …"""

    __tablename__ = "team_member"
    __table_args__ = (check("capacity >= 0", "capacity"),)

    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(120), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    # How many key accounts this person can carry.
    capacity: Mapped[int] = mapped_column(Integer, default=5)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Offering(Versioned, Base):
    """A product or service in our catalogue (a column of the whitespace matrix)."""

    __tablename__ = "offering"
    __table_args__ = (check("list_price >= 0", "list_price"),)

    name: Mapped[str] = mapped_column(String(120), unique=True)
    category: Mapped[str] = mapped_column(String(120), default="")
    list_price: Mapped[Decimal | None] = mapped_column(Money())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class OpportunityStage(Versioned, Base):
    """A stage of our sales pipeline (editable in settings)."""

    __tablename__ = "opportunity_stage"
    __table_args__ = (
        check("default_probability BETWEEN 0 AND 100", "default_probability"),
    )

    name: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    default_probability: Mapped[int] = mapped_column(Integer, default=10)
    notes: Mapped[str] = mapped_column(Text, default="")
