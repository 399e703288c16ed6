"""The fields of a review: when, with whom, what was said and decided, when the next one is.

Used by the "what changed" dialog of a review just started and to edit a recorded review.
A next review date before the review itself is refused under that field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from kamdesk.domain.enums import ReviewCadence, ReviewKind
from kamdesk.services.tracking.review_reads import ReviewRow
from kamdesk.services.tracking.review_schedule import add_months
from kamdesk.services.tracking.review_workflow import check_review
from kamdesk.store.errors import ValidationError
from kamdesk.ui.common.form_fields import FieldRow
from kamdesk.ui.common.qt_dates import to_qdate
from kamdesk.ui.tracking.goal_form import date_field, to_date


class ReviewForm(QWidget):
    """Date, kind, attendees, summary, outcomes and the next review date of a review."""

    def __init__(
        self,
        cadence: ReviewCadence,
        review: ReviewRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cadence = cadence
        self.held_edit = date_field()
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Internal"), ReviewKind.INTERNAL)
        self.kind_combo.addItem(self.tr("With the client"), ReviewKind.CLIENT)
        self.attendees_edit = QLineEdit()
        self.attendees_edit.setPlaceholderText(self.tr("Who took part"))
        self.summary_edit = QPlainTextEdit()
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setPlaceholderText(self.tr("What was discussed"))
        self.outcomes_edit = QPlainTextEdit()
        self.outcomes_edit.setTabChangesFocus(True)
        self.outcomes_edit.setPlaceholderText(self.tr("What was decided; who does what"))
        for edit in (self.summary_edit, self.outcomes_edit):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 14)
        self.next_check = QCheckBox(self.tr("Next review on"))
        self.next_edit = date_field()
        self.next_row = FieldRow(self.next_edit)
        self.next_check.toggled.connect(self.next_edit.setEnabled)
        next_line = QHBoxLayout()
        next_line.addWidget(self.next_check)
        next_line.addWidget(self.next_row, 1)
        self.held_edit.dateChanged.connect(self._suggest_next)

        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Held on"), self.held_edit)
        layout.addRow(self.tr("Kind"), self.kind_combo)
        layout.addRow(self.tr("Attendees"), self.attendees_edit)
        layout.addRow(self.tr("Summary"), self.summary_edit)
        layout.addRow(self.tr("Outcomes"), self.outcomes_edit)
        layout.addRow(next_line)

        if review is None:
            self.next_check.setChecked(True)
            self._suggest_next()
        else:
            self.held_edit.setDate(to_qdate(review.held_on))
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(review.kind))
            self.attendees_edit.setText(review.attendees)
            self.summary_edit.setPlainText(review.summary)
            self.outcomes_edit.setPlainText(review.outcomes)
            self.next_check.setChecked(review.next_review_on is not None)
            if review.next_review_on is not None:
                self.next_edit.setDate(to_qdate(review.next_review_on))
        self.next_edit.setEnabled(self.next_check.isChecked())

    def _suggest_next(self) -> None:
        # The cadence's next date follows the review date until the user picks another.
        held = to_date(self.held_edit.date())
        self.next_edit.setDate(to_qdate(add_months(held, self.cadence.months)))

    def values(self) -> dict[str, Any] | None:
        """The review's fields, or None (with the reason under the field) if refused."""
        next_on: date | None = None
        if self.next_check.isChecked():
            next_on = to_date(self.next_edit.date())
        values = {
            "held_on": to_date(self.held_edit.date()),
            "kind": self.kind_combo.currentData(),
            "attendees": self.attendees_edit.text().strip(),
            "summary": self.summary_edit.toPlainText().strip(),
            "outcomes": self.outcomes_edit.toPlainText().strip(),
            "next_review_on": next_on,
        }
        try:
            check_review(values)
        except ValidationError:
            self.next_row.show_error(self.tr("The next review cannot be before this one."))
            return None
        self.next_row.show_error("")
        return values
