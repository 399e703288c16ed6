"""The words of the personal-data export (an access request's PDF), in English and German.

They join :data:`kamdesk.reports.catalogue.MESSAGES` (same rules: whole sentences, named
placeholders). Record kinds and fields of "mentions" have entries of their own
(``"record.goal_update"``, ``"field.our_response"``), looked up with their stable codes.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

PERSONAL_DATA_MESSAGES: Final[Mapping[str, Mapping[str, str]]] = {
    "person.title": {
        "en": "What we hold about {name}",
        "de": "Was wir über {name} gespeichert haben",
    },
    "person.subtitle": {
        "en": "{account} · as of {date}",
        "de": "{account} · Stand {date}",
    },
    "person.intro": {
        "en": "This document lists every piece of data kamdesk holds about this person and "
              "every other place they appear, to answer a request for access under Art. 15 "
              "GDPR.",
        "de": "Dieses Dokument führt alle Daten auf, die kamdesk über diese Person speichert, "
              "und jede andere Stelle, an der sie vorkommt – zur Beantwortung eines "
              "Auskunftsersuchens nach Art. 15 DSGVO.",
    },
    "person.details": {"en": "Personal details", "de": "Angaben zur Person"},
    "person.lines": {"en": "Lines to other people", "de": "Beziehungen zu anderen Personen"},
    "person.buying_centers": {"en": "Roles in buying centers", "de": "Rollen in Buying Centern"},
    "person.interactions": {
        "en": "Interactions they took part in",
        "de": "Kontakte, an denen die Person teilnahm",
    },
    "person.actions": {"en": "Actions that name them", "de": "Maßnahmen, die die Person nennen"},
    "person.mentions": {
        "en": "Other texts that name them",
        "de": "Weitere Texte, die die Person nennen",
    },
    "person.copies": {
        "en": "Copies that also hold them",
        "de": "Kopien, die die Person ebenfalls enthalten",
    },
    "person.none": {"en": "None.", "de": "Keine."},
    "person.yes": {"en": "yes", "de": "ja"},
    "person.no": {"en": "no", "de": "nein"},
    "person.meta_subject": {
        "en": "Personal data held by kamdesk (Art. 15 GDPR)",
        "de": "Von kamdesk gespeicherte personenbezogene Daten (Art. 15 DSGVO)",
    },
    "person.former_contact": {"en": "Former contact {number}", "de": "Ehemaliger Kontakt {number}"},
    # The personal details, one label each
    "person.field.name": {"en": "Name", "de": "Name"},
    "person.field.title": {"en": "Title", "de": "Position"},
    "person.field.department": {"en": "Department", "de": "Abteilung"},
    "person.field.email": {"en": "E-mail", "de": "E-Mail"},
    "person.field.phone": {"en": "Phone", "de": "Telefon"},
    "person.field.attitude": {"en": "Attitude towards us", "de": "Haltung zu uns"},
    "person.field.influence": {"en": "Influence (1–5)", "de": "Einfluss (1–5)"},
    "person.field.relationship_strength": {
        "en": "Relationship strength (1–5)",
        "de": "Beziehungsstärke (1–5)",
    },
    "person.field.owner": {"en": "Relationship owner", "de": "Beziehungsverantwortlich"},
    "person.field.last_contact": {"en": "Last contact", "de": "Letzter Kontakt"},
    "person.field.left_on": {"en": "Left the company", "de": "Ausgeschieden am"},
    "person.field.notes": {"en": "Notes", "de": "Notizen"},
    "person.field.source": {"en": "Source", "de": "Herkunft der Daten"},
    "person.field.lawful_basis": {
        "en": "Lawful basis / note",
        "de": "Rechtsgrundlage / Hinweis",
    },
    "person.field.created_at": {"en": "Recorded on", "de": "Erfasst am"},
    "person.field.updated_at": {"en": "Last changed", "de": "Zuletzt geändert"},
    # Columns
    "person.col.line": {"en": "Line", "de": "Beziehung"},
    "person.col.person": {"en": "Person", "de": "Person"},
    "person.col.note": {"en": "Note", "de": "Notiz"},
    "person.col.buying_center": {"en": "Buying center", "de": "Buying Center"},
    "person.col.record": {"en": "Record", "de": "Datensatz"},
    "person.col.field": {"en": "Field", "de": "Feld"},
    "person.col.excerpt": {"en": "Excerpt", "de": "Auszug"},
    "person.col.copy": {"en": "Copy", "de": "Kopie"},
    "person.col.taken_at": {"en": "Taken", "de": "Erstellt"},
    "person.col.where": {"en": "Where", "de": "Ablage"},
    # The kinds of line (informal links use LinkKind's labels)
    "line.reports_to": {"en": "Reports to", "de": "Berichtet an"},
    "line.direct_report": {"en": "Direct report", "de": "Direkt unterstellt"},
    "line.from": {"en": "{line} (from {name})", "de": "{line} (von {name})"},
    # Copies
    "copy.plan_snapshot": {"en": "Plan snapshot", "de": "Plan-Stand"},
    "copy.backup": {"en": "Backup", "de": "Sicherungskopie"},
    "copy.server_dump": {"en": "Server dump", "de": "Server-Dump"},
    # A backup or dump kamdesk could not search (damaged, or from a newer kamdesk): it may
    # hold them.
    "copy.unreadable_backup": {"en": "Backup", "de": "Sicherungskopie"},
    "copy.unreadable_server_dump": {"en": "Server dump", "de": "Server-Dump"},
    # The file name, then on a line of its own why the copy is listed unsearched.
    "copy.unreadable_where": {
        "en": "{name}\nCould not be read, so it may hold this person's data.",
        "de": "{name}\nNicht lesbar, kann also Daten dieser Person enthalten.",
    },
    "copy.reason.review": {"en": "review", "de": "Review"},
    "copy.reason.export": {"en": "export", "de": "Export"},
    "copy.reason.daily": {"en": "daily", "de": "täglich"},
    "copy.reason.manual": {"en": "by hand", "de": "von Hand"},
    "copy.reason.before-upgrade": {"en": "before an upgrade", "de": "vor einem Update"},
    "copy.reason.before-restore": {
        "en": "before a restore",
        "de": "vor einer Wiederherstellung",
    },
    "copy.snapshot_where": {"en": "snapshot {id}", "de": "Stand {id}"},
    # Kinds of record a mention is in
    "record.account": {"en": "Account profile", "de": "Kundenprofil"},
    "record.competitor": {"en": "Competitor", "de": "Wettbewerber"},
    "record.need": {"en": "Need", "de": "Bedarf"},
    "record.swot_item": {"en": "SWOT", "de": "SWOT"},
    "record.account_team_role": {"en": "Account team", "de": "Account-Team"},
    "record.score": {"en": "Scorecard", "de": "Scorecard"},
    "record.goal": {"en": "Goal", "de": "Ziel"},
    "record.goal_update": {"en": "Goal update", "de": "Zielstand"},
    "record.action_item": {"en": "Action", "de": "Maßnahme"},
    "record.opportunity": {"en": "Opportunity", "de": "Verkaufschance"},
    "record.business_unit": {"en": "Business unit", "de": "Geschäftsbereich"},
    "record.whitespace_cell": {"en": "Whitespace", "de": "Whitespace"},
    "record.buying_center": {"en": "Buying center", "de": "Buying Center"},
    "record.stakeholder": {"en": "Another person", "de": "Andere Person"},
    "record.stakeholder_link": {"en": "Line between people", "de": "Beziehung"},
    "record.interaction": {"en": "Interaction", "de": "Kontakt"},
    "record.review": {"en": "Review", "de": "Review"},
    # Fields a mention is in
    "field.notes": {"en": "notes", "de": "Notizen"},
    "field.note": {"en": "note", "de": "Notiz"},
    "field.business_plan": {"en": "business plan", "de": "Geschäftsplan"},
    "field.target_audience": {"en": "target audience", "de": "Zielgruppe"},
    "field.usp": {"en": "USP", "de": "Alleinstellungsmerkmal"},
    "field.strengths": {"en": "strengths", "de": "Stärken"},
    "field.title": {"en": "title", "de": "Titel"},
    "field.description": {"en": "description", "de": "Beschreibung"},
    "field.our_response": {"en": "our response", "de": "unsere Antwort"},
    "field.text": {"en": "text", "de": "Text"},
    "field.responsibilities": {"en": "responsibilities", "de": "Aufgaben"},
    "field.lost_reason": {"en": "reason lost", "de": "Verlustgrund"},
    "field.source": {"en": "source", "de": "Herkunft"},
    "field.lawful_basis": {"en": "lawful basis", "de": "Rechtsgrundlage"},
    "field.summary": {"en": "summary", "de": "Zusammenfassung"},
    "field.next_steps": {"en": "next steps", "de": "nächste Schritte"},
    "field.attendees": {"en": "attendees", "de": "Teilnehmende"},
    "field.outcomes": {"en": "outcomes", "de": "Ergebnisse"},
}
