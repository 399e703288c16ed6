"""The people: the stakeholder map as vector pictures (internal), split by department like
the printed plan when the organisation is too big for one slide; and our account team."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR

from kamdesk.reports.deck.deck_canvas import MUTED, Box, Run, SlideCanvas, chunks, numbered
from kamdesk.reports.deck.deck_pictures import add_picture, fitted
from kamdesk.reports.deck.text_fit import fit
from kamdesk.reports.drawing_export import drawing_png, drawing_svg
from kamdesk.reports.map_pictures import departments_title, map_pictures

# The PNG beside the SVG: sharp on a 1080p projector when the picture spans the slide.
MAP_DPI = 150
SUBTITLE_HEIGHT = 24.0
TEAM_PER_SLIDE = 6


def build_map(canvas: SlideCanvas) -> None:
    """One slide per map picture; the people on it, in full, in the notes."""
    ctx = canvas.ctx
    title = ctx.t("section.stakeholder_map")
    current = [p for p in ctx.plan.stakeholders if p.left is None]
    area = canvas.area
    room = area.below(SUBTITLE_HEIGHT)
    pictures = map_pictures(current, ctx.plan.links, ctx.lang, room.width, room.height)
    if not pictures:
        slide = canvas.new_slide(title)
        canvas.text(slide, area, [Run(ctx.t("empty.section"))])
        return
    by_id = {p.id: p for p in current}
    gone = len(ctx.plan.stakeholders) - len(current)
    for number, picture in enumerate(pictures, start=1):
        slide = canvas.new_slide(numbered(title, number, len(pictures)))
        subtitle = departments_title(picture.departments, ctx.lang)
        if subtitle:
            canvas.text(slide, Box(area.x, area.y, area.width, SUBTITLE_HEIGHT),
                        [Run(fit(subtitle, area.width - 8, 14, 1).text, size=14,
                             colour=MUTED)])
        drawing = picture.drawing
        box = fitted(room, drawing.width, drawing.height)
        add_picture(slide, box, drawing_png(drawing, MAP_DPI), drawing_svg(drawing),
                    name=title)
        notes = [ctx.t("deck.map_notes")]
        if subtitle:
            notes.append(subtitle)
        for key in picture.people:
            person = by_id[key]
            details = [person.name, person.title, ctx.label(person.attitude),
                       f"{ctx.t('col.influence')} {person.influence}/5"]
            if person.owner:
                details.append(f"{ctx.t('col.owner')} {person.owner}")
            notes.append(" — ".join(part for part in details if part))
        if gone and number == 1:
            notes.append(ctx.t("map.left_out", count=gone))
        canvas.set_notes(slide, notes)


def build_team(canvas: SlideCanvas) -> None:
    """Our account team as cards: name, role, job title, e-mail, responsibilities."""
    ctx = canvas.ctx
    if ctx.client:
        title = ctx.t("section.team_client", company=ctx.plan.meta.company_name)
    else:
        title = ctx.t("section.team")
    team = list(ctx.plan.team)
    parts = chunks(team, TEAM_PER_SLIDE)
    for number, part in enumerate(parts, start=1):
        slide = canvas.new_slide(numbered(title, number, len(parts)))
        if not part:
            canvas.text(slide, canvas.area, [Run(ctx.t("empty.section"))])
            continue
        rows = canvas.area.rows(2, gap=14.0) if len(part) > 3 else [canvas.area]
        cells = [cell for row in rows for cell in row.columns(3, gap=14.0)]
        notes = []
        for box, member in zip(cells, part, strict=False):
            card = Box(box.x, box.y, box.width, min(box.height, 150.0))
            canvas.panel(slide, card, MSO_THEME_COLOR.BACKGROUND_2)
            inner = Box(card.x + 10, card.y + 8, card.width - 20, card.height - 16)
            width = inner.width - 8
            canvas.text(slide, inner, [
                Run(fit(member.member, width, 18, 1, bold=True).text, size=18, bold=True,
                    colour=MSO_THEME_COLOR.ACCENT_1, space_after=2),
                Run(fit(ctx.label(member.role), width, 13, 1).text, size=13, bold=True,
                    space_after=2),
                Run(fit(member.job_title, width, 13, 1).text, size=13, space_after=2),
                Run(fit(member.email, width, 12, 1).text, size=12,
                    colour=MUTED, space_after=4),
                Run(fit(member.responsibilities, width, 12, 2).text, size=12, space_after=0),
            ])
            details = [member.member, ctx.label(member.role), member.job_title, member.email,
                       member.responsibilities]
            notes.append(" — ".join(part for part in details if part))
        canvas.set_notes(slide, notes)
