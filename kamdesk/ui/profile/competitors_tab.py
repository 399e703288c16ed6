"""The Competitors tab: the customer's competitors, and ours at this account."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import CompetitorKind
from kamdesk.services.profile.account_details_editing import (
    add_competitor,
    delete_detail,
    list_competitors,
    update_competitor,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.detail_table import DetailTable
from kamdesk.ui.common.enum_labels import competitor_kinds, unused_name
from kamdesk.ui.common.row_table_model import Column
from kamdesk.ui.common.workspace_tab import WorkspaceTab


class CompetitorsTab(WorkspaceTab):
    """A table of competitors: name, whose competitor, strengths, notes."""

    area = "competitors"
    kinds = frozenset({DataKind.COMPETITORS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db = context.db
        columns = [
            Column("name", self.tr("Name")),
            Column("kind", self.tr("Whose competitor"), editor="choice",
                   choices=competitor_kinds),
            Column("strengths", self.tr("Strengths")),
            Column("notes", self.tr("Notes (internal)")),
        ]
        self.table = DetailTable(
            context,
            columns,
            DataKind.COMPETITORS,
            self.tr("competitor"),
            lambda: add_competitor(
                db, self.table.require_account(),
                {"name": self._new_name(), "kind": CompetitorKind.CUSTOMERS},
            ),
            lambda row_id, seen, values: update_competitor(db, row_id, seen, values),
            lambda row_id, seen: delete_detail(db, "competitor", row_id, seen),
        )
        self.table.set_title(self.tr("Competitors"))
        self.table.view.setColumnWidth(0, 200)
        self.table.view.setColumnWidth(1, 190)
        self.table.view.setColumnWidth(2, 300)
        hint = QLabel(
            self.tr("Their competitors in their market, and ours for this account's business. "
                    "Notes stay internal: the client version of the plan leaves them out.")
        )
        hint.setObjectName("sectionHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def title(self) -> str:
        return self.tr("Competitors")

    def reload(self) -> None:
        rows = list_competitors(self.context.db, self.account_id) if self.account_id else []
        self.table.set_rows(self.account_id, rows)

    def _new_name(self) -> str:
        return unused_name(self.tr("New competitor"), {r.name for r in self.table.model.rows()})
