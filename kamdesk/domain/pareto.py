"""Pareto / ABC analysis of revenue per account.

Rules:

* Accounts are ranked by revenue, highest first; equal revenues are ordered by key so the
  output is stable from run to run.
* Negative revenue (credit notes exceeding sales) counts as zero for shares and classes:
  an account cannot give back part of the portfolio's revenue share. Its row still shows
  the revenue as given.
* share = revenue / total; cumulative share = revenue of this and all higher-ranked
  accounts / total. Shares are unrounded Decimal fractions; the last cumulative share is
  exactly 1.
* Class: the account that crosses a threshold belongs to the class it starts in. With the
  cumulative share BEFORE the account: below the A threshold (default 0.80) → A, below the
  B threshold (default 0.95) → B, otherwise C. So the top account is always A.
* Zero total revenue: every account is class C with shares 0.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from operator import itemgetter
from typing import Generic, TypeVar

K = TypeVar("K", int, str)

ZERO = Decimal(0)


class AbcClass(StrEnum):
    """ABC class of an account; compares equal to the plain strings "A", "B", "C"."""

    A = "A"
    B = "B"
    C = "C"


@dataclass(frozen=True, slots=True)
class ParetoRow(Generic[K]):
    """One account's place in the Pareto ranking."""

    rank: int  # 1 = highest revenue
    key: K
    revenue: Decimal  # as given, even when negative
    share: Decimal
    cumulative_share: Decimal
    abc_class: AbcClass


def abc_analysis(
    revenues: Sequence[tuple[K, Decimal]],
    a_threshold: Decimal = Decimal("0.80"),
    b_threshold: Decimal = Decimal("0.95"),
) -> list[ParetoRow[K]]:
    """Rank accounts by revenue and classify them A/B/C (rules in the module doc)."""
    if not ZERO < a_threshold <= b_threshold <= Decimal(1):
        raise ValueError("ABC thresholds must satisfy 0 < A threshold <= B threshold <= 1")
    keys = [key for key, _ in revenues]
    if len(set(keys)) != len(keys):
        raise ValueError("each account may appear only once in an ABC analysis")

    # Two stable sorts instead of a (-revenue, key) tuple per account: by key, then by
    # revenue descending (reverse keeps equal revenues in key order). Same order, and no
    # negated Decimal and tuple per account, which on 10,000 accounts cost the most here.
    ranked = sorted(revenues, key=itemgetter(0))
    ranked.sort(key=itemgetter(1), reverse=True)
    return [ParetoRow(*place) for place in classify_ranked(ranked, a_threshold, b_threshold)]


Place = tuple[int, K, Decimal, Decimal, Decimal, AbcClass]
"""A :class:`ParetoRow`'s fields as a plain tuple: rank, key, revenue, share, cumulative, class."""


def classify_ranked(
    ranked: Sequence[tuple[K, Decimal]], a_threshold: Decimal, b_threshold: Decimal
) -> Iterator[Place[K]]:
    """Shares and classes of accounts already ranked (rules in the module doc).

    The one pass behind :func:`abc_analysis`, for a caller that keeps its accounts ranked
    itself (the portfolio cache re-ranks one account per edit instead of sorting them all)
    and wants plain tuples rather than a row object per account.
    """
    total = sum((max(revenue, ZERO) for _, revenue in ranked), ZERO)
    # Compare revenue sums against threshold × total: exact, no division rounding.
    a_limit, b_limit = a_threshold * total, b_threshold * total
    running = ZERO
    for rank, (key, revenue) in enumerate(ranked, start=1):
        counted = revenue if revenue > ZERO else ZERO
        if total > 0:
            if running < a_limit:
                abc_class = AbcClass.A
            elif running < b_limit:
                abc_class = AbcClass.B
            else:
                abc_class = AbcClass.C
            running += counted
            yield rank, key, revenue, counted / total, running / total, abc_class
        else:
            yield rank, key, revenue, ZERO, ZERO, AbcClass.C


def top_count(count: int, fraction: Decimal = Decimal("0.2")) -> int:
    """How many accounts make the top ``fraction`` of ``count``: ceil(count × fraction), ≥ 1."""
    if not ZERO < fraction <= Decimal(1):
        raise ValueError("the top fraction must be above 0 and at most 1")
    return max(math.ceil(count * fraction), 1)


def top_share(rows: Sequence[ParetoRow[K]], fraction: Decimal = Decimal("0.2")) -> Decimal:
    """Share of revenue earned with the top ``fraction`` of accounts.

    The top group is ceil(count × fraction) accounts, at least one. ``rows`` must be ranked
    as :func:`abc_analysis` returns them. No rows: 0.
    """
    count = top_count(len(rows), fraction)
    return rows[count - 1].cumulative_share if rows else ZERO
