"""How the app shows a person's name: an erased person's placeholder in the user's language.

Erasure stores one fixed English form, "Former contact N" (so that it can be recognised
and numbered whatever language wrote it); every view shows it translated.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.former_contacts import placeholder_number


def shown_person_name(name: str | None) -> str:
    """``name`` as the user reads it ("Ehemaliger Kontakt 3" in German); None: ""."""
    if name is None:
        return ""
    number = placeholder_number(name)
    if number is None:
        return name
    return QCoreApplication.translate("PersonNames", "Former contact %1").replace(
        "%1", str(number)
    )
