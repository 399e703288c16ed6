"""A few tables as light Core clauses, for the reads that must not wait for the ORM.

Importing the ORM (``sqlalchemy.orm`` and the 25 mapped classes of :mod:`kamdesk.store.orm`)
takes about a third of a second, as long as SQLAlchemy's Core itself. ``kamdesk accounts``
and the app's account list need four tables and a handful of columns, so they read them
through these ``table()``/``column()`` clauses, which cost nothing to build. Each column
carries the type its ORM column has (money comes back as ``Decimal``, tiers as
:class:`~kamdesk.domain.enums.Tier`), and ``tests/store/test_light_tables.py`` holds every
one to its ORM twin, so the two cannot drift apart.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Boolean, Date, Integer, LargeBinary, String, Text
from sqlalchemy.sql import column, table

from kamdesk.domain.enums import ReviewCadence, Tier
from kamdesk.store.column_types import Metric, Money, UtcDateTime, enum_column

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

row_version_clock = table("row_version_clock", column("id", Integer), column("value", BigInteger))

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
