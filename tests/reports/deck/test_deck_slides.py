"""The QBR deck opened with python-pptx: slides and titles, the native revenue chart, the
agenda, splitting long lists, fitting long texts, notes, properties and geometry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from decimal import Decimal

import pytest
from office_files import all_text, part_names
from plan_factory import HOSTILE, LONG_NOTE, empty_plan, hostile_plan, rich_plan
from pptx.enum.chart import XL_CHART_TYPE

from deck.deck_reading import notes, open_deck, slide_text, slides_titled, tables, titles
from kamdesk.domain.enums import Direction, GoalKind, GoalStatus
from kamdesk.domain.plan import AccountPlan, GoalEntry
from kamdesk.reports.deck import render_deck
from kamdesk.reports.deck.deck_document import RenderedDeck

# Each test renders whole decks; together they take more than a few seconds.
pytestmark = pytest.mark.slow

INTERNAL_TITLES = [
    "Helios Maschinenbau AG", "Agenda", "Where we stand", "Changes since the last review",
    "Revenue per quarter", "Goals", "Stakeholder map", "Needs and our response",
    "SWOT analysis", "Whitespace (1/2)", "Whitespace (2/2)", "Opportunities and pipeline",
    "Actions and next steps", "Account team", "Our next meeting",
]
CLIENT_TITLES = [
    "Helios Maschinenbau AG", "Agenda", "Where we stand", "Revenue per quarter",
    "Our shared goals", "Agreed actions", "Your team at Nordwerk Systems GmbH",
    "Our next meeting",
]
CLIENT_TITLES_DE = [
    "Helios Maschinenbau AG", "Agenda", "Wo wir stehen", "Umsatz je Quartal",
    "Unsere gemeinsamen Ziele", "Vereinbarte Maßnahmen", "Ihr Team bei Nordwerk Systems GmbH",
    "Unser nächstes Gespräch",
]


@functools.cache
def default_deck(make: Callable[[], AccountPlan]) -> RenderedDeck:
    """The deck of a test plan with the default options, rendered once for the module's
    tests, which only read it (the hostile deck alone took two seconds a rendering)."""
    return render_deck(make())


@pytest.fixture(scope="module")
def internal() -> bytes:
    return default_deck(rich_plan).pptx


def test_internal_deck_has_every_slide_in_meeting_order(internal: bytes) -> None:
    deck = open_deck(internal)
    assert titles(deck) == INTERNAL_TITLES
    assert default_deck(rich_plan).slides == len(INTERNAL_TITLES)


@pytest.mark.parametrize(("lang", "expected"), [("en", CLIENT_TITLES), ("de", CLIENT_TITLES_DE)])
def test_client_deck_has_the_client_slides(lang: str, expected: list[str]) -> None:
    assert titles(open_deck(render_deck(rich_plan(), lang=lang, audience="client").pptx)) == (
        expected
    )


def test_deck_is_sixteen_by_nine(internal: bytes) -> None:
    deck = open_deck(internal)
    assert deck.slide_width / deck.slide_height == pytest.approx(16 / 9, abs=0.001)


def test_revenue_is_a_native_chart_with_the_plans_figures(internal: bytes) -> None:
    plan = rich_plan()
    [slide] = slides_titled(open_deck(internal), "Revenue per quarter")
    [chart] = [shape.chart for shape in slide.shapes if shape.has_chart]
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    rows = sorted(plan.revenue, key=lambda r: (r.year, r.quarter))[-8:]
    assert list(chart.plots[0].categories) == [f"Q{r.quarter} {r.year}" for r in rows]
    actual, target = chart.plots[0].series
    assert (actual.name, target.name) == ("Actual", "Plan")
    # python-pptx reads numbers back as floats; the file holds the Decimal's digits.
    assert [Decimal(str(v)) for v in actual.values] == [r.actual for r in rows]
    assert [Decimal(str(v)) for v in target.values] == [r.plan for r in rows]
    assert chart.value_axis.minimum_scale == 0
    # Every quarter, with its growth figures, is in the notes.
    assert notes(slide).count("Q") >= len(plan.revenue)


def test_exact_cents_reach_the_chart_file() -> None:
    plan = rich_plan()
    last = plan.revenue[-1]
    cents = dataclasses.replace(last, actual=Decimal("575000.07"))
    plan = dataclasses.replace(plan, revenue=(*plan.revenue[:-1], cents))
    chart_xml = [text for name, text in _parts(render_deck(plan, sections=["revenue"]).pptx)
                 if name.startswith("ppt/charts/chart")]
    assert any("<c:v>575000.07</c:v>" in text for text in chart_xml)


def _parts(data: bytes) -> list[tuple[str, str]]:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return [(name, package.read(name).decode("utf-8", "replace"))
                for name in package.namelist() if name.endswith(".xml")]


def test_agenda_numbers_point_at_the_slides(internal: bytes) -> None:
    deck = open_deck(internal)
    boxes = [shape.text_frame.text for shape in deck.slides[1].shapes
             if shape.has_text_frame and not shape.is_placeholder
             and shape.name not in ("Footer", "Slide number")]
    entries = list(zip(boxes[::2], boxes[1::2], strict=True))
    names = titles(deck)
    # One entry per section after the agenda; a section split over slides is listed once.
    assert [title for _number, title in entries] == [
        "Where we stand", "Changes since the last review", "Revenue per quarter", "Goals",
        "Stakeholder map", "Needs and our response", "SWOT analysis", "Whitespace",
        "Opportunities and pipeline", "Actions and next steps", "Account team",
        "Our next meeting",
    ]
    for number, title in entries:
        assert names[int(number) - 1].startswith(title), (number, title)


def _goals(count: int) -> tuple[GoalEntry, ...]:
    return tuple(
        GoalEntry(
            title=f"Goal number {index:02d} for the plant", kind=GoalKind.CUSTOMER,
            metric="Uptime", unit="%", direction=Direction.INCREASE, baseline=Decimal(90),
            target=Decimal(99), current=Decimal(95), start=dt.date(2025, 1, 1),
            due=dt.date(2025, 12, 1) + dt.timedelta(days=index), status=GoalStatus.ON_TRACK,
            progress=Decimal("0.5"), owner="Anna Becker", updates=(),
        )
        for index in range(count)
    )


def test_forty_goals_are_split_over_slides() -> None:
    plan = dataclasses.replace(rich_plan(), goals=_goals(40))
    deck = open_deck(render_deck(plan, sections=["goals"]).pptx)
    assert titles(deck) == [f"Goals ({n}/5)" for n in range(1, 6)]
    shown = []
    for slide in deck.slides:
        [table] = tables(slide)
        assert len(table.rows) - 1 <= 8
        shown += [table.cell(r, 0).text.split("\n")[0] for r in range(1, len(table.rows))]
        assert all(title.split("\n")[0] in notes(slide) for title in shown[-3:])
    assert shown == [g.title for g in plan.goals]


def test_long_texts_are_cut_on_the_slide_and_whole_in_the_notes() -> None:
    long_title = "Reduce unplanned downtime " + LONG_NOTE[:500]
    goal = dataclasses.replace(_goals(1)[0], title=long_title)
    plan = dataclasses.replace(rich_plan(), goals=(goal,))
    [slide] = open_deck(render_deck(plan, sections=["goals"]).pptx).slides
    [table] = tables(slide)
    cell = table.cell(1, 0).text.split("\n")[0]
    assert cell.endswith("…") and len(cell) < 120
    assert long_title.startswith(cell[:-1].rstrip())
    assert long_title in notes(slide)


def test_hostile_text_is_shown_literally() -> None:
    data = default_deck(hostile_plan).pptx
    deck = open_deck(data)
    assert HOSTILE in notes(deck.slides[0]) or HOSTILE in slide_text(deck.slides[0])
    assert "\x07" not in all_text(data) and "\x00" not in all_text(data)


@pytest.mark.parametrize("make", [rich_plan, hostile_plan, empty_plan])
def test_every_shape_stays_on_its_slide(make: Callable[[], AccountPlan]) -> None:
    deck = open_deck(default_deck(make).pptx)
    for number, slide in enumerate(deck.slides, start=1):
        for shape in slide.shapes:
            height = shape.height
            if shape.has_table:  # a table is as tall as its rows
                height = sum(row.height for row in shape.table.rows)
            assert shape.left + shape.width <= deck.slide_width, (number, shape.name)
            assert shape.top + height <= deck.slide_height, (number, shape.name)


def test_empty_plan_says_so() -> None:
    deck = open_deck(default_deck(empty_plan).pptx)
    for title in ("Goals", "Stakeholder map", "Needs and our response", "Whitespace"):
        [slide] = slides_titled(deck, title)
        assert "Nothing recorded yet." in slide_text(slide)


def test_sections_keep_the_deck_order() -> None:
    deck = open_deck(render_deck(rich_plan(), sections=["team", "cover", "revenue"]).pptx)
    assert titles(deck) == ["Helios Maschinenbau AG", "Revenue per quarter", "Account team"]


@pytest.mark.parametrize(
    "options",
    [{"lang": "fr"}, {"audience": "board"}, {"sections": ["cover", "gossip"]}],
)
def test_unknown_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        render_deck(rich_plan(), **options)  # type: ignore[arg-type]


def test_properties_name_the_plan_and_nothing_of_python_pptx(internal: bytes) -> None:
    props = open_deck(internal).core_properties
    assert props.title == "Account plan 2025 — Helios Maschinenbau AG"
    assert props.author == props.last_modified_by == "Anna Becker"
    assert props.subject == "Internal account plan"
    assert props.comments == "" and props.revision == 1
    client = open_deck(render_deck(rich_plan(), audience="client").pptx).core_properties
    assert client.title == "Partnership plan 2025 — Helios Maschinenbau AG"
    assert client.author == "Nordwerk Systems GmbH" and client.subject == "Partnership plan"
    text = all_text(internal)
    assert "python-pptx" not in text and "Steve Canny" not in text
    assert "docProps/thumbnail.jpeg" not in part_names(internal)


def test_title_slide_has_a_logo_slot_and_our_team(internal: bytes) -> None:
    first = open_deck(internal).slides[0]
    kinds = [shape.placeholder_format.type for shape in first.placeholders]
    assert any(kind == 18 for kind in kinds)  # PP_PLACEHOLDER.PICTURE: the client's logo
    assert "Anna Becker, Key account manager" in slide_text(first)
    assert "Confidential — internal" in notes(first)
