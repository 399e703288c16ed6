"""Confirming a pasted block that has cells which cannot be used.

The dialog lists every such cell — where it is in the block, what it holds, why it cannot
be used — and says how many quarters the rest would change. Only "Apply the rest" writes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kamdesk.services.tracking.revenue_editing import GRID_COLUMNS, PastePreview
from kamdesk.ui.tracking.revenue_grid_model import RevenueGridModel


class RevenuePasteDialog(QDialog):
    """The problems of a pasted block, cell by cell, and the choice to apply the rest."""

    def __init__(
        self, preview: PastePreview, model: RevenueGridModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Some pasted cells cannot be used"))
        problems = preview.problems
        changed = len(preview.changes)
        if changed:
            summary = self.tr(
                "%1 cells of the pasted block cannot be used and are listed below. The rest "
                "would change %2 quarters. Apply the rest, or cancel and correct the block?"
            )
        else:
            summary = self.tr(
                "%1 cells of the pasted block cannot be used and are listed below; the rest "
                "changes nothing. Nothing has been saved."
            )
        text = QLabel(summary.replace("%1", str(len(problems))).replace("%2", str(changed)))
        text.setWordWrap(True)
        self.table = QTableWidget(len(problems), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Column"), self.tr("Pasted"), self.tr("Problem")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for line, cell in enumerate(problems):
            column_name = (
                model.headers[GRID_COLUMNS.index(cell.field)] if cell.field else self.tr("(beyond)")
            )
            values = [
                str(cell.line + 1),
                f"{cell.column + 1} · {column_name}",
                cell.text,
                model.problem_sentence(cell.problem or "", cell.text.strip()),
            ]
            for column, value in enumerate(values):
                self.table.setItem(line, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.buttons = QDialogButtonBox()
        if changed:
            self.apply_button = self.buttons.addButton(
                self.tr("Apply the rest"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 360)
