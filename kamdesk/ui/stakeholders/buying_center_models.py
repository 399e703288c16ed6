"""Qt models of the Buying centers tab: the list of centers and the members of one.

Both hold plain rows from :mod:`kamdesk.services.stakeholders.buying_center_editing`.
The member table's
role column is editable; an edit is not written here but handed to ``role_edited`` (the tab
turns it into an undoable command), and the role editor is a list of the six roles, so no
role outside the vocabulary can be typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from kamdesk.domain.enums import BuyingRole
from kamdesk.services.stakeholders.buying_center_editing import BuyingCenterRow, MemberRow
from kamdesk.ui.stakeholders.stakeholder_palette import (
    ATTITUDE_COLOURS,
    FRESHNESS_COLOURS,
    attitude_label,
    freshness_label,
    role_label,
    short_date,
)

ModelIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
(M_NAME, M_TITLE, M_ROLE, M_ATTITUDE, M_INFLUENCE, M_OWNER, M_CONTACT) = range(7)


class BuyingCenterListModel(QAbstractListModel):
    """The buying centers of an account, each with how many coverage gaps it has."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._centers: list[BuyingCenterRow] = []

    def set_centers(self, centers: Sequence[BuyingCenterRow]) -> None:
        """Show these centers."""
        self.beginResetModel()
        self._centers = list(centers)
        self.endResetModel()

    def center_at(self, row: int) -> BuyingCenterRow:
        """The center in a row."""
        return self._centers[row]

    def row_of(self, center_id: int) -> int:
        """The row of a center (-1: not shown)."""
        return next((i for i, c in enumerate(self._centers) if c.id == center_id), -1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._centers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._centers):
            return None
        center = self._centers[index.row()]
        gaps = len(center.coverage.gaps)
        if role == Qt.ItemDataRole.DisplayRole:
            if not gaps:
                return self.tr("%1 – covered").replace("%1", center.name)
            return (self.tr("%1 – 1 gap") if gaps == 1 else self.tr("%1 – %2 gaps")).replace(
                "%1", center.name).replace("%2", str(gaps))
        if role == ID_ROLE:
            return center.id
        if role == Qt.ItemDataRole.ForegroundRole and gaps:
            return FRESHNESS_COLOURS["stale"] if not center.coverage.has_known_decider else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return center.description or None
        return None


class MemberTableModel(QAbstractTableModel):
    """The members of one buying center; the role column can be changed."""

    def __init__(
        self,
        role_edited: Callable[[MemberRow, BuyingRole], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._members: list[MemberRow] = []
        self._role_edited = role_edited
        self._headers = [
            self.tr("Name"), self.tr("Title"), self.tr("Role"), self.tr("Attitude"),
            self.tr("Influence"), self.tr("Owner"), self.tr("Last contact"),
        ]

    def set_members(self, members: Sequence[MemberRow]) -> None:
        """Show these members."""
        self.beginResetModel()
        self._members = list(members)
        self.endResetModel()

    def member_at(self, row: int) -> MemberRow:
        """The member in a row."""
        return self._members[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == M_ROLE and not self._members[index.row()].left:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._members):
            return None
        member = self._members[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == M_ROLE and role == Qt.ItemDataRole.EditRole:
                return member.role.value
            return self._display(member, column)
        if role == ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.DecorationRole:
            if column == M_ATTITUDE:
                return ATTITUDE_COLOURS[member.attitude]
            if column == M_CONTACT:
                return FRESHNESS_COLOURS[member.freshness]
        if role == Qt.ItemDataRole.ToolTipRole and column == M_ROLE:
            return self.tr("Double-click to change the role.")
        return None

    def _display(self, member: MemberRow, column: int) -> str:
        if column == M_NAME:
            return self.tr("%1 (left)").replace("%1", member.name) if member.left else member.name
        if column == M_TITLE:
            return member.title
        if column == M_ROLE:
            return role_label(member.role)
        if column == M_ATTITUDE:
            return attitude_label(member.attitude)
        if column == M_INFLUENCE:
            return "●" * member.influence + "○" * (5 - member.influence)
        if column == M_OWNER:
            return member.owner or self.tr("nobody")
        if member.last_contact is None:
            return freshness_label("never")
        return short_date(member.last_contact)

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != M_ROLE or role != Qt.ItemDataRole.EditRole:
            return False
        member = self._members[index.row()]
        new_role = BuyingRole(value)
        if new_role == member.role or self._role_edited is None:
            return False
        # The tab's command writes and reloads; the reload resets this model with the value.
        self._role_edited(member, new_role)
        return True


class RoleDelegate(QStyledItemDelegate):
    """Edits a member's role with a list of the six roles."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for role in BuyingRole:
            combo.addItem(role_label(role), role.value)
        return combo

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
