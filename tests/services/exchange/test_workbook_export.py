"""The Excel workbook: typed cells, frozen filtered headers, neutralised text, one account."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kamdesk.domain.enums import Tier
from kamdesk.services.admin.demo_portfolio import create_demo_portfolio
from kamdesk.services.exchange.workbook_export import export_workbook
from kamdesk.services.profile.account_profile_editing import create_account, update_profile
from kamdesk.store.database import Database

pytestmark = pytest.mark.slow
SHEETS_DE = ["Kunden", "Kontakte", "Ziele", "Maßnahmen", "Umsatz je Quartal", "Verkaufschancen",
             "Whitespace"]


def test_the_demo_portfolio_as_a_german_workbook(db: Database, tmp_path: Path) -> None:
    create_demo_portfolio(db, accounts=12, seed=5)
    path = tmp_path / "portfolio.xlsx"
    workbook = export_workbook(db, path, lang="de", today=date(2026, 11, 28))
    book = load_workbook(path)
    assert book.sheetnames == SHEETS_DE
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref == sheet.dimensions, sheet.title
        assert all(sheet.column_dimensions[c].width >= 8 for c in "ABC")
    accounts = book["Kunden"]
    header = [cell.value for cell in accounts[1]]
    assert header[:4] == ["Kunde", "Stufe", "ABC-Klasse", "Punktzahl"]
    assert header[8:12] == ["Q4 2025", "Q1 2026", "Q2 2026", "Q3 2026"]
    names = [row[0].value for row in accounts.iter_rows(min_row=2)]
    assert len(names) == 12 and names == sorted(names, key=str.casefold)
    bruehl = next(row for row in accounts.iter_rows(min_row=2)
                  if row[0].value == "Brühl Präzisionsteile AG")
    assert bruehl[1].value == "Key Account"
    assert bruehl[2].value == "A"
    total = bruehl[header.index("Umsatz letzte 4 Quartale")]
    assert total.data_type == "n" and total.number_format == '#,##0.00 "€"'
    quarters = [bruehl[i].value for i in range(8, 12)]
    assert Decimal(str(total.value)) == sum(Decimal(str(q)) for q in quarters)
    growth = bruehl[header.index("Wachstum")]
    assert growth.number_format == "0.0%" and isinstance(growth.value, float)
    revenue = book["Umsatz je Quartal"]
    first = [cell.value for cell in revenue[2]]
    assert isinstance(first[1], int) and isinstance(first[4], float | int)
    goals = book["Ziele"]
    assert isinstance(goals.cell(row=2, column=10).value, datetime)  # the due date, a date
    assert goals.cell(row=2, column=10).number_format == "DD.MM.YYYY"
    assert workbook.sheet("opportunities").rows


def test_text_that_would_run_as_a_formula_is_neutralised(db: Database, tmp_path: Path) -> None:
    account = create_account(db, "=HYPERLINK(\"http://evil.example\";\"Klick\")", Tier.KEY)
    update_profile(db, account, None, {"industry": "@SUM(1+1)", "city": "-Köln"})
    path = tmp_path / "w.xlsx"
    export_workbook(db, path, lang="en")
    book = load_workbook(path)
    row = [cell for cell in book["Accounts"][2]]
    assert row[0].value == '\'=HYPERLINK("http://evil.example";"Klick")'
    assert row[0].data_type == "s"
    assert row[5].value == "'@SUM(1+1)" and row[6].value == "'-Köln"
    assert [c.value for c in book["Accounts"][1]][:2] == ["Account", "Tier"]


def test_one_account_only(db: Database, tmp_path: Path) -> None:
    create_demo_portfolio(db, accounts=10, seed=5)
    path = tmp_path / "one.xlsx"
    workbook = export_workbook(db, path, account="Brühl Präzisionsteile AG", lang="en")
    assert len(workbook.sheet("accounts").rows) == 1
    for sheet in workbook.sheets:
        assert {row[0] for row in sheet.rows} <= {"Brühl Präzisionsteile AG"}, sheet.key
    assert len(workbook.sheet("contacts").rows) > 3
