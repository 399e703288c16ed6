"""Baseline for plan export: a bare reportlab document of the same page count, made of
paragraphs and tables in reportlab's own fonts, written to a file.

    python bare_document.py PAGES OUTPUT.pdf
"""

from __future__ import annotations

import sys

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

TEXT = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. " * 5


def main() -> int:
    """Build the document: per page a heading, two paragraphs and a ten-row table."""
    pages, output = int(sys.argv[1]), sys.argv[2]
    styles = getSampleStyleSheet()
    story: list[object] = []
    for page in range(pages):
        story.append(Paragraph(f"Section {page + 1}", styles["Heading1"]))
        story += [Paragraph(TEXT, styles["BodyText"]) for _ in range(2)]
        table = Table([["Name", "Title", "Value", "Status"]]
                      + [[f"Person {row}", "Head of purchasing", f"{row * 1250:,}", "active"]
                         for row in range(10)])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
        story += [table, PageBreak()]
    SimpleDocTemplate(output, pagesize=A4).build(story)
    return 0


if __name__ == "__main__":
    sys.exit(main())
