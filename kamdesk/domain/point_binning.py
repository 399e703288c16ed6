"""Points of a scatter chart that land on the same spot, merged into one mark.

A chart of 10,000 accounts draws many points onto the same few pixels: a mark per account
costs seconds on screen and shows nothing more. :func:`bin_points` lays a grid over the
plot, fine enough that a cell is smaller than a drawn mark, and keeps one mark per
occupied cell, placed at the mean of the points in it and saying how many points it
stands for. A point alone in its cell keeps its exact place, so a small portfolio is drawn
exactly as before.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class PointBin:
    """One mark standing for ``count`` points, drawn at (x, y), their mean."""

    x: float
    y: float
    count: int


def bin_points(points: Iterable[tuple[float, float]], x_step: float,
               y_step: float) -> list[PointBin]:
    """Merge the points that fall into the same ``x_step`` × ``y_step`` cell.

    Cells are counted from 0 on both axes; the marks come out in the order their cells were
    first met, so the drawing order of single points is kept. A step of 0 or less on an axis
    does not merge along it (points must then share that coordinate exactly).
    """
    sums: dict[tuple[float, float], list[float]] = {}
    for x, y in points:
        key = (_cell(x, x_step), _cell(y, y_step))
        cell = sums.get(key)
        if cell is None:
            sums[key] = [x, y, 1.0]
        else:
            cell[0] += x
            cell[1] += y
            cell[2] += 1.0
    return [PointBin(sx / n, sy / n, int(n)) if n > 1 else PointBin(sx, sy, 1)
            for sx, sy, n in sums.values()]


def _cell(value: float, step: float) -> float:
    return float(math.floor(value / step)) if step > 0 else value
