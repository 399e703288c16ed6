"""The figures of the portfolio report: overview, Pareto analysis, key accounts, ranking.

Each builder takes the :class:`~kamdesk.reports.portfolio_context.PortfolioContext` and
returns flowables. Long lists are capped (a portfolio of 10,000 accounts must still print
in a few pages): the chart draws the top accounts and one bar for all others, the ranking
lists the top accounts and one line per class for the rest.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kamdesk.domain.enums import Tier
from kamdesk.domain.pareto import AbcClass
from kamdesk.domain.portfolio_report import ReportAccount
from kamdesk.reports.charts import axis_label
from kamdesk.reports.pareto_chart import CLASS_COLOURS, OTHERS_COLOUR, ParetoBar, pareto_chart
from kamdesk.reports.portfolio_context import PortfolioContext
from kamdesk.reports.portfolio_layout import (
    heading,
    note,
    subheading,
    table,
    text_cell,
)
from kamdesk.reports.styles import FILL, MUTED, RED
from kamdesk.reports.tables import house_style
from kamdesk.reports.text_markup import markup

CHART_BARS = 30  # accounts drawn one by one; the rest share the last bar
RANKING_ROWS = 100  # accounts listed in the ranking table; the rest by class


def overview(ctx: PortfolioContext) -> list[Flowable]:
    """Key figures in a band: revenue, growth, active and key accounts, the top 20 %'s share."""
    report, fmt = ctx.report, ctx.fmt
    active = sum(1 for account in report.accounts if account.tier is not Tier.ARCHIVED)
    figures = [
        (fmt.money(report.total_revenue, whole=True), ctx.t("pf.fig_revenue")),
        (fmt.percent(report.growth, signed=True), ctx.t("pf.fig_growth")),
        (fmt.number(active), ctx.t("pf.fig_accounts")),
        (fmt.number(len(report.key_accounts)), ctx.t("pf.fig_key")),
        (ctx.share(report.top_share), ctx.t("pf.fig_top")),
    ]
    cells = [
        [
            Paragraph(
                markup(value),
                ctx.styles.figure_value if len(value) <= 11 else ctx.styles.figure_value_small,
            ),
            Paragraph(markup(name), ctx.styles.figure_label),
        ]
        for value, name in figures
    ]
    band = Table([cells], colWidths=[ctx.width / len(cells)] * len(cells), hAlign="LEFT")
    band.setStyle(
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
    return [*heading(ctx, "overview", "pf.section_overview"), band, Spacer(1, 6)]


def pareto(ctx: PortfolioContext) -> list[Flowable]:
    """The chart, the revenue per class and the ranking (top accounts, the rest by class)."""
    report = ctx.report
    story = heading(ctx, "pareto", "pf.section_pareto")
    if not report.accounts:
        return [*story, note(ctx, ctx.t("pf.no_accounts"))]
    if report.total_revenue <= 0:
        story.append(note(ctx, ctx.t("pf.no_revenue")))
    totals = report.class_totals()
    story.append(
        Paragraph(
            markup(
                ctx.t(
                    "pf.pareto_intro",
                    a_count=ctx.fmt.number(totals[0].count),
                    count=ctx.fmt.number(len(report.accounts)),
                    a_share=ctx.share(totals[0].share),
                    top_share=ctx.share(report.top_share),
                )
            ),
            ctx.styles.body,
        )
    )
    story += [_chart(ctx), Spacer(1, 2)]
    story.append(
        Paragraph(
            markup(
                ctx.t(
                    "pf.chart_caption",
                    count=min(CHART_BARS, len(report.accounts)),
                    a_limit=ctx.share(report.a_threshold),
                    b_limit=ctx.share(report.b_threshold),
                )
            ),
            ctx.styles.caption,
        )
    )
    story += subheading(ctx, "pf.classes")
    story.append(
        table(
            ctx,
            [ctx.t("pf.col_class"), ctx.t("pf.col_accounts"), ctx.t("pf.col_revenue"),
             ctx.t("pf.col_share")],
            [
                [text_cell(ctx, ctx.t("pf.class", abc_class=total.abc_class.value), bold=True),
                 text_cell(ctx, ctx.fmt.number(total.count), right=True),
                 text_cell(ctx, ctx.fmt.money(total.revenue), right=True),
                 text_cell(ctx, ctx.share(total.share), right=True)]
                for total in totals
            ],
            [0.4, 0.18, 0.24, 0.18],
            right=(1, 2, 3),
        )
    )
    return story


def ranking(ctx: PortfolioContext) -> list[Flowable]:
    """Every account by revenue: the top ones in a table, the rest one line per class."""
    accounts = ctx.report.accounts
    if not accounts:
        return []
    return [
        *heading(ctx, "ranking", "pf.ranking"),
        _ranking(ctx, accounts[:RANKING_ROWS]),
        *_rest_by_class(ctx, accounts[RANKING_ROWS:]),
    ]


def _chart(ctx: PortfolioContext) -> Flowable:
    accounts = ctx.report.accounts
    bars = [
        ParetoBar(a.name, a.revenue, a.cumulative_share, a.abc_class)
        for a in accounts[:CHART_BARS]
    ]
    rest = accounts[CHART_BARS:]
    if rest:
        bars.append(
            ParetoBar(
                ctx.t("pf.others", count=ctx.fmt.number(len(rest))),
                sum((max(a.revenue, Decimal(0)) for a in rest), Decimal(0)),
                rest[-1].cumulative_share,
                None,
            )
        )
    legend = [(ctx.t("pf.class", abc_class=abc.value), CLASS_COLOURS[abc]) for abc in AbcClass]
    if rest:
        legend.append((ctx.t("pf.others", count=ctx.fmt.number(len(rest))), OTHERS_COLOUR))
    return pareto_chart(
        bars,
        thresholds=(ctx.report.a_threshold, ctx.report.b_threshold),
        value_label=lambda value: axis_label(ctx.fmt, value),
        share_label=lambda share: ctx.fmt.percent(share),
        legend=legend,
        line_legend=ctx.t("pf.legend_cumulative"),
        width=ctx.width,
    )


def _ranking(ctx: PortfolioContext, accounts: Sequence[ReportAccount]) -> Table:
    rows = [
        [
            text_cell(ctx, ctx.fmt.number(a.rank), right=True),
            text_cell(ctx, a.name),
            text_cell(ctx, ctx.fmt.money(a.revenue), right=True),
            text_cell(ctx, ctx.share(a.share), right=True),
            text_cell(ctx, ctx.share(a.cumulative_share), right=True),
            text_cell(ctx, a.abc_class.value, bold=True),
        ]
        for a in accounts
    ]
    return table(
        ctx,
        [ctx.t("pf.col_rank"), ctx.t("pf.col_account"), ctx.t("pf.col_revenue"),
         ctx.t("pf.col_share"), ctx.t("pf.col_cumulative"), ctx.t("pf.col_class")],
        rows,
        [0.07, 0.43, 0.18, 0.11, 0.13, 0.08],
        right=(0, 2, 3, 4),
        extra=[("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, FILL])],
    )


def _rest_by_class(ctx: PortfolioContext, rest: Sequence[ReportAccount]) -> list[Flowable]:
    lines: list[Flowable] = [Spacer(1, 4)] if rest else []
    for abc in AbcClass:
        members = [a for a in rest if a.abc_class is abc]
        if not members:
            continue
        revenue = sum((a.revenue for a in members), Decimal(0))
        share = sum((a.share for a in members), Decimal(0))
        lines.append(
            note(
                ctx,
                ctx.t(
                    "pf.more_in_class",
                    count=ctx.fmt.number(len(members)),
                    abc_class=abc.value,
                    revenue=ctx.fmt.money(revenue),
                    share=ctx.share(share),
                ),
            )
        )
    return lines


def key_accounts(ctx: PortfolioContext) -> list[Flowable]:
    """One line per key account: owner, revenue, share, score, contact, review, warnings."""
    report = ctx.report
    story = heading(ctx, "key_accounts", "pf.section_key_accounts")
    keys = report.key_accounts
    if not keys:
        return [*story, note(ctx, ctx.t("pf.no_key_accounts"))]
    share = sum((a.share for a in keys), Decimal(0))
    story.append(
        Paragraph(
            markup(ctx.t("pf.key_intro", count=ctx.fmt.number(len(keys)), share=ctx.share(share))),
            ctx.styles.body,
        )
    )
    rows = []
    for a in keys:
        overdue = a.next_review_due is not None and a.next_review_due < report.prepared_on
        rows.append(
            [
                text_cell(ctx, a.name, bold=True),
                text_cell(ctx, a.owner or ctx.t("pf.no_owner"), colour=None if a.owner else MUTED),
                text_cell(ctx, ctx.fmt.money(a.revenue, whole=True), right=True),
                text_cell(ctx, ctx.share(a.share), right=True),
                text_cell(ctx, ctx.score(a.score), right=True),
                text_cell(ctx, ctx.fmt.short_date(a.last_contact), right=True),
                text_cell(ctx, ctx.fmt.short_date(a.next_review_due), right=True,
                          colour=RED if overdue else None),
                text_cell(ctx, ctx.fmt.number(a.warning_count) if a.warning_count else "–",
                          right=True, colour=RED if a.warning_count else MUTED),
            ]
        )
    story.append(
        table(
            ctx,
            [ctx.t("pf.col_account"), ctx.t("pf.col_owner"), ctx.t("pf.col_revenue"),
             ctx.t("pf.col_share"), ctx.t("pf.col_score"), ctx.t("pf.col_last_contact"),
             ctx.t("pf.col_next_review"), ctx.t("pf.col_warnings")],
            rows,
            [0.22, 0.15, 0.13, 0.08, 0.07, 0.12, 0.12, 0.11],
            right=(2, 3, 4, 5, 6, 7),
        )
    )
    return story
