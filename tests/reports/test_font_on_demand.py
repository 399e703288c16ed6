"""Fonts read on demand: registered without reading the file, the same font once read.

Italic Noto Sans and bold DejaVu Sans are registered as FontOnDemand, so a plan that never
prints them never parses them; a document that does must be the same bytes as with the
fonts read at registration.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from kamdesk.reports.font_on_demand import FaceOnDemand, FontOnDemand
from kamdesk.reports.fonts import font_dir

ROOT = Path(__file__).resolve().parents[2]


def _font_file(name: str) -> str:
    return str(font_dir() / name)


def _without_own_state(values: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in values.items() if not key.startswith("_kd_")}


def test_an_unread_face_knows_its_name_and_reads_the_rest_when_asked() -> None:
    path = _font_file("DejaVuSans-Bold.ttf")
    face = FaceOnDemand(path, b"DejaVuSans-Bold")
    assert face.name == b"DejaVuSans-Bold"
    assert face.__dict__["_kd_read"] is False
    eager = TTFont("eager", path).face
    assert face.charWidths == eager.charWidths
    assert face.__dict__["_kd_read"] is True
    ours, theirs = _without_own_state(vars(face)), vars(eager)
    assert ours.keys() == theirs.keys()
    # _pdfScale is a function (units per em to PDF units): compared by what it gives.
    assert ours.pop("_pdfScale")(1234) == theirs.pop("_pdfScale")(1234)
    assert ours == theirs
    with pytest.raises(AttributeError):
        face.no_such_attribute  # noqa: B018


def test_a_font_on_demand_is_built_like_a_ttfont() -> None:
    path = _font_file("NotoSans-Italic.ttf")
    lazy, eager = FontOnDemand("KD-Test-Italic", path, b"NotoSans-Italic"), TTFont(
        "KD-Test-Italic", path
    )
    lazy_values, eager_values = vars(lazy), vars(eager)
    assert lazy_values.keys() == eager_values.keys()
    for key in lazy_values.keys() - {"face", "encoding", "state"}:
        assert lazy_values[key] == eager_values[key], key
    assert vars(lazy.encoding) == vars(eager.encoding)
    assert lazy.stringWidth("Grüße, Kowalczyk", 9) == eager.stringWidth("Grüße, Kowalczyk", 9)


def test_a_file_that_is_another_font_is_refused() -> None:
    face = FaceOnDemand(_font_file("NotoSans-Regular.ttf"), b"NotoSans-Italic")
    with pytest.raises(ValueError, match="NotoSans-Regular"):
        face.charWidths  # noqa: B018


# Renders the plans named after the mode, one after the other, and prints for each which
# on-demand faces had been read by then, and the PDF's digest.
# eager: every font read at registration, as before (no font on demand).
RENDER = textwrap.dedent(
    """
    import hashlib, sys
    import reportlab.rl_config
    reportlab.rl_config.invariant = 1
    from reportlab.pdfbase import pdfmetrics
    from kamdesk.reports import fonts
    if sys.argv[1] == "eager":
        fonts._ON_DEMAND.clear()
    from kamdesk.reports import render_plan
    from tests.reports.plan_factory import hostile_plan, rich_plan
    for name in sys.argv[2:]:
        plan = {"rich": rich_plan, "hostile": hostile_plan}[name]()
        pdf = render_plan(plan, lang="de")
        read = [face for face in (fonts.SANS_ITALIC, fonts.SYMBOL_BOLD)
                if pdfmetrics.getFont(face).face.__dict__.get("_kd_read", True)]
        print(" ".join(read) or "-", hashlib.sha256(pdf).hexdigest())
    """
)


def _render(fonts: str, *plans: str) -> list[tuple[str, str]]:
    """(faces read so far, PDF digest) after each plan, rendered in order in one process.

    One process per way of reading the fonts, not per plan: each start imported reportlab
    and kamdesk's reports again for a render a fraction as long. The rich plan goes first,
    so what the on-demand process has read after it is what that plan needed alone.
    """
    result = subprocess.run(
        [sys.executable, "-c", RENDER, fonts, *plans], capture_output=True, text=True,
        cwd=ROOT, timeout=170, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return [tuple(line.rsplit(" ", 1)) for line in result.stdout.splitlines()]  # type: ignore[misc]


@pytest.mark.slow
def test_plans_print_the_same_whether_fonts_are_read_at_once_or_on_demand() -> None:
    # The rich plan needs neither face; the hostile one has bold names in Hebrew.
    (rich_read, rich_digest), (hostile_read, hostile_digest) = _render(
        "on-demand", "rich", "hostile"
    )
    assert rich_read == "-"
    assert hostile_read == "KD-Symbol-Bold"
    assert _render("eager", "rich", "hostile") == [
        ("KD-Sans-Italic KD-Symbol-Bold", rich_digest),
        ("KD-Sans-Italic KD-Symbol-Bold", hostile_digest),
    ]
