"""Our catalogue as a settings page: offerings (the matrix columns) and pipeline stages.

``CatalogueSettingsPage`` is a plain widget, so the Settings dialog can show it as a page;
:func:`open_catalogue_dialog` shows it on its own (the Whitespace tab's "Edit catalogue…").
Edits are undoable on the global undo stack (the catalogue belongs to no account): the
page has its own Undo and Redo buttons. An offering in use is never deleted: the page says
what uses it and offers to deactivate it instead; a stage in use is refused with a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import Change, DataKind
from kamdesk.services.growth import offering_catalogue as catalogue
from kamdesk.services.growth.offering_catalogue import OfferingRow, StageRow
from kamdesk.services.settings.team_and_settings import load_settings
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.edit_commands import (
    USER_ERRORS,
    AddRowCommand,
    DeleteRowCommand,
    EditCommand,
    ReorderCommand,
    UpdateRowCommand,
    refusal_text,
)
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.row_table_model import RowTableModel
from kamdesk.ui.settings.catalogue_columns import offering_model, stage_model

CATALOGUE = DataKind.CATALOGUE
ERROR_STYLE = "color: #b00020;"


class CatalogueSettingsPage(QWidget):
    """Edit the offerings catalogue and the pipeline stages."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stack = context.undo_stack(None)
        self._currency_symbol = ""
        self.offerings = offering_model(lambda: self._currency_symbol, self)
        self.stages = stage_model(self)
        self.offerings.edit_requested.connect(self._edit_offering)
        self.stages.edit_requested.connect(self._edit_stage)

        self.offering_view = self._table(self.offerings)
        self.offering_message = self._message_label()
        self.offerings.input_refused.connect(
            lambda row, why: self._say_refused(self.offering_message, row.name, why)
        )
        self.new_offering = QLineEdit()
        self.new_offering.setPlaceholderText(self.tr("Name of a new offering"))
        self.new_offering.returnPressed.connect(self.add_offering)
        offering_box = self._group(
            self.tr("Offerings (columns of the whitespace matrix)"),
            self.offering_view,
            self.offering_message,
            self.new_offering,
            self.add_offering,
            self.delete_offering,
            lambda step: self._move(self.offering_view, self.offerings.rows(), step,
                                    catalogue.reorder_offerings),
        )

        self.stage_view = self._table(self.stages)
        self.stage_message = self._message_label()
        self.stages.input_refused.connect(
            lambda row, why: self._say_refused(self.stage_message, row.name, why)
        )
        self.new_stage = QLineEdit()
        self.new_stage.setPlaceholderText(self.tr("Name of a new stage"))
        self.new_stage.returnPressed.connect(self.add_stage)
        self.standard_button = QPushButton(self.tr("Add the usual five stages"))
        self.standard_button.clicked.connect(self._add_standard_stages)
        stage_box = self._group(
            self.tr("Pipeline stages (in order)"),
            self.stage_view,
            self.stage_message,
            self.new_stage,
            self.add_stage,
            self.delete_stage,
            lambda step: self._move(self.stage_view, self.stages.rows(), step,
                                    catalogue.reorder_stages),
        )
        stage_layout = stage_box.layout()
        assert stage_layout is not None
        stage_layout.addWidget(self.standard_button)

        undo = QToolButton()
        undo.setDefaultAction(self.stack.createUndoAction(self, self.tr("Undo")))
        redo = QToolButton()
        redo.setDefaultAction(self.stack.createRedoAction(self, self.tr("Redo")))
        history = QHBoxLayout()
        history.addStretch(1)
        history.addWidget(undo)
        history.addWidget(redo)

        columns = QHBoxLayout()
        columns.addWidget(offering_box, 3)
        columns.addWidget(stage_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(history)
        context.changed.connect(self._on_change)
        self.reload()

    # -- building --------------------------------------------------------------------------

    def _table(self, model: Any) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setVisible(False)
        return view

    def _message_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        return label

    def _group(
        self,
        title: str,
        view: QTableView,
        message: QLabel,
        name_field: QLineEdit,
        add: Callable[[], None],
        delete: Callable[[], None],
        move: Callable[[int], None],
    ) -> QGroupBox:
        box = QGroupBox(title)
        add_button = QPushButton(self.tr("Add"))
        add_button.clicked.connect(add)
        delete_button = QPushButton(self.tr("Delete…"))
        delete_button.clicked.connect(delete)
        up = QPushButton(self.tr("Up"))
        up.clicked.connect(lambda: move(-1))
        down = QPushButton(self.tr("Down"))
        down.clicked.connect(lambda: move(1))
        buttons = QHBoxLayout()
        buttons.addWidget(name_field, 1)
        buttons.addWidget(add_button)
        buttons.addSpacing(12)
        for button in (up, down, delete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(box)
        layout.addWidget(view, 1)
        layout.addWidget(message)
        layout.addLayout(buttons)
        return box

    # -- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read offerings and stages again."""
        db = self.context.db
        try:
            self._currency_symbol = currency_symbol(load_settings(db).currency)
            self.offerings.set_rows(catalogue.list_offerings(db))
            self.stages.set_rows(catalogue.list_stages(db))
        except USER_ERRORS as error:
            self.offering_message.setText(error_text(error))
            return
        self.standard_button.setVisible(not self.stages.rows())

    def _on_change(self, change: Change) -> None:
        if change.kind in (CATALOGUE, DataKind.SETTINGS, DataKind.EVERYTHING):
            self.reload()

    def _push(self, command: EditCommand) -> str:
        return refusal_text(self.context.push(command))

    def _say_refused(self, label: QLabel, name: str, why: str) -> None:
        label.setText(self.tr("%1: %2").replace("%1", name).replace("%2", why))

    def _selected(self, view: QTableView, rows: Sequence[Any]) -> Any | None:
        index: QModelIndex = view.currentIndex()
        return rows[index.row()] if index.isValid() and index.row() < len(rows) else None

    def _select_id(self, view: QTableView, rows: Sequence[Any], row_id: int) -> None:
        for position, row in enumerate(rows):
            if row.id == row_id:
                view.setCurrentIndex(view.model().index(position, 0))

    # -- offerings -------------------------------------------------------------------------

    def add_offering(self) -> None:
        """Add the offering named in the field below the table."""
        name = self.new_offering.text().strip()
        if not name:
            self.offering_message.setText(self.tr("Type the name of the new offering first."))
            return
        db = self.context.db
        command = AddRowCommand(
            self.context,
            self.tr("Add offering %1").replace("%1", name),
            CATALOGUE,
            None,
            lambda: catalogue.create_offering(db, name),
            lambda row_id, seen: catalogue.delete_offering(db, row_id, seen),
            lambda deleted: catalogue.restore_deleted(db, deleted),
        )
        message = self._push(command)
        self.offering_message.setText(message)
        if not message:
            self.new_offering.clear()

    def _edit_offering(self, row: OfferingRow, field: str, value: Any) -> None:
        db = self.context.db
        command = UpdateRowCommand(
            self.context,
            self.tr("Edit offering"),
            CATALOGUE,
            None,
            lambda rid, seen, values: catalogue.update_offering(db, rid, seen, values),
            row.id, row.version, {field: getattr(row, field)}, {field: value},
        )
        self.offering_message.setText(self._push(command))

    def delete_offering(self) -> None:
        """Delete the selected offering, or offer to deactivate it when it is in use."""
        row = self._selected(self.offering_view, self.offerings.rows())
        if row is None:
            return
        db = self.context.db
        try:
            usage = catalogue.offering_usage(db, row.id)
        except USER_ERRORS as error:
            self.offering_message.setText(error_text(error))
            return
        if usage.in_use:
            text = (
                self.tr("“%1” is used in %2 whitespace cell(s) and %3 opportunity(ies), so it "
                        "cannot be deleted.")
                .replace("%1", row.name)
                .replace("%2", str(usage.cells))
                .replace("%3", str(usage.opportunities))
            )
            if not row.active:
                QMessageBox.information(self, self.tr("Offering in use"), text)
                return
            answer = QMessageBox.question(
                self,
                self.tr("Offering in use"),
                text + "\n\n" + self.tr("Deactivate it instead? Its column leaves the whitespace "
                                        "matrix; cells and opportunities keep it."),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._edit_offering(row, "active", False)
            return
        answer = QMessageBox.question(
            self, self.tr("Delete offering"),
            self.tr("Delete the offering “%1”? You can undo this.").replace("%1", row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        command = DeleteRowCommand(
            self.context,
            self.tr("Delete offering %1").replace("%1", row.name),
            CATALOGUE,
            None,
            lambda row_id, seen: catalogue.delete_offering(db, row_id, seen),
            lambda deleted: catalogue.restore_deleted(db, deleted),
            row.id,
            row.version,
        )
        self.offering_message.setText(self._push(command))

    # -- stages ----------------------------------------------------------------------------

    def add_stage(self) -> None:
        """Add the stage named in the field below the table (default probability 10 %)."""
        name = self.new_stage.text().strip()
        if not name:
            self.stage_message.setText(self.tr("Type the name of the new stage first."))
            return
        db = self.context.db
        command = AddRowCommand(
            self.context,
            self.tr("Add stage %1").replace("%1", name),
            CATALOGUE,
            None,
            lambda: catalogue.create_stage(db, name),
            lambda row_id, seen: catalogue.delete_stage(db, row_id, seen),
            lambda deleted: catalogue.restore_deleted(db, deleted),
        )
        message = self._push(command)
        self.stage_message.setText(message)
        if not message:
            self.new_stage.clear()

    def _edit_stage(self, row: StageRow, field: str, value: Any) -> None:
        db = self.context.db
        command = UpdateRowCommand(
            self.context,
            self.tr("Edit stage"),
            CATALOGUE,
            None,
            lambda rid, seen, values: catalogue.update_stage(db, rid, seen, values),
            row.id, row.version, {field: getattr(row, field)}, {field: value},
        )
        self.stage_message.setText(self._push(command))

    def delete_stage(self) -> None:
        """Delete the selected stage; a stage with opportunities in it is refused."""
        row = self._selected(self.stage_view, self.stages.rows())
        if row is None:
            return
        db = self.context.db
        command = DeleteRowCommand(
            self.context,
            self.tr("Delete stage %1").replace("%1", row.name),
            CATALOGUE,
            None,
            lambda row_id, seen: catalogue.delete_stage(db, row_id, seen),
            lambda deleted: catalogue.restore_deleted(db, deleted),
            row.id,
            row.version,
        )
        self.stage_message.setText(self._push(command))

    def _add_standard_stages(self) -> None:
        try:
            catalogue.add_standard_stages(self.context.db)
        except USER_ERRORS as error:
            self.stage_message.setText(error_text(error))
            return
        self.context.publish(Change(CATALOGUE, None))

    # -- order -----------------------------------------------------------------------------

    def _move(
        self,
        view: QTableView,
        rows: Sequence[Any],
        step: int,
        apply: Callable[[Any, Sequence[int]], None],
    ) -> None:
        row = self._selected(view, rows)
        if row is None:
            return
        order = [r.id for r in rows]
        position = order.index(row.id)
        if not 0 <= position + step < len(order):
            return
        new_order = list(order)
        new_order[position], new_order[position + step] = (
            new_order[position + step], new_order[position])
        db = self.context.db
        command = ReorderCommand(
            self.context, self.tr("Change order"), CATALOGUE, None, lambda ids: apply(db, ids),
            order, new_order,
        )
        self._push(command)
        model = view.model()
        assert isinstance(model, RowTableModel)
        self._select_id(view, model.rows(), row.id)


def open_catalogue_dialog(context: AppContext, parent: QWidget | None = None) -> None:
    """Show the catalogue page in its own dialog (modal; closes with Close or Esc)."""
    dialog = QDialog(parent)
    # The page's context: a QDialog's tr() looks under "QDialog", where nothing is.
    dialog.setWindowTitle(
        QCoreApplication.translate("CatalogueSettingsPage", "Offerings and pipeline stages")
    )
    page = CatalogueSettingsPage(context, dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(page, 1)
    layout.addWidget(buttons)
    dialog.resize(980, 560)
    dialog.exec()
    dialog.deleteLater()
