"""Slide decks and Word documents as PDF pages, through LibreOffice where it is installed.

kamdesk writes .pptx and .docx itself; to *show* one (the Export dialog's preview, the
screenshots in ``docs/``) it asks LibreOffice to convert it, headless. LibreOffice runs with
a profile of kamdesk's own, so a LibreOffice the user has open is neither disturbed nor
asked to do the work, and conversions take turns, since one profile serves one process at
a time. Without LibreOffice the callers describe the file instead.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

from platformdirs import user_cache_dir

TIMEOUT_SECONDS = 120
_NAMES = ("soffice", "libreoffice")
_lock = threading.Lock()


def libreoffice() -> str | None:
    """The LibreOffice program, or None where it is not installed."""
    for name in _NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _profile() -> Path:
    folder = Path(user_cache_dir("kamdesk", appauthor=False)) / "libreoffice-profile"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def office_to_pdf(data: bytes, suffix: str) -> bytes | None:
    """The .pptx or .docx ``data`` as PDF bytes; None without LibreOffice or when it fails.

    A failure is not an error of the export (the file itself is fine); the caller falls
    back to describing the file.
    """
    program = libreoffice()
    if program is None:
        return None
    with _lock, tempfile.TemporaryDirectory(prefix="kamdesk-preview-") as folder:
        source = Path(folder) / f"preview{suffix}"
        source.write_bytes(data)
        try:
            subprocess.run(
                [program, f"-env:UserInstallation={_profile().as_uri()}", "--headless",
                 "--norestore", "--convert-to", "pdf", "--outdir", folder, str(source)],
                capture_output=True, timeout=TIMEOUT_SECONDS, check=False,
            )
        except (OSError, subprocess.TimeoutExpired):
            return None
        result = source.with_suffix(".pdf")
        return result.read_bytes() if result.exists() else None
