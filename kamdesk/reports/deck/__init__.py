"""The account plan as a QBR slide deck, made with python-pptx: plain plan data in, .pptx
bytes out. One module per kind of slide (``slides_*``), on a master of the firm's or
kamdesk's own (:mod:`~kamdesk.reports.deck.deck_master`).

Public API: :func:`render_deck`, :class:`RenderedDeck` and :class:`TemplateError`.
"""

from kamdesk.reports.deck.deck_document import RenderedDeck, render_deck
from kamdesk.reports.deck.deck_master import TemplateError

__all__ = ["RenderedDeck", "TemplateError", "render_deck"]
