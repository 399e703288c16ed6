"""Qt models of the Opportunities tab: the opportunities table (a :class:`RowTableModel`)
and the pipeline by quarter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from kamdesk.domain import palette
from kamdesk.domain.enums import OpportunityStatus, OpportunityType
from kamdesk.domain.whitespace_figures import QuarterPipeline
from kamdesk.services.growth.opportunity_editing import OpportunityRow
from kamdesk.ui.common.money_text import format_money
from kamdesk.ui.common.row_table_model import Column, RowTableModel

Index = QModelIndex | QPersistentModelIndex

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


# The table's columns by name, in order.
OPPORTUNITY_COLUMNS = (
    "title", "type", "offering", "unit", "value", "probability", "stage", "expected_close",
    "status",
)


class OpportunityTableModel(RowTableModel):
    """One row per opportunity, read-only; sorted and filtered through a proxy.

    Won deals show in green, lost ones in grey; a lost deal's status says why.
    """

    def __init__(self, currency_symbol: Callable[[], str], parent: QObject | None = None) -> None:
        def notes(row: OpportunityRow) -> str | None:
            return row.notes or None

        super().__init__(
            [
                Column("title", self.tr("Opportunity"), editor="",
                       row_tooltip=lambda row: row.title + (f"\n{row.notes}" if row.notes else "")),
                Column("type", self.tr("Type"), type_label, editor="", row_tooltip=notes,
                       sort_key=lambda row: type_label(row.type)),
                Column("offering", self.tr("Offering"), editor="", row_tooltip=notes),
                Column("unit", self.tr("Business unit"), editor="", row_tooltip=notes),
                Column("value", self.tr("Value"),
                       lambda value: format_money(value, currency_symbol()), editor="",
                       align_right=True, row_tooltip=notes, sort_key=lambda row: float(row.value)),
                Column("probability", self.tr("Probability"),
                       lambda value: QLocale().toString(value) + " %", editor="",
                       align_right=True, row_tooltip=notes),
                Column("stage", self.tr("Stage"), editor="", row_tooltip=notes),
                Column("expected_close", self.tr("Expected close"), editor="", row_tooltip=notes,
                       # No date yet: after every date.
                       sort_key=lambda row: row.expected_close or date.max),
                Column("status", self.tr("Status"), editor="", row_display=self._status,
                       sort_key=self._status,
                       row_tooltip=lambda row: (
                           self._status(row) if row.lost_reason else notes(row))),
            ],
            parent,
            row_colour=self._closed_in_colour,
        )
        assert tuple(column.field for column in self.columns) == OPPORTUNITY_COLUMNS

    def _status(self, row: OpportunityRow) -> str:
        text = status_text(row.status)
        if row.status is OpportunityStatus.LOST and row.lost_reason:
            return self.tr("%1 – %2").replace("%1", text).replace("%2", row.lost_reason)
        return text

    @staticmethod
    def _closed_in_colour(row: OpportunityRow) -> QColor | None:
        if row.status is OpportunityStatus.OPEN:
            return None
        return QColor(palette.GREEN if row.status is OpportunityStatus.WON else palette.GREY)


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
            return QColor(palette.BLUE)
        return None
