"""The meeting brief is exactly one page, whatever the plan holds."""

from __future__ import annotations

import pytest
from pdf_helpers import flat, font_files, reader
from plan_factory import big_plan, empty_plan, hostile_plan, rich_plan

from kamdesk.reports import render_brief


@pytest.mark.parametrize("factory", [rich_plan, empty_plan, hostile_plan, big_plan])
@pytest.mark.parametrize("lang", ["en", "de"])
def test_brief_is_one_page(factory: object, lang: str) -> None:
    pdf = render_brief(factory(), lang=lang, paper="a4")  # type: ignore[operator]
    assert len(reader(pdf).pages) == 1
    assert all(font_files(pdf).values())


def test_brief_cuts_long_lists_with_more() -> None:
    content = flat(render_brief(big_plan(300), lang="en", paper="letter"))
    assert "Helios Maschinenbau AG" in content
    assert "+292 more" in content  # 300 people, 8 shown


def test_brief_letter_size() -> None:
    page = reader(render_brief(rich_plan(), lang="de", paper="letter")).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
