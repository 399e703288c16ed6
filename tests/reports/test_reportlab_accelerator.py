"""reportlab runs on its C accelerators (the rl_accel package), and they change no byte.

Since reportlab 4 the accelerators are a separate package; without it reportlab falls back
to Python twins of the same functions without a word. The plan spent about a sixth of its
rendering in those twins (number formatting for every drawing operator, string widths).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from reportlab.lib import rl_accel

ROOT = Path(__file__).resolve().parents[2]

# Renders the test plans in every language, audience and paper, and prints each PDF's
# digest. invariant=1 fixes the dates and the document id, so equal documents are equal bytes.
RENDER_ALL = textwrap.dedent(
    """
    import hashlib, sys
    if sys.argv[1] == "python":
        sys.modules["_rl_accel"] = None  # as if rl_accel were not installed
    import reportlab.rl_config
    reportlab.rl_config.invariant = 1
    from reportlab.lib import rl_accel
    from kamdesk.reports import render_plan
    from kamdesk.reports.brief_document import render_brief
    from tests.reports.plan_factory import big_plan, hostile_plan, rich_plan
    print("accelerated" if type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
          else "python")
    for name, plan in (("rich", rich_plan()), ("hostile", hostile_plan()),
                       ("big", big_plan(60))):
        for lang, paper, audience in (("en", "a4", "internal"), ("de", "letter", "client")):
            pdf = render_plan(plan, lang=lang, paper=paper, audience=audience)
            print(name, lang, paper, audience, hashlib.sha256(pdf).hexdigest())
    print("brief", hashlib.sha256(render_brief(rich_plan())).hexdigest())
    """
)


def _digests(mode: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", RENDER_ALL, mode], capture_output=True, text=True, cwd=ROOT,
        timeout=170, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.splitlines()


def test_reportlab_uses_the_c_accelerators() -> None:
    # A builtin, not reportlab's Python fallback of the same name.
    for name in ("fp_str", "asciiBase85Encode", "instanceStringWidthTTF", "calcChecksum"):
        function = getattr(rl_accel, name)
        assert type(function).__name__ == "builtin_function_or_method", name


@pytest.mark.slow
def test_accelerated_documents_are_the_same_bytes_as_without() -> None:
    accelerated, python = _digests("accelerated"), _digests("python")
    assert accelerated[0] == "accelerated"
    assert python[0] == "python"
    assert len(accelerated) == 8
    assert accelerated[1:] == python[1:]
