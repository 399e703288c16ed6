"""One import from start to end: read the file, match its columns, plan, write or not.

:func:`preview_import` reads a file and says how it would be read (encoding, delimiter,
number format, date order, which column fills which field) — what the app's wizard shows
and lets the user change. :func:`run_import` plans the import in one transaction and
writes it there too, unless it is a dry run or any row has a problem (all or nothing);
with ``skip_invalid`` the valid rows are written and the rest reported. Progress is
reported per record; a progress callback that returns False cancels, and the transaction
is rolled back: nothing is written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from kamdesk.domain.header_matching import (
    ColumnMapping,
    ColumnTarget,
    MappingError,
    match_columns,
)
from kamdesk.domain.import_fields import ImportKind
from kamdesk.domain.import_records import (
    ImportRecord,
    RowProblem,
    column_label,
    decide_formats,
    read_records,
)
from kamdesk.domain.import_values import ValueFormats
from kamdesk.domain.spreadsheet_dates import SlashOrder
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, message_of
from kamdesk.services.common.account_lookup import find_account
from kamdesk.services.common.company_settings import settings_row
from kamdesk.services.exchange.account_import import plan_accounts
from kamdesk.services.exchange.contact_import import plan_contacts
from kamdesk.services.exchange.file_reading import read_table
from kamdesk.services.exchange.import_changes import ImportChanges
from kamdesk.services.exchange.import_plan import AccountResolver, ImportPlan, accounts_by_key
from kamdesk.services.exchange.raw_table import RawTable, ReadOptions
from kamdesk.services.exchange.revenue_import import plan_revenue
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError

Progress = Callable[[int, int], bool]
"""``progress(done, total)``; returning False cancels the import (nothing is written)."""

PREVIEW_ROWS = 20


class ImportCancelled(Exception):
    """The user cancelled; the transaction was rolled back."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was written.")


@dataclass(frozen=True)
class ImportRequest:
    """What to import and how the user wants the file read (None: as detected)."""

    kind: ImportKind
    path: Path
    read: ReadOptions = field(default_factory=ReadOptions)
    mapping: Mapping[str, str | None] = field(default_factory=dict)
    decimal_comma: bool | None = None
    slash_order: SlashOrder | None = None
    account: str | None = None  # the account of every row (contacts, revenue)


@dataclass(frozen=True)
class ImportPreview:
    """How a file would be read: the table, its formats, and the column mapping."""

    table: RawTable
    mapping: ColumnMapping
    formats: ValueFormats
    missing: tuple[str, ...]  # codes of required fields no column fills (MISSING_SENTENCES)


@dataclass(frozen=True)
class ImportReport:
    """What an import did (or, for a dry run or a refused file, would do)."""

    kind: ImportKind
    created: int
    updated: int
    unchanged: int
    rejected: tuple[RowProblem, ...]
    dry_run: bool
    written: bool
    team_members_created: int
    preview: ImportPreview
    changes: ImportChanges | None = None

    def as_json(self) -> dict[str, object]:
        """The shape ``--format json`` prints."""
        return {
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [
                {"line": p.line, "column": p.column, "message": p.message}
                for p in self.rejected
            ],
            "dry_run": self.dry_run,
            "written": self.written,
            "team_members_created": self.team_members_created,
        }


def read_mapping_file(path: Path) -> dict[str, str | None]:
    """A ``--mapping`` file: a JSON object of column header → field (or null to ignore)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The mapping file {path} does not exist.",
            ).format(path=path)
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The mapping file {path} is not valid JSON ({error}).",
            ).format(path=path, error=error)
        ) from None
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in data.items()
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The mapping file {path} must be a JSON object of column → field, e.g. "
                "{{\"Security\": \"name\", \"GICS Sector\": \"industry\"}}.",
            ).format(path=path)
        )
    return data


def _adjust_revenue(mapping: ColumnMapping) -> ColumnMapping:
    """A "Quartal" column without a year column holds whole labels ("Q3 2026"): a period."""
    if mapping.has("quarter") and not mapping.has("year") and not mapping.has("period"):
        index = mapping.column_of("quarter")
        targets = list(mapping.targets)
        if index is not None:
            targets[index] = ColumnTarget("period")
        return replace(mapping, targets=tuple(targets))
    return mapping


# What a file must provide, by code, with the sentence the command line prints.
MISSING_SENTENCES = {
    "account_name": QT_TRANSLATE_NOOP(
        "ServiceMessage", "No column holds the account name (e.g. Firma or Company)."
    ),
    "contact_name": QT_TRANSLATE_NOOP(
        "ServiceMessage", "No column holds the contact's name (e.g. Name or Nachname)."
    ),
    "account": QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "No column names the account (e.g. Firma or Kunde); choose one account for "
        "the whole file instead.",
    ),
    "period": QT_TRANSLATE_NOOP(
        "ServiceMessage", "No column names the quarter (e.g. Quartal, or Q3 2026 columns)."
    ),
    "amount": QT_TRANSLATE_NOOP(
        "ServiceMessage", "No column holds an amount (e.g. Umsatz or Plan)."
    ),
}


def _missing(mapping: ColumnMapping, request: ImportRequest) -> tuple[str, ...]:
    """Codes of what the mapping lacks (see MISSING_SENTENCES)."""
    kind = mapping.kind
    missing: list[str] = []
    if kind is ImportKind.ACCOUNTS and not mapping.has("name"):
        missing.append("account_name")
    if kind is ImportKind.CONTACTS and not any(
        mapping.has(f) for f in ("name", "first_name", "last_name", "email")
    ):
        missing.append("contact_name")
    if kind is not ImportKind.ACCOUNTS and not mapping.has("account") and not request.account:
        missing.append("account")
    if kind is ImportKind.REVENUE:
        wide = bool(mapping.quarter_columns())
        has_period = mapping.has("period") or (mapping.has("year") and mapping.has("quarter"))
        if not wide and not has_period:
            missing.append("period")
        if not wide and not (mapping.has("actual") or mapping.has("plan")):
            missing.append("amount")
    return tuple(missing)


def preview_import(db: Database, request: ImportRequest) -> ImportPreview:
    """Read the file and decide how it would be imported (reads the database only)."""
    table = read_table(request.path, request.read)
    if table.file_kind == "vcf" and request.kind is not ImportKind.CONTACTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} holds vCards, which are imported as contacts.",
            ).format(path=request.path)
        )
    try:
        mapping = match_columns(request.kind, table.header, request.mapping)
    except MappingError as error:
        raise ValidationError(message_of(error) or str(error)) from None
    if request.kind is ImportKind.REVENUE:
        mapping = _adjust_revenue(mapping)
    with db.session() as session:
        start_month = settings_row(session).fiscal_year_start_month
    formats = decide_formats(
        table.rows, mapping,
        default_decimal_comma=table.delimiter == ";",
        decimal_comma=request.decimal_comma,
        slash_order=request.slash_order,
        fiscal_year_start_month=start_month,
    )
    return ImportPreview(table, mapping, formats, _missing(mapping, request))


def _plan(db_session: Session, request: ImportRequest, preview: ImportPreview,
          records: list[ImportRecord], now: datetime, tick: Callable[[int], None]
          ) -> ImportPlan:
    mapping = preview.mapping
    if request.kind is ImportKind.ACCOUNTS:
        return plan_accounts(db_session, records, mapping, now, tick)
    accounts = accounts_by_key(db_session)
    default_id = None
    if request.account:
        default_id = find_account(db_session, request.account).id
    resolver = AccountResolver(accounts, default_id, column_label(mapping, "account"))
    if request.kind is ImportKind.CONTACTS:
        return plan_contacts(db_session, records, mapping, resolver, now, tick)
    return plan_revenue(db_session, records, mapping, resolver, now, tick)


def run_import(
    db: Database,
    request: ImportRequest,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    progress: Progress | None = None,
    preview: ImportPreview | None = None,
) -> ImportReport:
    """Import the file (see the module doc); raises ValidationError for a refused file."""
    shown = preview or preview_import(db, request)
    if shown.missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{file} cannot be imported as {kind}. {missing} Map a column with --mapping "
                "(or in the import wizard).",
            ).format(
                file=request.path.name,
                kind=request.kind.value,
                missing=tuple(MISSING_SENTENCES[code] for code in shown.missing),
            )
        )
    records, problems = read_records(shown.table.rows, shown.mapping, shown.formats)
    problems = [*shown.table.problems, *problems]
    total = max(len(records), 1)

    def tick(done: int) -> None:
        if progress is not None and done % 200 == 0 and not progress(done, total * 2):
            raise ImportCancelled()

    now = datetime.now(UTC)
    changes = ImportChanges()
    written = False
    with db.session() as session:
        plan = _plan(session, request, shown, records, now, tick)
        rejected = sorted([*problems, *plan.problems], key=lambda p: p.line)
        if not dry_run and (skip_invalid or not rejected):
            if progress is not None and not progress(total, total * 2):
                raise ImportCancelled()
            plan.write(session, now, changes)
            written = not changes.is_empty()
            if progress is not None and not progress(total * 2, total * 2):
                raise ImportCancelled()  # rolls the whole transaction back
    return ImportReport(
        kind=request.kind,
        created=plan.created,
        updated=plan.updated,
        unchanged=plan.unchanged,
        rejected=tuple(rejected),
        dry_run=dry_run,
        written=written,
        team_members_created=plan.team_members_created,
        preview=shown,
        changes=changes if written else None,
    )
