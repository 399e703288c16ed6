"""Benchmark: importing 10,000 accounts from a German Excel CSV, against a bare Core insert.

Run: ``python benchmarks/bench_import.py [--rows N] [--repeat R]``. Not a test: it prints
seconds and the ratio (the issue's goal: at most 3×).

The import does everything a user's ``kamdesk import accounts FILE`` does after the
database is open: read and decode the Windows-1252 file, sniff its delimiter, match the
headers, decide the number format, read every cell (decimal-comma money, dd.mm.yyyy dates,
country names), match each row against the stored accounts and team members, create the
owners, and insert in one transaction. The baseline inserts the very same account rows,
already as typed values, with one SQLAlchemy Core ``executemany`` through the same ORM
table (so money is still scaled to cents and timestamps still converted) into an equally
fresh database, in the same process. Both are measured ``--repeat`` times; the best of
each is compared.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert

from kamdesk.domain.import_fields import ImportKind
from kamdesk.services.exchange.import_runner import ImportRequest, run_import
from kamdesk.store.database import open_database
from kamdesk.store.orm import Account, TeamMember

HEADER = "Firma;Branche;Straße;PLZ;Ort;Land;Kunde seit;Jahresumsatz;Mitarbeiter;Verantwortlich"
OWNERS = ("Jörg Weiß", "Anja Schäfer", "Søren Ødegård", "Lena Brandt")
COUNTRIES = (("Deutschland", "DE"), ("Österreich", "AT"), ("Schweiz", "CH"), ("France", "FR"))


def typed_row(index: int) -> dict[str, Any]:
    """Row ``index`` as the database receives it."""
    return {
        "name": f"Müller & Söhne Präzision {index:05d} GmbH",
        "industry": "Maschinenbau",
        "street": f"Königsallee {index % 200 + 1}",
        "postal_code": f"{40210 + index % 90:05d}",
        "city": "Düsseldorf",
        "country": COUNTRIES[index % 4][1],
        "customer_since": date(2000 + index % 25, index % 12 + 1, index % 28 + 1),
        "annual_revenue": Decimal(1_234_567) + Decimal(index) + Decimal("0.89"),
        "employees": 100 + index % 5000,
    }


def write_csv(path: Path, rows: int) -> None:
    """The German list as Excel saves it: Windows-1252, semicolons, decimal commas."""
    lines = [HEADER]
    for index in range(rows):
        row = typed_row(index)
        whole, cents = divmod(int(row["annual_revenue"] * 100), 100)
        lines.append(";".join((
            row["name"], row["industry"], row["street"], row["postal_code"], row["city"],
            COUNTRIES[index % 4][0], row["customer_since"].strftime("%d.%m.%Y"),
            f"{whole:,}".replace(",", ".") + f",{cents:02d}",
            f"{row['employees']:,}".replace(",", "."), OWNERS[index % 4],
        )))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def time_import(folder: Path, csv_path: Path, attempt: int) -> float:
    """Seconds for the whole import into a fresh database (opening it not counted)."""
    db = open_database(folder / f"import-{attempt}.sqlite3", daily_backup=False)
    try:
        started = time.perf_counter()
        report = run_import(db, ImportRequest(ImportKind.ACCOUNTS, csv_path))
        seconds = time.perf_counter() - started
    finally:
        db.close()
    assert report.created > 0 and not report.rejected, report.rejected[:3]
    return seconds


def time_core_insert(folder: Path, rows: int, attempt: int) -> float:
    """Seconds for one Core executemany of the same typed rows (and the four owners)."""
    db = open_database(folder / f"core-{attempt}.sqlite3", daily_backup=False)
    now = datetime.now(UTC)
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    data = [{**typed_row(index), **stamp, "owner_id": index % 4 + 1} for index in range(rows)]
    try:
        started = time.perf_counter()
        with db.engine.begin() as connection:
            connection.execute(insert(cast(Table, TeamMember.__table__)),
                               [{"name": name, **stamp} for name in OWNERS])
            connection.execute(insert(cast(Table, Account.__table__)), data)
        return time.perf_counter() - started
    finally:
        db.close()


def main() -> None:
    """Run both measurements and print their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        csv_path = folder / "Kundenliste.csv"
        write_csv(csv_path, args.rows)
        imports, cores = [], []
        for attempt in range(args.repeat):
            cores.append(time_core_insert(folder, args.rows, attempt))
            imports.append(time_import(folder, csv_path, attempt))
    best_import, best_core = min(imports), min(cores)
    print(f"import of {args.rows} accounts from CSV: best {best_import:.3f} s, "
          f"median {statistics.median(imports):.3f} s")
    print(f"bare Core executemany of the same rows: best {best_core:.3f} s, "
          f"median {statistics.median(cores):.3f} s")
    print(f"ratio import / Core insert: {best_import / best_core:.2f}× (goal: ≤ 3×)")


if __name__ == "__main__":
    main()
