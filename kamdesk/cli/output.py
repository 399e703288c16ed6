"""Writing results: tables for people, CSV for spreadsheets, JSON for programs."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Sequence
from typing import Any

from kamdesk.domain.csv_injection import neutralise_cell
from kamdesk.domain.plain_json import dumps, to_json_value


def print_json(value: Any) -> None:
    """Pretty JSON of any plain value on stdout."""
    sys.stdout.write(dumps(value) + "\n")


def print_csv(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """CSV on stdout; cells that a spreadsheet would run as a formula are neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    sys.stdout.write(buffer.getvalue())


def safe_cell(value: Any) -> str:
    """A cell's text, with a leading quote where it would start a spreadsheet formula."""
    plain = to_json_value(value)
    if plain is None:
        return ""
    text = "; ".join(str(item) for item in plain) if isinstance(plain, list) else str(plain)
    return neutralise_cell(text)


def print_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """An aligned plain-text table on stdout."""
    cells = [[safe_text(c) for c in row] for row in rows]
    widths = [len(h) for h in header]
    for row in cells:
        for index, cell in enumerate(row):
            widths[index] = min(max(widths[index], len(cell)), 48)
    line = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    lines = [line.rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join([_fit(c, w) for c, w in zip(row, widths, strict=True)]).rstrip()
              for row in cells]
    # One write: a long table (10,000 accounts) written line by line cost a tenth of a second.
    sys.stdout.write("\n".join(lines) + "\n")


def safe_text(value: Any) -> str:
    """A value as one line of text."""
    # Most cells of a long table (10,000 accounts × 12 columns) are plain text and numbers:
    # they skip the general conversion, which cost most of the table's time.
    kind = type(value)
    if kind is str:
        return " ".join(value.split())
    if kind is int:
        return str(value)
    plain = to_json_value(value)
    if plain is None:
        return ""
    if isinstance(plain, list):
        return "; ".join(str(item) for item in plain)
    return " ".join(str(plain).split())


def _fit(text: str, width: int) -> str:
    return text.ljust(width) if len(text) <= width else text[: width - 1] + "…"
