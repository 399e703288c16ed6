"""The account profile: facts, business plan, audience, USP and recent interactions;
internally also notes, competitors and the scorecard.

The client version lists only the interactions the KAM shared (``client_view`` has dropped
the others), so the meeting history the client reads is the one they took part in.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.domain.plan import AccountProfile
from kamdesk.reports.context import RenderContext
from kamdesk.reports.sections.common import heading, paragraphs, subheading
from kamdesk.reports.tables import Cell, cell, data_table, fixed, label_table, two_lines

MAX_INTERACTIONS = 8


def _address(account: AccountProfile) -> str:
    town = " ".join(part for part in (account.postal_code, account.city) if part)
    return ", ".join(part for part in (account.street, town, account.country) if part)


def _facts(ctx: RenderContext) -> list[tuple[str, Cell]]:
    account, fmt = ctx.plan.account, ctx.fmt
    pairs: list[tuple[str, str]] = [
        (ctx.t("profile.legal_name"), account.legal_name),
        (ctx.t("profile.industry"), account.industry),
        (
            ctx.t("profile.employees"),
            fmt.number(account.employees) if account.employees is not None else "",
        ),
        (
            ctx.t("profile.annual_revenue"),
            fmt.money(account.annual_revenue, whole=True) if account.annual_revenue else "",
        ),
        (ctx.t("profile.address"), _address(account)),
        (ctx.t("profile.time_zone"), account.time_zone),
        (ctx.t("profile.website"), account.website),
        (
            ctx.t("profile.customer_since"),
            fmt.date(account.customer_since) if account.customer_since else "",
        ),
    ]
    if not ctx.client:
        pairs += [
            (ctx.t("profile.tier"), ctx.label(account.tier)),
            (ctx.t("profile.owner"), account.owner or ""),
            (
                ctx.t("profile.relationship_years"),
                ctx.t("profile.years", years=account.expected_relationship_years),
            ),
            (ctx.t("profile.review_cadence"), ctx.label(account.review_cadence)),
            (
                ctx.t("profile.last_contact"),
                fmt.date(account.last_contact) if account.last_contact else "",
            ),
        ]
    # Empty facts are left out rather than printed as a column of dashes.
    return [(name, cell(ctx, value)) for name, value in pairs if value]


def build(ctx: RenderContext) -> list[Flowable]:
    """The profile section."""
    plan, account = ctx.plan, ctx.plan.account
    title = ctx.t("section.profile_client" if ctx.client else "section.profile")
    story: list[Flowable] = heading(ctx, "profile", title)
    facts = _facts(ctx)
    if facts:
        story.append(label_table(ctx, facts))
    for msgid, value in (
        ("profile.business_plan", account.business_plan),
        ("profile.target_audience", account.target_audience),
        ("profile.usp", account.usp),
    ):
        if value.strip():
            story += [subheading(ctx, ctx.t(msgid)), *paragraphs(ctx, value)]
    if not ctx.client:
        story += _internal_parts(ctx)
    if plan.interactions:
        story += _interactions(ctx)
    return story


def _internal_parts(ctx: RenderContext) -> list[Flowable]:
    """Our notes, the competitors and the scorecard (never in the client version)."""
    plan, account = ctx.plan, ctx.plan.account
    story: list[Flowable] = []
    if account.notes.strip():
        story += [subheading(ctx, ctx.t("profile.notes")), *paragraphs(ctx, account.notes)]
    if plan.competitors:
        story.append(subheading(ctx, ctx.t("profile.competitors")))
        rows = [
            [two_lines(ctx, c.name, ctx.label(c.kind)), cell(ctx, c.strengths), cell(ctx, c.notes)]
            for c in plan.competitors
        ]
        story.append(
            data_table(
                ctx,
                [ctx.t("col.name"), ctx.t("col.strengths"), ctx.t("col.notes")],
                rows,
                [0.3, 0.35, 0.35],
            )
        )
    if plan.scorecard is not None and plan.scorecard.scores:
        card = plan.scorecard
        story.append(subheading(ctx, ctx.t("profile.scorecard")))
        rows = [
            [
                cell(ctx, ctx.label(s.criterion)),
                fixed(ctx, f"{s.value} / 5", right=True),
                fixed(ctx, ctx.fmt.date(s.scored_on), right=True),
            ]
            for s in card.scores
        ]
        story.append(
            data_table(
                ctx,
                [ctx.t("col.criterion"), ctx.t("col.score"), ctx.t("col.scored_on")],
                rows,
                [0.6, 0.15, 0.25],
                right=(1, 2),
            )
        )
        if card.weighted_score is not None:
            tier = ctx.label(card.recommended_tier) if card.recommended_tier else "—"
            story.append(
                fixed(
                    ctx,
                    ctx.t(
                        "profile.weighted_score",
                        score=ctx.fmt.number(card.weighted_score),
                        tier=tier,
                    ),
                    muted=True,
                )
            )
    return story


def _interactions(ctx: RenderContext) -> list[Flowable]:
    """The newest interactions with who took part, summary and next steps."""
    plan = ctx.plan
    story: list[Flowable] = [subheading(ctx, ctx.t("profile.interactions"))]
    recent = sorted(plan.interactions, key=lambda i: i.date, reverse=True)
    rows = [
        [
            fixed(ctx, ctx.fmt.date(i.date)),
            two_lines(ctx, ctx.label(i.kind), ", ".join(i.stakeholders)),
            cell(ctx, i.summary),
            cell(ctx, i.next_steps),
        ]
        for i in recent[:MAX_INTERACTIONS]
    ]
    if len(recent) > MAX_INTERACTIONS:
        rows.append(
            [
                fixed(ctx, ctx.t("more", count=len(recent) - MAX_INTERACTIONS), muted=True),
                "",
                "",
                "",
            ]
        )
    story.append(
        data_table(
            ctx,
            [
                ctx.t("col.date"),
                ctx.t("col.kind"),
                ctx.t("col.summary"),
                ctx.t("col.next_steps"),
            ],
            rows,
            [0.15, 0.2, 0.38, 0.27],
        )
    )
    return story
