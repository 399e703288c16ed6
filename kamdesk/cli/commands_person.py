"""``kamdesk person export|erase ACCOUNT NAME``: a person's access and erasure requests.

``export`` writes everything kamdesk holds about the person (JSON or PDF, by the file's
suffix), with the copies that hold them (on a server: this user's dumps of the database);
``erase`` replaces them with a neutral placeholder, which cannot be undone, so it asks for
``--yes`` and otherwise says in one line what it would do. ``--purge-backups``
erases them from this database's backups as well (of a server database, from the dumps of
it this kamdesk wrote into the user's backup folder). Both name the texts that still mention
the person, for the KAM to edit by hand.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kamdesk.cli.errors import CommandError


def register(subparsers: Any) -> None:
    """Add ``person export`` and ``person erase``."""
    person = subparsers.add_parser(
        "person", help="a person's data: export what we hold (Art. 15), erase them (Art. 17)"
    )
    actions = person.add_subparsers(dest="person_action", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write what we hold about a person")
    _person_arguments(export)
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.json|pdf")
    export.set_defaults(handler=run_export)
    erase = actions.add_parser("erase", help="erase a person (cannot be undone)")
    _person_arguments(erase)
    erase.add_argument("--yes", action="store_true", help="really erase (cannot be undone)")
    erase.add_argument("--purge-backups", action="store_true",
                       help="also erase the person from this database's backups (of a server "
                            "database: the dumps of it in your backup folder)")
    erase.set_defaults(handler=run_erase)


def _person_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("account", metavar="ACCOUNT", help="the account's id or exact name")
    parser.add_argument("name", metavar="NAME", help="the person's exact name (or id)")


def run_export(arguments: argparse.Namespace) -> int:
    """Write the person's record and say where, with the count of places they appear."""
    from kamdesk.cli.database_option import open_chosen_database
    from kamdesk.services.admin.person_access_request import UNREADABLE, export_person
    from kamdesk.services.export.person_export import person_export_format
    from kamdesk.services.stakeholders.personal_data_erasure import find_person

    output: Path = arguments.output
    person_export_format(output)  # refuse a wrong suffix before opening anything
    if not output.parent.is_dir():
        raise CommandError(f"The folder {output.parent} does not exist.")
    db = open_chosen_database(arguments)
    try:
        person = find_person(db, arguments.account, arguments.name)
        record = export_person(db, person, output, lang=arguments.lang)
    finally:
        db.close()
    unreadable = [copy for copy in record.copies if copy.kind.startswith(UNREADABLE)]
    print(f"Wrote what we hold about {record.name} ({len(record.interactions)} interactions, "
          f"{len(record.actions) + len(record.mentions)} texts naming them, "
          f"{len(record.copies) - len(unreadable)} copies holding them) to {output}.")
    for copy in unreadable:
        # Listed in the file as unreadable; the KAM should know why it could not be searched.
        what = "server dump" if copy.kind.endswith("server_dump") else "backup"
        print(f"  The {what} {copy.where} could not be read, so it may hold them too; "
              "the file lists it as unreadable.")
    return 0


def run_erase(arguments: argparse.Namespace) -> int:
    """Erase the person after ``--yes``; print what was done and what is left to edit."""
    from kamdesk.cli.database_option import open_chosen_database
    from kamdesk.services.admin.person_in_backups import backups_holding, purge_from_backups
    from kamdesk.services.stakeholders.personal_data_erasure import erase_people, find_person

    db = open_chosen_database(arguments)
    try:
        person = find_person(db, arguments.account, arguments.name)
        holding = backups_holding(db, person)
        name = holding.person.name
        copies_word = "server dumps" if holding.server_dumps else "backups"
        if not arguments.yes:
            copies = f" and from {len(holding.backups)} {copies_word}" if (
                arguments.purge_backups and holding.backups) else ""
            raise CommandError(
                f"This would replace {name}'s name, contact data, notes and our judgement "
                f"of them with a placeholder, in the database and its plan snapshots{copies}; "
                "it cannot be undone. Add --yes to erase."
            )
        report = erase_people(db, [person])
        print(f"Erased {name}: the record is now {report.placeholders[0]!r}.")
        if arguments.purge_backups:
            purged = purge_from_backups(db, holding)
            print(f"Erased them from {len(purged.purged)} of {len(holding.backups)} "
                  f"{copies_word} holding them.")
            for refused in purged.refused:
                print(f"  {refused.reason}")
        elif holding.backups:
            dates = ", ".join(f"{b.taken_at:%Y-%m-%d %H:%M} UTC" for b in holding.backups)
            # Once erased, they are found there by their row: the placeholder's erase purges.
            print(f"{len(holding.backups)} {copies_word} made before still hold them ({dates}); "
                  f"to erase them there too, run: kamdesk person erase {arguments.account} "
                  f"{report.placeholders[0]!r} --yes --purge-backups")
        if not arguments.purge_backups:
            for unreadable in holding.unreadable:
                print(f"  {unreadable.reason}")
        if report.mentions:
            print(f"{len(report.mentions)} texts still name them; edit them by hand:")
            for mention in report.mentions:
                print(f"  {mention.record_kind} {mention.record_id}, {mention.field}: "
                      f"{mention.excerpt}")
        if not report.file_wiped and db.location.path is None:
            print("The server keeps old row versions until its next VACUUM, which is its "
                  "administrator's to run.")
        elif not report.file_wiped:
            print("Another program has the database open, so the old bytes are not yet wiped "
                  f"from the file; close it and run: kamdesk person erase {arguments.account} "
                  f"{report.placeholders[0]!r} --yes")
    finally:
        db.close()
    return 0
