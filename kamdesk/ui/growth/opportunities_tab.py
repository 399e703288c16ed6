"""The Opportunities tab: the account's pipeline, what it is worth, and when it may close.

A sortable, filterable table of opportunities (add, edit, delete, all undoable), the
pipeline figures of the domain module (weighted pipeline, won this fiscal year) and the
weighted pipeline per fiscal quarter. Winning an opportunity that names a business unit
and an offering offers to mark that whitespace cell active, in the same undo step.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import CellStatus, OpportunityStatus
from kamdesk.services.growth import opportunity_editing as opp
from kamdesk.services.growth.offering_catalogue import list_offerings, list_stages
from kamdesk.services.growth.whitespace_editing import get_cell, list_units
from kamdesk.services.settings.team_and_settings import load_settings
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.edit_commands import (
    USER_ERRORS,
    AddRowCommand,
    DeleteRowCommand,
    EditCommand,
    EditSequence,
    UpdateRowCommand,
    refusal_text,
)
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.row_table_model import ROW_ROLE, SORT_ROLE
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.growth.growth_figures_bar import GrowthFiguresBar
from kamdesk.ui.growth.opportunity_dialog import OpportunityDialog
from kamdesk.ui.growth.opportunity_table_model import (
    OPPORTUNITY_COLUMNS,
    OpportunityTableModel,
    QuarterPipelineModel,
)
from kamdesk.ui.growth.whitespace_commands import cell_edit


class OpportunityFilter(QSortFilterProxyModel):
    """Filters by status (open only, or all) and by text in title, offering or unit."""

    def __init__(self) -> None:
        super().__init__()
        self.open_only = False
        self.text = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, open_only: bool, text: str) -> None:
        """Apply a status and a text filter."""
        self.beginFilterChange()
        self.open_only = open_only
        self.text = text.casefold().strip()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:
        model = self.sourceModel()
        row = model.data(model.index(source_row, 0, source_parent), ROW_ROLE)
        if row is None:
            return False
        if self.open_only and row.status is not OpportunityStatus.OPEN:
            return False
        haystack = " ".join(filter(None, (row.title, row.offering, row.unit, row.stage)))
        return self.text in haystack.casefold()


class OpportunitiesTab(WorkspaceTab):
    """The account's opportunities with the pipeline figures."""

    area = "opportunities"
    # Business units and offerings are named in the table; stages and currency too.
    kinds = frozenset({
        DataKind.OPPORTUNITIES, DataKind.BUSINESS_UNITS, DataKind.CATALOGUE, DataKind.SETTINGS,
    })

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.symbol = "€"
        self.figures = GrowthFiguresBar(show_whitespace=False)
        self.model = OpportunityTableModel(lambda: self.symbol, self)
        self.proxy = OpportunityFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep the service's order
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A lost reason can be long: the status column keeps a fixed width (full text in
        # the tooltip) so the title keeps its room.
        for name, width in (("status", 140), ("offering", 150), ("unit", 150)):
            column = OPPORTUNITY_COLUMNS.index(name)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.quarters = QuarterPipelineModel()
        quarter_view = QTableView()
        quarter_view.setModel(self.quarters)
        quarter_view.verticalHeader().setVisible(False)
        quarter_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        quarter_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        quarter_view.horizontalHeader().setStretchLastSection(True)
        self.no_quarters = QLabel(self.tr("No open opportunity has an expected close yet."))
        self.no_quarters.setWordWrap(True)
        self.no_quarters.setObjectName("mutedLabel")
        quarter_box = QGroupBox(self.tr("Weighted pipeline by fiscal quarter"))
        quarter_layout = QVBoxLayout(quarter_box)
        quarter_layout.addWidget(quarter_view, 1)
        quarter_layout.addWidget(self.no_quarters)
        quarter_box.setMinimumWidth(280)
        quarter_box.setMaximumWidth(320)

        self.add_button = QPushButton(self.tr("&New opportunity…"))
        self.add_button.clicked.connect(self.add_opportunity)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All opportunities"), False)
        self.status_filter.addItem(self.tr("Open only"), True)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by title, offering, unit, stage"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        toolbar = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            toolbar.addWidget(button)
        toolbar.addSpacing(16)
        toolbar.addWidget(self.status_filter)
        toolbar.addWidget(self.search, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(toolbar)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.table, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(quarter_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.figures)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Opportunities")

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.account_id is None:
            self.model.set_rows([])
            self.quarters.set_quarters([])
            return
        db = self.context.db
        try:
            self.symbol = currency_symbol(load_settings(db).currency)
            rows = opp.list_opportunities(db, self.account_id)
            figures = opp.pipeline_figures(db, self.account_id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        self.model.set_rows(rows)
        self.quarters.set_quarters(list(figures.by_quarter), self.symbol)
        self.no_quarters.setVisible(not figures.by_quarter)
        self.figures.set_pipeline(figures, self.symbol)

    def _filter(self) -> None:
        self.proxy.set_filter(bool(self.status_filter.currentData()), self.search.text())

    def selected_row(self) -> opp.OpportunityRow | None:
        """The opportunity selected in the table."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        row = self.proxy.data(index, ROW_ROLE)
        return row if isinstance(row, opp.OpportunityRow) else None

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- editing ---------------------------------------------------------------------------

    def make_dialog(self, row: opp.OpportunityRow | None) -> OpportunityDialog:
        """The add/edit form filled with the current catalogue, units and stages."""
        assert self.account_id is not None
        db = self.context.db
        return OpportunityDialog(
            list_offerings(db), list_units(db, self.account_id), list_stages(db), row, self
        )

    def add_opportunity(self) -> None:
        """Ask for a new opportunity and add it (undoable)."""
        if self.account_id is None:
            return
        account_id = self.account_id
        dialog = self.make_dialog(None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if values is None:
            return
        db = self.context.db
        command = AddRowCommand(
            self.context,
            self.tr("Add opportunity %1").replace("%1", values["title"]),
            DataKind.OPPORTUNITIES,
            account_id,
            lambda: opp.create_opportunity(db, account_id, values),
            lambda row_id, seen: opp.delete_opportunity(db, row_id, seen),
            lambda deleted: opp.restore_deleted(db, deleted),
            origin=self,
        )
        self._say(refusal_text(self.context.push(command)))

    def edit_selected(self) -> None:
        """Edit the selected opportunity; winning one may mark its cell active."""
        row = self.selected_row()
        if row is None or self.account_id is None:
            return
        dialog = self.make_dialog(row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if values is None:
            return
        old = row.values()
        changes = {name: value for name, value in values.items() if old[name] != value}
        if changes:
            self.apply_changes(row, changes)

    def apply_changes(self, row: opp.OpportunityRow, changes: dict[str, Any]) -> None:
        """Save changes to an opportunity as one undo step (with the cell, when won)."""
        assert self.account_id is not None
        account_id = self.account_id
        db = self.context.db
        old = {name: getattr(row, name) for name in changes}
        won_now = (
            changes.get("status") is OpportunityStatus.WON
            and row.status is not OpportunityStatus.WON
        )
        unit_id = changes.get("business_unit_id", row.business_unit_id)
        offering_id = changes.get("offering_id", row.offering_id)
        mark_cell = False
        if won_now and unit_id is not None and offering_id is not None:
            cell = get_cell(db, unit_id, offering_id)
            if cell.status is not CellStatus.ACTIVE:
                answer = QMessageBox.question(
                    self,
                    self.tr("Opportunity won"),
                    self.tr("Mark this business unit's cell for the offering as active in the "
                            "whitespace matrix?"),
                )
                mark_cell = answer == QMessageBox.StandardButton.Yes
        text = self.tr("Edit opportunity %1").replace("%1", row.title)
        steps: list[EditCommand] = [UpdateRowCommand(
            self.context,
            text,
            DataKind.OPPORTUNITIES,
            account_id,
            lambda rid, seen, values: opp.update_opportunity(db, rid, seen, values),
            row.id,
            row.version,
            old,
            changes,
            origin=self,
        )]
        if mark_cell and unit_id is not None and offering_id is not None:
            cell = get_cell(db, unit_id, offering_id)
            steps.append(cell_edit(self.context, self.tr("Mark cell active"), cell,
                                   {"status": CellStatus.ACTIVE}, account_id, origin=self))
        command = steps[0] if len(steps) == 1 else EditSequence(self.context, text, steps)
        self._say(refusal_text(self.context.push(command)))

    def delete_selected(self) -> None:
        """Delete the selected opportunity (undoable)."""
        row = self.selected_row()
        if row is None or self.account_id is None:
            return
        db = self.context.db
        command = DeleteRowCommand(
            self.context,
            self.tr("Delete opportunity %1").replace("%1", row.title),
            DataKind.OPPORTUNITIES,
            self.account_id,
            lambda row_id, seen: opp.delete_opportunity(db, row_id, seen),
            lambda deleted: opp.restore_deleted(db, deleted),
            row.id,
            row.version,
            origin=self,
        )
        self._say(refusal_text(self.context.push(command)))
