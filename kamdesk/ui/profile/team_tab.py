"""The Team tab: our people on this account, each in a role, with responsibilities."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import TeamRole
from kamdesk.services.profile.account_details_editing import (
    add_team_role,
    delete_detail,
    list_team_roles,
    update_team_role,
)
from kamdesk.services.settings.team_and_settings import list_team_members
from kamdesk.store.errors import ValidationError
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.detail_table import DetailTable
from kamdesk.ui.common.enum_labels import team_roles
from kamdesk.ui.common.row_table_model import Column
from kamdesk.ui.common.workspace_tab import WorkspaceTab


class TeamTab(WorkspaceTab):
    """Who on our side works on the account: executive sponsor, KAM, specialists …"""

    area = "team_roles"
    kinds = frozenset({DataKind.TEAM_ROLES, DataKind.TEAM})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db = context.db
        self._members: list[tuple[str, int]] = []
        columns = [
            Column("team_member_id", self.tr("Team member"), editor="choice",
                   choices=lambda: self._members),
            Column("role", self.tr("Role"), editor="choice", choices=team_roles),
            Column("responsibilities", self.tr("Responsibilities")),
        ]
        self.table = DetailTable(
            context,
            columns,
            DataKind.TEAM_ROLES,
            self.tr("team role"),
            self._add,
            lambda row_id, seen, values: update_team_role(db, row_id, seen, values),
            lambda row_id, seen: delete_detail(db, "team_role", row_id, seen),
        )
        self.table.set_title(self.tr("Account team"))
        self.table.view.setColumnWidth(0, 220)
        self.table.view.setColumnWidth(1, 190)
        hint = QLabel(
            self.tr("Our people on this account. Team members themselves are kept in "
                    "File › Settings › Team.")
        )
        hint.setObjectName("sectionHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Team")

    def reload(self) -> None:
        db = self.context.db
        self._members = [(m.name, m.id) for m in list_team_members(db)]
        rows = list_team_roles(db, self.account_id) if self.account_id else []
        self.table.set_rows(self.account_id, rows)

    def _add(self) -> int:
        """Add the first active member without a role here yet, as a specialist."""
        account_id = self.table.require_account()
        taken = {(r.team_member_id, r.role) for r in self.table.model.rows()}
        for member in list_team_members(self.context.db, active_only=True):
            for role in (TeamRole.SPECIALIST, TeamRole.KAM, TeamRole.SERVICE, TeamRole.OTHER):
                if (member.id, role) not in taken:
                    return add_team_role(
                        self.context.db, account_id, {"team_member_id": member.id, "role": role}
                    )
        raise ValidationError(
            self.tr("Add people to your team first (File › Settings › Team)."), "team_member_id"
        )
