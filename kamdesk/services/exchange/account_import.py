"""Importing accounts: one row per account, matched with stored ones by normalised name.

A row whose account exists updates the fields the file fills and that differ; an empty
cell leaves the stored value alone (a spreadsheet that lacks a value must not erase it).
An owner named in the file who is not on the team yet becomes a team member. Two rows for
the same account are a problem of the second one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Tier
from kamdesk.domain.header_matching import ColumnMapping
from kamdesk.domain.import_records import (
    DUPLICATE,
    REQUIRED,
    ImportRecord,
    column_label,
    problem,
)
from kamdesk.domain.name_keys import name_key
from kamdesk.services.exchange.import_changes import table_of
from kamdesk.services.exchange.import_plan import (
    ImportPlan,
    Owners,
    changed_fields,
    write_owned_rows,
)
from kamdesk.store.orm import Account

Progress = Callable[[int], None]


def plan_accounts(
    session: Session, records: Sequence[ImportRecord], mapping: ColumnMapping, now: datetime,
    progress: Progress,
) -> ImportPlan:
    """What importing these account records would create, update and leave unchanged."""
    table = table_of(Account)
    fields = [
        name for name in (t.field for t in mapping.targets if t is not None)
        if name in table.c and name != "name"
    ]
    stored = {
        name_key(row["name"]): dict(row)
        for row in session.execute(
            select(table.c.id, table.c.version, table.c.name, table.c.owner_id,
                   *(table.c[name] for name in fields))
        ).mappings()
    }
    owners = Owners(session)
    columns = frozenset(table.c.keys()) - {"name"}
    plan = ImportPlan()
    seen: dict[str, int] = {}
    new_rows: list[tuple[dict[str, Any], str | None]] = []
    updates: list[tuple[int, dict[str, Any], dict[str, Any], str | None]] = []
    name_column = column_label(mapping, "name")
    for done, record in enumerate(records, start=1):
        name = str(record.values.get("name", "")).strip()
        if not name:
            plan.problems.append(problem(record.line, name_column, REQUIRED,
                                         "the account name is empty."))
            continue
        key = name_key(name)
        if key in seen:
            plan.problems.append(problem(
                record.line, name_column, DUPLICATE,
                f"{name!r} appears already on line {seen[key]}.", name, str(seen[key]),
            ))
            continue
        seen[key] = record.line
        values = {k: v for k, v in record.values.items() if k in columns}
        owner = record.values.get("owner")
        owner_name = str(owner) if owner else None
        if owner_name:
            owners.want(owner_name)
        current = stored.get(key)
        if current is None:
            new_rows.append(({"name": name, **values}, owner_name))
        else:
            wanted = dict(values)
            new_owner = bool(owner_name) and owners.known_id(str(owner_name)) is None
            if owner_name and not new_owner:
                wanted["owner_id"] = owners.known_id(owner_name)
            difference = changed_fields(current, wanted)
            if new_owner:
                difference["owner_id"] = None  # the member's id is known once created
            if difference:
                updates.append((current["id"], current, difference, owner_name))
            else:
                plan.unchanged += 1
        progress(done)
    plan.created = len(new_rows)
    plan.updated = len(updates)
    plan.team_members_created = len(owners.new)
    plan.writers.append(lambda s, n, c: write_owned_rows(
        s, n, c, owners, Account, ("name",), new_rows, updates,
        defaults={"tier": Tier.STANDARD}))
    return plan

