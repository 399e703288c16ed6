"""The executive summary (internal) or partnership summary (client).

Internal: key figures, the goals that need attention first, the biggest open
opportunities and the main risks. Client: a short introduction, the shared goals and the
next agreed steps — no figures of ours.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from reportlab.platypus import Flowable, Spacer, Table

from kamdesk.domain.enums import Attitude, GoalStatus, OpportunityStatus
from kamdesk.domain.plan import ActionEntry, GoalEntry, OpportunityEntry, RevenueRow
from kamdesk.reports.context import RenderContext
from kamdesk.reports.flowables import ProgressBar, StatusBadge
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.sections.common import bullets, heading, subheading
from kamdesk.reports.styles import ACCENT_LIGHT, FILL, STATUS_COLOURS
from kamdesk.reports.tables import cell, data_table, fixed, house_style, two_lines
from kamdesk.reports.text_markup import markup

TOP = 5
MAX_RISKS = 8

# Goals that need attention first.
_URGENCY = {
    GoalStatus.OFF_TRACK: 0,
    GoalStatus.OVERDUE: 1,
    GoalStatus.AT_RISK: 2,
    GoalStatus.ON_TRACK: 3,
    GoalStatus.ACHIEVED: 4,
}


def ranked_goals(goals: tuple[GoalEntry, ...]) -> list[GoalEntry]:
    """Goals, most urgent first, then by due date."""
    return sorted(goals, key=lambda goal: (_URGENCY.get(goal.status, 9), goal.due))


def ranked_opportunities(items: tuple[OpportunityEntry, ...]) -> list[OpportunityEntry]:
    """Open opportunities by weighted value, biggest first."""
    open_items = [item for item in items if item.status == OpportunityStatus.OPEN]
    return sorted(open_items, key=lambda item: -(item.value * item.probability))


def ttm_growth(rows: tuple[RevenueRow, ...]) -> Decimal | None:
    """Growth of the last four quarters' revenue over the four before (None: no base)."""
    actuals = [
        row.actual
        for row in sorted(rows, key=lambda r: (r.year, r.quarter))
        if row.actual is not None
    ]
    if len(actuals) < 8:
        return None
    latest, before = sum(actuals[-4:], Decimal(0)), sum(actuals[-8:-4], Decimal(0))
    if before <= 0:
        return None
    return (latest - before) / before


def goal_table(ctx: RenderContext, goals: list[GoalEntry], *, width: float) -> Table:
    """Goals with status badges and progress bars (the summary's short form)."""
    rows = []
    for goal in goals:
        progress = goal.progress
        pct = ctx.fmt.percent(progress) if progress is not None else "—"
        rows.append(
            [
                two_lines(ctx, goal.title, goal.metric),
                StatusBadge(ctx.label(goal.status), STATUS_COLOURS.get(goal.status, ACCENT_LIGHT)),
                ProgressBar(progress, pct, STATUS_COLOURS.get(goal.status, ACCENT_LIGHT), width=80),
                fixed(ctx, ctx.fmt.date(goal.due)),
            ]
        )
    return data_table(
        ctx,
        [ctx.t("col.goal"), ctx.t("col.status"), ctx.t("col.progress"), ctx.t("col.due")],
        rows,
        [0.46, 0.17, 0.19, 0.18],
        total_width=width,
    )


def _figures(ctx: RenderContext) -> Table:
    plan, fmt = ctx.plan, ctx.fmt
    summary = plan.revenue_summary
    figures = [
        (fmt.money(summary.ttm, whole=True) if summary else "—", ctx.t("summary.ttm")),
        (fmt.percent(ttm_growth(plan.revenue), signed=True), ctx.t("summary.growth")),
        (fmt.money(summary.arr, whole=True) if summary else "—", ctx.t("summary.arr")),
        (fmt.money(summary.clv, whole=True) if summary else "—", ctx.t("summary.clv")),
        (fmt.money(plan.pipeline.weighted, whole=True), ctx.t("summary.pipeline")),
    ]
    # A long amount (billions, German separators) gets a smaller size instead of wrapping.
    cells = [
        [
            ReusingParagraph(
                markup(value),
                ctx.styles.figure_value if len(value) <= 11 else ctx.styles.figure_value_small,
            ),
            ReusingParagraph(markup(name), ctx.styles.figure_label),
        ]
        for value, name in figures
    ]
    width = ctx.width / len(cells)
    table = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), FILL),
                ("LINEAFTER", (0, 0), (-2, -1), 2, "white"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 9),
            ]
        )
    )
    return table


def risks(ctx: RenderContext) -> list[str]:
    """The main risks, as sentences: blockers, coverage gaps, goals off track, reviews."""
    plan = ctx.plan
    found: list[str] = []
    for person in plan.stakeholders:
        if person.left is None and person.attitude == Attitude.BLOCKER and person.influence >= 3:
            found.append(
                ctx.t(
                    "risk.blocker",
                    name=person.name,
                    title=person.title or "—",
                    influence=person.influence,
                )
            )
    for goal in ranked_goals(plan.goals):
        if goal.status in (GoalStatus.OFF_TRACK, GoalStatus.OVERDUE):
            found.append(ctx.t("risk.goal", goal=goal.title, status=ctx.label(goal.status).lower()))
    if plan.review_overdue:
        found.append(
            ctx.t("risk.review_overdue", date=ctx.fmt.date(plan.next_review))
            if plan.next_review
            else ctx.t("risk.review_overdue_nodate")
        )
    for center in plan.buying_centers:
        for gap in center.coverage.gaps:
            found.append(ctx.t("risk.gap", center=center.name, gap=ctx.label(gap, kind="GapCode")))
    if plan.departments_without_contact:
        found.append(
            ctx.t("risk.departments", departments=", ".join(plan.departments_without_contact))
        )
    return found


def _limited(ctx: RenderContext, items: list[str], limit: int) -> list[str]:
    if len(items) <= limit:
        return items
    return [*items[: limit - 1], ctx.t("more", count=len(items) - limit + 1)]


def opportunity_table(ctx: RenderContext, items: list[OpportunityEntry], *, width: float) -> Table:
    """The biggest open opportunities in short form."""
    rows = [
        [
            two_lines(ctx, item.title, ctx.label(item.type)),
            fixed(ctx, ctx.fmt.money(item.value, whole=True), right=True),
            fixed(
                ctx,
                f"{item.probability} %" if ctx.lang == "de" else f"{item.probability}%",
                right=True,
            ),
            fixed(ctx, ctx.fmt.date(item.expected_close), right=True),
        ]
        for item in items
    ]
    return data_table(
        ctx,
        [
            ctx.t("col.opportunity"),
            ctx.t("col.value"),
            ctx.t("col.probability"),
            ctx.t("col.expected_close"),
        ],
        rows,
        [0.5, 0.18, 0.12, 0.2],
        total_width=width,
        right=(1, 2, 3),
    )


def _internal(ctx: RenderContext) -> list[Flowable]:
    plan = ctx.plan
    story: list[Flowable] = [subheading(ctx, ctx.t("summary.key_figures"))]
    story.append(_figures(ctx))
    if plan.revenue_summary is not None:
        story.append(
            ReusingParagraph(
                markup(
                    ctx.t(
                        "summary.as_of",
                        quarter=plan.revenue_summary.as_of_quarter,
                        year=plan.revenue_summary.as_of_year,
                    )
                ),
                ctx.styles.caption,
            )
        )
    goals = ranked_goals(plan.goals)
    if goals:
        story += [
            subheading(ctx, ctx.t("summary.top_goals")),
            goal_table(ctx, goals[:TOP], width=ctx.width),
        ]
    opportunities = ranked_opportunities(plan.opportunities)
    if opportunities:
        story += [
            subheading(ctx, ctx.t("summary.top_opportunities")),
            opportunity_table(ctx, opportunities[:TOP], width=ctx.width),
        ]
    story.append(subheading(ctx, ctx.t("summary.risks")))
    found = risks(ctx)
    if found:
        story += bullets(ctx, _limited(ctx, found, MAX_RISKS))
    else:
        story.append(ReusingParagraph(markup(ctx.t("summary.no_risks")), ctx.styles.body_muted))
    return story


def _open_actions(actions: tuple[ActionEntry, ...]) -> list[ActionEntry]:
    return sorted(
        (a for a in actions if not a.done), key=lambda a: (a.due is None, a.due or dt.date.max)
    )


def _client(ctx: RenderContext) -> list[Flowable]:
    plan = ctx.plan
    story: list[Flowable] = [
        ReusingParagraph(
            markup(
                ctx.t("client.summary_intro", client=plan.account.name, year=plan.meta.fiscal_year),
                limit=600,
            ),
            ctx.styles.body,
        ),
    ]
    facts = []
    if plan.account.customer_since is not None:
        facts.append(ctx.t("client.customer_since", date=ctx.fmt.date(plan.account.customer_since)))
    if plan.next_review is not None:
        facts.append(ctx.t("client.next_meeting", date=ctx.fmt.date(plan.next_review)))
    if facts:
        story.append(ReusingParagraph(markup(" ".join(facts)), ctx.styles.body_muted))
    goals = ranked_goals(plan.goals)
    if goals:
        story += [
            subheading(ctx, ctx.t("section.goals_client")),
            goal_table(ctx, goals[:TOP], width=ctx.width),
        ]
    actions = _open_actions(plan.actions)
    if actions:
        story.append(subheading(ctx, ctx.t("section.actions_client")))
        rows = [
            [
                cell(ctx, a.title),
                cell(ctx, a.owner or "—"),
                fixed(ctx, ctx.fmt.date(a.due), right=True),
            ]
            for a in actions[:TOP]
        ]
        story.append(
            data_table(
                ctx,
                [ctx.t("col.action"), ctx.t("col.owner"), ctx.t("col.due")],
                rows,
                [0.6, 0.22, 0.18],
                right=(2,),
            )
        )
    return story


def build(ctx: RenderContext) -> list[Flowable]:
    """The summary section for the context's audience."""
    title = ctx.t("section.summary_client" if ctx.client else "section.summary")
    body = _client(ctx) if ctx.client else _internal(ctx)
    return [*heading(ctx, "summary", title), *body, Spacer(1, 6)]
