"""The portfolio as an Excel workbook: gather the sheets, render them, write the file.

One read-only unit of work fills a :class:`~kamdesk.domain.portfolio_workbook.PortfolioWorkbook`
with the sheets a manager asks for — accounts (tier, ABC class, owner, revenue of the last
four quarters each and in total, growth), contacts, goals, actions, revenue by quarter,
opportunities and whitespace — optionally for one account only. The renderer in
``kamdesk.reports`` turns it into .xlsx bytes; the file is written atomically.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from kamdesk.domain.goal_status import goal_status, latest_value
from kamdesk.domain.portfolio_workbook import (
    CellFormat,
    PortfolioWorkbook,
    WorkbookColumn,
    WorkbookSheet,
)
from kamdesk.reports.workbook_document import render_workbook
from kamdesk.services.common.account_lookup import find_account
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.export.plan_export import default_language, write_atomically
from kamdesk.services.portfolio.portfolio_analysis import analyse_in_session
from kamdesk.services.portfolio.portfolio_window import TRAILING_TWELVE_MONTHS
from kamdesk.store.database import Database
from kamdesk.store.orm import (
    Account,
    ActionItem,
    BusinessUnit,
    Competitor,
    Goal,
    GoalUpdate,
    Offering,
    Opportunity,
    OpportunityStage,
    RevenueEntry,
    Stakeholder,
    TeamMember,
    WhitespaceCell,
)

T, M, D, P, F, N, DEC = (CellFormat.TEXT, CellFormat.MONEY, CellFormat.DATE, CellFormat.PERCENT,
                         CellFormat.FLAG, CellFormat.INTEGER, CellFormat.DECIMAL)


def _columns(*pairs: tuple[str, CellFormat]) -> tuple[WorkbookColumn, ...]:
    return tuple(WorkbookColumn(key, kind) for key, kind in pairs)


SelectT = TypeVar("SelectT", bound="Select[*tuple[Any, ...]]")


def _only(statement: SelectT, column: Any, account_id: int | None) -> SelectT:
    """The statement, limited to one account when one is asked for."""
    return statement if account_id is None else statement.where(column == account_id)


def assemble_workbook(
    db: Database, account: str | None = None, today: date | None = None
) -> tuple[PortfolioWorkbook, str]:
    """The workbook's data (all accounts, or one) and the company locale."""
    day = today or date.today()
    with db.session() as session:
        account_id = find_account(session, account).id if account else None
        settings = settings_row(session)
        sheets = (
            _accounts(session, account_id, day),
            _contacts(session, account_id),
            _goals(session, account_id, day),
            _actions(session, account_id),
            _revenue(session, account_id),
            _opportunities(session, account_id),
            _whitespace(session, account_id),
        )
        workbook = PortfolioWorkbook(settings.company_name, settings.currency, day, sheets)
        return workbook, settings.locale


def _accounts(session: Session, account_id: int | None, today: date) -> WorkbookSheet:
    analysis = analyse_in_session(session, TRAILING_TWELVE_MONTHS, today)
    quarters = analysis.window.quarters
    by_quarter: dict[tuple[int, int, int], Decimal] = {}
    first, last = quarters[0], quarters[-1]
    period = RevenueEntry.year * 4 + RevenueEntry.quarter
    for row in session.execute(
        _only(select(RevenueEntry.account_id, RevenueEntry.year, RevenueEntry.quarter,
                     RevenueEntry.actual)
              .where(period.between(first[0] * 4 + first[1], last[0] * 4 + last[1])),
              RevenueEntry.account_id, account_id)
    ):
        if row.actual is not None:
            by_quarter[(row.account_id, row.year, row.quarter)] = row.actual
    details = {
        row.id: row for row in session.execute(
            _only(select(Account.id, Account.industry, Account.city, Account.country,
                         Account.customer_since), Account.id, account_id)
        )
    }
    columns = (
        *_columns(("account", T), ("tier", T), ("abc_class", T), ("score", DEC),
                  ("owner", T), ("industry", T), ("city", T), ("country", T)),
        *(WorkbookColumn(f"q{i}", M, f"Q{q} {y}") for i, (y, q) in enumerate(quarters)),
        *_columns(("revenue_4q", M), ("previous_4q", M), ("growth", P),
                  ("last_contact", D), ("customer_since", D)),
    )
    rows = []
    for item in sorted(analysis.accounts, key=lambda a: a.name.casefold()):
        detail = details.get(item.account_id)
        if detail is None:
            continue
        growth = ((item.revenue - item.previous_revenue) / item.previous_revenue
                  if item.previous_revenue else None)
        rows.append((
            item.name, item.tier, item.abc_class, item.score, item.owner, detail.industry,
            detail.city, detail.country,
            *(by_quarter.get((item.account_id, y, q)) for y, q in quarters),
            item.revenue, item.previous_revenue, growth, item.last_contact,
            detail.customer_since,
        ))
    return WorkbookSheet("accounts", columns, tuple(rows))


def _contacts(session: Session, account_id: int | None) -> WorkbookSheet:
    statement = (
        select(Account.name, Stakeholder.name, Stakeholder.title, Stakeholder.department,
               Stakeholder.email, Stakeholder.phone, Stakeholder.attitude,
               Stakeholder.influence, TeamMember.name, Stakeholder.last_contact,
               Stakeholder.left_on)
        .join(Account, Account.id == Stakeholder.account_id)
        .outerjoin(TeamMember, TeamMember.id == Stakeholder.owner_id)
        .order_by(Account.name, Stakeholder.name)
    )
    rows = session.execute(_only(statement, Account.id, account_id)).all()
    return WorkbookSheet("contacts", _columns(
        ("account", T), ("name", T), ("title", T), ("department", T), ("email", T),
        ("phone", T), ("attitude", T), ("influence", N), ("owner", T), ("last_contact", D),
        ("left_on", D)), tuple(tuple(r) for r in rows))


def _goals(session: Session, account_id: int | None, today: date) -> WorkbookSheet:
    goals = session.execute(_only(
        select(Goal, Account.name, TeamMember.name)
        .join(Account, Account.id == Goal.account_id)
        .outerjoin(TeamMember, TeamMember.id == Goal.owner_id)
        .order_by(Account.name, Goal.due_on, Goal.title), Account.id, account_id)).all()
    updates: dict[int, dict[date, Decimal]] = defaultdict(dict)
    for goal_id, measured_on, value in session.execute(
        select(GoalUpdate.goal_id, GoalUpdate.measured_on, GoalUpdate.value)
        .where(GoalUpdate.goal_id.in_([g.id for g, _, _ in goals]))
    ):
        updates[goal_id][measured_on] = value
    rows = []
    for goal, account_name, owner in goals:
        dated = updates[goal.id]
        rows.append((
            account_name, goal.title, goal.kind, goal.metric, goal.unit, goal.baseline,
            goal.target, latest_value(dated, today), goal.start_on, goal.due_on,
            goal_status(goal.direction, goal.baseline, goal.target, goal.start_on,
                        goal.due_on, dated, today),
            owner,
        ))
    return WorkbookSheet("goals", _columns(
        ("account", T), ("goal", T), ("kind", T), ("metric", T), ("unit", T),
        ("baseline", DEC), ("target", DEC), ("current", DEC), ("start", D), ("due", D),
        ("status", T), ("owner", T)), tuple(rows))


def _actions(session: Session, account_id: int | None) -> WorkbookSheet:
    statement = (
        select(Account.name, ActionItem.title, TeamMember.name, ActionItem.due_on,
               ActionItem.done, Goal.title, ActionItem.shared_with_client)
        .join(Account, Account.id == ActionItem.account_id)
        .outerjoin(TeamMember, TeamMember.id == ActionItem.owner_id)
        .outerjoin(Goal, Goal.id == ActionItem.goal_id)
        .order_by(Account.name, ActionItem.done, ActionItem.due_on, ActionItem.title)
    )
    rows = session.execute(_only(statement, Account.id, account_id)).all()
    return WorkbookSheet("actions", _columns(
        ("account", T), ("action", T), ("owner", T), ("due", D), ("done", F), ("goal", T),
        ("shared", F)), tuple(tuple(r) for r in rows))


def _revenue(session: Session, account_id: int | None) -> WorkbookSheet:
    statement = (
        select(Account.name, RevenueEntry.year, RevenueEntry.quarter, RevenueEntry.actual,
               RevenueEntry.plan, RevenueEntry.recurring)
        .join(Account, Account.id == RevenueEntry.account_id)
        .order_by(Account.name, RevenueEntry.year, RevenueEntry.quarter)
    )
    rows = tuple(
        (name, year, quarter, f"{year}-Q{quarter}", actual, plan, recurring)
        for name, year, quarter, actual, plan, recurring in session.execute(
            _only(statement, Account.id, account_id))
    )
    return WorkbookSheet("revenue", _columns(
        ("account", T), ("fiscal_year", N), ("quarter", N), ("period", T), ("actual", M),
        ("plan", M), ("recurring", F)), rows)


def _opportunities(session: Session, account_id: int | None) -> WorkbookSheet:
    statement = (
        select(Account.name, Opportunity.title, Opportunity.type, Offering.name,
               BusinessUnit.name, OpportunityStage.name, Opportunity.value,
               Opportunity.probability, Opportunity.expected_close, Opportunity.status)
        .join(Account, Account.id == Opportunity.account_id)
        .join(OpportunityStage, OpportunityStage.id == Opportunity.stage_id)
        .outerjoin(Offering, Offering.id == Opportunity.offering_id)
        .outerjoin(BusinessUnit, BusinessUnit.id == Opportunity.business_unit_id)
        .order_by(Account.name, Opportunity.expected_close, Opportunity.title)
    )
    rows = tuple(
        (account, title, kind, offering, unit, stage, value, Decimal(probability) / 100,
         (value * probability / 100).quantize(Decimal("0.01")), close, status)
        for account, title, kind, offering, unit, stage, value, probability, close, status
        in session.execute(_only(statement, Account.id, account_id))
    )
    return WorkbookSheet("opportunities", _columns(
        ("account", T), ("opportunity", T), ("type", T), ("offering", T),
        ("business_unit", T), ("stage", T), ("value", M), ("probability", P),
        ("weighted_value", M), ("expected_close", D), ("status", T)), rows)


def _whitespace(session: Session, account_id: int | None) -> WorkbookSheet:
    rival = aliased(Competitor)
    statement = (
        select(Account.name, BusinessUnit.name, Offering.name, WhitespaceCell.status,
               WhitespaceCell.estimated_value, rival.name, WhitespaceCell.note)
        .join(BusinessUnit, BusinessUnit.id == WhitespaceCell.business_unit_id)
        .join(Account, Account.id == BusinessUnit.account_id)
        .join(Offering, Offering.id == WhitespaceCell.offering_id)
        .outerjoin(rival, rival.id == WhitespaceCell.competitor_id)
        .order_by(Account.name, BusinessUnit.position, BusinessUnit.name, Offering.position)
    )
    rows = session.execute(_only(statement, Account.id, account_id)).all()
    return WorkbookSheet("whitespace", _columns(
        ("account", T), ("business_unit", T), ("offering", T), ("status", T),
        ("estimated_value", M), ("competitor", T), ("note", T)), tuple(tuple(r) for r in rows))


def export_workbook(
    db: Database, destination: Path, *, account: str | None = None, lang: str | None = None,
    today: date | None = None,
) -> PortfolioWorkbook:
    """Write the workbook (language: ``lang``, else the company locale's) atomically."""
    workbook, locale = assemble_workbook(db, account, today)
    data = render_workbook(workbook, lang or default_language(locale))
    write_atomically(destination, data)
    return workbook
