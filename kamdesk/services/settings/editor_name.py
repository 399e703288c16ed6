"""The user's own name as the team sees it on what they change ("Changed by Anna, …").

It is a setting of the person, not of the shared database: on a PostgreSQL server every
member has their own, so it lives in the user's settings folder (``editor.json`` in
platformdirs' user config folder, ``~/.config/kamdesk`` on Linux). Without one, the
operating system's user name is used (:mod:`kamdesk.store.editors`).
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from platformdirs import user_config_dir

from kamdesk.store.database import Database
from kamdesk.store.editors import clean_editor_name, editor_for, set_editor

EDITOR_FILE_NAME = "editor.json"


def editor_file() -> Path:
    """Where the user's name is kept."""
    return Path(user_config_dir("kamdesk", appauthor=False)) / EDITOR_FILE_NAME


def saved_editor_name() -> str | None:
    """The name the user gave (None: none given, or the file cannot be read)."""
    try:
        data = json.loads(editor_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    name = data.get("name") if isinstance(data, dict) else None
    return clean_editor_name(name) if isinstance(name, str) else None


def save_editor_name(name: str | None) -> None:
    """Keep ``name`` as the user's name (None or blank: forget it, the OS user is used).

    Raises OSError when the settings folder cannot be written.
    """
    cleaned = clean_editor_name(name)
    path = editor_file()
    if cleaned is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # Written under a temporary name and renamed: a crash never leaves half a file.
    descriptor, temporary = tempfile.mkstemp(prefix=".editor-", dir=path.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump({"name": cleaned}, handle, ensure_ascii=False)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise


def use_saved_editor_name(db: Database) -> None:
    """Stamp the user's saved name (or the OS user) on what ``db`` writes from now on."""
    set_editor(db.engine, saved_editor_name())


def current_editor_name(db: Database) -> str | None:
    """The name ``db``'s writes are stamped with now."""
    return editor_for(db.engine)
