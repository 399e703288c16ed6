"""Painting of the whitespace matrix: cells keep their status colour when selected, and
offering names wrap over up to three header lines.

The default selection paints over a cell in the highlight colour, which hides the one
thing the matrix is for (the status); here the selected cell keeps its fill and gets a
thick frame instead.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
FRAME_WIDTH = 3


class WhitespaceCellDelegate(QStyledItemDelegate):
    """Fill, symbol and value of a cell; a frame (not a fill) marks the selection."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fill = index.data(Qt.ItemDataRole.BackgroundRole)
        ink = index.data(Qt.ItemDataRole.ForegroundRole)
        font = index.data(Qt.ItemDataRole.FontRole)
        painter.save()
        painter.fillRect(rect, fill if isinstance(fill, QColor) else palette.base())
        painter.setPen(ink if isinstance(ink, QColor) else palette.color(QPalette.ColorRole.Text))
        base: QFont = option.font
        painter.setFont(font if isinstance(font, QFont) else base)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter, text)
        if selected:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), FRAME_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FRAME_WIDTH // 2 + 1
            painter.drawRect(rect.adjusted(half, half, -half, -half))
        painter.restore()


class WrappingHeaderView(QHeaderView):
    """A horizontal header whose section titles wrap onto up to three lines."""

    LINES = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = QFontMetrics(self.font())
        return QSize(hint.width(), metrics.lineSpacing() * self.LINES + 10)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical_index
        option.text = ""
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        model = self.model()
        text = str(model.headerData(logical_index, self.orientation()) or "")
        font = model.headerData(logical_index, self.orientation(), Qt.ItemDataRole.FontRole)
        font = QFont(font if isinstance(font, QFont) else self.font())
        font.setPointSizeF(font.pointSizeF() * 0.92)
        painter.setFont(font)
        area = rect.adjusted(3, 2, -3, -2)
        metrics = QFontMetrics(painter.font())
        lines = wrap_to_width(text, area.width(), metrics)
        if len(lines) > self.LINES:
            lines = [*lines[: self.LINES - 1], " ".join(lines[self.LINES - 1 :])]
            lines[-1] = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, area.width())
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, "\n".join(lines))
        painter.restore()


def wrap_to_width(text: str, width: int, metrics: QFontMetrics) -> list[str]:
    """Lines of at most ``width`` pixels, broken at spaces and after hyphens; a word wider
    than the column alone is split with a hyphen."""
    tokens = re.findall(r"[^\s-]+-?|-", text)
    lines: list[str] = []
    for token in tokens:
        joiner = "" if lines and lines[-1].endswith("-") else " "
        if lines and metrics.horizontalAdvance(lines[-1] + joiner + token) <= width:
            lines[-1] += joiner + token
            continue
        while metrics.horizontalAdvance(token) > width and len(token) > 3:
            cut = len(token) - 1
            while cut > 2 and metrics.horizontalAdvance(token[:cut] + "-") > width:
                cut -= 1
            lines.append(token[:cut] + "-")
            token = token[cut:]
        lines.append(token)
    return lines
