"""What a slide deck or Word document will hold, as a numbered list of its slides or
sections: the preview where LibreOffice is not installed to draw the pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget


class OutlinePreview(QWidget):
    """A heading sentence and the titles, one per line, numbered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.titles = QListWidget()
        self.titles.setAccessibleName(self.tr("Contents of the file"))
        self.titles.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.titles.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.titles, 1)

    def show_outline(self, file_format: str, titles: Sequence[str]) -> None:
        """Say what kind of file it is ("pptx" or "docx"), above its numbered ``titles``."""
        if file_format == "pptx":
            heading = self.tr("The slide deck will hold these slides (16:9, details in the "
                              "speaker notes):")
        else:
            heading = self.tr("The Word document will hold these sections, after the cover "
                              "and the contents:")
        self.heading.setText(heading)
        self.titles.clear()
        for number, title in enumerate(titles, start=1):
            self.titles.addItem(f"{number}.  {title}")

    def lines(self) -> list[str]:
        """The titles on show, numbered as shown."""
        return [self.titles.item(row).text() for row in range(self.titles.count())]
