"""The range Qt Charts gives a value axis on ``applyNiceNumbers()``, worked out without Qt.

The score-against-revenue chart bins its points on a grid whose height is a fraction of
the revenue axis, and the axis's end is the "nice" number Qt rounds it to. Binning 10,000
points took 0.1–0.2 s of the GUI thread in the dashboard's first fill; to do it in the
background job that reads the portfolio, the grid has to be known there, where no chart
exists (Qt Charts' axes are not for worker threads). This is Qt's rounding
(``AbstractDomain::looseNiceNumbers`` with its ``niceNumber``), in the same floating-point
steps, so it gives the same doubles; the chart still checks the background's grid against
its own axis and bins on the GUI thread should they ever differ.
"""

from __future__ import annotations

import math

DEFAULT_TICKS = 5  # a QValueAxis's tick count until it is set


def nice_number(value: float, ceiling: bool) -> float:
    """``value`` rounded to 1, 2, 5 or 10 times a power of ten: up (``ceiling``) or nearest."""
    power = 10.0 ** math.floor(math.log10(value))
    fraction = value / power
    if ceiling:
        steps = (1.0, 2.0, 5.0)
        nice = next((step for step in steps if fraction <= step), 10.0)
    elif fraction < 1.5:
        nice = 1.0
    elif fraction < 3.0:
        nice = 2.0
    elif fraction < 7.0:
        nice = 5.0
    else:
        nice = 10.0
    return nice * power


def nice_range(low: float, high: float, ticks: int = DEFAULT_TICKS) -> tuple[float, float, int]:
    """The axis range and tick count Qt makes of ``low``–``high`` with ``ticks`` ticks."""
    span = nice_number(high - low, True)
    step = nice_number(span / (ticks - 1), False)
    first = math.floor(low / step)
    last = math.ceil(high / step)
    return first * step, last * step, int(last - first) + 1


def nice_axis_end(top: float, headroom: float = 1.08) -> float:
    """The end of an axis from 0 set to ``top`` × ``headroom`` (1 when ``top`` is not
    positive), after Qt's nice numbers; NaN where the steps break down (a ``top`` so small
    that its power of ten is 0, far below a cent), which no grid equals, so the chart then
    bins for itself."""
    try:
        return nice_range(0.0, top * headroom if top > 0 else 1.0)[1]
    except (ArithmeticError, ValueError):
        return math.nan
