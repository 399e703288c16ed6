"""The erased people's own rows: their placeholder numbers, and one bulk write of them all.

Part of :mod:`kamdesk.services.stakeholders.personal_data_erasure`, which reads the people,
scrubs their history and snapshots and wipes the file; here is what becomes of the
stakeholder rows themselves: which fields are cleared, which "Former contact N" each gets,
and the UPDATE that writes them, checked against the version each row was read with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Attitude
from kamdesk.domain.former_contacts import next_placeholder_numbers, placeholder_number
from kamdesk.services.common.compare_and_set import table_of
from kamdesk.store.errors import edit_conflict
from kamdesk.store.orm import Stakeholder

__all__ = [
    "ERASED_VALUES", "NEUTRAL_SCORE", "ErasedRow", "placeholder_numbers", "write_placeholders",
]

#: Ids per IN (...) list: SQLite allows 32,766 bound values in one statement.
_CHUNK = 10_000

# What an erased person's judgement fields become. The columns are NOT NULL with CHECKs
# 1..5, so "cleared" is the neutral middle, the same value a new, unknown contact gets.
NEUTRAL_SCORE = 3

# Title and department are blanked too: "Head of Procurement, Plant Berlin" often names
# exactly one person, so they identify as surely as the name does. The role the person
# played stays in the buying centers, which is all the structure needs.
ERASED_VALUES: dict[str, Any] = {
    "title": "",
    "department": "",
    "email": "",
    "phone": "",
    "notes": "",
    "source": "",
    "lawful_basis": "",
    "attitude": Attitude.NEUTRAL,
    "influence": NEUTRAL_SCORE,
    "relationship_strength": NEUTRAL_SCORE,
    "last_contact": None,
}
# Kept: account, reports-to line (structure), owner (our team member: our data, and the
# coverage checklist counts it), left_on (whether the row is on the map at all).


@dataclass(frozen=True)
class ErasedRow:
    """A person to erase as read: what names them, and the version the erasure saw."""

    stakeholder_id: int
    account_id: int
    name: str
    email: str
    phone: str
    version: int


def write_placeholders(session: Session, people: Sequence[tuple[ErasedRow, str]]) -> None:
    """Overwrite the people's rows in one statement, each only if still as it was read.

    One executemany UPDATE instead of one ORM UPDATE per person: the ORM must read every
    row's new version back, so it cannot batch them, and each statement drew its own row
    version from the clock (3,100 people: 3,100 clock updates). Here the statement's one
    version (the column's onupdate, one per statement) goes to all of them, which is all a
    version must be: new for each row. The WHERE on the version read keeps what the ORM's
    check did: a person someone else saved in between makes the erasure a conflict.
    """
    statement = (
        update(table_of(Stakeholder))
        .where(table_of(Stakeholder).c.id == bindparam("erased_id"),
               table_of(Stakeholder).c.version == bindparam("read_version"))
        .values(name=bindparam("placeholder"), **ERASED_VALUES)
    )
    result = session.connection().execute(statement, [
        {"erased_id": person.stakeholder_id, "read_version": person.version,
         "placeholder": placeholder}
        for person, placeholder in people
    ])
    if result.rowcount != len(people):
        raise edit_conflict()


def placeholder_numbers(session: Session, people: list[ErasedRow]) -> dict[int, int]:
    """The placeholder number of each person (by id): kept if erased before, else the next."""
    numbers: dict[int, int] = {}
    by_account: dict[int, list[ErasedRow]] = {}
    for person in people:
        kept = placeholder_number(person.name)
        if kept is not None:
            # Erased before (say, when the file could not be wiped): keep the number.
            numbers[person.stakeholder_id] = kept
            continue
        by_account.setdefault(person.account_id, []).append(person)
    # The names already taken, read for all accounts at once (one query per account was
    # a third of a 3,000-person erasure).
    names: dict[int, list[str]] = {key: [] for key in by_account}
    accounts = sorted(by_account)
    for start in range(0, len(accounts), _CHUNK):
        for account_id, name in session.execute(
            select(Stakeholder.account_id, Stakeholder.name)
            .where(Stakeholder.account_id.in_(accounts[start:start + _CHUNK]))
        ):
            names[account_id].append(name)
    for account_id, members in by_account.items():
        for person, number in zip(
            members, next_placeholder_numbers(names[account_id], len(members)), strict=True
        ):
            numbers[person.stakeholder_id] = number
    return numbers
