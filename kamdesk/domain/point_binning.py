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


class PointBins:
    """The marks of :func:`bin_points`, kept up to date as single points come, go or move.

    After an edit of one account of 10,000, binning every point again cost about 40 ms of
    the dashboard's update; here only the cells the point leaves and enters are worked out
    again. Each point has a key (an account id). A cell's mark is its points' mean, summed
    in the order the points entered the cell.
    """

    def __init__(self, x_step: float, y_step: float) -> None:
        self.x_step = x_step
        self.y_step = y_step
        self._cells: dict[tuple[float, float], dict[object, tuple[float, float]]] = {}
        self._marks: dict[tuple[float, float], PointBin] = {}
        self._where: dict[object, tuple[float, float]] = {}

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, key: object) -> bool:
        return key in self._where

    def put(self, key: object, x: float, y: float) -> None:
        """Place the point ``key`` at (x, y), moving it if it was placed before."""
        self.remove(key)
        cell_key = (_cell(x, self.x_step), _cell(y, self.y_step))
        cell = self._cells.get(cell_key)
        if cell is None:
            cell = self._cells[cell_key] = {}
        cell[key] = (x, y)
        self._where[key] = cell_key
        self._marks.pop(cell_key, None)

    def fill(self, points: Iterable[tuple[object, float, float]]) -> None:
        """Place many new points (keys not placed yet) at once: the first drawing."""
        cells, where, x_step, y_step = self._cells, self._where, self.x_step, self.y_step
        for key, x, y in points:
            cell_key = (_cell(x, x_step), _cell(y, y_step))
            cell = cells.get(cell_key)
            if cell is None:
                cell = cells[cell_key] = {}
            cell[key] = (x, y)
            where[key] = cell_key
        self._marks.clear()

    def remove(self, key: object) -> None:
        """Take the point ``key`` away (nothing happens when it is not placed)."""
        cell_key = self._where.pop(key, None)
        if cell_key is None:
            return
        cell = self._cells[cell_key]
        del cell[key]
        if not cell:
            del self._cells[cell_key]
        self._marks.pop(cell_key, None)

    def marks(self) -> list[PointBin]:
        """One mark per occupied cell, in the order the cells were first occupied."""
        marks = self._marks
        result = []
        for cell_key, cell in self._cells.items():
            mark = marks.get(cell_key)
            if mark is None:
                mark = marks[cell_key] = _mean(cell.values())
            result.append(mark)
        return result


def _mean(points: Iterable[tuple[float, float]]) -> PointBin:
    sx = sy = 0.0
    n = 0
    for x, y in points:
        sx += x
        sy += y
        n += 1
    return PointBin(sx / n, sy / n, n) if n > 1 else PointBin(sx, sy, 1)
