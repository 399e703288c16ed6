"""The neutral names erased people carry, and finding a person's traces in free text.

An erased stakeholder keeps their row (a buying center still counts the role, history keeps
"a meeting took place") under a placeholder, "Former contact N", with N unique within the
account. The name is stored in English, one fixed form, so that it can be recognised again
(the next number, a translated label on display) whatever language the app runs in.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, TypeVar

PLACEHOLDER_PREFIX = "Former contact"
_PLACEHOLDER = re.compile(rf"{re.escape(PLACEHOLDER_PREFIX)} (\d+)")
_PLACEHOLDER_IN_TEXT = re.compile(rf"\b{re.escape(PLACEHOLDER_PREFIX)} (\d+)\b")
T = TypeVar("T")
#: Characters of context each side of a mention's match in its excerpt.
EXCERPT_CONTEXT = 30


def placeholder_name(number: int) -> str:
    """The stored name of the ``number``-th erased person of an account."""
    if number < 1:
        raise ValueError("placeholder numbers start at 1")
    return f"{PLACEHOLDER_PREFIX} {number}"


def placeholder_number(name: str) -> int | None:
    """N if ``name`` is exactly an erased person's placeholder, otherwise None."""
    match = _PLACEHOLDER.fullmatch(name)
    return int(match.group(1)) if match else None


def next_placeholder_numbers(existing_names: Iterable[str], count: int) -> list[int]:
    """``count`` new numbers for an account whose people are named ``existing_names``.

    Numbers continue after the highest one in use, never filling a gap: "Former contact 3"
    stays the third person erased, even when a later delete removed "Former contact 2".
    """
    highest = max(
        (number for name in existing_names if (number := placeholder_number(name)) is not None),
        default=0,
    )
    return list(range(highest + 1, highest + 1 + count))


def identifying_terms(name: str, email: str, phone: str) -> tuple[str, ...]:
    """The pieces of a person's data that name them in free text: name, e-mail, phone.

    Blank values are left out; a phone number is matched as written (the KAM copies it).
    """
    return tuple(term for term in (name.strip(), email.strip(), phone.strip()) if term)


@lru_cache(maxsize=4096)
def _pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    # Longer terms first: an e-mail address holding the name is matched whole, instead of
    # leaving "Former contact 1@example.com" behind. Compiled once per person: an erasure
    # of many people searches every text of their accounts with the same few terms.
    alternatives = sorted(set(terms), key=len, reverse=True)
    return re.compile("|".join(re.escape(term) for term in alternatives), re.IGNORECASE)


def mentions_term(text: str, terms: Sequence[str]) -> str | None:
    """The piece of ``text`` that is one of ``terms`` (ignoring case), or None."""
    if not terms or not text:
        return None
    match = _pattern(tuple(terms)).search(text)
    return match.group(0) if match else None


def replace_terms(text: str, terms: Sequence[str], replacement: str) -> str:
    """``text`` with every occurrence of any of ``terms`` (ignoring case) replaced."""
    if not terms or not text:
        return text
    return _pattern(tuple(terms)).sub(lambda _match: replacement, text)


def excerpt(text: str, term: str, context: int = EXCERPT_CONTEXT) -> str:
    """A short piece of ``text`` around the first occurrence of ``term``, on one line."""
    # The same matching as mentions_term (case folding may change a text's length, so an
    # index found in a folded copy could point elsewhere in the original).
    match = re.search(re.escape(term), text, flags=re.IGNORECASE)
    if match is None:
        return ""
    begin = max(0, match.start() - context)
    end = min(len(text), match.end() + context)
    piece = " ".join(text[begin:end].split())
    return f"{'…' if begin > 0 else ''}{piece}{'…' if end < len(text) else ''}"


def localized_placeholders(value: T, label: Callable[[int], str]) -> T:
    """``value`` (plain data: dataclasses, tuples, lists, mappings, text) with every
    placeholder name ("Former contact 3", also inside a text) written as ``label(3)``.

    For printing in another language than the stored English form; values without a
    placeholder are returned as they are (the same objects).
    """
    result: Any = _localized(value, label)
    return result  # type: ignore[no-any-return]


def _localized(value: Any, label: Callable[[int], str]) -> Any:
    if isinstance(value, str):
        if PLACEHOLDER_PREFIX not in value:
            return value
        return _PLACEHOLDER_IN_TEXT.sub(lambda match: label(int(match.group(1))), value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for item in dataclasses.fields(value):
            if not item.init:
                continue
            old = getattr(value, item.name)
            new = _localized(old, label)
            if new is not old:
                changes[item.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if type(value) in (tuple, list):  # not a named tuple: its fields are not positional
        items = [_localized(item, label) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return type(value)(items) if isinstance(value, list) else tuple(items)
    if isinstance(value, Mapping):
        entries = {key: _localized(item, label) for key, item in value.items()}
        if all(entries[key] is item for key, item in value.items()):
            return value
        return entries
    return value
