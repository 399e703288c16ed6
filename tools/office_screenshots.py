"""Make the pictures of the slide deck, the Word document and the Export dialog in ``docs/``.

Usage: ``python tools/office_screenshots.py`` (needs LibreOffice for the slides and the
page; the dialog is drawn offscreen by Qt). A demo portfolio is made in a temporary
folder; the client deck and the internal Word document of its first key account are
converted to PDF by LibreOffice and pages of them drawn at 1280 pixels wide.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
WIDTH = 1280


def pdf_page_png(pdf: bytes, page: int, target: Path) -> None:
    """Draw one page of a PDF, ``WIDTH`` pixels wide, on white, as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    points = document.pagePointSize(page)
    size = QSize(WIDTH, round(WIDTH * points.height() / points.width()))
    image = document.render(page, size)
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    paper.save(str(target))
    print(f"wrote {target.relative_to(ROOT)}")


def main() -> int:
    """Make the demo, render, convert and draw."""
    from PySide6.QtWidgets import QApplication

    from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
    from kamdesk.services.export.office_preview import libreoffice, office_to_pdf
    from kamdesk.services.export.plan_export import ExportOptions, render_document
    from kamdesk.store.database import open_database
    from kamdesk.ui.common.app_context import AppContext
    from kamdesk.ui.common.app_style import apply_app_style
    from kamdesk.ui.export.export_dialog import ExportDialog

    if libreoffice() is None:
        print("LibreOffice (soffice) is not installed: no slides or pages to draw.")
        return 1
    app = QApplication(sys.argv)
    apply_app_style(app)
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "demo.sqlite3")
        create_demo_portfolio(db)
        account = 1  # the demo's first key account
        deck = render_document(db, account, ExportOptions(format="pptx", audience="client"))
        deck_pdf = office_to_pdf(deck.data, ".pptx")
        word = render_document(db, account, ExportOptions(format="docx"))
        word_pdf = office_to_pdf(word.data, ".docx")
        if deck_pdf is None or word_pdf is None:
            print("LibreOffice could not convert the files.")
            return 1
        for title, name in (("Where we stand", "deck-where-we-stand.png"),
                            ("Revenue per quarter", "deck-revenue.png")):
            pdf_page_png(deck_pdf, deck.outline.index(title), DOCS / name)
        pdf_page_png(word_pdf, 2, DOCS / "word-plan-summary.png")

        context = AppContext(db)
        dialog = ExportDialog(context, account)
        dialog.office_pages = False  # the outline: what a machine without LibreOffice shows
        dialog.resize(1200, 780)
        dialog.show()
        for button in dialog.panel.format_group.buttons():
            if button.property("choice") == "pptx":
                button.click()
        for button in dialog.panel.lang_group.buttons():
            if button.property("choice") == "en":
                button.click()
        dialog.refresh_preview()
        while dialog.document is None or dialog.document.options != dialog.options():
            app.processEvents()
        app.processEvents()
        dialog.grab().save(str(DOCS / "export-dialog-deck.png"))
        print("wrote docs/export-dialog-deck.png")
        dialog.close()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
