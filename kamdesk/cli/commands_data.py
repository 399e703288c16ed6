"""``kamdesk demo``, ``accounts`` and ``plan``: the portfolio's data on the command line."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from kamdesk.cli.database_option import open_chosen_database
from kamdesk.cli.errors import CommandError

ACCOUNT_FIELDS = ("id", "name", "tier", "industry", "country", "owner", "revenue_last_4q")


def register(subparsers: Any) -> None:
    """Add ``demo``, ``accounts`` and ``plan``."""
    demo = subparsers.add_parser("demo", help="fill the database with a demo portfolio")
    demo.add_argument("--accounts", type=_positive, default=48, metavar="N",
                      help="number of accounts (default 48; up to 10,000 and more)")
    demo.add_argument("--seed", type=int, default=7, metavar="S",
                      help="random seed: the same seed gives the same portfolio")
    demo.add_argument("--force", action="store_true",
                      help="replace what the database holds with the demo portfolio")
    demo.set_defaults(handler=run_demo)

    accounts = subparsers.add_parser("accounts", help="list the accounts")
    accounts.add_argument("--format", choices=("table", "csv", "json"), default="table")
    accounts.set_defaults(handler=run_accounts)

    plan = subparsers.add_parser("plan", help="print an account's assembled plan")
    plan.add_argument("account", metavar="ACCOUNT", help="the account's id or exact name")
    plan.add_argument("--format", choices=("json", "text"), default="text")
    plan.set_defaults(handler=run_plan)


def run_demo(arguments: argparse.Namespace) -> int:
    """Create the demo portfolio."""
    # Imported here: the generator's word lists are only needed by this command.
    from kamdesk.services.admin.demo_portfolio import create_demo_portfolio

    db = open_chosen_database(arguments)
    try:
        summary = create_demo_portfolio(db, accounts=arguments.accounts, seed=arguments.seed,
                                        force=arguments.force)
    finally:
        db.close()
    print(f"Demo portfolio created in {db.location.display()}: "
          f"{summary.accounts} accounts, {summary.key_accounts} key accounts.")
    return 0


def run_accounts(arguments: argparse.Namespace) -> int:
    """List the accounts as a table, CSV or JSON."""
    from kamdesk.cli.output import print_csv, print_json, print_table
    from kamdesk.services.portfolio.account_directory import list_accounts

    db = open_chosen_database(arguments)
    try:
        rows = list_accounts(db)
    finally:
        db.close()
    records = [{name: getattr(row, name) for name in ACCOUNT_FIELDS} for row in rows]
    if arguments.format == "json":
        print_json(records)
    elif arguments.format == "csv":
        print_csv(ACCOUNT_FIELDS, [[r[f] for f in ACCOUNT_FIELDS] for r in records])
    else:
        print_table(["ID", "Name", "Tier", "Industry", "Country", "Owner", "Revenue (4 quarters)"],
                    [[r[f] for f in ACCOUNT_FIELDS] for r in records])
    return 0


def run_plan(arguments: argparse.Namespace) -> int:
    """Print one account's plan."""
    from kamdesk.cli.output import print_json
    from kamdesk.cli.plan_text import plan_as_text
    from kamdesk.domain.plain_json import to_json_value
    from kamdesk.services.plans.plan_assembly import assemble_plan

    db = open_chosen_database(arguments)
    try:
        plan = assemble_plan(db, arguments.account)
    finally:
        db.close()
    if arguments.format == "json":
        print_json(to_json_value(plan))
    else:
        sys.stdout.write(plan_as_text(plan))
    return 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


__all__ = ["CommandError", "register"]
