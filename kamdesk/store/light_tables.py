"""Tables as light Core clauses, for the reads (and few writes) that must not wait for the ORM.

Importing the ORM (``sqlalchemy.orm`` and the 25 mapped classes of :mod:`kamdesk.store.orm`)
takes about a third of a second, as long as SQLAlchemy's Core itself. ``kamdesk accounts``
and the app's account list need four tables and a handful of columns, and ``kamdesk export
plan`` reads the whole plan and stores its snapshot (the "plan export" block below), so
they go through these ``table()``/``column()`` clauses, which cost nothing to build. Each column
carries the type its ORM column has (money comes back as ``Decimal``, tiers as
:class:`~kamdesk.domain.enums.Tier`), and ``tests/store/test_light_tables.py`` holds every
one to its ORM twin, so the two cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Date, Integer, LargeBinary, String, Text
from sqlalchemy.sql import column, table

from kamdesk.domain.enums import (
    Attitude,
    BuyingRole,
    CellStatus,
    CompetitorKind,
    Criterion,
    Direction,
    GoalKind,
    InteractionKind,
    LinkKind,
    OpportunityStatus,
    OpportunityType,
    Priority,
    ReviewCadence,
    ReviewKind,
    SnapshotReason,
    SwotKind,
    TeamRole,
    Tier,
)
from kamdesk.store.column_types import Metric, Money, ScaledDecimal, UtcDateTime, enum_column

account = table(
    "account",
    column("id", Integer),
    column("name", String),
    column("tier", enum_column(Tier, "tier")),
    column("industry", String),
    column("city", String),
    column("country", String),
    column("owner_id", Integer),
)

team_member = table(
    "team_member",
    column("id", Integer),
    column("name", String),
)

revenue_entry = table(
    "revenue_entry",
    column("account_id", Integer),
    column("year", Integer),
    column("quarter", Integer),
    column("actual", Money()),
)

interaction = table(
    "interaction",
    column("account_id", Integer),
    column("occurred_on", Date),
)

company_settings = table(
    "company_settings",
    column("id", Integer),
    column("fiscal_year_start_month", Integer),
)

# --- plan export ------------------------------------------------------------------------
# ``kamdesk export plan`` assembles the whole plan through Core, so that the command never
# imports the ORM: every table the plan reads, with the columns it reads. Named ``plan_*``
# where the table has a lighter twin above.

plan_account = table(
    "account",
    *(column(name, String) for name in ("name", "legal_name", "industry", "street",
                                        "postal_code", "city", "country", "time_zone",
                                        "website")),
    column("id", Integer),
    column("employees", Integer),
    column("annual_revenue", Money()),
    column("tier", enum_column(Tier, "tier")),
    column("owner_id", Integer),
    column("customer_since", Date),
    column("expected_relationship_years", Integer),
    column("review_cadence", enum_column(ReviewCadence, "review_cadence")),
    *(column(name, Text) for name in ("business_plan", "target_audience", "usp", "notes")),
)

plan_team_member = table(
    "team_member",
    column("id", Integer),
    column("name", String),
    column("role", String),
    column("email", String),
)

plan_company_settings = table(
    "company_settings",
    column("id", Integer),
    column("company_name", String),
    column("logo_png", LargeBinary),
    column("currency", String),
    column("locale", String),
    column("fiscal_year_start_month", Integer),
    column("gross_margin", ScaledDecimal(4)),
    *(column(name, Integer) for name in (
        "stale_contact_days", "default_kam_capacity", "abc_a_percent", "abc_b_percent",
        "key_score_threshold", "emerging_score_threshold", "max_key_share_percent",
        "max_account_share_percent", "contact_days_key", "contact_days_emerging",
        "contact_days_standard", "weight_revenue_share", "weight_clv",
        "weight_tailored_service", "weight_growth_potential", "weight_credibility",
        "weight_relationship",
    )),
)

competitor = table(
    "competitor",
    column("id", Integer),
    column("account_id", Integer),
    column("name", String),
    column("kind", enum_column(CompetitorKind, "kind")),
    column("strengths", Text),
    column("notes", Text),
)

need = table(
    "need",
    column("id", Integer),
    column("account_id", Integer),
    column("title", String),
    column("description", Text),
    column("our_response", Text),
    column("priority", enum_column(Priority, "priority")),
    column("position", Integer),
)

swot_item = table(
    "swot_item",
    column("id", Integer),
    column("account_id", Integer),
    column("kind", enum_column(SwotKind, "kind")),
    column("text", Text),
    column("position", Integer),
)

account_team_role = table(
    "account_team_role",
    column("account_id", Integer),
    column("team_member_id", Integer),
    column("role", enum_column(TeamRole, "role")),
    column("responsibilities", Text),
)

plan_interaction = table(
    "interaction",
    column("id", Integer),
    column("account_id", Integer),
    column("occurred_on", Date),
    column("kind", enum_column(InteractionKind, "kind")),
    column("summary", Text),
    column("next_steps", Text),
    column("shared_with_client", Boolean),
)

interaction_stakeholder = table(
    "interaction_stakeholder",
    column("interaction_id", Integer),
    column("stakeholder_id", Integer),
)

stakeholder = table(
    "stakeholder",
    column("id", Integer),
    column("account_id", Integer),
    *(column(name, String) for name in ("name", "title", "department", "email", "phone")),
    column("reports_to_id", Integer),
    column("influence", Integer),
    column("attitude", enum_column(Attitude, "attitude")),
    column("relationship_strength", Integer),
    column("owner_id", Integer),
    column("last_contact", Date),
    column("left_on", Date),
    column("notes", Text),
)

stakeholder_link = table(
    "stakeholder_link",
    column("from_id", Integer),
    column("to_id", Integer),
    column("kind", enum_column(LinkKind, "kind")),
    column("note", Text),
)

buying_center = table(
    "buying_center",
    column("id", Integer),
    column("account_id", Integer),
    column("name", String),
    column("description", Text),
)

buying_center_member = table(
    "buying_center_member",
    column("id", Integer),
    column("buying_center_id", Integer),
    column("stakeholder_id", Integer),
    column("role", enum_column(BuyingRole, "role")),
)

business_unit = table(
    "business_unit",
    column("id", Integer),
    column("account_id", Integer),
    column("name", String),
    column("position", Integer),
)

offering = table(
    "offering",
    column("id", Integer),
    column("name", String),
    column("active", Boolean),
    column("position", Integer),
)

whitespace_cell = table(
    "whitespace_cell",
    column("business_unit_id", Integer),
    column("offering_id", Integer),
    column("status", enum_column(CellStatus, "status")),
    column("estimated_value", Money()),
    column("competitor_id", Integer),
    column("note", Text),
)

opportunity = table(
    "opportunity",
    column("id", Integer),
    column("account_id", Integer),
    column("title", String),
    column("type", enum_column(OpportunityType, "type")),
    column("offering_id", Integer),
    column("business_unit_id", Integer),
    column("value", Money()),
    column("probability", Integer),
    column("stage_id", Integer),
    column("expected_close", Date),
    column("status", enum_column(OpportunityStatus, "status")),
    column("closed_on", Date),
    column("lost_reason", Text),
)

opportunity_stage = table(
    "opportunity_stage",
    column("id", Integer),
    column("name", String),
    column("position", Integer),
)

goal = table(
    "goal",
    column("id", Integer),
    column("account_id", Integer),
    column("kind", enum_column(GoalKind, "kind")),
    column("title", String),
    column("metric", String),
    column("unit", String),
    column("direction", enum_column(Direction, "direction")),
    column("baseline", Metric()),
    column("target", Metric()),
    column("start_on", Date),
    column("due_on", Date),
    column("owner_id", Integer),
)

goal_update = table(
    "goal_update",
    column("id", Integer),
    column("goal_id", Integer),
    column("measured_on", Date),
    column("value", Metric()),
    column("note", Text),
)

action_item = table(
    "action_item",
    column("id", Integer),
    column("account_id", Integer),
    column("title", String),
    column("owner_id", Integer),
    column("due_on", Date),
    column("done", Boolean),
    column("done_on", Date),
    column("goal_id", Integer),
    column("shared_with_client", Boolean),
)

plan_revenue_entry = table(
    "revenue_entry",
    column("account_id", Integer),
    column("year", Integer),
    column("quarter", Integer),
    column("actual", Money()),
    column("plan", Money()),
    column("recurring", Boolean),
)

review = table(
    "review",
    column("id", Integer),
    column("account_id", Integer),
    column("held_on", Date),
    column("kind", enum_column(ReviewKind, "kind")),
    column("attendees", Text),
    column("summary", Text),
    column("outcomes", Text),
    column("next_review_on", Date),
    column("shared_with_client", Boolean),
)

plan_snapshot = table(
    "plan_snapshot",
    column("id", Integer),
    column("version", Integer),
    column("account_id", Integer),
    column("taken_at", UtcDateTime()),
    column("reason", enum_column(SnapshotReason, "reason")),
    column("content", Text),
    column("changed_by", String),
    column("created_at", UtcDateTime()),
    column("updated_at", UtcDateTime()),
)

row_version_clock = table(
    "row_version_clock",
    column("id", Integer),
    column("value", BigInteger),
)

score = table(
    "score",
    column("id", Integer),
    column("account_id", Integer),
    column("criterion", enum_column(Criterion, "criterion")),
    column("value", Integer),
    column("scored_on", Date),
)

#: Every light table, by name (the drift test walks them).
LIGHT_TABLES = {
    light.name: light
    for light in (account, team_member, revenue_entry, interaction, company_settings)
}

# -- The app's first screen ---------------------------------------------------------------
# What the window reads before it is ready (the settings, the team, the last account's
# Profile tab and header, the change counter), so that the ORM can load after the window
# is filled (kamdesk.services.settings.settings_reads, kamdesk.services.profile.profile_reads,
# kamdesk.services.profile.last_change). Kept apart from the tables above: those serve the
# account list, these the first screen.

company_settings_form = table(
    "company_settings",
    column("id", Integer),
    column("version", Integer),
    column("company_name", String),
    column("logo_png", LargeBinary),
    column("currency", String),
    column("locale", String),
    column("fiscal_year_start_month", Integer),
    column("default_kam_capacity", Integer),
    column("gross_margin", Metric()),
    column("stale_contact_days", Integer),
    column("retention_months", Integer),
)

team_member_row = table(
    "team_member",
    column("id", Integer),
    column("version", Integer),
    column("name", String),
    column("role", String),
    column("email", String),
    column("capacity", Integer),
    column("active", Boolean),
)

account_profile = table(
    "account",
    column("id", Integer),
    column("version", Integer),
    column("name", String),
    column("legal_name", String),
    column("industry", String),
    column("employees", Integer),
    column("annual_revenue", Money()),
    column("street", String),
    column("postal_code", String),
    column("city", String),
    column("country", String),
    column("time_zone", String),
    column("website", String),
    column("tier", enum_column(Tier, "tier")),
    column("owner_id", Integer),
    column("customer_since", Date),
    column("expected_relationship_years", Integer),
    column("review_cadence", enum_column(ReviewCadence, "review_cadence")),
    column("business_plan", Text),
    column("target_audience", Text),
    column("usp", Text),
    column("notes", Text),
    column("updated_at", UtcDateTime()),
    column("changed_by", String),
)

#: The tables whose rows name an account and who saved them last, parents before children
#: as the ORM's metadata sorts them (the header's "Changed by …" looks at each; a test holds
#: this list to the ORM's).
ACCOUNT_CHANGE_TABLES = tuple(
    table(
        name,
        column("account_id", Integer),
        column("updated_at", UtcDateTime()),
        column("changed_by", String),
    )
    for name in (
        "account_team_role", "business_unit", "buying_center", "competitor", "goal",
        "interaction", "need", "revenue_entry", "review", "score", "stakeholder",
        "swot_item", "action_item", "opportunity", "plan_snapshot",
    )
)

#: Every light clause of the first screen (the drift test walks them, with LIGHT_TABLES).
FIRST_SCREEN_TABLES = (
    company_settings_form, team_member_row, account_profile, row_version_clock,
    *ACCOUNT_CHANGE_TABLES,
)

# -- portfolio facts ------------------------------------------------------------------------
# ``kamdesk portfolio`` reads the per-account facts (kamdesk.services.portfolio.portfolio_facts)
# through the clauses above (the account list's and the plan export's tables hold every
# column those queries name) and, from here, the settings the analysis applies: the ABC,
# tier and guardrail thresholds and the scorecard weights. With them the command never
# imports the ORM.

analysis_company_settings = table(
    "company_settings",
    column("id", Integer),
    column("currency", String),
    column("fiscal_year_start_month", Integer),
    *(
        column(name, Integer)
        for name in (
            "default_kam_capacity", "abc_a_percent", "abc_b_percent", "key_score_threshold",
            "emerging_score_threshold", "max_key_share_percent", "max_account_share_percent",
            "contact_days_key", "contact_days_emerging", "contact_days_standard",
            "weight_revenue_share", "weight_clv", "weight_tailored_service",
            "weight_growth_potential", "weight_credibility", "weight_relationship",
        )
    ),
)
