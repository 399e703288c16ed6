"""How one account is drawn in the portfolio sidebar: two lines, tier badge, revenue."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from kamdesk.services.portfolio.account_directory import AccountRow
from kamdesk.ui.common.money_text import format_money
from kamdesk.ui.common.tier_badges import paint_pill, pill_width
from kamdesk.ui.portfolio.account_list_model import ROW_ROLE

MARGIN = 8


class AccountListDelegate(QStyledItemDelegate):
    """Line one: name and last-four-quarter revenue; line two: tier badge, industry, city."""

    currency_symbol = "€"

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 3 * MARGIN - 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, AccountRow):
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            option.widget)
        rect: QRect = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = QColor(text_colour)
        muted.setAlpha(150)
        base: QFont = option.font
        metrics = QFontMetrics(base)
        line = metrics.height()
        inner = rect.adjusted(MARGIN + 2, MARGIN - 2, -MARGIN - 2, -MARGIN + 2)

        painter.save()
        revenue = format_money(row.revenue_last_4q, self.currency_symbol)
        revenue_width = metrics.horizontalAdvance(revenue) + MARGIN
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name_rect = QRect(inner.left(), inner.top(), inner.width() - revenue_width, line)
        name = QFontMetrics(bold).elidedText(row.name, Qt.TextElideMode.ElideRight,
                                             name_rect.width())
        painter.drawText(name_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         name)
        painter.setFont(base)
        painter.setPen(muted)
        painter.drawText(
            QRect(inner.right() - revenue_width, inner.top(), revenue_width, line),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            revenue,
        )

        second = QRect(inner.left(), inner.top() + line + 4, inner.width(), line)
        paint_pill(painter, second, row.tier, base)
        badge = pill_width(row.tier, base) + MARGIN
        place = " · ".join(part for part in (row.industry, row.city) if part)
        painter.setFont(base)
        painter.setPen(muted)
        detail_rect = second.adjusted(badge, 0, 0, 0)
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(place, Qt.TextElideMode.ElideRight, detail_rect.width()),
        )
        painter.restore()
