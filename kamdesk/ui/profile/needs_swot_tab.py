"""The Needs & SWOT tab: the customer's needs with our response, and the SWOT analysis."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QSplitter, QVBoxLayout, QWidget

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
            "needs",
            self.tr("need"),
            lambda account_id: add_need(
                db, account_id, {"title": self.tr("New need"), "priority": Priority.MEDIUM}
            ),
            lambda row_id, version, values: update_need(db, row_id, version, values),
            lambda row_id, version: delete_detail(db, "need", row_id, version),
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

    def watched_areas(self) -> tuple[str, ...]:
        return ("needs", "swot", "needs_swot")

    def quadrant(self, title_index: int) -> SwotQuadrant:
        """Strengths (0), weaknesses (1), opportunities (2) or threats (3)."""
        return self.quadrants[title_index]

    def reload(self) -> None:
        db = self.context.db
        if self.account_id is None:
            self.needs.set_rows(None, [])
            for quadrant in self.quadrants:
                quadrant.set_rows(None, [])
            return
        self.needs.set_rows(self.account_id, list_needs(db, self.account_id))
        swot = list_swot(db, self.account_id)
        for quadrant in self.quadrants:
            quadrant.set_rows(self.account_id, swot)
