"""Assembling an account plan: every section, in one read-only transaction.

The result is the plain :class:`~kamdesk.domain.plan.AccountPlan` that ``kamdesk plan``
prints, the PDF renders and a snapshot stores. Each area of the method contributes its
sections through one builder in :mod:`kamdesk.services.plans.plan_sections`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import SnapshotReason
from kamdesk.domain.fiscal_periods import fiscal_quarter_of
from kamdesk.domain.plain_json import to_json_value
from kamdesk.domain.plan import AccountPlan, PlanMeta
from kamdesk.domain.plan_diff import changes_since
from kamdesk.services.common.account_lookup import find_account
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.tracking.review_reads import latest_snapshot_content
from kamdesk.store.database import Database
from kamdesk.store.orm import Account, PlanSnapshot, TeamMember
from tests.helpers.orm_plan.context import PlanContext
from tests.helpers.orm_plan.growth import growth_sections
from tests.helpers.orm_plan.profile import account_profile, profile_sections
from tests.helpers.orm_plan.scorecard import scorecard_sections
from tests.helpers.orm_plan.stakeholders import stakeholder_sections
from tests.helpers.orm_plan.tracking import tracking_sections

SectionBuilder = Callable[[Session, Account, PlanContext], dict[str, Any]]


def section_builders() -> list[SectionBuilder]:
    """Every section builder, in the order they fill the plan."""
    builders: list[SectionBuilder] = [profile_sections, stakeholder_sections]
    builders.append(growth_sections)
    builders.append(scorecard_sections)
    builders.append(tracking_sections)
    return builders


def assemble_plan(db: Database, reference: str | int, today: date | None = None) -> AccountPlan:
    """The whole plan of the account with this id or name, as of ``today``."""
    with db.session() as session:
        return assemble_in_session(session, find_account(session, reference), today)


def assemble_in_session(
    session: Session, account: Account, today: date | None = None
) -> AccountPlan:
    """The plan of an account inside a running unit of work (for services that also write)."""
    day = today or date.today()
    settings = settings_row(session)
    context = PlanContext(today=day, settings=settings)
    fields: dict[str, Any] = {}
    for builder in section_builders():
        fields.update(builder(session, account, context))
    fields["changes_since_last_review"] = _changes_since_last_snapshot(session, account, fields)
    return AccountPlan(
        meta=_meta(session, account, context), account=account_profile(session, account), **fields
    )


def _changes_since_last_snapshot(
    session: Session, account: Account, sections: dict[str, Any]
) -> dict[str, Any] | None:
    """What changed since the newest snapshot, as JSON (None: no snapshot yet).

    Compared with the sections just built, so no section is built twice.
    """
    previous = latest_snapshot_content(session, account.id)
    if previous is None:
        return None
    return changes_since(previous, to_json_value(sections)).to_json()


def _meta(session: Session, account: Account, context: PlanContext) -> PlanMeta:
    settings = context.settings
    owner = session.get(TeamMember, account.owner_id) if account.owner_id else None
    exports = session.execute(
        select(func.count())
        .select_from(PlanSnapshot)
        .where(PlanSnapshot.account_id == account.id, PlanSnapshot.reason == SnapshotReason.EXPORT)
    ).scalar_one()
    return PlanMeta(
        company_name=settings.company_name,
        currency=settings.currency,
        locale=settings.locale,
        fiscal_year=fiscal_quarter_of(context.today, settings.fiscal_year_start_month)[0],
        fiscal_year_start_month=settings.fiscal_year_start_month,
        prepared_on=context.today,
        kam=owner.name if owner else None,
        version=exports + 1,
        logo_png=settings.logo_png,
    )
