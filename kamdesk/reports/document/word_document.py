"""The editable account plan: ``render_word_plan`` turns one plan into .docx bytes.

The same sections as the PDF, in the same order, for the same audiences: the client
version is rendered from ``client_view`` and has only the client's sections. Steps, in the
order :class:`WordRenderer` runs them: pages and styles, header and footer with page
fields, then one builder per section (the map, and a matrix wider than a portrait page
holds, on landscape pages), then the document properties.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from docx import Document
from docx.document import Document as DocumentType

from kamdesk.domain.plan import AccountPlan
from kamdesk.domain.plan_audience import client_view
from kamdesk.reports.context import CLIENT, RenderContext
from kamdesk.reports.document import (
    word_account,
    word_growth,
    word_opening,
    word_people,
    word_plan,
)
from kamdesk.reports.document.word_blocks import clean, page_break
from kamdesk.reports.document.word_setup import (
    contents_field,
    running_text,
    set_properties,
    set_up_pages,
    style_document,
    text_width,
    turn,
)
from kamdesk.reports.plan_document import check_options, make_context
from kamdesk.reports.plan_sections import DOCX, chosen_sections

Builder = Callable[[DocumentType, RenderContext, float], None]

_BUILDERS: dict[str, Builder] = {
    "summary": word_opening.build_summary,
    "profile": word_account.build_profile,
    "stakeholder_map": word_people.build_map,
    "stakeholders": word_people.build_stakeholders,
    "buying_centers": word_people.build_buying_centers,
    "needs": word_plan.build_needs,
    "swot": word_plan.build_swot,
    "goals": word_plan.build_goals,
    "actions": word_plan.build_actions,
    "whitespace": word_growth.build_whitespace,
    "opportunities": word_growth.build_opportunities,
    "revenue": word_growth.build_revenue,
    "team": word_account.build_team,
    "reviews": word_account.build_reviews,
    "changes": word_account.build_changes,
}
_LANDSCAPE: dict[str, Callable[[RenderContext], bool]] = {
    "stakeholder_map": lambda ctx: True,
    "whitespace": word_growth.wants_landscape,
}
# Sections that open a new page, as in the PDF.
_NEW_PAGE = {"summary", "profile", "stakeholders", "goals"}
# The contents list the sections by these titles (the headings the builders write).
_TITLES: dict[str, tuple[str, str]] = {
    "summary": ("section.summary", "section.summary_client"),
    "profile": ("section.profile", "section.profile_client"),
    "stakeholder_map": ("section.stakeholder_map", "section.stakeholder_map"),
    "stakeholders": ("section.stakeholders", "section.stakeholders_client"),
    "buying_centers": ("section.buying_centers", "section.buying_centers"),
    "needs": ("section.needs", "section.needs"),
    "swot": ("section.swot", "section.swot"),
    "goals": ("section.goals", "section.goals_client"),
    "actions": ("section.actions", "section.actions_client"),
    "whitespace": ("section.whitespace", "section.whitespace"),
    "opportunities": ("section.opportunities", "section.opportunities"),
    "revenue": ("section.revenue", "section.revenue"),
    "team": ("section.team", "section.team_client"),
    "reviews": ("section.reviews", "section.reviews_client"),
    "changes": ("section.changes", "section.changes"),
}


@dataclass(frozen=True)
class RenderedWordDocument:
    """The .docx bytes, how many plan sections they hold and the section titles."""

    docx: bytes
    sections: int
    outline: tuple[str, ...]


class WordRenderer:
    """Turns one plan into a Word document; one instance per document."""

    def __init__(
        self, plan: AccountPlan, *, lang: str, paper: str, audience: str,
        sections: Sequence[str] | None,
    ) -> None:
        check_options(lang, paper, audience)
        # The client version is cut at the data level first, like the client PDF.
        self.plan = client_view(plan) if audience == CLIENT else plan
        self.ctx = make_context(self.plan, lang, paper, audience)
        self.paper = paper
        self.sections = chosen_sections(DOCX, audience, None if sections is None
                                        else tuple(sections))

    def title(self, name: str) -> str:
        """The heading a section is written under (and listed in the contents by)."""
        internal, client = _TITLES[name]
        if name == "team" and self.ctx.client:
            return self.ctx.t(client, company=self.plan.meta.company_name[:80])
        return self.ctx.t(client if self.ctx.client else internal)

    def render(self) -> RenderedWordDocument:
        """Build the document and return its bytes."""
        ctx = self.ctx
        doc = Document()
        set_up_pages(doc, self.paper)
        style_document(doc, ctx.lang)
        meta = self.plan.meta
        document = ctx.t("doc.partnership_plan_fy" if ctx.client else "doc.account_plan_fy",
                         year=meta.fiscal_year)
        footer = ctx.fmt.date(meta.prepared_on)
        if not ctx.client:
            footer += "  ·  " + ctx.t("cover.confidential")
        running_text(doc, clean(self.plan.account.name), document, footer,
                     ctx.t("page.of", page="{page}", pages="{pages}"))
        body = [name for name in self.sections if name not in ("cover", "contents")]
        outline = [self.title(name) for name in body]
        landscape = False
        first = True
        for name in self.sections:
            if name == "cover":
                # The cover goes without running header and footer, as in the PDF.
                doc.sections[0].different_first_page_header_footer = True
                word_opening.build_cover(doc, ctx, text_width(doc.sections[-1]))
                continue
            if name == "contents":
                # Word's "TOC Heading" style: looks like a heading, is not in the contents.
                doc.add_paragraph(ctx.t("section.contents"), style="TOC Heading")
                contents_field(doc, outline, ctx.t("docx.toc_hint"))
                page_break(doc)
                continue
            wants = _LANDSCAPE.get(name)
            wide = wants is not None and wants(ctx)
            if wide != landscape:
                turn(doc, wide)
                landscape = wide
            elif not first and name in _NEW_PAGE:
                page_break(doc)
            _BUILDERS[name](doc, ctx, text_width(doc.sections[-1]))
            first = False
        if not body and not doc.paragraphs:
            doc.add_paragraph()
        set_properties(doc, ctx)
        buffer = io.BytesIO()
        doc.save(buffer)
        return RenderedWordDocument(buffer.getvalue(), len(body), tuple(outline))


def render_word_plan(
    plan: AccountPlan,
    *,
    lang: str = "en",
    paper: str = "a4",
    audience: str = "internal",
    sections: Sequence[str] | None = None,
) -> RenderedWordDocument:
    """The account plan as an editable Word document (.docx).

    ``audience="client"`` renders :func:`~kamdesk.domain.plan_audience.client_view` of the
    plan and only the client sections; ``sections`` picks a subset of the PDF's sections
    (document order is kept). Raises ``ValueError`` for an unknown language, paper size,
    audience or section.
    """
    renderer = WordRenderer(plan, lang=lang, paper=paper, audience=audience, sections=sections)
    return renderer.render()
