"""Importing accounts: the German Excel list of 500 rows, twice; bad rows; dry runs."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kamdesk.domain.enums import Tier
from kamdesk.domain.import_fields import ACCOUNT_FIELDS, ImportKind
from kamdesk.services.exchange.import_runner import ImportRequest, run_import
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account, TeamMember
from tests.helpers.import_files import (
    COUNTRIES,
    COUNTRY_CODES,
    OWNERS,
    expected_customer_since,
    expected_revenue,
    write_german_csv,
    write_xlsx,
)

pytestmark = pytest.mark.slow


def _accounts(db: Database) -> dict[str, Account]:
    with db.session() as session:
        return {a.name: a for a in session.execute(select(Account)).scalars()}


def test_the_german_excel_list_imports_exactly_and_a_second_import_changes_nothing(
    db: Database, tmp_path: Path
) -> None:
    path = write_german_csv(tmp_path / "Kundenliste.csv", rows=500)
    report = run_import(db, ImportRequest(ImportKind.ACCOUNTS, path))
    assert (report.created, report.updated, report.unchanged, report.rejected) == (500, 0, 0, ())
    assert report.team_members_created == 3
    assert report.preview.mapping.unused() == ("Lieblingsfarbe",)
    accounts = _accounts(db)
    assert len(accounts) == 500
    with db.session() as session:
        owners = dict(session.execute(select(TeamMember.id, TeamMember.name)).all())
    assert sorted(owners.values()) == sorted(OWNERS)
    for index in (0, 7, 123, 499):
        account = accounts[f"Bäckerei Müller & Söhne {index:03d} GmbH"]
        assert account.annual_revenue == expected_revenue(index)
        assert account.customer_since == expected_customer_since(index)
        assert account.country == COUNTRY_CODES[COUNTRIES[index % len(COUNTRIES)]]
        assert account.employees == 1000 + index
        assert account.city == ("Düsseldorf" if index % 3 else "Köln")
        assert account.street == f"Königsallee {index + 1}"
        assert owners[account.owner_id] == OWNERS[index % len(OWNERS)]
        assert account.tier is Tier.STANDARD
    # Text is stored as it was written, formula or not.
    assert accounts["Bäckerei Müller & Söhne 007 GmbH"].notes == (
        '=HYPERLINK("http://evil.example";"Klick")')
    versions = {a.id: a.version for a in accounts.values()}

    again = run_import(db, ImportRequest(ImportKind.ACCOUNTS, path))
    assert (again.created, again.updated, again.unchanged, again.written) == (0, 0, 500, False)
    assert {a.id: a.version for a in _accounts(db).values()} == versions


def test_one_bad_row_stops_the_import_and_names_its_line(db: Database, tmp_path: Path) -> None:
    path = write_german_csv(tmp_path / "k.csv", rows=20,
                            bad={9: (7, "zwölf Mio"), 14: (5, "Atlantis")})
    report = run_import(db, ImportRequest(ImportKind.ACCOUNTS, path))
    assert not report.written
    assert [p.sentence() for p in report.rejected] == [
        "line 11, Jahresumsatz: 'zwölf Mio' is not a number.",
        "line 16, Land: 'Atlantis' is not a country (a name in English or German, or a code "
        "like DE).",
    ]
    assert _accounts(db) == {}
    skipped = run_import(db, ImportRequest(ImportKind.ACCOUNTS, path), skip_invalid=True)
    assert (skipped.created, len(skipped.rejected), skipped.written) == (18, 2, True)
    assert len(_accounts(db)) == 18


def test_a_dry_run_writes_nothing_and_tells_what_would_happen(
    db: Database, tmp_path: Path
) -> None:
    create_account(db, "bäckerei müller & söhne 000 gmbh")  # matched by normalised name
    path = write_german_csv(tmp_path / "k.csv", rows=3)
    report = run_import(db, ImportRequest(ImportKind.ACCOUNTS, path), dry_run=True)
    assert (report.created, report.updated, report.unchanged) == (2, 1, 0)
    assert report.team_members_created == 3
    assert (report.dry_run, report.written) == (True, False)
    assert list(_accounts(db)) == ["bäckerei müller & söhne 000 gmbh"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(TeamMember)) == 0


def test_existing_accounts_are_updated_where_the_file_differs(
    db: Database, tmp_path: Path
) -> None:
    account_id = create_account(db, "Brühl Präzisionsteile AG", Tier.KEY)
    first = _accounts(db)["Brühl Präzisionsteile AG"].version
    path = write_xlsx(tmp_path / "k.xlsx", ("Company", "Industry", "Annual revenue", "Notes"),
                      [("BRÜHL  Präzisionsteile AG", "Maschinenbau", 4500000.5, None),
                       ("Dvořák Strojírny s.r.o.", "Machine tools", 12, "neu")])
    report = run_import(db, ImportRequest(ImportKind.ACCOUNTS, path))
    assert (report.created, report.updated, report.unchanged) == (1, 1, 0)
    accounts = _accounts(db)
    bruehl = accounts["Brühl Präzisionsteile AG"]  # the stored name stays
    assert bruehl.id == account_id and bruehl.version > first  # moved on, from the clock
    assert (bruehl.industry, bruehl.annual_revenue, bruehl.tier) == (
        "Maschinenbau", Decimal("4500000.50"), Tier.KEY)
    assert accounts["Dvořák Strojírny s.r.o."].annual_revenue == Decimal("12.00")


def test_a_file_without_a_name_column_is_refused_with_the_way_out(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "sp500.csv"
    path.write_text("Symbol,Security,GICS Sector\nMMM,3M,Industrials\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="No column holds the account name"):
        run_import(db, ImportRequest(ImportKind.ACCOUNTS, path))
    report = run_import(db, ImportRequest(ImportKind.ACCOUNTS, path, mapping={
        "Security": "name", "GICS Sector": "industry", "Symbol": None}))
    assert report.created == 1
    assert _accounts(db)["3M"].industry == "Industrials"


def test_duplicate_rows_and_too_long_names_are_problems(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text("Firma;Ort\nAcme;Köln\nACME ;Bonn\n" + "x" * 201 + ";Berlin\n",
                    encoding="utf-8")
    report = run_import(db, ImportRequest(ImportKind.ACCOUNTS, path))
    assert [(p.line, p.code) for p in report.rejected] == [(3, "duplicate"), (4, "too_long")]
    assert "appears already on line 2" in report.rejected[0].message


def test_field_lengths_are_those_of_the_database_columns() -> None:
    table = Account.__table__
    for spec in ACCOUNT_FIELDS:
        if spec.max_length is not None and spec.name in table.c:
            assert table.c[spec.name].type.length == spec.max_length, spec.name
