"""Builds a believable demo portfolio: ``kamdesk demo`` and the app's "Load demo data".

What the demo holds: our company (Nordlicht Industrietechnik GmbH, EUR, de_DE, fiscal year
from January), seven team members, ten offerings, five pipeline stages; five fully planned
key accounts (largest first: Brühl Präzisionsteile AG, Kessler Packaging Inc., Dvořák
Strojírny s.r.o., Zakłady Włókiennicze Łódź S.A., Meridian Wafer Technologies Pte. Ltd.),
two or three partly planned emerging accounts, one or two archived ones and standard
accounts for the rest, all with eight quarters of revenue in a Pareto-like spread.

Situations planted for the views and reports to show (see the ``demo_data`` modules):
Meridian is neglected (no contact for ~two months), Dvořák's review is overdue, the
archived accounts have been quiet for about three years and Łódź's former head of IT left
over two years ago (both listed for the retention review), Brühl has
a high-influence blocker (its CIO), a buying center without a decider, a person in two
centers with different roles, and goals of every status; every key account has plan
snapshots that differ from today's plan, so "what changed since last review" has content.

Rules:

* One transaction: everything is written, or nothing (an error or a cancel rolls back).
* A database that already holds accounts or team members is refused, unless ``force``:
  then EVERY row of every kamdesk table is deleted first, in the same transaction — the
  demo replaces the data, it does not mix with it. Without ``force`` an existing settings
  row and catalogue entries of the same name are kept and used as they are.
* Deterministic: the same ``seed`` and ``today`` give the same rows (timestamps aside).
  Dates are relative to ``today`` so that the demo always looks current.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Tier
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.admin.demo_data.bulk import GenericSlot, insert_generic_accounts
from kamdesk.services.admin.demo_data.dormant_accounts import make_archived_accounts_dormant
from kamdesk.services.admin.demo_data.emerging_accounts import EMERGING
from kamdesk.services.admin.demo_data.key_accounts_europe import BRUEHL, DVORAK, LODZ
from kamdesk.services.admin.demo_data.key_accounts_overseas import KESSLER, MERIDIAN
from kamdesk.services.admin.demo_data.planned_builder import Catalogue, build_planned_account
from kamdesk.services.admin.demo_data.spec import OFFERINGS, STAGES, TEAM
from kamdesk.services.admin.demo_data.timeline import annual_levels, quarter_ends, revenue_quarters
from kamdesk.store.column_types import utc_now
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.id_sequences import move_sequences_past_ids
from kamdesk.store.orm import (
    Account,
    ActionItem,
    Base,
    CompanySettings,
    Goal,
    Interaction,
    Offering,
    Opportunity,
    OpportunityStage,
    PlanSnapshot,
    RevenueEntry,
    Review,
    Stakeholder,
    TeamMember,
)
from kamdesk.store.orm.base import data_tables

COMPANY_NAME = "Nordlicht Industrietechnik GmbH"
FISCAL_YEAR_START_MONTH = 1
MIN_ACCOUNTS = 10
DEFAULT_ACCOUNTS = 48
# Largest first: the order in which they receive the largest revenue levels.
KEY_ACCOUNTS = (BRUEHL, KESSLER, DVORAK, LODZ, MERIDIAN)
NOT_EMPTY_MESSAGE = (
    QT_TRANSLATE_NOOP(
    "ServiceMessage",
    "The database already holds accounts; use --force to add the demo portfolio anyway."
)
)

Progress = Callable[[int, int], bool]
"""``progress(done, total)`` in accounts; returning False cancels (and rolls back)."""


class DemoCancelled(Exception):
    """The progress callback asked to stop; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Building the demo portfolio was cancelled; nothing was saved.")


@dataclass(frozen=True)
class DemoSummary:
    """What the database holds after the demo was built."""

    accounts: int
    key_accounts: int
    emerging_accounts: int
    standard_accounts: int
    archived_accounts: int
    team_members: int
    offerings: int
    stakeholders: int
    revenue_entries: int
    interactions: int
    goals: int
    action_items: int
    opportunities: int
    reviews: int
    plan_snapshots: int
    replaced_existing_data: bool


def create_demo_portfolio(
    db: Database,
    *,
    accounts: int = DEFAULT_ACCOUNTS,
    seed: int = 7,
    force: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Build the demo portfolio of ``accounts`` accounts in one transaction (module doc).

    Raises ValidationError for too few accounts or a non-empty database without ``force``,
    and DemoCancelled when ``progress`` returns False.
    """
    if accounts < MIN_ACCOUNTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The demo portfolio needs at least {minimum} accounts.",
            ).format(minimum=MIN_ACCOUNTS), field="accounts"
        )
    day = today if today is not None else date.today()
    emerging = EMERGING if accounts >= 20 else EMERGING[:2]
    archived = 2 if accounts >= 20 else 1
    total = accounts
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and progress(done, total) is False:
            raise DemoCancelled()

    with db.session() as session:
        replaced = _holds_data(session)
        if replaced and not force:
            raise ValidationError(NOT_EMPTY_MESSAGE)
        advance(0)
        if replaced:
            _delete_everything(session)
        catalogue = _our_side(session, day)
        levels = annual_levels(accounts, random.Random(f"{seed}:levels"))
        used_names: set[str] = set()
        for plan, level in zip(KEY_ACCOUNTS, levels, strict=False):
            build_planned_account(session, plan, level, catalogue, day,
                                  random.Random(f"{seed}:{plan.name}"))
            used_names.add(plan.name)
            advance(1)
        rest = levels[len(KEY_ACCOUNTS):]
        slots, emerging_levels = _generic_slots(rest, len(emerging), archived,
                                                random.Random(f"{seed}:slots"))
        for plan, level in zip(emerging, emerging_levels, strict=True):
            build_planned_account(session, plan, level, catalogue, day,
                                  random.Random(f"{seed}:{plan.name}"))
            used_names.add(plan.name)
            advance(1)
        insert_generic_accounts(session, slots, catalogue, day, utc_now(),
                                random.Random(f"{seed}:bulk"), used_names, advance)
        make_archived_accounts_dormant(session, day, random.Random(f"{seed}:dormant"))
        # The bulk accounts, stakeholders and interactions carry ids chosen here.
        move_sequences_past_ids(session, data_tables())
        return _summary(session, replaced)


def _holds_data(session: Session) -> bool:
    """Whether the user has started working in this database (accounts or team)."""
    return any(
        session.scalar(select(func.count()).select_from(table)) for table in (Account, TeamMember)
    )


def _delete_everything(session: Session) -> None:
    """Delete every row of every kamdesk data table, children before parents."""
    for table in reversed(data_tables()):
        session.execute(table.delete())


def _our_side(session: Session, today: date) -> Catalogue:
    """Company settings, team, offerings and stages; existing catalogue rows are reused."""
    if session.get(CompanySettings, 1) is None:
        session.add(CompanySettings(
            id=1, company_name=COMPANY_NAME, currency="EUR", locale="de_DE",
            fiscal_year_start_month=FISCAL_YEAR_START_MONTH, default_kam_capacity=5,
            gross_margin=Decimal("0.32"),
        ))
    team = {}
    for spec in TEAM:
        member = TeamMember(name=spec.name, role=spec.role, capacity=spec.capacity,
                            email=f"{spec.key}@nordlicht-industrietechnik.de")
        session.add(member)
        team[spec.key] = member
    offerings = []
    for position, item in enumerate(OFFERINGS):
        offering = session.scalar(select(Offering).where(Offering.name == item.name))
        if offering is None:
            offering = Offering(name=item.name, category=item.category,
                                list_price=item.list_price, position=position)
            session.add(offering)
        offerings.append(offering)
    stages = []
    for position, (name, probability) in enumerate(STAGES):
        stage = session.scalar(select(OpportunityStage).where(OpportunityStage.name == name))
        if stage is None:
            stage = OpportunityStage(name=name, position=position,
                                     default_probability=probability)
            session.add(stage)
        stages.append(stage)
    session.flush()
    periods = revenue_quarters(today, FISCAL_YEAR_START_MONTH)
    return Catalogue(
        team={key: member.id for key, member in team.items()},
        offerings=[o.id for o in offerings],
        stages=[s.id for s in stages],
        periods=periods,
        period_ends=quarter_ends(periods, FISCAL_YEAR_START_MONTH),
    )


def _generic_slots(
    levels: list[float], emerging: int, archived: int, rng: random.Random
) -> tuple[list[GenericSlot], list[float]]:
    """Split the revenue levels below the key accounts into emerging, archived, standard.

    Emerging accounts take mid-range levels (potential, not yet the revenue), archived
    ones lower-middle levels that stop; the standard accounts get the rest, shuffled so
    that their names and countries do not follow their size.
    """
    count = len(levels)
    emerging_at = [int(count * share) for share in (0.35, 0.45, 0.55)][:emerging]
    archived_at = [int(count * share) for share in (0.7, 0.8)][:archived]
    taken = set(emerging_at) | set(archived_at)
    slots = [
        GenericSlot(Tier.ARCHIVED, levels[i], -0.05, lost_quarters=rng.randint(2, 4))
        for i in archived_at
    ]
    standard = [levels[i] for i in range(count) if i not in taken]
    rng.shuffle(standard)
    slots.extend(
        GenericSlot(Tier.STANDARD, level, max(-0.07, min(0.08, rng.gauss(0.005, 0.03))))
        for level in standard
    )
    return slots, [levels[i] for i in emerging_at]


def _summary(session: Session, replaced: bool) -> DemoSummary:
    def count(entity: type[Base]) -> int:
        return session.scalar(select(func.count()).select_from(entity)) or 0

    tiers: dict[Tier, int] = {
        tier: number
        for tier, number in session.execute(
            select(Account.tier, func.count()).group_by(Account.tier)
        )
    }
    return DemoSummary(
        accounts=count(Account),
        key_accounts=tiers.get(Tier.KEY, 0),
        emerging_accounts=tiers.get(Tier.EMERGING, 0),
        standard_accounts=tiers.get(Tier.STANDARD, 0),
        archived_accounts=tiers.get(Tier.ARCHIVED, 0),
        team_members=count(TeamMember),
        offerings=count(Offering),
        stakeholders=count(Stakeholder),
        revenue_entries=count(RevenueEntry),
        interactions=count(Interaction),
        goals=count(Goal),
        action_items=count(ActionItem),
        opportunities=count(Opportunity),
        reviews=count(Review),
        plan_snapshots=count(PlanSnapshot),
        replaced_existing_data=replaced,
    )
