"""Assembling, rendering and writing the portfolio report from a hand-built database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.domain.enums import Tier
from kamdesk.domain.pareto import AbcClass
from kamdesk.services.export.portfolio_report import (
    assemble_portfolio_report,
    export_portfolio,
    render_portfolio_report,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import StorageError, ValidationError
from kamdesk.store.orm import CompanySettings, TeamMember
from tests.reports.pdf_helpers import flat
from tests.services.export.test_plan_export import unwritable_folder
from tests.services.portfolio.test_portfolio_analysis import (
    TODAY,
    add_account,
    add_revenue,
    add_scores,
)

__all__ = ["unwritable_folder"]  # the fixture


def build_five(db: Database, *, locale: str = "de_DE") -> dict[str, int]:
    """Five accounts earning 800/100/50/30/20 in the window (2024 Q2 – 2025 Q1)."""
    with db.session() as s:
        s.add(CompanySettings(id=1, company_name="Nordlicht GmbH", locale=locale))
        s.add(TeamMember(name="Anna Berg", capacity=3))
    ids = {}
    for name, tier, amount in (
        ("Alpha", Tier.KEY, "800.00"),
        ("Beta", Tier.KEY, "100.00"),
        ("Gamma", Tier.STANDARD, "50.00"),
        ("Delta", Tier.STANDARD, "30.00"),
        ("Epsilon", Tier.STANDARD, "20.00"),
    ):
        ids[name] = add_account(db, name, tier)
        add_revenue(db, ids[name], (2024, 3, amount), (2023, 3, "10.00"))
    add_scores(db, ids["Alpha"], date(2025, 1, 10), revenue_share=5, clv=5, relationship=4)
    return ids


def test_the_report_holds_ranking_classes_and_key_accounts(db: Database) -> None:
    ids = build_five(db)
    report, locale = assemble_portfolio_report(db, today=TODAY)
    assert locale == "de_DE"
    assert report.company_name == "Nordlicht GmbH"
    assert report.prepared_on == TODAY
    assert (report.window.first_quarter, report.window.last_quarter) == ((2024, 2), (2025, 1))
    assert [(a.name, a.revenue, a.share, a.abc_class) for a in report.accounts] == [
        ("Alpha", Decimal("800.00"), Decimal("0.8"), AbcClass.A),
        ("Beta", Decimal("100.00"), Decimal("0.1"), AbcClass.B),
        ("Gamma", Decimal("50.00"), Decimal("0.05"), AbcClass.B),
        ("Delta", Decimal("30.00"), Decimal("0.03"), AbcClass.C),
        ("Epsilon", Decimal("20.00"), Decimal("0.02"), AbcClass.C),
    ]
    assert [a.account_id for a in report.key_accounts] == [ids["Alpha"], ids["Beta"]]
    assert report.total_revenue == Decimal("1000.00")
    assert report.growth == Decimal("19.0000")  # 1,000 against 50 the year before
    codes = {f.code for f in report.portfolio_findings}
    assert "too_many_key_accounts" in codes  # 2 of 5 are key, more than 20 %
    assert report.accounts[0].findings  # Alpha: 80 % of revenue, no goals, …


def test_language_and_paper_follow_the_company_locale(db: Database) -> None:
    build_five(db, locale="en_US")
    document = render_portfolio_report(db, today=TODAY)
    assert (document.lang, document.paper) == ("en", "letter")
    assert document.page_count >= 3
    text = flat(document.pdf).replace("\xa0", " ")
    assert "1 Alpha €800.00 80.0% 80.0% A" in text
    german = render_portfolio_report(db, lang="de", paper="a4", today=TODAY)
    assert "1 Alpha 800,00 € 80,0 % 80,0 % A" in flat(german.pdf).replace("\xa0", " ")


def test_unknown_language_or_paper_is_one_sentence(db: Database) -> None:
    with pytest.raises(ValidationError, match=r"^Unknown paper size 'a3'; use one of a4, letter"):
        render_portfolio_report(db, paper="a3")
    with pytest.raises(ValidationError, match=r"^Unknown language 'fr'"):
        render_portfolio_report(db, lang="fr")


def test_export_writes_the_file_whole(db: Database, tmp_path: Path) -> None:
    build_five(db)
    folder = tmp_path / "out"
    folder.mkdir()
    destination = folder / "portfolio.pdf"
    document = export_portfolio(db, destination, today=TODAY)
    assert destination.read_bytes() == document.pdf
    assert document.pdf.startswith(b"%PDF")
    assert [p.name for p in folder.iterdir()] == ["portfolio.pdf"]  # no temporary left


def test_export_into_an_unwritable_folder_is_one_sentence(
    db: Database, unwritable_folder: Path
) -> None:
    with pytest.raises(StorageError, match=r"^Could not write .*portfolio\.pdf: "):
        export_portfolio(db, unwritable_folder / "portfolio.pdf", today=TODAY)
