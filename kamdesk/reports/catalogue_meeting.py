"""The words only the slide deck and the Word document use, in English and German.

They join the printed documents' messages in :data:`kamdesk.reports.catalogue.MESSAGES`
(same rules: whole sentences, named placeholders); section titles, column headers and
enum labels are shared with the PDF.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

MEETING_MESSAGES: Final[Mapping[str, Mapping[str, str]]] = {
    # The slide deck
    "deck.agenda": {"en": "Agenda", "de": "Agenda"},
    "deck.where_we_stand": {"en": "Where we stand", "de": "Wo wir stehen"},
    "deck.actions_next_steps": {
        "en": "Actions and next steps",
        "de": "Maßnahmen und nächste Schritte",
    },
    "deck.next_meeting_title": {"en": "Our next meeting", "de": "Unser nächstes Gespräch"},
    "deck.next_meeting_none": {
        "en": "The next meeting is not scheduled yet.",
        "de": "Das nächste Gespräch ist noch nicht vereinbart.",
    },
    "deck.recent_meetings": {"en": "Recent meetings", "de": "Letzte Gespräche"},
    "deck.thanks": {"en": "Thank you.", "de": "Vielen Dank."},
    "deck.logo_prompt": {"en": "Client logo", "de": "Kundenlogo"},
    "deck.subtitle": {"en": "{document} · {date}", "de": "{document} · {date}"},
    "deck.our_team": {"en": "Our team", "de": "Unser Team"},
    "deck.member_role": {"en": "{member}, {role}", "de": "{member}, {role}"},
    "deck.count_of": {"en": "{count} of {total}", "de": "{count} von {total}"},
    "deck.kpi_goals": {"en": "Goals on track or achieved", "de": "Ziele im Plan oder erreicht"},
    "deck.kpi_actions": {"en": "Agreed actions done", "de": "Vereinbarte Maßnahmen erledigt"},
    "deck.kpi_open_actions": {"en": "Open actions", "de": "Offene Maßnahmen"},
    "deck.kpi_overdue_actions": {"en": "{count} overdue", "de": "{count} überfällig"},
    "deck.kpi_next_meeting": {"en": "Next meeting", "de": "Nächstes Gespräch"},
    "deck.kpi_customer_since": {"en": "Working together since", "de": "Partner seit"},
    "deck.top_goals": {"en": "Goals that need attention", "de": "Ziele mit Handlungsbedarf"},
    "deck.details": {"en": "Details", "de": "Details"},
    "deck.field": {"en": "{name}: {value}", "de": "{name}: {value}"},
    "deck.latest_update": {"en": "Latest update {date}: {note}", "de": "Stand {date}: {note}"},
    "deck.map_notes": {
        "en": "Each card shows the attitude as a coloured stripe, influence as dots and our "
        "owner's initials; a dashed amber border marks contact that has gone stale.",
        "de": "Jede Karte zeigt die Haltung als farbigen Streifen, den Einfluss als Punkte und "
        "die Initialen unseres Verantwortlichen; ein gestrichelter bernsteinfarbener Rahmen "
        "markiert veralteten Kontakt.",
    },
    "deck.map_people": {
        "en": "People on this slide: {names}",
        "de": "Personen auf dieser Folie: {names}",
    },
    "deck.ws_more_units": {
        "en": "Further business units on the next slide.",
        "de": "Weitere Geschäftsbereiche auf der nächsten Folie.",
    },
    "deck.pipeline_total": {
        "en": "Weighted pipeline {value} · won this fiscal year {won}",
        "de": "Gewichtete Pipeline {value} · in diesem Geschäftsjahr gewonnen {won}",
    },
    # The Word document
    "docx.toc_hint": {
        "en": "Right-click the contents and choose “Update Field” to fill in the page numbers.",
        "de": "Rechtsklick auf das Inhaltsverzeichnis und „Feld aktualisieren“ füllt die "
        "Seitenzahlen ein.",
    },
    "docx.picture_missing": {
        "en": "(The picture could not be drawn on this computer.)",
        "de": "(Die Grafik konnte auf diesem Rechner nicht gezeichnet werden.)",
    },
}
