"""Matching a file's column headers with the fields of an import.

Headers are matched by :func:`~kamdesk.domain.import_fields.header_key`, first column
first: when two columns mean the same field ("Telefon" and "Mobil"), the first one is used
and the second is listed as unused, never silently dropped. In a revenue file every column
whose header names a quarter ("Q1 2025", "2025-Q2", "3/2025") holds that quarter's actual
revenue (one column per quarter). The user's mapping (``--mapping`` or the wizard) names a
field, a quarter, or nothing (ignore the column) for any header and overrides the guess.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kamdesk.domain.fiscal_periods import Period
from kamdesk.domain.import_fields import FIELDS, FieldSpec, ImportKind, field_named, header_key
from kamdesk.domain.quarter_labels import match_quarter_label
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP


class MappingError(ValueError):
    """A user's column mapping that cannot apply to this file; the message says why."""


@dataclass(frozen=True)
class ColumnTarget:
    """What one column fills: a field, and for one-column-per-quarter revenue its quarter."""

    field: str
    period: Period | None = None

    def label(self) -> str:
        """How the target is written in a mapping: ``industry`` or ``Q3 2026``."""
        if self.period is not None:
            return f"Q{self.period[1]} {self.period[0]}"
        return self.field


@dataclass(frozen=True)
class ColumnMapping:
    """Which column fills which field; None for a column that is not imported."""

    kind: ImportKind
    header: tuple[str, ...]
    targets: tuple[ColumnTarget | None, ...]

    def column_of(self, field: str) -> int | None:
        """The index of the column that fills a (non-quarter) field."""
        for index, target in enumerate(self.targets):
            if target is not None and target.field == field and target.period is None:
                return index
        return None

    def has(self, field: str) -> bool:
        """Whether some column fills the field."""
        return self.column_of(field) is not None

    def quarter_columns(self) -> tuple[tuple[int, Period], ...]:
        """The columns of a one-column-per-quarter revenue sheet, with their quarters."""
        return tuple(
            (index, target.period)
            for index, target in enumerate(self.targets)
            if target is not None and target.period is not None
        )

    def unused(self) -> tuple[str, ...]:
        """Headers of the columns that are not imported."""
        return tuple(h for h, t in zip(self.header, self.targets, strict=True) if t is None)

    def as_dict(self) -> dict[str, str | None]:
        """Header → target label (None: ignored), the shape ``--mapping`` files have."""
        return {
            h: (t.label() if t is not None else None)
            for h, t in zip(self.header, self.targets, strict=True)
        }


def _guess(
    spec_by_key: Mapping[str, FieldSpec], kind: ImportKind, text: str
) -> ColumnTarget | None:
    spec = spec_by_key.get(header_key(text))
    if spec is not None:
        return ColumnTarget(spec.name)
    if kind is ImportKind.REVENUE:
        period = match_quarter_label(text)
        if period is not None:
            return ColumnTarget("actual", period)
    return None


def parse_target(kind: ImportKind, text: str | None) -> ColumnTarget | None:
    """A mapping's target: a field name, a quarter label (revenue), or nothing."""
    if text is None or not text.strip():
        return None
    name = text.strip()
    if field_named(kind, name) is not None:
        return ColumnTarget(name)
    if kind is ImportKind.REVENUE:
        period = match_quarter_label(name)
        if period is not None:
            return ColumnTarget("actual", period)
    names = ", ".join(spec.name for spec in FIELDS[kind])
    if kind is ImportKind.REVENUE:
        raise MappingError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{name!r} is not a field of {kind}; use one of {names} or a quarter such as "
                "'Q3 2026'.",
            ).format(name=name, kind=kind.value, names=names)
        )
    raise MappingError(
        QT_TRANSLATE_NOOP(
            "ServiceMessage", "{name!r} is not a field of {kind}; use one of {names}."
        ).format(name=name, kind=kind.value, names=names)
    )


def match_columns(
    kind: ImportKind,
    header: Sequence[str],
    overrides: Mapping[str, str | None] | None = None,
) -> ColumnMapping:
    """The mapping of a file's columns: guessed from the headers, then the user's overrides."""
    spec_by_key: dict[str, FieldSpec] = {}
    for spec in FIELDS[kind]:
        for synonym in (spec.name, *spec.headers):
            spec_by_key.setdefault(header_key(synonym), spec)
    chosen = dict(overrides or {})
    unknown = [name for name in chosen if name not in header]
    if unknown:
        columns = ", ".join(repr(h) for h in header)
        raise MappingError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "The mapping names the column {column!r}, which the file does not have "
                "(its columns: {columns}).",
            ).format(column=unknown[0], columns=columns)
        )
    forced = {parse_target(kind, value) for value in chosen.values()}
    targets: list[ColumnTarget | None] = []
    taken: set[ColumnTarget] = set()
    for text in header:
        if text in chosen:
            target = parse_target(kind, chosen[text])
            if target is not None and target in taken:
                raise MappingError(
                    QT_TRANSLATE_NOOP(
                        "ServiceMessage", "The mapping gives {field!r} to more than one column."
                    ).format(field=target.label())
                )
        else:
            target = _guess(spec_by_key, kind, text)
            if target is not None and (target in taken or target in forced):
                target = None  # the first column (or the user's choice) has it already
        if target is not None:
            taken.add(target)
        targets.append(target)
    return ColumnMapping(kind, tuple(header), tuple(targets))
