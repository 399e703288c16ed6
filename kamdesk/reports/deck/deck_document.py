"""The QBR slide deck: ``render_deck`` turns one account plan into .pptx bytes.

Steps, in the order :class:`DeckRenderer` runs them: cut the plan to ``client_view`` for
the client (the same data the client PDF gets), choose the sections
(:data:`~kamdesk.reports.plan_sections.DECK_SECTIONS`), open the master (the firm's
template or the neutral one), add each section's slides, fill in the agenda, and write the
document properties — which, for the client, say nothing internal — before saving.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from pptx.opc.constants import RELATIONSHIP_TYPE as RT

from kamdesk.domain.plan import AccountPlan
from kamdesk.domain.plan_audience import client_view
from kamdesk.reports.catalogue import LANGUAGES
from kamdesk.reports.context import AUDIENCES, CLIENT
from kamdesk.reports.deck import (
    slides_closing,
    slides_goals,
    slides_growth,
    slides_opening,
    slides_people,
    slides_revenue,
    slides_standing,
)
from kamdesk.reports.deck.deck_canvas import SlideCanvas, clean
from kamdesk.reports.deck.deck_master import Master, built_in_master, template_master
from kamdesk.reports.plan_document import make_context
from kamdesk.reports.plan_sections import PPTX, chosen_sections

Builder = Callable[[SlideCanvas], None]

_BUILDERS: dict[str, Builder] = {
    "summary": slides_standing.build_summary,
    "changes": slides_standing.build_changes,
    "revenue": slides_revenue.build_revenue,
    "goals": slides_goals.build_goals,
    "stakeholder_map": slides_people.build_map,
    "needs": slides_growth.build_needs,
    "swot": slides_growth.build_swot,
    "whitespace": slides_growth.build_whitespace,
    "opportunities": slides_growth.build_opportunities,
    "actions": slides_goals.build_actions,
    "team": slides_people.build_team,
    "reviews": slides_closing.build_next_meeting,
}
_AGENDA_TITLES: dict[str, Callable[[SlideCanvas], str]] = {
    "summary": lambda c: c.ctx.t("deck.where_we_stand"),
    "changes": lambda c: c.ctx.t("section.changes"),
    "revenue": lambda c: c.ctx.t("rev.chart_title"),
    "goals": lambda c: c.ctx.t("section.goals_client" if c.ctx.client else "section.goals"),
    "stakeholder_map": lambda c: c.ctx.t("section.stakeholder_map"),
    "needs": lambda c: c.ctx.t("section.needs"),
    "swot": lambda c: c.ctx.t("section.swot"),
    "whitespace": lambda c: c.ctx.t("section.whitespace"),
    "opportunities": lambda c: c.ctx.t("section.opportunities"),
    "actions": lambda c: c.ctx.t(
        "section.actions_client" if c.ctx.client else "deck.actions_next_steps"
    ),
    "team": lambda c: c.ctx.t("section.team_client", company=clean(c.ctx.plan.meta.company_name))
    if c.ctx.client else c.ctx.t("section.team"),
    "reviews": lambda c: c.ctx.t("deck.next_meeting_title"),
}


@dataclass(frozen=True)
class RenderedDeck:
    """The .pptx bytes, how many slides they hold and the slides' titles."""

    pptx: bytes
    slides: int
    outline: tuple[str, ...]


class DeckRenderer:
    """Turns one plan into a slide deck; one instance per deck."""

    def __init__(
        self,
        plan: AccountPlan,
        *,
        lang: str,
        audience: str,
        sections: Sequence[str] | None,
        template: bytes | None = None,
        template_name: str = "",
    ) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
        if audience not in AUDIENCES:
            raise ValueError(f"unknown audience {audience!r}; use one of {', '.join(AUDIENCES)}")
        # The client deck is cut at the data level first, like the client PDF.
        self.plan = client_view(plan) if audience == CLIENT else plan
        self.ctx = make_context(self.plan, lang, "a4", audience)
        self.sections = chosen_sections(PPTX, audience, None if sections is None
                                        else tuple(sections))
        self.template = template
        self.template_name = template_name

    def master(self) -> Master:
        """The firm's template when one was given, else the neutral master."""
        if self.template is not None:
            return template_master(self.template, self.template_name or "template")
        return built_in_master(self.ctx.t("deck.logo_prompt"))

    def footer(self) -> str:
        """The running footer: account, document, date; "confidential" inside."""
        ctx, meta = self.ctx, self.plan.meta
        document = ctx.t("doc.partnership_plan_fy" if ctx.client else "doc.account_plan_fy",
                         year=meta.fiscal_year)
        parts = [clean(self.plan.account.name), document, ctx.fmt.date(meta.prepared_on)]
        if not ctx.client:
            parts.append(ctx.t("cover.confidential"))
        return "  ·  ".join(parts)

    def render(self) -> RenderedDeck:
        """Build every slide and return the deck."""
        canvas = SlideCanvas(self.master(), self.ctx, self.footer())
        presentation = canvas.master.presentation
        agenda: slides_opening.AgendaFiller | None = None
        entries: list[tuple[str, int]] = []
        for name in self.sections:
            if name == "cover":
                slides_opening.build_title(canvas)
            elif name == "contents":
                agenda = slides_opening.build_agenda(canvas)
            else:
                entries.append((_AGENDA_TITLES[name](canvas), len(presentation.slides) + 1))
                _BUILDERS[name](canvas)
        if agenda is not None:
            agenda(entries)
        self._properties(canvas)
        buffer = io.BytesIO()
        presentation.save(buffer)
        return RenderedDeck(buffer.getvalue(), len(presentation.slides), tuple(canvas.outline))

    def _properties(self, canvas: SlideCanvas) -> None:
        """Document properties like the PDF's; the template's own are all replaced."""
        ctx, meta = self.ctx, self.plan.meta
        presentation = canvas.master.presentation
        props = presentation.core_properties
        document = ctx.t("doc.partnership_plan_fy" if ctx.client else "doc.account_plan_fy",
                         year=meta.fiscal_year)
        author = clean(meta.company_name if ctx.client else (meta.kam or meta.company_name))
        props.title = f"{document} — {clean(self.plan.account.name)}"[:255]
        props.author = author[:255]
        props.last_modified_by = author[:255]
        props.subject = ctx.t("meta.subject_client" if ctx.client else "meta.subject_internal")
        props.keywords = ctx.t("meta.keywords_client" if ctx.client else "meta.keywords_internal")
        props.comments = ""
        props.category = ""
        props.content_status = ""
        props.identifier = ""
        props.version = ""
        props.language = "de-DE" if ctx.lang == "de" else "en-GB"
        props.revision = 1
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        props.created = props.modified = now
        props.last_printed = now
        _plain_package(presentation, len(presentation.slides))


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>kamdesk</Application><Slides>{slides}</Slides>'
    "</Properties>"
)


def _plain_package(presentation: object, slides: int) -> None:
    """Replace the template's application properties (its company, the titles of its own
    slides) and drop its thumbnail (a picture of a slide that is no longer there)."""
    package = presentation.part.package  # type: ignore[attr-defined]
    for rel_id, rel in list(package._rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package._rels.pop(rel_id)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML.format(slides=slides).encode("utf-8")


def render_deck(
    plan: AccountPlan,
    *,
    lang: str = "en",
    audience: str = "internal",
    sections: Sequence[str] | None = None,
    template: bytes | None = None,
    template_name: str = "",
) -> RenderedDeck:
    """The account plan as a 16:9 slide deck (on ``template``'s master when given).

    ``audience="client"`` renders :func:`~kamdesk.domain.plan_audience.client_view` of the
    plan and only the client's slides. Raises ``ValueError`` for an unknown language,
    audience or section, :class:`~kamdesk.reports.deck.deck_master.TemplateError` (a
    ``ValueError``) for a template that cannot be used.
    """
    return DeckRenderer(plan, lang=lang, audience=audience, sections=sections,
                        template=template, template_name=template_name).render()
