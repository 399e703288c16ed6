"""What the Excel workbook holds: sheets of typed columns and plain rows.

A service fills it from the database; the renderer (``kamdesk.reports.workbook_document``)
turns it into an .xlsx file without knowing where the rows came from. Each column says how
its cells are typed (money, date, percentage …) so the workbook carries real numbers and
dates with formats, never numbers as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class CellFormat(StrEnum):
    """How a column's cells are typed and formatted in the workbook."""

    TEXT = "text"  # also enum values, shown by their label
    INTEGER = "integer"
    MONEY = "money"  # in the company currency
    PERCENT = "percent"  # a fraction: 0.25 is shown as 25 %
    DECIMAL = "decimal"  # a measured value (goal metrics)
    DATE = "date"
    FLAG = "flag"  # yes / no


@dataclass(frozen=True)
class WorkbookColumn:
    """One column: a catalogue key for its header (or a literal title) and its format."""

    key: str
    format: CellFormat = CellFormat.TEXT
    title: str | None = None  # e.g. "Q3 2025": not a word to translate


@dataclass(frozen=True)
class WorkbookSheet:
    """One sheet: its catalogue key, columns and rows (one value per column)."""

    key: str
    columns: tuple[WorkbookColumn, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class PortfolioWorkbook:
    """The whole workbook, as of one day, in one currency."""

    company_name: str
    currency: str
    prepared_on: date
    sheets: tuple[WorkbookSheet, ...]

    def sheet(self, key: str) -> WorkbookSheet:
        """The sheet with this key."""
        return next(s for s in self.sheets if s.key == key)
