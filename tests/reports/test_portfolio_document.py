"""The portfolio report PDF: read back with pypdf, in both languages, on both papers."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kamdesk.domain.enums import Tier
from kamdesk.domain.guardrails import GuardrailFinding, Severity
from kamdesk.domain.pareto import abc_analysis
from kamdesk.domain.portfolio_report import AnalysisWindowText, PortfolioReport, ReportAccount
from kamdesk.domain.tiering import recommend_tier
from kamdesk.reports.portfolio_document import PortfolioRenderer, render_portfolio
from tests.reports.pdf_helpers import flat, font_files, page_texts, reader, squeezed

TODAY = date(2025, 5, 15)
HOSTILE = '<b>Evil</b> & "Co" {name} a<b'


def make_report(
    revenues: Sequence[tuple[str, Decimal, Tier, Decimal | None]],
    *,
    findings: dict[str, tuple[GuardrailFinding, ...]] | None = None,
    portfolio_findings: tuple[GuardrailFinding, ...] = (),
) -> PortfolioReport:
    """A report over (name, revenue, tier, score) rows, ranked and classed by the domain."""
    by_name = {name: (tier, score) for name, _, tier, score in revenues}
    ranking = abc_analysis([(name, revenue) for name, revenue, _, _ in revenues])
    accounts = []
    for place in ranking:
        tier, score = by_name[place.key]
        accounts.append(
            ReportAccount(
                account_id=place.rank,
                rank=place.rank,
                name=place.key,
                owner="Anna Berg" if tier is Tier.KEY else None,
                tier=tier,
                revenue=place.revenue,
                share=place.share,
                cumulative_share=place.cumulative_share,
                abc_class=place.abc_class,
                score=score,
                recommendation=recommend_tier(place.abc_class, score, None, current_tier=tier),
                last_contact=date(2025, 4, 30),
                next_review_due=date(2025, 5, 1) if tier is Tier.KEY else None,
                findings=(findings or {}).get(place.key, ()),
            )
        )
    total = sum((max(r, Decimal(0)) for _, r, _, _ in revenues), Decimal("0.00"))
    return PortfolioReport(
        company_name="Nordlicht & Söhne GmbH",
        logo_png=None,
        currency="EUR",
        prepared_on=TODAY,
        window=AnalysisWindowText(None, (2024, 2), (2025, 1), date(2024, 4, 1), date(2025, 3, 31)),
        a_threshold=Decimal("0.80"),
        b_threshold=Decimal("0.95"),
        key_score_threshold=Decimal(60),
        emerging_score_threshold=Decimal(50),
        total_revenue=total,
        previous_total_revenue=total / 2,
        top_share=accounts[0].cumulative_share if accounts else Decimal(0),
        accounts=tuple(accounts),
        portfolio_findings=portfolio_findings,
    )


def five_accounts() -> PortfolioReport:
    """800/100/50/30/20 of 1,000: shares 80/10/5/3/2 %, classes A B B C C."""
    dependence = GuardrailFinding(
        "revenue_dependence", 1,
        {"name": "Alpha Werke", "share": Decimal("0.8000"), "max_share": Decimal("0.20")},
    )
    neglected = GuardrailFinding(
        "neglected_account", 5,
        {"name": HOSTILE, "tier": "standard", "allowed_days": 120, "days_since": 200,
         "last_interaction": date(2024, 10, 27)},
        Severity.NOTICE,
    )
    too_many = GuardrailFinding(
        "too_many_key_accounts", None,
        {"key_count": 2, "active_count": 5, "share": Decimal("0.4000"),
         "max_share": Decimal("0.20")},
    )
    return make_report(
        [
            ("Alpha Werke", Decimal("800.00"), Tier.KEY, Decimal("81.2")),
            ("Beta AG", Decimal("100.00"), Tier.KEY, Decimal("40.0")),
            ("Gamma GmbH", Decimal("50.00"), Tier.STANDARD, Decimal("20.0")),
            ("Delta KG", Decimal("30.00"), Tier.STANDARD, None),
            (HOSTILE, Decimal("20.00"), Tier.STANDARD, Decimal("10.0")),
        ],
        findings={"Alpha Werke": (dependence,), HOSTILE: (neglected,)},
        portfolio_findings=(too_many,),
    )


def text_of(pdf: bytes) -> str:
    """All text, whitespace (including no-break spaces) collapsed to one space."""
    return re.sub(r"\s+", " ", flat(pdf).replace("\xa0", " "))


@pytest.fixture(scope="module")
def english() -> bytes:
    return render_portfolio(five_accounts(), lang="en", paper="letter")


@pytest.fixture(scope="module")
def german() -> bytes:
    return render_portfolio(five_accounts(), lang="de", paper="a4")


def test_titles_and_sections_in_both_languages(english: bytes, german: bytes) -> None:
    en, de = text_of(english), text_of(german)
    for title in ("Portfolio report", "Portfolio at a glance", "Pareto analysis", "Key accounts",
                  "Tiers and recommendations", "Warnings", "Ranking by revenue",
                  "Confidential — internal", "Page 2 of"):
        assert title in en, title
    for title in ("Portfolio-Bericht", "Portfolio im Überblick", "Pareto-Analyse", "Key Accounts",
                  "Einstufung und Empfehlungen", "Warnhinweise", "Rangfolge nach Umsatz",
                  "Vertraulich — intern", "Seite 2 von"):
        assert title in de, title
    assert "Portfolio report" not in de and "Ranking by revenue" not in de


def test_cover_names_company_window_and_date(english: bytes, german: bytes) -> None:
    en_cover, de_cover = page_texts(english)[0], page_texts(german)[0]
    assert "Nordlicht & Söhne GmbH" in en_cover
    assert "Q2 2024 – Q1 2025" in en_cover and "1 Apr 2024 to 31 Mar 2025" in en_cover
    assert "15 May 2025" in en_cover
    assert "01.04.2024 bis 31.03.2025" in de_cover and "15.05.2025" in de_cover


def test_ranking_rows_show_classes_and_shares_per_language(english: bytes, german: bytes) -> None:
    en, de = text_of(english), text_of(german)
    # rank, account, revenue, share, cumulative share, class
    assert "1 Alpha Werke €800.00 80.0% 80.0% A" in en
    assert "2 Beta AG €100.00 10.0% 90.0% B" in en
    assert "3 Gamma GmbH €50.00 5.0% 95.0% B" in en
    assert "4 Delta KG €30.00 3.0% 98.0% C" in en
    assert "1 Alpha Werke 800,00 € 80,0 % 80,0 % A" in de
    assert "4 Delta KG 30,00 € 3,0 % 98,0 % C" in de
    # revenue per class
    assert "Class A 1 €800.00 80.0%" in en and "Class B 2 €150.00 15.0%" in en
    assert "Klasse C 2 50,00 € 5,0 %" in de


def test_key_accounts_tiers_and_reasons_in_words(english: bytes, german: bytes) -> None:
    en, de = text_of(english), text_of(german)
    assert "2 key accounts earn 90.0% of the revenue in the window." in en
    assert "Alpha Werke Anna Berg €800 80.0% 81.2" in en
    # Beta AG is key but class B with 40.0: the rules recommend standard, and say why.
    assert "Class B by revenue, not A." in en
    assert "Score 40.0 is below the emerging threshold of 50." in en
    assert "Klasse B nach Umsatz, nicht A." in de
    assert "Score 40,0 liegt unter der Schwelle für künftige Key Accounts von 50." in de


def test_warnings_translate_codes_and_write_shares_as_percentages(
    english: bytes, german: bytes
) -> None:
    en, de = text_of(english), text_of(german)
    assert "2 of 5 active accounts are key accounts (40.0%); the limit is 20.0%." in en
    assert "Alpha Werke earns 80.0% of all revenue; the limit for one account is 20.0%." in en
    assert "(Standard): no contact for 200 days; 120 allowed." in en
    assert "2 von 5 aktiven Kunden sind Key Accounts (40,0 %); die Grenze liegt bei 20,0 %." in de
    assert "seit 200 Tagen kein Kontakt; erlaubt sind 120." in de
    assert "0.8000" not in en and "0,8000" not in de


def test_hostile_account_names_are_printed_literally(english: bytes) -> None:
    text = squeezed(english)
    assert text.count(re.sub(r"\s+", "", HOSTILE)) == 2  # the warning and the ranking
    assert text.count('<b>Evil</b>&"Co"') == 3  # and cut short under its bar in the chart


def test_every_font_is_embedded(english: bytes, german: bytes) -> None:
    for pdf in (english, german):
        fonts = font_files(pdf)
        assert fonts and all(fonts.values()), fonts


def test_paper_sizes_and_metadata(english: bytes, german: bytes) -> None:
    letter = reader(english).pages[1].mediabox
    a4 = reader(german).pages[1].mediabox
    assert (round(float(letter.width)), round(float(letter.height))) == (612, 792)
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)
    metadata = reader(german).metadata
    assert metadata is not None and str(metadata.title).startswith("Portfolio-Bericht")


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf is not installed")
def test_qpdf_finds_nothing_wrong(english: bytes, tmp_path: Path) -> None:
    path = tmp_path / "portfolio.pdf"
    path.write_bytes(english)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_empty_portfolio_prints_its_empty_lines() -> None:
    report = replace(make_report([("Solo", Decimal(0), Tier.STANDARD, None)]), accounts=())
    en = text_of(render_portfolio(report, lang="en"))
    assert "There are no accounts yet." in en
    assert "No account is set as a key account yet." in en
    assert "No account needs a warning." in en


@pytest.mark.slow
def test_ten_thousand_accounts_print_capped_lists_with_repeated_headers() -> None:
    rows = [
        (f"Account {number:05d}", Decimal(20_000 - number), Tier.STANDARD, Decimal("55.0"))
        for number in range(10_000)
    ]
    renderer = PortfolioRenderer(make_report(rows), lang="en", paper="a4")
    pdf = renderer.render()
    pages = page_texts(pdf)
    assert renderer.page_count == len(pages) < 20
    text = text_of(pdf)
    ranking = text.split("Ranking by revenue")[-1]
    assert "Account 00099" in ranking and "Account 00100" not in ranking
    assert "+1,926 more accounts in class B, together €22,508,199.00 (15.0% of revenue)" in text
    assert "All others (9,970)" in text
    assert "+2,589 more accounts whose recommendation differs" in text  # 2,649 differ
    start = next(i for i, page in enumerate(pages) if "Ranking by revenue" in page)
    ranking_pages = pages[start:]
    assert len(ranking_pages) >= 2  # the table runs over pages, its header row on each
    assert all("Cumulative" in page and "Class" in page for page in ranking_pages)


def test_unknown_language_or_paper_is_refused() -> None:
    with pytest.raises(ValueError, match="paper"):
        render_portfolio(five_accounts(), paper="a3")
    with pytest.raises(ValueError, match="language"):
        render_portfolio(five_accounts(), lang="fr")
