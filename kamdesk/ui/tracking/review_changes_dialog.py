""""What changed since <date>": the opening of a review, and the form to record it.

The changes come from the plan snapshot comparison (stakeholders added and gone, attitude
and influence changes, goal progress, new and closed actions, revenue of the quarters
since, new opportunities); below them the review is recorded.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from html import escape

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.enums import ReviewCadence
from kamdesk.domain.plan_diff import PlanChanges
from kamdesk.services.plans.review_start import ReviewStart
from kamdesk.ui.common.money_text import format_amount
from kamdesk.ui.common.qt_dates import to_qdatetime
from kamdesk.ui.tracking.review_form import ReviewForm


class ReviewChangesDialog(QDialog):
    """Shows what changed since the last snapshot and records the review."""

    def __init__(
        self, start: ReviewStart, cadence: ReviewCadence, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan review"))
        if start.previous_taken_at is None:
            heading = self.tr("First review: no earlier snapshot of this plan to compare with.")
        else:
            local = to_qdatetime(start.previous_taken_at).toLocalTime()
            when = QLocale().toString(local.date(), QLocale.FormatType.LongFormat)
            heading = self.tr("What changed since %1").replace("%1", when)
        self.heading = QLabel(heading)
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.changes = QTextBrowser()
        self.changes.setHtml(self.changes_html(start.changes))
        self.form = ReviewForm(cadence)
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Record the review"))
        title.setStyleSheet("font-weight: 600;")
        form_layout.addWidget(title)
        form_layout.addWidget(self.form)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.changes)
        splitter.addWidget(form_box)
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox()
        self.record_button = buttons.addButton(
            self.tr("Record review"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(760, 680)
        self.values: dict[str, object] | None = None

    def _accept(self) -> None:
        self.values = self.form.values()
        if self.values is not None:
            self.accept()

    def changes_html(self, changes: PlanChanges) -> str:
        """The changes as short headed lists (HTML, every user text escaped)."""
        if changes.is_empty:
            return "<p>" + escape(self.tr("Nothing changed in the plan.")) + "</p>"
        sections: list[tuple[str, list[str]]] = [
            (self.tr("New stakeholders"), [
                " – ".join(filter(None, (s.name, str(s.title or ""))))
                for s in changes.stakeholders_added
            ]),
            (self.tr("Stakeholders gone"), [
                (self.tr("%1 (left the company)") if s.reason == "left"
                 else self.tr("%1 (removed)")).replace("%1", s.name)
                for s in changes.stakeholders_gone
            ]),
            (self.tr("Attitude changes"), [
                f"{c.name}: {c.before} → {c.after}" for c in changes.attitude_changes
            ]),
            (self.tr("Influence changes"), [
                f"{c.name}: {c.before} → {c.after}" for c in changes.influence_changes
            ]),
            (self.tr("Goals added"), list(changes.goals_added)),
            (self.tr("Goals removed"), list(changes.goals_removed)),
            (self.tr("Goal progress"), [
                self.tr("%1: %2 → %3 (%4 → %5)")
                .replace("%1", g.title)
                .replace("%2", str(g.current_before if g.current_before is not None else "–"))
                .replace("%3", str(g.current_after if g.current_after is not None else "–"))
                .replace("%4", str(g.status_before or "–").replace("_", " "))
                .replace("%5", str(g.status_after or "–").replace("_", " "))
                for g in changes.goal_progress
            ]),
            (self.tr("New actions"), list(changes.actions_new)),
            (self.tr("Actions closed"), [
                (self.tr("%1 (removed)") if a.removed else "%1").replace("%1", a.title)
                for a in changes.actions_closed
            ]),
            (self.tr("Revenue of the quarters since"), [
                self.tr("Q%1 %2: actual %3, plan %4%5")
                .replace("%1", str(r.quarter))
                .replace("%2", str(r.year))
                .replace("%3", _amount(r.actual_after))
                .replace("%4", _amount(r.plan_after))
                .replace("%5", "" if r.is_new else self.tr(" (was %1)").replace(
                    "%1", _amount(r.actual_before)))
                for r in changes.revenue_changes
            ]),
            (self.tr("New opportunities"), [o.title for o in changes.opportunities_new]),
            (self.tr("Opportunity status changes"), [
                f"{c.name}: {c.before} → {c.after}" for c in changes.opportunity_status_changes
            ]),
        ]
        parts = []
        for title, items in sections:
            if items:
                parts.append(f"<h4>{escape(title)}</h4><ul>")
                parts.extend(f"<li>{escape(item)}</li>" for item in items)
                parts.append("</ul>")
        return "".join(parts)


def _amount(value: object) -> str:
    # Snapshots keep amounts as text ("1234.50"): shown in the user's locale.
    if value is None:
        return "–"
    try:
        return format_amount(Decimal(str(value)))
    except InvalidOperation:
        return str(value)
