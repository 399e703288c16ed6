"""What the portfolio report's builders share, and the words for the portfolio rules' codes.

The domain hands over tier reasons and guardrail findings as stable codes with parameters;
here each code becomes a catalogue sentence in the document's language, with shares as
percentages, dates and numbers through Babel, and tiers by their translated names. The
sentence is plain text: builders escape it like any other text before it meets markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum

from babel.numbers import format_decimal, format_percent

from kamdesk.domain.enums import Tier
from kamdesk.domain.guardrails import FindingParam, GuardrailFinding
from kamdesk.domain.portfolio_report import PortfolioReport
from kamdesk.domain.tiering import Reason, ReasonParam
from kamdesk.reports.catalogue import MESSAGES, label, text
from kamdesk.reports.formatting import Formatter
from kamdesk.reports.styles import Styles

#: Parameters that are fractions of a whole, printed as percentages.
SHARE_PARAMS = frozenset({"share", "max_share"})
#: Parameters that are weighted scores, printed with one decimal.
SCORE_PARAMS = frozenset({"score"})


@dataclass(frozen=True)
class PortfolioContext:
    """One rendering run of the portfolio report: read-only inputs for every builder.

    ``width``/``height`` are the text frame of a portrait page, in points.
    """

    report: PortfolioReport
    lang: str
    fmt: Formatter
    styles: Styles
    width: float
    height: float

    def t(self, msgid: str, **params: object) -> str:
        """A catalogue message in the document's language."""
        return text(msgid, self.lang, **params)

    def label(self, value: Enum | str) -> str:
        """The translated name of an enum value."""
        return label(value, self.lang)

    def share(self, fraction: Decimal | None) -> str:
        """A share with one decimal: "80.0%" in English, "80,0 %" in German."""
        if fraction is None:
            return "—"
        pattern = "#,##0.0\u00a0%" if self.lang == "de" else "#,##0.0%"
        return format_percent(fraction, format=pattern, locale=self.fmt.locale)

    def score(self, value: Decimal | None) -> str:
        """A weighted score with one decimal ("—" when there is none)."""
        if value is None:
            return "—"
        return format_decimal(value, format="#,##0.0", locale=self.fmt.locale)

    def reason(self, reason: Reason) -> str:
        """A tier reason as a sentence."""
        return self._sentence(f"pf.reason.{reason.code}", reason.params, reason.english)

    def finding(self, finding: GuardrailFinding) -> str:
        """A guardrail finding as a sentence."""
        return self._sentence(f"pf.finding.{finding.code}", finding.params, finding.english)

    def _sentence(
        self,
        msgid: str,
        params: dict[str, ReasonParam] | dict[str, FindingParam],
        english: Callable[[], str],
    ) -> str:
        if msgid not in MESSAGES:
            # A code added to the domain before the catalogue caught up: English beats a key.
            return english()
        return self.t(msgid, **{name: self._param(name, value) for name, value in params.items()})

    def _param(self, name: str, value: ReasonParam | FindingParam) -> str:
        if value is None:
            return "—"
        if isinstance(value, Decimal):
            if name in SHARE_PARAMS:
                return self.share(value)
            if name in SCORE_PARAMS:
                return self.score(value)
            return self.fmt.number(value)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return self.fmt.number(value)
        if isinstance(value, date):
            return self.fmt.date(value)
        if name == "tier":
            try:
                return self.label(Tier(value))
            except ValueError:
                return value
        return value
