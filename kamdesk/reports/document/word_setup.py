"""The Word document's frame: paper and margins, the house look of Word's own styles, the
running header and the "Page x of y" footer (real page fields), the table of contents
field, and document properties that say nothing internal in the client version.

Word computes page numbers and the contents itself; the document asks it to refresh its
fields on opening, and until then the contents show the section titles it will list.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, cast

from docx.document import Document as DocumentType
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.section import Section
from docx.shared import Length, Pt
from docx.text.paragraph import Paragraph

from kamdesk.reports.context import RenderContext
from kamdesk.reports.document.word_blocks import clean, hex_of, page_break, rgb
from kamdesk.reports.page_templates import page_size
from kamdesk.reports.styles import ACCENT, MUTED, TEXT

MARGIN = 56.7  # 2 cm
_FIELD = re.compile(r"\{(page|pages)\}")


def set_up_pages(doc: DocumentType, paper: str) -> None:
    """Portrait pages of ``paper`` with 2 cm margins."""
    width, height = page_size(paper)
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Pt(width), Pt(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Pt(MARGIN))


def text_width(section: Section) -> float:
    """The width between the margins, in points."""
    width = int(section.page_width or 0) - int(section.left_margin or 0)
    return (width - int(section.right_margin or 0)) / 12700


def text_height(section: Section) -> float:
    """The height between the margins, in points."""
    height = int(section.page_height or 0) - int(section.top_margin or 0)
    return (height - int(section.bottom_margin or 0)) / 12700


def turn(doc: DocumentType, landscape: bool) -> Section:
    """Start a new page in the other orientation (the map and a wide matrix go landscape)."""
    current = doc.sections[-1]
    wanted = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    if current.orientation == wanted:
        page_break(doc)
        return current
    section: Section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = wanted
    section.page_width, section.page_height = current.page_height, current.page_width
    return section


def style_document(doc: DocumentType, lang: str) -> None:
    """Word's styles in the printed plan's look: ink-blue headings, calm body text."""
    styles = doc.styles
    normal = cast(Any, styles["Normal"])
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = rgb(TEXT)
    normal.paragraph_format.space_after = Pt(5)
    _language(normal, "de-DE" if lang == "de" else "en-GB")
    for name in ("Header", "Footer"):
        # The template's centre and right tabs are set for Letter paper: the running text
        # sets its own right tab at the margin.
        cast(Any, styles[name]).paragraph_format.tab_stops.clear_all()
    for name, size, before in (("Heading 1", 17, 18), ("Heading 2", 12.5, 12),
                               ("Heading 3", 10.5, 8), ("Title", 28, 0),
                               ("TOC Heading", 17, 0)):
        style = cast(Any, styles[name])
        style.font.name = "Cambria"
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = rgb(ACCENT)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(6)
        # Word's default headings draw a rule under the title style: keep the page calm.
        for border in style.element.findall(f".//{qn('w:pBdr')}"):
            border.getparent().remove(border)


def _language(style: Any, tag: str) -> None:
    """The proofing language of the text, so Word checks spelling in the right one."""
    properties = style.element.get_or_add_rPr()
    for old in properties.findall(qn("w:lang")):
        properties.remove(old)
    properties.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{tag}"/>'))


def _field(paragraph: Paragraph, instruction: str, shown: str) -> None:
    """A simple field (PAGE, NUMPAGES) whose last value is ``shown``."""
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instruction}"><w:r><w:rPr><w:b w:val="0"/>'
        f'<w:color w:val="{hex_of(MUTED)}"/><w:sz w:val="16"/></w:rPr><w:t>{shown}</w:t>'
        "</w:r></w:fldSimple>"
    ))


def running_text(doc: DocumentType, header_left: str, header_right: str, footer_left: str,
                 page_pattern: str) -> None:
    """Header (account, document) and footer (date, "Page x of y") of every page."""
    section = doc.sections[0]
    width = Pt(text_width(section))
    header = section.header.paragraphs[0]
    _two_sides(header, clean(header_left), clean(header_right), width)
    footer = section.footer.paragraphs[0]
    footer.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _small(footer.add_run(clean(footer_left) + "\t"))
    # "Page {page} of {pages}" from the catalogue: its words as text, the numbers as fields.
    for index, piece in enumerate(_FIELD.split(page_pattern)):
        if index % 2:
            _field(footer, "PAGE" if piece == "page" else "NUMPAGES", "1")
        elif piece:
            _small(footer.add_run(piece))


def _two_sides(paragraph: Paragraph, left: str, right: str, width: Length) -> None:
    paragraph.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    _small(paragraph.add_run(f"{left}\t{right}"))


def _small(run: Any) -> None:
    run.font.size = Pt(8)
    run.font.color.rgb = rgb(MUTED)


def contents_field(doc: DocumentType, titles: Sequence[str], hint: str) -> None:
    """A table-of-contents field over headings 1–2, showing ``titles`` until Word fills it.

    The field is marked dirty and the settings ask Word to update fields on opening, so
    the page numbers appear there; LibreOffice shows the titles (and fills in the numbers
    through Tools → Update).
    """
    first = doc.add_paragraph()
    first._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin" w:dirty="true"/></w:r>'
    ))
    first._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u '
        "</w:instrText></w:r>"
    ))
    first._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
    last = first
    for index, title in enumerate(titles):
        para = first if index == 0 else doc.add_paragraph()
        para.add_run(clean(title))
        last = para
    last._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))
    note = doc.add_paragraph()
    _small(note.add_run(clean(hint)))
    settings = cast(Any, doc.settings).element
    if settings.find(qn("w:updateFields")) is None:
        settings.append(parse_xml(f'<w:updateFields {nsdecls("w")} w:val="true"/>'))


def set_properties(doc: DocumentType, ctx: RenderContext) -> None:
    """Core properties like the PDF's metadata, and plain application properties."""
    plan, meta = ctx.plan, ctx.plan.meta
    props = doc.core_properties
    document = ctx.t("doc.partnership_plan_fy" if ctx.client else "doc.account_plan_fy",
                     year=meta.fiscal_year)
    author = clean(meta.company_name if ctx.client else (meta.kam or meta.company_name))
    props.title = f"{document} — {clean(plan.account.name)}"[:255]
    props.author = props.last_modified_by = author[:255]
    props.subject = ctx.t("meta.subject_client" if ctx.client else "meta.subject_internal")
    props.keywords = ctx.t("meta.keywords_client" if ctx.client else "meta.keywords_internal")
    props.comments = props.category = props.content_status = ""
    props.identifier = props.version = ""
    props.language = "de-DE" if ctx.lang == "de" else "en-GB"
    props.revision = 1
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    props.created = props.modified = props.last_printed = now
    _plain_package(doc)


_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
    'extended-properties"><Application>kamdesk</Application></Properties>'
)


def _plain_package(doc: DocumentType) -> None:
    """python-docx's template brings a thumbnail of an empty page and Word's application
    properties: drop the one, write our own of the other."""
    package = cast(Any, doc.part.package)
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)
        elif rel.reltype == RT.EXTENDED_PROPERTIES:
            rel.target_part._blob = _APP_XML.encode("utf-8")
