"""Headed bullet lists flowed into columns, as many lines as the slide holds.

Each item gets one line (cut with "…"); when the columns are full the rest is left to the
speaker notes, which always carry every item whole.
"""

from __future__ import annotations

from collections.abc import Sequence

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.slide import Slide

from kamdesk.reports.deck.deck_canvas import Box, Run, SlideCanvas
from kamdesk.reports.deck.text_fit import LINE_SPACING, fit

LIST_SIZE = 14.0
HEAD_SIZE = 13.0
BULLET = "•\u00a0"


def flow_lists(
    canvas: SlideCanvas,
    slide: Slide,
    box: Box,
    groups: Sequence[tuple[str, Sequence[str]]],
    *,
    columns: int = 2,
    size: float = LIST_SIZE,
) -> bool:
    """Place the groups column by column; True when something did not fit or was cut."""
    line_height = size * LINE_SPACING + 3
    slots = columns_of(box, columns)
    capacity = max(1, int(slots[0].height // line_height))
    column_runs: list[list[Run]] = [[] for _ in slots]
    column, used, cut = 0, 0, False
    queue: list[tuple[bool, str]] = []  # (is heading, text) in reading order
    for title, items in groups:
        if title:
            queue.append((True, title))
        queue += [(False, item) for item in items]
    for index, (heading, text) in enumerate(queue):
        # A heading never ends a column alone: it moves on with its first item.
        follows = index + 1 < len(queue) and not queue[index + 1][0]
        needed = 2 if heading and follows else 1
        if used and used + needed > capacity:
            column, used = column + 1, 0
        if column >= len(slots):
            cut = True
            break
        width = slots[column].width - 8
        if heading:
            shown = fit(text, width, HEAD_SIZE, 1, bold=True)
            run = Run(shown.text, size=HEAD_SIZE, bold=True, colour=MSO_THEME_COLOR.ACCENT_1,
                      space_after=2)
        else:
            shown = fit(BULLET + text, width, size, 1)
            run = Run(shown.text, size=size, space_after=3)
        cut |= shown.cut
        column_runs[column].append(run)
        used += 1
    for slot, runs in zip(slots, column_runs, strict=True):
        if runs:
            canvas.text(slide, slot, runs)
    return cut


def columns_of(box: Box, count: int) -> list[Box]:
    """The box as ``count`` columns with a gutter."""
    return box.columns(count, gap=28.0) if count > 1 else [box]
