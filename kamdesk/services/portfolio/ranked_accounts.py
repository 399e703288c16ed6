"""The analysis's ranked accounts, each row's place (share, cumulative share, class) worked out
only when the row is read.

A revenue edit changes the total, and with it every account's share: building a row object
per account for every edit cost 0.15–0.3 s on 10,000 accounts (profiled: ``_rerank`` 0.30 s
per revenue edit, of it 0.15 s in building moved rows, 0.06 s in ``classify_ranked``). What
an edit really changes is small: the order of a few accounts, the total, and the two ranks
where class A and class B end. So :class:`Ranking` keeps the order, the counted revenues and
their running sums (one list each, rebuilt in milliseconds), and :class:`RankedAccounts` is
the sequence of rows built from it and from each account's place-free part
(:class:`AccountBase`, kept between edits), row by row as they are read. Whoever needs only
counts or a few rows (the dashboard's tiles, charts and lists) never builds the others.

The arithmetic is :func:`kamdesk.domain.pareto.classify_ranked`'s, term for term, so a row
read here equals the row the one-pass analysis builds (tests compare the two).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate
from typing import overload

from kamdesk.domain.enums import Tier
from kamdesk.domain.guardrails import GuardrailFinding
from kamdesk.domain.pareto import AbcClass
from kamdesk.domain.tiering import TierRecommendation
from kamdesk.services.portfolio.portfolio_account_row import PortfolioAccount
from kamdesk.services.portfolio.portfolio_facts import AccountFigures

ZERO = Decimal(0)
CENTS = Decimal("0.00")
CLASS_COLUMNS = {AbcClass.A: 0, AbcClass.B: 1, AbcClass.C: 2}  # in AccountBase.recommended


#: Score, growth potential and tier: with the class, all a tier recommendation depends on.
Question = tuple[Decimal | None, int | None, Tier]


@dataclass(frozen=True, slots=True)
class AccountBase:
    """What an account's row holds apart from its place: built again only when it is edited."""

    figures: AccountFigures
    score: Decimal | None  # weighted, 0–100
    review_overdue: bool
    findings: tuple[GuardrailFinding, ...]  # its own (missing essentials, then neglect)
    question: Question  # what its recommended tier depends on, besides its class
    recommended: tuple[Tier, Tier, Tier]  # the tier recommended were it class A, B or C


@dataclass(frozen=True)
class Counts:
    """Counts over every account that the analysis keeps up to date edit by edit."""

    tiers: Mapping[Tier, int]  # accounts per tier the user set
    overdue_reviews: int  # active accounts with a review overdue


#: The tier recommended for an account of a class (memoised by the analysis).
Recommend = Callable[[AbcClass, AccountBase], TierRecommendation]


class Ranking:
    """Accounts in rank order with their counted revenue and its running sums.

    Immutable once made; the analysis makes a new one when some revenue changed or accounts
    came or went, and hands the same one on otherwise.
    """

    __slots__ = ("_a_count", "_b_count", "_positions", "counted", "order", "running", "total")

    def __init__(
        self, order: list[int], counted: list[Decimal], a_threshold: Decimal,
        b_threshold: Decimal,
    ) -> None:
        self.order = order  # account ids, highest revenue first
        self.counted = counted  # their revenue, negative revenue counted as 0
        # running[i]: the counted revenue of ranks before i; running[-1] is the total (in
        # cents, as the analysis's total has always been written, even when it is 0).
        self.running = list(accumulate(counted, initial=CENTS))
        self.total = self.running[-1]
        self._positions: dict[int, int] | None = None
        if self.total > 0:
            # classify_ranked gives an account class A while the revenue before it is under
            # threshold × total; the running sums only grow, so the classes are one block
            # each and their ends are found by bisection.
            count = len(order)
            self._a_count = bisect_left(self.running, a_threshold * self.total, 0, count)
            self._b_count = bisect_left(self.running, b_threshold * self.total, 0, count)
        else:
            self._a_count = self._b_count = 0  # no revenue: every account is class C

    def __len__(self) -> int:
        return len(self.order)

    def abc_class(self, index: int) -> AbcClass:
        """The class at 0-based rank ``index``."""
        if index < self._a_count:
            return AbcClass.A
        return AbcClass.B if index < self._b_count else AbcClass.C

    def class_size(self, abc_class: AbcClass) -> int:
        """How many accounts are in ``abc_class``."""
        if abc_class is AbcClass.A:
            return self._a_count
        if abc_class is AbcClass.B:
            return self._b_count - self._a_count
        return len(self.order) - self._b_count

    def share(self, index: int) -> Decimal:
        """The counted revenue at ``index`` as a fraction of the total (0 without revenue)."""
        if not self.total > 0:
            return ZERO
        return self.counted[index] / self.total

    def cumulative_share(self, index: int) -> Decimal:
        """The counted revenue of ranks up to and including ``index``, as a fraction."""
        if not self.total > 0:
            return ZERO
        return self.running[index + 1] / self.total

    def counted_revenue(self, start: int, stop: int) -> Decimal:
        """The counted revenue (negative as 0) of ranks ``start`` to ``stop - 1``."""
        return self.running[stop] - self.running[start]

    def position(self, account_id: int) -> int:
        """The 0-based rank of an account (KeyError when it is not ranked)."""
        if self._positions is None:
            self._positions = {account_id: index for index, account_id in enumerate(self.order)}
        return self._positions[account_id]


class RankedAccounts(Sequence[PortfolioAccount]):
    """The analysis's rows, highest revenue first, each built when it is first read."""

    __slots__ = ("_bases", "_counts", "_dependence", "_recommend", "_rows", "_tallied",
                 "ranking")

    def __init__(
        self, ranking: Ranking, bases: Mapping[int, AccountBase],
        dependence: Mapping[int, GuardrailFinding], recommend: Recommend, counts: Counts,
    ) -> None:
        self.ranking = ranking
        self._counts = counts
        self._bases = bases
        self._dependence = dependence
        self._recommend = recommend
        self._rows: list[PortfolioAccount | None] = [None] * len(ranking)
        self._tallied: tuple[list[int], Counter[Tier]] | None = None

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> PortfolioAccount: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[PortfolioAccount, ...]: ...

    def __getitem__(self, index: int | slice) -> PortfolioAccount | tuple[PortfolioAccount, ...]:
        if isinstance(index, slice):
            return tuple(self.row(i) for i in range(*index.indices(len(self._rows))))
        if index < 0:
            index += len(self._rows)
        if not 0 <= index < len(self._rows):
            raise IndexError(index)
        return self.row(index)

    def __iter__(self) -> Iterator[PortfolioAccount]:
        return (self.row(index) for index in range(len(self._rows)))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, RankedAccounts | tuple | list):
            return len(self) == len(other) and all(
                mine == theirs for mine, theirs in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"RankedAccounts({list(self)!r})"

    def row(self, index: int) -> PortfolioAccount:
        """The row at 0-based rank ``index``, built on first reading."""
        row = self._rows[index]
        if row is None:
            row = self._rows[index] = self._build(index)
        return row

    def _build(self, index: int) -> PortfolioAccount:
        ranking = self.ranking
        account_id = ranking.order[index]
        base = self._bases[account_id]
        f = base.figures
        abc_class = ranking.abc_class(index)
        dependence = self._dependence.get(account_id)
        return PortfolioAccount(
            account_id, f.name, f.tier, f.owner, index + 1, f.revenue, f.previous_revenue,
            ranking.share(index), ranking.cumulative_share(index), abc_class, f.scores,
            base.score, self._recommend(abc_class, base), f.last_interaction,
            f.next_review_due, base.review_overdue,
            base.findings if dependence is None else (dependence, *base.findings),
        )

    # -- what the dashboard asks without building every row ---------------------------------

    def bases(self) -> Iterator[AccountBase]:
        """Every account's place-free part, highest revenue first."""
        bases = self._bases
        return (bases[account_id] for account_id in self.ranking.order)

    def bases_by_account(self) -> Mapping[int, AccountBase]:
        """Every account's place-free part by account id (the same object until it is edited:
        a view can compare by identity to learn which accounts an edit changed)."""
        return self._bases

    def count_tier(self, tier: Tier) -> int:
        """How many accounts the user has put in ``tier``."""
        return self._counts.tiers.get(tier, 0)

    def overdue_reviews(self) -> int:
        """How many active accounts have a review overdue."""
        return self._counts.overdue_reviews

    def _tally(self) -> tuple[list[int], Counter[Tier]]:
        """The ranks whose recommended tier differs from the tier, and how many accounts are
        recommended for each tier: class block by class block (a class is a run of ranks,
        and each account knows its recommendation per class), done once per result."""
        if self._tallied is None:
            bases, ranking = self._bases, self.ranking
            disagreeing: list[int] = []
            recommended: Counter[Tier] = Counter()
            start = 0
            for abc_class, column in CLASS_COLUMNS.items():
                stop = start + ranking.class_size(abc_class)
                block = [bases[account_id] for account_id in ranking.order[start:stop]]
                tiers = [base.recommended[column] for base in block]
                recommended.update(tiers)
                disagreeing += [start + offset for offset, (base, tier)
                                in enumerate(zip(block, tiers, strict=True))
                                if tier is not base.figures.tier]
                start = stop
            self._tallied = disagreeing, recommended
        return self._tallied

    def recommended(self, tier: Tier) -> int:
        """How many accounts are recommended for ``tier``."""
        return self._tally()[1][tier]

    def disagreeing(self) -> list[int]:
        """The 0-based ranks of the accounts whose recommended tier differs from their tier,
        highest revenue first (see :meth:`disagreement`; no row is built)."""
        return self._tally()[0]

    def disagreement(self, index: int) -> tuple[AccountBase, Tier]:
        """The account at 0-based rank ``index`` and the tier recommended for it."""
        base = self._bases[self.ranking.order[index]]
        return base, base.recommended[CLASS_COLUMNS[self.ranking.abc_class(index)]]

    def disagreements(self) -> tuple[PortfolioAccount, ...]:
        """The rows whose recommended tier differs from their tier, highest revenue first."""
        return tuple(self.row(index) for index in self._tally()[0])

    def of_account(self, account_id: int) -> PortfolioAccount:
        """The row of one account (KeyError when it is not in the portfolio)."""
        return self.row(self.ranking.position(account_id))

