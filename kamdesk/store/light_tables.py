"""Tables as light Core clauses, for the reads (and few writes) that must not wait for the ORM.

Importing the ORM (``sqlalchemy.orm`` and the 25 mapped classes of :mod:`kamdesk.store.orm`)
takes about a third of a second, as long as SQLAlchemy's Core itself. So the paths a user
waits on read through these ``table()``/``column()`` clauses, which cost nothing to build:

- ``kamdesk accounts`` and the app's account list
  (:mod:`kamdesk.services.portfolio.account_directory`);
- ``kamdesk portfolio`` and the dashboard's facts
  (:mod:`kamdesk.services.portfolio.portfolio_facts`,
  :mod:`~kamdesk.services.portfolio.portfolio_analysis`);
- ``kamdesk export plan``, which assembles the whole plan and stores its snapshot
  (:mod:`kamdesk.services.plans.plan_assembly` and its sections,
  :mod:`kamdesk.services.export.plan_export`);
- the app's first screen: the settings, the team, the last account's Profile tab and its
  header (:mod:`kamdesk.services.settings.settings_reads`,
  :mod:`kamdesk.services.profile.profile_reads`, :mod:`~kamdesk.services.profile.last_change`);
- the change counter (:mod:`kamdesk.store.row_versions`, :mod:`kamdesk.store.change_clock`).

There is one clause per table, named after the table, with every column any of them reads
(each select names its own columns, so an unread column costs nothing). Add a column a new
reader needs to its table's clause. Each column carries the type its ORM column has (money
comes back as ``Decimal``, tiers as :class:`~kamdesk.domain.enums.Tier`), and
``tests/store/test_light_tables.py`` holds every one to its ORM twin, so the two cannot
drift apart.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, Integer, LargeBinary, String, Text
from sqlalchemy.sql import TableClause, column, table
from sqlalchemy.sql.expression import ColumnClause

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
from kamdesk.store.column_types import Metric, Money, UtcDateTime, enum_column


def _last_saved() -> tuple[ColumnClause[Any], ...]:
    """Who saved a row last, and when (the account header's "Changed by …" reads them)."""
    return column("updated_at", UtcDateTime()), column("changed_by", String)


# -- our company and our people ------------------------------------------------------------

company_settings = table(
    "company_settings",
    column("id", Integer),
    column("version", Integer),
    column("company_name", String),
    column("logo_png", LargeBinary),
    column("currency", String),
    column("locale", String),
    column("fiscal_year_start_month", Integer),
    column("gross_margin", Metric()),
    column("retention_months", Integer),
    *(column(name, Integer) for name in (
        "stale_contact_days", "default_kam_capacity", "abc_a_percent", "abc_b_percent",
        "key_score_threshold", "emerging_score_threshold", "max_key_share_percent",
        "max_account_share_percent", "contact_days_key", "contact_days_emerging",
        "contact_days_standard", "weight_revenue_share", "weight_clv",
        "weight_tailored_service", "weight_growth_potential", "weight_credibility",
        "weight_relationship",
    )),
)

team_member = table(
    "team_member",
    column("id", Integer),
    column("version", Integer),
    column("name", String),
    column("role", String),
    column("email", String),
    column("capacity", Integer),
    column("active", Boolean),
)

offering = table(
    "offering",
    column("id", Integer),
    column("name", String),
    column("active", Boolean),
    column("position", Integer),
)

opportunity_stage = table(
    "opportunity_stage",
    column("id", Integer),
    column("name", String),
    column("position", Integer),
)

row_version_clock = table(
    "row_version_clock",
    column("id", Integer),
    column("value", BigInteger),
)

# -- the accounts and their rows -------------------------------------------------------------

account = table(
    "account",
    column("id", Integer),
    column("version", Integer),
    *(column(name, String) for name in ("name", "legal_name", "industry", "street",
                                        "postal_code", "city", "country", "time_zone",
                                        "website")),
    column("employees", Integer),
    column("annual_revenue", Money()),
    column("tier", enum_column(Tier, "tier")),
    column("owner_id", Integer),
    column("customer_since", Date),
    column("expected_relationship_years", Integer),
    column("review_cadence", enum_column(ReviewCadence, "review_cadence")),
    *(column(name, Text) for name in ("business_plan", "target_audience", "usp", "notes")),
    *_last_saved(),
)

account_team_role = table(
    "account_team_role",
    column("account_id", Integer),
    column("team_member_id", Integer),
    column("role", enum_column(TeamRole, "role")),
    column("responsibilities", Text),
    *_last_saved(),
)

competitor = table(
    "competitor",
    column("id", Integer),
    column("account_id", Integer),
    column("name", String),
    column("kind", enum_column(CompetitorKind, "kind")),
    column("strengths", Text),
    column("notes", Text),
    *_last_saved(),
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
    *_last_saved(),
)

swot_item = table(
    "swot_item",
    column("id", Integer),
    column("account_id", Integer),
    column("kind", enum_column(SwotKind, "kind")),
    column("text", Text),
    column("position", Integer),
    *_last_saved(),
)

interaction = table(
    "interaction",
    column("id", Integer),
    column("account_id", Integer),
    column("occurred_on", Date),
    column("kind", enum_column(InteractionKind, "kind")),
    column("summary", Text),
    column("next_steps", Text),
    column("shared_with_client", Boolean),
    *_last_saved(),
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
    *_last_saved(),
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
    *_last_saved(),
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
    *_last_saved(),
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
    *_last_saved(),
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
    *_last_saved(),
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
    *_last_saved(),
)

revenue_entry = table(
    "revenue_entry",
    column("account_id", Integer),
    column("year", Integer),
    column("quarter", Integer),
    column("actual", Money()),
    column("plan", Money()),
    column("recurring", Boolean),
    *_last_saved(),
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
    *_last_saved(),
)

score = table(
    "score",
    column("id", Integer),
    column("account_id", Integer),
    column("criterion", enum_column(Criterion, "criterion")),
    column("value", Integer),
    column("scored_on", Date),
    *_last_saved(),
)

plan_snapshot = table(
    "plan_snapshot",
    column("id", Integer),
    column("version", Integer),
    column("account_id", Integer),
    column("taken_at", UtcDateTime()),
    column("reason", enum_column(SnapshotReason, "reason")),
    column("content", Text),
    column("created_at", UtcDateTime()),
    *_last_saved(),
)

#: Every light table, by name (the drift test walks them).
LIGHT_TABLES: dict[str, TableClause] = {
    light.name: light
    for light in (
        company_settings, team_member, offering, opportunity_stage, row_version_clock,
        account, account_team_role, competitor, need, swot_item, interaction,
        interaction_stakeholder, stakeholder, stakeholder_link, buying_center,
        buying_center_member, business_unit, whitespace_cell, opportunity, goal, goal_update,
        action_item, revenue_entry, review, score, plan_snapshot,
    )
}

#: The tables whose rows name an account and who saved them last, parents before children
#: as the ORM's metadata sorts them (the header's "Changed by …" looks at each; a test holds
#: this list to the ORM's).
ACCOUNT_CHANGE_TABLES: tuple[TableClause, ...] = (
    account_team_role, business_unit, buying_center, competitor, goal, interaction, need,
    revenue_entry, review, score, stakeholder, swot_item, action_item, opportunity,
    plan_snapshot,
)
