"""The generic (standard and archived) demo accounts, inserted with Core executemany.

Thousands of accounts with eight quarters of revenue each must build in seconds: ORM
``add()`` costs about ten times more per row than a Core ``insert()`` executemany (see
NOTES.md). Inserting into the ORM tables still runs the column types (money to cents,
timestamps to naive UTC, enum checks) and the column defaults: each row states its
timestamps itself, and takes its version from the database-wide version clock (one step per
statement), never a fixed 1 that a row of an earlier demo may have shown a window. Ids
are assigned here, not by the database, because revenue, stakeholders and interactions
refer to rows inserted in the same batch.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Attitude, Criterion, InteractionKind, ReviewCadence, Tier
from kamdesk.services.admin.demo_data.names import (
    COUNTRIES,
    DEFAULT_INDUSTRY,
    ENGLISH_TITLES,
    GERMAN_SPEAKING,
    GERMAN_TITLES,
    INDUSTRY_OF_TRADE,
    INTERACTION_NEXT_STEPS,
    INTERACTION_SUMMARIES,
    STANDARD_NOTES,
    CountryWords,
    ascii_slug,
    web_domain,
)
from kamdesk.services.admin.demo_data.planned_builder import Catalogue
from kamdesk.services.admin.demo_data.spec import KAM_KEYS
from kamdesk.services.admin.demo_data.timeline import revenue_series
from kamdesk.store.orm import (
    Account,
    Interaction,
    RevenueEntry,
    Score,
    Stakeholder,
    interaction_stakeholder,
)

CHUNK = 500
# Shares of the generic accounts that get planted traits.
WITH_STAKEHOLDERS = 0.4
NEGLECTED = 0.15  # no contact for longer than a standard account tolerates
RECURRING = 0.35  # mostly service revenue
ATTITUDES = (Attitude.CHAMPION, Attitude.SUPPORTER, Attitude.NEUTRAL, Attitude.SCEPTIC)
ATTITUDE_WEIGHTS = (1, 4, 6, 2)


@dataclass(frozen=True)
class GenericSlot:
    """One generic account to create: its tier and revenue curve."""

    tier: Tier
    level: float  # annual revenue with us, EUR
    growth: float  # per quarter
    lost_quarters: int = 0


@dataclass
class _Ids:
    """The next free id of each table whose ids this module assigns."""

    account: int
    stakeholder: int
    interaction: int


@dataclass
class _Batch:
    """The rows of one chunk, per table."""

    accounts: list[dict[str, Any]]
    revenue: list[dict[str, Any]]
    stakeholders: list[dict[str, Any]]
    interactions: list[dict[str, Any]]
    links: list[dict[str, Any]]
    scores: list[dict[str, Any]]


def insert_generic_accounts(
    session: Session,
    slots: Sequence[GenericSlot],
    catalogue: Catalogue,
    today: date,
    now: datetime,
    rng: random.Random,
    used_names: set[str],
    on_chunk: Callable[[int], None],
) -> None:
    """Insert one account per slot; ``on_chunk(n)`` runs after each chunk of n accounts."""
    ids = _Ids(*(
        (session.scalar(select(func.max(table.id))) or 0) + 1
        for table in (Account, Stakeholder, Interaction)
    ))
    stamp = {"created_at": now, "updated_at": now}
    weights = [c.weight for c in COUNTRIES]
    for start in range(0, len(slots), CHUNK):
        batch = _Batch([], [], [], [], [], [])
        for slot in slots[start:start + CHUNK]:
            country = rng.choices(COUNTRIES, weights)[0]
            _one_account(batch, slot, country, catalogue, today, rng, used_names, ids, stamp)
        for table, rows in (
            (cast(Table, Account.__table__), batch.accounts),
            (cast(Table, RevenueEntry.__table__), batch.revenue),
            (cast(Table, Stakeholder.__table__), batch.stakeholders),
            (cast(Table, Interaction.__table__), batch.interactions),
            (interaction_stakeholder, batch.links),
            (cast(Table, Score.__table__), batch.scores),
        ):
            if rows:
                session.execute(insert(table), rows)
        on_chunk(len(batch.accounts))


def _unique_name(country: CountryWords, city: str, rng: random.Random, used: set[str]) -> str:
    """A company name not yet in ``used``; double surnames when the simple ones run out."""
    for attempt in range(12):
        surname = rng.choice(country.surnames)
        if attempt >= 4:
            surname = f"{surname}-{rng.choice(country.surnames)}"
        name = rng.choice(country.patterns).format(
            surname=surname, trade=rng.choice(country.trades), city=city
        )
        if name not in used:
            used.add(name)
            return name
    number = 2
    while f"{name} {number}" in used:
        number += 1
    used.add(f"{name} {number}")
    return f"{name} {number}"


def _one_account(
    batch: _Batch, slot: GenericSlot, country: CountryWords, catalogue: Catalogue, today: date,
    rng: random.Random, used_names: set[str], ids: _Ids, stamp: dict[str, Any],
) -> None:
    place = rng.choice(country.places)
    name = _unique_name(country, place.city, rng, used_names)
    trade = next((t for t in country.trades if t in name), "")
    their_revenue = slot.level * rng.uniform(120, 700)
    owner = (catalogue.team[rng.choice((*KAM_KEYS, "tk"))] if rng.random() < 0.75 else None)
    number = rng.randint(1, 180)
    street = rng.choice(country.streets)
    archived = slot.tier is Tier.ARCHIVED
    account_id = ids.account
    ids.account += 1
    batch.accounts.append({
        "id": account_id, **stamp,
        "name": name,
        "legal_name": name,
        "industry": INDUSTRY_OF_TRADE.get(trade, DEFAULT_INDUSTRY),
        "employees": max(8, int(their_revenue / rng.uniform(150_000, 260_000))),
        "annual_revenue": Decimal(round(their_revenue, -5)),
        "street": f"{number} {street}" if country.country == "US" else f"{street} {number}",
        "postal_code": place.postal_code,
        "city": place.city,
        "country": country.country,
        "time_zone": place.time_zone,
        "website": f"https://www.{web_domain(name, country.tld)}",
        "tier": slot.tier,
        "owner_id": owner,
        "customer_since": date(today.year - rng.randint(1, 25), rng.randint(1, 12), 1),
        "expected_relationship_years": rng.randint(5, 20),
        "review_cadence": rng.choice((ReviewCadence.HALF_YEARLY, ReviewCadence.YEARLY)),
        "business_plan": "",
        "target_audience": "",
        "usp": "",
        "notes": ("Verloren an einen Wettbewerber; bleibt für die Historie erhalten."
                  if archived else rng.choice(STANDARD_NOTES)),
    })
    recurring = rng.random() < RECURRING
    for row in revenue_series(rng, catalogue.periods, slot.level, slot.growth,
                              lost_quarters=slot.lost_quarters):
        batch.revenue.append({
            **stamp, "account_id": account_id, "year": row.year, "quarter": row.quarter,
            "actual": row.actual, "plan": row.plan, "recurring": recurring,
        })
    people = _stakeholders(batch, account_id, country, name, owner, rng, ids, stamp)
    _interactions(batch, account_id, people, archived, today, rng, ids, stamp)
    if not archived:
        _scores(batch, account_id, slot, today, rng, stamp)


def _stakeholders(
    batch: _Batch, account_id: int, country: CountryWords, company: str, owner: int | None,
    rng: random.Random, ids: _Ids, stamp: dict[str, Any],
) -> list[int]:
    if rng.random() >= WITH_STAKEHOLDERS:
        return []
    people: list[int] = []
    domain = web_domain(company, country.tld)
    titles = GERMAN_TITLES if country.country in GERMAN_SPEAKING else ENGLISH_TITLES
    for title, department in rng.sample(titles, rng.randint(1, 3)):
        first, last = rng.choice(country.first_names), rng.choice(country.surnames)
        batch.stakeholders.append({
            "id": ids.stakeholder, **stamp,
            "account_id": account_id,
            "name": f"{first} {last}",
            "title": title,
            "department": department,
            "email": f"{ascii_slug(first)}.{ascii_slug(last)}@{domain}",
            "phone": f"{country.phone_prefix} {rng.randint(100, 999)} {rng.randint(1000, 99999)}",
            # Everyone after the first reports to the first: a two-level chart, no loops.
            "reports_to_id": people[0] if people else None,
            "influence": rng.randint(2, 5),
            "attitude": rng.choices(ATTITUDES, ATTITUDE_WEIGHTS)[0],
            "relationship_strength": rng.randint(1, 4),
            "owner_id": owner,
            "last_contact": None,
            "left_on": None,
            "notes": "",
        })
        people.append(ids.stakeholder)
        ids.stakeholder += 1
    return people


def _interactions(
    batch: _Batch, account_id: int, people: list[int], archived: bool, today: date,
    rng: random.Random, ids: _Ids, stamp: dict[str, Any],
) -> None:
    if archived:
        ages = [rng.randint(400, 700)]
    elif rng.random() < NEGLECTED:
        ages = rng.sample(range(130, 365), rng.randint(1, 3))
    else:
        ages = [rng.randint(3, 110), *rng.sample(range(111, 365), rng.randint(0, 4))]
    for age in sorted(ages, reverse=True):
        batch.interactions.append({
            "id": ids.interaction, **stamp,
            "account_id": account_id,
            "occurred_on": today - timedelta(days=age),
            "kind": rng.choice(tuple(InteractionKind)),
            "summary": rng.choice(INTERACTION_SUMMARIES),
            "next_steps": rng.choice(INTERACTION_NEXT_STEPS),
        })
        if people and rng.random() < 0.6:
            batch.links.append(
                {"interaction_id": ids.interaction, "stakeholder_id": rng.choice(people)}
            )
        ids.interaction += 1


def _scores(
    batch: _Batch, account_id: int, slot: GenericSlot, today: date, rng: random.Random,
    stamp: dict[str, Any],
) -> None:
    scored_on = today - timedelta(days=rng.randint(15, 300))
    # Revenue share and CLV follow the revenue; growth potential the trend; the rest is
    # the KAM's judgement, i.e. noise.
    size = 1 + sum(slot.level >= bound for bound in (30_000, 90_000, 250_000, 600_000))
    growth = 1 + sum(slot.growth >= bound for bound in (-0.02, 0.0, 0.02, 0.05))
    values = {
        Criterion.REVENUE_SHARE: size,
        Criterion.CLV: max(1, min(5, size + rng.randint(-1, 1))),
        Criterion.TAILORED_SERVICE: rng.randint(1, 4),
        Criterion.GROWTH_POTENTIAL: growth,
        Criterion.CREDIBILITY: rng.randint(1, 4),
        Criterion.RELATIONSHIP: rng.randint(1, 4),
    }
    for criterion, value in values.items():
        batch.scores.append({
            **stamp, "account_id": account_id, "criterion": criterion, "value": value,
            "scored_on": scored_on, "note": "",
        })
