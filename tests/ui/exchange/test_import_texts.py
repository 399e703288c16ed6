"""Every problem the import engine can report has a sentence in the app's language."""

from __future__ import annotations

from kamdesk.domain import (
    country_codes,
    import_records,
    import_values,
    pasted_numbers,
    quarter_labels,
    spreadsheet_dates,
)
from kamdesk.domain.import_records import RowProblem
from kamdesk.services.exchange import revenue_import, vcard_reading
from kamdesk.services.exchange.import_runner import MISSING_SENTENCES
from kamdesk.ui.exchange.import_texts import missing_text, problem_text

CODES = {
    pasted_numbers.NOT_A_NUMBER, pasted_numbers.NEGATIVE, pasted_numbers.TOO_MANY_PLACES,
    pasted_numbers.NOT_A_QUARTER, pasted_numbers.NOT_A_YEAR, pasted_numbers.NOT_A_FLAG,
    spreadsheet_dates.NOT_A_DATE, spreadsheet_dates.AMBIGUOUS_DATE,
    quarter_labels.NOT_A_PERIOD, country_codes.NOT_A_COUNTRY,
    import_values.NOT_A_WHOLE_NUMBER, import_values.TOO_LONG, import_values.NOT_A_TIER,
    import_values.NOT_A_CADENCE, import_values.NOT_A_TIME_ZONE, import_values.NOT_AN_EMAIL,
    import_records.REQUIRED, import_records.DUPLICATE, import_records.UNKNOWN_ACCOUNT,
    import_records.NO_ACCOUNT, import_records.NO_PERIOD, revenue_import.NOT_A_YEAR,
    vcard_reading.UNREADABLE_CARD,
}


def test_every_problem_code_has_a_sentence() -> None:
    for code in CODES:
        problem = RowProblem(3, "Umsatz", code, "zwölf", "ENGLISH FALLBACK", "7")
        text = problem_text(problem)
        assert text != "ENGLISH FALLBACK", code
        assert "%1" not in text and "%2" not in text, code


def test_the_cell_and_detail_fill_the_sentence() -> None:
    problem = RowProblem(11, "Jahresumsatz", "duplicate", "Acme", "…", "4")
    assert problem_text(problem) == "“Acme” appears already on line 4."


def test_every_missing_column_has_a_sentence() -> None:
    for code in MISSING_SENTENCES:
        assert missing_text(code) != code
