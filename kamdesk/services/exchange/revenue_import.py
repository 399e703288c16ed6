"""Importing revenue per account and fiscal quarter, long or one column per quarter.

Long format: one row per account and quarter, the quarter in one cell ("Q3 2026",
"2026-Q3", "3/2026" or a date, which falls into its fiscal quarter) or in a year and a
quarter column, with actual, plan and recurring columns. Wide format: one row per account
and one column per quarter, each cell that quarter's actual revenue. A stored entry of the
same account and quarter is updated with the values the file gives; empty cells leave
stored values alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.fiscal_periods import Period
from kamdesk.domain.header_matching import ColumnMapping
from kamdesk.domain.import_records import (
    DUPLICATE,
    NO_PERIOD,
    ImportRecord,
    RowProblem,
    column_label,
    problem,
)
from kamdesk.services.exchange.import_changes import (
    ImportChanges,
    column_defaults,
    insert_rows,
    table_of,
    update_rows,
)
from kamdesk.services.exchange.import_plan import (
    AccountResolver,
    ImportPlan,
    changed_fields,
    update_of,
)
from kamdesk.store.orm import RevenueEntry

Progress = Callable[[int], None]
FIRST_YEAR, LAST_YEAR = 1900, 2200
Entry = tuple[int, Period, dict[str, Any]]  # account, quarter, values
NOT_A_YEAR = "not_a_year"


def _entries(record: ImportRecord, account_id: int, mapping: ColumnMapping
             ) -> tuple[list[Entry], RowProblem | None]:
    values = dict(record.values)
    if record.quarters or mapping.quarter_columns():
        return [(account_id, period, {"actual": actual})
                for period, actual in record.quarters.items()], None
    period = values.get("period")
    if period is None and values.get("year") is not None and values.get("quarter") is not None:
        period = (values["year"], values["quarter"])
    if period is None:
        column = column_label(mapping, "period" if mapping.has("period") else "quarter")
        return [], problem(record.line, column, NO_PERIOD, "the row names no quarter.")
    assert isinstance(period, tuple)
    if not FIRST_YEAR <= period[0] <= LAST_YEAR:
        return [], problem(record.line, column_label(mapping, "period"), NOT_A_YEAR,
                           f"{period[0]} is not a year between {FIRST_YEAR} and {LAST_YEAR}.",
                           str(period[0]))
    wanted: dict[str, Any] = {
        k: values[k] for k in ("actual", "plan", "recurring") if k in values
    }
    return [(account_id, (int(period[0]), int(period[1])), wanted)], None


def plan_revenue(
    session: Session, records: Sequence[ImportRecord], mapping: ColumnMapping,
    resolver: AccountResolver, now: datetime, progress: Progress,
) -> ImportPlan:
    """What importing these revenue records would create, update and leave unchanged."""
    table = table_of(RevenueEntry)
    plan = ImportPlan()
    entries: list[tuple[int, Entry]] = []  # (line, entry)
    for record in records:
        account_id, missing = resolver.resolve(record.line, dict(record.values))
        if missing is not None:
            plan.problems.append(missing)
            continue
        assert account_id is not None
        found, trouble = _entries(record, account_id, mapping)
        if trouble is not None:
            plan.problems.append(trouble)
            continue
        entries.extend((record.line, entry) for entry in found)
    account_ids = sorted({entry[0] for _, entry in entries})
    stored: dict[tuple[int, int, int], dict[str, Any]] = {}
    for start in range(0, len(account_ids), 900):
        for row in session.execute(
            select(table.c.id, table.c.version, table.c.account_id, table.c.year,
                   table.c.quarter, table.c.actual, table.c.plan, table.c.recurring)
            .where(table.c.account_id.in_(account_ids[start:start + 900]))
        ).mappings():
            stored[(row["account_id"], row["year"], row["quarter"])] = dict(row)
    seen: dict[tuple[int, int, int], int] = {}
    new_rows: list[dict[str, Any]] = []
    updates = []
    for done, (line, (account_id, (year, quarter), values)) in enumerate(entries, start=1):
        key = (account_id, year, quarter)
        if key in seen:
            plan.problems.append(problem(
                line, column_label(mapping, "account"), DUPLICATE,
                f"Q{quarter} {year} of this account appears already on line {seen[key]}.",
                f"Q{quarter} {year}", str(seen[key])))
            continue
        seen[key] = line
        current = stored.get(key)
        if current is None:
            new_rows.append({"account_id": account_id, "year": year, "quarter": quarter,
                             **values})
        else:
            difference = changed_fields(current, values)
            if difference:
                updates.append(update_of("revenue_entry", current["id"], current, difference,
                                         now))
            else:
                plan.unchanged += 1
        progress(done)
    plan.created, plan.updated = len(new_rows), len(updates)

    def write(session: Session, now: datetime, changes: ImportChanges) -> None:
        base = column_defaults(table)
        base.update({"created_at": now, "updated_at": now})
        if new_rows:
            insert_rows(session, table, [{**base, **row} for row in new_rows], changes,
                        ("account_id", "year", "quarter"))
        update_rows(session, table, updates, changes)

    plan.writers.append(write)
    return plan
