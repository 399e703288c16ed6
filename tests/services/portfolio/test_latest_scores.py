"""The latest score per criterion: the one-row-per-account read equals the former MAX join.

:func:`latest_scores` once joined every score to the MAX of its (account, criterion) date;
it now reads one row per account, each criterion's value one step back in the covering
index. Both are held here to each other and to the ORM's own reading of the score objects,
on the demo with a score history added (older and newer scores of one criterion, and a
score dated after today), for the whole portfolio and narrowed to some accounts, on SQLite
and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from sqlalchemy import Connection, String, and_, delete, func, select, type_coerce

from kamdesk.domain.enums import Criterion
from kamdesk.services.portfolio.portfolio_facts import latest_scores, narrowed, plain_rows
from kamdesk.store.database import Database
from kamdesk.store.light_tables import score
from kamdesk.store.orm import Account, Score

TODAY = date(2026, 11, 28)


@pytest.fixture
def demo(demo_database: Callable[..., Database]) -> Database:
    return demo_database(accounts=12, seed=7, today=TODAY)


def former_latest_scores(
    connection: Connection, today: date, only: set[int] | None = None
) -> dict[int, dict[Criterion, int]]:
    """The read as it was before revision 0005: every score joined to its pair's MAX date."""
    latest = narrowed(
        select(score.c.account_id, score.c.criterion, func.max(score.c.scored_on).label("day"))
        .where(score.c.scored_on <= today)
        .group_by(score.c.account_id, score.c.criterion),
        score.c.account_id,
        only,
    ).subquery("latest")
    rows = plain_rows(
        connection,
        select(score.c.account_id, type_coerce(score.c.criterion, String), score.c.value).join(
            latest,
            and_(
                score.c.account_id == latest.c.account_id,
                score.c.criterion == latest.c.criterion,
                score.c.scored_on == latest.c.day,
            ),
        ),
    )
    result: dict[int, dict[Criterion, int]] = {}
    for account_id, criterion, value in rows:
        result.setdefault(account_id, {})[Criterion(criterion)] = value
    return result


def scores_from_objects(demo: Database, today: date) -> dict[int, dict[Criterion, int]]:
    """The newest score up to today per account and criterion, object by object."""
    newest: dict[int, dict[Criterion, Score]] = {}
    with demo.session() as session:
        for row in session.scalars(select(Score)):
            kept = newest.setdefault(row.account_id, {}).get(row.criterion)
            if row.scored_on <= today and (kept is None or row.scored_on > kept.scored_on):
                newest[row.account_id][row.criterion] = row
    return {
        account_id: {criterion: row.value for criterion, row in by_criterion.items()}
        for account_id, by_criterion in newest.items()
        if by_criterion
    }


def _add_history(demo: Database) -> tuple[int, int]:
    """Older and newer scores of one criterion, a future score, a score-less account."""
    with demo.session() as session:
        first, second = session.scalars(select(Account.id).order_by(Account.id).limit(2))
        for days_ago, value in ((700, 1), (400, 2), (30, 4), (10, 5)):
            session.add(Score(account_id=first, criterion=Criterion.GROWTH_POTENTIAL,
                              value=value, scored_on=TODAY - timedelta(days=days_ago)))
        session.add(Score(account_id=second, criterion=Criterion.CREDIBILITY, value=1,
                          scored_on=TODAY + timedelta(days=3)))
        # Only a future score for this criterion: the account has no latest one for it.
        session.add(Score(account_id=second, criterion=Criterion.TAILORED_SERVICE, value=2,
                          scored_on=TODAY + timedelta(days=9)))
        session.execute(
            delete(Score).where(
                Score.account_id == second, Score.criterion == Criterion.TAILORED_SERVICE,
                Score.scored_on <= TODAY,
            )
        )
        session.add(Account(name="Zz Not Yet Scored"))
    return first, second


def test_the_new_read_equals_the_former_join_and_the_objects(demo: Database) -> None:
    first, second = _add_history(demo)
    expected = scores_from_objects(demo, TODAY)
    with demo.read() as connection:
        assert latest_scores(connection, TODAY) == former_latest_scores(connection, TODAY)
        assert latest_scores(connection, TODAY) == expected
        some = {first, second}
        assert latest_scores(connection, TODAY, some) == former_latest_scores(
            connection, TODAY, some
        ) == {key: value for key, value in expected.items() if key in some}
    # The history means something: the newest of five, not the oldest or the future one.
    assert expected[first][Criterion.GROWTH_POTENTIAL] == 5
    assert Criterion.TAILORED_SERVICE not in expected[second]
    assert Criterion.CREDIBILITY in expected[second]  # the one before the future score
    assert len(expected) == 11  # twelve demo accounts scored, the new one not


def test_on_an_earlier_day_an_older_score_is_the_latest(demo: Database) -> None:
    first, _ = _add_history(demo)
    before_the_newest = TODAY - timedelta(days=500)  # after the 700-day-old score only
    with demo.read() as connection:
        scores = latest_scores(connection, before_the_newest)
        assert scores == former_latest_scores(connection, before_the_newest)
    assert scores[first][Criterion.GROWTH_POTENTIAL] == 1
    assert scores == scores_from_objects(demo, before_the_newest)
