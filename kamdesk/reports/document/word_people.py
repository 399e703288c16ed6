"""The people at the account: the stakeholder map as pictures on landscape pages (split
like the PDF's), the stakeholder table and the buying centers with their coverage."""

from __future__ import annotations

from docx.document import Document as DocumentType

from kamdesk.reports.context import RenderContext
from kamdesk.reports.document.word_blocks import (
    Text,
    data_table,
    empty,
    heading,
    page_break,
    paragraph,
    picture,
    pips,
)
from kamdesk.reports.document.word_setup import text_height, text_width
from kamdesk.reports.drawing_export import drawing_png
from kamdesk.reports.map_pictures import departments_title, map_pictures
from kamdesk.reports.sections.stakeholders import sort_key
from kamdesk.reports.styles import ATTITUDE_COLOURS, GREEN, GREY, RED

MAP_DPI = 200
# Room the heading and a department line take from the landscape page, in points.
MAP_CHROME = 96.0


def build_map(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The map (internal only); the caller has turned the page to landscape."""
    heading(doc, ctx.t("section.stakeholder_map"))
    people = [p for p in ctx.plan.stakeholders if p.left is None]
    section = doc.sections[-1]
    room_w, room_h = text_width(section), text_height(section) - MAP_CHROME
    pictures = map_pictures(people, ctx.plan.links, ctx.lang, room_w, room_h)
    if not pictures:
        empty(doc, ctx)
        return
    gone = len(ctx.plan.stakeholders) - len(people)
    for index, page in enumerate(pictures):
        if index:
            page_break(doc)
        title = departments_title(page.departments, ctx.lang)
        if title:
            heading(doc, title, 3)
        picture(doc, drawing_png(page.drawing, MAP_DPI), page.drawing.width)
        if gone and index == 0:
            paragraph(doc, ctx.t("map.left_out", count=gone), muted=True, size=8)


def build_stakeholders(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """The stakeholder table; for the client only names, titles and departments."""
    plan = ctx.plan
    if ctx.client:
        heading(doc, ctx.t("section.stakeholders_client"))
        people = sorted((p for p in plan.stakeholders if p.left is None), key=sort_key)
        if not people:
            empty(doc, ctx)
            return
        data_table(doc, [ctx.t("col.name"), ctx.t("col.title"), ctx.t("col.department")],
                   [[Text(p.name, bold=True), p.title, p.department] for p in people],
                   [0.34, 0.36, 0.3], total=width)
        return
    heading(doc, ctx.t("section.stakeholders"))
    if not plan.stakeholders:
        empty(doc, ctx)
        return
    rows: list[list[Text | str]] = []
    for person in sorted(plan.stakeholders, key=sort_key):
        if person.left is not None:
            contact = Text(ctx.t("left_on", date=ctx.fmt.short_date(person.left)), colour=GREY)
        else:
            fresh = ctx.label(person.freshness, kind="Freshness") if person.freshness else ""
            contact = Text(ctx.fmt.short_date(person.last_contact), sub=fresh)
        rows.append([
            Text(person.name, sub=person.title, bold=True),
            Text(person.department, sub=person.reports_to or ""),
            Text(ctx.label(person.attitude), bold=True,
                 colour=ATTITUDE_COLOURS.get(person.attitude, GREY)),
            pips(person.influence),
            pips(person.relationship_strength),
            person.owner_initials or person.owner or "—",
            contact,
        ])
    data_table(doc, [ctx.t("col.name"), ctx.t("col.department"), ctx.t("col.attitude"),
                     ctx.t("col.influence"), ctx.t("col.relationship"), ctx.t("col.owner"),
                     ctx.t("col.last_contact")], rows,
               [0.23, 0.19, 0.13, 0.11, 0.11, 0.08, 0.15], total=width)


def build_buying_centers(doc: DocumentType, ctx: RenderContext, width: float) -> None:
    """Buying centers, their members and the gaps in our coverage (internal only)."""
    plan = ctx.plan
    heading(doc, ctx.t("section.buying_centers"))
    if not plan.buying_centers and not plan.departments_without_contact:
        empty(doc, ctx)
        return
    for center in plan.buying_centers:
        heading(doc, center.name, 2)
        if center.description.strip():
            paragraph(doc, center.description)
        gaps = [ctx.label(gap, kind="GapCode") for gap in center.coverage.gaps]
        coverage = ctx.t("bc.coverage") + ": " + "; ".join(gaps) if gaps else ctx.t("bc.covered")
        paragraph(doc, coverage, size=9, colour=RED if gaps else GREEN)
        if not center.members:
            empty(doc, ctx, "bc.no_members")
            continue
        data_table(doc, [ctx.t("col.name"), ctx.t("col.role"), ctx.t("col.attitude"),
                         ctx.t("col.influence"), ctx.t("col.owner")],
                   [[Text(m.name, sub=m.title, bold=True), ctx.label(m.role),
                     Text(ctx.label(m.attitude), bold=True,
                          colour=ATTITUDE_COLOURS.get(m.attitude, GREY)),
                     pips(m.influence), m.owner or "—"] for m in center.members],
                   [0.34, 0.16, 0.17, 0.13, 0.2], total=width)
    if plan.departments_without_contact:
        paragraph(doc, ctx.t("bc.departments_without_contact",
                             departments=", ".join(plan.departments_without_contact)),
                  muted=True)
