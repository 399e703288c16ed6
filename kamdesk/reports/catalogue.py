"""Every fixed word and sentence of the printed documents, in English and German.

Sentences are whole messages with named placeholders (``{name}``), never concatenated
fragments, so a translation can reorder them. Enum values and coverage-gap codes have
entries of their own (``"Attitude.champion"``); :func:`label` looks them up.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Final

from kamdesk.reports.catalogue_meeting import MEETING_MESSAGES
from kamdesk.reports.catalogue_personal_data import PERSONAL_DATA_MESSAGES

LANGUAGES: Final = ("en", "de")

_PRINTED_MESSAGES: Final[Mapping[str, Mapping[str, str]]] = {
    # Document titles and cover
    "doc.account_plan": {"en": "Account plan", "de": "Account-Plan"},
    "doc.account_plan_fy": {"en": "Account plan {year}", "de": "Account-Plan {year}"},
    "doc.partnership_plan": {"en": "Partnership plan", "de": "Partnerschaftsplan"},
    "doc.partnership_plan_fy": {
        "en": "Partnership plan {year}",
        "de": "Partnerschaftsplan {year}",
    },
    "doc.brief": {"en": "Meeting brief", "de": "Gesprächsvorbereitung"},
    "cover.prepared_for": {"en": "Prepared for {client}", "de": "Erstellt für {client}"},
    "cover.prepared_by": {"en": "Prepared by {company}", "de": "Erstellt von {company}"},
    "cover.kam": {"en": "Key account manager", "de": "Key-Account-Manager"},
    "cover.date": {"en": "Date", "de": "Datum"},
    "cover.version": {"en": "Version", "de": "Version"},
    "cover.version_value": {"en": "Version {version}", "de": "Version {version}"},
    "cover.confidential": {"en": "Confidential — internal", "de": "Vertraulich — intern"},
    "cover.client_note": {
        "en": "Prepared for our joint planning meeting.",
        "de": "Erstellt für unser gemeinsames Planungsgespräch.",
    },
    "page.of": {"en": "Page {page} of {pages}", "de": "Seite {page} von {pages}"},
    "meta.subject_internal": {
        "en": "Internal account plan",
        "de": "Interner Account-Plan",
    },
    "meta.subject_client": {"en": "Partnership plan", "de": "Partnerschaftsplan"},
    "meta.keywords_client": {"en": "partnership plan", "de": "Partnerschaftsplan"},
    "meta.keywords_internal": {
        "en": "account plan, internal",
        "de": "Account-Plan, intern",
    },
    # Section titles
    "section.contents": {"en": "Contents", "de": "Inhalt"},
    "section.summary": {"en": "Executive summary", "de": "Zusammenfassung"},
    "section.summary_client": {
        "en": "Partnership summary",
        "de": "Unsere Partnerschaft im Überblick",
    },
    "section.profile": {"en": "Account profile", "de": "Kundenprofil"},
    "section.profile_client": {"en": "About you", "de": "Ihr Unternehmen"},
    "section.stakeholder_map": {"en": "Stakeholder map", "de": "Stakeholder-Landkarte"},
    "section.stakeholders": {"en": "Stakeholders", "de": "Stakeholder"},
    "section.stakeholders_client": {"en": "Your contacts", "de": "Ihre Ansprechpartner"},
    "section.buying_centers": {"en": "Buying centers", "de": "Buying Center"},
    "section.needs": {"en": "Needs and our response", "de": "Bedarf und unsere Antwort"},
    "section.swot": {"en": "SWOT analysis", "de": "SWOT-Analyse"},
    "section.goals": {"en": "Goals", "de": "Ziele"},
    "section.goals_client": {"en": "Our shared goals", "de": "Unsere gemeinsamen Ziele"},
    "section.actions": {"en": "Action plan", "de": "Maßnahmenplan"},
    "section.actions_client": {"en": "Agreed actions", "de": "Vereinbarte Maßnahmen"},
    "section.whitespace": {"en": "Whitespace", "de": "Whitespace-Analyse"},
    "section.opportunities": {
        "en": "Opportunities and pipeline",
        "de": "Verkaufschancen und Pipeline",
    },
    "section.revenue": {"en": "Revenue", "de": "Umsatz"},
    "section.team": {"en": "Account team", "de": "Account-Team"},
    "section.team_client": {"en": "Your team at {company}", "de": "Ihr Team bei {company}"},
    "section.reviews": {"en": "Review history", "de": "Review-Historie"},
    "section.reviews_client": {"en": "Our meetings", "de": "Unsere Gespräche"},
    "section.changes": {
        "en": "Changes since the last review",
        "de": "Änderungen seit dem letzten Review",
    },
    # Empty sections
    "empty.section": {
        "en": "Nothing recorded yet.",
        "de": "Noch keine Einträge.",
    },
    "empty.changes": {
        "en": "No earlier review to compare with, or nothing changed since.",
        "de": "Kein früheres Review zum Vergleich, oder seitdem unverändert.",
    },
    "more": {"en": "+{count} more", "de": "+{count} weitere"},
    "text.continued_in_app": {
        "en": "… (continued in the app)",
        "de": "… (Fortsetzung in der App)",
    },
    "none": {"en": "—", "de": "—"},
    # Summary
    "summary.key_figures": {"en": "Key figures", "de": "Kennzahlen"},
    "summary.ttm": {"en": "Revenue, last 12 months", "de": "Umsatz, letzte 12 Monate"},
    "summary.growth": {"en": "Growth vs. last year", "de": "Wachstum ggü. Vorjahr"},
    "summary.arr": {"en": "Recurring revenue (ARR)", "de": "Wiederkehrender Umsatz (ARR)"},
    "summary.clv": {"en": "Customer lifetime value", "de": "Customer Lifetime Value"},
    "summary.pipeline": {"en": "Weighted pipeline", "de": "Gewichtete Pipeline"},
    "summary.as_of": {"en": "As of Q{quarter} {year}", "de": "Stand Q{quarter} {year}"},
    "summary.top_goals": {"en": "Top goals", "de": "Wichtigste Ziele"},
    "summary.top_opportunities": {
        "en": "Top opportunities",
        "de": "Wichtigste Verkaufschancen",
    },
    "summary.risks": {"en": "Main risks", "de": "Hauptrisiken"},
    "summary.no_risks": {"en": "No open risks.", "de": "Keine offenen Risiken."},
    "risk.blocker": {
        "en": "{name} ({title}) is a blocker with influence {influence}/5.",
        "de": "{name} ({title}) blockiert, Einfluss {influence}/5.",
    },
    "risk.gap": {"en": "{center}: {gap}.", "de": "{center}: {gap}."},
    "risk.goal": {"en": "Goal “{goal}” is {status}.", "de": "Ziel „{goal}“: {status}."},
    "risk.review_overdue": {
        "en": "The account review is overdue (due {date}).",
        "de": "Das Account-Review ist überfällig (fällig am {date}).",
    },
    "risk.review_overdue_nodate": {
        "en": "The account review is overdue.",
        "de": "Das Account-Review ist überfällig.",
    },
    "risk.departments": {
        "en": "No contact in: {departments}.",
        "de": "Kein Kontakt in: {departments}.",
    },
    "client.summary_intro": {
        "en": "This plan summarises what we have agreed with {client} for {year}: "
        "the goals we pursue together, the next steps and the people involved.",
        "de": "Dieser Plan fasst zusammen, was wir mit {client} für {year} vereinbart "
        "haben: unsere gemeinsamen Ziele, die nächsten Schritte und die Beteiligten.",
    },
    "client.customer_since": {
        "en": "Working together since {date}.",
        "de": "Partner seit {date}.",
    },
    "client.next_meeting": {"en": "Next meeting: {date}.", "de": "Nächstes Gespräch: {date}."},
    # Profile labels
    "profile.legal_name": {"en": "Legal name", "de": "Firmierung"},
    "profile.industry": {"en": "Industry", "de": "Branche"},
    "profile.employees": {"en": "Employees", "de": "Mitarbeitende"},
    "profile.annual_revenue": {"en": "Annual revenue", "de": "Jahresumsatz"},
    "profile.address": {"en": "Address", "de": "Anschrift"},
    "profile.time_zone": {"en": "Time zone", "de": "Zeitzone"},
    "profile.website": {"en": "Website", "de": "Website"},
    "profile.tier": {"en": "Tier", "de": "Einstufung"},
    "profile.owner": {"en": "Account owner", "de": "Verantwortlich"},
    "profile.customer_since": {"en": "Customer since", "de": "Kunde seit"},
    "profile.relationship_years": {
        "en": "Expected relationship",
        "de": "Erwartete Dauer der Beziehung",
    },
    "profile.years": {"en": "{years} years", "de": "{years} Jahre"},
    "profile.review_cadence": {"en": "Review cadence", "de": "Review-Rhythmus"},
    "profile.last_contact": {"en": "Last contact", "de": "Letzter Kontakt"},
    "profile.business_plan": {"en": "Business plan and goals", "de": "Geschäftsplan und Ziele"},
    "profile.target_audience": {
        "en": "Target audience",
        "de": "Zielgruppe",
    },
    "profile.usp": {"en": "Unique selling proposition", "de": "Alleinstellungsmerkmal"},
    "profile.notes": {"en": "Internal notes", "de": "Interne Notizen"},
    "profile.competitors": {"en": "Competitors", "de": "Wettbewerber"},
    "profile.scorecard": {"en": "Scorecard", "de": "Scorecard"},
    "profile.weighted_score": {
        "en": "Weighted score {score} — recommended tier: {tier}",
        "de": "Gewichtete Punktzahl {score} — empfohlene Einstufung: {tier}",
    },
    "profile.interactions": {"en": "Recent interactions", "de": "Letzte Kontakte"},
    # Column headers
    "col.name": {"en": "Name", "de": "Name"},
    "col.title": {"en": "Title", "de": "Position"},
    "col.department": {"en": "Department", "de": "Abteilung"},
    "col.reports_to": {"en": "Reports to", "de": "Berichtet an"},
    "col.attitude": {"en": "Attitude", "de": "Haltung"},
    "col.influence": {"en": "Influence", "de": "Einfluss"},
    "col.relationship": {"en": "Relationship", "de": "Beziehung"},
    "col.owner": {"en": "Owner", "de": "Zuständig"},
    "col.last_contact": {"en": "Last contact", "de": "Letzter Kontakt"},
    "col.contact": {"en": "Contact", "de": "Kontakt"},
    "col.role": {"en": "Role", "de": "Rolle"},
    "col.kind": {"en": "Kind", "de": "Art"},
    "col.strengths": {"en": "Strengths", "de": "Stärken"},
    "col.notes": {"en": "Notes", "de": "Notizen"},
    "col.need": {"en": "Need", "de": "Bedarf"},
    "col.our_response": {"en": "Our response", "de": "Unsere Antwort"},
    "col.priority": {"en": "Priority", "de": "Priorität"},
    "col.goal": {"en": "Goal", "de": "Ziel"},
    "col.metric": {"en": "Metric", "de": "Kennzahl"},
    "col.baseline": {"en": "Baseline", "de": "Ausgangswert"},
    "col.target": {"en": "Target", "de": "Zielwert"},
    "col.current": {"en": "Current", "de": "Aktuell"},
    "col.progress": {"en": "Progress", "de": "Fortschritt"},
    "col.due": {"en": "Due", "de": "Fällig"},
    "col.status": {"en": "Status", "de": "Status"},
    "col.action": {"en": "Action", "de": "Maßnahme"},
    "col.done": {"en": "Done", "de": "Erledigt"},
    "col.shared": {"en": "Shared", "de": "Geteilt"},
    "col.opportunity": {"en": "Opportunity", "de": "Verkaufschance"},
    "col.type": {"en": "Type", "de": "Typ"},
    "col.offering": {"en": "Offering", "de": "Angebot"},
    "col.unit": {"en": "Business unit", "de": "Geschäftsbereich"},
    "col.value": {"en": "Value", "de": "Wert"},
    "col.probability": {"en": "Prob.", "de": "Wahrsch."},
    "col.stage": {"en": "Stage", "de": "Phase"},
    "col.expected_close": {"en": "Expected close", "de": "Abschluss erwartet"},
    "col.quarter": {"en": "Quarter", "de": "Quartal"},
    "col.actual": {"en": "Actual", "de": "Ist"},
    "col.plan": {"en": "Plan", "de": "Plan"},
    "col.qoq": {"en": "vs. prev. Q", "de": "ggü. Vorquartal"},
    "col.yoy": {"en": "vs. last year", "de": "ggü. Vorjahr"},
    "col.vs_plan": {"en": "vs. plan", "de": "ggü. Plan"},
    "col.recurring": {"en": "Recurring", "de": "Wiederkehrend"},
    "col.member": {"en": "Team member", "de": "Teammitglied"},
    "col.job_title": {"en": "Job title", "de": "Funktion"},
    "col.email": {"en": "E-mail", "de": "E-Mail"},
    "col.responsibilities": {"en": "Responsibilities", "de": "Aufgaben"},
    "col.date": {"en": "Date", "de": "Datum"},
    "col.attendees": {"en": "Attendees", "de": "Teilnehmende"},
    "col.summary": {"en": "Summary", "de": "Zusammenfassung"},
    "col.outcomes": {"en": "Outcomes", "de": "Ergebnisse"},
    "col.next_review": {"en": "Next review", "de": "Nächstes Review"},
    "col.next_steps": {"en": "Next steps", "de": "Nächste Schritte"},
    "col.stakeholders": {"en": "People", "de": "Personen"},
    "col.total": {"en": "Total", "de": "Summe"},
    "col.active": {"en": "Active", "de": "Aktiv"},
    "col.potential": {"en": "Potential", "de": "Potenzial"},
    "col.criterion": {"en": "Criterion", "de": "Kriterium"},
    "col.score": {"en": "Score", "de": "Punkte"},
    "col.scored_on": {"en": "Scored on", "de": "Bewertet am"},
    "yes": {"en": "yes", "de": "ja"},
    "no": {"en": "no", "de": "nein"},
    "left_on": {"en": "left {date}", "de": "ausgeschieden {date}"},
    "overdue": {"en": "overdue", "de": "überfällig"},
    # Stakeholder map
    "map.legend_attitude": {"en": "Attitude", "de": "Haltung"},
    "map.legend_lines": {"en": "Lines", "de": "Linien"},
    "map.legend_stale": {"en": "no recent contact", "de": "kein aktueller Kontakt"},
    "map.legend_influence": {"en": "influence 1–5", "de": "Einfluss 1–5"},
    "map.department": {"en": "Department: {department}", "de": "Abteilung: {department}"},
    "map.departments": {"en": "Departments: {departments}", "de": "Abteilungen: {departments}"},
    "map.no_department": {"en": "Without department", "de": "Ohne Abteilung"},
    "map.part": {"en": "Part {part} of {parts}", "de": "Teil {part} von {parts}"},
    "map.left_out": {
        "en": "Not shown: people who have left ({count}).",
        "de": "Nicht gezeigt: ausgeschiedene Personen ({count}).",
    },
    # Buying centers
    "bc.coverage": {"en": "Coverage", "de": "Abdeckung"},
    "bc.covered": {"en": "No coverage gaps.", "de": "Keine Lücken in der Abdeckung."},
    "bc.no_members": {"en": "No members recorded.", "de": "Keine Mitglieder erfasst."},
    "bc.departments_without_contact": {
        "en": "Departments without any contact: {departments}",
        "de": "Abteilungen ohne jeden Kontakt: {departments}",
    },
    # Goals
    "goals.customer": {"en": "Customer-facing goals", "de": "Kundenziele"},
    "goals.internal": {"en": "Internal goals", "de": "Interne Ziele"},
    "goals.owner_due": {"en": "{owner} · due {date}", "de": "{owner} · fällig {date}"},
    "goals.due": {"en": "due {date}", "de": "fällig {date}"},
    "goals.latest_update": {"en": "Latest update {date}: {note}", "de": "Stand {date}: {note}"},
    # Whitespace
    "ws.legend": {"en": "Legend", "de": "Legende"},
    "ws.totals": {
        "en": "Active business {active} · open potential {potential} · coverage {coverage}",
        "de": "Aktives Geschäft {active} · offenes Potenzial {potential} · Abdeckung {coverage}",
    },
    "ws.unit_offering": {"en": "Unit / offering", "de": "Bereich / Angebot"},
    "ws.notes": {"en": "Cell notes", "de": "Anmerkungen"},
    # Opportunities
    "opp.pipeline_by_quarter": {
        "en": "Weighted pipeline by expected close",
        "de": "Gewichtete Pipeline nach erwartetem Abschluss",
    },
    "opp.won_this_year": {
        "en": "Won this fiscal year: {value}",
        "de": "In diesem Geschäftsjahr gewonnen: {value}",
    },
    "opp.weighted_total": {
        "en": "Weighted pipeline: {value}",
        "de": "Gewichtete Pipeline: {value}",
    },
    "opp.lost_reason": {"en": "lost: {reason}", "de": "verloren: {reason}"},
    # Revenue
    "rev.chart_title": {"en": "Revenue per quarter", "de": "Umsatz je Quartal"},
    "rev.legend_actual": {"en": "Actual", "de": "Ist"},
    "rev.legend_plan": {"en": "Plan", "de": "Plan"},
    "rev.summary": {
        "en": "Last 12 months {ttm} · recurring {arr} · CLV {clv}",
        "de": "Letzte 12 Monate {ttm} · wiederkehrend {arr} · CLV {clv}",
    },
    "rev.quarter_label": {"en": "Q{quarter} {year}", "de": "Q{quarter} {year}"},
    # Reviews
    "reviews.next": {
        "en": "Next review: {date}",
        "de": "Nächstes Review: {date}",
    },
    "reviews.next_overdue": {
        "en": "Next review: {date} — overdue",
        "de": "Nächstes Review: {date} — überfällig",
    },
    # Changes
    "changes.stakeholders_added": {"en": "New stakeholders", "de": "Neue Stakeholder"},
    "changes.stakeholders_gone": {"en": "Stakeholders gone", "de": "Ausgeschiedene Stakeholder"},
    "changes.attitude_changes": {"en": "Attitude changes", "de": "Geänderte Haltung"},
    "changes.influence_changes": {"en": "Influence changes", "de": "Geänderter Einfluss"},
    "changes.goals_added": {"en": "New goals", "de": "Neue Ziele"},
    "changes.goals_removed": {"en": "Goals removed", "de": "Entfernte Ziele"},
    "changes.goal_progress": {"en": "Goal progress", "de": "Zielfortschritt"},
    "changes.actions_new": {"en": "New actions", "de": "Neue Maßnahmen"},
    "changes.actions_closed": {"en": "Actions closed", "de": "Abgeschlossene Maßnahmen"},
    "changes.revenue_changes": {"en": "Revenue", "de": "Umsatz"},
    "changes.opportunities_new": {"en": "New opportunities", "de": "Neue Verkaufschancen"},
    "changes.opportunity_status_changes": {
        "en": "Opportunity status changes",
        "de": "Geänderter Status von Verkaufschancen",
    },
    "changes.other": {"en": "Other changes", "de": "Weitere Änderungen"},
    "changes.removed": {"en": "removed", "de": "entfernt"},
    "changes.left": {"en": "left", "de": "ausgeschieden"},
    "changes.new": {"en": "new", "de": "neu"},
    # Brief
    "brief.people": {"en": "People to know", "de": "Wichtige Personen"},
    "brief.open_actions": {"en": "Open actions", "de": "Offene Maßnahmen"},
    "brief.goals": {"en": "Goals", "de": "Ziele"},
    "brief.opportunities": {"en": "Open opportunities", "de": "Offene Verkaufschancen"},
    "brief.last_interactions": {"en": "Last contacts", "de": "Letzte Kontakte"},
    "brief.local_time": {"en": "Time zone {zone}", "de": "Zeitzone {zone}"},
    "brief.figures": {
        "en": "Revenue 12 months {ttm} · growth {growth} · pipeline {pipeline}",
        "de": "Umsatz 12 Monate {ttm} · Wachstum {growth} · Pipeline {pipeline}",
    },
    "brief.risks": {"en": "Watch out", "de": "Achtung"},
    # Enum values
    "Attitude.champion": {"en": "Champion", "de": "Fürsprecher"},
    "Attitude.supporter": {"en": "Supporter", "de": "Unterstützer"},
    "Attitude.neutral": {"en": "Neutral", "de": "Neutral"},
    "Attitude.sceptic": {"en": "Sceptic", "de": "Skeptiker"},
    "Attitude.blocker": {"en": "Blocker", "de": "Blockierer"},
    "Tier.key": {"en": "Key account", "de": "Key Account"},
    "Tier.emerging": {"en": "Emerging key account", "de": "Künftiger Key Account"},
    "Tier.standard": {"en": "Standard", "de": "Standard"},
    "Tier.archived": {"en": "Archived", "de": "Archiviert"},
    "ReviewCadence.monthly": {"en": "Monthly", "de": "Monatlich"},
    "ReviewCadence.quarterly": {"en": "Quarterly", "de": "Quartalsweise"},
    "ReviewCadence.half_yearly": {"en": "Half-yearly", "de": "Halbjährlich"},
    "ReviewCadence.yearly": {"en": "Yearly", "de": "Jährlich"},
    "Criterion.revenue_share": {"en": "Share of our revenue", "de": "Anteil an unserem Umsatz"},
    "Criterion.clv": {"en": "Customer lifetime value", "de": "Customer Lifetime Value"},
    "Criterion.tailored_service": {
        "en": "Demand for tailored services",
        "de": "Bedarf an maßgeschneiderten Leistungen",
    },
    "Criterion.growth_potential": {"en": "Growth potential", "de": "Wachstumspotenzial"},
    "Criterion.credibility": {"en": "Credibility in the industry", "de": "Ansehen in der Branche"},
    "Criterion.relationship": {"en": "Strength of relationship", "de": "Stärke der Beziehung"},
    "CompetitorKind.customers": {"en": "Their competitor", "de": "Wettbewerber des Kunden"},
    "CompetitorKind.ours": {"en": "Our competitor here", "de": "Unser Wettbewerber hier"},
    "LinkKind.influences": {"en": "influences", "de": "beeinflusst"},
    "LinkKind.close_to": {"en": "close to", "de": "steht nahe"},
    "LinkKind.conflict": {"en": "in conflict", "de": "im Konflikt"},
    "BuyingRole.initiator": {"en": "Initiator", "de": "Initiator"},
    "BuyingRole.user": {"en": "User", "de": "Anwender"},
    "BuyingRole.influencer": {"en": "Influencer", "de": "Beeinflusser"},
    "BuyingRole.decider": {"en": "Decider", "de": "Entscheider"},
    "BuyingRole.buyer": {"en": "Buyer", "de": "Einkäufer"},
    "BuyingRole.gatekeeper": {"en": "Gatekeeper", "de": "Gatekeeper"},
    "CellStatus.active": {"en": "Active", "de": "Aktiv"},
    "CellStatus.opportunity": {"en": "Opportunity", "de": "Chance"},
    "CellStatus.in_progress": {"en": "In progress", "de": "In Arbeit"},
    "CellStatus.competitor": {"en": "Competitor", "de": "Wettbewerber"},
    "CellStatus.not_relevant": {"en": "Not relevant", "de": "Nicht relevant"},
    "CellStatus.unknown": {"en": "Unknown", "de": "Unbekannt"},
    "OpportunityType.cross_sell": {"en": "Cross-sell", "de": "Cross-Selling"},
    "OpportunityType.upsell": {"en": "Upsell", "de": "Upselling"},
    "OpportunityType.renewal": {"en": "Renewal", "de": "Verlängerung"},
    "OpportunityType.new_business": {"en": "New business", "de": "Neugeschäft"},
    "OpportunityStatus.open": {"en": "Open", "de": "Offen"},
    "OpportunityStatus.won": {"en": "Won", "de": "Gewonnen"},
    "OpportunityStatus.lost": {"en": "Lost", "de": "Verloren"},
    "GoalKind.customer": {"en": "Customer-facing", "de": "Kundenziel"},
    "GoalKind.internal": {"en": "Internal", "de": "Intern"},
    "Direction.increase": {"en": "increase", "de": "steigern"},
    "Direction.decrease": {"en": "decrease", "de": "senken"},
    "GoalStatus.achieved": {"en": "Achieved", "de": "Erreicht"},
    "GoalStatus.on_track": {"en": "On track", "de": "Im Plan"},
    "GoalStatus.at_risk": {"en": "At risk", "de": "Gefährdet"},
    "GoalStatus.off_track": {"en": "Off track", "de": "Nicht im Plan"},
    "GoalStatus.overdue": {"en": "Overdue", "de": "Überfällig"},
    "Priority.high": {"en": "High", "de": "Hoch"},
    "Priority.medium": {"en": "Medium", "de": "Mittel"},
    "Priority.low": {"en": "Low", "de": "Niedrig"},
    "SwotKind.strength": {"en": "Strengths", "de": "Stärken"},
    "SwotKind.weakness": {"en": "Weaknesses", "de": "Schwächen"},
    "SwotKind.opportunity": {"en": "Opportunities", "de": "Chancen"},
    "SwotKind.threat": {"en": "Threats", "de": "Risiken"},
    "TeamRole.executive_sponsor": {"en": "Executive sponsor", "de": "Executive Sponsor"},
    "TeamRole.kam": {"en": "Key account manager", "de": "Key-Account-Manager"},
    "TeamRole.specialist": {"en": "Specialist", "de": "Fachspezialist"},
    "TeamRole.service": {"en": "Service", "de": "Service"},
    "TeamRole.sales": {"en": "Sales", "de": "Vertrieb"},
    "TeamRole.other": {"en": "Other", "de": "Sonstige"},
    "InteractionKind.meeting": {"en": "Meeting", "de": "Besprechung"},
    "InteractionKind.call": {"en": "Call", "de": "Telefonat"},
    "InteractionKind.email": {"en": "E-mail", "de": "E-Mail"},
    "InteractionKind.visit": {"en": "Visit", "de": "Besuch"},
    "ReviewKind.internal": {"en": "Internal", "de": "Intern"},
    "ReviewKind.client": {"en": "With the client", "de": "Mit dem Kunden"},
    "Freshness.fresh": {"en": "recent", "de": "aktuell"},
    "Freshness.ageing": {"en": "ageing", "de": "länger her"},
    "Freshness.stale": {"en": "stale", "de": "veraltet"},
    "Freshness.never": {"en": "never", "de": "nie"},
    "GapCode.no_decider": {"en": "no known decider", "de": "kein bekannter Entscheider"},
    "GapCode.no_champion": {"en": "no champion", "de": "kein Fürsprecher"},
    "GapCode.blocker": {"en": "influential blocker", "de": "einflussreicher Blockierer"},
    "GapCode.unowned": {
        "en": "members without an owner on our side",
        "de": "Mitglieder ohne Verantwortlichen bei uns",
    },
    "GapCode.stale": {"en": "contact gone stale", "de": "Kontakt veraltet"},
    # The portfolio report
    "pf.doc": {"en": "Portfolio report", "de": "Portfolio-Bericht"},
    "pf.subtitle": {
        "en": "Pareto analysis, tiers and warnings",
        "de": "Pareto-Analyse, Einstufung und Warnhinweise",
    },
    "pf.meta_subject": {
        "en": "Key account portfolio analysis",
        "de": "Analyse des Kundenportfolios",
    },
    "pf.window": {"en": "Analysis window", "de": "Analysezeitraum"},
    "pf.window_ttm": {
        "en": "Last four complete quarters ({first} – {last})",
        "de": "Letzte vier abgeschlossene Quartale ({first} – {last})",
    },
    "pf.window_fy": {"en": "Fiscal year {year}", "de": "Geschäftsjahr {year}"},
    "pf.quarter": {"en": "Q{quarter} {year}", "de": "Q{quarter} {year}"},
    "pf.dates": {"en": "{start} to {end}", "de": "{start} bis {end}"},
    "pf.prepared_by": {"en": "Prepared by", "de": "Erstellt von"},
    "pf.currency": {"en": "Currency", "de": "Währung"},
    "pf.section_overview": {"en": "Portfolio at a glance", "de": "Portfolio im Überblick"},
    "pf.section_pareto": {"en": "Pareto analysis", "de": "Pareto-Analyse"},
    "pf.section_tiers": {"en": "Tiers and recommendations", "de": "Einstufung und Empfehlungen"},
    "pf.section_warnings": {"en": "Warnings", "de": "Warnhinweise"},
    "pf.section_key_accounts": {"en": "Key accounts", "de": "Key Accounts"},
    "pf.fig_revenue": {"en": "Revenue in the window", "de": "Umsatz im Zeitraum"},
    "pf.fig_growth": {"en": "Growth on the year before", "de": "Wachstum zum Vorjahr"},
    "pf.fig_accounts": {"en": "Active accounts", "de": "Aktive Kunden"},
    "pf.fig_key": {"en": "Key accounts", "de": "Key Accounts"},
    "pf.fig_top": {"en": "Revenue of the top 20\u00a0%", "de": "Umsatz der Top 20\u00a0%"},
    "pf.pareto_intro": {
        "en": "{a_count} of {count} accounts (class A) earn {a_share} of the revenue; "
        "the top 20\u00a0% of accounts earn {top_share}.",
        "de": "{a_count} von {count} Kunden (Klasse A) erzielen {a_share} des Umsatzes; "
        "die umsatzstärksten 20\u00a0% der Kunden erzielen {top_share}.",
    },
    "pf.chart_caption": {
        "en": "Revenue by account, highest first (the top {count} and all others), and the "
        "cumulative share of revenue (right axis). The dashed lines mark the class limits "
        "of {a_limit} (A) and {b_limit} (B).",
        "de": "Umsatz je Kunde, absteigend (die ersten {count} und alle übrigen), und der "
        "kumulierte Umsatzanteil (rechte Achse). Die gestrichelten Linien markieren die "
        "Klassengrenzen von {a_limit} (A) und {b_limit} (B).",
    },
    "pf.others": {"en": "All others ({count})", "de": "Alle übrigen ({count})"},
    "pf.legend_cumulative": {"en": "Cumulative share", "de": "Kumulierter Anteil"},
    "pf.class": {"en": "Class {abc_class}", "de": "Klasse {abc_class}"},
    "pf.classes": {"en": "Revenue by class", "de": "Umsatz nach Klasse"},
    "pf.ranking": {"en": "Ranking by revenue", "de": "Rangfolge nach Umsatz"},
    "pf.more_in_class": {
        "en": "+{count} more accounts in class {abc_class}, together {revenue} "
        "({share} of revenue)",
        "de": "+{count} weitere Kunden in Klasse {abc_class}, zusammen {revenue} "
        "({share} des Umsatzes)",
    },
    "pf.no_revenue": {
        "en": "No revenue was recorded in this window.",
        "de": "In diesem Zeitraum wurde kein Umsatz erfasst.",
    },
    "pf.no_accounts": {"en": "There are no accounts yet.", "de": "Es gibt noch keine Kunden."},
    "pf.col_rank": {"en": "#", "de": "Nr."},
    "pf.col_account": {"en": "Account", "de": "Kunde"},
    "pf.col_revenue": {"en": "Revenue", "de": "Umsatz"},
    "pf.col_share": {"en": "Share", "de": "Anteil"},
    "pf.col_cumulative": {"en": "Cumulative", "de": "Kumuliert"},
    "pf.col_class": {"en": "Class", "de": "Klasse"},
    "pf.col_accounts": {"en": "Accounts", "de": "Kunden"},
    "pf.col_owner": {"en": "Owner", "de": "Verantwortlich"},
    "pf.col_score": {"en": "Score", "de": "Score"},
    "pf.col_last_contact": {"en": "Last contact", "de": "Letzter Kontakt"},
    "pf.col_next_review": {"en": "Next review", "de": "Nächstes Review"},
    "pf.col_warnings": {"en": "Warnings", "de": "Warnungen"},
    "pf.col_tier": {"en": "Tier", "de": "Stufe"},
    "pf.col_recommended": {"en": "Recommended", "de": "Empfohlen"},
    "pf.col_reasons": {"en": "Why", "de": "Begründung"},
    "pf.col_set_vs_recommended": {
        "en": "Set \u2193 / recommended \u2192",
        "de": "Gesetzt \u2193 / empfohlen \u2192",
    },
    "pf.col_total": {"en": "Total", "de": "Summe"},
    "pf.col_warning": {"en": "Warning", "de": "Warnhinweis"},
    "pf.col_kind": {"en": "Kind", "de": "Art"},
    "pf.tiers_intro": {
        "en": "The tier set for each account against the tier the rules recommend: class A "
        "with a score of at least {key_score} makes a key account; outside class A, a growth "
        "potential of 4 or a score of at least {emerging_score} makes an emerging one.",
        "de": "Die gesetzte Stufe jedes Kunden im Vergleich mit der Empfehlung der Regeln: "
        "Klasse A mit einem Score von mindestens {key_score} ergibt einen Key Account; "
        "außerhalb der Klasse A ergibt ein Wachstumspotenzial von 4 oder ein Score von "
        "mindestens {emerging_score} einen künftigen Key Account.",
    },
    "pf.disagreements": {
        "en": "Where the recommendation differs",
        "de": "Wo die Empfehlung abweicht",
    },
    "pf.no_disagreements": {
        "en": "The recommendation agrees with the tier of every account.",
        "de": "Die Empfehlung stimmt bei allen Kunden mit der gesetzten Stufe überein.",
    },
    "pf.more_disagreements": {
        "en": "+{count} more accounts whose recommendation differs",
        "de": "+{count} weitere Kunden mit abweichender Empfehlung",
    },
    "pf.warnings_portfolio": {"en": "Across the portfolio", "de": "Im gesamten Portfolio"},
    "pf.warnings_accounts": {"en": "By account", "de": "Nach Kunde"},
    "pf.no_portfolio_warnings": {
        "en": "No warning concerns the portfolio as a whole.",
        "de": "Für das Portfolio als Ganzes gibt es keinen Warnhinweis.",
    },
    "pf.no_account_warnings": {
        "en": "No account needs a warning.",
        "de": "Kein Kunde erfordert einen Warnhinweis.",
    },
    "pf.more_warnings": {
        "en": "+{count} more warnings and notices about other accounts",
        "de": "+{count} weitere Warnungen und Hinweise zu anderen Kunden",
    },
    "pf.severity_warning": {"en": "Warning", "de": "Warnung"},
    "pf.severity_notice": {"en": "Notice", "de": "Hinweis"},
    "pf.key_intro": {
        "en": "{count} key accounts earn {share} of the revenue in the window.",
        "de": "{count} Key Accounts erzielen {share} des Umsatzes im Zeitraum.",
    },
    "pf.no_key_accounts": {
        "en": "No account is set as a key account yet.",
        "de": "Noch ist kein Kunde als Key Account eingestuft.",
    },
    "pf.no_owner": {"en": "no owner", "de": "ohne Verantwortliche"},
    # Why a tier is recommended (codes of kamdesk.domain.tiering)
    "pf.reason.archived": {
        "en": "Archived accounts keep their tier.",
        "de": "Archivierte Kunden behalten ihre Stufe.",
    },
    "pf.reason.abc_class_a": {"en": "Class A by revenue.", "de": "Klasse A nach Umsatz."},
    "pf.reason.abc_class_not_a": {
        "en": "Class {abc_class} by revenue, not A.",
        "de": "Klasse {abc_class} nach Umsatz, nicht A.",
    },
    "pf.reason.score_meets_key_threshold": {
        "en": "Score {score} reaches the key threshold of {threshold}.",
        "de": "Score {score} erreicht die Key-Account-Schwelle von {threshold}.",
    },
    "pf.reason.score_below_key_threshold": {
        "en": "Score {score} is below the key threshold of {threshold}.",
        "de": "Score {score} liegt unter der Key-Account-Schwelle von {threshold}.",
    },
    "pf.reason.score_meets_emerging_threshold": {
        "en": "Score {score} reaches the emerging threshold of {threshold}.",
        "de": "Score {score} erreicht die Schwelle für künftige Key Accounts von {threshold}.",
    },
    "pf.reason.score_below_emerging_threshold": {
        "en": "Score {score} is below the emerging threshold of {threshold}.",
        "de": "Score {score} liegt unter der Schwelle für künftige Key Accounts von "
        "{threshold}.",
    },
    "pf.reason.no_score": {"en": "No scorecard yet.", "de": "Noch keine Bewertung."},
    "pf.reason.growth_potential_high": {
        "en": "Growth potential {growth_potential} of 5 reaches {threshold}.",
        "de": "Wachstumspotenzial {growth_potential} von 5 erreicht {threshold}.",
    },
    "pf.reason.growth_potential_low": {
        "en": "Growth potential {growth_potential} of 5 is below {threshold}.",
        "de": "Wachstumspotenzial {growth_potential} von 5 liegt unter {threshold}.",
    },
    "pf.reason.no_growth_potential": {
        "en": "Growth potential not scored.",
        "de": "Wachstumspotenzial nicht bewertet.",
    },
    # Guardrail findings (codes of kamdesk.domain.guardrails)
    "pf.finding.too_many_key_accounts": {
        "en": "{key_count} of {active_count} active accounts are key accounts ({share}); "
        "the limit is {max_share}.",
        "de": "{key_count} von {active_count} aktiven Kunden sind Key Accounts ({share}); "
        "die Grenze liegt bei {max_share}.",
    },
    "pf.finding.over_capacity": {
        "en": "{owner} owns {key_count} key accounts; their capacity is {capacity}.",
        "de": "{owner} betreut {key_count} Key Accounts; die Kapazität liegt bei {capacity}.",
    },
    "pf.finding.revenue_dependence": {
        "en": "{name} earns {share} of all revenue; the limit for one account is {max_share}.",
        "de": "{name} erzielt {share} des gesamten Umsatzes; die Grenze für einen Kunden "
        "liegt bei {max_share}.",
    },
    "pf.finding.neglected_account": {
        "en": "{name} ({tier}): no contact for {days_since} days; {allowed_days} allowed.",
        "de": "{name} ({tier}): seit {days_since} Tagen kein Kontakt; erlaubt sind "
        "{allowed_days}.",
    },
    "pf.finding.neglected_account_never": {
        "en": "{name} ({tier}): no contact recorded.",
        "de": "{name} ({tier}): kein Kontakt erfasst.",
    },
    "pf.finding.key_account_without_goals": {
        "en": "{name}: key account without goals.",
        "de": "{name}: Key Account ohne Ziele.",
    },
    "pf.finding.key_account_without_decider": {
        "en": "{name}: key account without a known decider.",
        "de": "{name}: Key Account ohne bekannten Entscheider.",
    },
    "pf.finding.key_account_review_overdue": {
        "en": "{name}: the review was due on {next_review_due}.",
        "de": "{name}: Das Review war am {next_review_due} fällig.",
    },
    "pf.finding.key_account_review_not_scheduled": {
        "en": "{name}: no review scheduled.",
        "de": "{name}: kein Review geplant.",
    },
    "pf.finding.key_account_plan_not_exported": {
        "en": "{name}: no account plan exported in the last {months} months.",
        "de": "{name}: in den letzten {months} Monaten kein Account-Plan exportiert.",
    },
    # The Excel workbook (kamdesk export workbook): title, sheets, column headers
    "workbook.title": {"en": "Portfolio workbook", "de": "Portfolio-Arbeitsmappe"},
    "workbook.yes": {"en": "yes", "de": "ja"},
    "workbook.no": {"en": "no", "de": "nein"},
    "workbook.sheet.accounts": {"en": "Accounts", "de": "Kunden"},
    "workbook.sheet.contacts": {"en": "Contacts", "de": "Kontakte"},
    "workbook.sheet.goals": {"en": "Goals", "de": "Ziele"},
    "workbook.sheet.actions": {"en": "Actions", "de": "Maßnahmen"},
    "workbook.sheet.revenue": {"en": "Revenue by quarter", "de": "Umsatz je Quartal"},
    "workbook.sheet.opportunities": {"en": "Opportunities", "de": "Verkaufschancen"},
    "workbook.sheet.whitespace": {"en": "Whitespace", "de": "Whitespace"},
    "workbook.col.account": {"en": "Account", "de": "Kunde"},
    "workbook.col.tier": {"en": "Tier", "de": "Stufe"},
    "workbook.col.abc_class": {"en": "ABC class", "de": "ABC-Klasse"},
    "workbook.col.score": {"en": "Score", "de": "Punktzahl"},
    "workbook.col.owner": {"en": "Owner", "de": "Verantwortlich"},
    "workbook.col.industry": {"en": "Industry", "de": "Branche"},
    "workbook.col.city": {"en": "City", "de": "Ort"},
    "workbook.col.country": {"en": "Country", "de": "Land"},
    "workbook.col.revenue_4q": {"en": "Revenue, last 4 quarters", "de": "Umsatz letzte 4 Quartale"},
    "workbook.col.previous_4q": {
        "en": "Revenue, 4 quarters before",
        "de": "Umsatz 4 Quartale davor",
    },
    "workbook.col.growth": {"en": "Growth", "de": "Wachstum"},
    "workbook.col.last_contact": {"en": "Last contact", "de": "Letzter Kontakt"},
    "workbook.col.customer_since": {"en": "Customer since", "de": "Kunde seit"},
    "workbook.col.name": {"en": "Name", "de": "Name"},
    "workbook.col.title": {"en": "Title", "de": "Position"},
    "workbook.col.department": {"en": "Department", "de": "Abteilung"},
    "workbook.col.email": {"en": "E-mail", "de": "E-Mail"},
    "workbook.col.phone": {"en": "Phone", "de": "Telefon"},
    "workbook.col.attitude": {"en": "Attitude", "de": "Haltung"},
    "workbook.col.influence": {"en": "Influence", "de": "Einfluss"},
    "workbook.col.left_on": {"en": "Left on", "de": "Ausgeschieden am"},
    "workbook.col.goal": {"en": "Goal", "de": "Ziel"},
    "workbook.col.kind": {"en": "Kind", "de": "Art"},
    "workbook.col.metric": {"en": "Metric", "de": "Kennzahl"},
    "workbook.col.unit": {"en": "Unit", "de": "Einheit"},
    "workbook.col.baseline": {"en": "Baseline", "de": "Ausgangswert"},
    "workbook.col.target": {"en": "Target", "de": "Zielwert"},
    "workbook.col.current": {"en": "Current", "de": "Aktuell"},
    "workbook.col.start": {"en": "Start", "de": "Beginn"},
    "workbook.col.due": {"en": "Due", "de": "Fällig"},
    "workbook.col.status": {"en": "Status", "de": "Status"},
    "workbook.col.action": {"en": "Action", "de": "Maßnahme"},
    "workbook.col.done": {"en": "Done", "de": "Erledigt"},
    "workbook.col.shared": {"en": "Shared with client", "de": "Mit Kunde geteilt"},
    "workbook.col.fiscal_year": {"en": "Fiscal year", "de": "Geschäftsjahr"},
    "workbook.col.quarter": {"en": "Quarter", "de": "Quartal"},
    "workbook.col.period": {"en": "Period", "de": "Periode"},
    "workbook.col.actual": {"en": "Actual", "de": "Ist"},
    "workbook.col.plan": {"en": "Plan", "de": "Plan"},
    "workbook.col.recurring": {"en": "Recurring", "de": "Wiederkehrend"},
    "workbook.col.opportunity": {"en": "Opportunity", "de": "Verkaufschance"},
    "workbook.col.type": {"en": "Type", "de": "Typ"},
    "workbook.col.offering": {"en": "Offering", "de": "Angebot"},
    "workbook.col.business_unit": {"en": "Business unit", "de": "Geschäftsbereich"},
    "workbook.col.stage": {"en": "Stage", "de": "Phase"},
    "workbook.col.value": {"en": "Value", "de": "Wert"},
    "workbook.col.probability": {"en": "Probability", "de": "Wahrscheinlichkeit"},
    "workbook.col.weighted_value": {"en": "Weighted value", "de": "Gewichteter Wert"},
    "workbook.col.expected_close": {"en": "Expected close", "de": "Erwarteter Abschluss"},
    "workbook.col.estimated_value": {"en": "Estimated value", "de": "Geschätzter Wert"},
    "workbook.col.competitor": {"en": "Competitor", "de": "Wettbewerber"},
    "workbook.col.note": {"en": "Note", "de": "Notiz"},
}

# The deck's and the Word document's own words join the printed documents' ones.
MESSAGES: Final[Mapping[str, Mapping[str, str]]] = {
    **_PRINTED_MESSAGES,
    **MEETING_MESSAGES,
    **PERSONAL_DATA_MESSAGES,
}


def text(msgid: str, lang: str, **params: object) -> str:
    """The message ``msgid`` in ``lang`` (English if missing), placeholders filled in.

    An unknown id returns the id itself, so a missing entry shows up in the document
    instead of crashing a print run; the catalogue test makes sure none is missing.
    """
    entry = MESSAGES.get(msgid)
    if entry is None:
        return msgid
    template = entry.get(lang) or entry["en"]
    return template.format(**params) if params else template


def label(value: Enum | str, lang: str, *, kind: str | None = None) -> str:
    """The display name of an enum value (or of a stable code, given its ``kind``)."""
    if isinstance(value, Enum):
        key = f"{type(value).__name__}.{value.value}"
    else:
        key = f"{kind}.{value}" if kind else str(value)
    return (
        text(key, lang)
        if key in MESSAGES
        else str(value.value if isinstance(value, Enum) else value)
    )
