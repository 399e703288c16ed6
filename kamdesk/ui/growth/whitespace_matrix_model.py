"""The whitespace matrix as a Qt table: business units × active offerings, plus totals.

Rows are the account's business units, then two total rows (active, potential); columns
are the active offerings, then two total columns. Each cell shows its status by colour
AND by symbol (● active, ○ opportunity, ◐ in progress, ✕ competitor, – not relevant,
? unknown), so the matrix reads in black and white too. The model is read-only: edits
go through undo commands, and the tab hands the reloaded matrix back with set_matrix.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from kamdesk.domain import palette
from kamdesk.domain.enums import CellStatus
from kamdesk.services.growth.whitespace_editing import CellRow, WhitespaceMatrix
from kamdesk.ui.common.money_text import format_compact, format_money

Index = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class StatusStyle:
    """How one cell status looks: symbol, fill, text colour, label and its keyboard key."""

    symbol: str
    fill: str
    ink: str
    label: object  # a QT_TRANSLATE_NOOP marker: the English source text
    key: str


# Fill colours differ in lightness as well as hue (the printed plan's, from the domain
# palette), and each status has its own symbol.
STATUS_STYLES: dict[CellStatus, StatusStyle] = {
    CellStatus.ACTIVE: StatusStyle(
        "●", *palette.CELL[CellStatus.ACTIVE], QT_TRANSLATE_NOOP("CellStatus", "Active"), "A"
    ),
    CellStatus.OPPORTUNITY: StatusStyle(
        "○", *palette.CELL[CellStatus.OPPORTUNITY],
        QT_TRANSLATE_NOOP("CellStatus", "Opportunity"), "O",
    ),
    CellStatus.IN_PROGRESS: StatusStyle(
        "◐", *palette.CELL[CellStatus.IN_PROGRESS],
        QT_TRANSLATE_NOOP("CellStatus", "In progress"), "P",
    ),
    CellStatus.COMPETITOR: StatusStyle(
        "✕", *palette.CELL[CellStatus.COMPETITOR],
        QT_TRANSLATE_NOOP("CellStatus", "Competitor"), "C",
    ),
    CellStatus.NOT_RELEVANT: StatusStyle(
        "–", *palette.CELL[CellStatus.NOT_RELEVANT],
        QT_TRANSLATE_NOOP("CellStatus", "Not relevant"), "N",
    ),
    CellStatus.UNKNOWN: StatusStyle(
        "?", *palette.CELL[CellStatus.UNKNOWN], QT_TRANSLATE_NOOP("CellStatus", "Unknown"), "U"
    ),
}


def status_label(status: CellStatus) -> str:
    """The translated name of a cell status."""
    return QCoreApplication.translate("CellStatus", str(STATUS_STYLES[status].label))


class WhitespaceMatrixModel(QAbstractTableModel):
    """Units × offerings with row and column totals of active and potential value."""

    TOTAL_COUNT = 2  # two total rows and two total columns: active, potential

    def __init__(self) -> None:
        super().__init__()
        self.matrix: WhitespaceMatrix | None = None
        self.currency_symbol = "€"
        self._unit_totals: dict[int, tuple[Decimal, Decimal]] = {}
        self._offering_totals: dict[int, tuple[Decimal, Decimal]] = {}

    # -- feeding ---------------------------------------------------------------------------

    def set_matrix(self, matrix: WhitespaceMatrix | None, currency_symbol: str = "€") -> None:
        """Show this matrix; keeps the view's selection when only values changed."""
        same_shape = (
            self.matrix is not None
            and matrix is not None
            and [u.id for u in self.matrix.units] == [u.id for u in matrix.units]
            and [u.name for u in self.matrix.units] == [u.name for u in matrix.units]
            and [o.id for o in self.matrix.offerings] == [o.id for o in matrix.offerings]
        )
        if not same_shape:
            self.beginResetModel()
        self.matrix = matrix
        self.currency_symbol = currency_symbol
        self._unit_totals = {}
        self._offering_totals = {}
        if matrix is not None:
            self._unit_totals = {
                int(t.key): (t.active, t.potential) for t in matrix.totals.by_unit
            }
            self._offering_totals = {
                int(t.key): (t.active, t.potential) for t in matrix.totals.by_offering
            }
        if same_shape:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        else:
            self.endResetModel()

    # -- shape -----------------------------------------------------------------------------

    def unit_count(self) -> int:
        """Rows that are business units (the rest are totals)."""
        return len(self.matrix.units) if self.matrix else 0

    def offering_count(self) -> int:
        """Columns that are offerings (the rest are totals)."""
        return len(self.matrix.offerings) if self.matrix else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.isValid() or not self.unit_count() or not self.offering_count():
            return 0
        return self.unit_count() + self.TOTAL_COUNT

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.isValid() or not self.unit_count() or not self.offering_count():
            return 0
        return self.offering_count() + self.TOTAL_COUNT

    def cell_at(self, index: Index) -> CellRow | None:
        """The cell at this index (None for a total, or outside the grid)."""
        if self.matrix is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if row >= self.unit_count() or column >= self.offering_count():
            return None
        return self.matrix.cell(self.matrix.units[row].id, self.matrix.offerings[column].id)

    def index_of(self, unit_id: int, offering_id: int) -> QModelIndex:
        """The index of a cell (invalid when the unit or offering is not shown)."""
        if self.matrix is None:
            return QModelIndex()
        rows = [u.id for u in self.matrix.units]
        columns = [o.id for o in self.matrix.offerings]
        if unit_id not in rows or offering_id not in columns:
            return QModelIndex()
        return self.index(rows.index(unit_id), columns.index(offering_id))

    # -- data ------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.matrix is None or not index.isValid():
            return None
        cell = self.cell_at(index)
        if cell is not None:
            return self._cell_data(cell, role)
        return self._total_data(index.row(), index.column(), role)

    def _cell_data(self, cell: CellRow, role: int) -> Any:
        style = STATUS_STYLES[cell.status]
        if role == Qt.ItemDataRole.DisplayRole:
            value = format_compact(cell.estimated_value)
            return f"{style.symbol} {value}" if value else style.symbol
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(style.fill)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(style.ink)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._cell_tooltip(cell)
        if role == CELL_ROLE:
            return cell
        return None

    def _cell_tooltip(self, cell: CellRow) -> str:
        lines = [status_label(cell.status)]
        if cell.estimated_value is not None:
            lines.append(
                self.tr("Estimated value: %1 a year").replace(
                    "%1", format_money(cell.estimated_value, self.currency_symbol)
                )
            )
        if cell.status is CellStatus.COMPETITOR and cell.competitor:
            lines.append(self.tr("Competitor: %1").replace("%1", cell.competitor))
        if cell.note:
            lines.append(cell.note)
        return "\n".join(lines)

    def _total(self, row: int, column: int) -> Decimal | None:
        """The total at a total row or column (None where a total row meets a total column)."""
        units, offerings = self.unit_count(), self.offering_count()
        assert self.matrix is not None
        if row < units:  # a total column of a unit row
            active, potential = self._unit_totals.get(self.matrix.units[row].id, (None, None))
            return active if column == offerings else potential
        kind = row - units  # 0: active, 1: potential
        if column < offerings:
            pair = self._offering_totals.get(self.matrix.offerings[column].id)
            return pair[kind] if pair else None
        if column - offerings == kind:  # the grand totals sit on the diagonal
            totals = self.matrix.totals
            return totals.active_value if kind == 0 else totals.potential_value
        return None

    def _total_data(self, row: int, column: int, role: int) -> Any:
        total = self._total(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return format_compact(total) if total is not None else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor("#f3f5f8")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return format_money(total, self.currency_symbol) if total is not None else None
        if role == TOTAL_ROLE:
            return total
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.matrix is None:
            return None
        horizontal = orientation == Qt.Orientation.Horizontal
        count = self.offering_count() if horizontal else self.unit_count()
        if role == Qt.ItemDataRole.DisplayRole:
            if section < count:
                if horizontal:
                    return self.matrix.offerings[section].name
                return self.matrix.units[section].name
            kind = section - count
            if horizontal:
                return self.tr("Active total") if kind == 0 else self.tr("Potential total")
            return self.tr("Active total") if kind == 0 else self.tr("Potential total")
        if role == Qt.ItemDataRole.ToolTipRole and section < count:
            if horizontal:
                offering = self.matrix.offerings[section]
                tip = offering.name
                if offering.category:
                    tip += f"\n{offering.category}"
                if offering.list_price is not None:
                    tip += "\n" + self.tr("List price: %1").replace(
                        "%1", format_money(offering.list_price, self.currency_symbol)
                    )
                return tip
            unit = self.matrix.units[section]
            return f"{unit.name}\n{unit.notes}" if unit.notes else unit.name
        if role == Qt.ItemDataRole.FontRole and section >= count:
            font = QFont()
            font.setBold(True)
            return font
        return None

