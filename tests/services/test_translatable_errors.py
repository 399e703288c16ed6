"""Every error a user may read is raised with a marked, translatable sentence.

The UI shows a refusal of the core (domain, store, services, reports) in the user's
language only if its sentence was written as ``QT_TRANSLATE_NOOP("ServiceMessage", …)``
(collected into ``kamdesk_de.ts``): an error raised with a literal or an f-string would
reach a German user in English.
"""

from __future__ import annotations

import ast
from pathlib import Path

import kamdesk
from kamdesk.store import errors

PACKAGE = Path(kamdesk.__file__).parent
CORE = ("domain", "store", "services", "reports")
#: The errors whose sentence the UI shows (everything in store/errors.py), and the helpers
#: that make one from a piece of a sentence.
USER_ERRORS = {
    name for name, value in vars(errors).items()
    if isinstance(value, type) and issubclass(value, Exception)
} | {
    "MappingError", "TemplateError", "_OlderSchema", "SchemaDamage",
    "edit_conflict", "damaged_error", "place_without_replacing",
}


def _written_out(node: ast.expr) -> bool:
    """A sentence typed in place: a literal, an f-string, or text glued together."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _written_out(node.left) or _written_out(node.right)
    return False


#: Which positional arguments hold the sentence (default: the first).
SENTENCE_ARGUMENTS = {
    "edit_conflict": (0, 1), "damaged_error": (1,), "place_without_replacing": (2,)
}


def _refusals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name not in USER_ERRORS:
            continue
        positions = SENTENCE_ARGUMENTS.get(name, (0,))
        sentences = [node.args[i] for i in positions if i < len(node.args)] + [
            keyword.value for keyword in node.keywords
            if keyword.arg in ("message", "subject", "outcome", "what", "taken")
        ]
        if any(_written_out(sentence) for sentence in sentences):
            found.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}")
    return found


def test_no_user_error_is_raised_with_an_untranslatable_sentence() -> None:
    sources = sorted(path for package in CORE for path in (PACKAGE / package).rglob("*.py"))
    assert len(sources) > 100
    found = [site for path in sources for site in _refusals(path)]
    assert found == [], f"raise these with QT_TRANSLATE_NOOP(\"ServiceMessage\", …): {found}"


def test_the_check_sees_a_sentence_written_out() -> None:
    assert _written_out(ast.parse('f"{path} is empty."', mode="eval").body)
    assert _written_out(ast.parse('"a " + name', mode="eval").body)
    assert not _written_out(
        ast.parse('QT_TRANSLATE_NOOP("ServiceMessage", "Enter a date.")', mode="eval").body
    )
