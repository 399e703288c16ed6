"""The tier recommendations of one analysis, each worked out once per class and question.

The same few questions (score, growth potential, current tier) recur across thousands of
accounts, so each is answered once. The answers live apart from the analysis that asks:
its results (the ranked accounts) call back for recommendations, and a bound method of the
analysis there made a reference cycle from every result back to the analysis. Without one,
a replaced result is freed at once by its reference count, which matters since the app
takes a read's results out of the garbage collector's sight (``gc.freeze``): frozen cycles
would never be freed (profiled: the old snapshot's 10,000 accounts kept per refill).
"""

from __future__ import annotations

from kamdesk.domain.pareto import AbcClass
from kamdesk.domain.tiering import TierRecommendation, TierThresholds, recommend_tier
from kamdesk.services.portfolio.ranked_accounts import AccountBase, Question


class TierAnswers:
    """Remembered answers of ``recommend_tier`` for one set of thresholds."""

    __slots__ = ("_answers", "_thresholds")

    def __init__(self, thresholds: TierThresholds) -> None:
        self._thresholds = thresholds
        self._answers: dict[tuple[AbcClass, Question], TierRecommendation] = {}

    def recommend(self, abc_class: AbcClass, base: AccountBase) -> TierRecommendation:
        """The tier recommended for an account of ``abc_class``."""
        return self.answer(abc_class, base.question)

    def answer(self, abc_class: AbcClass, question: Question) -> TierRecommendation:
        """The recommendation for a class and question."""
        recommendation = self._answers.get((abc_class, question))
        if recommendation is None:
            score, growth_potential, tier = question
            recommendation = self._answers[(abc_class, question)] = recommend_tier(
                abc_class, score, growth_potential, self._thresholds, current_tier=tier
            )
        return recommendation
