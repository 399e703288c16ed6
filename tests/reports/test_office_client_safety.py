"""Nothing internal in the client's slide deck or Word document.

Two nets: the PDF's own marker test (the rich plan's internal markers) run on the deck and
the document; and every free-text field marked, where only the markers that
``client_view`` keeps may appear anywhere in the file — slides, notes, tables, chart data,
the embedded data sheet and the document properties.
"""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from io import BytesIO

import pytest
from marked_plan import client_markers, marked_plan, markers_in
from office_files import all_text, slide_and_notes_text
from plan_factory import MARKERS, rich_plan
from pptx import Presentation

from kamdesk.reports.deck import render_deck
from kamdesk.reports.document import render_word_plan
from kamdesk.reports.formatting import Formatter

LANGS = ("en", "de")


def _deck(plan: object, lang: str) -> bytes:
    return render_deck(plan, lang=lang, audience="client").pptx  # type: ignore[arg-type]


def _word(plan: object, lang: str) -> bytes:
    return render_word_plan(plan, lang=lang, audience="client").docx  # type: ignore[arg-type]


RENDERERS = {"deck": _deck, "document": _word}


@pytest.fixture(scope="module")
def marked() -> object:
    return marked_plan()


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_only_markers_client_view_keeps_appear(marked: object, kind: str, lang: str) -> None:
    text = all_text(RENDERERS[kind](marked, lang))
    found = markers_in(text)
    allowed = client_markers(marked)  # type: ignore[arg-type]
    assert found <= allowed, sorted(found - allowed)
    # Proof that the net can catch something: the client file does show client texts.
    assert len(found) >= 10


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_internal_version_shows_internal_markers(marked: object, kind: str) -> None:
    # The same extraction on the internal file finds markers client_view drops; the
    # client test above would therefore see a leak.
    internal = render_deck(marked, audience="internal").pptx if kind == "deck" else \
        render_word_plan(marked, audience="internal").docx  # type: ignore[arg-type]
    found = markers_in(all_text(internal))
    assert found - client_markers(marked)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_the_pdf_markers_stay_out(kind: str, lang: str) -> None:
    text = all_text(RENDERERS[kind](rich_plan(), lang))
    for name, marker in MARKERS.items():
        if name == "clv":
            continue  # a number: checked against the chart data below
        assert marker not in text, name


def test_client_chart_has_actuals_only() -> None:
    plan = rich_plan()
    data = render_deck(plan, audience="client").pptx
    deck = Presentation(BytesIO(data))
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    assert len(charts) == 1
    assert [s.name for s in charts[0].plots[0].series] == ["Actual"]
    # The data sheet a KAM opens to restyle the chart holds the actuals and nothing else.
    workbook = charts[0].part.chart_workbook.xlsx_part.blob
    with zipfile.ZipFile(BytesIO(workbook)) as sheet:
        cells = re.findall(r"<c ([^>]*)><v>([^<]*)</v>", sheet.read("xl/worksheets/sheet1.xml")
                           .decode())
    # Cells typed t="s" hold an index into the shared strings (the quarter names).
    numbers = {Decimal(value) for attributes, value in cells if 't="s"' not in attributes}
    assert numbers == {r.actual for r in plan.revenue[-8:]}
    # And no plan target in any slide or note, as formatted on screen.
    targets = {r.plan for r in plan.revenue} - {r.actual for r in plan.revenue}
    shown = slide_and_notes_text(data)
    fmt = Formatter("en", "EUR")
    assert targets
    for target in targets:
        assert fmt.money(target, whole=True) not in shown, target
