"""Revenue per fiscal quarter: the grid the user types and pastes into, and its figures.

Typing one cell and pasting a block copied from a spreadsheet are the same operation: a set
of :class:`QuarterChange` (each quarter's figures before and after, and the version the user
saw) applied in ONE transaction by :func:`apply_revenue_changes`, which returns the inverse
changes — applying those is the undo. A pasted block is first read into a
:class:`PastePreview`: every cell with its problem, if any, and the changes the readable
cells would make, so nothing is written until the user has seen what cannot be read.

Growth, trailing-year revenue, ARR and CLV are computed by
:mod:`kamdesk.domain.revenue_figures`; this module only feeds it the account's quarters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain import pasted_numbers as cells
from kamdesk.domain.fiscal_periods import Period, fiscal_quarter_of, shift_quarter
from kamdesk.domain.revenue_figures import (
    QuarterFigures,
    RevenuePoint,
    arr,
    customer_lifetime_value,
    quarter_rows,
    trailing_twelve_months,
    whole_years_between,
)
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.common.compare_and_set import translate_integrity_errors
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError, edit_conflict
from kamdesk.store.orm import Account, CompanySettings, RevenueEntry

# The columns of the grid a block can be pasted into, left to right.
GRID_COLUMNS = ("year", "quarter", "actual", "plan", "recurring")
MONEY_PLACES = 2

# Problems of pasted cells found here (the parsing problems are in domain.pasted_numbers).
OUTSIDE_GRID = "outside_grid"
DUPLICATE_QUARTER = "duplicate_quarter"
ROW_SKIPPED = "row_skipped"
_MESSAGES = {
    OUTSIDE_GRID: "{text!r} lies to the right of the grid's last column.",
    DUPLICATE_QUARTER: "This quarter already appears higher up in the pasted block.",
    ROW_SKIPPED: "{text!r} is not applied: the quarter of its row cannot be read.",
}


@dataclass(frozen=True)
class QuarterValues:
    """What the user can set for one quarter."""

    actual: Decimal | None = None
    plan: Decimal | None = None
    recurring: bool = False

    @property
    def is_empty(self) -> bool:
        """Nothing entered: such a quarter has no row in the database."""
        return self.actual is None and self.plan is None and not self.recurring

    def with_field(self, field: str, value: Decimal | bool | None) -> QuarterValues:
        """These values with one field set (``recurring`` takes a flag, the others amounts)."""
        if field == "recurring":
            return replace(self, recurring=bool(value))
        if isinstance(value, bool):
            raise TypeError(f"{field} takes an amount, not a flag")
        if field == "actual":
            return replace(self, actual=value)
        if field == "plan":
            return replace(self, plan=value)
        raise ValueError(f"{field} is not an editable revenue field")


@dataclass(frozen=True)
class RevenueQuarterRow:
    """One row of the revenue grid: a quarter's figures and how they compare."""

    year: int
    quarter: int
    version: int | None  # None: nothing stored for this quarter yet
    actual: Decimal | None
    plan: Decimal | None
    recurring: bool
    growth_qoq: Decimal | None
    growth_yoy: Decimal | None
    vs_plan: Decimal | None
    is_current: bool  # the fiscal quarter containing today

    @property
    def values(self) -> QuarterValues:
        """The editable part of the row."""
        return QuarterValues(self.actual, self.plan, self.recurring)


@dataclass(frozen=True)
class RevenueSummaryFigures:
    """TTM, ARR and CLV as of the latest quarter with an actual, with CLV's ingredients."""

    as_of_year: int
    as_of_quarter: int
    ttm: Decimal
    arr: Decimal
    clv: Decimal
    gross_margin: Decimal
    remaining_years: int


@dataclass(frozen=True)
class RevenueTable:
    """Everything the revenue tab shows for one account."""

    account_id: int
    rows: tuple[RevenueQuarterRow, ...]  # oldest first, without gaps
    summary: RevenueSummaryFigures | None  # None: no actual revenue yet
    current_year: int
    current_quarter: int
    fiscal_year_start_month: int
    currency: str


@dataclass(frozen=True)
class QuarterChange:
    """One quarter's figures before and after an edit, and the version the user saw."""

    year: int
    quarter: int
    expected_version: int | None  # None: the quarter had no stored row
    before: QuarterValues
    after: QuarterValues


@dataclass(frozen=True)
class PastedCell:
    """One cell of a pasted block: where it lands, and why it cannot be used (if so)."""

    line: int  # 0-based line of the block
    column: int  # 0-based column of the block
    field: str | None  # the grid column it lands in; None: right of the grid
    year: int | None
    quarter: int | None
    text: str
    problem: str | None = None  # a code of domain.pasted_numbers or of this module
    message: str | None = None


@dataclass(frozen=True)
class PastePreview:
    """What a pasted block would change, and every cell that cannot be used."""

    cells: tuple[PastedCell, ...]
    changes: tuple[QuarterChange, ...]
    decimal_comma: bool

    @property
    def problems(self) -> tuple[PastedCell, ...]:
        """The cells that will not be applied, in block order."""
        return tuple(cell for cell in self.cells if cell.problem is not None)


def revenue_table(db: Database, account_id: int, today: date | None = None) -> RevenueTable:
    """The account's revenue grid, from its first quarter to the end of next fiscal year."""
    day = today or date.today()
    with db.session() as session:
        account = _account(session, account_id)
        settings = settings_row(session)
        entries = _entries(session, account_id)
        current = fiscal_quarter_of(day, settings.fiscal_year_start_month)
        figures = {row.period: row for row in quarter_rows(_points(entries.values()))}
        first = min([*entries, (current[0] - 1, 1)])
        last = max([*entries, (current[0] + 1, 4)])
        rows: list[RevenueQuarterRow] = []
        period = first
        while period <= last:
            entry, figure = entries.get(period), figures.get(period)
            rows.append(
                RevenueQuarterRow(
                    year=period[0],
                    quarter=period[1],
                    version=entry.version if entry else None,
                    actual=entry.actual if entry else None,
                    plan=entry.plan if entry else None,
                    recurring=entry.recurring if entry else False,
                    growth_qoq=figure.growth_qoq if figure else None,
                    growth_yoy=figure.growth_yoy if figure else None,
                    vs_plan=figure.vs_plan if figure else None,
                    is_current=period == current,
                )
            )
            period = shift_quarter(*period, 1)
        return RevenueTable(
            account_id=account_id,
            rows=tuple(rows),
            summary=revenue_summary(account, settings, list(entries.values()), day),
            current_year=current[0],
            current_quarter=current[1],
            fiscal_year_start_month=settings.fiscal_year_start_month,
            currency=settings.currency,
        )


def revenue_in_session(
    session: Session, account: Account, today: date
) -> tuple[list[QuarterFigures], RevenueSummaryFigures | None]:
    """The account's quarters with growth figures, and its summary (for the plan)."""
    entries = list(_entries(session, account.id).values())
    summary = revenue_summary(account, settings_row(session), entries, today)
    return quarter_rows(_points(entries)), summary


def revenue_summary(
    account: Account, settings: CompanySettings, entries: Sequence[RevenueEntry], today: date
) -> RevenueSummaryFigures | None:
    """TTM, ARR and CLV as of the latest quarter that has an actual value."""
    with_actual = [(e.year, e.quarter) for e in entries if e.actual is not None]
    if not with_actual:
        return None
    as_of = max(with_actual)
    points = _points(entries)
    ttm = trailing_twelve_months(points, as_of)
    years_so_far = (
        0 if account.customer_since is None else whole_years_between(account.customer_since, today)
    )
    return RevenueSummaryFigures(
        as_of_year=as_of[0],
        as_of_quarter=as_of[1],
        ttm=ttm,
        arr=arr(points, as_of),
        clv=customer_lifetime_value(
            settings.gross_margin,
            ttm,
            account.expected_relationship_years,
            account.customer_since,
            today,
        ),
        gross_margin=settings.gross_margin,
        remaining_years=max(account.expected_relationship_years - years_so_far, 1),
    )


def _account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise deleted_elsewhere("account")
    return account


def _entries(session: Session, account_id: int) -> dict[Period, RevenueEntry]:
    rows = session.scalars(select(RevenueEntry).where(RevenueEntry.account_id == account_id))
    return {(row.year, row.quarter): row for row in rows}


def _points(entries: Iterable[RevenueEntry]) -> list[RevenuePoint]:
    return [RevenuePoint(e.year, e.quarter, e.actual, e.plan, e.recurring) for e in entries]


def edit_change(row: RevenueQuarterRow, field: str, value: Decimal | bool | None) -> QuarterChange:
    """The change that typing ``value`` into one cell of a grid row makes."""
    after = row.values.with_field(field, value)
    return QuarterChange(row.year, row.quarter, row.version, row.values, after)


def check_values(change: QuarterChange) -> None:
    """Refuse a quarter or figures the database must not receive, naming the field."""
    if not 1900 <= change.year <= 2200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "The year must lie between 1900 and 2200."),
            field="year")
    if not 1 <= change.quarter <= 4:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "The quarter must be 1, 2, 3 or 4."),
            field="quarter")
    for name in ("actual", "plan"):
        value = getattr(change.after, name)
        if value is None:
            continue
        if not isinstance(value, Decimal) or not value.is_finite():
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Enter an amount."), field=name)
        if value < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Revenue cannot be negative."), field=name)
        if value != value.quantize(Decimal("0.01")):
            raise ValidationError(
                QT_TRANSLATE_NOOP("ServiceMessage", "Amounts have at most two decimal places."),
                field=name)


def apply_revenue_changes(
    db: Database,
    account_id: int,
    changes: Sequence[QuarterChange],
    compare_values: bool = False,
) -> tuple[QuarterChange, ...]:
    """Apply every change or none (one transaction); returns the changes that undo it.

    A quarter whose stored version differs from the one the change expects was edited
    elsewhere: nothing is written and :class:`ConflictError` names the quarter. Undo and
    redo pass ``compare_values``: the stored figures must equal each change's ``before``
    (a version would have moved on with any later edit of the quarter and its own undo).
    """
    for change in changes:
        check_values(change)
    inverse: list[QuarterChange] = []
    with translate_integrity_errors(), db.session() as session:
        _account(session, account_id)
        entries = _entries(session, account_id)
        for change in changes:
            entry = entries.get((change.year, change.quarter))
            stored = QuarterValues()
            if entry is not None:
                stored = QuarterValues(entry.actual, entry.plan, entry.recurring)
            moved = (
                stored != change.before
                if compare_values
                else (entry.version if entry else None) != change.expected_version
            )
            if moved:
                raise edit_conflict(
                    QT_TRANSLATE_NOOP("ServiceMessage", "The revenue of Q{quarter} {year}").format(
                        quarter=change.quarter, year=change.year
                    ),
                    QT_TRANSLATE_NOOP("ServiceMessage", "the latest figures have been loaded"),
                )
            new_version: int | None = None
            if change.after.is_empty:
                if entry is not None:
                    session.delete(entry)
            else:
                if entry is None:
                    entry = RevenueEntry(
                        account_id=account_id, year=change.year, quarter=change.quarter
                    )
                    session.add(entry)
                entry.actual = change.after.actual
                entry.plan = change.after.plan
                entry.recurring = change.after.recurring
                session.flush()
                new_version = entry.version
            inverse.append(
                QuarterChange(change.year, change.quarter, new_version, change.after, change.before)
            )
        session.flush()
    return tuple(reversed(inverse))


def preview_paste(
    db: Database,
    account_id: int,
    anchor: Period,
    anchor_field: str,
    text: str,
    default_decimal_comma: bool,
) -> PastePreview:
    """Read a block pasted with its top-left cell at (``anchor`` quarter, ``anchor_field``).

    Line ``i`` of the block lands on the quarter ``i`` quarters after the anchor, unless the
    block covers the year and quarter columns: then those cells say which quarter it is.
    An empty cell clears the grid cell, as pasting in a spreadsheet does.
    """
    if anchor_field not in GRID_COLUMNS:
        raise ValueError(f"{anchor_field} is not a grid column")
    block = cells.split_block(text)
    start = GRID_COLUMNS.index(anchor_field)
    width = max((len(line) for line in block), default=0)
    fields = [
        GRID_COLUMNS[start + j] if start + j < len(GRID_COLUMNS) else None for j in range(width)
    ]
    comma = cells.guess_decimal_comma(
        (text for line in block for j, text in enumerate(line) if fields[j] in ("actual", "plan")),
        default_decimal_comma,
    )
    with db.session() as session:
        _account(session, account_id)
        stored = {
            period: (entry.version, QuarterValues(entry.actual, entry.plan, entry.recurring))
            for period, entry in _entries(session, account_id).items()
        }
    results: list[PastedCell] = []
    pending: dict[Period, QuarterValues] = {}
    for i, line in enumerate(block):
        period, line_cells = _read_line(i, line, fields, shift_quarter(*anchor, i), comma)
        if period is not None and period in pending:
            first = line_cells[0]
            line_cells[0] = replace(
                first, problem=DUPLICATE_QUARTER, message=_MESSAGES[DUPLICATE_QUARTER]
            )
            period = None
        if period is None:
            line_cells = [_skipped(c) for c in line_cells]
        else:
            values = pending.get(period, stored.get(period, (None, QuarterValues()))[1])
            for cell, value in _values(line_cells, comma):
                values = values.with_field(cell, value)
            pending[period] = values
        results.extend(line_cells)
    changes = []
    for period, after in pending.items():
        version, before = stored.get(period, (None, QuarterValues()))
        if after != before:
            changes.append(QuarterChange(period[0], period[1], version, before, after))
    return PastePreview(tuple(results), tuple(changes), comma)


def _skipped(cell: PastedCell) -> PastedCell:
    """A value cell of a line whose quarter is unknown: marked as not applied."""
    if cell.problem is None and cell.text.strip() and cell.field in ("actual", "plan", "recurring"):
        message = _MESSAGES[ROW_SKIPPED].format(text=cell.text.strip())
        return replace(cell, problem=ROW_SKIPPED, message=message)
    return cell


def _read_line(
    index: int, line: Sequence[str], fields: Sequence[str | None], default: Period, comma: bool
) -> tuple[Period | None, list[PastedCell]]:
    """The quarter a pasted line lands on (None: unreadable) and its cells, checked."""
    year, quarter = default
    readable = True
    checked: list[PastedCell] = []
    for j, text in enumerate(line):
        field, problem = fields[j], None
        try:
            if field == "year":
                year = cells.parse_year(text)
            elif field == "quarter":
                quarter = cells.parse_quarter(text)
            elif field in ("actual", "plan"):
                cells.parse_number(text, comma, MONEY_PLACES)
            elif field == "recurring":
                cells.parse_flag(text)
            elif text.strip():
                problem = (OUTSIDE_GRID, _MESSAGES[OUTSIDE_GRID].format(text=text.strip()))
        except cells.CellProblem as error:
            problem = (error.code, str(error))
            readable = readable and field not in ("year", "quarter")
        checked.append(
            PastedCell(index, j, field, None, None, text, *(problem or (None, None)))
        )
    period = (year, quarter) if readable else None
    return period, [
        replace(c, year=period[0] if period else None, quarter=period[1] if period else None)
        for c in checked
    ]


def _values(
    line_cells: Sequence[PastedCell], comma: bool
) -> Iterable[tuple[str, Decimal | bool | None]]:
    """The field values of a line's readable value cells."""
    for cell in line_cells:
        if cell.problem is not None or cell.field not in ("actual", "plan", "recurring"):
            continue
        if cell.field == "recurring":
            yield cell.field, cells.parse_flag(cell.text)
        else:
            yield cell.field, cells.parse_number(cell.text, comma, MONEY_PLACES)
