"""Editing rows the one way every service does: compare-and-set updates, creation, names.

An update names what it saw of the row (see :mod:`kamdesk.services.common.compare_and_set`);
anything else current is refused and nothing is written.

:class:`RowEditor` bundles what one kind of row needs — how its values are cleaned, what
is checked, which row it belongs to — so that a service's create, update and delete are
one line each and every service refuses the same mistakes with the same sentences.
Deletes (and their undo) live in :mod:`kamdesk.services.common.row_deletion`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, Generic, cast

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.services.common.compare_and_set import (
    Cleaner,
    RowT,
    Seen,
    get_versioned,
    label,
    table_of,
    translate_integrity_errors,
)
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.common.row_deletion import DeletedRows, delete_row
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Base

# Refuses values the database must not receive: (session, row or None on create, values).
Checker = Callable[[Session, Any, Mapping[str, Any]], None]


def only_fields(values: Mapping[str, Any], allowed: Collection[str], noun: str) -> dict[str, Any]:
    """The values, as a dict, when they name only fields a ``noun`` has.

    A field the row does not have is the caller's mistake, not the user's: ValueError.
    """
    unknown = set(values) - set(allowed)
    if unknown:
        raise ValueError(f"not {noun} fields: {sorted(unknown)}")
    return dict(values)


def update_fields(
    db: Database,
    model: type[RowT],
    row_id: int,
    seen: Seen,
    changes: Mapping[str, Any],
    validate: Callable[[Session, RowT, Mapping[str, Any]], None] | None = None,
    clean: Cleaner | None = None,
) -> int:
    """Set ``changes`` (cleaned) on one row in one transaction; returns its new version."""
    cleaned = clean(changes) if clean is not None else dict(changes)
    unknown = set(cleaned) - set(table_of(model).columns.keys())
    if unknown:
        raise ValueError(f"{model.__name__} has no field {sorted(unknown)}")
    with translate_integrity_errors(), db.session() as session:
        row = get_versioned(session, model, row_id, seen, clean)
        if validate is not None:
            validate(session, row, cleaned)
        for name, value in cleaned.items():
            setattr(row, name, value)
        session.flush()
        return row.version


def create_row(
    db: Database,
    model: type[RowT],
    values: Mapping[str, Any],
    validate: Callable[[Session, Mapping[str, Any]], None] | None = None,
) -> tuple[int, int]:
    """Insert one row; returns its (id, version)."""
    with translate_integrity_errors(), db.session() as session:
        if validate is not None:
            validate(session, values)
        row = model(**values)
        session.add(row)
        session.flush()
        return row.id, row.version


# The usual sentence for a name over its limit (a rule may word its own).
NAME_TOO_LONG = QT_TRANSLATE_NOOP(
    "ServiceMessage", "The name may have at most {limit} characters."
)


@dataclass(frozen=True)
class NameRule:
    """How a name (or title) is checked: required, how long, and unique within what.

    Names differing only in case read as the same entry in every list and plan, so
    uniqueness ignores case (Python's casefold: "MÜLLER" and "müller" clash too).
    """

    column: InstrumentedAttribute[str]
    limit: int
    missing: UserMessage  # "An offering needs a name."
    taken: UserMessage | None = None  # "… named “{name}” already …"; None: may repeat
    field: str = "name"
    too_long: UserMessage = NAME_TOO_LONG

    def check(
        self,
        session: Session,
        value: object,
        own_id: int | None = None,
        scope: ColumnElement[bool] | None = None,
    ) -> str:
        """The trimmed name, or a :class:`ValidationError` naming the field."""
        name = str(value or "").strip() if isinstance(value, str | None) else ""
        if not name:
            raise ValidationError(self.missing, self.field)
        if len(name) > self.limit:
            raise ValidationError(
                self.too_long.format(limit=self.limit, length=len(name)), self.field
            )
        if self.taken is not None:
            table = table_of(cast(type[Any], self.column.class_))
            query = select(table.c.id, self.column)
            if scope is not None:
                query = query.where(scope)
            folded = name.casefold()
            for other_id, other in session.execute(query):
                if other_id != own_id and other.casefold() == folded:
                    raise ValidationError(self.taken.format(name=name), self.field)
        return name


@dataclass(frozen=True)
class RowEditor(Generic[RowT]):
    """Create, update and delete one kind of row, cleaned and checked the same way each time.

    ``check`` sees the cleaned values and the row (None when creating); ``parent`` names
    the foreign key a new row hangs on (``account_id``) so that a parent deleted elsewhere
    is said in words rather than as a constraint error; ``place`` gives a new row the
    values that depend on its siblings (its position at the end), in the same transaction.
    """

    model: type[RowT]
    clean: Cleaner = dict
    check: Checker | None = None
    parent: tuple[type[Base], str] | None = None
    place: Callable[[Session, Mapping[str, Any]], Mapping[str, Any]] | None = None

    def create(self, db: Database, values: Mapping[str, Any]) -> int:
        """Insert a row from ``values``; returns its id."""
        cleaned = self.clean(values)
        # Keys of the new row the cleaner does not know (the parent's id) are kept as given.
        cleaned.update({name: value for name, value in values.items() if name not in cleaned})

        def validate(session: Session, _given: Mapping[str, Any]) -> None:
            if self.parent is not None:
                parent, key = self.parent
                if session.get(parent, cleaned[key]) is None:
                    raise deleted_elsewhere(label(parent))
            if self.check is not None:
                self.check(session, None, cleaned)
            if self.place is not None:
                cleaned.update(self.place(session, cleaned))  # create_row inserts this dict

        row_id, _version = create_row(db, self.model, cleaned, validate)
        return row_id

    def update(self, db: Database, row_id: int, seen: Seen, changes: Mapping[str, Any]) -> int:
        """Change fields of one row if it is as the caller saw it; returns its new version."""
        check = self.check

        def validate(session: Session, row: RowT, given: Mapping[str, Any]) -> None:
            if check is not None:
                check(session, row, given)

        return update_fields(db, self.model, row_id, seen, changes, validate, self.clean)

    def delete(self, db: Database, row_id: int, seen: Seen) -> DeletedRows:
        """Delete the row and what cascades from it (undo: ``restore_rows``)."""
        return delete_row(db, self.model, row_id, seen)
