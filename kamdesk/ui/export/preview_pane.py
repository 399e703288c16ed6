"""The Export dialog's right side: a header (status, a working bar, Cancel / Show preview)
above either the pages of a PDF or the outline of a deck or Word document.

It only shows what the dialog hands it; rendering and its cancelling stay with the dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kamdesk.ui.export.outline_preview import OutlinePreview
from kamdesk.ui.export.pdf_preview import PdfPreview


class PreviewPane(QWidget):
    """Pages or outline, with the header that says how the preview is doing."""

    # The header's button was clicked (it reads Cancel while busy, else Show preview).
    button_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = PdfPreview()
        self.outline = OutlinePreview()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.pages)
        self.stack.addWidget(self.outline)
        self.status = QLabel()
        self.status.setObjectName("mutedLabel")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no percentage to tell: a moving bar says "working"
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(140)
        self.busy.hide()
        self.button = QPushButton(self.tr("Cancel"))
        self.button.clicked.connect(self.button_clicked)

        header = QWidget()
        # As tall as its button, shown or not: the preview must not jump when it hides.
        header.setFixedHeight(self.button.sizeHint().height() + 4)
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Preview"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        row.addWidget(heading)
        row.addWidget(self.status, 1)
        row.addWidget(self.busy)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)

    def show_message(self, text: str) -> None:
        """A sentence in place of the preview (rendering, cancelled, an error)."""
        self.stack.setCurrentWidget(self.pages)
        self.pages.show_message(text)

    def show_pdf(self, pdf: bytes) -> None:
        """The pages of a PDF."""
        self.stack.setCurrentWidget(self.pages)
        self.pages.show_pdf(pdf)

    def show_outline(self, file_format: str, titles: Sequence[str]) -> None:
        """The list of a deck's slides ("pptx") or a Word document's sections ("docx")."""
        self.stack.setCurrentWidget(self.outline)
        self.outline.show_outline(file_format, titles)

    def showing_nothing(self) -> bool:
        """True while a message stands in for the preview."""
        return self.stack.currentWidget() is self.pages and self.pages.page_count == 0

    def set_busy(self, busy: bool, text: str = "", cancellable: bool = True) -> None:
        """Show or hide the working bar; the button cancels while busy."""
        self.busy.setVisible(busy)
        if busy:
            self.status.setText(f"  ·  {text}")
        self.button.setText(self.tr("Cancel") if busy else self.tr("Show preview"))
        self.button.setEnabled(cancellable or not busy)
        # Offered when there is something to cancel, or no preview on show.
        self.button.setVisible(busy or self.showing_nothing())
