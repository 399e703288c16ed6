"""Rendering the portfolio workbook as an .xlsx file with openpyxl.

Data in, bytes out: every sheet gets a bold, frozen header row with a filter, column widths
that fit the content, and typed cells — real numbers with the currency format, real dates,
percentages — so the workbook sorts and sums in Excel and LibreOffice as a manager expects.
Text cells pass the same formula neutraliser as every CSV kamdesk writes (an account note
"=HYPERLINK(…)" stays text), and are stored as text, never as formulas.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from enum import Enum

from babel.numbers import get_currency_symbol
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from kamdesk.domain.csv_injection import neutralise_cell
from kamdesk.domain.portfolio_workbook import CellFormat, PortfolioWorkbook, WorkbookSheet
from kamdesk.reports.catalogue import label, text

DATE_FORMATS = {"de": "DD.MM.YYYY", "en": "YYYY-MM-DD"}
HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
MIN_WIDTH, MAX_WIDTH = 8, 60
SHEET_TITLE_LENGTH = 31  # Excel's limit


class WorkbookRenderer:
    """Turns a :class:`PortfolioWorkbook` into .xlsx bytes in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def render(self, workbook: PortfolioWorkbook) -> bytes:
        """The .xlsx file's bytes."""
        book = Workbook()
        book.remove(book.active)
        money = self._money_format(workbook.currency)
        for sheet in workbook.sheets:
            self._sheet(book.create_sheet(self._title(sheet)), sheet, money)
        book.properties.title = text("workbook.title", self.lang)
        book.properties.creator = workbook.company_name or "kamdesk"
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()

    def _title(self, sheet: WorkbookSheet) -> str:
        return text(f"workbook.sheet.{sheet.key}", self.lang)[:SHEET_TITLE_LENGTH]

    def _money_format(self, currency: str) -> str:
        symbol = get_currency_symbol(currency, locale="de_DE" if self.lang == "de" else "en_US")
        return f'#,##0.00 "{symbol}"' if self.lang == "de" else f'"{symbol}"#,##0.00'

    def _header(self, sheet: WorkbookSheet) -> list[str]:
        return [
            column.title or text(f"workbook.col.{column.key}", self.lang)
            for column in sheet.columns
        ]

    def _sheet(self, target: Worksheet, sheet: WorkbookSheet, money: str) -> None:
        header = self._header(sheet)
        target.append(header)
        for cell in target[1]:
            cell.font, cell.fill = HEADER_FONT, HEADER_FILL
            cell.alignment = Alignment(vertical="center")
        widths = [len(title) + 3 for title in header]  # room for the filter button
        formats = [column.format for column in sheet.columns]
        for row in sheet.rows:
            values = [self._value(value, kind) for value, kind in zip(row, formats, strict=True)]
            target.append(values)
            for index, value in enumerate(values):
                widths[index] = max(widths[index], _shown_length(value, formats[index]))
        for row in target.iter_rows(min_row=2):
            for cell, kind in zip(row, formats, strict=True):
                self._style(cell, kind, money)
        target.freeze_panes = "A2"
        if sheet.rows:
            target.auto_filter.ref = target.dimensions
        for index, width in enumerate(widths, start=1):
            letter = get_column_letter(index)
            target.column_dimensions[letter].width = min(max(width + 1, MIN_WIDTH), MAX_WIDTH)

    def _value(self, value: object, kind: CellFormat) -> object:
        if value is None:
            return None
        if isinstance(value, Enum):
            return neutralise_cell(label(value, self.lang))
        if kind is CellFormat.FLAG:
            return text("workbook.yes" if value else "workbook.no", self.lang)
        if isinstance(value, Decimal):
            return float(value) if kind is CellFormat.PERCENT else value
        if isinstance(value, bool | int | float | date):
            return value
        return neutralise_cell(str(value))

    def _style(self, cell: Cell, kind: CellFormat, money: str) -> None:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # text that starts with "=" must never become a formula
            if "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            return
        if kind is CellFormat.MONEY:
            cell.number_format = money
        elif kind is CellFormat.PERCENT:
            cell.number_format = "0.0%"
        elif kind is CellFormat.DATE:
            cell.number_format = DATE_FORMATS.get(self.lang, DATE_FORMATS["en"])
        elif kind is CellFormat.INTEGER:
            cell.number_format = "#,##0"
        elif kind is CellFormat.DECIMAL:
            cell.number_format = "#,##0.0#"  # "25.0", "66.25": no dangling decimal point


def _shown_length(value: object, kind: CellFormat) -> int:
    if value is None:
        return 0
    if kind is CellFormat.DATE:
        return 10
    if kind is CellFormat.MONEY:
        return len(f"{value:,.2f}") + 3
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    return len(str(value))


def render_workbook(workbook: PortfolioWorkbook, lang: str) -> bytes:
    """The workbook as .xlsx bytes in ``lang`` ("en" or "de")."""
    return WorkbookRenderer(lang).render(workbook)


__all__: Sequence[str] = ("WorkbookRenderer", "render_workbook")
