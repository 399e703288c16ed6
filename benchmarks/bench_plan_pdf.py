"""Time ``render_plan`` on a large plan against a bare reportlab document of as many pages.

The bare document is paragraphs only, in the same registered fonts, so the ratio shows
what the plan's tables, drawings, two-pass contents and page numbering cost on top of
reportlab's own speed. Run: ``python benchmarks/bench_plan_pdf.py [stakeholders]``.
"""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "reports"))

from plan_factory import big_plan

from kamdesk.reports import render_plan
from kamdesk.reports.styles import make_styles

REPEAT = 3


def best_of(action: object) -> tuple[float, bytes]:
    """The fastest of a few runs (less noise from the machine), with the last output."""
    best, output = float("inf"), b""
    for _ in range(REPEAT):
        start = time.perf_counter()
        output = action()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best, output


def bare_document(pages: int) -> bytes:
    """A paragraphs-only document of ``pages`` pages."""
    styles = make_styles()
    story = []
    text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 12
    for _ in range(pages):
        story += [Paragraph(text, styles.body) for _ in range(8)]
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def main() -> None:
    """Print both timings and their ratio."""
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 25
    plan = big_plan(count)
    render_plan(plan)  # warm-up: font registration and imports are not what we measure
    plan_time, pdf = best_of(lambda: render_plan(plan))
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    bare_time, _ = best_of(lambda: bare_document(pages))
    print(f"render_plan, {count} stakeholders: {pages} pages in {plan_time:.3f} s")
    print(f"bare reportlab, {pages} pages:      {bare_time:.3f} s")
    print(f"ratio: {plan_time / bare_time:.1f}x")


if __name__ == "__main__":
    main()
