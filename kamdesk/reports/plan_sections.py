"""Which sections each format of the account plan has, for each audience, in their order.

The PDF and the Word document have the same sections; the slide deck has a slide (or a
run of slides) for the sections a review meeting talks through, in the order a quarterly
business review goes. The client versions keep only what may lie on the client's table:
that is decided twice, here by section and in
:func:`~kamdesk.domain.plan_audience.client_view` by data, so a section shown by mistake
still has nothing internal to show.
"""

from __future__ import annotations

from typing import Final

PDF: Final = "pdf"
DOCX: Final = "docx"
PPTX: Final = "pptx"
FORMATS: Final = (PDF, DOCX, PPTX)

PLAN_SECTIONS: Final[tuple[str, ...]] = (
    "cover",
    "contents",
    "summary",
    "profile",
    "stakeholder_map",
    "stakeholders",
    "buying_centers",
    "needs",
    "swot",
    "goals",
    "actions",
    "whitespace",
    "opportunities",
    "revenue",
    "team",
    "reviews",
    "changes",
)
# What the client may see; everything else is internal by nature, not just by data.
CLIENT_SECTIONS: Final[tuple[str, ...]] = (
    "cover",
    "contents",
    "summary",
    "profile",
    "stakeholders",
    "goals",
    "actions",
    "team",
    "reviews",
)

# The deck follows a review meeting: where we stand, what changed, the numbers, the goals,
# the people and the growth ideas (internal), then the agreed actions, the team and the next
# meeting. Profile, contact list and buying centers are reference material: they stay in
# the printed plan.
DECK_SECTIONS: Final[tuple[str, ...]] = (
    "cover",
    "contents",
    "summary",
    "changes",
    "revenue",
    "goals",
    "stakeholder_map",
    "needs",
    "swot",
    "whitespace",
    "opportunities",
    "actions",
    "team",
    "reviews",
)
# The client deck shows revenue, unlike the client PDF: a review meeting with the client
# looks at their purchases together. client_view leaves only the actuals (no plan targets,
# no lifetime value), so the chart shows what the client's own invoices say.
DECK_CLIENT_SECTIONS: Final[tuple[str, ...]] = (
    "cover",
    "contents",
    "summary",
    "revenue",
    "goals",
    "actions",
    "team",
    "reviews",
)


def available_sections(file_format: str, audience: str) -> tuple[str, ...]:
    """The sections a document of this format for this audience can have, in its order."""
    client = audience == "client"
    if file_format == PPTX:
        return DECK_CLIENT_SECTIONS if client else DECK_SECTIONS
    return CLIENT_SECTIONS if client else PLAN_SECTIONS


def chosen_sections(
    file_format: str, audience: str, wanted: tuple[str, ...] | None
) -> list[str]:
    """The sections to render, in the format's order; ``ValueError`` for an unknown one.

    ``None`` means every section of the format. A known section that this format or
    audience does not have is dropped silently (the client version simply has less).
    """
    allowed = available_sections(file_format, audience)
    if wanted is None:
        return list(allowed)
    unknown = [name for name in wanted if name not in PLAN_SECTIONS]
    if unknown:
        raise ValueError(f"unknown section {unknown[0]!r}; use any of {', '.join(PLAN_SECTIONS)}")
    return [name for name in allowed if name in wanted]
