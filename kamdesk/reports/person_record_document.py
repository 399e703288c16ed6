"""The PDF of an access request: everything kamdesk holds about one person, in their language.

A plain, factual document the KAM can hand to the person (GDPR Art. 15): their details,
their lines to other people, buying-center roles, the interactions they took part in, the
actions and other texts that name them, and the copies (plan snapshots, backups or server
dumps; a server dump that could not be read, as one that may) that also hold them. Every
fixed word comes from the catalogue, in English or German; every piece of user text is
escaped (:func:`~kamdesk.reports.text_markup.markup`).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kamdesk.domain.former_contacts import placeholder_number
from kamdesk.domain.personal_data import HoldingCopy, PersonLine, PersonRecord
from kamdesk.reports.catalogue import LANGUAGES, label, text
from kamdesk.reports.fonts import register_fonts
from kamdesk.reports.formatting import Formatter
from kamdesk.reports.page_templates import (
    KamDocTemplate,
    NumberedCanvas,
    RunningText,
    frame_size,
    page_size,
    page_templates,
)
from kamdesk.reports.styles import RULE, Styles, make_styles
from kamdesk.reports.tables import house_style
from kamdesk.reports.text_markup import markup, plain

CELL_LIMIT = 600  # characters of a free text in one table cell (cells cannot split)


class PersonRecordRenderer:
    """Turns one :class:`PersonRecord` into PDF bytes; one instance per document."""

    def __init__(self, record: PersonRecord, *, lang: str, paper: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
        register_fonts()
        self.record = record
        self.lang = lang
        self.paper = paper
        self.width = frame_size(page_size(paper))[0]
        self.styles: Styles = make_styles()
        self.fmt = Formatter(lang, "EUR")  # no money here; the formatter gives the dates

    def t(self, msgid: str, **params: object) -> str:
        """A catalogue message in the document's language."""
        return text(msgid, self.lang, **params)

    def shown_name(self, name: str) -> str:
        """An erased person's placeholder in the document's language, any other name as is."""
        number = placeholder_number(name)
        return name if number is None else self.t("person.former_contact", number=number)

    def render(self) -> bytes:
        """Build the document and return the PDF bytes."""
        buffer = io.BytesIO()
        name = plain(self.shown_name(self.record.name))
        running = RunningText(
            header_left=plain(self.record.account_name),
            header_right=self.t("person.title", name=name),
            footer_left=self.fmt.date(self.record.generated_on),
            page_pattern=self.t("page.of", page="{page}", pages="{pages}"),
        )
        templates = page_templates(self.paper, running, lambda _canvas, _doc: None)[1:]
        doc = KamDocTemplate.for_kamdesk(
            buffer,
            self.paper,
            templates,
            self.lang,
            title=self.t("person.title", name=name),
            subject=self.t("person.meta_subject"),
            author="kamdesk",
        )
        doc.build(self.story(), canvasmaker=NumberedCanvas)
        return buffer.getvalue()

    def story(self) -> list[Flowable]:
        """The title, the person's details and one section per kind of place they appear."""
        record, styles = self.record, self.styles
        story: list[Flowable] = [
            Paragraph(markup(self.t("person.title", name=self.shown_name(record.name))),
                      styles.title),
            Paragraph(markup(self.t("person.subtitle", account=record.account_name,
                                    date=self.fmt.date(record.generated_on))), styles.subtitle),
            Paragraph(markup(self.t("person.intro")), styles.body_muted),
            Spacer(1, 6),
        ]
        story += self._section("person.details", [self._details()])
        story += self._section("person.lines", self._table(
            ["person.col.line", "person.col.person", "person.col.note"],
            [[self._line_kind(line), self.shown_name(line.other_name), line.note]
             for line in record.lines], [0.3, 0.3, 0.4]))
        story += self._section("person.buying_centers", self._table(
            ["person.col.buying_center", "col.role"],
            [[seat.buying_center, label(seat.role, self.lang)] for seat in record.buying_centers],
            [0.6, 0.4]))
        story += self._section("person.interactions", self._table(
            ["col.date", "col.kind", "col.summary", "col.next_steps"],
            [[self.fmt.date(i.occurred_on), label(i.kind, self.lang), i.summary, i.next_steps]
             for i in record.interactions], [0.16, 0.14, 0.4, 0.3]))
        story += self._section("person.actions", self._table(
            ["col.action", "col.due", "col.done", "col.notes"],
            [[a.title, self.fmt.date(a.due_on), self.t("person.yes" if a.done else "person.no"),
              a.notes] for a in record.actions], [0.4, 0.16, 0.1, 0.34]))
        story += self._section("person.mentions", self._table(
            ["person.col.record", "person.col.field", "person.col.excerpt"],
            [[label(m.record_kind, self.lang, kind="record"),
              label(m.field, self.lang, kind="field"), m.excerpt] for m in record.mentions],
            [0.25, 0.2, 0.55]))
        story += self._section("person.copies", self._table(
            ["person.col.copy", "person.col.taken_at", "person.col.where"],
            [self._copy_row(copy) for copy in record.copies], [0.35, 0.3, 0.35]))
        return story

    def _section(self, msgid: str, body: Sequence[Flowable]) -> list[Flowable]:
        heading = Paragraph(markup(self.t(msgid)), self.styles.h2)
        if not body:
            return [heading, Paragraph(markup(self.t("person.none")), self.styles.body_muted)]
        return [heading, *body]

    def _details(self) -> Table:
        record = self.record
        values: list[tuple[str, object]] = [
            ("name", self.shown_name(record.name)),
            ("title", record.title),
            ("department", record.department),
            ("email", record.email),
            ("phone", record.phone),
            ("attitude", label(record.attitude, self.lang)),
            ("influence", record.influence),
            ("relationship_strength", record.relationship_strength),
            ("owner", record.owner or ""),
            ("last_contact", self.fmt.date(record.last_contact) if record.last_contact else ""),
            ("left_on", self.fmt.date(record.left_on) if record.left_on else ""),
            ("notes", record.notes),
            ("source", record.source),
            ("lawful_basis", record.lawful_basis),
            ("created_at", self._moment(record.created_at)),
            ("updated_at", self._moment(record.updated_at)),
        ]
        rows = [
            [Paragraph(markup(self.t(f"person.field.{key}")), self.styles.cell_head),
             Paragraph(markup(value if value != "" else "—", limit=CELL_LIMIT, multiline=True),
                       self.styles.cell)]
            for key, value in values
        ]
        table = Table(rows, colWidths=[self.width * 0.32, self.width * 0.68], hAlign="LEFT")
        table.setStyle(house_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.35, RULE),
        ]))
        return table

    def _table(
        self, headers: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float]
    ) -> list[Flowable]:
        if not rows:
            return []
        head = [Paragraph(markup(self.t(h)), self.styles.cell_head) for h in headers]
        body = [
            [Paragraph(markup(value, limit=CELL_LIMIT, multiline=True), self.styles.cell)
             for value in row]
            for row in rows
        ]
        table = Table([head, *body], colWidths=[self.width * w for w in widths],
                      hAlign="LEFT", repeatRows=1)
        table.setStyle(house_style([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, 1), (-1, -1), 0.35, RULE),
        ]))
        return [table]

    def _line_kind(self, line: PersonLine) -> str:
        if line.kind in ("reports_to", "direct_report"):
            return self.t(f"line.{line.kind}")
        kind = label(line.kind, self.lang, kind="LinkKind")
        if line.direction == "from":
            return self.t("line.from", line=kind, name=self.shown_name(line.other_name))
        return kind

    def _copy_row(self, copy: HoldingCopy) -> list[object]:
        reason = label(copy.reason, self.lang, kind="copy.reason")
        what = f"{self.t(f'copy.{copy.kind}')} ({reason})"
        if copy.kind == "plan_snapshot":
            where = self.t("copy.snapshot_where", id=copy.where)
        elif copy.kind.startswith("unreadable_"):
            where = self.t("copy.unreadable_where", name=copy.where)
        else:
            where = copy.where  # a backup's or server dump's file name
        return [what, self._moment(copy.taken_at), where]

    def _moment(self, value: object) -> str:
        if not isinstance(value, dt.datetime):
            return ""
        local = value.astimezone()
        return f"{self.fmt.date(local.date())} {local:%H:%M}"


def render_person_record(record: PersonRecord, *, lang: str = "en", paper: str = "a4") -> bytes:
    """The access-request PDF of one person. Raises ValueError for an unknown language/paper."""
    return PersonRecordRenderer(record, lang=lang, paper=paper).render()
