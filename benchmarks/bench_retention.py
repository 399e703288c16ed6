"""How fast is the retention list on 10,000 accounts, and erasing 1,000 people from it?

Builds (or reuses) a demo database of ``--accounts`` accounts, tops every account up to
five people (the demo gives fewer) and lets every tenth account go quiet (its rows stamped
three years ago, its history moved back), so that about a tenth of 50,000 people are due
for review. Then times, in the same run:

* the baseline: a bare Core ``SELECT count(*) FROM stakeholder`` on the same file;
* the list: :func:`kamdesk.services.stakeholders.retention.people_due_for_review`;
* once, the bulk erase of ``--erase`` people from the list (one transaction, then the
  file's VACUUM), on a copy of the file, so the database can be reused.

The best of ``--runs`` counts for the list (the median beside it). The goal: the list well
under a second on 10,000 accounts.

    python benchmarks/bench_retention.py [--accounts 10000] [--db PATH] [--runs 5] [--erase 1000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select, update

from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.stakeholders.retention import (
    erase_people_under_review,
    people_due_for_review,
)
from kamdesk.store.database import Database, open_database
from kamdesk.store.orm import Account, Interaction, RevenueEntry, Score, Stakeholder

PEOPLE_PER_ACCOUNT = 5
QUIET_EVERY = 10
THREE_YEARS_AGO = datetime.now(UTC) - timedelta(days=3 * 365)


def timed(runs: int, action: Callable[[], object]) -> tuple[float, float]:
    """The fastest and the median of ``runs`` timed calls, in seconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times), statistics.median(times)


def prepare(db: Database) -> None:
    """Five people on every account; every tenth account quiet for three years."""
    with db.session() as session:
        counts = dict(session.execute(
            select(Stakeholder.account_id, func.count()).group_by(Stakeholder.account_id)
        ).all())
        account_ids = session.scalars(select(Account.id).order_by(Account.id)).all()
        next_id = (session.scalar(select(func.max(Stakeholder.id))) or 0) + 1
        rows = []
        for account_id in account_ids:
            for number in range(counts.get(account_id, 0), PEOPLE_PER_ACCOUNT):
                rows.append({"id": next_id, "account_id": account_id,
                             "name": f"Person {account_id}-{number}",
                             "email": f"p{account_id}.{number}@example.com"})
                next_id += 1
        if rows:
            session.execute(insert(Stakeholder), rows)
        quiet = account_ids[::QUIET_EVERY]
        for start in range(0, len(quiet), 500):
            chunk = quiet[start:start + 500]
            stamp = {"created_at": THREE_YEARS_AGO, "updated_at": THREE_YEARS_AGO}
            session.execute(update(Account).where(Account.id.in_(chunk)).values(**stamp))
            for entity in (RevenueEntry, Score):
                session.execute(
                    update(entity).where(entity.account_id.in_(chunk)).values(**stamp)
                )
            session.execute(
                update(Interaction).where(Interaction.account_id.in_(chunk))
                .values(occurred_on=THREE_YEARS_AGO.date(), **stamp)
            )


def main() -> int:
    """Build the database if needed, time the list and one bulk erase, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--db", type=Path, help="reuse (or create) this database file")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--erase", type=int, default=1_000)
    arguments = parser.parse_args()

    path = arguments.db or Path(tempfile.mkdtemp()) / "bench_retention.sqlite3"
    fresh = not path.exists()
    db = open_database(path, daily_backup=False)
    today = date.today()
    try:
        if fresh:
            started = time.perf_counter()
            create_demo_portfolio(db, accounts=arguments.accounts)
            prepare(db)
            print(f"built {arguments.accounts} accounts, five people each, in "
                  f"{time.perf_counter() - started:.1f} s: {path}")
        with db.engine.connect() as connection:
            def baseline() -> object:
                return connection.execute(
                    select(func.count()).select_from(Stakeholder)
                ).scalar_one()

            people = baseline()
            bare = timed(arguments.runs, baseline)
        listed = people_due_for_review(db, today, 24)
        full = timed(arguments.runs, lambda: people_due_for_review(db, today, 24))
    finally:
        db.close()

    copy = path.with_name(path.stem + "-erase.sqlite3")
    shutil.copyfile(path, copy)
    db = open_database(copy, daily_backup=False)
    try:
        chosen = [candidate.stakeholder_id for candidate in listed[:arguments.erase]]
        started = time.perf_counter()
        report = erase_people_under_review(db, chosen)
        erase_seconds = time.perf_counter() - started
        left = len(people_due_for_review(db, today, 24))
    finally:
        db.close()
        copy.unlink()

    print(f"accounts: {arguments.accounts}, people: {people}, due for review: {len(listed)}")
    for label, (fastest, median) in (
        ("bare Core SELECT count(*):", bare),
        ("people due for review:", full),
    ):
        print(f"{label:28s}{fastest * 1000:8.1f} ms  (median {median * 1000:.1f} ms)")
    print(f"ratio: {full[0] / bare[0]:.1f}x the bare count")
    print(f"bulk erase of {report.erased} people (one transaction, then VACUUM): "
          f"{erase_seconds:.2f} s; due afterwards: {left}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
