"""The form that adds or edits one opportunity.

Choosing a stage proposes that stage's default probability (the user may change it before
saving). Input it cannot take (no title, an unreadable or negative value) is shown in red
under the field and the dialog stays open; nothing reaches the database from here.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.enums import OpportunityStatus, OpportunityType
from kamdesk.services.growth.offering_catalogue import OfferingRow, StageRow
from kamdesk.services.growth.opportunity_editing import OpportunityRow
from kamdesk.services.growth.whitespace_editing import UnitRow
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.money_text import format_amount_for_editing, parse_money
from kamdesk.ui.common.qt_dates import show_full_years, to_qdate
from kamdesk.ui.growth.opportunity_table_model import status_text, type_label

ERROR_STYLE = "color: #b00020;"


class OpportunityDialog(QDialog):
    """Title, type, offering, unit, value, probability, stage, close date, status, notes."""

    def __init__(
        self,
        offerings: list[OfferingRow],
        units: list[UnitRow],
        stages: list[StageRow],
        row: OpportunityRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit opportunity") if row else self.tr("New opportunity"))
        self.row = row
        self.stages = {stage.id: stage for stage in stages}

        self.title_edit = QLineEdit(row.title if row else "")
        self.title_error = self._error_label()
        self.type_box = QComboBox()
        for kind in OpportunityType:
            self.type_box.addItem(type_label(kind), kind.value)
        self.offering_box = QComboBox()
        self.offering_box.addItem(self.tr("(none)"), None)
        for offering in offerings:
            if offering.active or (row and row.offering_id == offering.id):
                self.offering_box.addItem(offering.name, offering.id)
        self.unit_box = QComboBox()
        self.unit_box.addItem(self.tr("(none)"), None)
        for unit in units:
            self.unit_box.addItem(unit.name, unit.id)
        self.value_edit = QLineEdit(format_amount_for_editing(row.value) if row else "")
        self.value_error = self._error_label()
        self.stage_box = QComboBox()
        for stage in stages:
            self.stage_box.addItem(stage.name, stage.id)
        self.probability = QSpinBox()
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.stage_hint = QLabel()
        self.stage_hint.setObjectName("mutedLabel")
        self.close_check = QCheckBox(self.tr("Expected close"))
        self.close_date = show_full_years(QDateEdit())
        self.close_date.setCalendarPopup(True)
        self.status_box = QComboBox()
        for status in OpportunityStatus:
            self.status_box.addItem(status_text(status), status.value)
        self.lost_reason = QLineEdit(row.lost_reason if row else "")
        self.lost_reason.setPlaceholderText(self.tr("Why was it lost?"))
        self.notes = QPlainTextEdit(row.notes if row else "")
        self.notes.setMaximumHeight(70)

        self._select(self.type_box, (row.type if row else OpportunityType.CROSS_SELL).value)
        self._select(self.offering_box, row.offering_id if row else None)
        self._select(self.unit_box, row.business_unit_id if row else None)
        self._select(self.status_box, (row.status if row else OpportunityStatus.OPEN).value)
        if row:
            self._select(self.stage_box, row.stage_id)
            self.probability.setValue(row.probability)
        elif stages:
            self.probability.setValue(stages[0].default_probability)
        self.close_check.setChecked(bool(row and row.expected_close))
        self.close_date.setDate(to_qdate(row.expected_close) if row and row.expected_close
                                else QDate.currentDate().addMonths(3))
        self.close_date.setEnabled(self.close_check.isChecked())
        self.close_check.toggled.connect(self.close_date.setEnabled)
        self.stage_box.activated.connect(self._stage_chosen)
        self.status_box.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("T&ype"), self.type_box)
        form.addRow(self.tr("&Offering"), self.offering_box)
        form.addRow(self.tr("&Business unit"), self.unit_box)
        form.addRow(self.tr("&Value"), self.value_edit)
        form.addRow("", self.value_error)
        form.addRow(self.tr("&Stage"), self.stage_box)
        probability_row = QHBoxLayout()
        probability_row.addWidget(self.probability)
        probability_row.addWidget(self.stage_hint, 1)
        form.addRow(self.tr("&Probability"), probability_row)
        form.addRow(self.close_check, self.close_date)
        form.addRow(self.tr("St&atus"), self.status_box)
        form.addRow(self.tr("&Lost because"), self.lost_reason)
        form.addRow(self.tr("&Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        return label

    @staticmethod
    def _select(box: QComboBox, data: Any) -> None:
        index = box.findData(data)
        if index >= 0:
            box.setCurrentIndex(index)

    def _stage_chosen(self) -> None:
        stage = self.stages.get(self.stage_box.currentData())
        if stage is None:
            return
        # Proposed, not forced: the field shows the stage's default and stays editable.
        self.probability.setValue(stage.default_probability)
        self.stage_hint.setText(
            self.tr("default of “%1”").replace("%1", stage.name)
        )

    def _status_changed(self) -> None:
        self.lost_reason.setEnabled(self.status_box.currentData() == OpportunityStatus.LOST.value)

    def values(self) -> dict[str, Any] | None:
        """The fields as the service takes them; None (errors shown) when input is unusable."""
        ok = True
        title = self.title_edit.text().strip()
        self.title_error.setText("" if title else self.tr("Give the opportunity a title."))
        self.title_error.setVisible(not title)
        ok = ok and bool(title)
        value: Decimal | None = None
        try:
            value = parse_money(self.value_edit.text()) or Decimal(0)
            message = ""
        except ValueError as error:
            message = error_text(error)
        self.value_error.setText(message)
        self.value_error.setVisible(bool(message))
        ok = ok and not message
        if self.stage_box.currentData() is None:
            self.title_error.setText(self.tr("Add pipeline stages with “Edit catalogue…” first."))
            self.title_error.show()
            ok = False
        if not ok:
            return None
        status = OpportunityStatus(self.status_box.currentData())
        closed_on: date | None = self.row.closed_on if self.row else None
        if status is OpportunityStatus.OPEN:
            closed_on = None
        elif closed_on is None or (self.row and self.row.status is not status):
            closed_on = date.today()
        return {
            "title": title,
            "type": OpportunityType(self.type_box.currentData()),
            "offering_id": self.offering_box.currentData(),
            "business_unit_id": self.unit_box.currentData(),
            "value": value,
            "probability": self.probability.value(),
            "stage_id": self.stage_box.currentData(),
            "expected_close": self.close_date.date().toPython()
            if self.close_check.isChecked() else None,
            "status": status,
            "closed_on": closed_on,
            "lost_reason": self.lost_reason.text().strip()
            if status is OpportunityStatus.LOST else "",
            "notes": self.notes.toPlainText(),
        }

    def accept(self) -> None:
        if self.values() is not None:
            super().accept()
