"""Baseline for ``kamdesk accounts``: SQLAlchemy Core opens the same file and prints the
same rows (id, name, tier, industry, country, owner, revenue of the last four complete
fiscal quarters), with one hand-written aggregate query and no ORM.

    python core_accounts.py DATABASE
"""

from __future__ import annotations

import sys
from datetime import date

from sqlalchemy import create_engine, text

QUERY = text("""
SELECT a.id, a.name, a.tier, a.industry, a.country, t.name,
       COALESCE(r.total, 0)
FROM account a
LEFT JOIN team_member t ON t.id = a.owner_id
LEFT JOIN (SELECT account_id, SUM(actual) AS total FROM revenue_entry
           WHERE year * 4 + quarter BETWEEN :first AND :last GROUP BY account_id) r
       ON r.account_id = a.id
ORDER BY a.name
""")


def window(start_month: int, today: date) -> tuple[int, int]:
    """The last four complete fiscal quarters as period indexes (year * 4 + quarter)."""
    fiscal_year = today.year if today.month >= start_month else today.year - 1
    quarter = (today.month - start_month) % 12 // 3 + 1
    last = fiscal_year * 4 + quarter - 1  # the quarter before the current one
    return last - 3, last


def main() -> int:
    """Print the rows."""
    engine = create_engine(f"sqlite:///{sys.argv[1]}")
    with engine.connect() as connection:
        start_month = connection.execute(
            text("SELECT fiscal_year_start_month FROM company_settings")).scalar() or 1
        first, last = window(start_month, date.today())
        rows = connection.execute(QUERY, {"first": first, "last": last}).all()
    print("ID  Name  Tier  Industry  Country  Owner  Revenue (4 quarters)")
    for row in rows:
        *fields, cents = row
        print("  ".join("" if value is None else str(value) for value in fields),
              f"{cents / 100:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
