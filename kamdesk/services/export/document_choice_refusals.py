"""The sentence for a document choice the renderers do not know: a language, a paper size …

Each kind of choice has a whole sentence of its own rather than "Unknown {what}" with a
pasted noun: German inflects the adjective with the noun's gender ("Unbekannte Sprache",
"Unbekanntes Papierformat"), so only a whole sentence can be translated. The plan, the
portfolio report and the person record check their choices here before a renderer runs,
so a renderer's own ``ValueError`` is left for programming errors.
"""

from __future__ import annotations

from collections.abc import Iterable

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.store.errors import ValidationError

DOCUMENT = "document"
LANGUAGE = "language"
PAPER_SIZE = "paper size"
AUDIENCE = "audience"
FILE_FORMAT = "file format"

# Kind of choice → its refusal; {value!r} is what was asked for, {allowed} the choices.
UNKNOWN_CHOICE: dict[str, UserMessage] = {
    DOCUMENT: QT_TRANSLATE_NOOP(
        "ServiceMessage", "Unknown document {value!r}; use one of {allowed}."
    ),
    LANGUAGE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "Unknown language {value!r}; use one of {allowed}."
    ),
    PAPER_SIZE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "Unknown paper size {value!r}; use one of {allowed}."
    ),
    AUDIENCE: QT_TRANSLATE_NOOP(
        "ServiceMessage", "Unknown audience {value!r}; use one of {allowed}."
    ),
    FILE_FORMAT: QT_TRANSLATE_NOOP(
        "ServiceMessage", "Unknown file format {value!r}; use one of {allowed}."
    ),
}


def check_choice(kind: str, value: str | None, allowed: Iterable[str]) -> None:
    """Refuse ``value`` unless it is one of ``allowed`` (None: the default, always fine)."""
    choices = tuple(allowed)
    if value is not None and value not in choices:
        raise ValidationError(
            UNKNOWN_CHOICE[kind].format(value=value, allowed=", ".join(choices))
        )
