"""A strip of headline figures for the whitespace and opportunity tabs.

Shows what the domain module computes (whitespace_figures): active business, whitespace
potential, share of relevant cells covered, weighted pipeline and the value won in the
current fiscal year.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kamdesk.services.growth.opportunity_editing import PipelineFigures
from kamdesk.ui.common.money_text import format_money


class FigureCard(QFrame):
    """One figure: a small caption above a large number."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet(
            "#figureCard { background: #f4f6f9; border: 1px solid #dde2ea; border-radius: 6px; }"
        )
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #5a6372; font-size: 8.5pt;")
        self.value = QLabel("–")
        self.value.setStyleSheet("font-size: 13pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(1)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)

    def set_value(self, text: str, tooltip: str = "") -> None:
        """Show a figure (already formatted)."""
        self.value.setText(text)
        self.setToolTip(tooltip)


class GrowthFiguresBar(QWidget):
    """Active, potential, coverage, weighted pipeline and won this fiscal year."""

    def __init__(self, show_whitespace: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active = FigureCard(self.tr("Active business / year"))
        self.potential = FigureCard(self.tr("Whitespace potential / year"))
        self.coverage = FigureCard(self.tr("Cells covered"))
        self.weighted = FigureCard(self.tr("Weighted pipeline"))
        self.won = FigureCard(self.tr("Won this fiscal year"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        cards = [self.weighted, self.won]
        if show_whitespace:
            cards = [self.active, self.potential, self.coverage, *cards]
        for card in cards:
            layout.addWidget(card, 1)
        for card in (self.active, self.potential, self.coverage):
            card.setVisible(show_whitespace)

    def set_whitespace(
        self, active: Decimal, potential: Decimal, coverage: Decimal | None, symbol: str
    ) -> None:
        """Show the matrix totals."""
        self.active.set_value(format_money(active, symbol))
        self.potential.set_value(
            format_money(potential, symbol),
            self.tr("Estimated value of cells marked opportunity, in progress or competitor."),
        )
        if coverage is None:
            self.coverage.set_value("–", self.tr("No relevant cell yet."))
        else:
            self.coverage.set_value(
                QLocale().toString(float(coverage * 100), "f", 0) + " %",
                self.tr("Active cells among all cells not marked “not relevant”."),
            )

    def set_pipeline(self, figures: PipelineFigures, symbol: str) -> None:
        """Show the pipeline figures."""
        self.weighted.set_value(
            format_money(figures.weighted, symbol),
            self.tr("Value × probability of the %1 open opportunities.")
            .replace("%1", str(figures.open_count)),
        )
        self.won.caption.setText(
            self.tr("Won in fiscal year %1").replace("%1", str(figures.fiscal_year))
        )
        self.won.set_value(format_money(figures.won_this_fiscal_year, symbol))
