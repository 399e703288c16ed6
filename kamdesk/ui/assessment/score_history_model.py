"""The table of an account's dated scores (the scorecard's history), and the words for the
six criteria."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from kamdesk.domain.enums import Criterion
from kamdesk.services.assessment.scorecard_editing import ScoreRecord
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.common.row_table_model import Column, RowTableModel

__all__ = ["Criterion", "ScoreHistoryModel", "ScoreRecord", "criterion_label"]


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


class ScoreHistoryModel(RowTableModel):
    """Rows of stored scores (plain :class:`ScoreRecord`), newest first as given.

    Column 0's edit role holds the criterion's stable value: the tab filters by it.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column("criterion", self.tr("Criterion"), criterion_label, editor="",
                       sort_key=lambda record: criterion_label(record.criterion)),
                Column("scored_on", self.tr("Scored on"), show_date, editor=""),
                Column("value", self.tr("Score"), self._score_text, editor="",
                       align_right=True),
                Column("note", self.tr("Note"), editor=""),
            ],
            parent,
        )

    def _score_text(self, value: int) -> str:
        return self.tr("%1 of 5").replace("%1", QLocale().toString(value))
