"""The rows of "Personal data to review": each person due under the retention period.

Rows are the plain :class:`RetentionCandidate` values the service returns. A row reads
"name — account" over its reason ("left on …", "account inactive since …"), in two lines,
because the dashboard's list is narrow.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kamdesk.domain.retention import RetentionReason
from kamdesk.services.stakeholders.retention import RetentionCandidate
from kamdesk.ui.common.portfolio_texts import date_text

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # the stakeholder id
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # the account id, to open it

Index = QModelIndex | QPersistentModelIndex


class RetentionListModel(QAbstractListModel):
    """Read-only, selectable rows of people due for review."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RetentionCandidate, ...] = ()

    def set_candidates(self, candidates: tuple[RetentionCandidate, ...]) -> None:
        """Replace every row (unless they are the same: the list is read again after every
        edit, and a reset makes the view measure each of thousands of wrapped rows again)."""
        if tuple(candidates) == self._rows:
            return
        self.beginResetModel()
        self._rows = tuple(candidates)
        self.endResetModel()

    def candidate(self, row: int) -> RetentionCandidate:
        """The person of one row."""
        return self._rows[row]

    def reason_text(self, candidate: RetentionCandidate) -> str:
        """Why the person is listed, in the user's language."""
        if candidate.reason is RetentionReason.LEFT:
            return self.tr("left on %1").replace("%1", date_text(candidate.since))
        return self.tr("account inactive since %1").replace("%1", date_text(candidate.since))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (self.tr("%1 — %2").replace("%1", row.name).replace("%2", row.account_name)
                    + "\n" + self.reason_text(row))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("%1 at %2, %3").replace("%1", row.name).replace(
                "%2", row.account_name).replace("%3", self.reason_text(row))
        if role == PERSON_ROLE:
            return row.stakeholder_id
        if role == ACCOUNT_ROLE:
            return row.account_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren)
