"""What every section builder needs: the plan, language, audience, formatter and styles."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kamdesk.domain.plan import AccountPlan
from kamdesk.reports.catalogue import label, text
from kamdesk.reports.formatting import Formatter
from kamdesk.reports.styles import Styles

INTERNAL = "internal"
CLIENT = "client"
AUDIENCES = (INTERNAL, CLIENT)


@dataclass(frozen=True)
class RenderContext:
    """One rendering run: read-only inputs shared by all section builders.

    ``width``/``height`` are the frame of a portrait page, ``wide_width``/``wide_height``
    of a landscape one, in points.
    """

    plan: AccountPlan
    lang: str
    audience: str
    fmt: Formatter
    styles: Styles
    width: float
    height: float
    wide_width: float
    wide_height: float

    @property
    def client(self) -> bool:
        """Whether this is the version for the client's table."""
        return self.audience == CLIENT

    def t(self, msgid: str, **params: object) -> str:
        """A catalogue message in the document's language."""
        return text(msgid, self.lang, **params)

    def label(self, value: Enum | str, *, kind: str | None = None) -> str:
        """The translated name of an enum value or code."""
        return label(value, self.lang, kind=kind)
