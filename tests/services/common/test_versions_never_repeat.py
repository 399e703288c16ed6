"""Issue 12, case 8: a row deleted and created again never presents a version seen before.

Two windows, A and B, load the same figures. A clears a quarter (or takes a score away)
and types a new value; B, still showing what it loaded, edits the same row. B must get a
conflict instead of silently writing its stale figures over A's new one.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kamdesk.domain.enums import CompetitorKind, Criterion
from kamdesk.services.assessment.scorecard_editing import load_scorecard, put_score
from kamdesk.services.common.compare_and_set import NOT_STORED
from kamdesk.services.common.row_deletion import delete_row
from kamdesk.services.common.row_editing import create_row, update_fields
from kamdesk.services.tracking import revenue_editing as revenue
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError
from kamdesk.store.orm import Account, Competitor

TODAY = date(2025, 5, 15)


@pytest.fixture
def account_id(db: Database) -> int:
    return create_row(db, Account, {"name": "Hanse Logistik"})[0]


def quarter_row(db: Database, account_id: int) -> revenue.RevenueQuarterRow:
    table = revenue.revenue_table(db, account_id, TODAY)
    return next(r for r in table.rows if (r.year, r.quarter) == (2025, 1))


def test_a_stale_window_cannot_overwrite_a_retyped_revenue_quarter(
    db: Database, account_id: int
) -> None:
    first = revenue.edit_change(quarter_row(db, account_id), "actual", Decimal("1000"))
    revenue.apply_revenue_changes(db, account_id, [first])
    seen_by_a = quarter_row(db, account_id)
    seen_by_b = quarter_row(db, account_id)

    # A clears the quarter, then types 999,999 into it.
    clear = revenue.QuarterChange(2025, 1, seen_by_a.version, seen_by_a.values,
                                  revenue.QuarterValues())
    revenue.apply_revenue_changes(db, account_id, [clear])
    retype = revenue.edit_change(quarter_row(db, account_id), "actual", Decimal("999999"))
    revenue.apply_revenue_changes(db, account_id, [retype])

    # B, loaded before all that, edits the plan figure of the same quarter.
    stale = revenue.edit_change(seen_by_b, "plan", Decimal("5000"))
    with pytest.raises(ConflictError, match="changed elsewhere"):
        revenue.apply_revenue_changes(db, account_id, [stale])
    assert quarter_row(db, account_id).actual == Decimal("999999")


def test_a_stale_window_cannot_overwrite_a_score_taken_away_and_given_again(
    db: Database, account_id: int
) -> None:
    version = put_score(db, account_id, Criterion.CREDIBILITY, TODAY, NOT_STORED, 4)
    seen_by_b = load_scorecard(db, account_id, TODAY).line(Criterion.CREDIBILITY).today_version
    assert seen_by_b == version

    put_score(db, account_id, Criterion.CREDIBILITY, TODAY, version, None)  # A takes it away
    put_score(db, account_id, Criterion.CREDIBILITY, TODAY, NOT_STORED, 2)  # and gives a 2

    with pytest.raises(ConflictError):
        put_score(db, account_id, Criterion.CREDIBILITY, TODAY, seen_by_b, 5)
    line = load_scorecard(db, account_id, TODAY).line(Criterion.CREDIBILITY)
    assert line.latest is not None and line.latest.value == 2


def test_any_row_recreated_with_the_same_id_gets_a_new_version(
    db: Database, account_id: int
) -> None:
    row_id, seen = create_row(db, Competitor, {"account_id": account_id, "name": "Rival",
                                                "kind": CompetitorKind.OURS})
    delete_row(db, Competitor, row_id, seen)
    again_id, again = create_row(db, Competitor, {"id": row_id, "account_id": account_id,
                                                  "name": "Rival GmbH",
                                                  "kind": CompetitorKind.OURS})
    assert again_id == row_id and again != seen
    with pytest.raises(ConflictError):
        update_fields(db, Competitor, row_id, seen, {"notes": "stale window"})


def test_versions_only_move_forward_across_tables_and_statements(
    db: Database, account_id: int
) -> None:
    versions = [create_row(db, Competitor, {"account_id": account_id, "name": f"C{i}",
                                             "kind": CompetitorKind.CUSTOMERS})[1]
                for i in range(3)]
    versions.append(update_fields(db, Account, account_id, None, {"city": "Hamburg"}))
    assert versions == sorted(set(versions))
