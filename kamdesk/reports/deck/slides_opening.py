"""The title slide (account, document, date, our team, logos) and the agenda."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.slide import Slide

from kamdesk.reports.deck.deck_canvas import MUTED, Box, Run, SlideCanvas, clean, pt
from kamdesk.reports.deck.deck_master import placeholders_of
from kamdesk.reports.deck.text_fit import fit

TITLE_SIZE = 40.0
LOGO_BOX = Box(0.0, 0.0, 170.0, 64.0)  # our logo's largest size, in points

#: Fills the agenda once every slide is made: (section title, its first slide number).
AgendaFiller = Callable[[Sequence[tuple[str, int]]], None]


def document_title(canvas: SlideCanvas) -> str:
    """"Partnership plan 2025" for the client, "Account plan 2025" inside."""
    ctx = canvas.ctx
    msgid = "doc.partnership_plan_fy" if ctx.client else "doc.account_plan_fy"
    return ctx.t(msgid, year=ctx.plan.meta.fiscal_year)


def build_title(canvas: SlideCanvas) -> None:
    """The title slide, on the master's title layout."""
    ctx, plan = canvas.ctx, canvas.ctx.plan
    slide = canvas.master.presentation.slides.add_slide(canvas.master.title_layout)
    width, height = canvas.width, canvas.height
    left = width * 0.0675
    name = fit(clean(plan.account.name), width * 0.66, TITLE_SIZE, 2)
    subtitle = ctx.t("deck.subtitle", document=document_title(canvas),
                     date=ctx.fmt.date(plan.meta.prepared_on))
    prepared = ctx.t("cover.prepared_by", company=clean(plan.meta.company_name))
    title_shape, subtitle_shape = _placeholders(slide)
    if title_shape is not None:
        title_shape.text = name.text
    else:
        canvas.text(slide, Box(left, height * 0.32, width * 0.66, 110),
                    [_run(name.text, TITLE_SIZE, MSO_THEME_COLOR.TEXT_2)])
    lines = [fit(subtitle, width * 0.66, 20, 1).text, fit(prepared, width * 0.66, 16, 1).text]
    if subtitle_shape is not None:
        frame = subtitle_shape.text_frame
        frame.text = lines[0]
        paragraph = frame.add_paragraph()
        paragraph.text = lines[1]
    else:
        canvas.text(slide, Box(left, height * 0.54, width * 0.66, 60),
                    [_run(lines[0], 20), _run(lines[1], 16)])
    notes = [clean(plan.account.name)] if name.cut else []
    # The placeholders set their text 7 pt in; a text box 4 pt: line the team up with them.
    notes += _team(canvas, slide, Box(left + 3, height * 0.72, width * 0.66, height * 0.16))
    if not ctx.client:
        notes.append(ctx.t("cover.confidential"))
        notes.append(ctx.t("cover.version_value", version=plan.meta.version))
    _our_logo(slide, plan.meta.logo_png, left, height * 0.08)
    canvas.set_notes(slide, notes)
    canvas.outline.append(name.text)


def _placeholders(slide: Slide) -> tuple[Any | None, Any | None]:
    title = subtitle = None
    for shape in placeholders_of(slide):
        kind = shape.placeholder_format.type
        if kind in (PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.TITLE) and title is None:
            title = shape
        elif kind == PP_PLACEHOLDER.SUBTITLE and subtitle is None:
            subtitle = shape
    return title, subtitle


def _run(text: str, size: float, colour: MSO_THEME_COLOR | None = None) -> Run:
    return Run(text, size=size, colour=colour)


def _team(canvas: SlideCanvas, slide: Slide, box: Box) -> list[str]:
    """Our team in two lines on the slide; every member with role and e-mail in the notes."""
    ctx = canvas.ctx
    team = ctx.plan.team
    if not team:
        return []
    people = [ctx.t("deck.member_role", member=clean(m.member), role=ctx.label(m.role))
              for m in team]
    shown = fit(" · ".join(people), box.width - 8, 16, 2)
    canvas.text(slide, box, [
        Run(ctx.t("deck.our_team"), size=13, bold=True, colour=MUTED,
            space_after=3),
        Run(shown.text, size=16),
    ])
    lines = [ctx.t("deck.our_team")]
    for member in team:
        details = [clean(member.member), ctx.label(member.role), clean(member.job_title),
                   clean(member.email)]
        lines.append(" — ".join(part for part in details if part))
    return lines


def _our_logo(slide: Slide, data: bytes | None, x: float, y: float) -> None:
    """Our company's logo, top left, scaled into its box; a damaged one is left out."""
    if not data:
        return
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
        scale = min(LOGO_BOX.width / width, LOGO_BOX.height / height)
        picture = slide.shapes.add_picture(
            io.BytesIO(data), pt(x), pt(y), pt(width * scale), pt(height * scale)
        )
    except Exception:  # a logo that cannot be read must not stop the deck
        return
    picture.name = "Our logo"


def build_agenda(canvas: SlideCanvas) -> AgendaFiller:
    """The agenda slide now; its entries once the slides after it exist."""
    ctx = canvas.ctx
    slide = canvas.new_slide(ctx.t("deck.agenda"))
    area = canvas.area

    def fill(entries: Sequence[tuple[str, int]]) -> None:
        if not entries:
            return
        columns = area.columns(2, gap=36.0) if len(entries) > 7 else [area]
        per_column = -(-len(entries) // len(columns))
        for index, column in enumerate(columns):
            part = entries[index * per_column : (index + 1) * per_column]
            rows = column.rows(max(per_column, 5))
            for row, (title, number) in zip(rows, part, strict=False):
                canvas.text(slide, Box(row.x, row.y, 44, row.height),
                            [Run(str(number), size=20, bold=True,
                                 colour=MSO_THEME_COLOR.ACCENT_1)])
                canvas.text(slide, Box(row.x + 48, row.y, row.width - 48, row.height),
                            [Run(fit(title, row.width - 56, 20, 1).text, size=20)])

    return fill
