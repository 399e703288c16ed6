"""The one-page meeting brief: who is who, goals, open actions, opportunities, risks.

Exactly one page, always: every list is cut to a few items with "+N more", and the whole
content sits in a shrink-to-fit frame as the last line of defence, so even a plan with
300 stakeholders and essay-length notes prints as one page.
"""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from kamdesk.domain.enums import Attitude
from kamdesk.domain.plan import AccountPlan
from kamdesk.reports.context import INTERNAL, RenderContext
from kamdesk.reports.flowables import AttitudeDot, StatusBadge
from kamdesk.reports.fonts import SANS, SANS_BOLD
from kamdesk.reports.page_templates import (
    FOOTER_Y,
    MARGIN_BOTTOM,
    MARGIN_SIDE,
    frame_size,
    page_size,
)
from kamdesk.reports.plan_document import check_options, make_context
from kamdesk.reports.sections.stakeholders import pips
from kamdesk.reports.sections.summary import ranked_goals, ranked_opportunities, risks, ttm_growth
from kamdesk.reports.styles import ACCENT, ATTITUDE_COLOURS, GREY, MUTED, RULE, STATUS_COLOURS
from kamdesk.reports.tables import cell, data_table, fixed, house_style, two_lines
from kamdesk.reports.text_markup import markup, plain, shorten

PEOPLE = 8
GOALS = 5
ACTIONS = 6
OPPORTUNITIES = 4
RISKS = 4
INTERACTIONS = 3
CELL = 120  # characters per cell in the brief

_ATTITUDE_RANK = {
    Attitude.CHAMPION: 0,
    Attitude.BLOCKER: 1,
    Attitude.SUPPORTER: 2,
    Attitude.SCEPTIC: 3,
    Attitude.NEUTRAL: 4,
}


def _more(ctx: RenderContext, total: int, shown: int) -> list[Flowable]:
    if total <= shown:
        return []
    return [Paragraph(markup(ctx.t("more", count=total - shown)), ctx.styles.caption)]


def _people(ctx: RenderContext) -> list[Flowable]:
    people = [p for p in ctx.plan.stakeholders if p.left is None]
    if not people:
        return []
    ranked = sorted(
        people, key=lambda p: (-p.influence, _ATTITUDE_RANK.get(p.attitude, 9), p.name.casefold())
    )
    rows = [
        [
            two_lines(ctx, p.name, p.title, limit=70),
            AttitudeDot(ctx.label(p.attitude), ATTITUDE_COLOURS.get(p.attitude, GREY), size=7.2),
            fixed(ctx, pips(p.influence)),
            cell(ctx, p.owner_initials or "—", limit=6),
            fixed(ctx, ctx.fmt.short_date(p.last_contact)),
        ]
        for p in ranked[:PEOPLE]
    ]
    table = data_table(
        ctx,
        [
            ctx.t("col.name"),
            ctx.t("col.attitude"),
            ctx.t("col.influence"),
            ctx.t("col.owner"),
            ctx.t("col.last_contact"),
        ],
        rows,
        [0.42, 0.18, 0.14, 0.1, 0.16],
    )
    return [_title(ctx, "brief.people"), table, *_more(ctx, len(people), PEOPLE)]


def _title(ctx: RenderContext, msgid: str) -> Paragraph:
    return Paragraph(markup(ctx.t(msgid)), ctx.styles.h2)


def _goals(ctx: RenderContext, width: float) -> list[Flowable]:
    goals = ranked_goals(ctx.plan.goals)
    if not goals:
        return []
    rows = [
        [
            cell(ctx, g.title, limit=CELL),
            StatusBadge(ctx.label(g.status), STATUS_COLOURS.get(g.status, ACCENT), size=6),
        ]
        for g in goals[:GOALS]
    ]
    table = Table(rows, colWidths=[width * 0.7, width * 0.3], hAlign="LEFT")
    table.setStyle(_list_style())
    return [_title(ctx, "brief.goals"), table, *_more(ctx, len(goals), GOALS)]


def _actions(ctx: RenderContext, width: float) -> list[Flowable]:
    actions = sorted(
        (a for a in ctx.plan.actions if not a.done),
        key=lambda a: (a.due is None, a.due or ctx.plan.meta.prepared_on),
    )
    if not actions:
        return []
    rows = [
        [
            cell(ctx, a.title, limit=CELL),
            fixed(ctx, ctx.fmt.short_date(a.due) + (" !" if a.overdue else ""), right=True),
        ]
        for a in actions[:ACTIONS]
    ]
    table = Table(rows, colWidths=[width * 0.72, width * 0.28], hAlign="LEFT")
    table.setStyle(_list_style())
    return [_title(ctx, "brief.open_actions"), table, *_more(ctx, len(actions), ACTIONS)]


def _list_style() -> TableStyle:
    return house_style(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]
    )


def _opportunities(ctx: RenderContext) -> list[Flowable]:
    items = ranked_opportunities(ctx.plan.opportunities)
    if not items:
        return []
    rows = [
        [
            cell(ctx, o.title, limit=CELL),
            fixed(ctx, ctx.fmt.money(o.value, whole=True), right=True),
            fixed(ctx, f"{o.probability}%", right=True),
            fixed(ctx, ctx.fmt.short_date(o.expected_close), right=True),
        ]
        for o in items[:OPPORTUNITIES]
    ]
    table = data_table(
        ctx,
        [
            ctx.t("col.opportunity"),
            ctx.t("col.value"),
            ctx.t("col.probability"),
            ctx.t("col.expected_close"),
        ],
        rows,
        [0.55, 0.17, 0.1, 0.18],
        right=(1, 2, 3),
    )
    return [_title(ctx, "brief.opportunities"), table, *_more(ctx, len(items), OPPORTUNITIES)]


def _risks_and_contacts(ctx: RenderContext, width: float) -> list[Flowable]:
    found = risks(ctx)
    left: list[Flowable] = []
    if found:
        left = [
            _title(ctx, "brief.risks"),
            *[
                Paragraph(markup(r, limit=CELL), ctx.styles.bullet, bulletText="•")
                for r in found[:RISKS]
            ],
            *_more(ctx, len(found), RISKS),
        ]
    recent = sorted(ctx.plan.interactions, key=lambda i: i.date, reverse=True)
    right: list[Flowable] = []
    if recent:
        right = [_title(ctx, "brief.last_interactions")]
        right += [
            Paragraph(
                f"<b>{markup(ctx.fmt.short_date(i.date))}</b> "
                f"{markup(ctx.label(i.kind))}: {markup(i.summary, limit=CELL)}",
                ctx.styles.small,
            )
            for i in recent[:INTERACTIONS]
        ]
    if not left and not right:
        return []
    table = Table([[left, right]], colWidths=[width / 2, width / 2], hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return [table]


def _header(ctx: RenderContext) -> list[Flowable]:
    plan, fmt = ctx.plan, ctx.fmt
    account = plan.account
    subtitle = " · ".join(
        v for v in (ctx.t("doc.brief"), fmt.date(plan.meta.prepared_on), plan.meta.kam or "") if v
    )
    facts = " · ".join(
        v
        for v in (
            account.industry,
            ", ".join(x for x in (account.city, account.country) if x),
            ctx.t("brief.local_time", zone=account.time_zone) if account.time_zone else "",
            ctx.t("client.customer_since", date=fmt.date(account.customer_since)).rstrip(".")
            if account.customer_since
            else "",
        )
        if v
    )
    summary = plan.revenue_summary
    figures = ctx.t(
        "brief.figures",
        ttm=fmt.money(summary.ttm, whole=True) if summary else "—",
        growth=fmt.percent(ttm_growth(plan.revenue), signed=True),
        pipeline=fmt.money(plan.pipeline.weighted, whole=True),
    )
    story: list[Flowable] = [
        Paragraph(markup(subtitle, limit=200), ctx.styles.figure_label),
        Paragraph(markup(account.name, limit=100), ctx.styles.h1),
    ]
    if facts:
        story.append(Paragraph(markup(facts, limit=300), ctx.styles.body_muted))
    story.append(Paragraph(markup(figures), ctx.styles.body))
    return story


def _two_columns(ctx: RenderContext) -> list[Flowable]:
    half = (ctx.width - 14) / 2
    left, right = _goals(ctx, half), _actions(ctx, half)
    if not left and not right:
        return []
    table = Table([[left, right]], colWidths=[half + 14, half], hAlign="LEFT")
    table.setStyle(
        house_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 14),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    return [table]


def brief_story(ctx: RenderContext) -> list[Flowable]:
    """The brief's content, before it is fitted into the page."""
    return [
        *_header(ctx),
        *_people(ctx),
        *_two_columns(ctx),
        *_opportunities(ctx),
        *_risks_and_contacts(ctx, ctx.width),
        Spacer(1, 1),
    ]


def render_brief(plan: AccountPlan, *, lang: str = "en", paper: str = "a4") -> bytes:
    """The one-page meeting brief (internal) as PDF bytes."""
    check_options(lang, paper, INTERNAL)
    ctx = make_context(plan, lang, paper, INTERNAL)
    size = page_size(paper)
    width, _ = frame_size(size)
    footer = plain(ctx.t("cover.confidential"))
    company = shorten(plain(plan.meta.company_name), 60)

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, size[1] - 6, size[0], 6, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_SIDE, FOOTER_Y + 9, size[0] - MARGIN_SIDE, FOOTER_Y + 9)
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.setFillColor(ACCENT)
        canvas.drawString(MARGIN_SIDE, FOOTER_Y, footer)
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(size[0] - MARGIN_SIDE, FOOTER_Y, company)
        canvas.restoreState()

    top_margin = MARGIN_BOTTOM  # the brief needs no running header: more room for content
    frame = Frame(
        MARGIN_SIDE,
        MARGIN_BOTTOM,
        width,
        size[1] - MARGIN_BOTTOM - top_margin,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        pageTemplates=[PageTemplate("brief", [frame], onPage=decorate)],
        title=f"{ctx.t('doc.brief')} — {plain(plan.account.name)}",
        author=plain(plan.meta.kam or plan.meta.company_name),
        subject=ctx.t("doc.brief"),
        creator="kamdesk",
        producer="kamdesk",
        initialFontName=SANS,
        lang=lang,
    )
    # Shrink-to-fit: the lists are already short, so this only ever scales a little.
    fitted = KeepInFrame(width, frame._aH - 2, brief_story(ctx), mode="shrink")
    doc.build([fitted])
    return buffer.getvalue()
