"""``kamdesk portfolio`` and ``kamdesk export portfolio``: the analysis, on screen or as PDF.

One row per account, highest revenue first. Tables are for people (shares as percentages),
CSV and JSON for programs (shares as fractions, four places); the PDF is the formal
portfolio report (:mod:`kamdesk.services.export.portfolio_report`).
"""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamdesk.cli.database_option import open_chosen_database
from kamdesk.domain.document_choices import LANGUAGES, PAPERS

if TYPE_CHECKING:
    from kamdesk.domain.guardrails import GuardrailFinding
    from kamdesk.services.portfolio.portfolio_analysis import PortfolioAccount, PortfolioAnalysis
    from kamdesk.services.portfolio.portfolio_window import WindowChoice

FIELDS = (
    "rank",
    "account_id",
    "account",
    "revenue",
    "share",
    "cumulative_share",
    "abc_class",
    "score",
    "recommended_tier",
    "tier",
    "last_contact",
    "warnings",
)
TABLE_HEADER = (
    "#", "ID", "Account", "Revenue", "Share", "Cum.", "ABC", "Score", "Recommended", "Tier",
    "Last contact", "Warnings",
)
FRACTION_PLACES = Decimal("0.0001")


def register(subparsers: Any) -> None:
    """Add ``portfolio``."""
    parser = subparsers.add_parser(
        "portfolio", help="Pareto/ABC analysis, scores, recommended tiers and warnings"
    )
    add_window_option(parser)
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.set_defaults(handler=run_portfolio)


def register_export(export_subparsers: Any) -> None:
    """Add ``export portfolio``."""
    parser = export_subparsers.add_parser("portfolio", help="the portfolio report as PDF")
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument("--lang", dest="document_lang", choices=LANGUAGES,
                        help="document language (default: --lang, else the company locale)")
    parser.add_argument("--paper", choices=PAPERS,
                        help="paper size (default: from the company locale)")
    add_window_option(parser)
    parser.set_defaults(handler=run_export_portfolio)


def run_export_portfolio(arguments: argparse.Namespace) -> int:
    """Render the portfolio report and write it atomically."""
    from kamdesk.services.export.portfolio_report import export_portfolio

    db = open_chosen_database(arguments)
    try:
        document = export_portfolio(
            db,
            arguments.output.expanduser().absolute(),
            lang=arguments.document_lang or arguments.lang,
            paper=arguments.paper,
            window=arguments.window,
        )
    finally:
        db.close()
    pages = document.page_count
    print(f"Wrote {arguments.output} ({pages} {'page' if pages == 1 else 'pages'}).")
    return 0


def add_window_option(parser: argparse.ArgumentParser) -> None:
    """The ``--window ttm|fyYYYY`` option, checked while the arguments are parsed."""
    # A string default goes through ``type`` like a typed value, so the window's module is
    # loaded only when a command that needs it runs, not by ``--help``.
    parser.add_argument(
        "--window",
        type=window_argument,
        default="ttm",
        metavar="ttm|fyYYYY",
        help="the last four complete fiscal quarters (ttm, the default) or a fiscal year, "
        "e.g. fy2024",
    )


def window_argument(text: str) -> WindowChoice:
    """An argparse type: a bad window is a usage error (exit 2) with the reason."""
    from kamdesk.services.portfolio.portfolio_window import parse_window

    try:
        return parse_window(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def run_portfolio(arguments: argparse.Namespace) -> int:
    """Print the analysis as a table, CSV or JSON."""
    from kamdesk.cli.command_collector import uncollected

    # The process ends after printing: 10,000 accounts' rows need no collection on the way
    # (measured whole process on 10,000 accounts: median 2.32 s with it, 1.84 s without).
    with uncollected(arguments.db):
        return _print_portfolio(arguments)


def _print_portfolio(arguments: argparse.Namespace) -> int:
    from kamdesk.cli.output import print_csv, print_json
    from kamdesk.services.portfolio.portfolio_analysis import analyse_portfolio

    db = open_chosen_database(arguments)
    try:
        analysis = analyse_portfolio(db, arguments.window)
    finally:
        db.close()
    # Records only for the formats that print them: 10,000 of them cost 0.3 s for nothing
    # when the table is printed.
    if arguments.format == "json":
        print_json(
            {
                "window": window_record(analysis),
                "accounts": [account_record(row) for row in analysis.accounts],
                "warnings": [finding_text(finding) for finding in analysis.portfolio_findings],
            }
        )
    elif arguments.format == "csv":
        records = [account_record(row) for row in analysis.accounts]
        print_csv(FIELDS, [[record[name] for name in FIELDS] for record in records])
    else:
        print_analysis_table(analysis)
    return 0


def print_analysis_table(analysis: PortfolioAnalysis) -> None:
    """The analysis for people: the ranked table, then every warning on a line of its own."""
    from kamdesk.cli.output import print_table

    window = analysis.window
    print(f"Window {window.label} ({window.start} – {window.end}): revenue "
          f"{money(analysis.total_revenue)} {analysis.settings.currency}; the top 20 % of "
          f"accounts earn {percent(analysis.top_share)} of it.")
    rows = [
        [row.rank, row.account_id, row.name, money(row.revenue), percent(row.share),
         percent(row.cumulative_share), row.abc_class.value,
         "" if row.score is None else f"{row.score:.1f}", row.recommendation.tier.value,
         row.tier.value, row.last_contact, len(row.findings) or ""]
        for row in analysis.accounts
    ]
    print_table(TABLE_HEADER, rows)
    warnings = [finding_text(f) for f in analysis.portfolio_findings] + [
        finding_text(f) for row in analysis.accounts for f in row.findings
    ]
    if warnings:
        # One write for thousands of lines, not a print (and a flush check) per line.
        sys.stdout.write(f"\n{len(warnings)} warnings:\n"
                         + "".join(f"- {text}\n" for text in warnings))


def account_record(row: PortfolioAccount) -> dict[str, Any]:
    """One account's row, with plain values."""
    return {
        "rank": row.rank,
        "account_id": row.account_id,
        "account": row.name,
        "revenue": row.revenue,
        "share": row.share.quantize(FRACTION_PLACES),
        "cumulative_share": row.cumulative_share.quantize(FRACTION_PLACES),
        "abc_class": row.abc_class.value,
        "score": row.score,
        "recommended_tier": row.recommendation.tier.value,
        "tier": row.tier.value,
        "last_contact": row.last_contact,
        "reasons": [reason.english() for reason in row.recommendation.reasons],
        "warnings": [finding_text(finding) for finding in row.findings],
    }


def window_record(analysis: PortfolioAnalysis) -> dict[str, Any]:
    """The analysed window and the portfolio totals."""
    window = analysis.window
    return {
        "choice": window.choice.text,
        "label": window.label,
        "start": window.start,
        "end": window.end,
        "quarters": [f"{year}-Q{quarter}" for year, quarter in window.quarters],
        "total_revenue": analysis.total_revenue,
        "previous_total_revenue": analysis.previous_total_revenue,
        "growth": analysis.growth,
        "top_20_percent_share": analysis.top_share.quantize(FRACTION_PLACES),
        "currency": analysis.settings.currency,
    }


def finding_text(finding: GuardrailFinding) -> str:
    """A guardrail finding in English (the domain writes its shares as percentages)."""
    return finding.english()


def money(amount: Decimal) -> str:
    """An amount with thousands separators and cents, e.g. ``1,234.50``."""
    return f"{amount:,.2f}"


def percent(fraction: Decimal) -> str:
    """A fraction as a percentage with one decimal, e.g. ``12.5 %``."""
    return f"{(fraction * 100).quantize(Decimal('0.1'))} %"  # 0.2 → "20.0 %"
