"""Erasing a person (GDPR Art. 17): their personal data goes, the account's structure stays.

An erased stakeholder keeps their row under a neutral placeholder ("Former contact 7",
numbered per account; :mod:`kamdesk.domain.former_contacts`), so a buying center still
counts the role, the org chart keeps its reports-to lines and the history keeps "a meeting
took place". Everything that describes the person goes: contact data, notes, where the data
came from and why we kept it, and our judgement of them (attitude, influence, strength).
Their name, e-mail and phone are replaced in the texts of their own history (interactions,
review attendees and minutes) and in every stored plan snapshot; other free texts of the
account that still name them are only listed (:class:`Mention`) for the KAM to edit.

All people of one call are erased in one transaction, all or nothing. On a SQLite file the
old values are then wiped from the file itself: the write-ahead log is checkpointed and
emptied and the file rebuilt (``VACUUM``), with ``secure_delete`` on while erasing, so no
byte of the old name survives in free pages or the ``-wal``. A PostgreSQL server reclaims
dead row versions with its own VACUUM, which is its administrator's job (README).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import TextClause, or_, select, text, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Attitude
from kamdesk.domain.former_contacts import (
    identifying_terms,
    placeholder_name,
    replace_terms,
)
from kamdesk.domain.personal_data import Mention
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.account_lookup import find_account
from kamdesk.services.stakeholders.erased_rows import (
    NEUTRAL_SCORE,
    ErasedRow,
    placeholder_numbers,
    write_placeholders,
)
from kamdesk.services.stakeholders.person_mentions import find_mentions_in_accounts
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError, ValidationError
from kamdesk.store.orm import (
    Interaction,
    PlanSnapshot,
    Review,
    Stakeholder,
    StakeholderLink,
)
from kamdesk.store.sqlite_health import is_lock_error

__all__ = ["ErasedPerson", "ErasureReport", "Mention", "erase_people", "find_person"]

# Records whose texts erasure rewrites itself (the person's meeting history): a mention
# there is replaced, never left for the KAM.
SCRUBBED_KINDS = frozenset({"interaction", "review"})

_PERSON_FIELDS_IN_SNAPSHOTS = {
    "title": "",
    "department": "",
    "email": "",
    "phone": "",
    "notes": "",
    "attitude": Attitude.NEUTRAL.value,
    "influence": NEUTRAL_SCORE,
    "relationship_strength": NEUTRAL_SCORE,
    "last_contact": None,
}


@dataclass(frozen=True)
class ErasedPerson:
    """One erased stakeholder: their row, account and the placeholder they now carry."""

    stakeholder_id: int
    account_id: int
    placeholder: str


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure did, and the free texts that still name the people erased."""

    people: tuple[ErasedPerson, ...]
    mentions: tuple[Mention, ...]
    snapshots_scrubbed: int
    # True once the SQLite file was rebuilt (VACUUM done); False on a server, or while
    # another program kept the file busy (erase the same people again to wipe it then).
    file_wiped: bool

    @property
    def erased(self) -> int:
        """How many people were erased."""
        return len(self.people)

    @property
    def placeholders(self) -> tuple[str, ...]:
        """The placeholder names given, in the order the people were named."""
        return tuple(person.placeholder for person in self.people)


def find_person(db: Database, account: str, name: str) -> int:
    """The id of the stakeholder called ``name`` (or with that id) at the account.

    Raises :class:`NotFoundError` with one sentence when the account or the person is not
    there, and :class:`ValidationError` when the name is not unique within the account.
    """
    wanted = name.strip()
    with db.session() as session:
        found = find_account(session, account)
        rows = session.execute(
            select(Stakeholder.id).where(
                Stakeholder.account_id == found.id, Stakeholder.name == wanted
            )
        ).scalars().all()
        if not rows and wanted.isdigit():
            row = session.get(Stakeholder, int(wanted))
            if row is not None and row.account_id == found.id:
                return row.id
        if not rows:
            raise NotFoundError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{name} has no stakeholder named {wanted!r}.",
                ).format(name=found.name, wanted=wanted)
            )
        if len(rows) > 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "ServiceMessage",
                    "{name} has {count} stakeholders named {wanted!r}; name one by its id"
                    " ({ids}).",
                ).format(
                    name=found.name,
                    count=len(rows),
                    wanted=wanted,
                    ids=', '.join(str(r) for r in sorted(rows)),
                )
            )
        return int(rows[0])


def erase_people(db: Database, stakeholder_ids: Sequence[int]) -> ErasureReport:
    """Erase the people with these ids in one transaction, then wipe the file (module doc).

    Raises :class:`NotFoundError` (nothing erased) when any of them does not exist.
    """
    wanted = list(dict.fromkeys(stakeholder_ids))
    if not wanted:
        return ErasureReport((), (), 0, False)
    is_file = db.location.path is not None
    with db.session() as session:
        if is_file:
            # Freed and rewritten pages are zeroed, not left with the old bytes.
            session.execute(_pragma("secure_delete = ON"))
        people = _erase_in_session(session, wanted)
        if is_file:
            # Pages are zeroed as they are freed, inside the transaction: the pooled
            # connection goes back to ordinary (faster) deletes for everything else.
            session.flush()
            session.execute(_pragma("secure_delete = OFF"))
    wiped = False
    if is_file:
        try:
            wiped = wipe_sqlite_file(db)
        except OperationalError as error:
            # The erasure is committed; only the rebuild waits for the file to be free (a
            # reader in another program blocks VACUUM). Erasing again wipes it then.
            if not is_lock_error(error.orig or error):
                raise
    return ErasureReport(
        people=tuple(people.erased),
        mentions=tuple(people.mentions),
        snapshots_scrubbed=people.snapshots,
        file_wiped=wiped,
    )


@dataclass
class _Progress:
    erased: list[ErasedPerson]
    mentions: list[Mention]
    snapshots: int


@dataclass(frozen=True)
class _Replacement:
    """One person being erased: their row, old name, identifying words and placeholder."""

    stakeholder_id: int
    old_name: str
    terms: tuple[str, ...]
    placeholder: str


# Ids per IN (...) list: SQLite allows 32,766 bound values in one statement.
_CHUNK = 10_000


def _erase_in_session(session: Session, wanted: list[int]) -> _Progress:
    rows: dict[int, ErasedRow] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        rows.update((row.id, ErasedRow(*row)) for row in session.execute(
            select(Stakeholder.id, Stakeholder.account_id, Stakeholder.name,
                   Stakeholder.email, Stakeholder.phone, Stakeholder.version)
            .where(Stakeholder.id.in_(chunk))
        ))
    missing = [key for key in wanted if key not in rows]
    if missing:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "There is no stakeholder with the id {id}; nobody was erased.",
            ).format(id=missing[0])
        )
    numbers = placeholder_numbers(session, [rows[key] for key in wanted])
    progress = _Progress([], [], 0)
    by_account: dict[int, list[_Replacement]] = {}
    for key in wanted:
        person = rows[key]
        replacement = _Replacement(
            key, person.name, identifying_terms(person.name, person.email, person.phone),
            placeholder_name(numbers[key]),
        )
        by_account.setdefault(person.account_id, []).append(replacement)
        progress.erased.append(ErasedPerson(key, person.account_id, replacement.placeholder))
    placeholders = {person.stakeholder_id: person.placeholder for person in progress.erased}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        write_placeholders(session, [(rows[key], placeholders[key]) for key in chunk])
        # Their informal lines stay (structure); what the KAM wrote about them goes.
        session.execute(
            update(StakeholderLink)
            .where(or_(StakeholderLink.from_id.in_(chunk), StakeholderLink.to_id.in_(chunk)))
            .values(note="")
        )
    # One pass over each account's texts for all of its people (a bulk erasure of whole
    # accounts would otherwise read every text once per person).
    accounts = sorted(by_account)
    for start in range(0, len(accounts), _CHUNK):
        some = {key: by_account[key] for key in accounts[start:start + _CHUNK]}
        _scrub_history(session, some)
        progress.snapshots += _scrub_snapshots(session, some)
    session.flush()
    # Searched after everything is erased, with the words the people had: what is found
    # now is text kamdesk left alone, for the KAM to edit.
    progress.mentions.extend(find_mentions_in_accounts(
        session,
        {account: tuple(t for r in rs for t in r.terms) for account, rs in by_account.items()},
        skip=frozenset(("stakeholder", key) for key in wanted),
    ))
    return progress


def _scrub_history(session: Session, people: Mapping[int, Sequence[_Replacement]]) -> None:
    """Replace the people's names, e-mails and phones in their accounts' meeting history."""
    accounts = [key for key, replacements in people.items() if any(r.terms for r in replacements)]
    if not accounts:
        return
    for interaction in session.scalars(
        select(Interaction).where(Interaction.account_id.in_(accounts))
    ):
        for field in ("summary", "next_steps"):
            _replace_field(interaction, field, people[interaction.account_id])
    for review in session.scalars(select(Review).where(Review.account_id.in_(accounts))):
        for field in ("attendees", "summary", "outcomes"):
            _replace_field(review, field, people[review.account_id])


def _replace_field(row: Any, field: str, replacements: Sequence[_Replacement]) -> None:
    value = getattr(row, field)
    replaced = _replace_all(value, replacements)
    if replaced != value:
        setattr(row, field, replaced)


def _replace_all(value: str, replacements: Sequence[_Replacement]) -> str:
    for replacement in replacements:
        if replacement.terms:
            value = replace_terms(value, replacement.terms, replacement.placeholder)
    return value


def _scrub_snapshots(session: Session, people: Mapping[int, Sequence[_Replacement]]) -> int:
    """Remove the people from every stored plan snapshot of their accounts; how many changed."""
    changed = 0
    for snapshot in session.scalars(
        select(PlanSnapshot).where(PlanSnapshot.account_id.in_(list(people)))
    ):
        replacements = people[snapshot.account_id]
        try:
            content = json.loads(snapshot.content)
        except ValueError:
            # Not JSON (never written so by kamdesk): scrub it as the text it is.
            replaced = _replace_all(snapshot.content, replacements)
        else:
            cleaned = _scrub_value(content, replacements)
            replaced = (
                snapshot.content if cleaned == content
                else json.dumps(cleaned, ensure_ascii=False)
            )
        if replaced != snapshot.content:
            snapshot.content = replaced
            changed += 1
    return changed


def _scrub_value(value: Any, replacements: Sequence[_Replacement]) -> Any:
    if isinstance(value, str):
        return _replace_all(value, replacements)
    if isinstance(value, list):
        return [_scrub_value(item, replacements) for item in value]
    if isinstance(value, dict):
        entry = {key: _scrub_value(item, replacements) for key, item in value.items()}
        if any(value.get("id") == r.stakeholder_id and value.get("name") == r.old_name
               for r in replacements):
            # A person's own entry in the snapshot's stakeholder list: their judgement
            # and notes go as well, not only the words that name them.
            for key, erased in _PERSON_FIELDS_IN_SNAPSHOTS.items():
                if key in entry:
                    entry[key] = erased
        return entry
    return value


def _pragma(statement: str) -> TextClause:
    return text(f"PRAGMA {statement}")


def wipe_sqlite_file(db: Database) -> bool:
    """Leave no old page in a SQLite file or its ``-wal``: checkpoint, VACUUM, truncate.

    False (nothing lost, only not wiped yet) when another connection's open read kept a
    checkpoint from emptying the ``-wal``; a VACUUM that cannot get the file raises.
    """
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        first = connection.execute(_pragma("wal_checkpoint(TRUNCATE)")).one()
        connection.execute(_pragma("secure_delete = ON"))
        try:
            connection.execute(text("VACUUM"))
            last = connection.execute(_pragma("wal_checkpoint(TRUNCATE)")).one()
        finally:
            connection.execute(_pragma("secure_delete = OFF"))
    # The first column of a checkpoint's result is 1 when a reader kept it from finishing.
    return not first[0] and not last[0]
