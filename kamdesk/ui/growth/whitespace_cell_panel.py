"""The side panel that edits the selected whitespace cell: status, value, competitor, note.

The panel only reads what the user typed and says what should change
(``changes_requested``); the tab turns it into an undoable edit. Input it cannot read
(an amount that is not a number, a negative amount) is shown in red under the field and
never sent on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.enums import CellStatus
from kamdesk.services.growth.whitespace_editing import CellRow, CompetitorChoice
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.money_text import format_amount_for_editing, parse_money
from kamdesk.ui.common.workspace_tab import HeldTyping
from kamdesk.ui.growth.whitespace_matrix_model import STATUS_STYLES, status_label

ERROR_STYLE = "color: #b00020;"


class WhitespaceCellPanel(QWidget):
    """Edits one cell; empty (disabled) while no cell is selected."""

    # Field changes for the current cell, e.g. {"estimated_value": Decimal("1200")}.
    changes_requested = Signal(dict)
    # "Create opportunity from this cell" was clicked.
    opportunity_requested = Signal()
    # The user finished typing in a field with Enter: focus may go back to the matrix.
    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell: CellRow | None = None
        self.heading = QLabel(self.tr("Select a cell of the matrix"))
        self.heading.setWordWrap(True)
        self.heading.setObjectName("panelHeading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt;")

        self.status_box = QComboBox()
        for status, style in STATUS_STYLES.items():
            self.status_box.addItem(
                self.tr("%1  %2   (key %3)")
                .replace("%1", style.symbol)
                .replace("%2", status_label(status))
                .replace("%3", style.key),
                status.value,
            )
        self.status_box.activated.connect(self._status_chosen)

        self.value_edit = QLineEdit()
        self.value_edit.setPlaceholderText(self.tr("Estimated annual value"))
        self.value_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value_edit.editingFinished.connect(self._value_typed)
        self.value_edit.returnPressed.connect(self.editing_finished.emit)
        self.value_error = QLabel()
        self.value_error.setStyleSheet(ERROR_STYLE)
        self.value_error.setWordWrap(True)
        self.value_error.hide()

        self.competitor_box = QComboBox()
        self.competitor_box.activated.connect(self._competitor_chosen)
        self.competitor_hint = QLabel(
            self.tr("Add our competitors at this account on the Profile tab.")
        )
        self.competitor_hint.setWordWrap(True)
        self.competitor_hint.setObjectName("mutedLabel")

        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("Who asked, what we know …"))
        self.note_edit.editingFinished.connect(self._note_typed)
        self.note_edit.returnPressed.connect(self.editing_finished.emit)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        self.opportunity_button = QPushButton(self.tr("Create opportunity from this cell"))
        self.opportunity_button.clicked.connect(self.opportunity_requested.emit)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Status"), self.status_box)
        form.addRow(self.tr("&Value / year"), self.value_edit)
        form.addRow("", self.value_error)
        form.addRow(self.tr("Co&mpetitor"), self.competitor_box)
        form.addRow("", self.competitor_hint)
        form.addRow(self.tr("N&ote"), self.note_edit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.opportunity_button)
        self.set_cell(None, "", "", ())

    def set_cell(
        self,
        cell: CellRow | None,
        unit: str,
        offering: str,
        competitors: tuple[CompetitorChoice, ...],
    ) -> None:
        """Show this cell (None: nothing selected) without sending any change."""
        same_cell = (
            cell is not None
            and self.cell is not None
            and (cell.unit_id, cell.offering_id) == (self.cell.unit_id, self.cell.offering_id)
        )
        # The same cell again (read anew, or the cursor set back to it): what is being
        # typed, or was refused and is held to be corrected, stays in the field.
        keep_value = same_cell and (self.value_edit.hasFocus() or not self.value_error.isHidden())
        self.cell = cell
        for widget in (self.status_box, self.value_edit, self.competitor_box, self.note_edit,
                       self.opportunity_button):
            widget.setEnabled(cell is not None)
        if not same_cell:
            self.show_error("")
            self._show_value_error("")
        if cell is None:  # nothing of the cell shown last (of another account, or undone)
            self.heading.setText(self.tr("Select a cell of the matrix"))
            self.status_box.setCurrentIndex(0)
            self.value_edit.clear()
            self.note_edit.clear()
            self.competitor_box.clear()
            self.competitor_hint.hide()
            return
        self.heading.setText(self.tr("%1 × %2").replace("%1", unit).replace("%2", offering))
        self.status_box.setCurrentIndex(self.status_box.findData(cell.status.value))
        if not keep_value:
            self.value_edit.setText(format_amount_for_editing(cell.estimated_value))
        if not self.note_edit.hasFocus() or not same_cell:
            self.note_edit.setText(cell.note)
        self.competitor_box.clear()
        self.competitor_box.addItem(self.tr("(none)"), None)
        for choice in competitors:
            self.competitor_box.addItem(choice.name, choice.id)
        if cell.competitor_id is not None and self.competitor_box.findData(cell.competitor_id) < 0:
            self.competitor_box.addItem(cell.competitor or "?", cell.competitor_id)
        chosen = self.competitor_box.findData(cell.competitor_id)
        self.competitor_box.setCurrentIndex(max(0, chosen))
        self.competitor_box.setEnabled(bool(competitors) or cell.competitor_id is not None)
        self.competitor_hint.setVisible(not competitors)

    def focus_value(self) -> None:
        """Put the cursor in the value field, its text selected (Enter in the matrix)."""
        if self.cell is not None:
            self.value_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.value_edit.selectAll()

    def held_typing(self) -> list[HeldTyping]:
        """The refused value, while the field still shows what was typed to correct it."""
        cell = self.cell
        if (cell is None or self.value_error.isHidden()
                or self.value_edit.text() == format_amount_for_editing(cell.estimated_value)):
            return []
        field = self.tr("Value / year of %1").replace("%1", self.heading.text())
        return [HeldTyping(field, self.value_error.text())]

    def focus_held_typing(self) -> None:
        """The cursor into the refused value."""
        self.value_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def discard_held_typing(self) -> None:
        """The cell's stored value again, without the refusal."""
        self._show_value_error("")
        if self.cell is not None:
            self.value_edit.setText(format_amount_for_editing(self.cell.estimated_value))

    def refused_value(self) -> tuple[tuple[int, int], str, str] | None:
        """The cell, the text and the refusal of a value refused at the field (None: none)."""
        if self.cell is None or self.value_error.isHidden():
            return None
        key = (self.cell.unit_id, self.cell.offering_id)
        return key, self.value_edit.text(), self.value_error.text()

    def hold_refused_value(self, refused: tuple[tuple[int, int], str, str]) -> None:
        """Show a refused value again, if its cell is the one shown (after a new read)."""
        key, text, refusal = refused
        if self.cell is not None and (self.cell.unit_id, self.cell.offering_id) == key:
            self.value_edit.setText(text)
            self._show_value_error(refusal)

    def show_error(self, message: str) -> None:
        """Show a refusal from the service under the fields ("" hides it)."""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _show_value_error(self, message: str) -> None:
        self.value_error.setText(message)
        self.value_error.setVisible(bool(message))

    def _request(self, changes: dict[str, Any]) -> None:
        if self.cell is None:
            return
        current = self.cell.values()
        if all(current[name] == value for name, value in changes.items()):
            return
        self.show_error("")
        self.changes_requested.emit(changes)

    def _status_chosen(self, index: int) -> None:
        value = self.status_box.itemData(index)
        if isinstance(value, str):
            self._request({"status": CellStatus(value)})

    def _value_typed(self) -> None:
        if self.cell is None:
            return
        try:
            amount = parse_money(self.value_edit.text())
        except ValueError as error:
            self._show_value_error(error_text(error))
            return
        self._show_value_error("")
        self._request({"estimated_value": amount})

    def _competitor_chosen(self, index: int) -> None:
        competitor_id = self.competitor_box.itemData(index)
        changes: dict[str, Any] = {"competitor_id": competitor_id}
        # Naming who holds the cell means the cell is a competitor's.
        if competitor_id is not None and self.cell is not None:
            changes["status"] = CellStatus.COMPETITOR
        self._request(changes)

    def _note_typed(self) -> None:
        self._request({"note": self.note_edit.text().strip()})
