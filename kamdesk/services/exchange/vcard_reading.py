"""Reading contacts from vCard files (.vcf) as Outlook, Google, Apple and Android write them.

vobject parses the cards (vCard 2.1, 3.0 and 4.0). Real exports trip it in ways this module
repairs first, each on purpose:

* line endings: Apple writes ``\\r\\r\\n``; every ending becomes ``\\n``;
* binary properties (PHOTO, LOGO, SOUND, KEY) are dropped: kamdesk stores none of them,
  and a slightly malformed photo otherwise makes the whole file unreadable;
* vCard 2.1 quoted-printable values (Outlook, Android) have soft line breaks that vobject
  does not join, and Android writes invalid UTF-8 inside them: such values are decoded
  here, invalid bytes shown as "�", and handed on as plain text.

Each card becomes one row with the contact fields' names as headers; a card that still
cannot be read is a problem of its own line, not the end of the file.
"""

from __future__ import annotations

import quopri
import re
from pathlib import Path
from typing import Any

from kamdesk.domain.import_records import RowProblem, TableRow, problem
from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP
from kamdesk.services.exchange.raw_table import RawTable, read_file_bytes
from kamdesk.store.errors import ValidationError

HEADER = ("name", "account", "department", "title", "email", "phone", "notes")
UNREADABLE_CARD = "unreadable_card"
_BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_PROPERTY = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$")


def _decode(data: bytes, encoding: str | None) -> str:
    if encoding is not None:
        return data.decode(encoding, errors="replace")
    for candidate in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(candidate)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # pragma: no cover - latin-1 decodes every byte


def _quoted_printable(params: str, value: str) -> tuple[str, str]:
    """A quoted-printable value decoded (in its charset), and its parameters without it."""
    charset = "utf-8"
    kept = []
    for param in params.split(";"):
        upper = param.upper()
        if upper.startswith("CHARSET="):
            charset = param.split("=", 1)[1] or charset
        elif upper not in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE") and param:
            kept.append(param)
    raw = quopri.decodestring(value.encode("ascii", errors="replace"))
    try:
        text = raw.decode(charset, errors="replace")
    except LookupError:
        text = raw.decode("utf-8", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return "".join(f";{p}" for p in kept), text


def repair(text: str) -> list[tuple[int, str]]:
    """The cards of a file as (line of BEGIN:VCARD, repaired text), see the module doc."""
    lines = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cards: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    skipping = False
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        index += 1
        if line[:1] in (" ", "\t"):
            if not skipping and current:
                current.append(line)
            continue
        skipping = False
        if not line.strip():
            continue
        match = _PROPERTY.match(line)
        name = match.group(1).upper() if match else ""
        if name == "BEGIN" and line.upper().strip() == "BEGIN:VCARD":
            current, start = [line], number
            continue
        if name in _BINARY:
            skipping = True  # its folded base64 lines follow
            continue
        if match and "QUOTED-PRINTABLE" in match.group(2).upper():
            value = match.group(3)
            while value.endswith("=") and index < len(lines):
                value = value[:-1] + lines[index]
                index += 1
            params, decoded = _quoted_printable(match.group(2), value)
            line = f"{match.group(1)}{params}:{decoded}"
        if current:
            current.append(line)
        if name == "END" and line.upper().strip() == "END:VCARD" and current:
            cards.append((start, "\n".join(current) + "\n"))
            current = []
    return cards


def _text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(_text(item).strip() for item in value if _text(item).strip())
    return str(value).strip()


def _first(card: Any, name: str, preferred: tuple[str, ...] = ()) -> str:
    entries = card.contents.get(name, [])
    if not entries:
        return ""

    def rank(entry: Any) -> int:
        types = {str(t).upper() for t in entry.params.get("TYPE", [])}
        types |= {str(p).upper() for p in getattr(entry, "singletonparams", [])}
        types |= {"PREF"} if entry.params.get("PREF") else set()
        for position, wanted in enumerate(preferred):
            if wanted in types:
                return position
        return len(preferred)

    best = min(entries, key=rank)
    return _text(best.value)


def card_cells(card: Any) -> tuple[str, ...]:
    """One card's name, company, department, title, e-mail, phone and note."""
    name = _text(card.fn.value) if "fn" in card.contents else ""
    if not name and "n" in card.contents:
        parts = card.n.value
        name = " ".join(p for p in (_text(parts.given), _text(parts.family)) if p)
    organisation = card.org.value if "org" in card.contents else []
    if isinstance(organisation, str):
        organisation = [organisation]
    company = _text(organisation[0]) if organisation else ""
    department = _text(organisation[1]) if len(organisation) > 1 else ""
    phone = _first(card, "tel", ("WORK", "PREF", "CELL"))
    if phone.lower().startswith("tel:"):  # vCard 4 writes phone numbers as URIs
        phone = phone[4:]
    return (
        name, company, department, _first(card, "title"),
        _first(card, "email", ("PREF", "WORK", "INTERNET")), phone,
        _first(card, "note").replace("\r\n", "\n"),
    )


def read_vcards(path: Path, encoding: str | None = None) -> RawTable:
    """Every card of a .vcf file as a row; unreadable cards as problems of their line."""
    import vobject  # only vCard files need it

    text = _decode(read_file_bytes(path), encoding)
    cards = repair(text)
    if not cards:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceMessage",
                "{path} holds no vCard (no BEGIN:VCARD … END:VCARD).",
            ).format(path=path)
        )
    rows: list[TableRow] = []
    problems: list[RowProblem] = []
    for line, card_text in cards:
        try:
            card = vobject.readOne(card_text, validate=False)
            rows.append(TableRow(line, card_cells(card)))
        except Exception as error:  # vobject raises many kinds; each means "unreadable"
            problems.append(problem(
                line, "", UNREADABLE_CARD,
                f"this vCard cannot be read ({type(error).__name__}: {error}).",
            ))
    return RawTable("vcf", HEADER, tuple(rows), encoding=encoding, problems=tuple(problems))
