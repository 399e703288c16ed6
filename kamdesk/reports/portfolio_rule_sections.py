"""The rules' side of the portfolio report: tiers against recommendations, and warnings.

The recommended tiers and the guardrail findings come as codes with parameters; the
context words them in the document's language. Long lists are capped with a line saying
how many more there are.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kamdesk.domain.enums import Tier
from kamdesk.domain.guardrails import Severity
from kamdesk.reports.flowables import StatusBadge
from kamdesk.reports.portfolio_context import PortfolioContext
from kamdesk.reports.portfolio_layout import heading, note, subheading, table, text_cell
from kamdesk.reports.styles import ACCENT, ACCENT_LIGHT, GREY, MUTED, RED
from kamdesk.reports.tables import Cell
from kamdesk.reports.text_markup import markup

DISAGREEMENT_ROWS = 60
WARNING_ROWS = 120
TIER_ORDER = (Tier.KEY, Tier.EMERGING, Tier.STANDARD, Tier.ARCHIVED)


def tiers(ctx: PortfolioContext) -> list[Flowable]:
    """Tier set against tier recommended, then the accounts where they differ and why."""
    report = ctx.report
    story = heading(ctx, "tiers", "pf.section_tiers")
    story.append(
        Paragraph(
            markup(
                ctx.t(
                    "pf.tiers_intro",
                    key_score=ctx.fmt.number(report.key_score_threshold),
                    emerging_score=ctx.fmt.number(report.emerging_score_threshold),
                )
            ),
            ctx.styles.body,
        )
    )
    story.append(_tier_matrix(ctx))
    story += [Spacer(1, 4), *subheading(ctx, "pf.disagreements")]
    differing = report.disagreements
    if not differing:
        return [*story, note(ctx, ctx.t("pf.no_disagreements"))]
    rows = [
        [
            text_cell(ctx, a.name),
            text_cell(ctx, a.abc_class.value, bold=True),
            text_cell(ctx, ctx.score(a.score), right=True),
            text_cell(ctx, ctx.label(a.tier)),
            text_cell(ctx, ctx.label(a.recommendation.tier), bold=True),
            Paragraph(
                "<br/>".join(markup(ctx.reason(r)) for r in a.recommendation.reasons),
                ctx.styles.cell,
            ),
        ]
        for a in differing[:DISAGREEMENT_ROWS]
    ]
    story.append(
        table(
            ctx,
            [ctx.t("pf.col_account"), ctx.t("pf.col_class"), ctx.t("pf.col_score"),
             ctx.t("pf.col_tier"), ctx.t("pf.col_recommended"), ctx.t("pf.col_reasons")],
            rows,
            [0.21, 0.08, 0.07, 0.12, 0.14, 0.38],
            right=(2,),
        )
    )
    if len(differing) > DISAGREEMENT_ROWS:
        story.append(
            note(ctx, ctx.t("pf.more_disagreements",
                            count=ctx.fmt.number(len(differing) - DISAGREEMENT_ROWS)))
        )
    return story


def _tier_matrix(ctx: PortfolioContext) -> Table:
    matrix = ctx.report.tier_matrix()
    rows: list[list[Cell]] = []
    for set_tier in TIER_ORDER:
        counts = [matrix.get((set_tier, recommended), 0) for recommended in TIER_ORDER]
        rows.append(
            [text_cell(ctx, ctx.label(set_tier), bold=True)]
            + [_count(ctx, count) for count in counts]
            + [_count(ctx, sum(counts), bold=True)]
        )
    column_totals = [
        sum(matrix.get((set_tier, recommended), 0) for set_tier in TIER_ORDER)
        for recommended in TIER_ORDER
    ]
    rows.append(
        [text_cell(ctx, ctx.t("pf.col_total"), bold=True)]
        + [_count(ctx, count, bold=True) for count in column_totals]
        + [_count(ctx, sum(column_totals), bold=True)]
    )
    # Agreement runs down the diagonal: tint it, so the off-diagonal counts stand out.
    diagonal = [("BACKGROUND", (i + 1, i + 1), (i + 1, i + 1), ACCENT_LIGHT) for i in range(4)]
    return table(
        ctx,
        [ctx.t("pf.col_set_vs_recommended"), *[ctx.label(t) for t in TIER_ORDER],
         ctx.t("pf.col_total")],
        rows,
        [0.25, 0.15, 0.15, 0.15, 0.15, 0.15],
        right=(1, 2, 3, 4, 5),
        extra=[*diagonal, ("LINEABOVE", (0, -1), (-1, -1), 0.8, ACCENT)],
    )


def _count(ctx: PortfolioContext, count: int, *, bold: bool = False) -> Paragraph:
    if count == 0:
        return text_cell(ctx, "–", right=True, colour=MUTED)
    style = ctx.styles.cell_right
    value = markup(ctx.fmt.number(count))
    return Paragraph(f"<b>{value}</b>" if bold else value, style)


def warnings(ctx: PortfolioContext) -> list[Flowable]:
    """Portfolio-wide findings, then the findings per account (warnings before notices)."""
    report = ctx.report
    story = heading(ctx, "warnings", "pf.section_warnings")
    story += subheading(ctx, "pf.warnings_portfolio")
    if report.portfolio_findings:
        story.append(
            table(
                ctx,
                [ctx.t("pf.col_kind"), ctx.t("pf.col_warning")],
                [[_severity(ctx, f.severity), text_cell(ctx, ctx.finding(f))]
                 for f in report.portfolio_findings],
                [0.14, 0.86],
            )
        )
    else:
        story.append(note(ctx, ctx.t("pf.no_portfolio_warnings")))
    story += subheading(ctx, "pf.warnings_accounts")
    pairs = report.account_findings()
    if not pairs:
        return [*story, note(ctx, ctx.t("pf.no_account_warnings"))]
    story.append(
        table(
            ctx,
            [ctx.t("pf.col_kind"), ctx.t("pf.col_warning")],
            [[_severity(ctx, f.severity), text_cell(ctx, ctx.finding(f))]
             for _, f in pairs[:WARNING_ROWS]],
            [0.14, 0.86],
        )
    )
    if len(pairs) > WARNING_ROWS:
        story.append(
            note(ctx, ctx.t("pf.more_warnings", count=ctx.fmt.number(len(pairs) - WARNING_ROWS)))
        )
    return story


def _severity(ctx: PortfolioContext, severity: Severity) -> Flowable:
    if severity is Severity.WARNING:
        return StatusBadge(ctx.t("pf.severity_warning"), RED)
    return StatusBadge(ctx.t("pf.severity_notice"), GREY)
