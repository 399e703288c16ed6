"""The account plan: section ids, the document's named build steps and ``render_plan``.

Steps, in the order :class:`PlanRenderer` runs them: register fonts, make the
stylesheet, set up page templates (cover, portrait, landscape, "page x of y" canvas),
assemble the story from one builder per section, tell the contents which sections follow,
and lay the document out once (the contents' page numbers are drawn when the pages are
known; see :mod:`kamdesk.reports.sections.contents`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import replace

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak

from kamdesk.domain.former_contacts import localized_placeholders
from kamdesk.domain.plan import AccountPlan
from kamdesk.domain.plan_audience import client_view
from kamdesk.reports.catalogue import LANGUAGES, text
from kamdesk.reports.context import AUDIENCES, CLIENT, RenderContext
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.formatting import Formatter
from kamdesk.reports.page_templates import (
    COVER,
    LANDSCAPE,
    PORTRAIT,
    KamDocTemplate,
    NumberedCanvas,
    RunningText,
    frame_size,
    page_size,
    page_templates,
)
from kamdesk.reports.plan_sections import CLIENT_SECTIONS, PDF, PLAN_SECTIONS, chosen_sections
from kamdesk.reports.sections import (
    actions,
    buying_centers,
    changes,
    contents,
    cover,
    goals,
    needs,
    opportunities,
    profile,
    revenue,
    reviews,
    stakeholder_map,
    stakeholders,
    summary,
    swot,
    team,
    whitespace,
)
from kamdesk.reports.styles import make_styles
from kamdesk.reports.text_markup import plain

Builder = Callable[[RenderContext], list[Flowable]]

_BUILDERS: dict[str, Builder] = {
    "cover": cover.build,
    "contents": contents.build,
    "summary": summary.build,
    "profile": profile.build,
    "stakeholder_map": stakeholder_map.build,
    "stakeholders": stakeholders.build,
    "buying_centers": buying_centers.build,
    "needs": needs.build,
    "swot": swot.build,
    "goals": goals.build,
    "actions": actions.build,
    "whitespace": whitespace.build,
    "opportunities": opportunities.build,
    "revenue": revenue.build,
    "team": team.build,
    "reviews": reviews.build,
    "changes": changes.build,
}
_LANDSCAPE: dict[str, Callable[[RenderContext], bool]] = {
    "stakeholder_map": stakeholder_map.wants_landscape,
    "whitespace": whitespace.wants_landscape,
}
# Sections that open a new page: the big ones a reader turns to directly.
_NEW_PAGE = {"summary", "profile", "stakeholders", "goals"}


def check_options(lang: str, paper: str, audience: str) -> None:
    """Refuse unknown options with one clear sentence."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    page_size(paper)
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}; use one of {', '.join(AUDIENCES)}")


def make_context(plan: AccountPlan, lang: str, paper: str, audience: str) -> RenderContext:
    """The rendering context for a plan on ``paper`` (portrait and landscape frames)."""
    from reportlab.lib.pagesizes import landscape

    size = page_size(paper)
    width, height = frame_size(size)
    wide_width, wide_height = frame_size(landscape(size))
    if lang != "en":
        # Erased people are stored as "Former contact N"; every document prints them in
        # its own language (the sections all read the context's plan).
        plan = localized_placeholders(
            plan, lambda number: text("person.former_contact", lang, number=number)
        )
    return RenderContext(
        plan=plan,
        lang=lang,
        audience=audience,
        fmt=Formatter(lang, plan.meta.currency or "EUR"),
        styles=make_styles(),
        width=width,
        height=height,
        wide_width=wide_width,
        wide_height=wide_height,
    )


class PlanRenderer:
    """Turns one plan into PDF bytes; one instance per document."""

    def __init__(
        self,
        plan: AccountPlan,
        *,
        lang: str,
        paper: str,
        audience: str,
        sections: Sequence[str] | None,
    ) -> None:
        check_options(lang, paper, audience)
        register_fonts()
        # The client version is cut at the data level first, so no section can leak.
        self.plan = client_view(plan) if audience == CLIENT else plan
        self.ctx = make_context(self.plan, lang, paper, audience)
        # Document order is fixed, whatever order the caller listed the sections in.
        wanted = None if sections is None else tuple(sections)
        self.sections = chosen_sections(PDF, audience, wanted)
        self.paper = paper

    def running_text(self) -> RunningText:
        """Header and footer words."""
        ctx, meta = self.ctx, self.plan.meta
        doc_title = ctx.t(
            "doc.partnership_plan_fy" if ctx.client else "doc.account_plan_fy",
            year=meta.fiscal_year,
        )
        footer = ctx.fmt.date(meta.prepared_on)
        if not ctx.client:
            footer += "  ·  " + ctx.t("cover.confidential")
        return RunningText(
            header_left=plain(self.plan.account.name),
            header_right=doc_title,
            footer_left=footer,
            page_pattern=ctx.t("page.of", page="{page}", pages="{pages}"),
        )

    def metadata(self) -> dict[str, object]:
        """PDF document information; the client version says nothing internal."""
        ctx, meta = self.ctx, self.plan.meta
        if ctx.client:
            title = ctx.t("doc.partnership_plan_fy", year=meta.fiscal_year)
            return {
                "title": f"{title} — {plain(self.plan.account.name)}",
                "author": plain(meta.company_name),
                "subject": ctx.t("meta.subject_client"),
                "keywords": [ctx.t("meta.keywords_client")],
            }
        title = ctx.t("doc.account_plan_fy", year=meta.fiscal_year)
        return {
            "title": f"{title} — {plain(self.plan.account.name)}",
            "author": plain(meta.kam or meta.company_name),
            "subject": ctx.t("meta.subject_internal"),
            "keywords": [ctx.t("meta.keywords_internal")],
        }

    def story(self) -> list[Flowable]:
        """All flowables, with the template switches between portrait and landscape."""
        ctx = self.ctx
        wide = replace(ctx, width=ctx.wide_width, height=ctx.wide_height)
        story: list[Flowable] = []
        orientation = COVER
        first = True
        for name in self.sections:
            wants = _LANDSCAPE.get(name)
            landscape = wants is not None and wants(ctx)
            target = LANDSCAPE if landscape else PORTRAIT
            if name == "cover":
                story += [NextPageTemplate(PORTRAIT), *_BUILDERS[name](ctx), PageBreak()]
                orientation, first = PORTRAIT, True
                continue
            if orientation == COVER:
                # No cover: the first page is already a content page.
                orientation = PORTRAIT
            if target != orientation:
                story += [NextPageTemplate(target)]
                if not first:
                    story.append(PageBreak())
                orientation = target
            elif not first and (name in _NEW_PAGE or name == "contents"):
                story.append(PageBreak())
            story += _BUILDERS[name](wide if landscape else ctx)
            if name == "contents":
                story.append(PageBreak())
                first = True
                continue
            first = False
        return story

    def render(self) -> bytes:
        """Build the document and return the PDF bytes."""
        buffer = io.BytesIO()
        running = self.running_text()
        templates = page_templates(self.paper, running, cover.page_decoration(self.ctx))
        if "cover" not in self.sections:
            templates = templates[1:] + templates[:1]  # start on a content page
        doc = KamDocTemplate.for_kamdesk(
            buffer, self.paper, templates, self.ctx.lang, **self.metadata()
        )
        story = self.story() or [PageBreak()]
        contents.list_sections(story)
        doc.build(story, canvasmaker=NumberedCanvas)
        return buffer.getvalue()


def render_plan(
    plan: AccountPlan,
    *,
    lang: str = "en",
    paper: str = "a4",
    audience: str = "internal",
    sections: Sequence[str] | None = None,
) -> bytes:
    """The account plan as PDF bytes.

    ``audience="client"`` renders :func:`~kamdesk.domain.plan_audience.client_view` of the
    plan and only the client sections; ``sections`` picks a subset of
    :data:`PLAN_SECTIONS` (document order is kept). Raises ``ValueError`` for an unknown
    language, paper size, audience or section.
    """
    return PlanRenderer(plan, lang=lang, paper=paper, audience=audience, sections=sections).render()


__all__ = ["CLIENT_SECTIONS", "PLAN_SECTIONS", "render_plan"]
