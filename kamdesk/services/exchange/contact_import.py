"""Importing contacts (stakeholders) from spreadsheets and vCards.

Each contact belongs to an account: the one its company column names (matched by
normalised name), or the account the user chose for the whole file. Within that account a
contact is the stored one with the same e-mail address, else the same name; it is updated
with the fields the file fills, or created. A row without a name takes its first and last
name, or at least its e-mail address, as the name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.header_matching import ColumnMapping
from kamdesk.domain.import_records import DUPLICATE, REQUIRED, ImportRecord, column_label, problem
from kamdesk.domain.name_keys import email_key, name_key
from kamdesk.services.exchange.import_changes import (
    table_of,
)
from kamdesk.services.exchange.import_plan import (
    AccountResolver,
    ImportPlan,
    Owners,
    changed_fields,
    write_owned_rows,
)
from kamdesk.store.orm import Stakeholder

Progress = Callable[[int], None]
FIELDS = ("title", "department", "email", "phone", "last_contact", "notes")


def contact_name(values: dict[str, Any]) -> str:
    """The contact's name: the name column, else first and last name, else the e-mail."""
    name = str(values.get("name") or "").strip()
    if name:
        return name
    parts = [str(values.get(k) or "").strip() for k in ("first_name", "last_name")]
    joined = " ".join(part for part in parts if part)
    return joined or str(values.get("email") or "").strip()


def plan_contacts(
    session: Session, records: Sequence[ImportRecord], mapping: ColumnMapping,
    resolver: AccountResolver, now: datetime, progress: Progress,
) -> ImportPlan:
    """What importing these contact records would create, update and leave unchanged."""
    table = table_of(Stakeholder)
    plan = ImportPlan()
    owners = Owners(session)
    resolved: list[tuple[ImportRecord, int, str]] = []
    for record in records:
        account_id, missing = resolver.resolve(record.line, dict(record.values))
        if missing is not None:
            plan.problems.append(missing)
            continue
        assert account_id is not None
        name = contact_name(dict(record.values))
        if not name:
            plan.problems.append(problem(record.line, column_label(mapping, "name"), REQUIRED,
                                         "the contact has no name and no e-mail address."))
            continue
        resolved.append((record, account_id, name))
    account_ids = sorted({account_id for _, account_id, _ in resolved})
    by_email: dict[tuple[int, str], dict[str, Any]] = {}
    by_name: dict[tuple[int, str], dict[str, Any]] = {}
    for start in range(0, len(account_ids), 900):
        for row in session.execute(
            select(table.c.id, table.c.version, table.c.account_id, table.c.name,
                   table.c.owner_id, *(table.c[f] for f in FIELDS))
            .where(table.c.account_id.in_(account_ids[start:start + 900]))
        ).mappings():
            stored = dict(row)
            if stored["email"]:
                by_email.setdefault((stored["account_id"], email_key(stored["email"])), stored)
            by_name.setdefault((stored["account_id"], name_key(stored["name"])), stored)
    seen: dict[tuple[int, str], int] = {}
    new_rows: list[tuple[dict[str, Any], str | None]] = []
    updates: list[tuple[int, dict[str, Any], dict[str, Any], str | None]] = []
    for done, (record, account_id, name) in enumerate(resolved, start=1):
        values = {k: v for k, v in record.values.items() if k in FIELDS}
        email = str(values.get("email") or "")
        keys = [(account_id, "@" + email_key(email))] if email else []
        keys.append((account_id, name_key(name)))
        earlier = next((seen[k] for k in keys if k in seen), None)
        if earlier is not None:
            plan.problems.append(problem(
                record.line, column_label(mapping, "email" if email else "name"), DUPLICATE,
                f"{name!r} appears already on line {earlier}.", name, str(earlier)))
            continue
        seen.update({k: record.line for k in keys})
        owner = str(record.values.get("owner") or "") or None
        if owner:
            owners.want(owner)
        current = (by_email.get((account_id, email_key(email))) if email else None) or \
            by_name.get((account_id, name_key(name)))
        if current is None:
            new_rows.append(({"account_id": account_id, "name": name, **values}, owner))
        else:
            wanted = dict(values)
            new_owner = owner is not None and owners.known_id(owner) is None
            if owner and not new_owner:
                wanted["owner_id"] = owners.known_id(owner)
            difference = changed_fields(current, wanted)
            if new_owner:
                difference["owner_id"] = None
            if difference:
                updates.append((current["id"], current, difference, owner))
            else:
                plan.unchanged += 1
        progress(done)
    plan.created, plan.updated = len(new_rows), len(updates)
    plan.team_members_created = len(owners.new)
    plan.writers.append(lambda s, n, c: write_owned_rows(
        s, n, c, owners, Stakeholder, ("account_id", "name", "email"), new_rows, updates))
    return plan

