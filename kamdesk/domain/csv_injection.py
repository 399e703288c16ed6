"""Neutralising spreadsheet formula injection in the cells kamdesk writes (OWASP).

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula (and
a leading tab or carriage return can hide such a start), so a customer's note
"=HYPERLINK(…)" exported as it is could open a link or run a command on the manager's
machine. Every CSV and workbook cell kamdesk writes passes :func:`neutralise_cell`, which
puts an apostrophe in front of such text: spreadsheets then show it as text. Plain
numbers ("-12.5") stay as they are, because a spreadsheet reads them as numbers, not
formulas. The database itself always keeps the text literally.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$")


def starts_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take this text for a formula."""
    return text.startswith(FORMULA_STARTS) and _PLAIN_NUMBER.match(text) is None


def neutralise_cell(text: str) -> str:
    """The text with an apostrophe in front when it would start a formula."""
    return "'" + text if starts_like_formula(text) else text
