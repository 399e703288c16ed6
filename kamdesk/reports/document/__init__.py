"""The account plan as an editable Word document, made with python-docx: plain plan data
in, .docx bytes out. The same sections as the PDF (one module per group of sections,
``word_*``), in Word's own heading styles, with real tables and the charts as pictures.

Public API: :func:`render_word_plan` and :class:`RenderedWordDocument`.
"""

from kamdesk.reports.document.word_document import RenderedWordDocument, render_word_plan

__all__ = ["RenderedWordDocument", "render_word_plan"]
