"""A tile of the dashboard: a figure with its caption and a smaller line under it."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class Tile(QFrame):
    """A figure with its caption and a smaller line under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardTile")
        self.setStyleSheet(
            "#dashboardTile { background: white; border: 1px solid #d5dbe2; border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #5c6670;")
        self.caption.setWordWrap(True)  # long German captions take two lines on a laptop
        self.value = QLabel("–")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #5c6670;")
        self.detail.setWordWrap(True)
        for label in (self.caption, self.value, self.detail):
            layout.addWidget(label)

    def set_figure(self, value: str, detail: str = "") -> None:
        """Show a value and its detail line."""
        self.value.setText(value)
        self.detail.setText(detail)
