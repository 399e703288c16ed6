"""The Assessment tab: the account's scorecard, its recommended tier and the score history.

Each criterion shows its latest score, editable; a change is stored as today's score (a new
dated row, or today's row changed again) and can be undone. Revenue share and CLV show the
score proposed from the data next to an "Apply" button. The weighted score and the
recommended tier follow every change, with the reasons in words, next to the tier the user
set and a note when the two disagree.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kamdesk.domain.data_changes import DataKind
from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.scorecard import MAX_SCORE, MIN_SCORE
from kamdesk.services.assessment.scorecard_editing import (
    AccountScorecard,
    ScoreRecord,
    load_scorecard,
    put_score,
)
from kamdesk.ui.assessment.score_history_model import (
    ScoreHistoryModel,
    criterion_label,
)
from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.currency_symbols import currency_symbol
from kamdesk.ui.common.edit_commands import USER_ERRORS, UpdateRowCommand
from kamdesk.ui.common.error_messages import error_text
from kamdesk.ui.common.form_fields import FieldRow
from kamdesk.ui.common.money_text import format_money
from kamdesk.ui.common.portfolio_texts import percent_text, reason_text, score_text
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.common.row_table_model import SORT_ROLE
from kamdesk.ui.common.tier_badges import TierBadge, tier_label
from kamdesk.ui.common.workspace_tab import WorkspaceTab

NOT_SCORED = 0  # the spin box value shown as "Not scored"


class AssessmentTab(WorkspaceTab):
    """Scorecard, recommended tier and history of one account."""

    area = "assessment"
    # The tier is set on the Profile tab; revenue moves the proposals and the class.
    kinds = frozenset({DataKind.SCORES, DataKind.PROFILE, DataKind.REVENUE, DataKind.SETTINGS})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.card: AccountScorecard | None = None
        self.score_fields: dict[Criterion, FieldRow] = {}
        self.spin_boxes: dict[Criterion, QSpinBox] = {}
        self.scored_on_labels: dict[Criterion, QLabel] = {}
        self.weight_labels: dict[Criterion, QLabel] = {}
        self.proposal_labels: dict[Criterion, QLabel] = {}
        self.apply_buttons: dict[Criterion, QPushButton] = {}

        # The scorecard across the whole width (its German criteria and proposals need it on
        # a laptop); the tier beside the history, which has room to give.
        layout = QVBoxLayout(self)
        layout.addWidget(self._scorecard_box())
        bottom = QHBoxLayout()
        bottom.addWidget(self._history_box(), 1)
        tier = self._tier_box()
        tier.setFixedWidth(300)
        bottom.addWidget(tier)
        layout.addLayout(bottom, 1)

    def title(self) -> str:
        return self.tr("Assessment")

    # -- building ---------------------------------------------------------------------------

    def _scorecard_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scorecard"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        headers = (self.tr("Criterion"), self.tr("Weight"), self.tr("Score (1–5)"),
                   self.tr("Scored on"), self.tr("Proposed from the data"))
        for column, text in enumerate(headers):
            label = QLabel(text)
            label.setObjectName("columnHeader")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        for row, criterion in enumerate(Criterion, start=1):
            name = QLabel(criterion_label(criterion))
            weight = QLabel()
            self.weight_labels[criterion] = weight
            spin = QSpinBox()
            spin.setRange(NOT_SCORED, MAX_SCORE)
            spin.setSpecialValueText(self.tr("Not scored"))
            spin.setKeyboardTracking(False)  # store once the user is done, not per keystroke
            spin.setAccessibleName(criterion_label(criterion))
            spin.setMinimumWidth(110)
            spin.valueChanged.connect(partial(self._on_score_chosen, criterion))
            name.setBuddy(spin)
            field = FieldRow(spin)
            scored_on = QLabel()
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(weight, row, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(field, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(scored_on, row, 3, Qt.AlignmentFlag.AlignVCenter)
            self.score_fields[criterion] = field
            self.spin_boxes[criterion] = spin
            self.scored_on_labels[criterion] = scored_on
            if criterion in (Criterion.REVENUE_SHARE, Criterion.CLV):
                proposal = QLabel()
                proposal.setWordWrap(True)
                apply = QPushButton(self.tr("Apply"))
                apply.setToolTip(self.tr("Use the proposed score"))
                apply.clicked.connect(partial(self._apply_proposal, criterion))
                # No alignment flag: an aligned cell would not give the wrapped proposal
                # the height its lines need.
                cell = QHBoxLayout()
                cell.addWidget(proposal, 1)
                cell.addWidget(apply, 0, Qt.AlignmentFlag.AlignTop)
                grid.addLayout(cell, row, 4)
                self.proposal_labels[criterion] = proposal
                self.apply_buttons[criterion] = apply
        grid.setColumnStretch(4, 1)
        self.weighted_label = QLabel()
        self.weighted_label.setObjectName("weightedScore")
        font = self.weighted_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.weighted_label.setFont(font)
        grid.addWidget(self.weighted_label, len(Criterion) + 1, 0, 1, 5)
        self.basis_label = QLabel()
        self.basis_label.setWordWrap(True)
        self.basis_label.setObjectName("mutedText")
        grid.addWidget(self.basis_label, len(Criterion) + 2, 0, 1, 5)
        grid.setRowStretch(len(Criterion) + 3, 1)
        return box

    def _tier_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tier"))
        layout = QVBoxLayout(box)
        recommended_row = QHBoxLayout()
        recommended_row.addWidget(QLabel(self.tr("Recommended:")))
        self.recommended_badge = TierBadge()
        recommended_row.addWidget(self.recommended_badge)
        recommended_row.addStretch(1)
        layout.addLayout(recommended_row)
        self.reasons_label = QLabel()
        self.reasons_label.setWordWrap(True)
        self.reasons_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.reasons_label)
        actual_row = QHBoxLayout()
        actual_row.addWidget(QLabel(self.tr("Tier you set:")))
        self.actual_badge = TierBadge()
        actual_row.addWidget(self.actual_badge)
        actual_row.addStretch(1)
        layout.addLayout(actual_row)
        self.disagreement_label = QLabel()
        self.disagreement_label.setObjectName("warningNote")
        self.disagreement_label.setWordWrap(True)
        self.disagreement_label.setStyleSheet(
            "QLabel { background: #fff4d6; color: #5c4200; border: 1px solid #f0c75e;"
            " border-radius: 4px; padding: 6px; }"
        )
        layout.addWidget(self.disagreement_label)
        layout.addStretch(1)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("History"))
        layout = QVBoxLayout(box)
        filter_row = QHBoxLayout()
        filter_label = QLabel(self.tr("Show:"))
        self.history_filter = QComboBox()
        self.history_filter.addItem(self.tr("All criteria"), "")
        for criterion in Criterion:
            self.history_filter.addItem(criterion_label(criterion), criterion.value)
        filter_label.setBuddy(self.history_filter)
        self.history_filter.currentIndexChanged.connect(self._on_filter_changed)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.history_filter)
        filter_row.addStretch(1)
        layout.addLayout(filter_row)
        self.history_model = ScoreHistoryModel(self)
        self.history_proxy = QSortFilterProxyModel(self)
        self.history_proxy.setSourceModel(self.history_model)
        self.history_proxy.setFilterRole(Qt.ItemDataRole.EditRole)  # the criterion's value
        self.history_proxy.setFilterKeyColumn(0)
        self.history_proxy.setSortRole(SORT_ROLE)
        self.history_view = QTableView()
        self.history_view.setModel(self.history_proxy)
        self.history_view.setSortingEnabled(True)
        self.history_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.verticalHeader().hide()
        header = self.history_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.history_view)
        return box

    # -- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the scorecard again and show it."""
        if self.account_id is None:
            self.card = None
            self.setEnabled(False)
            return
        try:
            self.card = load_scorecard(self.context.db, self.account_id)
        except USER_ERRORS as error:
            self.card = None
            self.context.failed.emit(error_text(error))
            self.setEnabled(False)
            return
        self.setEnabled(True)
        self._show(self.card)

    def _show(self, card: AccountScorecard) -> None:
        locale = QLocale()
        history: list[ScoreRecord] = []
        for line in card.lines:
            criterion = line.criterion
            field = self.score_fields[criterion]
            field.show_error("")
            spin = self.spin_boxes[criterion]
            spin.blockSignals(True)
            spin.setValue(line.latest.value if line.latest else NOT_SCORED)
            spin.blockSignals(False)
            self.weight_labels[criterion].setText(locale.toString(line.weight))
            self.scored_on_labels[criterion].setText(
                show_date(line.latest.scored_on)
                if line.latest
                else ""
            )
            if criterion in self.proposal_labels:
                self.proposal_labels[criterion].setText(self._proposal_text(card, criterion))
                self.apply_buttons[criterion].setEnabled(
                    line.proposal is not None
                    and (line.latest is None or line.latest.value != line.proposal)
                )
            history.extend(line.history)
        self.history_model.set_rows(history)
        self.weighted_label.setText(
            self.tr("Weighted score: %1 of 100").replace("%1", score_text(card.weighted_score))
            if card.weighted_score is not None
            else self.tr("Weighted score: not yet — score at least one weighted criterion.")
        )
        self.basis_label.setText(
            self.tr("Class %1 by revenue: %2 of the portfolio's revenue in %3 (%4).")
            .replace("%1", card.abc_class.value)
            .replace("%2", percent_text(card.share))
            .replace("%3", self._window_text(card))
            .replace("%4", format_money(card.revenue, self._currency(), 0))
        )
        recommended = card.recommendation.tier
        self.recommended_badge.set_tier(recommended)
        self.reasons_label.setText(
            "\n".join(f"• {reason_text(r)}" for r in card.recommendation.reasons)
        )
        self.actual_badge.set_tier(card.tier)
        disagrees = recommended is not card.tier and card.tier is not Tier.ARCHIVED
        self.disagreement_label.setVisible(disagrees)
        if disagrees:
            self.disagreement_label.setText(
                self.tr(
                    "The recommendation (%1) differs from the tier you set (%2). Keep your "
                    "tier if you know more than the figures; change it on the Profile tab."
                )
                .replace("%1", tier_label(recommended))
                .replace("%2", tier_label(card.tier))
            )

    def _proposal_text(self, card: AccountScorecard, criterion: Criterion) -> str:
        proposal = card.line(criterion).proposal
        if proposal is None:
            return ""
        if criterion is Criterion.REVENUE_SHARE:
            basis = self.tr("%1 of our revenue").replace("%1", percent_text(card.share))
        else:
            basis = self.tr("CLV %1").replace("%1", format_money(card.clv, self._currency(), 0))
        return self.tr("%1 (%2)").replace("%1", QLocale().toString(proposal)).replace("%2", basis)

    def _window_text(self, card: AccountScorecard) -> str:
        return self.tr("%1 – %2").replace("%1", show_date(card.window.start)).replace(
            "%2", show_date(card.window.end)
        )

    def _currency(self) -> str:
        return currency_symbol(self.card.currency) if self.card else ""

    # -- editing ----------------------------------------------------------------------------

    def _on_score_chosen(self, criterion: Criterion, value: int) -> None:
        card = self.card
        if card is None:
            return
        line = card.line(criterion)
        field = self.score_fields[criterion]
        if value == NOT_SCORED:
            if line.latest is not None:
                field.show_error(
                    self.tr("Choose a score from %1 (low) to %2 (high); earlier scores stay "
                            "in the history.")
                    .replace("%1", str(MIN_SCORE))
                    .replace("%2", str(MAX_SCORE))
                )
                spin = self.spin_boxes[criterion]
                spin.blockSignals(True)
                spin.setValue(line.latest.value)
                spin.blockSignals(False)
            return
        self.set_score(criterion, value)

    def _apply_proposal(self, criterion: Criterion) -> None:
        if self.card is None:
            return
        proposal = self.card.line(criterion).proposal
        if proposal is not None:
            self.set_score(criterion, proposal)

    def set_score(self, criterion: Criterion, value: int) -> None:
        """Store ``value`` as today's score of ``criterion`` through the undo stack."""
        card = self.card
        if card is None or self.account_id is None:
            return
        line = card.line(criterion)
        if line.latest is not None and line.latest.value == value:
            return
        day = card.today  # fixed now: an undo after midnight still means this day's row
        today_row = next((r for r in line.history if r.scored_on == day), None)
        db = self.context.db

        error = self.context.push(UpdateRowCommand(
            self.context,
            self.tr("Score %1").replace("%1", criterion_label(criterion)),
            DataKind.SCORES,
            self.account_id,
            lambda account_id, seen, values: put_score(
                db, account_id, criterion, day, seen, values["value"]
            ),
            self.account_id,
            line.today_version,  # of this criterion's row of the day: each has its own
            {"value": today_row.value if today_row else None},
            {"value": value},
            origin=self,
        ))
        if error is not None:
            self.score_fields[criterion].show_error(error_text(error))

    def _on_filter_changed(self) -> None:
        value = self.history_filter.currentData()
        self.history_proxy.setFilterRegularExpression(f"^{value}$" if value else "")
