"""The account and our relationship with it: profile (with competitors, scorecard and
interactions inside), account team, review history and the changes since the last review —
the same content as the PDF's sections."""

from __future__ import annotations

from docx.document import Document as DocumentType

from kamdesk.domain.plan import AccountProfile
from kamdesk.reports.context import RenderContext
from kamdesk.reports.document.word_blocks import (
    Text,
    blocks,
    bullets,
    data_table,
    empty,
    heading,
    label_table,
    paragraph,
)
from kamdesk.reports.sections.changes import grouped
from kamdesk.reports.sections.profile import MAX_INTERACTIONS


def _address(account: AccountProfile) -> str:
    town = " ".join(part for part in (account.postal_code, account.city) if part)
    return ", ".join(part for part in (account.street, town, account.country) if part)


def _facts(ctx: RenderContext) -> list[tuple[str, str]]:
    account, fmt = ctx.plan.account, ctx.fmt
    pairs = [
        (ctx.t("profile.legal_name"), account.legal_name),
        (ctx.t("profile.industry"), account.industry),
        (ctx.t("profile.employees"),
         fmt.number(account.employees) if account.employees is not None else ""),
        (ctx.t("profile.annual_revenue"),
         fmt.money(account.annual_revenue, whole=True) if account.annual_revenue else ""),
        (ctx.t("profile.address"), _address(account)),
        (ctx.t("profile.time_zone"), account.time_zone),
        (ctx.t("profile.website"), account.website),
        (ctx.t("profile.customer_since"),
         fmt.date(account.customer_since) if account.customer_since else ""),
    ]
    if not ctx.client:
        pairs += [
            (ctx.t("profile.tier"), ctx.label(account.tier)),
            (ctx.t("profile.owner"), account.owner or ""),
            (ctx.t("profile.relationship_years"),
             ctx.t("profile.years", years=account.expected_relationship_years)),
            (ctx.t("profile.review_cadence"), ctx.label(account.review_cadence)),
            (ctx.t("profile.last_contact"),
             fmt.date(account.last_contact) if account.last_contact else ""),
        ]
    return [(name, value) for name, value in pairs if value]


def build_profile(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The profile section."""
    plan, account = ctx.plan, ctx.plan.account
    heading(doc, ctx.t("section.profile_client" if ctx.client else "section.profile"))
    facts = _facts(ctx)
    if facts:
        label_table(doc, facts, total=width)
    for msgid, value in (("profile.business_plan", account.business_plan),
                         ("profile.target_audience", account.target_audience),
                         ("profile.usp", account.usp)):
        if value.strip():
            heading(doc, ctx.t(msgid), 2)
            blocks(doc, value)
    if ctx.client:
        return
    if account.notes.strip():
        heading(doc, ctx.t("profile.notes"), 2)
        blocks(doc, account.notes)
    if plan.competitors:
        heading(doc, ctx.t("profile.competitors"), 2)
        data_table(doc, [ctx.t("col.name"), ctx.t("col.strengths"), ctx.t("col.notes")],
                   [[Text(c.name, sub=ctx.label(c.kind), bold=True), c.strengths, c.notes]
                    for c in plan.competitors], [0.3, 0.35, 0.35], total=width)
    if plan.scorecard is not None and plan.scorecard.scores:
        card = plan.scorecard
        heading(doc, ctx.t("profile.scorecard"), 2)
        data_table(doc, [ctx.t("col.criterion"), ctx.t("col.score"), ctx.t("col.scored_on")],
                   [[ctx.label(s.criterion), Text(f"{s.value} / 5", right=True),
                     Text(ctx.fmt.date(s.scored_on), right=True)] for s in card.scores],
                   [0.6, 0.15, 0.25], total=width)
        if card.weighted_score is not None:
            tier = ctx.label(card.recommended_tier) if card.recommended_tier else "—"
            paragraph(doc, ctx.t("profile.weighted_score",
                                 score=ctx.fmt.number(card.weighted_score), tier=tier),
                      muted=True)
    if plan.interactions:
        heading(doc, ctx.t("profile.interactions"), 2)
        recent = sorted(plan.interactions, key=lambda i: i.date, reverse=True)
        rows: list[list[Text | str]] = [
            [ctx.fmt.date(i.date), Text(ctx.label(i.kind), sub=", ".join(i.stakeholders)),
             i.summary, i.next_steps]
            for i in recent[:MAX_INTERACTIONS]
        ]
        if len(recent) > MAX_INTERACTIONS:
            rows.append([Text(ctx.t("more", count=len(recent) - MAX_INTERACTIONS)), "", "", ""])
        data_table(doc, [ctx.t("col.date"), ctx.t("col.kind"), ctx.t("col.summary"),
                         ctx.t("col.next_steps")], rows, [0.15, 0.2, 0.38, 0.27], total=width)


def build_team(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """Our account team."""
    if ctx.client:
        heading(doc, ctx.t("section.team_client", company=ctx.plan.meta.company_name[:80]))
    else:
        heading(doc, ctx.t("section.team"))
    if not ctx.plan.team:
        empty(doc, ctx)
        return
    data_table(doc, [ctx.t("col.member"), ctx.t("col.role"), ctx.t("col.email"),
                     ctx.t("col.responsibilities")],
               [[Text(m.member, sub=m.job_title, bold=True), ctx.label(m.role), m.email,
                 m.responsibilities] for m in ctx.plan.team],
               [0.24, 0.17, 0.31, 0.28], total=width)


def build_reviews(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The review history, newest first, and the next review."""
    plan = ctx.plan
    heading(doc, ctx.t("section.reviews_client" if ctx.client else "section.reviews"))
    if plan.next_review is not None:
        overdue = plan.review_overdue and not ctx.client
        msgid = "reviews.next_overdue" if overdue else "reviews.next"
        paragraph(doc, ctx.t(msgid, date=ctx.fmt.date(plan.next_review)), muted=True)
    if not plan.reviews:
        empty(doc, ctx)
        return
    data_table(doc, [ctx.t("col.date"), ctx.t("col.attendees"), ctx.t("col.summary"),
                     ctx.t("col.next_review")],
               [[Text(ctx.fmt.date(r.date), sub=ctx.label(r.kind)), r.attendees,
                 Text(r.summary, sub=r.outcomes), ctx.fmt.short_date(r.next_review)]
                for r in sorted(plan.reviews, key=lambda r: r.date, reverse=True)],
               [0.17, 0.22, 0.47, 0.14], total=width)


def build_changes(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """What changed since the last review (internal only)."""
    heading(doc, ctx.t("section.changes"))
    groups = grouped(ctx)
    if not groups:
        empty(doc, ctx, "empty.changes")
        return
    for title, lines in groups:
        heading(doc, title, 2)
        bullets(doc, lines)
