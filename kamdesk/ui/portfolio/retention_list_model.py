"""The rows of "Personal data to review": each person due under the retention period.

Rows are the plain :class:`RetentionCandidate` values the service returns. A row reads
"name — account" over its reason ("left on …", "account inactive since …"), in two lines,
because the dashboard's list is narrow.

Like the dashboard's other lists, a long list is handed to the view a page at a time
(``canFetchMore``/``fetchMore``): the view measures every wrapped row it is given, and
thousands of people on a large portfolio cost about a second of the dashboard's first fill.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from kamdesk.domain.retention import RetentionReason
from kamdesk.services.stakeholders.retention import RetentionCandidate
from kamdesk.ui.common.qt_dates import show_date

PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # the stakeholder id
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 2  # the account id, to open it
PAGE = 200  # rows handed to the view at a time

Index = QModelIndex | QPersistentModelIndex


class RetentionListModel(QAbstractListModel):
    """Read-only, selectable rows of people due for review."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RetentionCandidate, ...] = ()  # every person
        self._shown = 0  # how many of them the view has been given

    def set_candidates(self, candidates: tuple[RetentionCandidate, ...]) -> None:
        """Replace every row (unless they are the same: the list is read again after every
        edit, and a reset makes the view measure each of thousands of wrapped rows again)."""
        if tuple(candidates) == self._rows:
            return
        self.beginResetModel()
        self._rows = tuple(candidates)
        self._shown = min(len(self._rows), PAGE)
        self.endResetModel()

    def total(self) -> int:
        """How many people are listed, handed to the view or not."""
        return len(self._rows)

    def fetch_all(self) -> None:
        """Give the view every row (before selecting them all)."""
        while self.canFetchMore():
            self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        end = min(self._shown + PAGE, len(self._rows))
        self.beginInsertRows(QModelIndex(), self._shown, end - 1)
        self._shown = end
        self.endInsertRows()

    def candidate(self, row: int) -> RetentionCandidate:
        """The person of one row."""
        return self._rows[row]

    def reason_text(self, candidate: RetentionCandidate) -> str:
        """Why the person is listed, in the user's language."""
        if candidate.reason is RetentionReason.LEFT:
            return self.tr("left on %1").replace("%1", show_date(candidate.since))
        return self.tr("account inactive since %1").replace("%1", show_date(candidate.since))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
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
