"""PySide6's import hook reads no module's source once the app has imported PySide6 its way.

Each case runs in a fresh interpreter (the hook is process-wide and this test process
imported PySide6 long ago): it imports PySide6 (with or without kamdesk's answer to the
scan), then a standard-library module and a kamdesk UI module that nothing imported yet,
and reports which module sources ``inspect.getsource`` was asked for and how the hook
marked the two modules.
"""

from __future__ import annotations

import json
import subprocess
import sys
import types

from kamdesk.ui.shell.pyside_source_scan import uses_pyside

PROBE = """
import inspect, json, sys
from kamdesk.ui.shell.pyside_source_scan import import_pyside_without_source_scan
if sys.argv[1] == "kamdesk":
    assert import_pyside_without_source_scan()
else:
    import PySide6.QtCore
read = []
original = inspect.getsource
def recording(obj):
    read.append(getattr(obj, "__name__", "?"))
    return original(obj)
inspect.getsource = recording
import colorsys
from kamdesk.ui.common.ui_locale import ui_locale
marks = sys.modules["shibokensupport.feature"].pyside_feature_dict
print(json.dumps({"read": read, "colorsys": marks.get("colorsys"),
                  "ui": marks.get("kamdesk.ui.common.ui_locale")}))
"""


def _probe(mode: str) -> dict[str, object]:
    result = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True,
                            text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_after_kamdesk_imports_pyside_no_source_is_read_and_the_marks_are_the_same() -> None:
    stock = _probe("stock")
    answered = _probe("kamdesk")
    # PySide6 on its own reads the source of each new module …
    assert "colorsys" in stock["read"]
    assert "kamdesk.ui.common.ui_locale" in stock["read"]
    # … kamdesk's answer reads none, and marks both modules as the scan did: the UI module
    # as a PySide6 user (0), the standard-library one as ignored (-1).
    assert answered["read"] == []
    assert (answered["colorsys"], answered["ui"]) == (stock["colorsys"], stock["ui"]) == (-1, 0)


def test_only_kamdesk_ui_modules_count_as_pyside_users() -> None:
    assert uses_pyside(types.ModuleType("kamdesk.ui"))
    assert uses_pyside(types.ModuleType("kamdesk.ui.shell.app"))
    assert not uses_pyside(types.ModuleType("kamdesk.uiextra"))
    assert not uses_pyside(types.ModuleType("kamdesk.services.admin.database_opening"))
    assert not uses_pyside(types.ModuleType("sqlalchemy.engine"))
