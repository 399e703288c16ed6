"""Keys under which imported names and e-mail addresses are matched with stored ones.

"Brühl  Präzisionsteile AG", "brühl präzisionsteile ag" and the same name with a
decomposed "ü" are one account: a second import of a file must find what the first one
created, whatever the spreadsheet did to case, spacing or Unicode form. Legal forms and
punctuation are kept: "Meyer GmbH" and "Meyer AG" are different companies.
"""

from __future__ import annotations

import unicodedata


def name_key(text: str) -> str:
    """A name reduced to what tells it apart: Unicode form, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def email_key(text: str) -> str:
    """An e-mail address compared without case and surrounding spaces."""
    return text.strip().casefold()
