"""The goals table: a model over goal rows, the status badge and the progress bar painted.

A goal's status is shown as a coloured pill that always carries the word as well (colour
alone is lost on grey printouts and to colour-blind users); progress as a small bar with
its percentage.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from kamdesk.domain import palette
from kamdesk.domain.enums import GoalStatus
from kamdesk.services.tracking.goal_editing import GoalRow
from kamdesk.ui.common.row_table_model import ROW_ROLE, SORT_ROLE, AnyIndex, Column, RowTableModel

__all__ = ["ROW_ROLE", "SORT_ROLE", "GoalBadgeDelegate", "GoalTableModel"]

# (background, text) colours per status: the printed plan's too.
STATUS_COLOURS: dict[GoalStatus, tuple[str, str]] = palette.GOAL_BADGE
STATUS_ORDER = {
    GoalStatus.OVERDUE: 0,
    GoalStatus.OFF_TRACK: 1,
    GoalStatus.AT_RISK: 2,
    GoalStatus.ON_TRACK: 3,
    GoalStatus.ACHIEVED: 4,
}


def status_label(status: GoalStatus) -> str:
    """The status as the user reads it (translated)."""
    labels = {
        GoalStatus.ACHIEVED: QCoreApplication.translate("GoalStatus", "Achieved"),
        GoalStatus.ON_TRACK: QCoreApplication.translate("GoalStatus", "On track"),
        GoalStatus.AT_RISK: QCoreApplication.translate("GoalStatus", "At risk"),
        GoalStatus.OFF_TRACK: QCoreApplication.translate("GoalStatus", "Off track"),
        GoalStatus.OVERDUE: QCoreApplication.translate("GoalStatus", "Overdue"),
    }
    return labels[status]


def status_style(status: GoalStatus) -> str:
    """A style sheet that draws a QLabel as the status pill."""
    background, foreground = STATUS_COLOURS[status]
    return (
        f"background: {background}; color: {foreground}; border-radius: 9px; "
        "padding: 2px 10px; font-weight: 600;"
    )


def format_metric(value: Decimal | None, unit: str = "") -> str:
    """A goal figure in the user's locale, without needless trailing zeros, with its unit."""
    if value is None:
        return ""
    normalized = value.normalize()
    places = max(0, -int(normalized.as_tuple().exponent))
    text = QLocale().toString(float(value), "f", min(places, 4))
    if not unit:
        return text
    return f"{text}\u00a0{unit}" if unit not in ("%",) else f"{text}\u00a0%"


def format_percent(fraction: Decimal | None) -> str:
    """A fraction as a whole percentage ("" for none)."""
    if fraction is None:
        return ""
    return QLocale().toString(round(float(fraction) * 100)) + "\u00a0%"


class GoalTableModel(RowTableModel):
    """Goals of one kind (customer-facing or internal): read-only rows, edited in the form."""

    PROGRESS_COLUMN = 3
    # Shown when the table has room: the goal form beside it says the same.
    DETAIL_COLUMNS = (1, 2)  # baseline → target, current
    STATUS_COLUMN = 4

    def __init__(self, parent: QObject | None = None) -> None:
        # Named translate, not tr: lupdate reads a two-argument tr() as (text, comment), and
        # the headers were collected as the text "GoalTable" and never shown in German.
        translate = QCoreApplication.translate
        super().__init__(
            [
                Column("title", translate("GoalTable", "Goal"), editor=""),
                Column("target", translate("GoalTable", "Baseline → target"), editor=""),
                Column("current", translate("GoalTable", "Current"), editor=""),
                Column("progress", translate("GoalTable", "Progress"), format_percent, editor=""),
                Column("status", translate("GoalTable", "Status"), status_label, editor=""),
                Column("due_on", translate("GoalTable", "Due"), editor=""),
            ],
            parent,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        goal: GoalRow = self.row_at(index.row())
        field = self.columns[index.column()].field
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if field == "target":
                return f"{format_metric(goal.baseline)} → {format_metric(goal.target, goal.unit)}"
            if field == "current":
                return format_metric(goal.current, goal.unit)
            if field == "title" and role == Qt.ItemDataRole.ToolTipRole:
                owner = goal.owner or QCoreApplication.translate("GoalTable", "nobody")
                return QCoreApplication.translate("GoalTable", "%1\nMetric: %2\nOwner: %3").replace(
                    "%1", goal.title).replace("%2", goal.metric or "–").replace("%3", owner)
        if role == SORT_ROLE:
            if field == "status":
                return STATUS_ORDER[goal.status]
            if field in ("progress", "current"):
                value = getattr(goal, field)
                return -1.0 if value is None else float(value)
            if field == "target":
                return float(goal.target)
        overdue = goal.status is GoalStatus.OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole and field == "due_on" and overdue:
            return QColor("#b00020")
        return super().data(index, role)


class GoalBadgeDelegate(QStyledItemDelegate):
    """Paints the progress column as a bar and the status column as a pill."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        goal = index.data(ROW_ROLE)
        if not isinstance(goal, GoalRow):
            super().paint(painter, option, index)
            return
        # The selection background first, so the bar and pill sit on it.
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(style.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect.adjusted(6, 0, -6, 0)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.column() == GoalTableModel.PROGRESS_COLUMN:
            self._paint_progress(painter, QRectF(rect), goal, option.font)
        else:
            self._paint_pill(painter, QRectF(rect), goal.status, option.font)
        painter.restore()

    @staticmethod
    def _paint_progress(painter: QPainter, rect: QRectF, goal: GoalRow, font: QFont) -> None:
        text = format_percent(goal.progress) or "–"
        metrics = QFontMetrics(font)
        text_width = metrics.horizontalAdvance("100 %") + 6
        bar = QRectF(rect.left(), rect.center().y() - 4, rect.width() - text_width, 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#e3e8ee"))
        painter.drawRoundedRect(bar, 4, 4)
        fraction = 0.0 if goal.progress is None else min(max(float(goal.progress), 0.0), 1.0)
        if fraction > 0:
            filled = QRectF(bar.left(), bar.top(), bar.width() * fraction, bar.height())
            background, foreground = STATUS_COLOURS[goal.status]
            # Overdue draws white on red: its fill is the red, not the (white) text colour.
            fill = background if goal.status is GoalStatus.OVERDUE else foreground
            painter.setBrush(QColor(fill).lighter(115))
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(QColor("#2f3b48"))
        painter.setFont(font)
        painter.drawText(
            QRectF(bar.right() + 6, rect.top(), text_width, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            text,
        )

    @staticmethod
    def _paint_pill(painter: QPainter, rect: QRectF, status: GoalStatus, base: QFont) -> None:
        font = QFont(base)
        font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        font.setBold(True)
        metrics = QFontMetrics(font)
        label = status_label(status)
        height = metrics.height() + 4
        width = metrics.horizontalAdvance(label) + 16
        pill = QRectF(rect.left(), rect.center().y() - height / 2, width, height)
        background, foreground = STATUS_COLOURS[status]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(foreground))
        painter.setFont(font)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> Any:
        hint = super().sizeHint(option, index)
        hint.setWidth(max(hint.width(), 120))
        return hint

