"""What an import would do, decided before anything is written.

Each kind of import (accounts, contacts, revenue) turns its records into an
:class:`ImportPlan`: the rows to create, the rows to update with only the fields that
differ, how many are unchanged, and the problems of the rows it cannot take. A dry run
reports the plan; a real import writes it (:meth:`ImportPlan.write`) in the same
transaction. :class:`Owners` finds team members by name and creates the ones the file
names that are not on the team yet.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.import_records import RowProblem
from kamdesk.domain.name_keys import name_key
from kamdesk.services.exchange.import_changes import (
    ImportChanges,
    RowUpdate,
    column_defaults,
    insert_rows,
    table_of,
    update_rows,
)
from kamdesk.store.orm import Account, Base, TeamMember

Writer = Callable[[Session, datetime, ImportChanges], None]
# A new row's values and its owner's name; an update: row id, stored values, changed values,
# owner's name (an owner is named, not numbered: a new team member has no id yet).
NewRow = tuple[dict[str, Any], str | None]
Update = tuple[int, dict[str, Any], dict[str, Any], str | None]


@dataclass
class ImportPlan:
    """The outcome an import would have, and how to write it."""

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    team_members_created: int = 0
    writers: list[Writer] = field(default_factory=list)

    def write(self, session: Session, now: datetime, changes: ImportChanges) -> None:
        """Write the plan (in the caller's transaction)."""
        for writer in self.writers:
            writer(session, now, changes)


class Owners:
    """Our team members by name; names not on the team yet are created when written."""

    def __init__(self, session: Session) -> None:
        self._ids = {
            name_key(name): member_id
            for member_id, name in session.execute(select(TeamMember.id, TeamMember.name))
        }
        self.new: dict[str, str] = {}

    def known_id(self, name: str) -> int | None:
        """The id of an existing member (None for a new one)."""
        return self._ids.get(name_key(name))

    def want(self, name: str) -> None:
        """Note a name the import needs as a team member."""
        key = name_key(name)
        if key not in self._ids:
            self.new.setdefault(key, name.strip())

    def id_of(self, name: str) -> int:
        """The id of a member, once :meth:`create` has run."""
        return self._ids[name_key(name)]

    def create(self, session: Session, now: datetime, changes: ImportChanges) -> None:
        """Insert the members the import needs and that the team lacks."""
        if not self.new:
            return
        table = table_of(TeamMember)
        base = column_defaults(table)
        rows = [
            {**base, "name": name, "created_at": now, "updated_at": now}
            for name in self.new.values()
        ]
        ids = insert_rows(session, table, rows, changes, ("name",))
        for key, member_id in zip(self.new, ids, strict=True):
            self._ids[key] = member_id
        self.new = {}


def write_owned_rows(
    session: Session, now: datetime, changes: ImportChanges, owners: Owners,
    model: type[Base], key: tuple[str, ...], new_rows: list[NewRow], updates: list[Update],
    defaults: dict[str, Any] | None = None,
) -> None:
    """Create the owners the rows need, then insert the new rows and apply the updates.

    ``key`` tells the new rows apart (see :func:`insert_rows`); ``defaults`` are values a
    new row takes unless the file gives them.
    """
    owners.create(session, now, changes)
    table = table_of(model)
    base = {**column_defaults(table), "created_at": now, "updated_at": now, **(defaults or {})}
    rows = [
        {**base, **values, "owner_id": owners.id_of(owner) if owner else None}
        for values, owner in new_rows
    ]
    if rows:
        insert_rows(session, table, rows, changes, key)
    update_rows(session, table, [
        update_of(table.name, row_id, current,
                  {**difference, "owner_id": owners.id_of(owner)}
                  if "owner_id" in difference and owner else difference, now)
        for row_id, current, difference, owner in updates
    ], changes)


def changed_fields(current: dict[str, Any], wanted: dict[str, Any]) -> dict[str, Any]:
    """The fields whose wanted value differs from the stored one."""
    return {name: value for name, value in wanted.items() if current.get(name) != value}


def update_of(
    table: str, row_id: int, current: dict[str, Any], changes: dict[str, Any], now: datetime
) -> RowUpdate:
    """An update of some fields; writing it moves the row's version on (see update_rows)."""
    before = {name: current[name] for name in changes}
    before["version"] = current["version"]
    after = {**changes, "updated_at": now}
    return RowUpdate(table, row_id, before, after)


def accounts_by_key(session: Session) -> dict[str, tuple[int, str]]:
    """Every account's (id, name) under its name key."""
    return {
        name_key(name): (account_id, name)
        for account_id, name in session.execute(select(Account.id, Account.name))
    }


@dataclass(frozen=True)
class AccountResolver:
    """Finds the account a contact or revenue row belongs to: the chosen one, or by name.

    An account chosen for the whole file (``--account``, or in the wizard) takes every row,
    whatever its company column says: a vCard of the people at one customer often spells the
    company differently from the account ("Brühl AG" for "Brühl Präzisionsteile AG").
    """

    by_key: dict[str, tuple[int, str]]
    default_id: int | None
    column: str

    def resolve(self, record_line: int, values: dict[str, Any]) -> tuple[int | None,
                                                                         RowProblem | None]:
        """The account's id, or the problem that it is missing or unknown."""
        from kamdesk.domain.import_records import NO_ACCOUNT, UNKNOWN_ACCOUNT, problem

        if self.default_id is not None:
            return self.default_id, None
        name = str(values.get("account") or "").strip()
        if not name:
            return None, problem(record_line, self.column, NO_ACCOUNT,
                                 "no account is named for this row.")
        found = self.by_key.get(name_key(name))
        if found is None:
            return None, problem(record_line, self.column, UNKNOWN_ACCOUNT,
                                 f"there is no account {name!r}; import or create it first.",
                                 name)
        return found[0], None
