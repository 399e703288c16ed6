"""Qt's nice axis numbers worked out without Qt: by hand, and against a real QValueAxis."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCharts import QValueAxis
from PySide6.QtWidgets import QApplication

from kamdesk.ui.portfolio.nice_axis import nice_axis_end, nice_number, nice_range


def _qt_axis_end(top: float) -> float:
    axis = QValueAxis()
    axis.setRange(0, top * 1.08 if top > 0 else 1)
    axis.applyNiceNumbers()
    return axis.max()


def test_nice_numbers_by_hand() -> None:
    # 108: between 100 and 200, rounded up to 200; 25 = 2.5 × 10, nearest is 2 × 10.
    assert nice_number(108.0, True) == 200.0
    assert nice_number(25.0, False) == 20.0
    assert nice_number(7.0, False) == 10.0
    # 0–108 in 5 ticks: span 200, step 200 / 4 = 50 → 0, 50, 100, 150.
    assert nice_range(0.0, 108.0) == (0.0, 150.0, 4)
    assert nice_axis_end(100.0) == 150.0  # 100 × 1.08 = 108
    assert nice_axis_end(0.0) == 1.0  # no revenue: an axis of 0–1
    assert nice_axis_end(-5.0) == 1.0


@settings(max_examples=400, deadline=None)
@given(st.one_of(
    # Thousands of a currency: a cent is 1e-5 (Qt itself warns on a denormal range).
    st.just(0.0),
    st.floats(min_value=1e-5, max_value=1e9, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=10**7).map(lambda cents: cents / 100),
    st.sampled_from([1.0, 2.0, 5.0, 100 / 1.08, 200 / 1.08, 5 / 1.08, 50 / 1.08]),
))
def test_the_same_end_as_qt(qapp: QApplication, top: float) -> None:
    assert nice_axis_end(top) == _qt_axis_end(top)


def test_a_top_too_small_for_the_steps_gives_no_grid() -> None:
    # Its power of ten underflows to 0, where Qt's own steps divide by zero: no grid, and
    # the chart bins for itself.
    assert math.isnan(nice_axis_end(5e-324))
