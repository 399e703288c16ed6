"""``kamdesk gui``: open the app (the only command that loads Qt)."""

from __future__ import annotations

import argparse
import gc
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``gui`` command."""
    parser = subparsers.add_parser("gui", help="open the app (the default)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="show the main window once, print the startup time and exit",
    )
    parser.set_defaults(handler=run_gui)


def run_gui(arguments: argparse.Namespace) -> int:
    """Start the Qt app on the chosen database."""
    from kamdesk.ui.shell.pyside_source_scan import import_pyside_without_source_scan

    # Qt is loaded only here; first its core, so that its import hook reads no module's
    # source for the rest of the start (see pyside_source_scan).
    import_pyside_without_source_scan()
    from kamdesk.ui.shell.app import run_app

    code = int(run_app(arguments.db, smoke=arguments.smoke, lang=arguments.lang))
    # The app has closed its window, synced its settings and closed the database; the
    # process ends next. The interpreter's last act would be a collection of the whole
    # heap (Qt's wrappers, SQLAlchemy, the app's objects): about a second on a laptop,
    # freeing nothing the system does not take back anyway. Freezing puts every object
    # out of the collector's sight, so the exit is prompt; objects are still destroyed.
    gc.freeze()
    return code
