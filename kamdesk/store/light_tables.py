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

from sqlalchemy import Date, Integer, String
from sqlalchemy.sql import column, table

from kamdesk.domain.enums import Tier
from kamdesk.store.column_types import Money, enum_column

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
