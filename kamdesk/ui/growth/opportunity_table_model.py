"""Qt models of the Opportunities tab: the opportunities table and the pipeline by quarter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kamdesk.domain.enums import OpportunityStatus, OpportunityType
from kamdesk.domain.whitespace_figures import QuarterPipeline
from kamdesk.services.growth.opportunity_editing import OpportunityRow
from kamdesk.ui.common.money_text import format_money
from kamdesk.ui.common.qt_dates import show_date

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

TYPE_LABELS: dict[OpportunityType, object] = {
    OpportunityType.CROSS_SELL: QT_TRANSLATE_NOOP("OpportunityType", "Cross-sell"),
    OpportunityType.UPSELL: QT_TRANSLATE_NOOP("OpportunityType", "Upsell"),
    OpportunityType.RENEWAL: QT_TRANSLATE_NOOP("OpportunityType", "Renewal"),
    OpportunityType.NEW_BUSINESS: QT_TRANSLATE_NOOP("OpportunityType", "New business"),
}
STATUS_LABELS: dict[OpportunityStatus, object] = {
    OpportunityStatus.OPEN: QT_TRANSLATE_NOOP("OpportunityStatus", "Open"),
    OpportunityStatus.WON: QT_TRANSLATE_NOOP("OpportunityStatus", "Won"),
    OpportunityStatus.LOST: QT_TRANSLATE_NOOP("OpportunityStatus", "Lost"),
}


def type_label(kind: OpportunityType) -> str:
    """The translated name of an opportunity type."""
    return QCoreApplication.translate("OpportunityType", str(TYPE_LABELS[kind]))


def status_text(status: OpportunityStatus) -> str:
    """The translated name of an opportunity status."""
    return QCoreApplication.translate("OpportunityStatus", str(STATUS_LABELS[status]))


class OpportunityTableModel(QAbstractTableModel):
    """One row per opportunity; sorted and filtered through a proxy (``SORT_ROLE``)."""

    COLUMNS = (
        "title", "type", "offering", "unit", "value", "probability", "stage",
        "expected_close", "status",
    )

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OpportunityRow] = []
        self.currency_symbol = "€"

    def set_rows(self, rows: list[OpportunityRow], currency_symbol: str = "€") -> None:
        """Show these opportunities."""
        self.beginResetModel()
        self.rows = list(rows)
        self.currency_symbol = currency_symbol
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [
            self.tr("Opportunity"), self.tr("Type"), self.tr("Offering"),
            self.tr("Business unit"), self.tr("Value"), self.tr("Probability"),
            self.tr("Stage"), self.tr("Expected close"), self.tr("Status"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        name = self.COLUMNS[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, name)
        if role == SORT_ROLE:
            return self._sort_key(row, name)
        if role == Qt.ItemDataRole.TextAlignmentRole and name in ("value", "probability"):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and row.status is not OpportunityStatus.OPEN:
            return QColor("#1b5e20") if row.status is OpportunityStatus.WON else QColor("#777777")
        if role == Qt.ItemDataRole.ToolTipRole:
            if name == "status" and row.lost_reason:
                return self._text(row, name)
            if name == "title":
                return row.title + (f"\n{row.notes}" if row.notes else "")
            return row.notes or None
        return None

    def _text(self, row: OpportunityRow, name: str) -> str:
        locale = QLocale()
        if name == "type":
            return type_label(row.type)
        if name == "value":
            return format_money(row.value, self.currency_symbol)
        if name == "probability":
            return locale.toString(row.probability) + " %"
        if name == "expected_close":
            return show_date(row.expected_close)
        if name == "status":
            text = status_text(row.status)
            if row.status is OpportunityStatus.LOST and row.lost_reason:
                return self.tr("%1 – %2").replace("%1", text).replace("%2", row.lost_reason)
            return text
        value = getattr(row, name)
        return "" if value is None else str(value)

    def _sort_key(self, row: OpportunityRow, name: str) -> Any:
        if name == "value":
            return float(row.value)
        if name == "probability":
            return row.probability
        if name == "expected_close":
            return row.expected_close.isoformat() if row.expected_close else "9999"
        return self._text(row, name).casefold()


class QuarterPipelineModel(QAbstractTableModel):
    """The weighted open pipeline per fiscal quarter of expected close, with a bar."""

    def __init__(self) -> None:
        super().__init__()
        self.quarters: list[QuarterPipeline] = []
        self.currency_symbol = "€"

    def set_quarters(self, quarters: list[QuarterPipeline], currency_symbol: str = "€") -> None:
        """Show these quarters."""
        self.beginResetModel()
        self.quarters = list(quarters)
        self.currency_symbol = currency_symbol
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.quarters)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = [self.tr("Quarter"), self.tr("Weighted"), ""]
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.quarters):
            return None
        quarter = self.quarters[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return self.tr("FY %1 Q%2").replace("%1", str(quarter.year)).replace(
                    "%2", str(quarter.quarter)
                )
            if index.column() == 1:
                return format_money(quarter.weighted, self.currency_symbol)
            # A bar of block characters: the share of the largest quarter, readable in print.
            largest = max(q.weighted for q in self.quarters) or 1
            return "█" * max(1, round(float(quarter.weighted / largest) * 12))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2:
            return QColor("#4a78b5")
        return None
