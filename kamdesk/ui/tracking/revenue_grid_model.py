"""The revenue grid: one row per fiscal quarter, actual and plan typed in, growth derived.

The model never writes: a typed amount that can be read becomes ``edit_requested(row,
field, value)``; one that cannot is kept as the cell's error (red cell, the sentence in
its tooltip) and announced through ``input_refused`` so the tab can say it under the grid.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from kamdesk.domain.pasted_numbers import CellProblem, parse_number
from kamdesk.services.tracking.revenue_editing import GRID_COLUMNS, RevenueQuarterRow
from kamdesk.ui.common.money_text import format_amount
from kamdesk.ui.common.row_table_model import AnyIndex

YEAR, QUARTER, ACTUAL, PLAN, RECURRING, VS_PLAN, QOQ, YOY = range(8)
EDITABLE = {ACTUAL: "actual", PLAN: "plan"}
DERIVED = {VS_PLAN: "vs_plan", QOQ: "growth_qoq", YOY: "growth_yoy"}


def format_change(fraction: Decimal | None) -> str:
    """A signed percentage with one decimal ("" for none)."""
    if fraction is None:
        return ""
    sign = "+" if fraction > 0 else "−" if fraction < 0 else "±"
    return f"{sign}{QLocale().toString(abs(float(fraction)) * 100, 'f', 1)}\u00a0%"


class RevenueGridModel(QAbstractTableModel):
    """Fiscal quarters of one account, oldest first, without gaps."""

    # (row object, field, value): the user typed a readable value into a cell.
    edit_requested = Signal(object, str, object)
    # A sentence: the user typed something that cannot be stored.
    input_refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RevenueQuarterRow] = []
        self._errors: dict[tuple[int, int], str] = {}
        self.headers = [
            self.tr("Fiscal year"),
            self.tr("Quarter"),
            self.tr("Actual"),
            self.tr("Plan"),
            self.tr("Recurring"),
            self.tr("vs plan"),
            self.tr("vs prior quarter"),
            self.tr("vs prior year"),
        ]

    def set_rows(self, rows: tuple[RevenueQuarterRow, ...] | list[RevenueQuarterRow]) -> None:
        """Replace every row (errors of typed input are forgotten)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._errors = {}
        self.endResetModel()

    def row_at(self, row: int) -> RevenueQuarterRow:
        """The quarter in this model row."""
        return self._rows[row]

    def row_of(self, year: int, quarter: int) -> int:
        """The model row of a quarter (-1: not in the grid)."""
        return next(
            (i for i, r in enumerate(self._rows) if (r.year, r.quarter) == (year, quarter)), -1
        )

    @staticmethod
    def grid_field(column: int) -> str | None:
        """The pasteable field of a column (None: a derived column)."""
        return GRID_COLUMNS[column] if column < len(GRID_COLUMNS) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole and section in DERIVED:
            base = {
                VS_PLAN: self.tr("the quarter's plan"),
                QOQ: self.tr("the quarter before"),
                YOY: self.tr("the same quarter one fiscal year earlier"),
            }[section]
            return self.tr("Actual revenue against %1; empty where that has no revenue.").replace(
                "%1", base
            )
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == RECURRING:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        error = self._errors.get((index.row(), column))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole:
            if column in EDITABLE:
                value = getattr(row, EDITABLE[column])
                return format_amount(value)
            return self._display(row, column)
        if role == Qt.ItemDataRole.CheckStateRole and column == RECURRING:
            return Qt.CheckState.Checked if row.recurring else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (YEAR, RECURRING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if error:
                return QColor("#fde0e3")
            if row.is_current:
                return QColor("#eef4fb")
        if role == Qt.ItemDataRole.ForegroundRole and column in DERIVED:
            value = getattr(row, DERIVED[column])
            if value is not None and value != 0:
                return QColor("#1b6e3a") if value > 0 else QColor("#b00020")
        if role == Qt.ItemDataRole.FontRole and row.is_current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: RevenueQuarterRow, column: int) -> str:
        if column == YEAR:
            return str(row.year)
        if column == QUARTER:
            return f"Q{row.quarter}"
        if column in EDITABLE:
            return format_amount(getattr(row, EDITABLE[column]))
        if column in DERIVED:
            return format_change(getattr(row, DERIVED[column]))
        return ""

    def _tooltip(self, row: RevenueQuarterRow, column: int) -> str | None:
        if row.is_current and column in (YEAR, QUARTER):
            return self.tr("The current fiscal quarter")
        if column == RECURRING:
            return self.tr("Recurring revenue (contracts, subscriptions) counts towards ARR.")
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == RECURRING:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked != row.recurring:
                self.edit_requested.emit(row, "recurring", checked)
            return True
        if role != Qt.ItemDataRole.EditRole or column not in EDITABLE:
            return False
        try:
            amount = parse_number(str(value), QLocale().decimalPoint() == ",", places=2)
        except CellProblem as problem:
            message = self.problem_sentence(problem.code, problem.text)
            self._errors[(index.row(), column)] = message
            self.dataChanged.emit(index, index)
            self.input_refused.emit(message)
            return False
        if self._errors.pop((index.row(), column), None) is not None:
            self.dataChanged.emit(index, index)
        self.input_refused.emit("")
        if amount != getattr(row, EDITABLE[column]):
            self.edit_requested.emit(row, EDITABLE[column], amount)
        return True

    def error_at(self, row: int, column: int) -> str:
        """The sentence of a refused input in this cell ("" when none)."""
        return self._errors.get((row, column), "")

    def problem_sentence(self, code: str, text: str) -> str:
        """A cell problem's code as a translated sentence."""
        sentences = {
            "not_a_number": self.tr("“%1” is not an amount."),
            "negative": self.tr("“%1” is negative; revenue is zero or more."),
            "too_many_places": self.tr("“%1” has more than two decimal places."),
            "not_a_quarter": self.tr("“%1” is not a quarter (1 to 4)."),
            "not_a_year": self.tr("“%1” is not a year between 1900 and 2200."),
            "not_a_flag": self.tr("“%1” is neither yes nor no."),
            "outside_grid": self.tr("“%1” lies to the right of the grid's last column."),
            "duplicate_quarter": self.tr("This quarter already appears higher up in the block."),
            "row_skipped": self.tr("“%1” is not applied: the quarter of its row is unreadable."),
        }
        return sentences.get(code, self.tr("“%1” cannot be used.")).replace("%1", text)
