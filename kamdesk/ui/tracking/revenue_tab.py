"""The Revenue tab: the quarter grid (typed and pasted), the figures, actual vs plan chart.

Typing a cell and pasting a block from Excel or LibreOffice (Ctrl+V on the block's top-left
cell) both become one :class:`RevenueChangeCommand`: one transaction, one undo step. A block
with cells that cannot be used is shown cell by cell first; only the user's "Apply the
rest" writes anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.services.tracking import revenue_editing as revenue
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.edit_commands import USER_ERRORS, EditCommand, refusal_text
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.money_text import format_money
from kamdesk.ui.common.workspace_tab import WorkspaceTab
from kamdesk.ui.tracking.revenue_chart import RevenueChart
from kamdesk.ui.tracking.revenue_grid_model import RevenueGridModel
from kamdesk.ui.tracking.revenue_paste_dialog import RevenuePasteDialog


class RevenueChangeCommand(EditCommand):
    """Quarters' figures changed by typing or pasting; undo puts the figures back.

    The first run checks the versions the user saw; undo and redo compare the stored
    figures with what the command left there (a version moves on with later edits).
    """

    def __init__(
        self,
        context: AppContext,
        text: str,
        account_id: int,
        changes: Sequence[revenue.QuarterChange],
        origin: object | None = None,
    ) -> None:
        super().__init__(context, text, DataKind.REVENUE, account_id, origin)
        self._account_id = account_id
        self._forward = tuple(changes)
        self._inverse: tuple[revenue.QuarterChange, ...] = ()

    def forward(self, first: bool) -> None:
        self._inverse = revenue.apply_revenue_changes(
            self.context.db, self._account_id, self._forward, compare_values=not first
        )

    def backward(self) -> None:
        self._forward = revenue.apply_revenue_changes(
            self.context.db, self._account_id, self._inverse, compare_values=True
        )


class RevenueTab(WorkspaceTab):
    """Revenue per fiscal quarter with growth figures, TTM, ARR, CLV and a chart."""

    area = "revenue"
    # Fiscal year and currency are settings; CLV needs the expected relationship years.
    kinds = frozenset({DataKind.REVENUE, DataKind.SETTINGS, DataKind.PROFILE})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: revenue.RevenueTable | None = None
        self.model = RevenueGridModel(self)
        self.model.edit_requested.connect(self._edit)
        self.model.input_refused.connect(self._say)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(64)
        header.setStretchLastSection(True)
        for column, width in ((2, 118), (3, 118), (5, 84), (6, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        hint = QLabel(
            self.tr("Type into Actual or Plan, or copy a block in Excel or LibreOffice and "
                    "paste it here with Ctrl+V onto its top-left cell (with or without the "
                    "year and quarter columns).")
        )
        hint.setObjectName("sectionHint")
        hint.setWordWrap(True)

        self.ttm = QLabel()
        self.arr = QLabel()
        self.clv = QLabel()
        self.as_of = QLabel()
        self.as_of.setObjectName("mutedLabel")
        figures = QGroupBox(self.tr("Figures"))
        grid = QGridLayout(figures)
        captions = (
            (self.tr("Trailing twelve months"), self.ttm),
            (self.tr("Recurring revenue (ARR)"), self.arr),
            (self.tr("Customer lifetime value"), self.clv),
        )
        for column, (caption, label) in enumerate(captions):
            title = QLabel(caption)
            title.setObjectName("mutedLabel")
            label.setStyleSheet("font-size: 15pt; font-weight: 600;")
            grid.addWidget(title, 0, column)
            grid.addWidget(label, 1, column)
        grid.addWidget(self.as_of, 2, 0, 1, 3)
        self.chart = RevenueChart()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(hint)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.message)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(figures)
        right_layout.addWidget(self.chart, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 520])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    def title(self) -> str:
        return self.tr("Revenue")


    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self.account_id is None:
            self.data = None
            self.model.set_rows([])
            self.chart.set_rows(())
            self._show_summary(None)
            return
        current = self.table.currentIndex()
        try:
            self.data = revenue.revenue_table(self.context.db, self.account_id)
        except USER_ERRORS as error:
            self.context.failed.emit(error_text(error))
            return
        first_load = self.model.rowCount() == 0
        self.model.set_rows(self.data.rows)
        self.chart.set_rows(self.data.rows)
        self._show_summary(self.data.summary)
        if first_load or not current.isValid():
            row = self.model.row_of(self.data.current_year, self.data.current_quarter)
            self.table.setCurrentIndex(self.model.index(max(row, 0), 2))
            self.table.scrollTo(self.model.index(max(row, 0), 2),
                                QAbstractItemView.ScrollHint.PositionAtCenter)
            # Centring the cell scrolled the year and quarter out of sight on a laptop.
            self.table.horizontalScrollBar().setValue(0)
        else:
            self.table.setCurrentIndex(self.model.index(current.row(), current.column()))

    def _money(self, value: Decimal) -> str:
        return format_money(value, currency_symbol(self.data.currency) if self.data else "")

    def _show_summary(self, summary: revenue.RevenueSummaryFigures | None) -> None:
        if summary is None:
            for label in (self.ttm, self.arr, self.clv):
                label.setText("–")
                label.setToolTip("")
            self.as_of.setText(self.tr("No actual revenue entered yet."))
            return
        self.ttm.setText(self._money(summary.ttm))
        self.arr.setText(self._money(summary.arr))
        self.clv.setText(self._money(summary.clv))
        self.as_of.setText(
            self.tr("As of Q%1 %2, the latest quarter with actual revenue.")
            .replace("%1", str(summary.as_of_quarter))
            .replace("%2", str(summary.as_of_year))
        )
        self.ttm.setToolTip(self.tr("Actual revenue of the four quarters up to Q%1 %2.")
                            .replace("%1", str(summary.as_of_quarter))
                            .replace("%2", str(summary.as_of_year)))
        self.arr.setToolTip(self.tr("The recurring part of the trailing twelve months."))
        self.clv.setToolTip(
            self.tr("CLV = gross margin × annual revenue × expected remaining years\n"
                    "= %1 × %2 × %3")
            .replace("%1", QLocale().toString(float(summary.gross_margin) * 100, "f", 1) + " %")
            .replace("%2", self._money(summary.ttm))
            .replace("%3", str(summary.remaining_years))
        )

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))

    # -- editing ---------------------------------------------------------------------------

    def _edit(self, row: revenue.RevenueQuarterRow, field: str, value: Any) -> None:
        # After the cell editor has closed: storing reloads the grid, which must not happen
        # while the view is still committing the editor's text.
        QTimer.singleShot(0, lambda: self._store_edit(row, field, value))

    def _store_edit(self, row: revenue.RevenueQuarterRow, field: str, value: Any) -> None:
        if self.account_id is None:
            return
        change = revenue.edit_change(row, field, value)
        text = self.tr("Change revenue of Q%1 %2").replace("%1", str(row.quarter)).replace(
            "%2", str(row.year)
        )
        self._push(text, [change])

    def _push(self, text: str, changes: Sequence[revenue.QuarterChange]) -> None:
        assert self.account_id is not None
        command = RevenueChangeCommand(self.context, text, self.account_id, changes, origin=self)
        self._say(refusal_text(self.context.push(command)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste(QGuiApplication.clipboard().text())
            return True
        return super().eventFilter(watched, event)

    def paste(self, text: str) -> None:
        """Paste a block copied from a spreadsheet at the current cell (one undo step)."""
        if self.account_id is None or not text:
            return
        index = self.table.currentIndex()
        if not index.isValid():
            self._say(self.tr("Select the cell where the block's top-left cell should go."))
            return
        field = self.model.grid_field(index.column())
        if field is None:
            self._say(self.tr("The growth columns are calculated; paste into the year, quarter, "
                              "actual, plan or recurring column."))
            return
        row = self.model.row_at(index.row())
        try:
            preview = revenue.preview_paste(
                self.context.db, self.account_id, (row.year, row.quarter), field, text,
                QLocale().decimalPoint() == ",",
            )
        except USER_ERRORS as error:
            self._say(error_text(error))
            return
        if preview.problems:
            dialog = RevenuePasteDialog(preview, self.model, self)
            if dialog.exec() != QDialog.DialogCode.Accepted or not preview.changes:
                self._say(self.tr("Nothing was pasted."))
                return
        if not preview.changes:
            self._say(self.tr("The pasted block holds the figures already entered."))
            return
        self._push(
            self.tr("Paste revenue of %1 quarters").replace("%1", str(len(preview.changes))),
            preview.changes,
        )

