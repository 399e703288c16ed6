"""Headers in German and English find their fields; unknown columns are listed."""

from __future__ import annotations

import pytest

from kamdesk.domain.header_matching import ColumnTarget, MappingError, match_columns
from kamdesk.domain.import_fields import ImportKind, header_key


def test_header_keys_ignore_case_punctuation_and_units() -> None:
    assert header_key("E-Mail-Adresse") == header_key("e mail  adresse")
    assert header_key("Jahresumsatz (EUR)") == "jahresumsatz"
    assert header_key("Straße*") == header_key("Strasse") == "strasse"


def test_german_account_headers() -> None:
    header = ("Firma", "Branche", "Ort", "Land", "Kunde seit", "Jahresumsatz (EUR)",
              "Verantwortlich", "Notiz", "Mitarbeiter", "PLZ", "Straße", "Lieblingsfarbe")
    mapping = match_columns(ImportKind.ACCOUNTS, header)
    assert mapping.as_dict() == {
        "Firma": "name", "Branche": "industry", "Ort": "city", "Land": "country",
        "Kunde seit": "customer_since", "Jahresumsatz (EUR)": "annual_revenue",
        "Verantwortlich": "owner", "Notiz": "notes", "Mitarbeiter": "employees",
        "PLZ": "postal_code", "Straße": "street", "Lieblingsfarbe": None,
    }
    assert mapping.unused() == ("Lieblingsfarbe",)


def test_english_headers_and_the_first_of_two_columns_wins() -> None:
    header = ("Company", "Industry", "City", "Country", "Customer since", "Annual revenue",
              "Owner", "Notes", "Employees", "Website", "Account")
    mapping = match_columns(ImportKind.ACCOUNTS, header)
    assert mapping.column_of("name") == 0
    assert mapping.as_dict()["Account"] is None  # "Account" means the name too: listed
    assert mapping.has("website")


def test_outlook_contact_export_headers() -> None:
    header = ("First Name", "Last Name", "Company", "Job Title", "E-mail Address",
              "Business Phone", "Mobile Phone", "Department")
    mapping = match_columns(ImportKind.CONTACTS, header)
    assert mapping.as_dict() == {
        "First Name": "first_name", "Last Name": "last_name", "Company": "account",
        "Job Title": "title", "E-mail Address": "email", "Business Phone": "phone",
        "Mobile Phone": None, "Department": "department",
    }


def test_quarter_columns_of_a_wide_revenue_sheet() -> None:
    mapping = match_columns(ImportKind.REVENUE, ("Kunde", "Q1 2026", "2026-Q2", "3/2026"))
    assert mapping.quarter_columns() == ((1, (2026, 1)), (2, (2026, 2)), (3, (2026, 3)))
    assert mapping.targets[1] == ColumnTarget("actual", (2026, 1))


def test_the_users_mapping_overrides_and_ignores() -> None:
    header = ("Symbol", "Security", "GICS Sector", "Headquarters Location", "Founded")
    mapping = match_columns(ImportKind.ACCOUNTS, header, {
        "Security": "name", "GICS Sector": "industry", "Headquarters Location": "city",
        "Symbol": None,
    })
    assert mapping.as_dict() == {
        "Symbol": None, "Security": "name", "GICS Sector": "industry",
        "Headquarters Location": "city", "Founded": None,
    }


def test_a_mapping_that_cannot_apply_is_refused_with_the_reason() -> None:
    with pytest.raises(MappingError, match="does not have"):
        match_columns(ImportKind.ACCOUNTS, ("Firma",), {"Kundenname": "name"})
    with pytest.raises(MappingError, match="not a field of accounts"):
        match_columns(ImportKind.ACCOUNTS, ("Firma",), {"Firma": "nom"})
    with pytest.raises(MappingError, match="more than one column"):
        match_columns(ImportKind.ACCOUNTS, ("A", "B"), {"A": "name", "B": "name"})
