"""The table of an account's dated scores (the scorecard's history), and the words for the
six criteria."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kamdesk.domain.enums import Criterion
from kamdesk.services.assessment.scorecard_editing import ScoreRecord
from kamdesk.ui.common.portfolio_texts import date_text

CRITERION_ROLE = Qt.ItemDataRole.UserRole + 1  # the criterion's stable value, for filtering
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts correctly (dates, numbers)

Index = QModelIndex | QPersistentModelIndex


def criterion_label(criterion: Criterion) -> str:
    """The criterion's name as the user reads it (translated)."""
    labels = {
        Criterion.REVENUE_SHARE: QCoreApplication.translate("Criterion", "Share of our revenue"),
        Criterion.CLV: QCoreApplication.translate("Criterion", "Customer lifetime value"),
        Criterion.TAILORED_SERVICE: QCoreApplication.translate(
            "Criterion", "Demand for tailored services"
        ),
        Criterion.GROWTH_POTENTIAL: QCoreApplication.translate("Criterion", "Growth potential"),
        Criterion.CREDIBILITY: QCoreApplication.translate(
            "Criterion", "Credibility in the industry"
        ),
        Criterion.RELATIONSHIP: QCoreApplication.translate("Criterion", "Strength of relationship"),
    }
    return labels[criterion]


class ScoreHistoryModel(QAbstractTableModel):
    """Rows of stored scores (plain :class:`ScoreRecord`), newest first as given."""

    COLUMNS = ("criterion", "scored_on", "value", "note")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ScoreRecord] = []

    def set_rows(self, rows: list[ScoreRecord]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (self.tr("Criterion"), self.tr("Scored on"), self.tr("Score"), self.tr("Note"))[
            section
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == CRITERION_ROLE:
            return record.criterion.value
        if role == SORT_ROLE:
            sort_keys = {
                "criterion": criterion_label(record.criterion),
                "scored_on": record.scored_on.isoformat(),
                "value": record.value,
                "note": record.note,
            }
            return sort_keys[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "criterion":
                return criterion_label(record.criterion)
            if column == "scored_on":
                return date_text(record.scored_on)
            if column == "value":
                return self.tr("%1 of 5").replace("%1", QLocale().toString(record.value))
            return record.note
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "value":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
