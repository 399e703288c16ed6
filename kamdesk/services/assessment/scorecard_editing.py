"""An account's scorecard: reading it with proposals and the recommended tier, writing scores.

Scores are dated and history is kept: a score entered today becomes a new row dated today,
and entering the same criterion again on the same day changes that row instead of adding
another. The row of a day is addressed by (account, criterion, day) and guarded by its
version; version 0 stands for "no row that day", so an undo can take a day's score away
again (the earlier history stays) and a redo can put it back, with the same optimistic
check as any other edit.

Revenue share and CLV scores are PROPOSED from the data (bands and quintiles of
:mod:`kamdesk.domain.scorecard`) over the trailing twelve months; the user may accept or
override them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kamdesk.domain.enums import Criterion, Tier
from kamdesk.domain.pareto import AbcClass, abc_analysis
from kamdesk.domain.revenue_figures import customer_lifetime_value
from kamdesk.domain.scorecard import (
    MAX_SCORE,
    MIN_SCORE,
    propose_clv_score,
    propose_revenue_share_score,
    weighted_score,
)
from kamdesk.domain.tiering import TierRecommendation, recommend_tier
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.common.compare_and_set import NOT_STORED, Seen, check_seen
from kamdesk.services.common.deleted_elsewhere import deleted_elsewhere
from kamdesk.services.portfolio.portfolio_analysis import analysis_settings
from kamdesk.services.portfolio.portfolio_facts import revenue_by_account
from kamdesk.services.portfolio.portfolio_window import (
    TRAILING_TWELVE_MONTHS,
    AnalysisWindow,
    resolve_window,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, Score


@dataclass(frozen=True)
class ScoreRecord:
    """One stored, dated score."""

    id: int
    version: int
    criterion: Criterion
    value: int
    scored_on: date
    note: str


@dataclass(frozen=True)
class CriterionLine:
    """One criterion of the scorecard: weight, latest score, history and proposal."""

    criterion: Criterion
    weight: int
    latest: ScoreRecord | None
    today_version: int  # the version of today's row, NOT_STORED when there is none
    history: tuple[ScoreRecord, ...]  # newest first
    proposal: int | None  # revenue share and CLV only


@dataclass(frozen=True)
class AccountScorecard:
    """What the Assessment tab shows for one account on ``today``."""

    account_id: int
    name: str
    tier: Tier
    today: date
    window: AnalysisWindow
    lines: tuple[CriterionLine, ...]  # in Criterion order
    weighted_score: Decimal | None
    recommendation: TierRecommendation
    abc_class: AbcClass
    revenue: Decimal  # in the window
    share: Decimal  # of the portfolio's revenue in the window
    clv: Decimal
    currency: str  # ISO code of our company's currency

    def line(self, criterion: Criterion) -> CriterionLine:
        """The line of one criterion."""
        return next(line for line in self.lines if line.criterion is criterion)


def load_scorecard(db: Database, account_id: int, today: date | None = None) -> AccountScorecard:
    """The scorecard of one account (one read-only transaction)."""
    with db.session() as session:
        account = session.get(Account, account_id)
        if account is None:
            raise deleted_elsewhere("account")
        return scorecard_in_session(session, account, today or date.today())


def scorecard_in_session(session: Session, account: Account, today: date) -> AccountScorecard:
    """The scorecard inside a running unit of work (the plan section uses it too)."""
    row = settings_row(session)
    settings = analysis_settings(row)
    window = resolve_window(TRAILING_TWELVE_MONTHS, today, row.fiscal_year_start_month)
    revenue = {key: current for key, (current, _) in revenue_by_account(session, window).items()}
    # Accounts without revenue rank last with class C whatever their number: leaving them out
    # of the ranking changes no class, and keeps this one aggregate small.
    ranking = abc_analysis(list(revenue.items()), settings.a_threshold, settings.b_threshold)
    place = next((r for r in ranking if r.key == account.id), None)
    abc_class = place.abc_class if place else AbcClass.C
    share = place.share if place else Decimal(0)

    margin = row.gross_margin
    clvs: list[Decimal] = []
    clv = Decimal(0)
    for key, since, years in session.execute(
        select(Account.id, Account.customer_since, Account.expected_relationship_years)
    ):
        value = customer_lifetime_value(margin, max(revenue.get(key, Decimal(0)), Decimal(0)),
                                        years, since, today)
        clvs.append(value)
        if key == account.id:
            clv = value

    history = _history(session, account.id, today)
    latest = {c: records[0].value for c, records in history.items() if records}
    weights = settings.weights
    score = weighted_score(latest, weights) if any(weights.values()) else None
    proposals = {
        Criterion.REVENUE_SHARE: propose_revenue_share_score(share),
        Criterion.CLV: propose_clv_score(clv, clvs),
    }
    lines = tuple(
        CriterionLine(
            criterion=criterion,
            weight=weights[criterion],
            latest=history[criterion][0] if history[criterion] else None,
            today_version=next(
                (r.version for r in history[criterion] if r.scored_on == today), NOT_STORED
            ),
            history=tuple(history[criterion]),
            proposal=proposals.get(criterion),
        )
        for criterion in Criterion
    )
    return AccountScorecard(
        account_id=account.id,
        name=account.name,
        tier=account.tier,
        today=today,
        window=window,
        lines=lines,
        weighted_score=score,
        recommendation=recommend_tier(
            abc_class, score, latest.get(Criterion.GROWTH_POTENTIAL), settings.tiers,
            current_tier=account.tier,
        ),
        abc_class=abc_class,
        revenue=revenue.get(account.id, Decimal("0.00")),
        share=share,
        clv=clv,
        currency=settings.currency,
    )


def _history(session: Session, account_id: int, today: date) -> dict[Criterion, list[ScoreRecord]]:
    """Every score of the account up to today per criterion, newest first."""
    history: dict[Criterion, list[ScoreRecord]] = {criterion: [] for criterion in Criterion}
    for score in session.scalars(
        select(Score)
        .where(Score.account_id == account_id, Score.scored_on <= today)
        .order_by(Score.scored_on.desc())
    ):
        history[score.criterion].append(
            ScoreRecord(score.id, score.version, score.criterion, score.value, score.scored_on,
                        score.note)
        )
    return history


def check_score_value(value: object) -> int:
    """The score as an int 1–5, or a ValidationError that says what is allowed."""
    if isinstance(value, bool) or not isinstance(value, int) or not MIN_SCORE <= value <= MAX_SCORE:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "A score is a whole number from {lowest} (low) to {highest} (high).",
            ).format(lowest=MIN_SCORE, highest=MAX_SCORE),
            field="value",
        )
    return value


@dataclass(frozen=True)
class _NoScore:
    """What a day without a score holds, as a version or expected values compare it."""

    value: None = None
    version: int = NOT_STORED


_NO_SCORE = _NoScore()


def put_score(
    db: Database,
    account_id: int,
    criterion: Criterion,
    scored_on: date,
    seen: Seen,
    value: int | None,
) -> int:
    """Set (or with ``value`` None, take away) the criterion's score of ``scored_on``.

    ``seen`` is the version of that day's row the caller saw (``NOT_STORED``: none), or
    ``{"value": …}`` the score an undo or redo expects there (None: none). Returns the
    row's new version, ``NOT_STORED`` after taking it away.
    """
    if value is not None:
        value = check_score_value(value)
    with db.session() as session:
        if session.get(Account, account_id) is None:
            raise deleted_elsewhere("account")
        row = session.scalars(
            select(Score).where(
                Score.account_id == account_id,
                Score.criterion == criterion,
                Score.scored_on == scored_on,
            )
        ).one_or_none()
        check_seen(row if row is not None else _NO_SCORE, seen, "score")
        if value is None:
            if row is not None:
                session.delete(row)
            return NOT_STORED
        if row is None:
            row = Score(account_id=account_id, criterion=criterion, value=value,
                        scored_on=scored_on)
            session.add(row)
        else:
            row.value = value
        session.flush()
        return row.version
