"""The Needs & SWOT tab: the customer's needs with our response, and the SWOT analysis."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QSplitter, QVBoxLayout, QWidget

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.domain.enums import Priority
from kamdesk.services.profile.account_details_editing import (
    add_need,
    delete_detail,
    list_needs,
    list_swot,
    update_need,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.detail_table import DetailTable
from kamdesk.ui.common.enum_labels import priorities, swot_titles
from kamdesk.ui.common.row_table_model import Column
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.profile.swot_quadrant import SwotQuadrant


class NeedsSwotTab(WorkspaceTab):
    """Needs and pain points above, the four SWOT quadrants (2 × 2) below."""

    area = "needs_swot"
    kinds = frozenset({DataKind.NEEDS, DataKind.SWOT})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db = context.db
        columns = [
            Column("title", self.tr("Need or pain point")),
            Column("priority", self.tr("Priority"), editor="choice", choices=priorities),
            Column("description", self.tr("Description")),
            Column("our_response", self.tr("Our response")),
        ]
        self.needs = DetailTable(
            context,
            columns,
            DataKind.NEEDS,
            self.tr("need"),
            lambda: add_need(
                db, self.needs.require_account(),
                {"title": self.tr("New need"), "priority": Priority.MEDIUM},
            ),
            lambda row_id, seen, values: update_need(db, row_id, seen, values),
            lambda row_id, seen: delete_detail(db, "need", row_id, seen),
        )
        self.needs.set_title(self.tr("Needs and pain points"))
        self.needs.view.setColumnWidth(0, 230)
        self.needs.view.setColumnWidth(1, 90)
        self.needs.view.setColumnWidth(2, 260)
        self.quadrants = [SwotQuadrant(context, kind, title) for title, kind in swot_titles()]
        swot = QWidget()
        grid = QGridLayout(swot)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for number, quadrant in enumerate(self.quadrants):
            grid.addWidget(quadrant, number // 2, number % 2)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.needs)
        splitter.addWidget(swot)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 4, 4)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("Needs && SWOT")  # "&&": a tab title's "&" would mark a shortcut

    def quadrant(self, title_index: int) -> SwotQuadrant:
        """Strengths (0), weaknesses (1), opportunities (2) or threats (3)."""
        return self.quadrants[title_index]

    def reload(self) -> None:
        self._reload_needs()
        self._reload_swot()

    def apply_change(self, change: Change) -> None:
        """A need changed: the needs table; a SWOT entry: the quadrants."""
        if change.kind is DataKind.NEEDS:
            self._reload_needs()
        elif change.kind is DataKind.SWOT:
            self._reload_swot()
        else:
            self.reload()

    def _reload_needs(self) -> None:
        rows = list_needs(self.context.db, self.account_id) if self.account_id else []
        self.needs.set_rows(self.account_id, rows)

    def _reload_swot(self) -> None:
        swot = list_swot(self.context.db, self.account_id) if self.account_id else []
        for quadrant in self.quadrants:
            quadrant.set_rows(self.account_id, swot)
