"""The Whitespace tab: where else can we help this account grow?

A matrix of the account's business units × our active offerings. Each cell says whether
the unit buys the offering from us, could, is being worked on, buys it from a competitor,
does not need it, or is not known yet, with an estimated annual value. Cells are edited by
keyboard (a letter per status, Enter for the value) or in the side panel, every change
undoable; an opportunity can be opened from a cell. The business units are edited here too.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import CellStatus
from kamdesk.services.growth import whitespace_editing as ws
from kamdesk.services.growth.opportunity_editing import pipeline_figures
from kamdesk.services.settings.team_and_settings import load_settings
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.edit_commands import USER_ERRORS, refusal_text
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.held_typing_question import go_back_to_held_row, settle_held_typing
from kamdesk.ui.common.workspace_tab import HeldTyping, WorkspaceTab
from kamdesk.ui.growth.business_units_editor import BusinessUnitsEditor
from kamdesk.ui.growth.growth_figures_bar import GrowthFiguresBar
from kamdesk.ui.growth.whitespace_cell_panel import WhitespaceCellPanel
from kamdesk.ui.growth.whitespace_commands import OpportunityFromCellCommand, cell_edit
from kamdesk.ui.growth.whitespace_matrix_model import (
    STATUS_STYLES,
    WhitespaceMatrixModel,
    status_label,
)
from kamdesk.ui.growth.whitespace_matrix_view import WhitespaceMatrixView


class WhitespaceTab(WorkspaceTab):
    """Business units × offerings, with totals, a cell editor and the units list."""

    area = "whitespace"
    # Opportunities move the pipeline figures; the catalogue changes the columns, our
    # competitors at the account the choices of a cell.
    kinds = frozenset({
        DataKind.WHITESPACE, DataKind.BUSINESS_UNITS, DataKind.OPPORTUNITIES,
        DataKind.CATALOGUE, DataKind.COMPETITORS, DataKind.SETTINGS,
    })

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.matrix: ws.WhitespaceMatrix | None = None
        self.symbol = "€"
        # While the matrix is read again, or the cursor set back to a cell whose value is
        # held: moving the cursor then is no reason to ask about that value.
        self._quiet = False

        self.figures = GrowthFiguresBar()
        self.model = WhitespaceMatrixModel()
        self.view = WhitespaceMatrixView(self.model)
        self.view.status_requested.connect(self.set_status)
        self.view.value_edit_requested.connect(self._edit_value)
        self.view.opportunity_requested.connect(self.create_opportunity)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._current_changed)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("mutedLabel")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        # Non-breaking inside an entry, breakable between entries: on a narrow screen the
        # key wraps onto a second line instead of widening the tab beyond the window.
        legend = QLabel(
            "&nbsp; ".join(
                f'<span style="background-color:{style.fill}; color:{style.ink};">'
                f"&nbsp;{style.symbol}&nbsp;</span>&nbsp;{html.escape(status_label(status))}"
                f"&nbsp;<span style='color:#777'>({style.key})</span>"
                for status, style in STATUS_STYLES.items()
            )
        )
        legend.setWordWrap(True)
        legend.setToolTip(
            self.tr("Select a cell and press the letter to set its status; Enter edits the "
                    "value; Delete sets it back to unknown.")
        )
        self.catalogue_button = QPushButton(self.tr("Edit catalogue…"))
        self.catalogue_button.clicked.connect(self._edit_catalogue)
        top = QHBoxLayout()
        top.addWidget(legend, 1)
        top.addWidget(self.catalogue_button, 0, Qt.AlignmentFlag.AlignTop)

        self.panel = WhitespaceCellPanel()
        self.panel.changes_requested.connect(self._apply_changes)
        self.panel.opportunity_requested.connect(self.create_opportunity)
        self.panel.editing_finished.connect(self.view.setFocus)
        self.units_editor = BusinessUnitsEditor(context)

        cell_box = QGroupBox(self.tr("Selected cell"))
        QVBoxLayout(cell_box).addWidget(self.panel)
        units_box = QGroupBox(self.tr("Business units (rows)"))
        QVBoxLayout(units_box).addWidget(self.units_editor)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(cell_box)
        side_layout.addWidget(units_box, 1)
        side.setMinimumWidth(270)
        side.setMaximumWidth(360)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.stack, 1)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setCollapsible(0, False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.figures)
        layout.addWidget(splitter, 1)

    def title(self) -> str:
        return self.tr("Whitespace")

    def held_typing(self) -> list[HeldTyping]:
        return self.panel.held_typing()

    def focus_held_typing(self) -> None:
        self.panel.focus_held_typing()

    def discard_held_typing(self) -> None:
        self.panel.discard_held_typing()

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._quiet = True
        try:
            self._read_matrix()
        finally:
            self._quiet = False

    def _read_matrix(self) -> None:
        if self.account_id is None:
            self.matrix = None
            self.model.set_matrix(None)
            self.units_editor.set_units(None, [])
            self._show_empty()
            return
        current = self.model.cell_at(self.view.currentIndex())
        # A refused value stays to be corrected when the matrix is read again (F5, an import).
        refused = self.panel.refused_value() if self.panel.held_typing() else None
        try:
            self.symbol = currency_symbol(load_settings(self.context.db).currency)
            self.matrix = ws.load_matrix(self.context.db, self.account_id)
            figures = pipeline_figures(self.context.db, self.account_id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        self.model.set_matrix(self.matrix, self.symbol)
        self.units_editor.set_units(self.account_id, list(self.matrix.units))
        totals = self.matrix.totals
        self.figures.set_whitespace(
            totals.active_value, totals.potential_value, totals.coverage, self.symbol
        )
        self.figures.set_pipeline(figures, self.symbol)
        self._show_empty()
        if current is not None:
            index = self.model.index_of(current.unit_id, current.offering_id)
            if index.isValid() and index != self.view.currentIndex():
                self.view.setCurrentIndex(index)
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self._current_changed()
        if refused is not None:
            self.panel.hold_refused_value(refused)

    def _show_empty(self) -> None:
        if self.matrix is not None and self.model.rowCount():
            self.stack.setCurrentWidget(self.view)
            return
        if self.matrix is None:
            text = ""
        elif not self.matrix.offerings:
            text = self.tr("Our catalogue has no active offerings yet: add them with "
                           "“Edit catalogue…”. They become the columns of the matrix.")
        else:
            text = self.tr("Add the account's business units on the right: they become the "
                           "rows of the matrix.")
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _current_changed(self, *_args: Any) -> None:
        cell = self.model.cell_at(self.view.currentIndex())
        if not self._quiet and self._leaves_shown_cell(cell) and not self.may_leave_cell():
            self._go_back_to_held_cell()
            return
        if cell is None or self.matrix is None:
            self.panel.set_cell(None, "", "", ())
            return
        unit = next(u for u in self.matrix.units if u.id == cell.unit_id)
        offering = next(o for o in self.matrix.offerings if o.id == cell.offering_id)
        self.panel.set_cell(cell, unit.name, offering.name, self.matrix.competitors)
        self.units_editor.select_unit(unit.id)

    def _leaves_shown_cell(self, cell: ws.CellRow | None) -> bool:
        shown = self.panel.cell
        return shown is not None and (
            cell is None or (cell.unit_id, cell.offering_id) != (shown.unit_id, shown.offering_id)
        )

    def may_leave_cell(self) -> bool:
        """Whether the panel may show another cell: asked about a refused value it holds."""
        heading = self.tr("Some changes to the cell “%1” could not be saved:").replace(
            "%1", self.panel.heading.text()
        )
        return settle_held_typing(self, heading, [self], name_areas=False)

    def _go_back_to_held_cell(self) -> None:
        """The cursor back on the cell in the panel, and into its refused value."""
        go_back_to_held_row(self._reselect_held_cell, self.panel.focus_held_typing)

    def _reselect_held_cell(self) -> None:
        shown = self.panel.cell
        if shown is None:
            return
        index = self.model.index_of(shown.unit_id, shown.offering_id)
        if not index.isValid():
            return
        self._quiet = True
        try:
            self.view.setCurrentIndex(index)
        finally:
            self._quiet = False

    # -- editing ---------------------------------------------------------------------------

    def current_cell(self) -> ws.CellRow | None:
        """The cell the cursor is on (None on a total or with no matrix)."""
        return self.model.cell_at(self.view.currentIndex())

    def set_status(self, status: CellStatus) -> None:
        """Set the current cell's status (the letter keys)."""
        cell = self.current_cell()
        if cell is not None and cell.status is not status:
            self._apply_changes({"status": status})

    def _apply_changes(self, changes: dict[str, Any]) -> None:
        cell = self.current_cell()
        if cell is None or self.account_id is None or self.matrix is None:
            return
        names = self._names(cell)
        if set(changes) == {"status"}:
            text = self.tr("Set %1 to %2").replace("%1", names).replace(
                "%2", status_label(changes["status"])
            )
        else:
            text = self.tr("Edit %1").replace("%1", names)
        command = cell_edit(self.context, text, cell, changes, self.account_id, origin=self)
        self.panel.show_error(refusal_text(self.context.push(command)))

    def _names(self, cell: ws.CellRow) -> str:
        assert self.matrix is not None
        unit = next(u.name for u in self.matrix.units if u.id == cell.unit_id)
        offering = next(o.name for o in self.matrix.offerings if o.id == cell.offering_id)
        return self.tr("%1 × %2").replace("%1", unit).replace("%2", offering)

    def _edit_value(self) -> None:
        self.panel.focus_value()

    def create_opportunity(self) -> None:
        """Open an opportunity from the current cell, prefilled; the cell goes in progress."""
        cell = self.current_cell()
        if cell is None or self.account_id is None or self.matrix is None:
            return
        unit = next(u.name for u in self.matrix.units if u.id == cell.unit_id)
        offering = next(o.name for o in self.matrix.offerings if o.id == cell.offering_id)
        title = self.tr("%1 for %2").replace("%1", offering).replace("%2", unit)
        command = OpportunityFromCellCommand(
            self.context,
            self.tr("Create opportunity %1").replace("%1", title),
            cell,
            title,
            self.account_id,
            origin=self,
        )
        self.panel.show_error(refusal_text(self.context.push(command)))

    def _edit_catalogue(self) -> None:
        # The catalogue is a settings page: the shell opens it, so features stay independent.
        self.context.catalogue_requested.emit()

    def current_index(self) -> QModelIndex:
        """The matrix's current index (for tests and the main window)."""
        return self.view.currentIndex()
