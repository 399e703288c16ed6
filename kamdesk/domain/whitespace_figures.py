"""Whitespace matrix totals and the opportunity pipeline.

Rules:

* Active value = estimated value of ACTIVE cells. Potential value = value of OPPORTUNITY,
  IN_PROGRESS and COMPETITOR cells: business we could win (a competitor's cell can be
  taken over). UNKNOWN cells are left out of the potential: not assessed yet, any value
  on them would be guesswork. A cell without a value counts as zero.
* Coverage = active cells / relevant cells, where NOT_RELEVANT cells are excluded and
  UNKNOWN cells count as relevant (they may turn out to be whitespace). None when no cell
  is relevant. Rounded to four places (ROUND_HALF_EVEN).
* Row (business unit) and column (offering) totals keep the order in which units and
  offerings first appear in the cells.
* Weighted pipeline = Σ value × probability / 100 over OPEN opportunities, in cents
  (ROUND_HALF_UP). By quarter: grouped by the fiscal quarter of the expected close; open
  opportunities without an expected close are left out of the quarter list (they still
  count in the total).
* Won value in a fiscal year: WON opportunities whose won date falls in that year; the won
  date is ``closed_on``, or ``expected_close`` when the closing date was not recorded.
  Without either date the opportunity cannot be placed in a year and is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from kamdesk.domain.enums import CellStatus, OpportunityStatus
from kamdesk.domain.fiscal_periods import check_fiscal_year_start_month, fiscal_quarter_of

Key = int | str
ZERO = Decimal(0)
CENTS = Decimal("0.01")
POTENTIAL_STATUSES = frozenset(
    {CellStatus.OPPORTUNITY, CellStatus.IN_PROGRESS, CellStatus.COMPETITOR}
)


@dataclass(frozen=True)
class WhitespaceCell:
    """One business unit × offering cell of the matrix."""

    unit: Key
    offering: Key
    status: CellStatus
    value: Decimal | None = None


@dataclass(frozen=True)
class AxisTotal:
    """Active and potential value of one row (unit) or column (offering)."""

    key: Key
    active: Decimal
    potential: Decimal


@dataclass(frozen=True)
class WhitespaceTotals:
    """The matrix summed up."""

    active_value: Decimal
    potential_value: Decimal
    by_unit: tuple[AxisTotal, ...]
    by_offering: tuple[AxisTotal, ...]
    active_cells: int
    relevant_cells: int
    coverage: Decimal | None


@dataclass(frozen=True)
class PipelineOpportunity:
    """What the pipeline figures need to know about one opportunity."""

    value: Decimal
    probability: int  # percent, 0–100
    status: OpportunityStatus
    expected_close: date | None = None
    closed_on: date | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.probability <= 100:
            raise ValueError(f"probability must be 0 to 100 percent, not {self.probability}")

    @property
    def weighted_value(self) -> Decimal:
        """Value × probability, unrounded (rounding happens once, on sums)."""
        return self.value * self.probability / 100


@dataclass(frozen=True)
class QuarterPipeline:
    """Weighted open pipeline expected to close in one fiscal quarter."""

    year: int
    quarter: int
    weighted: Decimal


def _axis_totals(cells: Iterable[WhitespaceCell], by_unit: bool) -> tuple[AxisTotal, ...]:
    """Active and potential value per unit (or per offering), in order of first appearance."""
    active: dict[Key, Decimal] = {}
    potential: dict[Key, Decimal] = {}
    for cell in cells:
        key = cell.unit if by_unit else cell.offering
        value = cell.value or ZERO
        active[key] = active.get(key, ZERO) + (value if cell.status is CellStatus.ACTIVE else ZERO)
        potential[key] = potential.get(key, ZERO) + (
            value if cell.status in POTENTIAL_STATUSES else ZERO
        )
    return tuple(AxisTotal(key, active[key], potential[key]) for key in active)


def whitespace_totals(cells: Sequence[WhitespaceCell]) -> WhitespaceTotals:
    """Totals, row and column totals and coverage of the matrix (rules in module doc)."""
    positions = [(cell.unit, cell.offering) for cell in cells]
    if len(set(positions)) != len(positions):
        raise ValueError("each unit × offering cell may appear only once")
    active_cells = sum(1 for cell in cells if cell.status is CellStatus.ACTIVE)
    relevant_cells = sum(1 for cell in cells if cell.status is not CellStatus.NOT_RELEVANT)
    coverage = (
        (Decimal(active_cells) / Decimal(relevant_cells)).quantize(
            Decimal("0.0001"), rounding=ROUND_HALF_EVEN
        )
        if relevant_cells
        else None
    )
    by_unit = _axis_totals(cells, by_unit=True)
    return WhitespaceTotals(
        active_value=sum((total.active for total in by_unit), ZERO),
        potential_value=sum((total.potential for total in by_unit), ZERO),
        by_unit=by_unit,
        by_offering=_axis_totals(cells, by_unit=False),
        active_cells=active_cells,
        relevant_cells=relevant_cells,
        coverage=coverage,
    )


def _cents(amount: Decimal) -> Decimal:
    return amount.quantize(CENTS, rounding=ROUND_HALF_UP)


def weighted_pipeline(opportunities: Iterable[PipelineOpportunity]) -> Decimal:
    """Σ value × probability / 100 over open opportunities, in cents."""
    return _cents(
        sum(
            (o.weighted_value for o in opportunities if o.status is OpportunityStatus.OPEN),
            ZERO,
        )
    )


def pipeline_by_quarter(
    opportunities: Iterable[PipelineOpportunity], fiscal_year_start_month: int
) -> list[QuarterPipeline]:
    """Weighted open pipeline per fiscal quarter of expected close, oldest quarter first."""
    check_fiscal_year_start_month(fiscal_year_start_month)
    sums: dict[tuple[int, int], Decimal] = {}
    for o in opportunities:
        if o.status is not OpportunityStatus.OPEN or o.expected_close is None:
            continue
        period = fiscal_quarter_of(o.expected_close, fiscal_year_start_month)
        sums[period] = sums.get(period, ZERO) + o.weighted_value
    return [
        QuarterPipeline(year, quarter, _cents(sums[year, quarter]))
        for year, quarter in sorted(sums)
    ]


def won_value_in_fiscal_year(
    opportunities: Iterable[PipelineOpportunity], fiscal_year: int, fiscal_year_start_month: int
) -> Decimal:
    """Value of opportunities won in ``fiscal_year`` (won date rule in module doc)."""
    check_fiscal_year_start_month(fiscal_year_start_month)
    total = ZERO
    for o in opportunities:
        won_on = o.closed_on or o.expected_close
        if o.status is not OpportunityStatus.WON or won_on is None:
            continue
        if fiscal_quarter_of(won_on, fiscal_year_start_month)[0] == fiscal_year:
            total += o.value
    return total
