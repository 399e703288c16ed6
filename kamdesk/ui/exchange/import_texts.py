"""What the import wizard says, in the user's language: fields, problems, missing columns.

The import engine names problems by stable codes with the cell's text and a detail (a line,
a length); these functions turn them into translated sentences, so that the wizard speaks
German as well as English while the command line keeps the engine's English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.import_fields import ImportKind
from kamdesk.domain.import_records import RowProblem

# lupdate collects the literal strings of every translate("Context", "…") call.
translate = QCoreApplication.translate


def kind_label(kind: ImportKind) -> str:
    """What a file of this kind holds."""
    return {
        ImportKind.ACCOUNTS: translate("ImportTexts", "Accounts"),
        ImportKind.CONTACTS: translate("ImportTexts", "Contacts"),
        ImportKind.REVENUE: translate("ImportTexts", "Revenue per quarter"),
    }[kind]


def field_label(name: str) -> str:
    """A field's name as the mapping shows it."""
    labels = {
        "name": translate("ImportTexts", "Name"),
        "legal_name": translate("ImportTexts", "Legal name"),
        "industry": translate("ImportTexts", "Industry"),
        "employees": translate("ImportTexts", "Employees"),
        "annual_revenue": translate("ImportTexts", "Annual revenue"),
        "street": translate("ImportTexts", "Street"),
        "postal_code": translate("ImportTexts", "Postal code"),
        "city": translate("ImportTexts", "City"),
        "country": translate("ImportTexts", "Country"),
        "time_zone": translate("ImportTexts", "Time zone"),
        "website": translate("ImportTexts", "Website"),
        "tier": translate("ImportTexts", "Tier"),
        "owner": translate("ImportTexts", "Owner"),
        "customer_since": translate("ImportTexts", "Customer since"),
        "review_cadence": translate("ImportTexts", "Review cadence"),
        "business_plan": translate("ImportTexts", "Business plan"),
        "target_audience": translate("ImportTexts", "Target audience"),
        "usp": translate("ImportTexts", "USP"),
        "notes": translate("ImportTexts", "Notes"),
        "first_name": translate("ImportTexts", "First name"),
        "last_name": translate("ImportTexts", "Last name"),
        "account": translate("ImportTexts", "Account"),
        "title": translate("ImportTexts", "Title"),
        "department": translate("ImportTexts", "Department"),
        "email": translate("ImportTexts", "E-mail"),
        "phone": translate("ImportTexts", "Phone"),
        "last_contact": translate("ImportTexts", "Last contact"),
        "period": translate("ImportTexts", "Quarter (label or date)"),
        "year": translate("ImportTexts", "Fiscal year"),
        "quarter": translate("ImportTexts", "Quarter"),
        "actual": translate("ImportTexts", "Actual revenue"),
        "plan": translate("ImportTexts", "Plan"),
        "recurring": translate("ImportTexts", "Recurring"),
    }
    return labels.get(name, name)


def quarter_column_label(year: int, quarter: int) -> str:
    """The target of one column of a one-column-per-quarter sheet."""
    return (
        translate("ImportTexts", "Actual revenue Q%1 %2")
        .replace("%1", str(quarter))
        .replace("%2", str(year))
    )


def missing_text(code: str) -> str:
    """Why the file cannot be imported as it is mapped."""
    return {
        "account_name": translate(
            "ImportTexts", "No column holds the account name: choose one below."
        ),
        "contact_name": translate(
            "ImportTexts", "No column holds the contact's name: choose one below."
        ),
        "account": translate(
            "ImportTexts",
            "No column names the account: choose one below, or one account for the whole file.",
        ),
        "period": translate("ImportTexts", "No column names the quarter: choose one below."),
        "amount": translate("ImportTexts", "No column holds an amount: choose one below."),
    }.get(code, code)


def problem_text(problem: RowProblem) -> str:
    """One problem of a row, as a sentence (the line and column are shown beside it)."""
    templates = {
        "not_a_number": translate("ImportTexts", "“%1” is not a number."),
        "negative": translate(
            "ImportTexts", "“%1” is negative; only amounts of zero or more are allowed."
        ),
        "too_many_places": translate("ImportTexts", "“%1” has more than %2 decimal places."),
        "not_a_whole_number": translate("ImportTexts", "“%1” is not a whole number."),
        "not_a_quarter": translate("ImportTexts", "“%1” is not a quarter (1 to 4)."),
        "not_a_year": translate("ImportTexts", "“%1” is not a year between 1900 and 2200."),
        "not_a_flag": translate("ImportTexts", "“%1” is neither yes nor no."),
        "not_a_date": translate("ImportTexts", "“%1” is not a date."),
        "ambiguous_date": translate(
            "ImportTexts", "“%1” can be read as day/month or month/day; choose the date order."
        ),
        "not_a_period": translate(
            "ImportTexts", "“%1” is not a quarter such as “Q3 2026” or “2026-Q3”."
        ),
        "not_a_country": translate("ImportTexts", "“%1” is not a country."),
        "too_long": translate("ImportTexts", "“%1” is longer than %2 characters."),
        "not_a_tier": translate(
            "ImportTexts", "“%1” is not a tier (key, emerging, standard or archived)."
        ),
        "not_a_cadence": translate("ImportTexts", "“%1” is not a review cadence."),
        "not_a_time_zone": translate(
            "ImportTexts", "“%1” is not a time zone such as Europe/Berlin."
        ),
        "not_an_email": translate("ImportTexts", "“%1” is not an e-mail address."),
        "required": translate("ImportTexts", "The name is empty."),
        "duplicate": translate("ImportTexts", "“%1” appears already on line %2."),
        "unknown_account": translate(
            "ImportTexts", "There is no account “%1”; import or create it first."
        ),
        "no_account": translate("ImportTexts", "No account is named for this row."),
        "no_period": translate("ImportTexts", "The row names no quarter."),
        "unreadable_card": translate("ImportTexts", "This vCard cannot be read."),
    }
    template = templates.get(problem.code)
    if template is None:
        return problem.message
    return template.replace("%1", problem.text[:80]).replace("%2", problem.detail)


def encoding_label(encoding: str | None) -> str:
    """A text encoding as people know it."""
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": translate("ImportTexts", "UTF-8 with BOM"),
        "utf-16": "UTF-16",
        "cp1252": translate("ImportTexts", "Windows-1252 (Western Europe)"),
    }.get(encoding or "", encoding or "")


def delimiter_label(delimiter: str) -> str:
    """A CSV delimiter as people know it."""
    return {
        ";": translate("ImportTexts", "Semicolon ( ; )"),
        ",": translate("ImportTexts", "Comma ( , )"),
        "\t": translate("ImportTexts", "Tab"),
    }.get(delimiter, delimiter)
