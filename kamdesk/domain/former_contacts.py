"""The neutral names erased people carry, and finding a person's traces in free text.

An erased stakeholder keeps their row (a buying center still counts the role, history keeps
"a meeting took place") under a placeholder, "Former contact N", with N unique within the
account. The name is stored in English, one fixed form, so that it can be recognised again
(the next number, a translated label on display) whatever language the app runs in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

PLACEHOLDER_PREFIX = "Former contact"
_PLACEHOLDER = re.compile(rf"{re.escape(PLACEHOLDER_PREFIX)} (\d+)")
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


def mentions_term(text: str, terms: Sequence[str]) -> str | None:
    """The first of ``terms`` found in ``text`` (ignoring case), or None."""
    for term in terms:
        if re.search(re.escape(term), text, flags=re.IGNORECASE):
            return term
    return None


def replace_terms(text: str, terms: Sequence[str], replacement: str) -> str:
    """``text`` with every occurrence of any of ``terms`` (ignoring case) replaced.

    Longer terms are replaced first, so an e-mail address holding the name is replaced
    whole instead of leaving "Former contact 1@example.com".
    """
    for term in sorted(terms, key=len, reverse=True):
        text = re.sub(re.escape(term), replacement, text, flags=re.IGNORECASE)
    return text


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
