"""The printed portfolio report: gather its data, render it, write it.

Data in, bytes out: :func:`assemble_portfolio_report` runs the portfolio analysis and reads
our company's name, logo and currency in one read-only unit of work and returns a plain
:class:`~kamdesk.domain.portfolio_report.PortfolioReport`; the renderer turns it into PDF
bytes; :func:`export_portfolio` writes the file atomically (a failed export never leaves
half a PDF behind). Language and paper default to the company locale, as for the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kamdesk.domain.document_choices import LANGUAGES, PAPERS
from kamdesk.domain.portfolio_report import AnalysisWindowText, PortfolioReport, ReportAccount
from kamdesk.reports.portfolio_document import PortfolioRenderer
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.export.document_choice_refusals import LANGUAGE, PAPER_SIZE, check_choice
from kamdesk.services.export.plan_export import (
    default_language,
    default_paper,
    write_atomically,
)
from kamdesk.services.portfolio.portfolio_analysis import PortfolioAnalysis, analyse_in_session
from kamdesk.services.portfolio.portfolio_window import TRAILING_TWELVE_MONTHS, WindowChoice
from kamdesk.store.database import Database


@dataclass(frozen=True)
class PortfolioPdf:
    """A rendered portfolio report, with the language and paper it was set in."""

    pdf: bytes
    page_count: int
    lang: str
    paper: str


def assemble_portfolio_report(
    db: Database, window: WindowChoice = TRAILING_TWELVE_MONTHS, today: date | None = None
) -> tuple[PortfolioReport, str]:
    """The report's data and the company locale, in one read-only unit of work."""
    with db.session() as session:
        analysis = analyse_in_session(session, window, today or date.today())
        settings = settings_row(session)
        report = report_from_analysis(
            analysis, company_name=settings.company_name, logo_png=settings.logo_png
        )
        return report, settings.locale


def report_from_analysis(
    analysis: PortfolioAnalysis, *, company_name: str, logo_png: bytes | None
) -> PortfolioReport:
    """Copy what the report prints out of the analysis into plain domain data."""
    window = analysis.window
    settings = analysis.settings
    return PortfolioReport(
        company_name=company_name,
        logo_png=logo_png,
        currency=settings.currency,
        prepared_on=analysis.today,
        window=AnalysisWindowText(
            fiscal_year=window.choice.fiscal_year,
            first_quarter=window.first,
            last_quarter=window.last,
            start=window.start,
            end=window.end,
        ),
        a_threshold=settings.a_threshold,
        b_threshold=settings.b_threshold,
        key_score_threshold=settings.tiers.key_score,
        emerging_score_threshold=settings.tiers.emerging_score,
        total_revenue=analysis.total_revenue,
        previous_total_revenue=analysis.previous_total_revenue,
        top_share=analysis.top_share,
        accounts=tuple(
            ReportAccount(
                account_id=row.account_id,
                rank=row.rank,
                name=row.name,
                owner=row.owner,
                tier=row.tier,
                revenue=row.revenue,
                share=row.share,
                cumulative_share=row.cumulative_share,
                abc_class=row.abc_class,
                score=row.score,
                recommendation=row.recommendation,
                last_contact=row.last_contact,
                next_review_due=row.next_review_due,
                findings=row.findings,
            )
            for row in analysis.accounts
        ),
        portfolio_findings=analysis.portfolio_findings,
    )


def render_portfolio_report(
    db: Database,
    *,
    lang: str | None = None,
    paper: str | None = None,
    window: WindowChoice = TRAILING_TWELVE_MONTHS,
    today: date | None = None,
) -> PortfolioPdf:
    """The portfolio report as PDF; language and paper default to the company locale."""
    check_choice(LANGUAGE, lang, LANGUAGES)
    check_choice(PAPER_SIZE, paper, PAPERS)
    report, locale = assemble_portfolio_report(db, window, today)
    chosen_lang = lang or default_language(locale)
    chosen_paper = paper or default_paper(locale)
    renderer = PortfolioRenderer(report, lang=chosen_lang, paper=chosen_paper)
    pdf = renderer.render()
    return PortfolioPdf(pdf, renderer.page_count, chosen_lang, chosen_paper)


def export_portfolio(
    db: Database,
    destination: Path,
    *,
    lang: str | None = None,
    paper: str | None = None,
    window: WindowChoice = TRAILING_TWELVE_MONTHS,
    today: date | None = None,
) -> PortfolioPdf:
    """Render the portfolio report and write it to ``destination`` whole or not at all."""
    document = render_portfolio_report(db, lang=lang, paper=paper, window=window, today=today)
    write_atomically(destination, document.pdf)
    return document
