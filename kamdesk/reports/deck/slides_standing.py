""""Where we stand": key figures as tiles, the goals that need attention and the main risks
(internal), or a short word to the client; and, internally, what changed since the last
review."""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.text import MSO_ANCHOR

from kamdesk.domain.enums import GoalStatus
from kamdesk.reports.deck.deck_canvas import MUTED, Box, Run, SlideCanvas
from kamdesk.reports.deck.deck_lists import flow_lists
from kamdesk.reports.deck.deck_tables import Cell, Column, add_table
from kamdesk.reports.deck.slides_goals import status_cell
from kamdesk.reports.deck.text_fit import fit, text_width
from kamdesk.reports.sections.changes import grouped
from kamdesk.reports.sections.summary import ranked_goals, risks, ttm_growth

TILE_HEIGHT = 92.0
SHORT_TILE_HEIGHT = 76.0
MIN_TILE_WIDTH = 135.0
VALUE_SIZES = (28.0, 24.0, 20.0, 16.0)
TOP_GOALS = 4
SHOWN_RISKS = 5


def _tiles(canvas: SlideCanvas) -> list[tuple[str, str, str]]:
    """(value, label, small print) of each tile, for the deck's audience."""
    ctx, plan = canvas.ctx, canvas.ctx.plan
    fmt, summary = ctx.fmt, plan.revenue_summary
    as_of = (ctx.t("summary.as_of", quarter=summary.as_of_quarter, year=summary.as_of_year)
             if summary is not None else "")
    goals = plan.goals
    good = sum(g.status in (GoalStatus.ON_TRACK, GoalStatus.ACHIEVED) for g in goals)
    tiles = [
        (fmt.money(summary.ttm, whole=True) if summary else "—", ctx.t("summary.ttm"), as_of),
        (fmt.percent(ttm_growth(plan.revenue), signed=True), ctx.t("summary.growth"), ""),
    ]
    goal_tile = (ctx.t("deck.count_of", count=good, total=len(goals)) if goals else "—",
                 ctx.t("deck.kpi_goals"), "")
    if ctx.client:
        done = sum(a.done for a in plan.actions)
        tiles += [
            goal_tile,
            (ctx.t("deck.count_of", count=done, total=len(plan.actions)) if plan.actions
             else "—", ctx.t("deck.kpi_actions"), ""),
            (fmt.date(plan.next_review) if plan.next_review else "—",
             ctx.t("deck.kpi_next_meeting"), ""),
        ]
        return tiles
    open_actions = [a for a in plan.actions if not a.done]
    overdue = sum(a.overdue for a in open_actions)
    tiles += [
        (fmt.money(summary.arr, whole=True) if summary else "—", ctx.t("summary.arr"), ""),
        (fmt.money(plan.pipeline.weighted, whole=True), ctx.t("summary.pipeline"), ""),
        goal_tile,
        (str(len(open_actions)), ctx.t("deck.kpi_open_actions"),
         ctx.t("deck.kpi_overdue_actions", count=overdue) if overdue else ""),
    ]
    return tiles


def _value_size(value: str, width: float) -> float:
    for size in VALUE_SIZES:
        if text_width(value, size, bold=True) <= width:
            return size
    return VALUE_SIZES[-1]


def build_summary(canvas: SlideCanvas) -> None:
    """The "where we stand" slide."""
    ctx = canvas.ctx
    tiles = _tiles(canvas)
    notes = [ctx.t("deck.field", name=label, value=f"{value} {small}".strip())
             for value, label, small in tiles]
    slide = canvas.new_slide(ctx.t("deck.where_we_stand"))
    area = canvas.area
    # One row of tiles on a wide slide; two on a narrow (4:3) one, so amounts stay whole.
    per_row = len(tiles) if area.width / len(tiles) >= MIN_TILE_WIDTH else -(-len(tiles) // 2)
    tile_rows = -(-len(tiles) // per_row)
    height = TILE_HEIGHT if tile_rows == 1 else 2 * SHORT_TILE_HEIGHT + 10.0
    boxes = [box for row in Box(area.x, area.y, area.width, height).rows(tile_rows, gap=10.0)
             for box in row.columns(per_row, gap=10.0)]
    # One size for every value, so the tiles read as a row of equals.
    size = min(_value_size(value, boxes[0].width - 24) for value, _label, _small in tiles)
    for box, (value, label, small) in zip(boxes, tiles, strict=False):
        canvas.panel(slide, box, MSO_THEME_COLOR.BACKGROUND_2)
        inner = Box(box.x + 8, box.y + 6, box.width - 16, box.height - 12)
        runs = [Run(fit(value, inner.width - 8, size, 1, bold=True).text, size=size, bold=True,
                    colour=MSO_THEME_COLOR.ACCENT_1, space_after=2),
                Run(fit(label, inner.width - 8, 12, 2).text, size=12,
                    colour=MUTED, space_after=0)]
        if small:
            runs.append(Run(fit(small, inner.width - 8, 10, 1).text, size=10,
                            colour=MUTED, space_after=0))
        canvas.text(slide, inner, runs, anchor=MSO_ANCHOR.MIDDLE)
    below = area.below(height, gap=22.0)
    left, right = below.columns(2, gap=28.0)
    goals = ranked_goals(ctx.plan.goals)[:TOP_GOALS]
    if goals:
        heading = ctx.t("deck.top_goals") if not ctx.client else ctx.t("section.goals_client")
        canvas.text(slide, Box(left.x, left.y, left.width, 22),
                    [Run(heading, size=14, bold=True, colour=MSO_THEME_COLOR.ACCENT_1)])
        rows = [[Cell(g.title, sub=g.metric), status_cell(ctx, g.status),
                 Cell(ctx.fmt.short_date(g.due))] for g in goals]
        # Half a slide wide: a size smaller than the full-width tables, so that a German
        # status ("Nicht im Plan") and a date fit (a 4:3 master may still wrap the status).
        columns = [Column(ctx.t("col.goal"), 0.5, lines=2),
                   Column(ctx.t("col.status"), 0.28, lines=2), Column(ctx.t("col.due"), 0.22)]
        add_table(slide, left.below(26.0), columns, rows, size=12)
        notes += [f"{g.title} — {ctx.label(g.status)} — {ctx.fmt.date(g.due)}" for g in goals]
    if ctx.client:
        plan = ctx.plan
        words = [ctx.t("client.summary_intro", client=plan.account.name,
                       year=plan.meta.fiscal_year)]
        if plan.account.customer_since is not None:
            words.append(ctx.t("client.customer_since",
                               date=ctx.fmt.date(plan.account.customer_since)))
        text = fit(" ".join(words), right.width - 8, 16, 8)
        canvas.text(slide, right, [Run(text.text, size=16)])
        if text.cut:
            notes += words
    else:
        found = risks(ctx)
        if flow_lists(canvas, slide, right, [(ctx.t("summary.risks"), found[:SHOWN_RISKS])],
                      columns=1) or len(found) > SHOWN_RISKS:
            notes += [ctx.t("summary.risks"), *found]
        elif not found:
            canvas.text(slide, right, [Run(ctx.t("summary.risks"), size=14, bold=True,
                                           colour=MSO_THEME_COLOR.ACCENT_1),
                                       Run(ctx.t("summary.no_risks"), size=14)])
    canvas.set_notes(slide, notes)


def build_changes(canvas: SlideCanvas) -> None:
    """What changed since the last review (internal); every change in the notes."""
    ctx = canvas.ctx
    groups = grouped(ctx)
    slide = canvas.new_slide(ctx.t("section.changes"))
    if not groups:
        canvas.text(slide, canvas.area, [Run(ctx.t("empty.changes"), size=16)])
        return
    flow_lists(canvas, slide, canvas.area, groups, columns=2)
    notes = []
    for title, lines in groups:
        notes += [title, *(f"• {line}" for line in lines)]
    canvas.set_notes(slide, notes)
