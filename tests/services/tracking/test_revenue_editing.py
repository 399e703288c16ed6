"""The revenue grid: typed edits, pasted blocks (all or nothing), undo, figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.pasted_numbers import NOT_A_FLAG, NOT_A_NUMBER, NOT_A_QUARTER
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.tracking import revenue_editing as revenue
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError
from kamdesk.store.orm import Account, RevenueEntry

TODAY = date(2024, 5, 15)  # fiscal year starting in April: (2024, 1)


@pytest.fixture
def account_id(db: Database) -> int:
    with db.session() as session:
        settings_row(session).fiscal_year_start_month = 4
        settings_row(session).gross_margin = Decimal("0.25")
        account = Account(
            name="Hanse Logistik", expected_relationship_years=5, customer_since=date(2022, 1, 1)
        )
        session.add(account)
        session.flush()
        return account.id


def stored(db: Database, account_id: int) -> dict[tuple[int, int], tuple[object, ...]]:
    with db.session() as session:
        return {
            (e.year, e.quarter): (e.actual, e.plan, e.recurring)
            for e in session.query(RevenueEntry).filter_by(account_id=account_id)
        }


def row_of(db: Database, account_id: int, year: int, quarter: int) -> revenue.RevenueQuarterRow:
    table = revenue.revenue_table(db, account_id, TODAY)
    return next(r for r in table.rows if (r.year, r.quarter) == (year, quarter))


def test_empty_grid_spans_last_to_next_fiscal_year(db: Database, account_id: int) -> None:
    table = revenue.revenue_table(db, account_id, TODAY)
    assert (table.rows[0].year, table.rows[0].quarter) == (2023, 1)
    assert (table.rows[-1].year, table.rows[-1].quarter) == (2025, 4)
    assert [(r.year, r.quarter) for r in table.rows if r.is_current] == [(2024, 1)]
    assert table.summary is None


def test_typed_edit_and_its_undo(db: Database, account_id: int) -> None:
    change = revenue.edit_change(row_of(db, account_id, 2024, 1), "actual", Decimal("1000.50"))
    undo = revenue.apply_revenue_changes(db, account_id, [change])
    assert stored(db, account_id) == {(2024, 1): (Decimal("1000.50"), None, False)}
    revenue.apply_revenue_changes(db, account_id, undo)
    assert stored(db, account_id) == {}  # an emptied quarter leaves no row behind


def test_stale_edit_is_a_conflict(db: Database, account_id: int) -> None:
    row = row_of(db, account_id, 2024, 1)
    revenue.apply_revenue_changes(db, account_id, [revenue.edit_change(row, "plan", Decimal(5))])
    with pytest.raises(ConflictError, match="Q1 2024"):
        change = revenue.edit_change(row, "plan", Decimal(6))
        revenue.apply_revenue_changes(db, account_id, [change])
    assert stored(db, account_id)[2024, 1][1] == Decimal(5)


def test_negative_amount_refused_before_the_database(db: Database, account_id: int) -> None:
    row = row_of(db, account_id, 2024, 1)
    change = revenue.edit_change(row, "actual", Decimal(-1))
    with pytest.raises(ValidationError) as raised:
        revenue.apply_revenue_changes(db, account_id, [change])
    assert raised.value.field == "actual"
    assert stored(db, account_id) == {}


def test_paste_german_block_with_year_and_quarter(db: Database, account_id: int) -> None:
    block = "2023\t1\t1.200,00 €\t1.000,00 €\tja\r\n2023\tQ2\t1.500,5\t\tx\r\n"
    preview = revenue.preview_paste(db, account_id, (2023, 1), "year", block, False)
    assert preview.decimal_comma is True
    assert preview.problems == ()
    revenue.apply_revenue_changes(db, account_id, preview.changes)
    assert stored(db, account_id) == {
        (2023, 1): (Decimal("1200.00"), Decimal("1000.00"), True),
        (2023, 2): (Decimal("1500.50"), None, True),
    }


def test_paste_english_values_down_from_the_anchor(db: Database, account_id: int) -> None:
    block = "1,234.5\t2,000\n900\n"
    preview = revenue.preview_paste(db, account_id, (2023, 4), "actual", block, True)
    assert preview.decimal_comma is False
    revenue.apply_revenue_changes(db, account_id, preview.changes)
    assert stored(db, account_id) == {
        (2023, 4): (Decimal("1234.50"), Decimal("2000.00"), False),
        (2024, 1): (Decimal("900.00"), None, False),
    }


def test_paste_with_problems_lists_each_cell_and_keeps_the_rest(
    db: Database, account_id: int
) -> None:
    block = "2023\t1\t100\n2023\t5\t200\n2023\t2\tviel\t50\tmaybe\textra\n2023\t1\t300\n"
    preview = revenue.preview_paste(db, account_id, (2023, 1), "year", block, True)
    problems = [(c.line, c.column, c.problem) for c in preview.problems]
    assert problems == [
        (1, 1, NOT_A_QUARTER),
        (1, 2, revenue.ROW_SKIPPED),
        (2, 2, NOT_A_NUMBER),
        (2, 4, NOT_A_FLAG),
        (2, 5, revenue.OUTSIDE_GRID),
        (3, 0, revenue.DUPLICATE_QUARTER),
        (3, 2, revenue.ROW_SKIPPED),
    ]
    assert all(c.message for c in preview.problems)
    assert stored(db, account_id) == {}  # a preview writes nothing
    undo = revenue.apply_revenue_changes(db, account_id, preview.changes)
    assert stored(db, account_id) == {
        (2023, 1): (Decimal("100.00"), None, False),
        (2023, 2): (None, Decimal("50.00"), False),
    }
    revenue.apply_revenue_changes(db, account_id, undo)  # the whole paste is one undo
    assert stored(db, account_id) == {}


def test_paste_is_all_or_nothing(db: Database, account_id: int) -> None:
    preview = revenue.preview_paste(db, account_id, (2023, 1), "actual", "1\n2\n3\n", False)
    # Someone else edits the third quarter between preview and apply.
    third = row_of(db, account_id, 2023, 3)
    revenue.apply_revenue_changes(db, account_id, [revenue.edit_change(third, "plan", Decimal(9))])
    with pytest.raises(ConflictError):
        revenue.apply_revenue_changes(db, account_id, preview.changes)
    assert stored(db, account_id) == {(2023, 3): (None, Decimal("9.00"), False)}


def test_empty_cells_clear_and_unchanged_quarters_are_no_changes(
    db: Database, account_id: int
) -> None:
    first = revenue.preview_paste(db, account_id, (2023, 1), "actual", "10\t20\n", False)
    revenue.apply_revenue_changes(db, account_id, first.changes)
    again = revenue.preview_paste(db, account_id, (2023, 1), "actual", "10\t20\n", False)
    assert again.changes == ()
    cleared = revenue.preview_paste(db, account_id, (2023, 1), "actual", "\t20\n", False)
    revenue.apply_revenue_changes(db, account_id, cleared.changes)
    assert stored(db, account_id) == {(2023, 1): (None, Decimal("20.00"), False)}


def test_growth_and_summary(db: Database, account_id: int) -> None:
    block = "\n".join(
        f"{year}\t{quarter}\t{actual}\t{plan}\t{flag}"
        for year, quarter, actual, plan, flag in [
            (2022, 4, "100", "", "x"),
            (2023, 1, "100", "", "x"),
            (2023, 2, "100", "", ""),
            (2023, 3, "100", "", "x"),
            (2023, 4, "150", "120", "x"),
            (2024, 1, "", "200", ""),
        ]
    )
    preview = revenue.preview_paste(db, account_id, (2022, 4), "year", block, False)
    revenue.apply_revenue_changes(db, account_id, preview.changes)
    table = revenue.revenue_table(db, account_id, TODAY)
    q4 = next(r for r in table.rows if (r.year, r.quarter) == (2023, 4))
    assert (q4.growth_qoq, q4.growth_yoy, q4.vs_plan) == (
        Decimal("0.5000"),
        Decimal("0.5000"),
        Decimal("0.2500"),
    )
    summary = table.summary
    assert summary is not None
    assert (summary.as_of_year, summary.as_of_quarter) == (2023, 4)
    assert summary.ttm == Decimal("450.00")
    assert summary.arr == Decimal("350.00")
    assert summary.remaining_years == 3  # 5 expected, 2 whole years since 2022-01-01
    assert summary.clv == Decimal("337.50")  # 0.25 × 450 × 3


def test_two_undos_of_one_quarter_in_turn(db: Database, account_id: int) -> None:
    first = revenue.edit_change(row_of(db, account_id, 2024, 1), "actual", Decimal(10))
    undo_first = revenue.apply_revenue_changes(db, account_id, [first])
    second = revenue.edit_change(row_of(db, account_id, 2024, 1), "plan", Decimal(20))
    undo_second = revenue.apply_revenue_changes(db, account_id, [second])
    revenue.apply_revenue_changes(db, account_id, undo_second, compare_values=True)
    revenue.apply_revenue_changes(db, account_id, undo_first, compare_values=True)
    assert stored(db, account_id) == {}
    # An undo whose figures were changed by someone else since is refused.
    redo = revenue.apply_revenue_changes(db, account_id, [first])
    other = revenue.edit_change(row_of(db, account_id, 2024, 1), "actual", Decimal(11))
    revenue.apply_revenue_changes(db, account_id, [other])
    with pytest.raises(ConflictError):
        revenue.apply_revenue_changes(db, account_id, redo, compare_values=True)
