"""The plan's scorecard section: latest scores, weighted score and the recommended tier."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from kamdesk.domain.plan import Scorecard, ScoreEntry
from kamdesk.services.assessment.scorecard_editing import scorecard_in_session
from kamdesk.store.orm import Account
from tests.helpers.orm_plan.context import PlanContext


def scorecard_sections(session: Session, account: Account, context: PlanContext) -> dict[str, Any]:
    """``scorecard``: the account's scorecard as of the plan's day.

    The reasons are English sentences, as the plan's other free texts are plain strings;
    the recommendation's codes stay available to the UI through the scorecard service.
    """
    card = scorecard_in_session(session, account, context.today)
    scores = tuple(
        ScoreEntry(line.criterion, line.latest.value, line.latest.scored_on)
        for line in card.lines
        if line.latest is not None
    )
    return {
        "scorecard": Scorecard(
            scores=scores,
            weighted_score=card.weighted_score,
            recommended_tier=card.recommendation.tier,
            reasons=tuple(reason.english() for reason in card.recommendation.reasons),
        )
    }
