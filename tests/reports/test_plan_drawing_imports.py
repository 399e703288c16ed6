"""reportlab.graphics (charts and the org chart, about 80 ms to import) is loaded only by
a plan that draws a chart or the map: the client version and the brief have neither."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Imports what `kamdesk export plan` imports, renders one document, names the graphics
# modules then loaded.
PROBE = textwrap.dedent(
    """
    import sys
    import kamdesk.services.export.plan_export
    from kamdesk.reports import render_brief, render_plan
    from tests.reports.plan_factory import rich_plan
    if sys.argv[1] == "brief":
        render_brief(rich_plan())
    else:
        render_plan(rich_plan(), audience=sys.argv[1])
    print(" ".join(sorted(m for m in sys.modules if m.startswith("reportlab.graphics"))))
    """
)


def graphics_loaded(document: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, document], capture_output=True, text=True, cwd=ROOT,
        timeout=170, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return set(result.stdout.split())


@pytest.mark.parametrize("document", ["client", "brief"])
def test_documents_without_charts_do_not_load_reportlab_graphics(document: str) -> None:
    assert graphics_loaded(document) == set()


def test_the_internal_plan_loads_it_for_its_map_and_revenue_chart() -> None:
    loaded = graphics_loaded("internal")
    assert {"reportlab.graphics.shapes", "reportlab.graphics.charts.barcharts"} <= loaded
