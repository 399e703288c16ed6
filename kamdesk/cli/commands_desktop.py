"""``kamdesk install-desktop`` and ``uninstall-desktop``: the Linux application menu entry."""

from __future__ import annotations

import argparse
from typing import Any

from kamdesk.cli.errors import CommandError


def register(subparsers: Any) -> None:
    """Add the desktop-entry commands."""
    install = subparsers.add_parser(
        "install-desktop",
        help="put kamdesk into your Linux application menu (for you only, no root)",
    )
    install.set_defaults(handler=run_install)
    uninstall = subparsers.add_parser(
        "uninstall-desktop", help="remove kamdesk from your Linux application menu"
    )
    uninstall.set_defaults(handler=run_uninstall)


def run_install(_arguments: argparse.Namespace) -> int:
    """Write the menu entry, the icons and the metainfo into the user's data folder."""
    from kamdesk.system import desktop_entry

    try:
        written = desktop_entry.install()
    except desktop_entry.DesktopEntryError as error:
        raise CommandError(str(error)) from error
    print(f"kamdesk is in your application menu: {written[0]}")
    print(f"({len(written) - 1} more files: the icon in {len(written) - 2} sizes and the "
          "metainfo; 'kamdesk uninstall-desktop' removes them all.)")
    return 0


def run_uninstall(_arguments: argparse.Namespace) -> int:
    """Remove exactly what ``install-desktop`` wrote."""
    from kamdesk.system import desktop_entry

    try:
        removed = desktop_entry.uninstall()
    except desktop_entry.DesktopEntryError as error:
        raise CommandError(str(error)) from error
    if removed:
        print(f"kamdesk is no longer in your application menu ({len(removed)} files removed).")
    else:
        print("kamdesk was not in your application menu; nothing to remove.")
    return 0
