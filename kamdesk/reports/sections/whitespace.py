"""The whitespace matrix: the account's business units × our offerings.

Every status has a colour *and* a symbol (● active, ◐ in progress, ○ opportunity,
✕ competitor, – not relevant, ? unknown), so the matrix reads in grey-scale too. Wider
than :data:`PORTRAIT_MAX_OFFERINGS` offerings, it goes on a landscape page; wider than a
landscape page holds, the offerings are split over several tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kamdesk.domain import palette
from kamdesk.domain.enums import CellStatus
from kamdesk.domain.plan import WhitespaceCellEntry
from kamdesk.reports.context import RenderContext
from kamdesk.reports.flowables import symbol_markup
from kamdesk.reports.reusing_paragraph import ReusingParagraph
from kamdesk.reports.sections.common import bullets, empty_line, heading, subheading
from kamdesk.reports.styles import ACCENT, CELL_COLOURS, CELL_FILLS, CELL_SYMBOLS, RULE
from kamdesk.reports.tables import cell, fixed, house_style
from kamdesk.reports.text_markup import markup

PORTRAIT_MAX_OFFERINGS = 6
MAX_OFFERINGS_PER_TABLE = 10
MAX_NOTES = 30


def wants_landscape(ctx: RenderContext) -> bool:
    """Whether the matrix needs a landscape page."""
    return len(ctx.plan.whitespace.offerings) > PORTRAIT_MAX_OFFERINGS


def _legend(ctx: RenderContext) -> Paragraph:
    parts = [
        f"{symbol_markup(CELL_SYMBOLS[status], CELL_COLOURS[status], size=9)}&nbsp;"
        f"{markup(ctx.label(status))}"
        for status in CellStatus
    ]
    return ReusingParagraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(parts), ctx.styles.small)


def _cell(
    ctx: RenderContext, entry: WhitespaceCellEntry | None, style: ParagraphStyle
) -> Paragraph:
    status = entry.status if entry is not None else CellStatus.UNKNOWN
    text = symbol_markup(CELL_SYMBOLS[status], CELL_COLOURS[status], size=11)
    if entry is not None and entry.value:
        text += f'<br/><font size="6.6">{markup(ctx.fmt.money(entry.value, whole=True))}</font>'
    if entry is not None and entry.competitor:
        competitor = markup(entry.competitor, limit=30)
        text += f'<br/><font size="6.2" color="{palette.RED}">{competitor}</font>'
    return ReusingParagraph(text, style)


def _matrix(ctx: RenderContext, offerings: Sequence[str], with_totals: bool) -> Table:
    ws = ctx.plan.whitespace
    by_key = {(c.unit, c.offering): c for c in ws.cells}
    potential = {t.name: t.potential for t in ws.totals.by_unit}
    centred = ParagraphStyle("ws_cell", parent=ctx.styles.cell, alignment=TA_CENTER, leading=11)
    head_style = ParagraphStyle("ws_head", parent=ctx.styles.cell_head, alignment=TA_CENTER)
    header: list[Flowable] = [
        ReusingParagraph(markup(ctx.t("ws.unit_offering")), ctx.styles.cell_head)
    ]
    header += [ReusingParagraph(markup(name, limit=60), head_style) for name in offerings]
    if with_totals:
        header.append(ReusingParagraph(markup(ctx.t("col.potential")), ctx.styles.cell_head_right))
    rows: list[list[Flowable]] = [header]
    for unit in ws.units:
        row: list[Flowable] = [cell(ctx, unit, bold=True, limit=80)]
        row += [_cell(ctx, by_key.get((unit, offering)), centred) for offering in offerings]
        if with_totals:
            row.append(
                fixed(ctx, ctx.fmt.money(potential.get(unit, Decimal(0)), whole=True), right=True)
            )
        rows.append(row)
    unit_share = 0.2
    total_share = 0.12 if with_totals else 0.0
    each = (1 - unit_share - total_share) / max(1, len(offerings))
    widths = [ctx.width * unit_share] + [ctx.width * each] * len(offerings)
    if with_totals:
        widths.append(ctx.width * total_share)
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    # A light status tint behind each cell; the symbol carries the meaning in grey-scale.
    for r, unit in enumerate(ws.units, start=1):
        for c, offering in enumerate(offerings, start=1):
            entry = by_key.get((unit, offering))
            if entry is not None:
                commands.append(("BACKGROUND", (c, r), (c, r), CELL_FILLS[entry.status]))
                commands.append(("LINEAFTER", (c, r), (c, r), 1.5, "white"))
    table.setStyle(house_style(commands))
    return table


def build(ctx: RenderContext) -> list[Flowable]:
    """The whitespace section (internal only); ``ctx`` is landscape when it needs to be."""
    ws = ctx.plan.whitespace
    story = heading(ctx, "whitespace", ctx.t("section.whitespace"))
    if not ws.units or not ws.offerings:
        return [*story, empty_line(ctx)]
    coverage = ctx.fmt.percent(ws.totals.coverage)
    story.append(
        ReusingParagraph(
            markup(
                ctx.t(
                    "ws.totals",
                    active=ctx.fmt.money(ws.totals.active, whole=True),
                    potential=ctx.fmt.money(ws.totals.potential, whole=True),
                    coverage=coverage,
                )
            ),
            ctx.styles.body_muted,
        )
    )
    story.append(_legend(ctx))
    story.append(Spacer(1, 6))
    offerings = list(ws.offerings)
    chunks = [
        offerings[i : i + MAX_OFFERINGS_PER_TABLE]
        for i in range(0, len(offerings), MAX_OFFERINGS_PER_TABLE)
    ]
    for index, chunk in enumerate(chunks):
        story.append(_matrix(ctx, chunk, with_totals=index == len(chunks) - 1))
        story.append(Spacer(1, 10))
    notes = [f"{c.unit} × {c.offering}: {c.note}" for c in ws.cells if c.note.strip()]
    if notes:
        story.append(subheading(ctx, ctx.t("ws.notes")))
        shown = notes[:MAX_NOTES]
        if len(notes) > MAX_NOTES:
            shown.append(ctx.t("more", count=len(notes) - MAX_NOTES))
        story += bullets(ctx, shown, limit=300)
    return story
