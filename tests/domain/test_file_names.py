"""Safe file names: every name kamdesk makes is valid on Windows, macOS and Linux."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.domain.file_names import (
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    is_safe_file_name,
    safe_file_name,
)


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("Account plan – Müller & Söhne – 2026-11-27.pdf",
         "Account plan – Müller & Söhne – 2026-11-27.pdf"),
        ('Plan – A/S "Nord": <Ost>|West? * – 2026-11-27.pdf',
         "Plan – A S Nord Ost West – 2026-11-27.pdf"),
        ("Plan – tab\there – x.pdf", "Plan – tab here – x.pdf"),
        ("Review 2026-11-27 10:30:00.pdf", "Review 2026-11-27 10 30 00.pdf"),
        ("C:\\Users\\kam\\plan.pdf", "C Users kam plan.pdf"),
        ("...pdf", "export.pdf"),
        ("  .hidden plan.pdf", "hidden plan.pdf"),
        ("Plan ends with dots... .pdf", "Plan ends with dots.pdf"),
        ("Acme Ltd. ", "Acme Ltd"),
        ("kamdesk.sqlite3-20261127-103000-daily.sqlite3",
         "kamdesk.sqlite3-20261127-103000-daily.sqlite3"),
        ("", "export"),
        ("???", "export"),
    ],
)
def test_forbidden_characters_dots_and_spaces(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("CON", "CON_"),
        ("con.pdf", "con_.pdf"),
        ("Nul .pdf", "Nul_.pdf"),
        ("aux.tar.gz", "aux_.tar.gz"),
        ("COM1.svg", "COM1_.svg"),
        ("lpt9", "lpt9_"),
        ("COM¹.png", "COM¹_.png"),
        ("CONSOLE.pdf", "CONSOLE.pdf"),  # only the exact device names are reserved
        ("COM10.pdf", "COM10.pdf"),
        ("Icon.pdf", "Icon.pdf"),
    ],
)
def test_windows_device_names_are_avoided(name: str, safe: str) -> None:
    assert safe_file_name(name) == safe


def test_long_names_keep_their_extension() -> None:
    # 150 characters in all: "Plan – " (7) + 139 x + ".pdf" (4).
    assert safe_file_name("Plan – " + "x" * 300 + ".pdf") == "Plan – " + "x" * 139 + ".pdf"
    assert safe_file_name("y" * 300 + ".sqlite3", limit=200) == "y" * 192 + ".sqlite3"


def test_shortening_never_leaves_a_trailing_space_or_dot() -> None:
    # Cut after 146 characters the stem would end in "a ." – both go.
    name = "a" * 144 + " ." + "b" * 20 + ".pdf"
    assert safe_file_name(name) == "a" * 144 + ".pdf"


def test_umlauts_and_cjk_count_in_utf8_bytes() -> None:
    # 150 characters of "ü" are 300 bytes: ext4 and APFS refuse more than 255.
    name = safe_file_name("ü" * 300 + ".pdf")
    assert name == "ü" * 125 + ".pdf"  # 250 + 4 bytes
    # 251 bytes are left beside ".pdf": 83 characters of 3 bytes each.
    assert safe_file_name("計" * 100 + ".pdf") == "計" * 83 + ".pdf"


def test_a_reserved_name_at_the_limit_still_fits() -> None:
    name = safe_file_name("CON." + "x" * 200, limit=12)
    assert name == "CON_.xxxxxxx" and len(name) == 12


def test_the_limit_must_leave_room_for_a_name() -> None:
    with pytest.raises(ValueError, match="between 12 and 200"):
        safe_file_name("plan.pdf", limit=201)
    with pytest.raises(ValueError, match="between 12 and 200"):
        safe_file_name("plan.pdf", limit=5)


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("plan.pdf", True),
        ("a:b.pdf", False),
        ("plan.pdf.", False),
        ("plan.pdf ", False),
        ("0..0", False),  # the stem "0." would lose its dot (found by hypothesis)
        ("plan .pdf", False),
        ("v2.1.pdf", True),
        (".plan.pdf", False),
        ("nul.txt", False),
        ("x" * 201, False),
        ("ü" * 128, False),  # 256 bytes
        ("", False),
    ],
)
def test_is_safe_file_name(name: str, safe: bool) -> None:
    assert is_safe_file_name(name) is safe


@given(st.text(max_size=400), st.integers(min_value=12, max_value=MAX_NAME_CHARS))
def test_every_result_is_safe(name: str, limit: int) -> None:
    result = safe_file_name(name, limit=limit)
    assert is_safe_file_name(result), result
    assert len(result) <= limit and len(result.encode()) <= MAX_NAME_BYTES


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_a_safe_name_stays_as_it_is(name: str) -> None:
    if is_safe_file_name(name) and " ".join(name.split()) == name:
        assert safe_file_name(name) == name
