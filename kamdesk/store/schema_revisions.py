"""The schema revisions this kamdesk knows, read from the migration scripts' own lines.

Opening a database asks two questions first: is its revision one we know (else it comes
from a newer kamdesk and is refused), and is it the newest (else it is migrated)? On
almost every start the answer is "known, and the newest", and then neither Alembic nor
its script directory is needed: loading them costs about a quarter of a second, more
than the command itself. So the revisions are read here from the ``revision = …`` and
``down_revision = …`` lines Alembic writes into every script (see ``script.py.mako``),
and Alembic is loaded only when a migration is due (:mod:`kamdesk.store.migration_runner`).
A test checks that this reading agrees with Alembic's own.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

VERSIONS_FOLDER = Path(__file__).resolve().parent / "migrations" / "versions"
_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


class RevisionScriptError(RuntimeError):
    """A migration script in the package does not name its revision the way Alembic writes."""


@dataclass(frozen=True)
class ScriptRevision:
    """One migration script: its revision and the revision it follows (None: the first)."""

    revision: str
    down_revision: str | None


def read_script(path: Path) -> ScriptRevision:
    """The revision a migration script declares, from its text (the script is not run)."""
    values: dict[str, object] = {}
    for name, literal in _ASSIGNMENT.findall(path.read_text(encoding="utf-8")):
        values.setdefault(name, _literal(literal, path))
    revision, down = values.get("revision"), values.get("down_revision")
    if not isinstance(revision, str) or not (down is None or isinstance(down, str)):
        # A merge revision (a tuple of parents) would need Alembic's own graph: say so
        # loudly during development rather than guess at a user's start.
        raise RevisionScriptError(f"{path.name} does not declare one revision and one parent")
    return ScriptRevision(revision, down)


@cache
def script_revisions() -> tuple[ScriptRevision, ...]:
    """Every migration script's revision (read once per process)."""
    return tuple(
        read_script(path)
        for path in sorted(VERSIONS_FOLDER.glob("*.py"))
        if path.name != "__init__.py"
    )


def known_revisions() -> frozenset[str]:
    """Every revision this kamdesk knows."""
    return frozenset(script.revision for script in script_revisions())


def head_revision() -> str:
    """The newest revision: the one no other script follows."""
    followed = {script.down_revision for script in script_revisions()}
    heads = [script.revision for script in script_revisions() if script.revision not in followed]
    if len(heads) != 1:
        raise RevisionScriptError(f"the migrations have {len(heads)} heads, not one: {heads}")
    return heads[0]


def _literal(text: str, path: Path) -> object:
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError) as error:
        raise RevisionScriptError(f"{path.name}: cannot read {text!r}") from error
