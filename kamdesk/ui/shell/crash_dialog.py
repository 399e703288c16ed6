"""The dialog an unexpected error shows: what happened in one sentence, where the details
are, and a button that copies them (for an e-mail to whoever supports kamdesk).

The details are the error log's text: exception types and code locations, no messages and
so no customer data, safe to paste anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)


class CrashDialog(QDialog):
    """Says that something went wrong, where the log is, and copies the details."""

    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("kamdesk – unexpected error"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(
            self.tr("Something went wrong: kamdesk could not finish what you just did. "
                    "Changes that were saved before are safe. If the window looks wrong, "
                    "close kamdesk and start it again.")
        )
        self.message.setWordWrap(True)
        if log_path is not None:
            where = self.tr("The details were written to %1.").replace("%1", str(log_path))
        else:
            where = self.tr("The details could not be written to the log file.")
        self.where = QLabel(where)
        self.where.setWordWrap(True)
        self.where.setObjectName("mutedLabel")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel(self.tr("More errors followed this one; they are in the log too."))
        self.more.setWordWrap(True)
        self.more.setObjectName("mutedLabel")
        self.more.hide()
        self.copied = QLabel("")
        self.copied.setObjectName("mutedLabel")

        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(
            self.tr("Copies what went wrong where in kamdesk's code; no customer data.")
        )
        self.copy_button.clicked.connect(self.copy_details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(self.message)
        text.addWidget(self.where)
        text.addWidget(self.more)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(8)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.copied)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def copy_details(self) -> None:
        """Put the details on the clipboard and say so."""
        QGuiApplication.clipboard().setText(self.details)
        self.copied.setText(self.tr("The details are on the clipboard."))

    def note_another_error(self) -> None:
        """Another error happened while this dialog was open (it is logged, not shown)."""
        self.more.show()
