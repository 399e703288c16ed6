"""The demo's archived accounts gone quiet: no activity for about three years.

The retention list on the dashboard ("Personal data to review") needs an account whose
people are due because nothing happened there for longer than the retention period (24
months by default). The archived demo accounts are lost customers, so they are the ones:
their history is moved back by :data:`SHIFT_DAYS` and every row of theirs is stamped as
written on the day of their last interaction. An archived account without people gets one
former contact, so that the list always has someone to show.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Attitude, Tier
from kamdesk.services.admin.demo_data.names import COUNTRIES, ascii_slug, web_domain
from kamdesk.store.orm import Account, Interaction, RevenueEntry, Score, Stakeholder

# Archived accounts were last contacted 400–700 days ago; moved back by this, the last
# contact lies 33–43 months back, well before a 24-month period's cut-off.
SHIFT_DAYS = 600


def make_archived_accounts_dormant(session: Session, today: date, rng: random.Random) -> None:
    """Move the archived accounts' history back and stamp their rows as old (module doc)."""
    archived = session.execute(
        select(Account.id, Account.name, Account.country).where(Account.tier == Tier.ARCHIVED)
        .order_by(Account.id)
    ).all()
    for account_id, name, country in archived:
        history = session.execute(
            select(Interaction.id, Interaction.occurred_on)
            .where(Interaction.account_id == account_id)
        ).all()
        # Dates computed here, not in SQL: SQLite and PostgreSQL subtract days differently.
        days = {key: day - timedelta(days=SHIFT_DAYS) for key, day in history}
        if days:
            interactions = cast(Table, Interaction.__table__)
            session.execute(
                update(interactions).where(interactions.c.id == bindparam("key"))
                .values(occurred_on=bindparam("day")),
                [{"key": key, "day": day} for key, day in days.items()],
            )
        last = max(days.values(), default=today - timedelta(days=SHIFT_DAYS * 2))
        stamp = datetime.combine(last, time(16, 0), tzinfo=UTC)
        people = select(func.count()).select_from(Stakeholder)
        if not session.scalar(people.where(Stakeholder.account_id == account_id)):
            # An id of our own, like the bulk rows: the sequences are moved past them later.
            key = (session.scalar(select(func.max(Stakeholder.id))) or 0) + 1
            session.execute(
                insert(Stakeholder), [{"id": key, **_former_buyer(account_id, name, country, rng)}]
            )
        for entity, column in ((Account, Account.id), (RevenueEntry, RevenueEntry.account_id),
                              (Interaction, Interaction.account_id), (Score, Score.account_id),
                              (Stakeholder, Stakeholder.account_id)):
            session.execute(
                update(entity).where(column == account_id)
                .values(created_at=stamp, updated_at=stamp)
            )


def _former_buyer(
    account_id: int, company: str, country: str, rng: random.Random
) -> dict[str, Any]:
    words = next((c for c in COUNTRIES if c.country == country), COUNTRIES[0])
    first, last = rng.choice(words.first_names), rng.choice(words.surnames)
    return {
        "account_id": account_id,
        "name": f"{first} {last}",
        "title": "Einkauf" if words.country in ("DE", "AT", "CH") else "Purchasing",
        "department": "",
        "email": f"{ascii_slug(first)}.{ascii_slug(last)}@{web_domain(company, words.tld)}",
        "phone": "",
        "influence": 3,
        "attitude": Attitude.NEUTRAL,
        "relationship_strength": 2,
        "notes": "",
    }
