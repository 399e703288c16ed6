"""Importing PySide6 without its per-import source scan, which kamdesk has no use for.

Importing PySide6 replaces Python's ``__import__`` with its own hook, for the opt-in
``from __feature__ import snake_case, true_property`` syntax. After every import, the hook
asks ``shibokensupport.feature._mod_uses_pyside(module)`` about each module it has not
seen yet, and that function reads the module's whole source (``inspect.getsource``) to
look for the word "PySide6". It marks modules that contain it for feature switching (0),
the others as ignored (-1). The app imports some 400 modules after PySide6 (SQLAlchemy
Core alone some 150): measured, 0.3-0.8 ms each, tens to hundreds of milliseconds of a
start spent reading source files nobody runs. PySide6 documents no switch for this.

kamdesk selects no ``__feature__`` anywhere, so the scan's answer changes nothing here:
with every module on the default selection, switching has nothing to switch. The answer
is therefore given without reading: kamdesk's UI modules (the only ones allowed to import
Qt, by the import-linter contracts) are marked as PySide users, as the scan would; every
other module as ignored. A module that does select a feature still gets it, because
``from __feature__ import ...`` records its selection itself, whatever the scan said.
"""

from __future__ import annotations

import sys
from types import ModuleType

_UI_PACKAGE = "kamdesk.ui"


def uses_pyside(module: ModuleType) -> bool:
    """The scan's answer for kamdesk, without reading source: is this a kamdesk UI module?"""
    name = getattr(module, "__name__", "")
    return name == _UI_PACKAGE or name.startswith(f"{_UI_PACKAGE}.")


def import_pyside_without_source_scan() -> bool:
    """Import PySide6's core and answer its import hook's scan without reading source.

    Returns False (and changes nothing) on a PySide6 whose hook has no such scan.
    """
    import PySide6.QtCore  # noqa: F401  (installs the import hook and its feature module)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    # The hook calls the module's global by name on each new module, so replacing it is
    # enough.
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
