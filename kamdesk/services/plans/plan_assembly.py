"""Assembling an account plan: every section, in one read-only transaction.

The result is the plain :class:`~kamdesk.domain.plan.AccountPlan` that ``kamdesk plan``
prints, the PDF renders and a snapshot stores. Each area of the method contributes its
sections through one builder in :mod:`kamdesk.services.plans.plan_sections`.

Everything is read through Core statements over the light table clauses
(:mod:`kamdesk.store.light_tables`): importing the ORM and its 25 mapped classes cost
``kamdesk export plan`` about as much as laying out the whole PDF, and a plan only reads.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Row

from kamdesk.domain.enums import SnapshotReason
from kamdesk.domain.fiscal_periods import fiscal_quarter_of
from kamdesk.domain.plain_json import to_json_value
from kamdesk.domain.plan import AccountPlan, PlanMeta
from kamdesk.domain.plan_diff import changes_since
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.plans.plan_sections.context import PlanContext
from kamdesk.services.plans.plan_sections.growth import growth_sections
from kamdesk.services.plans.plan_sections.profile import (
    account_profile,
    profile_sections,
    team_member_name,
)
from kamdesk.services.plans.plan_sections.scorecard import scorecard_sections
from kamdesk.services.plans.plan_sections.stakeholders import stakeholder_sections
from kamdesk.services.plans.plan_sections.tracking import tracking_sections
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError
from kamdesk.store.light_tables import account as account_table
from kamdesk.store.light_tables import company_settings, plan_snapshot

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SectionBuilder = Callable[[Connection, Row[Any], PlanContext], dict[str, Any]]


def section_builders() -> list[SectionBuilder]:
    """Every section builder, in the order they fill the plan."""
    return [profile_sections, stakeholder_sections, growth_sections, scorecard_sections,
            tracking_sections]


def assemble_plan(db: Database, reference: str | int, today: date | None = None) -> AccountPlan:
    """The whole plan of the account with this id or name, as of ``today``."""
    if not _has_settings(db):
        _make_settings(db)
    with db.read() as connection, connection.begin():
        return assemble_on(connection, find_account_row(connection, reference).id, today)


def assemble_in_session(
    session: Session, account_id: int, today: date | None = None
) -> AccountPlan:
    """The plan of an account inside a running unit of work (for services that also write).

    What the session holds unsaved is written first, so the plan shows it (as the ORM's
    own reads would, by autoflush); a database without settings gets them, as before.
    """
    from kamdesk.services.common.company_settings import settings_row

    settings_row(session)
    session.flush()
    return assemble_on(session.connection(), account_id, today)


def assemble_on(connection: Connection, account_id: int, today: date | None = None) -> AccountPlan:
    """The plan of the account with this id, read on ``connection``."""
    day = today or date.today()
    account = connection.execute(
        select(account_table).where(account_table.c.id == account_id)
    ).one_or_none()
    settings = connection.execute(
        select(company_settings).where(company_settings.c.id == 1)
    ).one_or_none()
    if account is None:
        raise deleted_elsewhere("account")
    if settings is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The company settings are missing from this database.",
            )
        )
    context = PlanContext(today=day, settings=settings)
    fields: dict[str, Any] = {}
    for builder in section_builders():
        fields.update(builder(connection, account, context))
    fields["changes_since_last_review"] = _changes_since_last_snapshot(connection, account, fields)
    return AccountPlan(
        meta=_meta(connection, account, context),
        account=account_profile(connection, account),
        **fields,
    )


def find_account_row(connection: Connection, reference: str | int) -> Row[Any]:
    """The account with this id or exactly this name; a clear error when there is none."""
    text = str(reference).strip()
    account = None
    if text.isdigit():
        account = connection.execute(
            select(account_table).where(account_table.c.id == int(text))
        ).one_or_none()
    if account is None:
        account = connection.execute(
            select(account_table).where(account_table.c.name == text)
        ).one_or_none()
    if account is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "There is no account with the id or name {text!r}.",
            ).format(text=text)
        )
    return account


def latest_snapshot_content(connection: Connection, account_id: int) -> dict[str, Any] | None:
    """The newest snapshot's plan as a JSON dict (None: no snapshot, or unreadable)."""
    content = connection.execute(
        select(plan_snapshot.c.content)
        .where(plan_snapshot.c.account_id == account_id)
        .order_by(plan_snapshot.c.taken_at.desc(), plan_snapshot.c.id.desc())
        .limit(1)
    ).scalar_one_or_none()
    if content is None:
        return None
    try:
        value = json.loads(content)
    except ValueError:
        return None  # a damaged snapshot must not stop the plan: treat it as absent
    return value if isinstance(value, dict) else None


def _has_settings(db: Database) -> bool:
    with db.read() as connection:
        return connection.execute(
            select(company_settings.c.id).where(company_settings.c.id == 1)
        ).first() is not None


def _make_settings(db: Database) -> None:
    # Only a database nobody has saved settings in yet: the ORM knows the defaults.
    from kamdesk.services.common.company_settings import settings_row

    with db.session() as session:
        settings_row(session)


def _changes_since_last_snapshot(
    connection: Connection, account: Row[Any], sections: dict[str, Any]
) -> dict[str, Any] | None:
    """What changed since the newest snapshot, as JSON (None: no snapshot yet).

    Compared with the sections just built, so no section is built twice.
    """
    previous = latest_snapshot_content(connection, account.id)
    if previous is None:
        return None
    return changes_since(previous, to_json_value(sections)).to_json()


def _meta(connection: Connection, account: Row[Any], context: PlanContext) -> PlanMeta:
    settings = context.settings
    exports = connection.execute(
        select(func.count())
        .select_from(plan_snapshot)
        .where(plan_snapshot.c.account_id == account.id,
               plan_snapshot.c.reason == SnapshotReason.EXPORT)
    ).scalar_one()
    return PlanMeta(
        company_name=settings.company_name,
        currency=settings.currency,
        locale=settings.locale,
        fiscal_year=fiscal_quarter_of(context.today, settings.fiscal_year_start_month)[0],
        fiscal_year_start_month=settings.fiscal_year_start_month,
        prepared_on=context.today,
        kam=team_member_name(connection, account.owner_id),
        version=exports + 1,
        logo_png=settings.logo_png,
    )
