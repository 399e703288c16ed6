"""``kamdesk export …``: documents and files made from the data (plan, brief, map, …).

Each kind of export lives in its own module with ``register_export(export_subparsers)``;
add the module to ``EXPORT_MODULES`` to make its subcommand appear.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from kamdesk.cli import (
    commands_calendar,
    commands_deck_export,
    commands_map,
    commands_plan_export,
    commands_portfolio,
    commands_workbook,
)

#: Modules that add ``export`` subcommands, each with ``register_export(subparsers)``.
EXPORT_MODULES: tuple[ModuleType, ...] = (
    commands_plan_export, commands_deck_export, commands_map, commands_calendar,
    commands_portfolio, commands_workbook,
)


def register(subparsers: Any) -> None:
    """Add the ``export`` command and its subcommands."""
    parser = subparsers.add_parser(
        "export", help="write a PDF, Word document, slide deck, map, calendar or Excel file"
    )
    export_subparsers = parser.add_subparsers(dest="export_kind", metavar="KIND", required=True)
    for module in EXPORT_MODULES:
        module.register_export(export_subparsers)
