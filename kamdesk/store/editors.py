"""Who is writing: the editor's name stamped into ``changed_by`` of every row written.

The name is set once per open database (:func:`set_editor`, from the user's own settings
file, never from the shared database: on a server each member has their own) and read by
the column's default and onupdate (:func:`editor_of`), so every INSERT and UPDATE, through
the ORM or Core, bulk or single, records it without any service passing it along. A
database whose editor was never set writes the operating system's user name.

The name is kept per engine, not in one global, so two databases open in one process (a
test's two "people", or dump and load) each stamp their own editor.
"""

from __future__ import annotations

import getpass
import threading
import weakref
from typing import Any

from sqlalchemy.engine import Engine

#: The column's width (``String(120)``): a longer name is cut, never refused.
EDITOR_NAME_LENGTH = 120

_editors: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def operating_system_user() -> str | None:
    """The OS user's login name, or None where it cannot be found (no USER, no passwd entry)."""
    try:
        name = getpass.getuser()
    except (OSError, KeyError, ImportError):  # a container with an unnamed uid, say
        return None
    return clean_editor_name(name)


def clean_editor_name(name: str | None) -> str | None:
    """A name as stored: one line, trimmed, at most the column's width; None when empty."""
    if name is None:
        return None
    cleaned = " ".join(name.split())[:EDITOR_NAME_LENGTH].strip()
    return cleaned or None


def set_editor(engine: Engine, name: str | None) -> None:
    """Stamp ``name`` on what this engine writes from now on (None or empty: the OS user)."""
    cleaned = clean_editor_name(name)
    with _lock:
        if cleaned is None:
            _editors.pop(engine, None)
        else:
            _editors[engine] = cleaned


def editor_for(engine: Engine) -> str | None:
    """The name this engine's writes are stamped with."""
    with _lock:
        name = _editors.get(engine)
    return name if name is not None else operating_system_user()


#: The name each statement stamps, found once per statement (its execution context): an
#: executemany calls the column default once per row, and without a name set the lookup is
#: the OS user's passwd entry (getpass), 30,000 times for a bulk insert of 30,000 people.
_per_statement: weakref.WeakKeyDictionary[Any, str | None] = weakref.WeakKeyDictionary()


def editor_of(context: Any) -> str | None:
    """Default and onupdate of ``changed_by``: the editor of the statement's engine."""
    with _lock:
        if context in _per_statement:
            return _per_statement[context]
    name = editor_for(context.root_connection.engine)
    with _lock:
        _per_statement[context] = name
    return name
