# ruff: noqa: E501 - generated DDL, kept as Alembic wrote it
"""Initial schema: every entity of the KAM method.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "company_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("company_name", sa.String(length=200), nullable=False),
        sa.Column("logo_png", sa.LargeBinary(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("locale", sa.String(length=16), nullable=False),
        sa.Column("fiscal_year_start_month", sa.Integer(), nullable=False),
        sa.Column("default_kam_capacity", sa.Integer(), nullable=False),
        sa.Column("gross_margin", sa.BigInteger(), nullable=False),
        sa.Column("stale_contact_days", sa.Integer(), nullable=False),
        sa.Column("abc_a_percent", sa.Integer(), nullable=False),
        sa.Column("abc_b_percent", sa.Integer(), nullable=False),
        sa.Column("key_score_threshold", sa.Integer(), nullable=False),
        sa.Column("emerging_score_threshold", sa.Integer(), nullable=False),
        sa.Column("max_key_share_percent", sa.Integer(), nullable=False),
        sa.Column("max_account_share_percent", sa.Integer(), nullable=False),
        sa.Column("contact_days_key", sa.Integer(), nullable=False),
        sa.Column("contact_days_emerging", sa.Integer(), nullable=False),
        sa.Column("contact_days_standard", sa.Integer(), nullable=False),
        sa.Column("weight_revenue_share", sa.Integer(), nullable=False),
        sa.Column("weight_clv", sa.Integer(), nullable=False),
        sa.Column("weight_tailored_service", sa.Integer(), nullable=False),
        sa.Column("weight_growth_potential", sa.Integer(), nullable=False),
        sa.Column("weight_credibility", sa.Integer(), nullable=False),
        sa.Column("weight_relationship", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "abc_a_percent > 0 AND abc_a_percent < abc_b_percent AND abc_b_percent <= 100",
            name=op.f("ck_company_settings_abc_thresholds"),
        ),
        sa.CheckConstraint(
            "contact_days_key > 0 AND contact_days_emerging > 0 AND contact_days_standard > 0",
            name=op.f("ck_company_settings_contact_days"),
        ),
        sa.CheckConstraint(
            "default_kam_capacity >= 0", name=op.f("ck_company_settings_default_kam_capacity")
        ),
        sa.CheckConstraint(
            "emerging_score_threshold BETWEEN 0 AND 100",
            name=op.f("ck_company_settings_emerging_score_threshold"),
        ),
        sa.CheckConstraint(
            "fiscal_year_start_month BETWEEN 1 AND 12",
            name=op.f("ck_company_settings_fiscal_year_start_month"),
        ),
        sa.CheckConstraint(
            "gross_margin >= 0 AND gross_margin <= 10000",
            name=op.f("ck_company_settings_gross_margin"),
        ),
        sa.CheckConstraint("id = 1", name=op.f("ck_company_settings_singleton")),
        sa.CheckConstraint(
            "key_score_threshold BETWEEN 0 AND 100",
            name=op.f("ck_company_settings_key_score_threshold"),
        ),
        sa.CheckConstraint(
            "max_account_share_percent BETWEEN 0 AND 100",
            name=op.f("ck_company_settings_max_account_share_percent"),
        ),
        sa.CheckConstraint(
            "max_key_share_percent BETWEEN 0 AND 100",
            name=op.f("ck_company_settings_max_key_share_percent"),
        ),
        sa.CheckConstraint(
            "stale_contact_days > 0", name=op.f("ck_company_settings_stale_contact_days")
        ),
        sa.CheckConstraint(
            "weight_revenue_share >= 0 AND weight_clv >= 0 AND weight_tailored_service >= 0 AND weight_growth_potential >= 0 AND weight_credibility >= 0 AND weight_relationship >= 0",
            name=op.f("ck_company_settings_weights"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company_settings")),
    )
    op.create_table(
        "offering",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("category", sa.String(length=120), nullable=False),
        sa.Column("list_price", sa.BigInteger(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("list_price >= 0", name=op.f("ck_offering_list_price")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_offering")),
        sa.UniqueConstraint("name", name=op.f("uq_offering_name")),
    )
    op.create_table(
        "opportunity_stage",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("default_probability", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "default_probability BETWEEN 0 AND 100",
            name=op.f("ck_opportunity_stage_default_probability"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity_stage")),
        sa.UniqueConstraint("name", name=op.f("uq_opportunity_stage_name")),
    )
    op.create_table(
        "team_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("capacity >= 0", name=op.f("ck_team_member_capacity")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_member")),
        sa.UniqueConstraint("name", name=op.f("uq_team_member_name")),
    )
    op.create_table(
        "account",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("legal_name", sa.String(length=300), nullable=False),
        sa.Column("industry", sa.String(length=120), nullable=False),
        sa.Column("employees", sa.Integer(), nullable=True),
        sa.Column("annual_revenue", sa.BigInteger(), nullable=True),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("website", sa.String(length=300), nullable=False),
        sa.Column(
            "tier",
            sa.Enum(
                "key",
                "emerging",
                "standard",
                "archived",
                name="tier",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("customer_since", sa.Date(), nullable=True),
        sa.Column("expected_relationship_years", sa.Integer(), nullable=False),
        sa.Column(
            "review_cadence",
            sa.Enum(
                "monthly",
                "quarterly",
                "half_yearly",
                "yearly",
                name="review_cadence",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("business_plan", sa.Text(), nullable=False),
        sa.Column("target_audience", sa.Text(), nullable=False),
        sa.Column("usp", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "annual_revenue IS NULL OR annual_revenue >= 0", name=op.f("ck_account_annual_revenue")
        ),
        sa.CheckConstraint(
            "employees IS NULL OR employees >= 0", name=op.f("ck_account_employees")
        ),
        sa.CheckConstraint(
            "expected_relationship_years BETWEEN 1 AND 100",
            name=op.f("ck_account_expected_relationship_years"),
        ),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_account_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["team_member.id"],
            name=op.f("fk_account_owner_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint("name", name=op.f("uq_account_name")),
    )
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_account_industry"), ["industry"], unique=False)
        batch_op.create_index(batch_op.f("ix_account_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "account_team_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("team_member_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "executive_sponsor",
                "kam",
                "specialist",
                "service",
                "sales",
                "other",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("responsibilities", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_account_team_role_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_member_id"],
            ["team_member.id"],
            name=op.f("fk_account_team_role_team_member_id_team_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_team_role")),
        sa.UniqueConstraint(
            "account_id",
            "team_member_id",
            "role",
            name=op.f("uq_account_team_role_account_id_team_member_id_role"),
        ),
    )
    with op.batch_alter_table("account_team_role", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_team_role_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_account_team_role_team_member_id"), ["team_member_id"], unique=False
        )

    op.create_table(
        "business_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_business_unit_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_business_unit_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_unit")),
        sa.UniqueConstraint("account_id", "name", name=op.f("uq_business_unit_account_id_name")),
    )
    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_business_unit_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "buying_center",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_buying_center_name_not_empty")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_buying_center_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buying_center")),
        sa.UniqueConstraint("account_id", "name", name=op.f("uq_buying_center_account_id_name")),
    )
    with op.batch_alter_table("buying_center", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_buying_center_account_id"), ["account_id"], unique=False
        )

    op.create_table(
        "competitor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "customers",
                "ours",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("strengths", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_competitor_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competitor")),
        sa.UniqueConstraint(
            "account_id", "name", "kind", name=op.f("uq_competitor_account_id_name_kind")
        ),
    )
    with op.batch_alter_table("competitor", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_competitor_account_id"), ["account_id"], unique=False)

    op.create_table(
        "goal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "customer",
                "internal",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("metric", sa.String(length=200), nullable=False),
        sa.Column("unit", sa.String(length=40), nullable=False),
        sa.Column(
            "direction",
            sa.Enum(
                "increase",
                "decrease",
                name="direction",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("baseline", sa.BigInteger(), nullable=False),
        sa.Column("target", sa.BigInteger(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("due_on >= start_on", name=op.f("ck_goal_due_after_start")),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_goal_title_not_empty")),
        sa.CheckConstraint("target <> baseline", name=op.f("ck_goal_target_differs")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_goal_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["team_member.id"],
            name=op.f("fk_goal_owner_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "meeting",
                "call",
                "email",
                "visit",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("next_steps", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_interaction_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interaction_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_interaction_occurred_on"), ["occurred_on"], unique=False
        )

    op.create_table(
        "need",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("our_response", sa.Text(), nullable=False),
        sa.Column(
            "priority",
            sa.Enum(
                "high",
                "medium",
                "low",
                name="priority",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_need_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_need")),
    )
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_need_account_id"), ["account_id"], unique=False)

    op.create_table(
        "revenue_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("actual", sa.BigInteger(), nullable=True),
        sa.Column("plan", sa.BigInteger(), nullable=True),
        sa.Column("recurring", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("actual IS NULL OR actual >= 0", name=op.f("ck_revenue_entry_actual")),
        sa.CheckConstraint("plan IS NULL OR plan >= 0", name=op.f("ck_revenue_entry_plan")),
        sa.CheckConstraint("quarter BETWEEN 1 AND 4", name=op.f("ck_revenue_entry_quarter")),
        sa.CheckConstraint("year BETWEEN 1900 AND 2200", name=op.f("ck_revenue_entry_year")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_revenue_entry_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_revenue_entry")),
        sa.UniqueConstraint(
            "account_id", "year", "quarter", name=op.f("uq_revenue_entry_account_id_year_quarter")
        ),
    )
    op.create_table(
        "review",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "internal",
                "client",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("attendees", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("outcomes", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "next_review_on IS NULL OR next_review_on >= held_on",
            name=op.f("ck_review_next_after_held"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_review_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review")),
    )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_account_id"), ["account_id"], unique=False)

    op.create_table(
        "score",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "criterion",
            sa.Enum(
                "revenue_share",
                "clv",
                "tailored_service",
                "growth_potential",
                "credibility",
                "relationship",
                name="criterion",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("scored_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("value BETWEEN 1 AND 5", name=op.f("ck_score_value")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_score_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_score")),
        sa.UniqueConstraint(
            "account_id",
            "criterion",
            "scored_on",
            name=op.f("uq_score_account_id_criterion_scored_on"),
        ),
    )
    op.create_table(
        "stakeholder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("department", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.Column("influence", sa.Integer(), nullable=False),
        sa.Column(
            "attitude",
            sa.Enum(
                "champion",
                "supporter",
                "neutral",
                "sceptic",
                "blocker",
                name="attitude",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("relationship_strength", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("last_contact", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("influence BETWEEN 1 AND 5", name=op.f("ck_stakeholder_influence")),
        sa.CheckConstraint("length(name) > 0", name=op.f("ck_stakeholder_name_not_empty")),
        sa.CheckConstraint(
            "relationship_strength BETWEEN 1 AND 5",
            name=op.f("ck_stakeholder_relationship_strength"),
        ),
        sa.CheckConstraint(
            "reports_to_id IS NULL OR reports_to_id <> id",
            name=op.f("ck_stakeholder_not_own_manager"),
        ),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_stakeholder_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["team_member.id"],
            name=op.f("fk_stakeholder_owner_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reports_to_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_reports_to_id_stakeholder"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder")),
    )
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_stakeholder_reports_to_id"), ["reports_to_id"], unique=False
        )

    op.create_table(
        "swot_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "strength",
                "weakness",
                "opportunity",
                "threat",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_swot_item_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_swot_item")),
    )
    with op.batch_alter_table("swot_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_swot_item_account_id"), ["account_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("shared_with_client", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_action_item_title_not_empty")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_action_item_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_action_item_goal_id_goal"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"],
            ["team_member.id"],
            name=op.f("fk_action_item_owner_id_team_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_account_id"), ["account_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_item_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "buying_center_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("buying_center_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "initiator",
                "user",
                "influencer",
                "decider",
                "buyer",
                "gatekeeper",
                name="role",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["buying_center_id"],
            ["buying_center.id"],
            name=op.f("fk_buying_center_member_buying_center_id_buying_center"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_buying_center_member_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buying_center_member")),
        sa.UniqueConstraint(
            "buying_center_id",
            "stakeholder_id",
            name=op.f("uq_buying_center_member_buying_center_id_stakeholder_id"),
        ),
    )
    with op.batch_alter_table("buying_center_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_buying_center_member_buying_center_id"),
            ["buying_center_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_buying_center_member_stakeholder_id"), ["stakeholder_id"], unique=False
        )

    op.create_table(
        "goal_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_update_goal_id_goal"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_update")),
        sa.UniqueConstraint(
            "goal_id", "measured_on", name=op.f("uq_goal_update_goal_id_measured_on")
        ),
    )
    with op.batch_alter_table("goal_update", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_update_goal_id"), ["goal_id"], unique=False)

    op.create_table(
        "interaction_stakeholder",
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("stakeholder_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interaction.id"],
            name=op.f("fk_interaction_stakeholder_interaction_id_interaction"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stakeholder_id"],
            ["stakeholder.id"],
            name=op.f("fk_interaction_stakeholder_stakeholder_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "interaction_id", "stakeholder_id", name=op.f("pk_interaction_stakeholder")
        ),
    )
    with op.batch_alter_table("interaction_stakeholder", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_stakeholder_stakeholder_id"),
            ["stakeholder_id"],
            unique=False,
        )

    op.create_table(
        "opportunity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "cross_sell",
                "upsell",
                "renewal",
                "new_business",
                name="type",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("offering_id", sa.Integer(), nullable=True),
        sa.Column("business_unit_id", sa.Integer(), nullable=True),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.Column("probability", sa.Integer(), nullable=False),
        sa.Column("stage_id", sa.Integer(), nullable=False),
        sa.Column("expected_close", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "won",
                "lost",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("lost_reason", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(title) > 0", name=op.f("ck_opportunity_title_not_empty")),
        sa.CheckConstraint(
            "probability BETWEEN 0 AND 100", name=op.f("ck_opportunity_probability")
        ),
        sa.CheckConstraint("value >= 0", name=op.f("ck_opportunity_value")),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_opportunity_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["business_unit_id"],
            ["business_unit.id"],
            name=op.f("fk_opportunity_business_unit_id_business_unit"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["offering_id"],
            ["offering.id"],
            name=op.f("fk_opportunity_offering_id_offering"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["stage_id"],
            ["opportunity_stage.id"],
            name=op.f("fk_opportunity_stage_id_opportunity_stage"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opportunity")),
    )
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_opportunity_account_id"), ["account_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_opportunity_business_unit_id"), ["business_unit_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_opportunity_offering_id"), ["offering_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_opportunity_stage_id"), ["stage_id"], unique=False)

    op.create_table(
        "plan_snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "review",
                "export",
                name="reason",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["account.id"],
            name=op.f("fk_plan_snapshot_account_id_account"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["review.id"],
            name=op.f("fk_plan_snapshot_review_id_review"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_snapshot")),
    )
    with op.batch_alter_table("plan_snapshot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_snapshot_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_snapshot_review_id"), ["review_id"], unique=False)

    op.create_table(
        "stakeholder_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("from_id", sa.Integer(), nullable=False),
        sa.Column("to_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "influences",
                "close_to",
                "conflict",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("from_id <> to_id", name=op.f("ck_stakeholder_link_not_self")),
        sa.ForeignKeyConstraint(
            ["from_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_link_from_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["to_id"],
            ["stakeholder.id"],
            name=op.f("fk_stakeholder_link_to_id_stakeholder"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_link")),
        sa.UniqueConstraint(
            "from_id", "to_id", "kind", name=op.f("uq_stakeholder_link_from_id_to_id_kind")
        ),
    )
    with op.batch_alter_table("stakeholder_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_link_from_id"), ["from_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_link_to_id"), ["to_id"], unique=False)

    op.create_table(
        "whitespace_cell",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("business_unit_id", sa.Integer(), nullable=False),
        sa.Column("offering_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "active",
                "opportunity",
                "in_progress",
                "competitor",
                "not_relevant",
                "unknown",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("estimated_value", sa.BigInteger(), nullable=True),
        sa.Column("competitor_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "estimated_value IS NULL OR estimated_value >= 0",
            name=op.f("ck_whitespace_cell_estimated_value"),
        ),
        sa.ForeignKeyConstraint(
            ["business_unit_id"],
            ["business_unit.id"],
            name=op.f("fk_whitespace_cell_business_unit_id_business_unit"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["competitor_id"],
            ["competitor.id"],
            name=op.f("fk_whitespace_cell_competitor_id_competitor"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["offering_id"],
            ["offering.id"],
            name=op.f("fk_whitespace_cell_offering_id_offering"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_whitespace_cell")),
        sa.UniqueConstraint(
            "business_unit_id",
            "offering_id",
            name=op.f("uq_whitespace_cell_business_unit_id_offering_id"),
        ),
    )
    with op.batch_alter_table("whitespace_cell", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_whitespace_cell_business_unit_id"), ["business_unit_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_whitespace_cell_competitor_id"), ["competitor_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_whitespace_cell_offering_id"), ["offering_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("whitespace_cell", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_whitespace_cell_offering_id"))
        batch_op.drop_index(batch_op.f("ix_whitespace_cell_competitor_id"))
        batch_op.drop_index(batch_op.f("ix_whitespace_cell_business_unit_id"))

    op.drop_table("whitespace_cell")
    with op.batch_alter_table("stakeholder_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_link_to_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_link_from_id"))

    op.drop_table("stakeholder_link")
    with op.batch_alter_table("plan_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_snapshot_review_id"))
        batch_op.drop_index(batch_op.f("ix_plan_snapshot_account_id"))

    op.drop_table("plan_snapshot")
    with op.batch_alter_table("opportunity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_opportunity_stage_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_offering_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_business_unit_id"))
        batch_op.drop_index(batch_op.f("ix_opportunity_account_id"))

    op.drop_table("opportunity")
    with op.batch_alter_table("interaction_stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_stakeholder_stakeholder_id"))

    op.drop_table("interaction_stakeholder")
    with op.batch_alter_table("goal_update", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_update_goal_id"))

    op.drop_table("goal_update")
    with op.batch_alter_table("buying_center_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buying_center_member_stakeholder_id"))
        batch_op.drop_index(batch_op.f("ix_buying_center_member_buying_center_id"))

    op.drop_table("buying_center_member")
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_owner_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_goal_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_account_id"))

    op.drop_table("action_item")
    with op.batch_alter_table("swot_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_swot_item_account_id"))

    op.drop_table("swot_item")
    with op.batch_alter_table("stakeholder", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_reports_to_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_owner_id"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_account_id"))

    op.drop_table("stakeholder")
    op.drop_table("score")
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_account_id"))

    op.drop_table("review")
    op.drop_table("revenue_entry")
    with op.batch_alter_table("need", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_need_account_id"))

    op.drop_table("need")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_interaction_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_interaction_account_id"))

    op.drop_table("interaction")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_owner_id"))
        batch_op.drop_index(batch_op.f("ix_goal_account_id"))

    op.drop_table("goal")
    with op.batch_alter_table("competitor", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_competitor_account_id"))

    op.drop_table("competitor")
    with op.batch_alter_table("buying_center", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_buying_center_account_id"))

    op.drop_table("buying_center")
    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_business_unit_account_id"))

    op.drop_table("business_unit")
    with op.batch_alter_table("account_team_role", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_team_role_team_member_id"))
        batch_op.drop_index(batch_op.f("ix_account_team_role_account_id"))

    op.drop_table("account_team_role")
    with op.batch_alter_table("account", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_owner_id"))
        batch_op.drop_index(batch_op.f("ix_account_industry"))

    op.drop_table("account")
    op.drop_table("team_member")
    op.drop_table("opportunity_stage")
    op.drop_table("offering")
    op.drop_table("company_settings")
