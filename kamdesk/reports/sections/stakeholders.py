"""The stakeholder table: internally with attitude, influence, relationship, owner and
freshness; for the client only names and titles of the people still there."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kamdesk.domain.plan import StakeholderEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.flowables import AttitudeDot
from kamdesk.reports.sections.common import empty_line, heading
from kamdesk.reports.styles import ATTITUDE_COLOURS, GREY
from kamdesk.reports.tables import cell, data_table, fixed, two_lines


def pips(value: int) -> str:
    """Influence or strength 0–5 as filled and empty dots (drawn by the symbol font)."""
    value = max(0, min(5, value))
    return "●" * value + "○" * (5 - value)


def sort_key(person: StakeholderEntry) -> tuple[bool, str, str]:
    """Current people first, then by department and name."""
    return (person.left is not None, person.department.casefold(), person.name.casefold())


def build(ctx: RenderContext) -> list[Flowable]:
    """The stakeholder section."""
    plan = ctx.plan
    if ctx.client:
        story = heading(ctx, "stakeholders", ctx.t("section.stakeholders_client"))
        people = sorted((p for p in plan.stakeholders if p.left is None), key=sort_key)
        if not people:
            return [*story, empty_line(ctx)]
        rows = [
            [cell(ctx, p.name, bold=True), cell(ctx, p.title), cell(ctx, p.department)]
            for p in people
        ]
        story.append(
            data_table(
                ctx,
                [ctx.t("col.name"), ctx.t("col.title"), ctx.t("col.department")],
                rows,
                [0.34, 0.36, 0.3],
            )
        )
        return story
    story = heading(ctx, "stakeholders", ctx.t("section.stakeholders"))
    if not plan.stakeholders:
        return [*story, empty_line(ctx)]
    rows = []
    for person in sorted(plan.stakeholders, key=sort_key):
        if person.left is not None:
            contact = ctx.t("left_on", date=ctx.fmt.short_date(person.left))
        else:
            contact = ctx.fmt.short_date(person.last_contact)
        fresh = ctx.label(person.freshness, kind="Freshness") if person.freshness else ""
        rows.append(
            [
                two_lines(ctx, person.name, person.title),
                two_lines(ctx, person.department, person.reports_to or ""),
                AttitudeDot(
                    ctx.label(person.attitude),
                    ATTITUDE_COLOURS.get(person.attitude, GREY),
                    size=7.6,
                ),
                fixed(ctx, pips(person.influence)),
                fixed(ctx, pips(person.relationship_strength)),
                cell(ctx, person.owner_initials or person.owner or "—", limit=40),
                two_lines(ctx, contact, fresh)
                if person.left is None
                else fixed(ctx, contact, muted=True),
            ]
        )
    story.append(
        data_table(
            ctx,
            [
                ctx.t("col.name"),
                ctx.t("col.department"),
                ctx.t("col.attitude"),
                ctx.t("col.influence"),
                ctx.t("col.relationship"),
                ctx.t("col.owner"),
                ctx.t("col.last_contact"),
            ],
            rows,
            [0.23, 0.18, 0.14, 0.1, 0.1, 0.1, 0.15],
            zebra=False,
        )
    )
    return story
