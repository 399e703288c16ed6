"""A preview of PDF bytes: a strip of page thumbnails beside a large, scrollable page view.

QtPdf renders the pages (also offscreen); the bytes stay in memory, nothing is written. A
message page takes the place of the pages while there is nothing to show ("Rendering…",
an error, "Choose at least one section").
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

THUMBNAIL_WIDTH = 120


class PdfPreview(QWidget):
    """Shows one PDF at a time; ``show_pdf`` replaces it, ``show_message`` hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)

        self.thumbnails = QListWidget()
        self.thumbnails.setViewMode(QListView.ViewMode.IconMode)
        self.thumbnails.setFlow(QListView.Flow.TopToBottom)
        self.thumbnails.setWrapping(False)
        self.thumbnails.setMovement(QListView.Movement.Static)
        self.thumbnails.setIconSize(QSize(THUMBNAIL_WIDTH, int(THUMBNAIL_WIDTH * 1.42)))
        self.thumbnails.setSpacing(6)
        self.thumbnails.setFixedWidth(THUMBNAIL_WIDTH + 48)
        self.thumbnails.setAccessibleName(self.tr("Pages"))
        # A frame, not a blue wash over the page, marks the page on show.
        self.thumbnails.setStyleSheet(
            "QListWidget::item { border: 2px solid transparent; border-radius: 3px; }"
            "QListWidget::item:selected { border-color: #2f6fb3; background: transparent;"
            " color: palette(text); }"
        )
        self.thumbnails.currentRowChanged.connect(self._jump_to)

        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # whole pages: the layout shows
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Page preview"))
        self.view.pageNavigator().currentPageChanged.connect(self._follow_page)

        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setObjectName("mutedLabel")

        pages = QWidget()
        row = QHBoxLayout(pages)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.thumbnails)
        row.addWidget(self.view, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(pages)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    @property
    def page_count(self) -> int:
        """Pages of the PDF on show (0 while a message is shown)."""
        return self.document.pageCount() if self.stack.currentIndex() == 1 else 0

    def show_message(self, text: str) -> None:
        """A sentence instead of the pages; the last PDF is dropped."""
        self.message.setText(text)
        self.stack.setCurrentIndex(0)
        self.thumbnails.clear()
        self.document.close()
        self._buffer = None

    def show_pdf(self, pdf: bytes) -> bool:
        """Show these PDF bytes from the first page; False (and a message) if QtPdf refuses."""
        self.thumbnails.clear()
        self.document.close()
        # QPdfDocument reads from the device while it is shown: the buffer must live as long.
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        if self.document.status() != QPdfDocument.Status.Ready:
            self.show_message(self.tr("The preview cannot show this document."))
            return False
        for page in range(self.document.pageCount()):
            item = QListWidgetItem(self._thumbnail(page), str(page + 1))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(self.tr("Page %1").replace("%1", str(page + 1)))
            self.thumbnails.addItem(item)
        self.stack.setCurrentIndex(1)
        self.thumbnails.setCurrentRow(0)
        self.view.pageNavigator().jump(0, QPointF(), 0)
        self.view.verticalScrollBar().setValue(0)  # a new document starts at its top
        return True

    def _thumbnail(self, page: int) -> QIcon:
        points = self.document.pagePointSize(page)
        height = round(THUMBNAIL_WIDTH * points.height() / max(points.width(), 1.0))
        image = self.document.render(page, QSize(THUMBNAIL_WIDTH, height))
        # Rendered pages are transparent where nothing is printed: lay them on white paper.
        paper = QImage(image.size(), QImage.Format.Format_RGB32)
        paper.fill(QColor("white"))
        painter = QPainter(paper)
        painter.drawImage(0, 0, image)
        painter.setPen(QColor("#9aa4b1"))
        painter.drawRect(0, 0, paper.width() - 1, paper.height() - 1)
        painter.end()
        icon = QIcon()
        pixmap = QPixmap.fromImage(paper)
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
            icon.addPixmap(pixmap, mode)
        return icon

    def _jump_to(self, row: int) -> None:
        if row >= 0 and row != self.view.pageNavigator().currentPage():
            self.view.pageNavigator().jump(row, QPointF(), 0)

    def _follow_page(self, page: int) -> None:
        # Scrolling the large view moves the thumbnail selection along, without a jump back.
        if 0 <= page < self.thumbnails.count() and page != self.thumbnails.currentRow():
            self.thumbnails.blockSignals(True)
            self.thumbnails.setCurrentRow(page)
            self.thumbnails.blockSignals(False)
