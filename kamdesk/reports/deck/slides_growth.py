"""The internal growth slides: needs and our response, SWOT, the whitespace matrix and the
opportunities with the weighted pipeline."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import PP_ALIGN

from kamdesk.domain.enums import CellStatus, OpportunityStatus, Priority, SwotKind
from kamdesk.domain.plan import OpportunityEntry
from kamdesk.reports.deck.deck_canvas import MUTED, Box, Run, SlideCanvas, chunks, numbered, rgb
from kamdesk.reports.deck.deck_lists import flow_lists
from kamdesk.reports.deck.deck_tables import Cell, Column, add_table, rows_that_fit
from kamdesk.reports.deck.text_fit import fit
from kamdesk.reports.styles import CELL_COLOURS, CELL_FILLS, CELL_SYMBOLS

NEEDS_PER_SLIDE = 6
OPPORTUNITIES_PER_SLIDE = 7
OFFERINGS_PER_SLIDE = 7
UNITS_PER_SLIDE = 8
CAPTION = 24.0
_PRIORITY = {Priority.HIGH: 0, Priority.MEDIUM: 1, Priority.LOW: 2}
_SWOT = (SwotKind.STRENGTH, SwotKind.WEAKNESS, SwotKind.OPPORTUNITY, SwotKind.THREAT)


def build_needs(canvas: SlideCanvas) -> None:
    """Needs, highest priority first."""
    ctx = canvas.ctx
    title = ctx.t("section.needs")
    needs = sorted(ctx.plan.needs, key=lambda n: _PRIORITY.get(n.priority, 9))
    columns = [Column(ctx.t("col.need"), 0.4, lines=3), Column(ctx.t("col.priority"), 0.12),
               Column(ctx.t("col.our_response"), 0.48, lines=3)]
    parts = chunks(needs, min(NEEDS_PER_SLIDE, rows_that_fit(canvas.area.height, columns)))
    for number, part in enumerate(parts, start=1):
        slide = canvas.new_slide(numbered(title, number, len(parts)))
        if not part:
            canvas.text(slide, canvas.area, [Run(ctx.t("empty.section"))])
            continue
        rows = [[Cell(n.title, sub=n.description, bold=True), Cell(ctx.label(n.priority)),
                 Cell(n.our_response)] for n in part]
        add_table(slide, canvas.area, columns, rows)
        notes = []
        for need in part:
            notes += [f"• {need.title} ({ctx.label(need.priority)})", need.description,
                      ctx.t("deck.field", name=ctx.t("col.our_response"), value=need.our_response)]
        canvas.set_notes(slide, notes)


def build_swot(canvas: SlideCanvas) -> None:
    """The four SWOT quadrants; every item in the notes."""
    ctx = canvas.ctx
    slide = canvas.new_slide(ctx.t("section.swot"))
    items = {kind: [e.text for e in ctx.plan.swot if e.kind == kind] for kind in _SWOT}
    rows = canvas.area.rows(2, gap=12.0)
    boxes = [box for row in rows for box in row.columns(2, gap=12.0)]
    notes = []
    for box, kind in zip(boxes, _SWOT, strict=True):
        canvas.panel(slide, box, MSO_THEME_COLOR.BACKGROUND_2)
        inner = Box(box.x + 10, box.y + 6, box.width - 20, box.height - 12)
        flow_lists(canvas, slide, inner, [(ctx.label(kind), items[kind] or ["—"])], columns=1,
                   size=13)
        notes += [ctx.label(kind), *(f"• {text}" for text in items[kind])]
    canvas.set_notes(slide, notes)


def _ws_cell(ctx_money: str, status: CellStatus, competitor: str | None) -> Cell:
    words = [CELL_SYMBOLS[status]]
    if ctx_money:
        words.append(ctx_money)
    return Cell(" ".join(words), sub=competitor or "", colour=rgb(CELL_COLOURS[status]),
                fill=rgb(CELL_FILLS[status]))


def build_whitespace(canvas: SlideCanvas) -> None:
    """The matrix of business units × offerings, split into slides of at most
    :data:`UNITS_PER_SLIDE` × :data:`OFFERINGS_PER_SLIDE` cells."""
    ctx = canvas.ctx
    ws = ctx.plan.whitespace
    title = ctx.t("section.whitespace")
    if not ws.units or not ws.offerings:
        slide = canvas.new_slide(title)
        canvas.text(slide, canvas.area, [Run(ctx.t("empty.section"))])
        return
    by_key = {(c.unit, c.offering): c for c in ws.cells}
    area = canvas.area
    table_box = Box(area.x, area.y + CAPTION, area.width, area.height - 2 * CAPTION - 4)
    probe = [Column("", 1.0, lines=2)]
    unit_parts = chunks(list(ws.units), min(UNITS_PER_SLIDE, rows_that_fit(table_box.height,
                                                                          probe)))
    offer_parts = chunks(list(ws.offerings), OFFERINGS_PER_SLIDE)
    total = len(unit_parts) * len(offer_parts)
    totals = ctx.t("ws.totals", active=ctx.fmt.money(ws.totals.active, whole=True),
                   potential=ctx.fmt.money(ws.totals.potential, whole=True),
                   coverage=ctx.fmt.percent(ws.totals.coverage))
    legend = "   ".join(f"{CELL_SYMBOLS[s]} {ctx.label(s)}" for s in CellStatus)
    number = 0
    for offerings in offer_parts:
        for units in unit_parts:
            number += 1
            slide = canvas.new_slide(numbered(title, number, total))
            canvas.text(slide, Box(area.x, area.y, area.width, CAPTION),
                        [Run(fit(totals, area.width - 8, 13, 1).text, size=13,
                             colour=MUTED)])
            columns = [Column(ctx.t("ws.unit_offering"), 1.6, lines=2)]
            columns += [Column(name, 1.0, align=PP_ALIGN.CENTER, lines=2) for name in offerings]
            rows = []
            for unit in units:
                row = [Cell(unit, bold=True)]
                for offering in offerings:
                    entry = by_key.get((unit, offering))
                    status = entry.status if entry is not None else CellStatus.UNKNOWN
                    value = entry.value if entry is not None else None
                    money = ctx.fmt.money(value, whole=True) if value else ""
                    row.append(_ws_cell(money, status, entry.competitor if entry else None))
                rows.append(row)
            add_table(slide, table_box, columns, rows, size=11)
            canvas.text(slide, Box(area.x, area.bottom - CAPTION, area.width, CAPTION),
                        [Run(fit(legend, area.width - 8, 11, 1).text, size=11,
                             colour=MUTED)])
            notes = [totals]
            notes += [f"{c.unit} × {c.offering}: {ctx.label(c.status)}"
                      + (f" — {c.note}" if c.note.strip() else "")
                      for c in ws.cells if c.unit in units and c.offering in offerings]
            canvas.set_notes(slide, notes)


def _opportunity_order(item: OpportunityEntry) -> tuple[int, object]:
    rank = {OpportunityStatus.OPEN: 0, OpportunityStatus.WON: 1, OpportunityStatus.LOST: 2}
    return (rank.get(item.status, 3), -(item.value * item.probability))


def build_opportunities(canvas: SlideCanvas) -> None:
    """Opportunities, open ones by weighted value first, with the pipeline totals above."""
    ctx = canvas.ctx
    fmt, plan = ctx.fmt, ctx.plan
    title = ctx.t("section.opportunities")
    items = sorted(plan.opportunities, key=_opportunity_order)
    area = canvas.area
    table_box = area.below(CAPTION, gap=4.0)
    columns = [
        Column(ctx.t("col.opportunity"), 0.38, lines=2),
        Column(ctx.t("col.value"), 0.14, align=PP_ALIGN.RIGHT),
        Column(ctx.t("col.probability"), 0.09, align=PP_ALIGN.RIGHT),
        Column(ctx.t("col.stage"), 0.22, lines=2),
        Column(ctx.t("col.expected_close"), 0.17, align=PP_ALIGN.RIGHT),
    ]
    per_slide = min(OPPORTUNITIES_PER_SLIDE, rows_that_fit(table_box.height, columns))
    parts = chunks(items, per_slide)
    totals = ctx.t("deck.pipeline_total", value=fmt.money(plan.pipeline.weighted, whole=True),
                   won=fmt.money(plan.pipeline.won_this_fiscal_year, whole=True))
    percent = "{}\u00a0%" if ctx.lang == "de" else "{}%"
    for number, part in enumerate(parts, start=1):
        slide = canvas.new_slide(numbered(title, number, len(parts)))
        canvas.text(slide, Box(area.x, area.y, area.width, CAPTION),
                    [Run(fit(totals, area.width - 8, 13, 1).text, size=13,
                         colour=MUTED)])
        if not part:
            canvas.text(slide, table_box, [Run(ctx.t("empty.section"))])
            continue
        rows = []
        notes = [totals]
        for item in part:
            where = " · ".join(v for v in (ctx.label(item.type), item.offering, item.unit) if v)
            stage = item.stage
            if item.status == OpportunityStatus.LOST and item.lost_reason:
                stage = ctx.t("opp.lost_reason", reason=item.lost_reason)
            rows.append([
                Cell(item.title, sub=where), Cell(fmt.money(item.value, whole=True)),
                Cell(percent.format(item.probability)),
                Cell(stage, sub=ctx.label(item.status)),
                Cell(fmt.short_date(item.expected_close)),
            ])
            notes.append(f"• {item.title} — {where} — {fmt.money(item.value, whole=True)} — "
                         f"{percent.format(item.probability)} — {stage} — "
                         f"{fmt.date(item.expected_close)}")
        add_table(slide, table_box, columns, rows)
        canvas.set_notes(slide, notes)
