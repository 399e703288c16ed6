"""Whitespace totals and pipeline figures against hand-computed sums."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.enums import CellStatus, OpportunityStatus
from kamdesk.domain.whitespace_figures import (
    AxisTotal,
    PipelineOpportunity,
    QuarterPipeline,
    WhitespaceCell,
    pipeline_by_quarter,
    weighted_pipeline,
    whitespace_totals,
    won_value_in_fiscal_year,
)

S = CellStatus
OPEN, WON, LOST = OpportunityStatus.OPEN, OpportunityStatus.WON, OpportunityStatus.LOST


def cell(unit: str, offering: str, status: CellStatus, value: str | None = None) -> WhitespaceCell:
    return WhitespaceCell(unit, offering, status, None if value is None else Decimal(value))


def opp(
    value: str,
    probability: int,
    status: OpportunityStatus = OPEN,
    expected_close: date | None = None,
    closed_on: date | None = None,
) -> PipelineOpportunity:
    return PipelineOpportunity(Decimal(value), probability, status, expected_close, closed_on)


class TestWhitespaceTotals:
    CELLS = (
        cell("Berlin", "Cloud", S.ACTIVE, "100"),
        cell("Berlin", "Support", S.OPPORTUNITY, "50"),
        cell("Berlin", "Training", S.NOT_RELEVANT, "999"),
        cell("Munich", "Cloud", S.COMPETITOR, "70"),
        cell("Munich", "Support", S.IN_PROGRESS, None),
        cell("Munich", "Training", S.UNKNOWN, "30"),
        cell("Hamburg", "Cloud", S.ACTIVE, "20"),
        cell("Hamburg", "Training", S.IN_PROGRESS, "5"),
    )

    def test_totals(self) -> None:
        totals = whitespace_totals(self.CELLS)
        # active: 100 + 20 = 120; potential: 50 + 70 + 0 + 5 = 125 (unknown 30 left out)
        assert totals.active_value == Decimal(120)
        assert totals.potential_value == Decimal(125)
        assert totals.by_unit == (
            AxisTotal("Berlin", Decimal(100), Decimal(50)),
            AxisTotal("Munich", Decimal(0), Decimal(70)),
            AxisTotal("Hamburg", Decimal(20), Decimal(5)),
        )
        assert totals.by_offering == (
            AxisTotal("Cloud", Decimal(120), Decimal(70)),
            AxisTotal("Support", Decimal(0), Decimal(50)),
            AxisTotal("Training", Decimal(0), Decimal(5)),
        )
        # 2 active of 7 relevant cells (one not relevant): 2 / 7 = 0.285714… → 0.2857
        assert (totals.active_cells, totals.relevant_cells) == (2, 7)
        assert totals.coverage == Decimal("0.2857")

    def test_nothing_relevant(self) -> None:
        totals = whitespace_totals([cell("A", "X", S.NOT_RELEVANT, "5")])
        assert totals.coverage is None
        assert totals.active_value == 0 and totals.potential_value == 0

    def test_empty_matrix(self) -> None:
        totals = whitespace_totals([])
        assert totals.coverage is None
        assert totals.by_unit == () and totals.by_offering == ()

    def test_full_coverage(self) -> None:
        totals = whitespace_totals([cell("A", "X", S.ACTIVE), cell("A", "Y", S.ACTIVE)])
        assert totals.coverage == Decimal(1)

    def test_duplicate_cell_rejected(self) -> None:
        with pytest.raises(ValueError, match="once"):
            whitespace_totals([cell("A", "X", S.ACTIVE), cell("A", "X", S.UNKNOWN)])


class TestPipeline:
    OPPS = (
        opp("10000", 50, expected_close=date(2025, 3, 31)),  # 5000.00
        opp("3333.33", 30, expected_close=date(2025, 4, 1)),  # 999.999 → 1000.00
        opp("2000", 25, expected_close=date(2024, 12, 31)),  # 500.00
        opp("800", 10),  # 80.00, no expected close
        opp("50000", 90, WON, expected_close=date(2025, 2, 1)),  # not open
        opp("7000", 70, LOST, expected_close=date(2025, 2, 1)),  # not open
    )

    def test_weighted_pipeline(self) -> None:
        # 5000 + 999.999 + 500 + 80 = 6579.999 → 6580.00
        assert weighted_pipeline(self.OPPS) == Decimal("6580.00")

    def test_weighted_pipeline_empty(self) -> None:
        assert weighted_pipeline([]) == Decimal("0.00")

    def test_by_quarter_april_start(self) -> None:
        # April fiscal year: Dec 2024 → (2024, 3); Mar 2025 → (2024, 4); Apr 2025 → (2025, 1)
        assert pipeline_by_quarter(self.OPPS, 4) == [
            QuarterPipeline(2024, 3, Decimal("500.00")),
            QuarterPipeline(2024, 4, Decimal("5000.00")),
            QuarterPipeline(2025, 1, Decimal("1000.00")),
        ]

    def test_by_quarter_calendar_year(self) -> None:
        # Dec 2024 → (2024, 4); Mar 2025 → (2025, 1); Apr 2025 → (2025, 2)
        assert pipeline_by_quarter(self.OPPS, 1) == [
            QuarterPipeline(2024, 4, Decimal("500.00")),
            QuarterPipeline(2025, 1, Decimal("5000.00")),
            QuarterPipeline(2025, 2, Decimal("1000.00")),
        ]

    def test_by_quarter_sums_within_quarter(self) -> None:
        # October start: Oct and Dec 2024 both in (2024, 1): 100 × 0.5 + 300 × 0.2 = 110.00
        opps = [
            opp("100", 50, expected_close=date(2024, 10, 1)),
            opp("300", 20, expected_close=date(2024, 12, 31)),
            opp("100", 100, expected_close=date(2024, 9, 30)),  # (2023, 4)
        ]
        assert pipeline_by_quarter(opps, 10) == [
            QuarterPipeline(2023, 4, Decimal("100.00")),
            QuarterPipeline(2024, 1, Decimal("110.00")),
        ]

    def test_probability_range(self) -> None:
        with pytest.raises(ValueError, match="probability"):
            opp("1", 101)
        with pytest.raises(ValueError, match="probability"):
            opp("1", -1)


class TestWonValue:
    OPPS = (
        opp("1000", 100, WON, closed_on=date(2024, 10, 1), expected_close=date(2024, 8, 1)),
        opp("200", 100, WON, expected_close=date(2025, 9, 30)),  # no closed_on
        opp("30", 100, WON),  # no date at all: left out
        opp("4000", 100, WON, closed_on=date(2024, 9, 30)),
        opp("50000", 50, OPEN, expected_close=date(2025, 1, 1)),
        opp("60000", 0, LOST, closed_on=date(2025, 1, 1)),
    )

    def test_october_fiscal_year(self) -> None:
        # FY2024 = Oct 2024 – Sep 2025: 1000 (closed 1 Oct 2024) + 200 (expected 30 Sep 2025)
        assert won_value_in_fiscal_year(self.OPPS, 2024, 10) == Decimal(1200)
        # FY2023 = Oct 2023 – Sep 2024: 4000 (closed_on wins over expected close)
        assert won_value_in_fiscal_year(self.OPPS, 2023, 10) == Decimal(4000)

    def test_calendar_year(self) -> None:
        # 2024: 1000 + 4000; 2025: 200
        assert won_value_in_fiscal_year(self.OPPS, 2024, 1) == Decimal(5000)
        assert won_value_in_fiscal_year(self.OPPS, 2025, 1) == Decimal(200)

    def test_nothing_won(self) -> None:
        assert won_value_in_fiscal_year([], 2024, 4) == 0
