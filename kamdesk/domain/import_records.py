"""From a read table to records: each row's cells read as its fields' values, or problems.

Reading a file (CSV, workbook, vCard) is the services' business; what a row *means* is
decided here, without a database: which number format and date order the file uses
(:func:`decide_formats`), and each cell's value or the problem with it, named by the
row's line in the file and the column's header, as the user sees them in their
spreadsheet ("line 11, Jahresumsatz: 'zwölf Mio' is not a number.").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from kamdesk.domain.fiscal_periods import Period
from kamdesk.domain.header_matching import ColumnMapping
from kamdesk.domain.import_fields import FIELDS, FieldSpec, ValueKind
from kamdesk.domain.import_values import (
    Cell,
    ValueFormats,
    ValueProblem,
    cell_text,
    is_empty,
    read_value,
)
from kamdesk.domain.pasted_numbers import guess_decimal_comma
from kamdesk.domain.spreadsheet_dates import SlashOrder, guess_slash_order

# Codes of the problems a whole row can have (cells have those of import_values).
REQUIRED = "required"
DUPLICATE = "duplicate"
UNKNOWN_ACCOUNT = "unknown_account"
NO_ACCOUNT = "no_account"
NO_PERIOD = "no_period"

_NUMERIC_TEXT = re.compile(r"^[\s(€$£+−-]*[0-9][0-9.,\s'’\u00a0\u202f]*[)\s€$£A-Za-z]*$")
_NUMERIC_KINDS = (ValueKind.MONEY, ValueKind.INTEGER)
_DATE_KINDS = (ValueKind.DATE, ValueKind.PERIOD)


@dataclass(frozen=True)
class TableRow:
    """One row of a file: its line (as the user's spreadsheet numbers it) and cells."""

    line: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class RowProblem:
    """Why a row (or one of its cells) cannot be imported."""

    line: int
    column: str
    code: str
    text: str
    message: str
    detail: str = ""

    def sentence(self) -> str:
        """The problem as the command line prints it: ``line 11, Umsatz: '…' is not …``."""
        where = f"line {self.line}, {self.column}" if self.column else f"line {self.line}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class ImportRecord:
    """A row's readable values: fields by name, and actuals of quarter columns."""

    line: int
    values: Mapping[str, object]
    quarters: Mapping[Period, object] = field(default_factory=dict)


def problem(line: int, column: str, code: str, message: str, text: str = "",
            detail: str = "") -> RowProblem:
    """A row problem with its English sentence."""
    return RowProblem(line, column, code, text, message, detail)


def _specs(mapping: ColumnMapping) -> dict[str, FieldSpec]:
    return {spec.name: spec for spec in FIELDS[mapping.kind]}


def _texts_of(rows: Sequence[TableRow], columns: Sequence[int]) -> list[str]:
    return [
        cell
        for row in rows
        for index in columns
        if index < len(row.cells) and isinstance(cell := row.cells[index], str) and cell.strip()
    ]


def decide_formats(
    rows: Sequence[TableRow],
    mapping: ColumnMapping,
    *,
    default_decimal_comma: bool,
    decimal_comma: bool | None = None,
    slash_order: SlashOrder | None = None,
    fiscal_year_start_month: int = 1,
) -> ValueFormats:
    """The number format and date order of a file: the user's choice, else what it shows.

    Only the cells of number and date columns vote, so that "Saint Paul, Minnesota" in a
    city column says nothing about the decimal mark.
    """
    specs = _specs(mapping)
    numeric: list[int] = []
    dated: list[int] = []
    for index, target in enumerate(mapping.targets):
        if target is None:
            continue
        kind = ValueKind.MONEY if target.period is not None else specs[target.field].kind
        if kind in _NUMERIC_KINDS:
            numeric.append(index)
        elif kind in _DATE_KINDS:
            dated.append(index)
    if decimal_comma is None:
        texts = [t for t in _texts_of(rows, numeric) if _NUMERIC_TEXT.match(t)]
        decimal_comma = guess_decimal_comma(texts, default_decimal_comma)
    if slash_order is None:
        slash_order = guess_slash_order(_texts_of(rows, dated))
    return ValueFormats(decimal_comma, slash_order, fiscal_year_start_month)


def read_records(
    rows: Sequence[TableRow], mapping: ColumnMapping, formats: ValueFormats
) -> tuple[list[ImportRecord], list[RowProblem]]:
    """Every row's values; a row with any unreadable cell yields problems, not a record."""
    specs = _specs(mapping)
    records: list[ImportRecord] = []
    problems: list[RowProblem] = []
    targets = [(i, t) for i, t in enumerate(mapping.targets) if t is not None]
    for row in rows:
        values: dict[str, object] = {}
        quarters: dict[Period, object] = {}
        row_problems: list[RowProblem] = []
        for index, target in targets:
            cell = row.cells[index] if index < len(row.cells) else None
            if is_empty(cell):
                continue
            spec = specs[target.field]
            kind = ValueKind.MONEY if target.period is not None else spec.kind
            try:
                value = read_value(cell, kind, formats, spec.max_length)
            except ValueProblem as error:
                row_problems.append(RowProblem(
                    row.line, mapping.header[index], error.code, error.text or cell_text(cell),
                    error.message, error.detail,
                ))
                continue
            if target.period is not None:
                quarters[target.period] = value
            else:
                values[target.field] = value
        if row_problems:
            problems.extend(row_problems)
        else:
            records.append(ImportRecord(row.line, values, quarters))
    return records, problems


def column_label(mapping: ColumnMapping, field_name: str) -> str:
    """The header of the column that fills a field (its name when no column does)."""
    index = mapping.column_of(field_name)
    return mapping.header[index] if index is not None else field_name
