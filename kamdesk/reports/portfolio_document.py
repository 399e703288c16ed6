"""The portfolio report: its named build steps, its cover and ``render_portfolio``.

Steps, in the order :class:`PortfolioRenderer` runs them: register fonts, make the
stylesheet, set up the page templates of the account plan (cover, portrait pages, "page x
of y" canvas), assemble the story from the section builders in
:mod:`kamdesk.reports.portfolio_sections`, build. The design is the account plan's: same
fonts, colours, header and footer, and a cover with our name, the window and the date.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from kamdesk.domain.portfolio_report import PortfolioReport
from kamdesk.reports import portfolio_rule_sections, portfolio_sections
from kamdesk.reports.catalogue import LANGUAGES
from kamdesk.reports.fonts import SANS, SANS_BOLD, register_fonts
from kamdesk.reports.formatting import Formatter
from kamdesk.reports.page_templates import (
    MARGIN_SIDE,
    PORTRAIT,
    KamDocTemplate,
    NumberedCanvas,
    RunningText,
    frame_size,
    page_size,
    page_templates,
)
from kamdesk.reports.portfolio_context import PortfolioContext
from kamdesk.reports.sections.cover import _logo as cover_logo
from kamdesk.reports.styles import ACCENT, MUTED, RULE, make_styles
from kamdesk.reports.tables import house_style
from kamdesk.reports.text_markup import markup, plain, shorten

Builder = Callable[[PortfolioContext], list[Flowable]]

#: The sections in document order: what a reader wants first comes first, the long
#: ranking of every account last.
SECTIONS: tuple[Builder, ...] = (
    portfolio_sections.overview,
    portfolio_sections.pareto,
    portfolio_sections.key_accounts,
    portfolio_rule_sections.tiers,
    portfolio_rule_sections.warnings,
    portfolio_sections.ranking,
)


def window_text(ctx: PortfolioContext) -> str:
    """The analysed window in words: "Fiscal year 2024" or the four quarters."""
    window = ctx.report.window
    if window.fiscal_year is not None:
        return ctx.t("pf.window_fy", year=window.fiscal_year)
    (first_year, first_quarter), (last_year, last_quarter) = (
        window.first_quarter,
        window.last_quarter,
    )
    return ctx.t(
        "pf.window_ttm",
        first=ctx.t("pf.quarter", quarter=first_quarter, year=first_year),
        last=ctx.t("pf.quarter", quarter=last_quarter, year=last_year),
    )


def quarters_text(ctx: PortfolioContext) -> str:
    """The window in a few characters, for the running header: "Q4 2025 – Q3 2026"."""
    window = ctx.report.window
    if window.fiscal_year is not None:
        return ctx.t("pf.window_fy", year=window.fiscal_year)
    (first_year, first_quarter), (last_year, last_quarter) = (
        window.first_quarter,
        window.last_quarter,
    )
    first = ctx.t("pf.quarter", quarter=first_quarter, year=first_year)
    return f"{first} – {ctx.t('pf.quarter', quarter=last_quarter, year=last_year)}"


def dates_text(ctx: PortfolioContext) -> str:
    """The window's first and last day."""
    window = ctx.report.window
    return ctx.t("pf.dates", start=ctx.fmt.date(window.start), end=ctx.fmt.date(window.end))


class PortfolioRenderer:
    """Turns one portfolio report into PDF bytes; one instance per document."""

    def __init__(self, report: PortfolioReport, *, lang: str, paper: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
        size = page_size(paper)  # raises ValueError for an unknown paper
        register_fonts()
        width, height = frame_size(size)
        self.paper = paper
        self.ctx = PortfolioContext(
            report=report,
            lang=lang,
            fmt=Formatter(lang, report.currency or "EUR"),
            styles=make_styles(),
            width=width,
            height=height,
        )
        self.page_count = 0

    def running_text(self) -> RunningText:
        """Header: our name and the document; footer: date and confidentiality."""
        ctx = self.ctx
        return RunningText(
            header_left=plain(ctx.report.company_name) or ctx.t("pf.doc"),
            header_right=f"{ctx.t('pf.doc')} · {quarters_text(ctx)}",
            footer_left=f"{ctx.fmt.date(ctx.report.prepared_on)}  ·  "
            f"{ctx.t('cover.confidential')}",
            page_pattern=ctx.t("page.of", page="{page}", pages="{pages}"),
        )

    def metadata(self) -> dict[str, object]:
        """PDF document information."""
        ctx = self.ctx
        return {
            "title": f"{ctx.t('pf.doc')} — {window_text(ctx)}",
            "author": plain(ctx.report.company_name),
            "subject": ctx.t("pf.meta_subject"),
            "keywords": [ctx.t("pf.meta_subject")],
        }

    def cover(self) -> list[Flowable]:
        """The cover page: our logo and name, the title, the window, the date."""
        ctx, report = self.ctx, self.ctx.report
        styles = ctx.styles
        story: list[Flowable] = [Spacer(1, 30)]
        logo = cover_logo(report.logo_png)
        if logo is not None:
            story += [logo, Spacer(1, 14)]
        if report.company_name:
            story.append(Paragraph(markup(report.company_name, limit=120), styles.h3))
        story.append(Spacer(1, ctx.height * 0.2))
        story.append(Paragraph(markup(ctx.t("pf.subtitle")), styles.subtitle))
        story.append(Paragraph(markup(ctx.t("pf.doc")), styles.title))
        story.append(Paragraph(markup(window_text(ctx)), styles.body_muted))
        story.append(Spacer(1, 40))
        facts = [
            (ctx.t("pf.window"), f"{window_text(ctx)}\n{dates_text(ctx)}"),
            (ctx.t("cover.date"), ctx.fmt.date(report.prepared_on)),
            (ctx.t("pf.col_accounts"), ctx.fmt.number(len(report.accounts))),
            (ctx.t("pf.currency"), report.currency),
        ]
        if report.company_name:
            facts.insert(2, (ctx.t("pf.prepared_by"), report.company_name))
        rows = [
            [
                Paragraph(markup(name), styles.cell_head),
                Paragraph(markup(value, limit=160, multiline=True), styles.cell),
            ]
            for name, value in facts
        ]
        table = Table(rows, colWidths=[ctx.width * 0.28, ctx.width * 0.6], hAlign="LEFT")
        table.setStyle(
            house_style(
                [
                    ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ]
            )
        )
        story.append(table)
        return story

    def cover_decoration(self) -> Callable[[Canvas, BaseDocTemplate], None]:
        """The cover's canvas work: the accent bar at the top, the line at the bottom."""
        bottom_line = self.ctx.t("cover.confidential")
        company = shorten(plain(self.ctx.report.company_name), 60)

        def draw(canvas: Canvas, doc: BaseDocTemplate) -> None:
            width, height = canvas._pagesize
            canvas.saveState()
            canvas.setFillColor(ACCENT)
            canvas.rect(0, height - 10, width, 10, stroke=0, fill=1)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN_SIDE, 58, width - MARGIN_SIDE, 58)
            canvas.setFont(SANS_BOLD, 8)
            canvas.setFillColor(ACCENT)
            canvas.drawString(MARGIN_SIDE, 44, bottom_line)
            canvas.setFont(SANS, 8)
            canvas.setFillColor(MUTED)
            canvas.drawRightString(width - MARGIN_SIDE, 44, company)
            canvas.restoreState()

        return draw

    def story(self) -> list[Flowable]:
        """The cover, then every section on portrait pages."""
        story: list[Flowable] = [NextPageTemplate(PORTRAIT), *self.cover(), PageBreak()]
        for build in SECTIONS:
            story += build(self.ctx)
        return story

    def render(self) -> bytes:
        """Build the document and return the PDF bytes (``page_count`` is set after)."""
        buffer = io.BytesIO()
        # The account plan's templates: cover, portrait, landscape (unused here).
        templates = page_templates(self.paper, self.running_text(), self.cover_decoration())
        doc = KamDocTemplate.for_kamdesk(
            buffer, self.paper, templates, self.ctx.lang, **self.metadata()
        )
        doc.build(self.story(), canvasmaker=NumberedCanvas)
        self.page_count = doc.page
        return buffer.getvalue()


def render_portfolio(report: PortfolioReport, *, lang: str = "en", paper: str = "a4") -> bytes:
    """The portfolio report as PDF bytes; ValueError for an unknown language or paper."""
    return PortfolioRenderer(report, lang=lang, paper=paper).render()


__all__ = ["PortfolioRenderer", "render_portfolio"]
