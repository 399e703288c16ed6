"""Qt models of the Buying centers tab: the list of centers and the members of one.

Both hold plain rows from :mod:`kamdesk.services.stakeholders.buying_center_editing`;
the member table is a :class:`RowTableModel` whose role column is a choice of the six roles.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kamdesk.domain.enums import BuyingRole
from kamdesk.services.stakeholders.buying_center_editing import BuyingCenterRow, MemberRow
from kamdesk.ui.common.row_table_model import Column, RowTableModel
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


class MemberTableModel(RowTableModel):
    """The members of one buying center; the role of a member still there can be changed.

    A changed role is handed to ``role_edited`` (the tab turns it into an undoable command);
    the role editor lists the six roles, so no role outside the vocabulary can be typed.
    """

    def __init__(
        self,
        role_edited: Callable[[MemberRow, BuyingRole], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            [
                Column("name", self.tr("Name"), editor="", row_display=self._name),
                Column("title", self.tr("Title"), editor=""),
                Column("role", self.tr("Role"), role_label, editor="choice",
                       choices=lambda: [(role_label(r), r) for r in BuyingRole],
                       editable=lambda member: not member.left,
                       tooltip=self.tr("Double-click to change the role.")),
                Column("attitude", self.tr("Attitude"), attitude_label, editor="",
                       decoration=lambda member: ATTITUDE_COLOURS[member.attitude]),
                Column("influence", self.tr("Influence"), _dots, editor=""),
                Column("owner", self.tr("Owner"), lambda owner: owner or self.tr("nobody"),
                       editor=""),
                Column("last_contact", self.tr("Last contact"), editor="",
                       row_display=_last_contact,
                       decoration=lambda member: FRESHNESS_COLOURS[member.freshness]),
            ],
            parent,
        )
        if role_edited is not None:
            self.edit_requested.connect(
                lambda member, _field, role: role_edited(member, BuyingRole(role))
            )

    def set_members(self, members: Sequence[MemberRow]) -> None:
        """Show these members."""
        self.set_rows(members)

    def member_at(self, row: int) -> MemberRow:
        """The member in a row."""
        member: MemberRow = self.row_at(row)
        return member

    def _name(self, member: MemberRow) -> str:
        return self.tr("%1 (left)").replace("%1", member.name) if member.left else member.name


def _dots(influence: int) -> str:
    return "●" * influence + "○" * (5 - influence)


def _last_contact(member: MemberRow) -> str:
    if member.last_contact is None:
        return freshness_label("never")
    return short_date(member.last_contact)
