"""Writing what we hold about a person to a file: JSON for machines, PDF for the person.

The JSON is :func:`~kamdesk.domain.plain_json.dumps` of the
:class:`~kamdesk.domain.personal_data.PersonRecord`: plain, with stable keys and ISO dates,
led by its ``format`` and ``version``. The PDF is printed in the language asked for, else
the company locale's. Either file is written whole or not at all. Unlike a plan export,
nothing is recorded in the database: the person's data is only read.

The record comes whole from :func:`kamdesk.services.admin.person_access_request.person_record`
(the database and every copy holding the person, whatever the backend); that search sits in
``admin``, above this layer, so this module only writes what it is given.
"""

from __future__ import annotations

from pathlib import Path

from kamdesk.domain.document_choices import LANGUAGES
from kamdesk.domain.personal_data import PersonRecord
from kamdesk.domain.plain_json import dumps
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.export.document_choice_refusals import LANGUAGE, check_choice
from kamdesk.services.export.plan_export import default_language, default_paper, write_atomically
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError

FORMATS = (".json", ".pdf")


def person_export_format(destination: Path) -> str:
    """``.json`` or ``.pdf`` from the file name; one sentence for anything else."""
    suffix = destination.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "Name the file ….json or ….pdf; {name!r} is neither.",
            ).format(name=destination.name)
        )
    return suffix


def write_person_record(
    db: Database, record: PersonRecord, destination: Path, *, lang: str | None = None
) -> None:
    """Write the person's record to ``destination`` (JSON or PDF by its suffix)."""
    suffix = person_export_format(destination)
    if suffix == ".json":
        write_atomically(destination, (dumps(record) + "\n").encode("utf-8"))
        return
    with db.session() as session:
        locale = settings_row(session).locale
    from kamdesk.reports.person_record_document import render_person_record

    # Checked here, so that the renderer's own ValueError is only ever a programming error.
    check_choice(LANGUAGE, lang, LANGUAGES)
    language = lang or default_language(locale)
    pdf = render_person_record(record, lang=language, paper=default_paper(locale))
    write_atomically(destination, pdf)
