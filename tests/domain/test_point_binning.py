"""Merging scatter points that land on the same spot (figures by hand)."""

from __future__ import annotations

import pytest

from kamdesk.domain.point_binning import PointBin, PointBins, bin_points


def test_points_in_separate_cells_keep_their_exact_place_and_order() -> None:
    points = [(71.3, 512.25), (12.0, 3.5), (99.9, 0.0)]
    assert bin_points(points, 1.0, 2.0) == [
        PointBin(71.3, 512.25, 1), PointBin(12.0, 3.5, 1), PointBin(99.9, 0.0, 1)
    ]


def test_points_in_one_cell_become_one_mark_at_their_mean_with_their_count() -> None:
    # Cell x 40 (40 <= x < 41), y 5 (10 <= y < 12): three points; 40.9 / 12.0 is the next cell.
    points = [(40.0, 10.0), (40.5, 11.0), (41.0, 10.0), (40.9, 11.5), (40.2, 12.0)]
    assert bin_points(points, 1.0, 2.0) == [
        # (40 + 40.5 + 40.9) / 3 = 40.4666…, (10 + 11 + 11.5) / 3 = 10.8333…
        PointBin(pytest.approx(121.4 / 3), pytest.approx(32.5 / 3), 3),
        PointBin(41.0, 10.0, 1),
        PointBin(40.2, 12.0, 1),
    ]


def test_identical_points_merge_and_counts_add_up_to_the_points() -> None:
    points = [(50.0, 100.0)] * 4 + [(0.0, 0.0)] * 2
    bins = bin_points(points, 0.25, 1.5)
    assert bins == [PointBin(50.0, 100.0, 4), PointBin(0.0, 0.0, 2)]
    assert sum(b.count for b in bins) == len(points)


def test_a_step_of_zero_merges_only_equal_coordinates_on_that_axis() -> None:
    points = [(10.0, 1.0), (10.0, 1.4), (10.5, 1.2)]
    # y step 0: 1.0 and 1.4 differ, so nothing merges although x shares a cell.
    assert bin_points(points, 1.0, 0.0) == [
        PointBin(10.0, 1.0, 1), PointBin(10.0, 1.4, 1), PointBin(10.5, 1.2, 1)
    ]
    # x step 0, y step 1: the first two share x = 10.0 and the cell 1 <= y < 2.
    assert bin_points(points, 0.0, 1.0) == [PointBin(10.0, pytest.approx(1.2), 2),
                                            PointBin(10.5, 1.2, 1)]


def test_negative_values_fall_into_their_own_cells() -> None:
    # floor(-0.5 / 1) = -1, floor(0.5 / 1) = 0: either side of zero never merges.
    assert bin_points([(-0.5, 0.0), (0.5, 0.0)], 1.0, 1.0) == [
        PointBin(-0.5, 0.0, 1), PointBin(0.5, 0.0, 1)
    ]


def test_no_points_no_marks() -> None:
    assert bin_points([], 1.0, 1.0) == []


def test_bins_kept_up_to_date_equal_binning_afresh() -> None:
    points = {1: (10.0, 1.0), 2: (10.4, 1.5), 3: (11.2, 0.5), 4: (10.1, 3.9), 5: (10.2, 1.1)}
    bins = PointBins(1.0, 2.0)
    for key, (x, y) in points.items():
        bins.put(key, x, y)
    assert bins.marks() == bin_points(points.values(), 1.0, 2.0)
    # Point 3 moves into the first cell, point 4 leaves: (10 + 10.4 + 10.2 + 10.5) / 4.
    bins.put(3, 10.5, 1.2)
    bins.remove(4)
    bins.remove(99)  # never placed: nothing happens
    del points[4]
    points[3] = (10.5, 1.2)
    assert len(bins) == 4 and 3 in bins and 4 not in bins
    assert sorted(bins.marks(), key=lambda m: (m.x, m.y)) == [
        PointBin(pytest.approx(41.1 / 4), pytest.approx(4.8 / 4), 4)]
    # Binned afresh, the same marks (summed in another order: equal but for rounding).
    (fresh,) = bin_points(points.values(), 1.0, 2.0)
    assert (fresh.x, fresh.y, fresh.count) == (pytest.approx(41.1 / 4), pytest.approx(1.2), 4)


def test_filling_at_once_equals_binning() -> None:
    points = [(10.0, 1.0), (10.4, 1.5), (11.2, 0.5), (10.1, 3.9)]
    bins = PointBins(1.0, 2.0)
    bins.fill((key, x, y) for key, (x, y) in enumerate(points))
    assert bins.marks() == bin_points(points, 1.0, 2.0) and len(bins) == 4
