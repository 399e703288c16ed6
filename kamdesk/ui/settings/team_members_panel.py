"""Our team in the settings: name, role, e-mail, capacity, active; add and remove people.

Removing a person also removes their roles on account teams and leaves the accounts they
owned without an owner: the confirmation says how many, and Ctrl+Z brings all of it back.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.settings.settings_reads import TeamMemberRow
from kamdesk.services.settings.team_and_settings import (
    add_team_member,
    delete_team_member,
    list_team_members,
    team_member_dependents,
    update_team_member,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.detail_table import DetailTable
from kamdesk.ui.common.enum_labels import unused_name
from kamdesk.ui.common.row_table_model import Column


class TeamMembersPanel(QWidget):
    """The team table of the settings dialog (edits go on the global undo stack)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        db = context.db
        yes_no = [(self.tr("Yes"), True), (self.tr("No"), False)]
        columns = [
            Column("name", self.tr("Name")),
            Column("role", self.tr("Role")),
            Column("email", self.tr("E-mail")),
            Column("capacity", self.tr("Capacity (key accounts)"), editor="number"),
            Column("active", self.tr("Active"), editor="choice", choices=lambda: yes_no),
        ]
        self.table = DetailTable(
            context,
            columns,
            DataKind.TEAM,
            self.tr("team member"),
            lambda: add_team_member(db, {"name": self._new_name()}),
            lambda row_id, version, values: update_team_member(db, row_id, version, values),
            lambda row_id, version: delete_team_member(db, row_id, version),
            confirm_delete=self._confirm,
        )
        self.table.set_title(self.tr("Our people"))
        self.table.view.setColumnWidth(0, 190)
        self.table.view.setColumnWidth(1, 220)
        self.table.view.setColumnWidth(2, 230)
        self.table.view.setColumnWidth(3, 150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.table)
        context.changed.connect(self._on_change)
        self.reload()

    def reload(self) -> None:
        """Read the team again."""
        self.table.set_rows(None, list_team_members(self.context.db))

    def _on_change(self, change: Change) -> None:
        if change.kind in (DataKind.TEAM, DataKind.EVERYTHING):
            self.reload()

    def _new_name(self) -> str:
        return unused_name(self.tr("New colleague"), {r.name for r in self.table.model.rows()})

    def _confirm(self, row: TeamMemberRow) -> bool:
        found = team_member_dependents(self.context.db, row.id)
        details: list[str] = []
        if found.team_roles == 1:
            details.append(self.tr("This also removes their role on an account team."))
        elif found.team_roles:
            details.append(
                self.tr("This also removes their %1 roles on account teams.")
                .replace("%1", str(found.team_roles))
            )
        if found.owned_accounts == 1:
            details.append(self.tr("1 account loses its owner."))
        elif found.owned_accounts:
            details.append(
                self.tr("%1 accounts lose their owner.").replace("%1", str(found.owned_accounts))
            )
        details.append(self.tr("You can undo this with Ctrl+Z."))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Remove team member"),
            self.tr("Remove %1 from the team?").replace("%1", row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(" ".join(details))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Remove"))
        return bool(box.exec() == QMessageBox.StandardButton.Yes)
