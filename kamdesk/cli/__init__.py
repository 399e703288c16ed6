"""The ``kamdesk`` command line: one program, subcommands over the services.

Errors print one line to stderr and exit 1; usage errors exit 2 (argparse). Nothing here
imports Qt unless the command is ``gui``.
"""

from __future__ import annotations

from kamdesk.cli.main import main

__all__ = ["main"]
