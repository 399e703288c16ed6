"""Baseline for ``kamdesk portfolio``: SQLAlchemy Core runs the revenue aggregate of the
last four complete fiscal quarters and prints each account's share, highest first.

    python core_portfolio.py DATABASE
"""

from __future__ import annotations

import sys
from datetime import date

from core_accounts import window
from sqlalchemy import create_engine, text

QUERY = text("""
SELECT a.id, a.name, COALESCE(SUM(r.actual), 0) AS total
FROM account a
LEFT JOIN revenue_entry r ON r.account_id = a.id AND r.year * 4 + r.quarter BETWEEN :first AND :last
GROUP BY a.id, a.name
ORDER BY total DESC, a.name
""")


def main() -> int:
    """Print rank, account and share."""
    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    with engine.connect() as connection:
        start_month = connection.execute(
            text("SELECT fiscal_year_start_month FROM company_settings")).scalar() or 1
        first, last = window(start_month, date.today())
        rows = connection.execute(QUERY, {"first": first, "last": last}).all()
    total = sum(row[2] for row in rows) or 1
    cumulative = 0
    for rank, (account_id, name, cents) in enumerate(rows, 1):
        cumulative += cents
        print(f"{rank}  {account_id}  {name}  {cents / 100:,.2f}  {cents / total:.1%}  "
              f"{cumulative / total:.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
