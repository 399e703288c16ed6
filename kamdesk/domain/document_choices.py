"""The choices a printed document offers: language, paper size and audience.

They live here, in plain Python, so that the command line can offer them in ``--help``
without loading the services and reportlab that render the documents.
"""

from __future__ import annotations

from typing import Final

LANGUAGES: Final = ("en", "de")
PAPERS: Final = ("a4", "letter")
AUDIENCES: Final = ("internal", "client")
