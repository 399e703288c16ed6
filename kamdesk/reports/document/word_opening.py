"""The opening of the Word document: cover, contents and the executive (or partnership)
summary, with the same content as the PDF's (:mod:`kamdesk.reports.sections.summary`)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io

from docx.document import Document as DocumentType
from docx.shared import Pt

from kamdesk.domain.plan import ActionEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.document.word_blocks import (
    Text,
    bullets,
    clean,
    data_table,
    heading,
    label_table,
    page_break,
    paragraph,
)
from kamdesk.reports.sections.summary import (
    TOP,
    ranked_goals,
    ranked_opportunities,
    risks,
    ttm_growth,
)
from kamdesk.reports.styles import ACCENT, STATUS_COLOURS

LOGO_WIDTH = 140.0


def build_cover(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The cover page: our logo and name, document title, account, KAM, date, version."""
    plan = ctx.plan
    if plan.meta.logo_png:
        # A logo that cannot be read must not stop the document.
        with contextlib.suppress(Exception):
            doc.add_picture(io.BytesIO(plan.meta.logo_png), width=Pt(LOGO_WIDTH))
    paragraph(doc, plan.meta.company_name, bold=True, size=12)
    for _ in range(6):
        doc.add_paragraph()
    title = ctx.t("doc.partnership_plan_fy" if ctx.client else "doc.account_plan_fy",
                  year=plan.meta.fiscal_year)
    paragraph(doc, title, size=15, muted=True)
    doc.add_paragraph(clean(plan.account.name), style="Title")
    if ctx.client:
        paragraph(doc, ctx.t("cover.prepared_for", client=plan.account.name), muted=True)
    doc.add_paragraph()
    facts = []
    if plan.meta.kam:
        facts.append((ctx.t("cover.kam"), clean(plan.meta.kam)))
    facts.append((ctx.t("cover.date"), ctx.fmt.date(plan.meta.prepared_on)))
    if not ctx.client:
        facts.append((ctx.t("cover.version"), str(plan.meta.version)))
    label_table(doc, facts, total=width * 0.7, label_share=0.4)
    doc.add_paragraph()
    note = ctx.t("cover.client_note") if ctx.client else ctx.t("cover.confidential")
    paragraph(doc, note, bold=not ctx.client, muted=ctx.client)
    page_break(doc)


def _figures(ctx: RenderContext) -> list[tuple[str, str]]:
    plan, fmt = ctx.plan, ctx.fmt
    summary = plan.revenue_summary
    return [
        (ctx.t("summary.ttm"), fmt.money(summary.ttm, whole=True) if summary else "—"),
        (ctx.t("summary.growth"), fmt.percent(ttm_growth(plan.revenue), signed=True)),
        (ctx.t("summary.arr"), fmt.money(summary.arr, whole=True) if summary else "—"),
        (ctx.t("summary.clv"), fmt.money(summary.clv, whole=True) if summary else "—"),
        (ctx.t("summary.pipeline"), fmt.money(plan.pipeline.weighted, whole=True)),
    ]


def goal_rows(ctx: RenderContext, width: float, doc: DocumentType, limit: int = TOP) -> None:
    """The most urgent goals in short form: goal, status, progress, due."""
    rows: list[list[Text | str]] = []
    for goal in ranked_goals(ctx.plan.goals)[:limit]:
        progress = ctx.fmt.percent(goal.progress) if goal.progress is not None else "—"
        rows.append([
            Text(goal.title, sub=goal.metric, bold=True),
            Text(ctx.label(goal.status), bold=True, colour=STATUS_COLOURS.get(goal.status,
                                                                            ACCENT)),
            Text(progress, right=True),
            Text(ctx.fmt.date(goal.due), right=True),
        ])
    data_table(doc, [ctx.t("col.goal"), ctx.t("col.status"), ctx.t("col.progress"),
                     ctx.t("col.due")], rows, [0.5, 0.17, 0.15, 0.18], total=width)


def _open_actions(actions: tuple[ActionEntry, ...]) -> list[ActionEntry]:
    return sorted((a for a in actions if not a.done),
                  key=lambda a: (a.due is None, a.due or dt.date.max))


def build_summary(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The summary section for the audience."""
    plan = ctx.plan
    heading(doc, ctx.t("section.summary_client" if ctx.client else "section.summary"))
    if ctx.client:
        paragraph(doc, ctx.t("client.summary_intro", client=plan.account.name,
                             year=plan.meta.fiscal_year))
        facts = []
        if plan.account.customer_since is not None:
            facts.append(ctx.t("client.customer_since",
                               date=ctx.fmt.date(plan.account.customer_since)))
        if plan.next_review is not None:
            facts.append(ctx.t("client.next_meeting", date=ctx.fmt.date(plan.next_review)))
        if facts:
            paragraph(doc, " ".join(facts), muted=True)
        if plan.goals:
            heading(doc, ctx.t("section.goals_client"), 2)
            goal_rows(ctx, width, doc)
        actions = _open_actions(plan.actions)
        if actions:
            heading(doc, ctx.t("section.actions_client"), 2)
            data_table(doc, [ctx.t("col.action"), ctx.t("col.owner"), ctx.t("col.due")],
                       [[a.title, a.owner or "—", Text(ctx.fmt.date(a.due), right=True)]
                        for a in actions[:TOP]], [0.6, 0.22, 0.18], total=width)
        return
    heading(doc, ctx.t("summary.key_figures"), 2)
    label_table(doc, _figures(ctx), total=width * 0.6, label_share=0.55)
    if plan.revenue_summary is not None:
        summary = plan.revenue_summary
        paragraph(doc, ctx.t("summary.as_of", quarter=summary.as_of_quarter,
                             year=summary.as_of_year), muted=True, size=8)
    if plan.goals:
        heading(doc, ctx.t("summary.top_goals"), 2)
        goal_rows(ctx, width, doc)
    opportunities = ranked_opportunities(plan.opportunities)[:TOP]
    if opportunities:
        heading(doc, ctx.t("summary.top_opportunities"), 2)
        data_table(doc, [ctx.t("col.opportunity"), ctx.t("col.value"), ctx.t("col.probability"),
                         ctx.t("col.expected_close")],
                   [[Text(o.title, sub=ctx.label(o.type), bold=True),
                     Text(ctx.fmt.money(o.value, whole=True), right=True),
                     Text(f"{o.probability}\u00a0%" if ctx.lang == "de" else f"{o.probability}%",
                          right=True),
                     Text(ctx.fmt.date(o.expected_close), right=True)] for o in opportunities],
                   [0.5, 0.18, 0.12, 0.2], total=width)
    heading(doc, ctx.t("summary.risks"), 2)
    found = risks(ctx)
    if found:
        bullets(doc, found)
    else:
        paragraph(doc, ctx.t("summary.no_risks"), muted=True)

