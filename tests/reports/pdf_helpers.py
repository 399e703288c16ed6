"""Reading rendered PDFs back in the report tests."""

from __future__ import annotations

import functools
import io
import re

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    """A pypdf reader over PDF bytes."""
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of each page."""
    return list(_extracted(pdf))


@functools.lru_cache(maxsize=32)
def _extracted(pdf: bytes) -> tuple[str, ...]:
    """Each page's text, extracted once per document: pypdf's extraction costs more than the
    rendering, and a module's tests read the same few documents again and again."""
    return tuple(page.extract_text() or "" for page in reader(pdf).pages)


def flat(pdf: bytes) -> str:
    """All text with runs of whitespace collapsed to one space."""
    return re.sub(r"\s+", " ", " ".join(page_texts(pdf)))


def printed_on_a_page(pdf: bytes, words: str) -> bool:
    """True if one page's text holds ``words`` (whitespace collapsed as in :func:`flat`).

    Reads the pages in order and stops at the first that holds them: extracting the text
    of a long document is most of its test's time.
    """
    return any(
        words in re.sub(r"\s+", " ", page.extract_text() or "") for page in reader(pdf).pages
    )


def squeezed(pdf: bytes) -> str:
    """All text without any whitespace (long words are split across lines in cells)."""
    return re.sub(r"\s+", "", "".join(page_texts(pdf)))


def metadata_text(pdf: bytes) -> str:
    """The document information dictionary as one string."""
    meta = reader(pdf).metadata or {}
    return " ".join(f"{key}={value}" for key, value in meta.items())


def font_files(pdf: bytes) -> dict[str, bool]:
    """Every font used on any page, and whether its file is embedded."""
    fonts: dict[str, bool] = {}
    for page in reader(pdf).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        font_dict = resources.get_object().get("/Font")
        if font_dict is None:
            continue
        for ref in font_dict.get_object().values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for descendant in font.get("/DescendantFonts") or []:
                descriptors.append(descendant.get_object().get("/FontDescriptor"))
            embedded = False
            for descriptor in descriptors:
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                embedded |= any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return fonts
