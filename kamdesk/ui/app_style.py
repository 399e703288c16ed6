"""The app's look: Fusion style and a small style sheet for titles, hints and field errors."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QLabel#accountTitle { font-size: 17pt; font-weight: 600; }
QLabel#welcomeTitle { font-size: 30pt; font-weight: 700; color: #1f3a5f; }
QLabel#mutedLabel { color: #5f6b7a; }
QLabel#fieldError { color: #b00020; }
QLabel#sectionHint { color: #5f6b7a; }
QLineEdit[invalid="true"], QComboBox[invalid="true"], QPlainTextEdit[invalid="true"],
QDateEdit[invalid="true"], QSpinBox[invalid="true"] { border: 1px solid #b00020; }
QGroupBox { font-weight: 600; margin-top: 10px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }
QGroupBox QLabel, QGroupBox QLineEdit, QGroupBox QComboBox, QGroupBox QPlainTextEdit,
QGroupBox QListWidget, QGroupBox QTableView { font-weight: normal; }
"""


def apply_app_style(app: QApplication) -> None:
    """Fusion (the same on every platform) and kamdesk's style sheet."""
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
