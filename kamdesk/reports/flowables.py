"""Small custom flowables for the visual pieces the documents repeat.

A status badge, a progress bar and an attitude dot are drawn, not typed, so they look the
same in every table; each carries a word as well as a colour (grey-scale prints).
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kamdesk.reports.fonts import SANS, SANS_BOLD, SYMBOL
from kamdesk.reports.styles import FILL, MUTED, RULE, TEXT, WHITE
from kamdesk.reports.text_markup import plain, shorten


class StatusBadge(Flowable):  # type: ignore[misc]
    """A rounded pill with a short status word in white on the status colour."""

    def __init__(self, label: str, colour: colors.Color, *, size: float = 6.8) -> None:
        super().__init__()
        self.label = shorten(plain(label), 24).upper()
        self.colour = colour
        self.size = size
        self._text_width = stringWidth(self.label, SANS_BOLD, size)
        self.width = self._text_width + 2 * size * 0.75
        self.height = size * 1.75

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """The badge keeps its natural size; a narrow cell gets a tighter label."""
        return self.width, self.height

    def draw(self) -> None:
        """Fill the pill, then centre the label on it."""
        canvas = self.canv
        canvas.setFillColor(self.colour)
        canvas.roundRect(0, 0, self.width, self.height, self.height / 2, stroke=0, fill=1)
        canvas.setFillColor(WHITE)
        canvas.setFont(SANS_BOLD, self.size)
        canvas.drawCentredString(self.width / 2, self.height * 0.3, self.label)


class ProgressBar(Flowable):  # type: ignore[misc]
    """A thin bar filled to ``fraction`` (clamped to 0…1), with the percentage beside it."""

    def __init__(
        self,
        fraction: Decimal | None,
        label: str,
        colour: colors.Color,
        *,
        width: float = 70,
        bar_height: float = 4.5,
    ) -> None:
        super().__init__()
        self.fraction = fraction
        self.label = plain(label)
        self.colour = colour
        self.bar_width = width
        self.bar_height = bar_height
        self.width = width
        self.height = bar_height + 10

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Shrink to the cell when it is narrower than the bar."""
        self.width = max(20.0, min(self.bar_width, avail_width))
        return self.width, self.height

    def draw(self) -> None:
        """Track, fill, then the label above the bar's right end."""
        canvas = self.canv
        canvas.setFillColor(FILL)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.roundRect(0, 0, self.width, self.bar_height, self.bar_height / 2, stroke=1, fill=1)
        if self.fraction is not None:
            share = float(min(max(self.fraction, Decimal(0)), Decimal(1)))
            if share > 0:
                canvas.setFillColor(self.colour)
                fill_width = max(self.bar_height, self.width * share)
                canvas.roundRect(
                    0, 0, fill_width, self.bar_height, self.bar_height / 2, stroke=0, fill=1
                )
        canvas.setFillColor(MUTED)
        canvas.setFont(SANS, 6.8)
        canvas.drawString(0, self.bar_height + 2.5, self.label)


class AttitudeDot(Flowable):  # type: ignore[misc]
    """A coloured dot followed by the attitude's name."""

    def __init__(self, label: str, colour: colors.Color, *, size: float = 8.0) -> None:
        super().__init__()
        self.label = plain(label)
        self.colour = colour
        self.size = size
        self.width = size * 0.9 + 4 + stringWidth(self.label, SANS, size)
        self.height = size * 1.3

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Natural size: the label is one short word."""
        return self.width, self.height

    def draw(self) -> None:
        """The dot on the text's x-height, then the word."""
        canvas = self.canv
        radius = self.size * 0.38
        canvas.setFillColor(self.colour)
        canvas.setStrokeColor(TEXT)
        canvas.setLineWidth(0.3)
        canvas.circle(radius, self.size * 0.55, radius, stroke=1, fill=1)
        canvas.setFillColor(TEXT)
        canvas.setFont(SANS, self.size)
        canvas.drawString(radius * 2 + 4, self.size * 0.25, self.label)


def symbol_markup(symbol: str, colour: colors.Color, *, size: float | None = None) -> str:
    """Paragraph markup of a status symbol in the symbol font (it has ● ◐ ○ ✕)."""
    size_attr = f' size="{size}"' if size is not None else ""
    return f'<font name="{SYMBOL}" color="#{colour.hexval()[2:]}"{size_attr}>{symbol}</font>'
