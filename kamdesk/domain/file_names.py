"""File names kamdesk makes (export suggestions, backups) that every desktop system accepts.

A KAM may copy an exported plan from a Linux laptop to a Windows share, or open a backup
folder on a Mac, so one rule set serves all three: nothing Windows refuses (``<>:"/\\|?*``,
control characters, trailing dots and spaces, the reserved device names ``CON``, ``NUL``,
``COM1`` …), no leading dot (a hidden file on Linux and macOS: the user would not find it),
and short enough for Windows' 260-character path limit and the 255-byte name limit of
ext4 and APFS.
"""

from __future__ import annotations

import re

#: The longest name kamdesk makes, in characters (the folder needs the rest of 260).
MAX_NAME_CHARS = 200
#: ext4 and APFS count a name's UTF-8 bytes, not its characters.
MAX_NAME_BYTES = 255
#: The default: leaves room for a deep Documents folder under Windows' 260 characters.
DEFAULT_LIMIT = 150
#: The shortest limit that still holds the longest kept extension and one character.
MIN_LIMIT = 12

# Characters Windows, macOS or Linux refuse in a file name, and control characters.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
# An extension worth keeping apart when the name is shortened: ".pdf", ".sqlite3".
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}$")
# Windows device names: "CON", "con.pdf" and "Con .txt" all open the console, not a file.
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{number}" for port in ("COM", "LPT") for number in "0123456789¹²³"}
)


def safe_file_name(name: str, limit: int = DEFAULT_LIMIT, fallback: str = "export") -> str:
    """``name`` made acceptable as a file name on Windows, macOS and Linux.

    Forbidden characters and runs of white space become one space; leading and trailing
    dots and spaces go; a reserved device name gets a ``_``; the name is shortened to
    ``limit`` characters (and 255 UTF-8 bytes) keeping its extension. A name with nothing
    left becomes ``fallback`` with the extension.
    """
    if not MIN_LIMIT <= limit <= MAX_NAME_CHARS:
        raise ValueError(f"A file name limit must be between {MIN_LIMIT} and {MAX_NAME_CHARS}.")
    cleaned = " ".join(_FORBIDDEN.sub(" ", name).split())
    match = _SUFFIX.search(cleaned)
    suffix = match.group(0) if match and match.start() > 0 else ""
    stem = cleaned[: len(cleaned) - len(suffix)].strip(" .")
    max_chars, max_bytes = limit - len(suffix), MAX_NAME_BYTES - _bytes(suffix)
    stem = _fit(stem, max_chars, max_bytes) or _fit(fallback, max_chars, max_bytes)
    return stem + suffix


def is_safe_file_name(name: str) -> bool:
    """Whether ``name`` already follows every rule of :func:`safe_file_name`."""
    return (
        bool(name)
        and not _FORBIDDEN.search(name)
        and name == name.strip(" ")
        and not name.startswith(".")
        and not name.endswith(".")
        and len(name) <= MAX_NAME_CHARS
        and _bytes(name) <= MAX_NAME_BYTES
        and _base(name).upper() not in _RESERVED
        and not _stem(name).endswith((" ", "."))
    )


def _stem(name: str) -> str:
    """The name without the extension :func:`safe_file_name` keeps (whose stem it tidies)."""
    match = _SUFFIX.search(name)
    return name[: match.start()] if match and match.start() > 0 else name


def _fit(stem: str, max_chars: int, max_bytes: int) -> str:
    """The stem shortened to the limits, with a reserved device name made harmless."""
    stem = _shorten(stem, max_chars, max_bytes)
    base = _base(stem)
    if stem and base.upper() in _RESERVED:
        # One character more: shorten first so the "_" still fits.
        stem = _shorten(stem, max_chars - 1, max_bytes - 1)
        base = _base(stem)
        stem = f"{base}_{stem[len(base):]}"
    return stem


def _shorten(stem: str, max_chars: int, max_bytes: int) -> str:
    stem = stem[: max(max_chars, 0)]
    while stem and _bytes(stem) > max_bytes:
        stem = stem[:-1]
    return stem.strip(" .")


def _base(name: str) -> str:
    # Windows looks at the part before the first dot, spaces before the dot ignored.
    return name.split(".", 1)[0].rstrip(" ")


def _bytes(text: str) -> int:
    return len(text.encode("utf-8"))
