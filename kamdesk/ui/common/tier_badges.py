"""Tier badges: a coloured pill with the tier's name, the same wherever a tier is shown.

Colour alone never carries the meaning (colour-blind users, grey printouts): the pill
always holds the word too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from kamdesk.domain import palette
from kamdesk.domain.enums import Tier

# (background, text) colours per tier.
TIER_COLOURS: dict[Tier, tuple[str, str]] = palette.TIER


def tier_label(tier: Tier) -> str:
    """The tier's name as the user reads it (translated)."""
    labels = {
        Tier.KEY: QCoreApplication.translate("Tier", "Key"),
        Tier.EMERGING: QCoreApplication.translate("Tier", "Emerging"),
        Tier.STANDARD: QCoreApplication.translate("Tier", "Standard"),
        Tier.ARCHIVED: QCoreApplication.translate("Tier", "Archived"),
    }
    return labels[tier]


def pill_font(base: QFont) -> QFont:
    """The badge font: the base font, a little smaller and bold."""
    font = QFont(base)
    font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
    font.setBold(True)
    return font


def pill_width(tier: Tier, base: QFont) -> int:
    """How wide the badge of this tier is drawn with this base font."""
    return QFontMetrics(pill_font(base)).horizontalAdvance(tier_label(tier)) + 14


def paint_pill(painter: QPainter, rect: QRect, tier: Tier, base: QFont) -> None:
    """Draw the tier badge centred vertically in ``rect``, aligned to its left edge."""
    background, foreground = TIER_COLOURS[tier]
    font = pill_font(base)
    metrics = QFontMetrics(font)
    height = metrics.height() + 4
    width = pill_width(tier, base)
    top = rect.top() + (rect.height() - height) // 2
    pill = QRectF(rect.left(), top, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(background))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(QColor(foreground))
    painter.setFont(font)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, tier_label(tier))
    painter.restore()


class TierBadge(QLabel):
    """A tier badge as a widget (e.g. in the account header)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_tier(None)

    def set_tier(self, tier: Tier | None) -> None:
        """Show this tier (None: hide the badge)."""
        self.setVisible(tier is not None)
        if tier is None:
            return
        background, foreground = TIER_COLOURS[tier]
        self.setText(tier_label(tier))
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border-radius: 9px;"
            " padding: 2px 10px; font-weight: bold; }"
        )
