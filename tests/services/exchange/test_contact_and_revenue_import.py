"""Contacts attach to their accounts; revenue goes to account and quarter, long or wide."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from kamdesk.domain.import_fields import ImportKind
from kamdesk.services.exchange.import_runner import ImportRequest, run_import
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.settings.team_and_settings import add_team_member
from kamdesk.store.database import Database
from kamdesk.store.orm import RevenueEntry, Stakeholder
from tests.helpers.import_files import VCARD_3_APPLE, VCARD_4_GOOGLE, VCARD_21_OUTLOOK, write_xlsx

pytestmark = pytest.mark.slow


def _people(db: Database) -> dict[str, Stakeholder]:
    with db.session() as session:
        return {s.name: s for s in session.execute(select(Stakeholder)).scalars()}


def _revenue(db: Database) -> dict[tuple[int, int, int], RevenueEntry]:
    with db.session() as session:
        return {(r.account_id, r.year, r.quarter): r
                for r in session.execute(select(RevenueEntry)).scalars()}


def test_vcards_attach_to_accounts_by_company_and_match_by_email(
    db: Database, tmp_path: Path
) -> None:
    bruehl = create_account(db, "Brühl Präzisionsteile AG")
    kessler = create_account(db, "Kessler Packaging Inc.")
    path = tmp_path / "kontakte.vcf"
    path.write_text(VCARD_3_APPLE + VCARD_4_GOOGLE + VCARD_21_OUTLOOK, encoding="utf-8")
    report = run_import(db, ImportRequest(ImportKind.CONTACTS, path))
    assert (report.created, report.updated, report.rejected) == (3, 0, ())
    people = _people(db)
    assert people["Dr. Henrik Köster"].account_id == bruehl
    assert people["Dr. Henrik Köster"].department == "IT"
    assert people["Mehmet Öztürk"].account_id == kessler
    assert people["Mehmet Öztürk"].notes.endswith('=HYPERLINK("x")')  # stored literally
    again = run_import(db, ImportRequest(ImportKind.CONTACTS, path))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    # The same person under a new name but the same e-mail is the same contact.
    path.write_text(VCARD_4_GOOGLE.replace("FN:Claudia Wendt-Hölzl", "FN:Claudia Hölzl")
                    .replace("TITLE:CFO", "TITLE:CEO"), encoding="utf-8")
    changed = run_import(db, ImportRequest(ImportKind.CONTACTS, path))
    assert (changed.created, changed.updated) == (0, 1)
    assert _people(db)["Claudia Wendt-Hölzl"].title == "CEO"


def test_contacts_from_a_sheet_with_first_and_last_names(db: Database, tmp_path: Path) -> None:
    create_account(db, "Acme")
    add_team_member(db, {"name": "Jo Kam"})
    path = tmp_path / "outlook.csv"
    path.write_text(
        "First Name,Last Name,Company,E-mail Address,Owner\n"
        "Ada,Lovelace,Acme,ada@acme.example,jo kam\n"
        "Alan,Turing,Unknown Corp,alan@x.example,\n"
        ",,Acme,grace@acme.example,New Person\n", encoding="utf-8")
    report = run_import(db, ImportRequest(ImportKind.CONTACTS, path))
    assert [p.sentence() for p in report.rejected] == [
        "line 3, Company: there is no account 'Unknown Corp'; import or create it first."]
    assert not report.written
    skipped = run_import(db, ImportRequest(ImportKind.CONTACTS, path), skip_invalid=True)
    assert (skipped.created, skipped.team_members_created) == (2, 1)
    people = _people(db)
    assert set(people) == {"Ada Lovelace", "grace@acme.example"}
    assert people["Ada Lovelace"].owner_id is not None


def test_a_whole_file_of_contacts_for_one_chosen_account(db: Database, tmp_path: Path) -> None:
    acme = create_account(db, "Acme")
    path = tmp_path / "leute.csv"
    path.write_text("Name;Position;Firma\nGrace Hopper;CTO;\nAda King;CEO;ACME Corp.\n",
                    encoding="utf-8")
    report = run_import(db, ImportRequest(ImportKind.CONTACTS, path, account="Acme"))
    assert (report.created, report.rejected) == (2, ())
    # The chosen account takes every row, however the file spells the company.
    assert {p.account_id for p in _people(db).values()} == {acme}


def test_long_revenue_with_labels_dates_and_year_columns(db: Database, tmp_path: Path) -> None:
    acme = create_account(db, "Acme")
    path = tmp_path / "erp.csv"
    path.write_text(
        "Kunde;Quartal;Umsatz;Plan;Wiederkehrend\n"
        "Acme;Q1 2026;1.234,50;1.000;ja\n"
        "Acme;2026-Q2;2.000,00;;nein\n"
        "ACME;15.08.2026;3.000,00;;\n", encoding="cp1252")
    report = run_import(db, ImportRequest(ImportKind.REVENUE, path))
    assert (report.created, report.rejected) == (3, ())
    entries = _revenue(db)
    assert entries[(acme, 2026, 1)].actual == Decimal("1234.50")
    assert entries[(acme, 2026, 1)].plan == Decimal("1000.00")
    assert entries[(acme, 2026, 1)].recurring is True
    assert entries[(acme, 2026, 3)].actual == Decimal("3000.00")
    again = run_import(db, ImportRequest(ImportKind.REVENUE, path))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)

    years = tmp_path / "years.xlsx"
    write_xlsx(years, ("Account", "Year", "Quarter", "Revenue"),
               [("Acme", 2026, 1, 1500), ("Acme", 2025, "Q4", 99.99)])
    report = run_import(db, ImportRequest(ImportKind.REVENUE, years))
    assert (report.created, report.updated) == (1, 1)
    assert _revenue(db)[(acme, 2026, 1)].actual == Decimal("1500.00")
    assert _revenue(db)[(acme, 2026, 1)].plan == Decimal("1000.00")  # not in the file: kept


def test_one_column_per_quarter(db: Database, tmp_path: Path) -> None:
    acme = create_account(db, "Acme")
    beta = create_account(db, "Beta GmbH")
    path = write_xlsx(tmp_path / "wide.xlsx", ("Kunde", "Q1 2026", "Q2 2026", "Q3 2026"),
                      [("Acme", 100, 200.5, None), ("Beta GmbH", 0, None, 7)])
    report = run_import(db, ImportRequest(ImportKind.REVENUE, path))
    assert (report.created, report.rejected) == (4, ())  # two cells each; empty ones skip
    entries = _revenue(db)
    assert entries[(acme, 2026, 2)].actual == Decimal("200.50")
    assert entries[(beta, 2026, 1)].actual == Decimal("0.00")
    assert (acme, 2026, 3) not in entries


def test_revenue_problems(db: Database, tmp_path: Path) -> None:
    create_account(db, "Acme")
    path = tmp_path / "erp.csv"
    path.write_text("Kunde;Quartal;Umsatz\nAcme;Q1 2026;1\nAcme;1/2026;2\nAcme;irgendwann;3\n"
                    "Acme;Q1 1850;4\n", encoding="utf-8")
    report = run_import(db, ImportRequest(ImportKind.REVENUE, path))
    assert [(p.line, p.code) for p in report.rejected] == [
        (3, "duplicate"), (4, "not_a_period"), (5, "not_a_year")]


def test_dates_in_a_workbook_fall_into_their_quarter(db: Database, tmp_path: Path) -> None:
    acme = create_account(db, "Acme")
    path = write_xlsx(tmp_path / "d.xlsx", ("Kunde", "Datum", "Betrag"),
                      [("Acme", datetime(2026, 11, 30), 10)])
    assert run_import(db, ImportRequest(ImportKind.REVENUE, path)).created == 1
    assert (acme, 2026, 4) in _revenue(db)
