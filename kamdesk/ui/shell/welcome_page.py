"""The page shown when no account is open: on first start, how to begin; later, where to go."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Product name, what it does, and the first steps (never an empty grey window)."""

    load_demo_requested = Signal()
    new_account_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("kamdesk")
        self.title.setObjectName("welcomeTitle")
        self.tagline = QLabel(
            self.tr(
                "Profiles, stakeholder maps, goals and printed account plans for your key "
                "accounts — offline, on your own computer."
            )
        )
        self.tagline.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("mutedLabel")
        self.demo_button = QPushButton(self.tr("Load demo portfolio"))
        self.demo_button.setToolTip(
            self.tr("Fill the database with 48 realistic example accounts to try kamdesk out")
        )
        self.demo_button.clicked.connect(self.load_demo_requested)
        self.new_button = QPushButton(self.tr("New account"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_account_requested)
        for button in (self.demo_button, self.new_button):
            button.setMinimumHeight(34)
            button.setMinimumWidth(180)

        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.tagline)
        column.addWidget(self.hint)
        column.addSpacing(8)
        column.addLayout(buttons)
        panel = QWidget()
        panel.setMaximumWidth(620)
        panel.setLayout(column)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(panel, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.set_empty(True)

    def set_empty(self, empty: bool) -> None:
        """First start (no accounts yet) or simply no account open."""
        self.demo_button.setVisible(empty)
        if empty:
            self.hint.setText(
                self.tr(
                    "Your portfolio is empty. Start with your first key account, or load a "
                    "demo portfolio to look around."
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "Choose an account from the list on the left, or open the portfolio "
                    "dashboard to see where attention is needed."
                )
            )
