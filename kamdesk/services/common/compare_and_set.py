"""Compare-and-set: a write names what it saw of a row, and anything else current is refused.

What a write saw (:data:`Seen`) is the ``version`` it read, or that a service returned from
an earlier write, or the values it expects the row to hold: an undo or redo expects exactly
the values its own step left there, because a later edit of the same row and that edit's
undo move the version on. ``None`` checks nothing (imports, the command line, tests that
own the database). Whether versions of a row ever repeat (a delete and re-create) makes no
difference: a version is only compared with the one the same row showed the caller.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, TypeVar

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, message_of
from kamdesk.services.common.check_refusals import check_sentence
from kamdesk.services.common.collision_messages import collision_error
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere, this_record
from kamdesk.store.errors import ConflictError, ValidationError, edit_conflict
from kamdesk.store.orm.base import Versioned
from kamdesk.store.unique_collisions import unique_collision

RowT = TypeVar("RowT", bound=Versioned)
_log = logging.getLogger(__name__)

# The version of a row that is not stored (yet): a cell never assessed, a day not scored.
NOT_STORED = 0
# What an edit saw of a row: its version, the values it expects there, or None (no check).
Seen = int | Mapping[str, Any] | None
# Turns values as given into values as stored (trimmed names, enums from strings …).
Cleaner = Callable[[Mapping[str, Any]], dict[str, Any]]


def table_of(model: type[Any]) -> Table:
    """The table of a mapped class."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def label(model: type[Any]) -> str:
    """The row kind as a sentence names it ("buying center" for ``BuyingCenter``)."""
    return table_of(model).name.replace("_", " ")


def changed_elsewhere(noun: str) -> ConflictError:
    """The one sentence of a conflict (see :func:`kamdesk.store.errors.edit_conflict`)."""
    return edit_conflict(this_record(noun))


def check_seen(row: Any, seen: Seen, noun: str, clean: Cleaner | None = None) -> None:
    """Raise :class:`ConflictError` unless ``row`` is as the caller saw it.

    Expected values go through the service's ``clean`` first: the row holds cleaned values
    (a name typed with a trailing space is stored without it). A row that may not exist yet
    is passed as None when the caller saw a version (:data:`NOT_STORED`: "none"), and as a
    placeholder holding the defaults when it expects values.
    """
    if seen is None:
        return
    if isinstance(seen, Mapping):
        expected = clean(seen) if clean is not None else seen
        moved = any(getattr(row, name) != value for name, value in expected.items())
    else:
        moved = (NOT_STORED if row is None else row.version) != seen
    if moved:
        raise changed_elsewhere(noun)


def get_versioned(
    session: Session, model: type[RowT], row_id: int, seen: Seen, clean: Cleaner | None = None
) -> RowT:
    """The row, checked against what the caller saw (None: no check)."""
    row = session.get(model, row_id)
    if row is None:
        raise deleted_elsewhere(label(model))
    check_seen(row, seen, label(model), clean)
    return row




@contextmanager
def translate_integrity_errors() -> Iterator[None]:
    """Turn the database's refusals into :class:`ValidationError` with a plain sentence."""
    try:
        yield
    except IntegrityError as error:
        raise integrity_message(error) from error
    except StatementError as error:
        if isinstance(error.orig, ValueError):
            raise ValidationError(message_of(error.orig) or str(error.orig)) from error
        raise


def integrity_message(error: IntegrityError) -> ValidationError:
    """A user's sentence for a constraint the database refused; the driver's text is logged.

    The driver's text is English, names tables and constraints, and on a server quotes the
    whole row: it belongs in the log file, not in front of the user.
    """
    collision = unique_collision(error)
    if collision is not None:
        return collision_error(collision)
    text = str(error.orig)
    _log.warning("The database refused a change: %s", text)
    if "FOREIGN KEY" in text or "foreign key" in text:
        return ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "This refers to an entry that no longer exists, or is still used "
                "elsewhere.",
            )
        )
    if "CHECK" in text or "check constraint" in text:
        return ValidationError(check_sentence(text))
    if "NOT NULL" in text or "null value" in text:
        column = text.rsplit(".", 1)[-1].strip()
        return ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "This field must not be empty."), column)
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "The database refused this change; the log file says why.",
        )
    )
