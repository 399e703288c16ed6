"""The stakeholder table: a read-only Qt model over plain rows, and its filter proxy.

The model holds :class:`~kamdesk.services.stakeholders.stakeholder_facts.StakeholderRow`
objects (never
ORM rows) and only presents them: edits go through the form and the undo stack. Each cell
also gives a sort key (``SORT_ROLE``), so dates and scores sort as values, not as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from kamdesk.services.stakeholders.stakeholder_facts import StakeholderRow
from kamdesk.ui.stakeholders.stakeholder_palette import (
    ATTITUDE_COLOURS,
    FRESHNESS_COLOURS,
    attitude_label,
    freshness_label,
    role_label,
    short_date,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

ModelIndex = QModelIndex | QPersistentModelIndex

(NAME, TITLE, DEPARTMENT, REPORTS_TO, ATTITUDE, INFLUENCE, STRENGTH, OWNER, LAST_CONTACT,
 BUYING_CENTERS) = range(10)
LEFT_COLOUR = QColor("#8c959f")


class StakeholderTableModel(QAbstractTableModel):
    """The stakeholders of one account, one row per person (people who left included)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[StakeholderRow] = []
        self._headers = [
            self.tr("Name"),
            self.tr("Title"),
            self.tr("Department"),
            self.tr("Reports to"),
            self.tr("Attitude"),
            self.tr("Influence"),
            self.tr("Strength"),
            self.tr("Owner"),
            self.tr("Last contact"),
            self.tr("Buying centers"),
        ]

    def set_rows(self, rows: Sequence[StakeholderRow]) -> None:
        """Show these rows (a reload replaces everything; selection is restored by id)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[StakeholderRow]:
        """The rows shown, in model order."""
        return list(self._rows)

    def row_of(self, stakeholder_id: int) -> int:
        """The model row of a person (-1: not shown)."""
        for index, row in enumerate(self._rows):
            if row.id == stakeholder_id:
                return index
        return -1

    def stakeholder_at(self, row: int) -> StakeholderRow:
        """The person in a model row."""
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(person, column)
        if role == SORT_ROLE:
            return self._sort_key(person, column)
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.DecorationRole:
            if column == ATTITUDE:
                return ATTITUDE_COLOURS[person.attitude]
            if column == LAST_CONTACT:
                return FRESHNESS_COLOURS[person.freshness]
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if person.has_left:
                return LEFT_COLOUR
            if column == LAST_CONTACT and person.freshness == "stale":
                return FRESHNESS_COLOURS["stale"]
            return None
        if role == Qt.ItemDataRole.FontRole and person.has_left:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (INFLUENCE, STRENGTH):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, person: StakeholderRow, column: int) -> str:
        locale = QLocale()
        if column == NAME:
            return person.name
        if column == TITLE:
            return person.title
        if column == DEPARTMENT:
            return person.department
        if column == REPORTS_TO:
            return person.reports_to or ""
        if column == ATTITUDE:
            return attitude_label(person.attitude)
        if column == INFLUENCE:
            return "●" * person.influence + "○" * (5 - person.influence)
        if column == STRENGTH:
            return locale.toString(person.relationship_strength)
        if column == OWNER:
            return person.owner or ""
        if column == LAST_CONTACT:
            if person.last_contact is None:
                return freshness_label("never")
            return short_date(person.last_contact)
        return ", ".join(
            self.tr("%1 (%2)").replace("%1", role.name).replace("%2", role_label(role.role))
            for role in person.buying_centers
        )

    def _sort_key(self, person: StakeholderRow, column: int) -> Any:
        if column == ATTITUDE:
            return list(ATTITUDE_COLOURS).index(person.attitude)
        if column == INFLUENCE:
            return person.influence
        if column == STRENGTH:
            return person.relationship_strength
        if column == LAST_CONTACT:
            return person.last_contact.toordinal() if person.last_contact else 0
        return self._display(person, column).casefold()

    def _tooltip(self, person: StakeholderRow, column: int) -> str | None:
        if person.has_left and person.left_on is not None:
            return self.tr("Left the company on %1; kept for the history, not on the map.").replace(
                "%1", short_date(person.left_on)
            )
        if column == LAST_CONTACT:
            return self.tr("Contact is %1.").replace("%1", freshness_label(person.freshness))
        if column == INFLUENCE:
            return self.tr("Influence %1 of 5").replace("%1", str(person.influence))
        return None


class StakeholderFilterProxy(QSortFilterProxyModel):
    """Filters the table by a search text (any column) and hides people who left on request."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._show_left = True
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_search_text(self, text: str) -> None:
        """Show only people with this text in any column (ignoring case)."""
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_left(self, show: bool) -> None:
        """Show or hide people who left the company."""
        self.beginFilterChange()
        self._show_left = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, StakeholderTableModel):
            return True
        person = model.stakeholder_at(source_row)
        if person.has_left and not self._show_left:
            return False
        if not self._text:
            return True
        return any(
            self._text in str(model.index(source_row, column).data() or "").casefold()
            for column in range(model.columnCount())
        )
