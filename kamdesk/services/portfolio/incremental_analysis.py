"""The portfolio analysis kept up to date one account at a time.

The rules are the domain's (:mod:`kamdesk.domain.pareto`, :mod:`~kamdesk.domain.scorecard`,
:mod:`~kamdesk.domain.tiering`, :mod:`~kamdesk.domain.guardrails`); this module only decides
what an edit of one account can change, so that an edit on 10,000 accounts costs
milliseconds, not the whole pass (profiled at 0.6–1.1 s on 10,000 accounts, most of it in
building one Pareto row and one account row per account, and in the garbage collections
that so many new objects set off):

* Accounts stay ranked in a sorted list; an edit moves one account with a binary search.
  A row's place (rank, share, cumulative share, class) is worked out only when the row is
  read (:mod:`kamdesk.services.portfolio.ranked_accounts`): a revenue edit moves every
  share, but costs a few list passes, not a new row per account.
* Each account's own findings (missing key essentials, neglect) are kept per account and
  computed again only for the accounts that changed; the portfolio-wide ones are cheap
  counts, done every time.
* Weighted scores and tier recommendations are remembered by their inputs (the same few
  score patterns recur across thousands of accounts).

Thresholds, weights, capacities, the window and the day are fixed for the life of an
instance: when any of them changes, make a new one (the cache reloads everything then).
The fresh analysis is the same class fed all accounts at once, so the two cannot drift
apart; the tests compare them after random edits.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import Counter
from collections.abc import Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import TypeVar

from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.guardrails import (
    GuardrailFinding,
    Key,
    missing_key_essentials,
    neglected_accounts,
    over_capacity,
    revenue_dependence,
    too_many_key_accounts,
)
from kamdesk.domain.pareto import AbcClass, top_count
from kamdesk.domain.scorecard import weighted_scorer
from kamdesk.services.portfolio.portfolio_facts import AccountFigures
from kamdesk.services.portfolio.portfolio_results import AnalysisSettings, PortfolioAnalysis
from kamdesk.services.portfolio.portfolio_window import AnalysisWindow
from kamdesk.services.portfolio.ranked_accounts import (
    AccountBase,
    Counts,
    Question,
    RankedAccounts,
    Ranking,
)
from kamdesk.services.portfolio.tier_answers import TierAnswers

CRITERIA = tuple(Criterion)
TOP_FRACTION = Decimal("0.2")
ZERO = Decimal(0)
NO_FINDINGS: tuple[GuardrailFinding, ...] = ()


class IncrementalAnalysis:
    """One portfolio's analysis, updated account by account (see the module doc)."""

    def __init__(
        self,
        window: AnalysisWindow,
        settings: AnalysisSettings,
        capacities: Mapping[Key, int],
        today: date,
        figures: Iterable[AccountFigures] = (),
    ) -> None:
        self.window = window
        self.settings = settings
        self.capacities = dict(capacities)
        self.today = today
        weights = settings.weights
        self._scorer = weighted_scorer(weights) if any(w > 0 for w in weights.values()) else None
        self._scored: dict[tuple[int | None, ...], Decimal | None] = {}
        self._answers = TierAnswers(settings.tiers)
        self._tiers_by_question: dict[Question, tuple[Tier, Tier, Tier]] = {}
        self._figures = {f.account_id: f for f in figures}
        # Names are unique; the id only makes the order total.
        self._by_name = sorted((f.name, f.account_id) for f in self._figures.values())
        # Highest revenue first, equal revenues by id: the order abc_analysis ranks in.
        self._by_revenue = sorted((-f.revenue, f.account_id) for f in self._figures.values())
        self._own: dict[int, tuple[tuple[GuardrailFinding, ...], tuple[GuardrailFinding, ...]]]
        self._own = self._own_findings_of_all()
        self._own_together = {key: (*one, *other) for key, (one, other) in self._own.items()}
        self._bases: dict[int, AccountBase] = {}
        # Kept up to date as bases come and go, so that no count passes over every account.
        self._tier_counts: Counter[Tier] = Counter()
        self._overdue_reviews = 0
        self._ranking: Ranking | None = None
        self._dependence: dict[int, GuardrailFinding] = {}
        self._dependence_order: list[GuardrailFinding] = []
        self._stale: set[int] = set(self._figures)  # place-free parts to build again
        self._reranked = True  # some revenue changed, or accounts came or went
        self._total = ZERO
        self._previous_total = ZERO
        self._result: PortfolioAnalysis | None = None

    # -- edits ------------------------------------------------------------------------------

    def __contains__(self, account_id: object) -> bool:
        return account_id in self._figures

    def __len__(self) -> int:
        return len(self._figures)

    def put(self, figures: AccountFigures) -> None:
        """Add an account, or replace its figures with newer ones."""
        account_id = figures.account_id
        old = self._figures.get(account_id)
        if old is not None:
            if old.name != figures.name:
                _discard(self._by_name, (old.name, account_id))
                insort(self._by_name, (figures.name, account_id))
                self._reranked = True  # a revenue dependence finding names the account
            if old.revenue != figures.revenue:
                _discard(self._by_revenue, (-old.revenue, account_id))
                insort(self._by_revenue, (-figures.revenue, account_id))
                self._reranked = True
            elif old.previous_revenue != figures.previous_revenue:
                self._reranked = True  # only the total before the window, but rarely
        else:
            insort(self._by_name, (figures.name, account_id))
            insort(self._by_revenue, (-figures.revenue, account_id))
            self._reranked = True
        self._figures[account_id] = figures
        self._own[account_id] = essentials, neglect = self._own_findings(figures)
        self._own_together[account_id] = (*essentials, *neglect)
        self._stale.add(account_id)
        self._result = None

    def remove(self, account_id: int) -> None:
        """Drop an account (deleted); unknown ids are ignored."""
        old = self._figures.pop(account_id, None)
        if old is None:
            return
        _discard(self._by_name, (old.name, account_id))
        _discard(self._by_revenue, (-old.revenue, account_id))
        self._count(self._bases.get(account_id), -1)
        for table in (self._own, self._own_together, self._bases, self._dependence):
            table.pop(account_id, None)
        self._stale.discard(account_id)
        self._reranked = True
        self._result = None

    # -- the result -------------------------------------------------------------------------

    def analysis(self) -> PortfolioAnalysis:
        """The analysis as of the last edit (computing only what the edits since changed)."""
        if self._result is not None:
            return self._result
        if self._reranked:
            self._rerank()
        bases, figures = self._bases, self._figures
        for account_id in self._stale:
            self._count(bases.get(account_id), -1)
            bases[account_id] = base = self._base(figures[account_id])
            self._count(base, 1)
        self._stale.clear()
        ranking = self._ranking
        assert ranking is not None  # ranked on the first call
        # Copies of the account tables (a millisecond): the next edit must not change rows
        # that an earlier result has yet to build.
        ranked = RankedAccounts(ranking, dict(bases), dict(self._dependence),
                                self._answers.recommend,
                                Counts(dict(self._tier_counts), self._overdue_reviews))
        in_name_order = [self._figures[account_id] for _, account_id in self._by_name]
        guardrails = self.settings.guardrails
        portfolio_findings = (
            *too_many_key_accounts(in_name_order, guardrails),
            *over_capacity(in_name_order, self.capacities, guardrails),
        )
        # check_portfolio's order: portfolio-wide, revenue dependence, then each account's
        # missing essentials, then neglect, accounts in name order within each.
        own = [self._own[account_id] for _, account_id in self._by_name]
        findings = [*portfolio_findings, *self._dependence_order]
        for essentials, _ in own:
            findings += essentials
        for _, neglect in own:
            findings += neglect
        self._result = PortfolioAnalysis(
            today=self.today,
            window=self.window,
            settings=self.settings,
            accounts=ranked,
            portfolio_findings=portfolio_findings,
            findings=tuple(findings),
            total_revenue=self._total,
            previous_total_revenue=self._previous_total,
            top_share=(
                ranking.cumulative_share(top_count(len(ranking), TOP_FRACTION) - 1)
                if len(ranking) else ZERO
            ),
        )
        return self._result

    # -- the steps --------------------------------------------------------------------------

    def _rerank(self) -> None:
        """Totals, dependence and the ranking again (rows read their places from it)."""
        figures = self._figures
        settings = self.settings
        by_revenue = self._by_revenue
        # Revenue is kept negated for the order; negative revenue counts as 0, as
        # classify_ranked counts it. List passes: the dashboard waits for them after an edit.
        ranking = Ranking(
            [account_id for _, account_id in by_revenue],
            [-negative if negative < ZERO else ZERO for negative, _ in by_revenue],
            settings.a_threshold, settings.b_threshold,
        )
        self._ranking = ranking
        self._total = ranking.total
        self._previous_total = sum(
            [f.previous_revenue for f in figures.values() if f.previous_revenue > ZERO],
            Decimal("0.00"),
        )
        # Only accounts above the limit depend: they lead the ranking, so look no further.
        limit = settings.guardrails.max_revenue_share * self._total
        leaders = []
        for _, account_id in by_revenue:
            if figures[account_id].revenue <= limit:
                break
            leaders.append(figures[account_id])
        leaders.sort(key=lambda f: f.name)
        found = revenue_dependence(leaders, settings.guardrails, self._total)
        dependence = {f.account_id: finding for f, finding in zip(leaders, found, strict=True)}
        self._dependence, self._dependence_order = dependence, found
        self._reranked = False

    def _own_findings(
        self, figures: AccountFigures
    ) -> tuple[tuple[GuardrailFinding, ...], tuple[GuardrailFinding, ...]]:
        """One account's missing essentials and neglect."""
        guardrails = self.settings.guardrails
        return (
            tuple(missing_key_essentials((figures,), self.today, guardrails)),
            tuple(neglected_accounts((figures,), self.today, guardrails)),
        )

    def _own_findings_of_all(
        self,
    ) -> dict[int, tuple[tuple[GuardrailFinding, ...], tuple[GuardrailFinding, ...]]]:
        """Every account's own findings, from one call per rule (not one per account)."""
        every = list(self._figures.values())
        guardrails = self.settings.guardrails
        essentials: dict[Key | None, list[GuardrailFinding]] = {}
        neglect: dict[Key | None, list[GuardrailFinding]] = {}
        for finding in missing_key_essentials(every, self.today, guardrails):
            essentials.setdefault(finding.account_key, []).append(finding)
        for finding in neglected_accounts(every, self.today, guardrails):
            neglect.setdefault(finding.account_key, []).append(finding)
        return {
            account_id: (
                tuple(essentials.get(account_id, NO_FINDINGS)),
                tuple(neglect.get(account_id, NO_FINDINGS)),
            )
            for account_id in self._figures
        }

    def _base(self, f: AccountFigures) -> AccountBase:
        """The account's place-free part: its score, review state and own findings."""
        pattern = tuple(map(f.scores.get, CRITERIA))
        if pattern not in self._scored:
            self._scored[pattern] = None if self._scorer is None else self._scorer(f.scores)
        question = (self._scored[pattern], f.scores.get(Criterion.GROWTH_POTENTIAL), f.tier)
        return AccountBase(
            figures=f,
            score=self._scored[pattern],
            review_overdue=(
                f.tier is not Tier.ARCHIVED
                and f.next_review_due is not None
                and f.next_review_due < self.today
            ),
            findings=self._own_together[f.account_id],
            question=question,
            recommended=self._tiers_for(question),
        )

    def _count(self, base: AccountBase | None, sign: int) -> None:
        """Add a base to the counts (``sign`` 1) or take it out (-1); None: nothing."""
        if base is not None:
            self._tier_counts[base.figures.tier] += sign
            self._overdue_reviews += sign * base.review_overdue

    def _tiers_for(self, question: Question) -> tuple[Tier, Tier, Tier]:
        """The tiers recommended for a question in class A, B and C (one look-up per
        account: a few distinct questions recur across thousands of accounts)."""
        tiers = self._tiers_by_question.get(question)
        if tiers is None:
            tiers = self._tiers_by_question[question] = (
                self._answers.answer(AbcClass.A, question).tier,
                self._answers.answer(AbcClass.B, question).tier,
                self._answers.answer(AbcClass.C, question).tier,
            )
        return tiers


Ordered = TypeVar("Ordered", tuple[str, int], tuple[Decimal, int])


def _discard(ordered: list[Ordered], item: Ordered) -> None:
    """Remove ``item`` from a sorted list (a binary search, not a scan)."""
    index = bisect_left(ordered, item)
    if index < len(ordered) and ordered[index] == item:
        del ordered[index]
