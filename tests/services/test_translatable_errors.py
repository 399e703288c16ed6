"""Every error a user may read is raised with a marked, translatable sentence.

The UI shows a refusal of the core (domain, store, services, reports) in the user's
language only if its sentence was written as ``QT_TRANSLATE_NOOP("ServiceMessage", …)``
(collected into ``kamdesk_de.ts``): an error raised with a literal or an f-string would
reach a German user in English.
"""

from __future__ import annotations

import ast
import functools
import re
import string
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
    for node in ast.walk(_syntax_tree(path)):
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


def _marked_formats(path: Path) -> list[tuple[int, str, list[ast.keyword]]]:
    """(line, template, arguments) of every ``QT_TRANSLATE_NOOP(…).format(…)`` in a module."""
    found = []
    for node in ast.walk(_syntax_tree(path)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Call) and getattr(func.func, "id", "") == "QT_TRANSLATE_NOOP":
            template = func.args[1]
            assert isinstance(template, ast.Constant), f"{path}:{node.lineno}"
            found.append((node.lineno, str(template.value), []))
        elif (
            isinstance(func, ast.Attribute) and func.attr == "format"
            and isinstance(func.value, ast.Call)
            and getattr(func.value.func, "id", "") == "QT_TRANSLATE_NOOP"
        ):
            template = func.value.args[1]
            assert isinstance(template, ast.Constant), f"{path}:{node.lineno}"
            found.append((node.lineno, str(template.value), node.keywords))
    return found


def _english_argument(value: ast.expr) -> bool:
    """An argument that would put English into a translated sentence: typed-in words, or the
    text of another error (``str(error)``, ``str(error).capitalize()``)."""
    if _written_out(value):
        return not (isinstance(value, ast.Constant) and not any(c.isalpha() for c in value.value))
    while isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
        value = value.func.value
    return isinstance(value, ast.Call) and getattr(value.func, "id", "") == "str"


@functools.cache
def _syntax_tree(path: Path) -> ast.Module:
    """A module's syntax tree, parsed once for all the checks (they only read it): each
    check parsed the 300 core modules again, most of its time."""
    return ast.parse(path.read_text(encoding="utf-8"))


def _core_sources() -> list[Path]:
    return sorted(path for package in CORE for path in (PACKAGE / package).rglob("*.py"))


def test_no_marked_sentence_is_a_placeholder_for_someone_elses_text() -> None:
    # "{reason}." passed a renderer's English through as if it were a sentence of ours.
    lone = re.compile(r"^\{[^{}]*\}\W*$")
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line} {template!r}"
        for path in _core_sources()
        for line, template, _ in _marked_formats(path)
        if lone.match(template)
    ]
    assert found == []


def test_no_marked_sentence_is_filled_with_english_words() -> None:
    # A word pasted in ("Unknown {what}" with what="paper size") stays English in German.
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line} {keyword.arg}"
        for path in _core_sources()
        for line, _, keywords in _marked_formats(path)
        for keyword in keywords
        if _english_argument(keyword.value)
    ]
    assert found == []


def test_the_checks_see_a_pasted_word_and_a_passed_through_error() -> None:
    assert _english_argument(ast.parse('"paper size"', mode="eval").body)
    assert _english_argument(ast.parse("str(error).capitalize()", mode="eval").body)
    assert not _english_argument(ast.parse('", "', mode="eval").body)
    assert not _english_argument(ast.parse("path", mode="eval").body)


def test_placeholders_say_what_they_hold() -> None:
    # A translator reads "{minimum}" and "{known}", not "{MIN_ACCOUNTS}" or "{value2}".
    plain_word = re.compile(r"^[a-z]+(_[a-z]+)*$")
    found = [
        f"{path.relative_to(PACKAGE).as_posix()}:{line} {{{name}}}"
        for path in _core_sources()
        for line, template, _ in _marked_formats(path)
        for _, name, _, _ in string.Formatter().parse(template)
        if name is not None and not plain_word.match(name)
    ]
    assert found == []
