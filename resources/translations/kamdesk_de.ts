<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountListModel</name>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Revenue, last four quarters: %1</source>
        <translation>Umsatz der letzten vier Quartale: %1</translation>
    </message>
    <message>
        <source>Last contact: %1</source>
        <translation>Letzter Kontakt: %1</translation>
    </message>
</context>
<context>
    <name>AccountWorkspace</name>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Changed by %1, %2</source>
        <translation>Geändert von %1, %2</translation>
    </message>
    <message>
        <source>Changed %2</source>
        <translation>Geändert %2</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Shared with client</source>
        <translation>Mit Kunde geteilt</translation>
    </message>
    <message>
        <source>Overdue: this action was due before today.</source>
        <translation>Überfällig: Diese Maßnahme war vor heute fällig.</translation>
    </message>
</context>
<context>
    <name>ActionsTab</name>
    <message>
        <source>New action: type a title and press Enter (Ctrl+Shift+A)</source>
        <translation>Neue Maßnahme: Titel eingeben und Eingabetaste drücken (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Show done</source>
        <translation>Erledigte anzeigen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>— no goal —</source>
        <translation>— kein Ziel —</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 done</source>
        <translation>%1 offen, %2 überfällig, %3 erledigt</translation>
    </message>
    <message>
        <source>Type the action&apos;s title first.</source>
        <translation>Geben Sie zuerst den Titel der Maßnahme ein.</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>Change action “%1”</source>
        <translation>Maßnahme „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Maßnahme löschen</translation>
    </message>
    <message>
        <source>Delete the action “%1”? You can undo this with Ctrl+Z.</source>
        <translation>Maßnahme „%1“ löschen? Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete action “%1”</source>
        <translation>Maßnahme „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>AssessmentTab</name>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Punkte (1–5)</translation>
    </message>
    <message>
        <source>Scored on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>Proposed from the data</source>
        <translation>Vorschlag aus den Daten</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Use the proposed score</source>
        <translation>Die vorgeschlagene Punktzahl übernehmen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Recommended:</source>
        <translation>Empfohlen:</translation>
    </message>
    <message>
        <source>Tier you set:</source>
        <translation>Ihre Einstufung:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>All criteria</source>
        <translation>Alle Kriterien</translation>
    </message>
    <message>
        <source>Weighted score: %1 of 100</source>
        <translation>Gewichtete Punktzahl: %1 von 100</translation>
    </message>
    <message>
        <source>Weighted score: not yet — score at least one weighted criterion.</source>
        <translation>Gewichtete Punktzahl: noch keine — bewerten Sie mindestens ein gewichtetes Kriterium.</translation>
    </message>
    <message>
        <source>Class %1 by revenue: %2 of the portfolio&apos;s revenue in %3 (%4).</source>
        <translation>Klasse %1 nach Umsatz: %2 des Portfolio-Umsatzes in %3 (%4).</translation>
    </message>
    <message>
        <source>The recommendation (%1) differs from the tier you set (%2). Keep your tier if you know more than the figures; change it on the Profile tab.</source>
        <translation>Die Empfehlung (%1) weicht von Ihrer Einstufung (%2) ab. Behalten Sie Ihre Einstufung, wenn Sie mehr wissen, als die Zahlen zeigen; ändern können Sie sie auf der Registerkarte „Profil“.</translation>
    </message>
    <message>
        <source>%1 of our revenue</source>
        <translation>%1 unseres Umsatzes</translation>
    </message>
    <message>
        <source>CLV %1</source>
        <translation>CLV %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose a score from %1 (low) to %2 (high); earlier scores stay in the history.</source>
        <translation>Wählen Sie eine Punktzahl von %1 (niedrig) bis %2 (hoch); frühere Bewertungen bleiben im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
</context>
<context>
    <name>BackupReasons</name>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Upgrade</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>BusinessUnitsEditor</name>
    <message>
        <source>New business unit</source>
        <translation>Neuer Geschäftsbereich</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the unit up in the matrix</source>
        <translation>Bereich in der Matrix nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the unit down in the matrix</source>
        <translation>Bereich in der Matrix nach unten verschieben</translation>
    </message>
    <message>
        <source>Notes on the selected unit</source>
        <translation>Notizen zum ausgewählten Bereich</translation>
    </message>
    <message>
        <source>Type the name of the business unit first.</source>
        <translation>Geben Sie zuerst den Namen des Geschäftsbereichs ein.</translation>
    </message>
    <message>
        <source>This account already has a business unit with this name.</source>
        <translation>Dieser Kunde hat bereits einen Geschäftsbereich mit diesem Namen.</translation>
    </message>
    <message>
        <source>Add business unit %1</source>
        <translation>Geschäftsbereich %1 hinzufügen</translation>
    </message>
    <message>
        <source>A business unit needs a name.</source>
        <translation>Ein Geschäftsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <source>Rename business unit %1</source>
        <translation>Geschäftsbereich %1 umbenennen</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Notizen zu %1 bearbeiten</translation>
    </message>
    <message>
        <source>This also deletes its %1 whitespace cell(s).</source>
        <translation>Dabei werden auch die zugehörigen Whitespace-Zellen gelöscht (%1).</translation>
    </message>
    <message>
        <source>%1 opportunity(ies) stay, without a business unit.</source>
        <translation>Verkaufschancen bleiben ohne Geschäftsbereich erhalten (%1).</translation>
    </message>
    <message>
        <source>Delete the business unit “%1”?</source>
        <translation>Geschäftsbereich „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete business unit</source>
        <translation>Geschäftsbereich löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete business unit %1</source>
        <translation>Geschäftsbereich %1 löschen</translation>
    </message>
    <message>
        <source>Move business unit %1</source>
        <translation>Geschäftsbereich %1 verschieben</translation>
    </message>
</context>
<context>
    <name>BuyingCenterListModel</name>
    <message>
        <source>%1 – covered</source>
        <translation>%1 – abgedeckt</translation>
    </message>
    <message>
        <source>%1 – 1 gap</source>
        <translation>%1 – 1 Lücke</translation>
    </message>
    <message>
        <source>%1 – %2 gaps</source>
        <translation>%1 – %2 Lücken</translation>
    </message>
</context>
<context>
    <name>BuyingCentersTab</name>
    <message>
        <source>Add buying center</source>
        <translation>Buying Center hinzufügen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>What this unit decides</source>
        <translation>Worüber diese Einheit entscheidet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buying centers&lt;/b&gt;</source>
        <translation>&lt;b&gt;Buying Center&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Departments without contact</source>
        <translation>Abteilungen ohne Kontakt</translation>
    </message>
    <message>
        <source>Buying centers</source>
        <translation>Buying Center</translation>
    </message>
    <message>
        <source>Every department has a contact with an owner on our side.</source>
        <translation>Jede Abteilung hat einen Kontakt mit einem Verantwortlichen auf unserer Seite.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Members of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mitglieder von %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add a buying center to list who decides, influences and buys.</source>
        <translation>Legen Sie ein Buying Center an, um festzuhalten, wer entscheidet, beeinflusst und einkauft.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Decider known</source>
        <translation>Entscheider bekannt</translation>
    </message>
    <message>
        <source>Champion in the center</source>
        <translation>Fürsprecher im Buying Center</translation>
    </message>
    <message>
        <source>High-influence blockers: %1</source>
        <translation>Einflussreiche Blockierer: %1</translation>
    </message>
    <message>
        <source>Members without an owner: %1</source>
        <translation>Mitglieder ohne Verantwortlichen: %1</translation>
    </message>
    <message>
        <source>Stale or no contact (over %1 days): %2</source>
        <translation>Veralteter oder kein Kontakt (über %1 Tage): %2</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <source>New buying center</source>
        <translation>Neues Buying Center</translation>
    </message>
    <message>
        <source>Add a buying center</source>
        <translation>Buying Center hinzufügen</translation>
    </message>
    <message>
        <source>Delete the buying center %1? The people stay on the account.</source>
        <translation>Buying Center %1 löschen? Die Personen bleiben beim Kunden erhalten.</translation>
    </message>
    <message>
        <source>Delete buying center</source>
        <translation>Buying Center löschen</translation>
    </message>
    <message>
        <source>You can undo this (Ctrl+Z).</source>
        <translation>Sie können das rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>%1 is already a member of %2; change their role in the table instead.</source>
        <translation>%1 ist bereits Mitglied von %2; ändern Sie stattdessen die Rolle in der Tabelle.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Select a member in the table first.</source>
        <translation>Wählen Sie zuerst ein Mitglied in der Tabelle aus.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>%1 als %2 festlegen</translation>
    </message>
</context>
<context>
    <name>CatalogueColumns</name>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listenpreis</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Default probability</source>
        <translation>Standardwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>The probability must be a whole number from 0 to 100 %.</source>
        <translation>Die Wahrscheinlichkeit muss eine ganze Zahl von 0 bis 100 % sein.</translation>
    </message>
</context>
<context>
    <name>CatalogueSettingsPage</name>
    <message>
        <source>Name of a new offering</source>
        <translation>Name eines neuen Angebots</translation>
    </message>
    <message>
        <source>Offerings (columns of the whitespace matrix)</source>
        <translation>Angebote (Spalten der Whitespace-Matrix)</translation>
    </message>
    <message>
        <source>Name of a new stage</source>
        <translation>Name einer neuen Phase</translation>
    </message>
    <message>
        <source>Add the usual five stages</source>
        <translation>Die üblichen fünf Phasen hinzufügen</translation>
    </message>
    <message>
        <source>Pipeline stages (in order)</source>
        <translation>Pipeline-Phasen (in Reihenfolge)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Type the name of the new offering first.</source>
        <translation>Geben Sie zuerst den Namen des neuen Angebots ein.</translation>
    </message>
    <message>
        <source>Add offering %1</source>
        <translation>Angebot %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit offering</source>
        <translation>Angebot bearbeiten</translation>
    </message>
    <message>
        <source>“%1” is used in %2 whitespace cell(s) and %3 opportunity(ies), so it cannot be deleted.</source>
        <translation>„%1“ wird verwendet (Whitespace-Zellen: %2, Verkaufschancen: %3) und kann daher nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Offering in use</source>
        <translation>Angebot wird verwendet</translation>
    </message>
    <message>
        <source>Deactivate it instead? Its column leaves the whitespace matrix; cells and opportunities keep it.</source>
        <translation>Stattdessen deaktivieren? Die Spalte verschwindet aus der Whitespace-Matrix; Zellen und Verkaufschancen behalten das Angebot.</translation>
    </message>
    <message>
        <source>Delete offering</source>
        <translation>Angebot löschen</translation>
    </message>
    <message>
        <source>Delete the offering “%1”? You can undo this.</source>
        <translation>Angebot „%1“ löschen? Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete offering %1</source>
        <translation>Angebot %1 löschen</translation>
    </message>
    <message>
        <source>Type the name of the new stage first.</source>
        <translation>Geben Sie zuerst den Namen der neuen Phase ein.</translation>
    </message>
    <message>
        <source>Add stage %1</source>
        <translation>Phase %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Phase bearbeiten</translation>
    </message>
    <message>
        <source>Delete stage %1</source>
        <translation>Phase %1 löschen</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Reihenfolge ändern</translation>
    </message>
    <message>
        <source>Offerings and pipeline stages</source>
        <translation>Angebote und Pipeline-Phasen</translation>
    </message>
</context>
<context>
    <name>CellStatus</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Not relevant</source>
        <translation>Nicht relevant</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>CompetitorsTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Whose competitor</source>
        <translation>Wettbewerber von</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>Notizen (intern)</translation>
    </message>
    <message>
        <source>competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Competitors</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Their competitors in their market, and ours for this account&apos;s business. Notes stay internal: the client version of the plan leaves them out.</source>
        <translation>Die Wettbewerber des Kunden in seinem Markt und unsere Wettbewerber beim Geschäft mit diesem Kunden. Notizen bleiben intern: Die Kundenversion des Plans lässt sie weg.</translation>
    </message>
    <message>
        <source>New competitor</source>
        <translation>Neuer Wettbewerber</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>kamdesk – unexpected error</source>
        <translation>kamdesk – unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: kamdesk could not finish what you just did. Changes that were saved before are safe. If the window looks wrong, close kamdesk and start it again.</source>
        <translation>Etwas ist schiefgegangen: kamdesk konnte den letzten Schritt nicht abschließen. Was vorher gespeichert wurde, ist sicher. Wenn das Fenster nicht richtig aussieht, schließen Sie kamdesk und starten Sie es neu.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Die Einzelheiten stehen in %1.</translation>
    </message>
    <message>
        <source>The details could not be written to the log file.</source>
        <translation>Die Einzelheiten konnten nicht in die Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <source>More errors followed this one; they are in the log too.</source>
        <translation>Danach traten weitere Fehler auf; sie stehen ebenfalls im Protokoll.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Einzelheiten kopieren</translation>
    </message>
    <message>
        <source>Copies what went wrong where in kamdesk&apos;s code; no customer data.</source>
        <translation>Kopiert, was wo im Programmcode von kamdesk schiefging – keine Kundendaten.</translation>
    </message>
    <message>
        <source>The details are on the clipboard.</source>
        <translation>Die Einzelheiten sind in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>Criterion</name>
    <message>
        <source>Share of our revenue</source>
        <translation>Anteil an unserem Umsatz</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer Lifetime Value</translation>
    </message>
    <message>
        <source>Demand for tailored services</source>
        <translation>Bedarf an maßgeschneiderten Leistungen</translation>
    </message>
    <message>
        <source>Growth potential</source>
        <translation>Wachstumspotenzial</translation>
    </message>
    <message>
        <source>Credibility in the industry</source>
        <translation>Ansehen in der Branche</translation>
    </message>
    <message>
        <source>Strength of relationship</source>
        <translation>Stärke der Beziehung</translation>
    </message>
</context>
<context>
    <name>DailyServerBackup</name>
    <message>
        <source>The server database was upgraded to this kamdesk; its backup from before is in %1.</source>
        <translation>Die Serverdatenbank wurde auf diese kamdesk-Version aktualisiert; die Sicherung von vorher liegt in %1.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the server database is in %1.</source>
        <translation>Die heutige Sicherung der Serverdatenbank liegt in %1.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the server database failed: %1</source>
        <translation>Die heutige Sicherung der Serverdatenbank ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Revenue (thousand %1)</source>
        <translation>Umsatz (Tsd. %1)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Portfolio dashboard</source>
        <translation>Portfolio-Dashboard</translation>
    </message>
    <message>
        <source>Calculating</source>
        <translation>Wird berechnet</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Revenue, last four quarters</source>
        <translation>Umsatz der letzten vier Quartale</translation>
    </message>
    <message>
        <source>Share of the top 20 % of accounts</source>
        <translation>Anteil der Top 20 % der Kunden</translation>
    </message>
    <message>
        <source>Key and emerging accounts</source>
        <translation>Key Accounts und künftige Key Accounts</translation>
    </message>
    <message>
        <source>Overdue reviews</source>
        <translation>Überfällige Reviews</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnhinweise</translation>
    </message>
    <message>
        <source>Recommended tier differs</source>
        <translation>Empfohlene Einstufung weicht ab</translation>
    </message>
    <message>
        <source>Goals at risk, off track or overdue</source>
        <translation>Ziele gefährdet, nicht im Plan oder überfällig</translation>
    </message>
    <message>
        <source>Overdue actions</source>
        <translation>Überfällige Maßnahmen</translation>
    </message>
    <message>
        <source>Last four complete quarters: %1 – %2</source>
        <translation>Letzte vier abgeschlossene Quartale: %1 – %2</translation>
    </message>
    <message>
        <source>No revenue in the four quarters before</source>
        <translation>Kein Umsatz in den vier Quartalen davor</translation>
    </message>
    <message>
        <source>%1 against the four quarters before</source>
        <translation>%1 ggü. den vier Quartalen davor</translation>
    </message>
    <message>
        <source>of revenue, earned by %1 of %2 accounts</source>
        <translation>des Umsatzes, erzielt von %1 von %2 Kunden</translation>
    </message>
    <message>
        <source>%1 key · %2 emerging</source>
        <translation>%1 Key · %2 künftig</translation>
    </message>
    <message>
        <source>%1 recommended as key</source>
        <translation>%1 als Key Account empfohlen</translation>
    </message>
    <message>
        <source>%1 overdue actions</source>
        <translation>Überfällige Maßnahmen: %1</translation>
    </message>
    <message>
        <source>and %1 notices</source>
        <translation>und %1 Hinweise</translation>
    </message>
    <message>
        <source>%1: recommended %2, set as %3</source>
        <translation>%1: empfohlen %2, eingestuft als %3</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>überfällig seit %1</translation>
    </message>
    <message>
        <source>off track, due %1</source>
        <translation>nicht im Plan, fällig %1</translation>
    </message>
    <message>
        <source>at risk, due %1</source>
        <translation>gefährdet, fällig %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2 (due %3)</source>
        <translation>%1 — %2 (fällig %3)</translation>
    </message>
    <message>
        <source>Warnings and notices (%1)</source>
        <translation>Warnhinweise (%1)</translation>
    </message>
    <message>
        <source>Recommended tier differs (%1)</source>
        <translation>Empfohlene Einstufung weicht ab (%1)</translation>
    </message>
    <message>
        <source>Goals at risk, off track or overdue (%1)</source>
        <translation>Ziele gefährdet, nicht im Plan oder überfällig (%1)</translation>
    </message>
    <message>
        <source>Overdue actions (%1)</source>
        <translation>Überfällige Maßnahmen (%1)</translation>
    </message>
</context>
<context>
    <name>DemoLoading</name>
    <message>
        <source>Loading the demo portfolio was cancelled.</source>
        <translation>Das Laden des Demo-Portfolios wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Creating the demo portfolio…</source>
        <translation>Demo-Portfolio wird erstellt…</translation>
    </message>
</context>
<context>
    <name>Dependents</name>
    <message>
        <source>1 stakeholder</source>
        <extracomment>The phrase per table that a delete can reach: (singular, plural with %1 for the count).</extracomment>
        <translation>1 Stakeholder</translation>
    </message>
    <message>
        <source>%1 stakeholders</source>
        <translation>%1 Stakeholder</translation>
    </message>
    <message>
        <source>1 informal line</source>
        <translation>1 informelle Linie</translation>
    </message>
    <message>
        <source>%1 informal lines</source>
        <translation>%1 informelle Linien</translation>
    </message>
    <message>
        <source>1 buying center</source>
        <translation>1 Buying Center</translation>
    </message>
    <message>
        <source>%1 buying centers</source>
        <translation>%1 Buying Center</translation>
    </message>
    <message>
        <source>1 buying-center membership</source>
        <translation>1 Buying-Center-Mitgliedschaft</translation>
    </message>
    <message>
        <source>%1 buying-center memberships</source>
        <translation>%1 Buying-Center-Mitgliedschaften</translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 interactions</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>1 interaction attendance</source>
        <translation>1 Teilnahme an einem Kontakt</translation>
    </message>
    <message>
        <source>%1 interaction attendances</source>
        <translation>%1 Teilnahmen an Kontakten</translation>
    </message>
    <message>
        <source>1 competitor</source>
        <translation>1 Wettbewerber</translation>
    </message>
    <message>
        <source>%1 competitors</source>
        <translation>%1 Wettbewerber</translation>
    </message>
    <message>
        <source>1 need</source>
        <translation>1 Bedarf</translation>
    </message>
    <message>
        <source>%1 needs</source>
        <translation>%1 Bedarfe</translation>
    </message>
    <message>
        <source>1 SWOT entry</source>
        <translation>1 SWOT-Eintrag</translation>
    </message>
    <message>
        <source>%1 SWOT entries</source>
        <translation>%1 SWOT-Einträge</translation>
    </message>
    <message>
        <source>1 team role</source>
        <translation>1 Teamrolle</translation>
    </message>
    <message>
        <source>%1 team roles</source>
        <translation>%1 Teamrollen</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 Bewertung</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 Bewertungen</translation>
    </message>
    <message>
        <source>1 business unit</source>
        <translation>1 Geschäftsbereich</translation>
    </message>
    <message>
        <source>%1 business units</source>
        <translation>%1 Geschäftsbereiche</translation>
    </message>
    <message>
        <source>1 whitespace cell</source>
        <translation>1 Whitespace-Zelle</translation>
    </message>
    <message>
        <source>%1 whitespace cells</source>
        <translation>%1 Whitespace-Zellen</translation>
    </message>
    <message>
        <source>1 opportunity</source>
        <translation>1 Verkaufschance</translation>
    </message>
    <message>
        <source>%1 opportunities</source>
        <translation>%1 Verkaufschancen</translation>
    </message>
    <message>
        <source>1 goal</source>
        <translation>1 Ziel</translation>
    </message>
    <message>
        <source>%1 goals</source>
        <translation>%1 Ziele</translation>
    </message>
    <message>
        <source>1 goal update</source>
        <translation>1 Zielaktualisierung</translation>
    </message>
    <message>
        <source>%1 goal updates</source>
        <translation>%1 Zielaktualisierungen</translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation>1 Maßnahme</translation>
    </message>
    <message>
        <source>%1 action items</source>
        <translation>%1 Maßnahmen</translation>
    </message>
    <message>
        <source>1 review</source>
        <translation>1 Review</translation>
    </message>
    <message>
        <source>%1 reviews</source>
        <translation>%1 Reviews</translation>
    </message>
    <message>
        <source>1 plan snapshot</source>
        <translation>1 Planstand</translation>
    </message>
    <message>
        <source>%1 plan snapshots</source>
        <translation>%1 Planstände</translation>
    </message>
    <message>
        <source>1 revenue entry</source>
        <translation>1 Umsatzeintrag</translation>
    </message>
    <message>
        <source>%1 revenue entries</source>
        <translation>%1 Umsatzeinträge</translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>Dabei wird auch Folgendes gelöscht: %1.</translation>
    </message>
</context>
<context>
    <name>DetailTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EnumLabels</name>
    <message>
        <source>The customer&apos;s competitor</source>
        <translation>Wettbewerber des Kunden</translation>
    </message>
    <message>
        <source>Our competitor here</source>
        <translation>Unser Wettbewerber hier</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Executive Sponsor</translation>
    </message>
    <message>
        <source>Key account manager</source>
        <translation>Key Account Manager</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Spezialist</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Vertrieb</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besuch</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Stärken</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Schwächen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quartalsweise</translation>
    </message>
    <message>
        <source>Every six months</source>
        <translation>Halbjährlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Erase %1 for good? Their name becomes “Former contact” with a number; their e-mail, phone, notes, source, lawful basis and our judgement of them (attitude, influence, strength) are removed, also from stored plan snapshots. Their place in the org chart and the buying centers stays, and the meetings they attended stay in the history without their name.</source>
        <translation>%1 endgültig löschen? Der Name wird zu „Ehemaliger Kontakt“ mit einer Nummer; E-Mail, Telefon, Notizen, Herkunft, Rechtsgrundlage und unsere Einschätzung (Haltung, Einfluss, Beziehungsstärke) werden entfernt, auch aus gespeicherten Plan-Ständen. Der Platz im Organigramm und in den Buying Centern bleibt, und die Kontakte, an denen die Person teilnahm, bleiben ohne ihren Namen in der Historie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This cannot be undone&lt;/b&gt;, not even with Ctrl+Z.</source>
        <translation>&lt;b&gt;Das lässt sich nicht rückgängig machen&lt;/b&gt;, auch nicht mit Strg+Z.</translation>
    </message>
    <message>
        <source>These texts still name them; edit them by hand afterwards:</source>
        <translation>Diese Texte nennen die Person weiterhin; bearbeiten Sie sie danach von Hand:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Also purge them from these server dumps</source>
        <translation>Person auch aus diesen Server-Dumps löschen</translation>
    </message>
    <message>
        <source>Also purge them from these backups</source>
        <translation>Person auch aus diesen Sicherungskopien löschen</translation>
    </message>
    <message>
        <source>%1 server dumps made before still hold them:</source>
        <translation>%1 früher erstellte Server-Dumps enthalten die Person noch:</translation>
    </message>
    <message>
        <source>%1 backups made before still hold them:</source>
        <translation>%1 früher erstellte Sicherungskopien enthalten die Person noch:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Erase for good</source>
        <translation>Endgültig löschen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export “%1”</source>
        <translation>„%1“ exportieren</translation>
    </message>
    <message>
        <source>Open the file when done</source>
        <translation>Datei danach öffnen</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Choose at least one section to see a preview.</source>
        <translation>Wählen Sie mindestens einen Abschnitt aus, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Word document</source>
        <translation>Word-Dokument speichern</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <source>Save the slide deck</source>
        <translation>Foliensatz speichern</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>1 slide</source>
        <translation>1 Folie</translation>
    </message>
    <message>
        <source>%1 slides</source>
        <translation>%1 Folien</translation>
    </message>
    <message>
        <source>1 section</source>
        <translation>1 Abschnitt</translation>
    </message>
    <message>
        <source>%1 sections</source>
        <translation>%1 Abschnitte</translation>
    </message>
    <message>
        <source>Meeting brief – %1 – %2</source>
        <translation>Gesprächsvorbereitung – %1 – %2</translation>
    </message>
    <message>
        <source>Partnership plan – %1 – %2</source>
        <translation>Partnerschaftsplan – %1 – %2</translation>
    </message>
    <message>
        <source>Account plan – %1 – %2</source>
        <translation>Account-Plan – %1 – %2</translation>
    </message>
    <message>
        <source>The preview was cancelled. Click “Show preview” to render it.</source>
        <translation>Die Vorschau wurde abgebrochen. Klicken Sie auf „Vorschau anzeigen“, um sie zu erstellen.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>%1, drawn by LibreOffice</source>
        <translation>%1, gezeichnet von LibreOffice</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Saved “%1” (%2).</source>
        <translation>„%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
</context>
<context>
    <name>ExportOptionsPanel</name>
    <message>
        <source>Account plan</source>
        <translation>Account-Plan</translation>
    </message>
    <message>
        <source>Meeting brief (one page)</source>
        <translation>Gesprächsvorbereitung (eine Seite)</translation>
    </message>
    <message>
        <source>Word document</source>
        <translation>Word-Dokument</translation>
    </message>
    <message>
        <source>Slide deck</source>
        <translation>Foliensatz</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Build the deck on your firm&apos;s PowerPoint template (.pptx)</source>
        <translation>Den Foliensatz auf der PowerPoint-Vorlage Ihres Unternehmens aufbauen (.pptx)</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Use kamdesk&apos;s neutral design</source>
        <translation>Das neutrale Design von kamdesk verwenden</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Enthaltene Abschnitte</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>The meeting brief has a fixed layout on one page.</source>
        <translation>Die Gesprächsvorbereitung hat ein festes Layout auf einer Seite.</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Dokument:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Audience:</source>
        <translation>Zielgruppe:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Title slide</source>
        <translation>Titelfolie</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Where we stand</source>
        <translation>Wo wir stehen</translation>
    </message>
    <message>
        <source>Actions and next steps</source>
        <translation>Maßnahmen und nächste Schritte</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <source>Cover page</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Stakeholder map</source>
        <translation>Stakeholder-Landkarte</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>Buying centers</source>
        <translation>Buying Center</translation>
    </message>
    <message>
        <source>Needs and our response</source>
        <translation>Bedarf und unsere Antwort</translation>
    </message>
    <message>
        <source>SWOT analysis</source>
        <translation>SWOT-Analyse</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Whitespace-Analyse</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Account-Team</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Review-Historie</translation>
    </message>
    <message>
        <source>Changes since the last review</source>
        <translation>Änderungen seit dem letzten Review</translation>
    </message>
    <message>
        <source>Choose a PowerPoint template</source>
        <translation>PowerPoint-Vorlage auswählen</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint-Präsentationen (*.pptx)</translation>
    </message>
    <message>
        <source>Built-in design</source>
        <translation>Eingebautes Design</translation>
    </message>
    <message>
        <source>A 16:9 deck for the review meeting, with the revenue chart editable in PowerPoint and the details in the speaker notes.</source>
        <translation>Ein Foliensatz im Format 16:9 für das Review-Gespräch; das Umsatzdiagramm lässt sich in PowerPoint bearbeiten, die Details stehen in den Notizen.</translation>
    </message>
    <message>
        <source>The plan as an editable Word document, with the same sections as the PDF.</source>
        <translation>Der Plan als bearbeitbares Word-Dokument, mit denselben Abschnitten wie das PDF.</translation>
    </message>
    <message>
        <source>The meeting brief is for your own preparation: always internal.</source>
        <translation>Die Gesprächsvorbereitung dient Ihrer eigenen Vorbereitung und ist immer intern.</translation>
    </message>
    <message>
        <source>For the client&apos;s table: leaves out attitudes and influence, internal goals and actions, competitors, SWOT, whitespace, opportunities, revenue targets and internal notes.</source>
        <translation>Für den Tisch des Kunden: ohne Haltung und Einfluss, interne Ziele und Maßnahmen, Wettbewerber, SWOT, Whitespace, Verkaufschancen, Umsatzziele und interne Notizen.</translation>
    </message>
    <message>
        <source>Everything in the plan, for your own team.</source>
        <translation>Der vollständige Plan, für Ihr eigenes Team.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt aus.</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Enter a whole number, for example %1.</source>
        <translation>Bitte eine ganze Zahl eingeben, zum Beispiel %1.</translation>
    </message>
</context>
<context>
    <name>GoalFigures</name>
    <message>
        <source>Use at most four decimal places.</source>
        <translation>Verwenden Sie höchstens vier Nachkommastellen.</translation>
    </message>
    <message>
        <source>Enter a number, for example %1.</source>
        <translation>Geben Sie eine Zahl ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>Customer-facing</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>e.g. Uptime of the line</source>
        <translation>z. B. Verfügbarkeit der Linie</translation>
    </message>
    <message>
        <source>e.g. %, days, €</source>
        <translation>z. B. %, Tage, €</translation>
    </message>
    <message>
        <source>Should increase</source>
        <translation>Soll steigen</translation>
    </message>
    <message>
        <source>Should decrease</source>
        <translation>Soll sinken</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>no update yet</source>
        <translation>noch keine Aktualisierung</translation>
    </message>
    <message>
        <source>Latest: %1 on %2</source>
        <translation>Zuletzt: %1 am %2</translation>
    </message>
    <message>
        <source>No update yet</source>
        <translation>Noch keine Aktualisierung</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— niemand —</translation>
    </message>
    <message>
        <source>Change goal “%1”</source>
        <translation>Ziel „%1“ ändern</translation>
    </message>
</context>
<context>
    <name>GoalHistoryChart</name>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
</context>
<context>
    <name>GoalStatus</name>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Off track</source>
        <translation>Nicht im Plan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
</context>
<context>
    <name>GoalTable</name>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Ausgangswert → Zielwert</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>%1
Metric: %2
Owner: %3</source>
        <translation>%1
Kennzahl: %2
Verantwortlich: %3</translation>
    </message>
</context>
<context>
    <name>GoalUpdateModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>GoalUpdatesPanel</name>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
    <message>
        <source>Add update</source>
        <translation>Aktualisierung hinzufügen</translation>
    </message>
    <message>
        <source>Delete update</source>
        <translation>Aktualisierung löschen</translation>
    </message>
    <message>
        <source>There is already an update on this date; change that one instead.</source>
        <translation>Für dieses Datum gibt es bereits eine Aktualisierung; ändern Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>Add update to “%1”</source>
        <translation>Aktualisierung zu „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Change update of “%1”</source>
        <translation>Aktualisierung von „%1“ ändern</translation>
    </message>
    <message>
        <source>Delete update of %1</source>
        <translation>Aktualisierung von %1 löschen</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>Customer-facing goals</source>
        <translation>Kundenziele</translation>
    </message>
    <message>
        <source>Add customer goal</source>
        <translation>Kundenziel hinzufügen</translation>
    </message>
    <message>
        <source>No goal shared with the client yet. What should this account achieve with us this year?</source>
        <translation>Noch kein Ziel mit dem Kunden geteilt. Was soll dieser Kunde in diesem Jahr mit uns erreichen?</translation>
    </message>
    <message>
        <source>Internal goals</source>
        <translation>Interne Ziele</translation>
    </message>
    <message>
        <source>Add internal goal</source>
        <translation>Internes Ziel hinzufügen</translation>
    </message>
    <message>
        <source>No internal goal yet: share of wallet, margin, coverage …</source>
        <translation>Noch kein internes Ziel: Share of Wallet, Marge, Abdeckung …</translation>
    </message>
    <message>
        <source>Delete goal…</source>
        <translation>Ziel löschen…</translation>
    </message>
    <message>
        <source>Select a goal to see and edit it.</source>
        <translation>Wählen Sie ein Ziel aus, um es anzuzeigen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Some changes to the goal “%1” could not be saved:</source>
        <translation>Einige Änderungen am Ziel „%1“ konnten nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Customer-facing goal</source>
        <translation>Kundenziel</translation>
    </message>
    <message>
        <source>Internal goal</source>
        <translation>Internes Ziel</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Neues Ziel</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Delete the goal “%1”?</source>
        <translation>Ziel „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its %1 go with it.</source>
        <translation>Dabei wird auch gelöscht: %1.</translation>
    </message>
    <message>
        <source>%1 stay, without a goal.</source>
        <translation>Ohne Ziel erhalten bleiben: %1.</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete goal “%1”</source>
        <translation>Ziel „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>GrowthFiguresBar</name>
    <message>
        <source>Active business / year</source>
        <translation>Aktives Geschäft / Jahr</translation>
    </message>
    <message>
        <source>Whitespace potential / year</source>
        <translation>Whitespace-Potenzial / Jahr</translation>
    </message>
    <message>
        <source>Cells covered</source>
        <translation>Abgedeckte Zellen</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Gewichtete Pipeline</translation>
    </message>
    <message>
        <source>Won this fiscal year</source>
        <translation>In diesem Geschäftsjahr gewonnen</translation>
    </message>
    <message>
        <source>Estimated value of cells marked opportunity, in progress or competitor.</source>
        <translation>Geschätzter Wert der Zellen mit Status Chance, In Arbeit oder Wettbewerber.</translation>
    </message>
    <message>
        <source>No relevant cell yet.</source>
        <translation>Noch keine relevante Zelle.</translation>
    </message>
    <message>
        <source>Active cells among all cells not marked “not relevant”.</source>
        <translation>Aktive Zellen unter allen Zellen, die nicht als „Nicht relevant“ markiert sind.</translation>
    </message>
    <message>
        <source>Value × probability of the %1 open opportunities.</source>
        <translation>Wert × Wahrscheinlichkeit der %1 offenen Verkaufschancen.</translation>
    </message>
    <message>
        <source>Won in fiscal year %1</source>
        <translation>Gewonnen im Geschäftsjahr %1</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Interactions, newest first</source>
        <translation>Kontakte, neueste zuerst</translation>
    </message>
    <message>
        <source>People involved</source>
        <translation>Beteiligte Personen</translation>
    </message>
    <message>
        <source>Share with client</source>
        <translation>Mit Kunde teilen</translation>
    </message>
    <message>
        <source>Print this interaction with its summary and next steps in the client version of the plan</source>
        <translation>Diesen Kontakt mit Zusammenfassung und nächsten Schritten in der Kundenversion des Plans drucken</translation>
    </message>
    <message>
        <source>Selected interaction</source>
        <translation>Ausgewählter Kontakt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Last contact: %1 (%2 days ago)</source>
        <translation>Letzter Kontakt: %1 (vor %2 Tagen)</translation>
    </message>
    <message>
        <source>No interaction recorded yet.</source>
        <translation>Noch kein Kontakt erfasst.</translation>
    </message>
    <message>
        <source>(has left)</source>
        <translation>(ausgeschieden)</translation>
    </message>
    <message>
        <source>Edit interaction</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. This is what the import would do.</source>
        <translation>Noch wurde nichts gespeichert. So würde der Import ausgehen.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with problems</source>
        <translation>Die gültigen Zeilen importieren und die Zeilen mit Problemen auslassen</translation>
    </message>
    <message>
        <source>%1 to create, %2 to update, %3 unchanged.</source>
        <translation>%1 neu, %2 zu aktualisieren, %3 unverändert.</translation>
    </message>
    <message>
        <source>%1 new team members (owners named in the file).</source>
        <translation>%1 neue Teammitglieder (in der Datei genannte Verantwortliche).</translation>
    </message>
    <message>
        <source>%1 problems: nothing is imported unless you leave those rows out.</source>
        <translation>%1 Probleme: Es wird nichts importiert, solange Sie diese Zeilen nicht auslassen.</translation>
    </message>
    <message>
        <source>Everything in the file is already in kamdesk.</source>
        <translation>Alles aus der Datei ist bereits in kamdesk.</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>Choose a file to import</source>
        <translation>Datei für den Import wählen</translation>
    </message>
    <message>
        <source>A CSV or text file as Excel or LibreOffice save it, an Excel workbook (.xlsx), or vCards (.vcf) from Outlook, Google or Apple for contacts.</source>
        <translation>Eine CSV- oder Textdatei, wie Excel oder LibreOffice sie speichern, eine Excel-Arbeitsmappe (.xlsx) oder – für Kontakte – vCards (.vcf) aus Outlook, Google oder Apple.</translation>
    </message>
    <message>
        <source>The file holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Pfad der Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Spreadsheets and vCards (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf);;All files (*)</source>
        <translation>Tabellen und vCards (*.csv *.txt *.tsv *.xlsx *.xlsm *.vcf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewPage</name>
    <message>
        <source>Check how the file is read</source>
        <translation>Prüfen, wie die Datei gelesen wird</translation>
    </message>
    <message>
        <source>kamdesk has detected how the file is written and which column holds what. Change anything that is not right; the rows below show the result.</source>
        <translation>kamdesk hat erkannt, wie die Datei geschrieben ist und welche Spalte was enthält. Ändern Sie, was nicht stimmt; die Zeilen unten zeigen das Ergebnis.</translation>
    </message>
    <message>
        <source>Decimal comma (1.234,56)</source>
        <translation>Dezimalkomma (1.234,56)</translation>
    </message>
    <message>
        <source>Decimal point (1,234.56)</source>
        <translation>Dezimalpunkt (1,234.56)</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Only where unambiguous</source>
        <translation>Nur wo eindeutig</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Tabellenblatt:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <source>Dates with slashes:</source>
        <translation>Datum mit Schrägstrichen:</translation>
    </message>
    <message>
        <source>Import every row into:</source>
        <translation>Alle Zeilen diesem Kunden zuordnen:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>— the account column decides —</source>
        <translation>— die Kundenspalte entscheidet —</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Revenue per quarter</source>
        <translation>Umsatz je Quartal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation>Jahresumsatz</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Review-Rhythmus</translation>
    </message>
    <message>
        <source>Business plan</source>
        <translation>Geschäftsplan</translation>
    </message>
    <message>
        <source>Target audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>USP</source>
        <translation>Alleinstellungsmerkmal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Quarter (label or date)</source>
        <translation>Quartal (Bezeichnung oder Datum)</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Actual revenue</source>
        <translation>Ist-Umsatz</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>Actual revenue Q%1 %2</source>
        <translation>Ist-Umsatz Q%1 %2</translation>
    </message>
    <message>
        <source>No column holds the account name: choose one below.</source>
        <translation>Keine Spalte enthält den Kundennamen: Wählen Sie unten eine aus.</translation>
    </message>
    <message>
        <source>No column holds the contact&apos;s name: choose one below.</source>
        <translation>Keine Spalte enthält den Namen des Kontakts: Wählen Sie unten eine aus.</translation>
    </message>
    <message>
        <source>No column names the account: choose one below, or one account for the whole file.</source>
        <translation>Keine Spalte nennt den Kunden: Wählen Sie unten eine aus oder einen Kunden für die ganze Datei.</translation>
    </message>
    <message>
        <source>No column names the quarter: choose one below.</source>
        <translation>Keine Spalte nennt das Quartal: Wählen Sie unten eine aus.</translation>
    </message>
    <message>
        <source>No column holds an amount: choose one below.</source>
        <translation>Keine Spalte enthält einen Betrag: Wählen Sie unten eine aus.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is negative; only amounts of zero or more are allowed.</source>
        <translation>„%1“ ist negativ; nur Beträge ab null sind erlaubt.</translation>
    </message>
    <message>
        <source>“%1” has more than %2 decimal places.</source>
        <translation>„%1“ hat mehr als %2 Nachkommastellen.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>„%1“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter (1 to 4).</source>
        <translation>„%1“ ist kein Quartal (1 bis 4).</translation>
    </message>
    <message>
        <source>“%1” is not a year between 1900 and 2200.</source>
        <translation>„%1“ ist kein Jahr zwischen 1900 und 2200.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>„%1“ ist kein Datum.</translation>
    </message>
    <message>
        <source>“%1” can be read as day/month or month/day; choose the date order.</source>
        <translation>„%1“ lässt sich als Tag/Monat oder Monat/Tag lesen; wählen Sie die Reihenfolge.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter such as “Q3 2026” or “2026-Q3”.</source>
        <translation>„%1“ ist kein Quartal wie „Q3 2026“ oder „2026-Q3“.</translation>
    </message>
    <message>
        <source>“%1” is not a country.</source>
        <translation>„%1“ ist kein Land.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a tier (key, emerging, standard or archived).</source>
        <translation>„%1“ ist keine Einstufung (Key Account, künftiger Key Account, Standard oder archiviert).</translation>
    </message>
    <message>
        <source>“%1” is not a review cadence.</source>
        <translation>„%1“ ist kein Review-Rhythmus.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone such as Europe/Berlin.</source>
        <translation>„%1“ ist keine Zeitzone wie Europe/Berlin.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Der Name ist leer.</translation>
    </message>
    <message>
        <source>“%1” appears already on line %2.</source>
        <translation>„%1“ steht schon in Zeile %2.</translation>
    </message>
    <message>
        <source>There is no account “%1”; import or create it first.</source>
        <translation>Es gibt keinen Kunden „%1“; importieren oder legen Sie ihn zuerst an.</translation>
    </message>
    <message>
        <source>No account is named for this row.</source>
        <translation>Für diese Zeile ist kein Kunde genannt.</translation>
    </message>
    <message>
        <source>The row names no quarter.</source>
        <translation>Die Zeile nennt kein Quartal.</translation>
    </message>
    <message>
        <source>This vCard cannot be read.</source>
        <translation>Diese vCard kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Westeuropa)</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3 created, %4 updated.</source>
        <translation>%1 aus %2 importiert: %3 neu, %4 aktualisiert.</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>LeaveGuard</name>
    <message>
        <source>valid, held until the others are corrected</source>
        <translation>gültig, wartet, bis die anderen korrigiert sind</translation>
    </message>
    <message>
        <source>%1 › %2 – %3</source>
        <translation>%1 › %2 – %3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Go back and correct them, save the others and discard only the refused ones, or discard them all?</source>
        <translation>Zurückgehen und korrigieren, die übrigen speichern und nur die abgelehnten verwerfen oder alle verwerfen?</translation>
    </message>
    <message>
        <source>Go back and correct them, or discard them?</source>
        <translation>Zurückgehen und korrigieren oder verwerfen?</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Some changes to “%1” could not be saved:</source>
        <translation>Einige Änderungen an „%1“ konnten nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurückgehen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Save the others</source>
        <translation>Die übrigen speichern</translation>
    </message>
</context>
<context>
    <name>LocalTime</name>
    <message>
        <source>%1 ahead</source>
        <translation>%1 voraus</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 zurück</translation>
    </message>
    <message>
        <source>same time</source>
        <translation>gleiche Uhrzeit</translation>
    </message>
    <message>
        <source>%1 there (%2) · %3 here — %4</source>
        <translation>%1 dort (%2) · %3 hier — %4</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The database this window works on</source>
        <translation>Die Datenbank, mit der dieses Fenster arbeitet</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>This account no longer exists.</source>
        <translation>Dieser Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The portfolio dashboard is not available in this version.</source>
        <translation>Das Portfolio-Dashboard ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Delete the account “%1”?</source>
        <translation>Kunde „%1“ löschen?</translation>
    </message>
    <message>
        <source>Delete account “%1”</source>
        <translation>Kunde „%1“ löschen</translation>
    </message>
    <message>
        <source>“%1” was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>„%1“ wurde gelöscht. Mit „Rückgängig“ (Strg+Z) stellen Sie ihn wieder her.</translation>
    </message>
    <message>
        <source>Load demo portfolio</source>
        <translation>Demo-Portfolio laden</translation>
    </message>
    <message>
        <source>Replace everything in this database with the demo portfolio?</source>
        <translation>Den gesamten Inhalt dieser Datenbank durch das Demo-Portfolio ersetzen?</translation>
    </message>
    <message>
        <source>Every account, team member and setting in %1 is deleted first. This cannot be undone.</source>
        <translation>Alle Kunden, Teammitglieder und Einstellungen in %1 werden zuerst gelöscht. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Some changes not saved</source>
        <translation>Einige Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <source>Load &amp;demo portfolio</source>
        <translation>&amp;Demo-Portfolio laden</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Im&amp;portieren…</translation>
    </message>
    <message>
        <source>Export &amp;workbook…</source>
        <translation>&amp;Arbeitsmappe exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>Plan &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete account…</source>
        <translation>Kunde &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Search accounts</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Close account</source>
        <translation>Kunde s&amp;chließen</translation>
    </message>
    <message>
        <source>Portfolio &amp;dashboard</source>
        <translation>Portfolio-&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;About kamdesk</source>
        <translation>Ü&amp;ber kamdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>The demo portfolio is ready.</source>
        <translation>Das Demo-Portfolio ist bereit.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>About kamdesk</source>
        <translation>Über kamdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;kamdesk&lt;/h3&gt;&lt;p&gt;Key account management on your own computer: profiles, stakeholder maps, goals, whitespace and printed account plans.&lt;/p&gt;&lt;p&gt;Database: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kamdesk&lt;/h3&gt;&lt;p&gt;Key Account Management auf Ihrem eigenen Computer: Profile, Stakeholder-Landkarten, Ziele, Whitespace und gedruckte Account-Pläne.&lt;/p&gt;&lt;p&gt;Datenbank: %1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Double-click to change the role.</source>
        <translation>Doppelklicken, um die Rolle zu ändern.</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>%1k</source>
        <translation>%1 Tsd.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Ein Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Enter the amount to the cent at most.</source>
        <translation>Geben Sie den Betrag höchstens auf den Cent genau ein.</translation>
    </message>
    <message>
        <source>Enter an amount, e.g. %1.</source>
        <translation>Geben Sie einen Betrag ein, z. B. %1.</translation>
    </message>
</context>
<context>
    <name>NeedsSwotTab</name>
    <message>
        <source>Need or pain point</source>
        <translation>Bedarf oder Problem</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Our response</source>
        <translation>Unsere Antwort</translation>
    </message>
    <message>
        <source>need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Neuer Bedarf</translation>
    </message>
    <message>
        <source>Needs and pain points</source>
        <translation>Bedarf und Probleme</translation>
    </message>
    <message>
        <source>Needs &amp;&amp; SWOT</source>
        <translation>Bedarf &amp;&amp; SWOT</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Details are in the log file.</source>
        <translation>Es ist ein Fehler aufgetreten (%1). Details finden Sie in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>OpportunitiesTab</name>
    <message>
        <source>No open opportunity has an expected close yet.</source>
        <translation>Noch keine offene Verkaufschance hat einen erwarteten Abschluss.</translation>
    </message>
    <message>
        <source>Weighted pipeline by fiscal quarter</source>
        <translation>Gewichtete Pipeline nach Geschäftsquartal</translation>
    </message>
    <message>
        <source>&amp;New opportunity…</source>
        <translation>&amp;Neue Verkaufschance…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>All opportunities</source>
        <translation>Alle Verkaufschancen</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Filter by title, offering, unit, stage</source>
        <translation>Nach Titel, Angebot, Bereich, Phase filtern</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Verkaufschancen</translation>
    </message>
    <message>
        <source>Add opportunity %1</source>
        <translation>Verkaufschance %1 hinzufügen</translation>
    </message>
    <message>
        <source>Opportunity won</source>
        <translation>Verkaufschance gewonnen</translation>
    </message>
    <message>
        <source>Mark this business unit&apos;s cell for the offering as active in the whitespace matrix?</source>
        <translation>Die Zelle dieses Geschäftsbereichs für das Angebot in der Whitespace-Matrix als aktiv markieren?</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>Verkaufschance %1 bearbeiten</translation>
    </message>
    <message>
        <source>Mark cell active</source>
        <translation>Zelle als aktiv markieren</translation>
    </message>
    <message>
        <source>Delete opportunity %1</source>
        <translation>Verkaufschance %1 löschen</translation>
    </message>
</context>
<context>
    <name>OpportunityDialog</name>
    <message>
        <source>Edit opportunity</source>
        <translation>Verkaufschance bearbeiten</translation>
    </message>
    <message>
        <source>New opportunity</source>
        <translation>Neue Verkaufschance</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Abschluss erwartet</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>Warum wurde sie verloren?</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>&amp;Offering</source>
        <translation>&amp;Angebot</translation>
    </message>
    <message>
        <source>&amp;Business unit</source>
        <translation>&amp;Geschäftsbereich</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>&amp;Probability</source>
        <translation>Wahrscheinlich&amp;keit</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Lost because</source>
        <translation>&amp;Verloren, weil</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>default of “%1”</source>
        <translation>Standard von „%1“</translation>
    </message>
    <message>
        <source>Give the opportunity a title.</source>
        <translation>Geben Sie der Verkaufschance einen Titel.</translation>
    </message>
    <message>
        <source>Add pipeline stages with “Edit catalogue…” first.</source>
        <translation>Legen Sie zuerst mit „Katalog bearbeiten…“ Pipeline-Phasen an.</translation>
    </message>
</context>
<context>
    <name>OpportunityStatus</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
</context>
<context>
    <name>OpportunityTableModel</name>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Offering</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Abschluss erwartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>OpportunityType</name>
    <message>
        <source>Cross-sell</source>
        <translation>Cross-Selling</translation>
    </message>
    <message>
        <source>Upsell</source>
        <translation>Upselling</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>New business</source>
        <translation>Neugeschäft</translation>
    </message>
</context>
<context>
    <name>OutlinePreview</name>
    <message>
        <source>Contents of the file</source>
        <translation>Inhalt der Datei</translation>
    </message>
    <message>
        <source>The slide deck will hold these slides (16:9, details in the speaker notes):</source>
        <translation>Der Foliensatz wird diese Folien enthalten (16:9, Details in den Notizen):</translation>
    </message>
    <message>
        <source>The Word document will hold these sections, after the cover and the contents:</source>
        <translation>Das Word-Dokument wird nach Deckblatt und Inhaltsverzeichnis diese Abschnitte enthalten:</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Pareto: revenue of %1 accounts by rank, in groups of %2</source>
        <translation>Pareto: Umsatz von %1 Kunden nach Rang, in Gruppen zu %2</translation>
    </message>
    <message>
        <source>Pareto: revenue by account, highest first</source>
        <translation>Pareto: Umsatz je Kunde, absteigend</translation>
    </message>
    <message>
        <source>Class A</source>
        <translation>Klasse A</translation>
    </message>
    <message>
        <source>Class B</source>
        <translation>Klasse B</translation>
    </message>
    <message>
        <source>Class C</source>
        <translation>Klasse C</translation>
    </message>
    <message>
        <source>Cumulative share</source>
        <translation>Kumulierter Anteil</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>A threshold %1%</source>
        <translation>A-Schwelle %1 %</translation>
    </message>
    <message>
        <source>B threshold %1%</source>
        <translation>B-Schwelle %1 %</translation>
    </message>
    <message>
        <source>Accounts by revenue</source>
        <translation>Kunden nach Umsatz</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Seitenvorschau</translation>
    </message>
    <message>
        <source>The preview cannot show this document.</source>
        <translation>Die Vorschau kann dieses Dokument nicht anzeigen.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>D</source>
        <translation>E</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Attitude: %1</source>
        <translation>Haltung: %1</translation>
    </message>
    <message>
        <source>Influence: %1 of 5</source>
        <translation>Einfluss: %1 von 5</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Kontakt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;i&gt;Drag onto another card to change whom this person reports to.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Auf eine andere Karte ziehen, um zu ändern, an wen diese Person berichtet.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>PersonNames</name>
    <message>
        <source>Former contact %1</source>
        <translation>Ehemaliger Kontakt %1</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <source>Export what we hold about this person…</source>
        <translation>Gespeicherte Daten dieser Person exportieren…</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Diese Person löschen…</translation>
    </message>
    <message>
        <source>Export what we hold about this person</source>
        <translation>Gespeicherte Daten dieser Person exportieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;JSON file (*.json)</source>
        <translation>PDF-Dokument (*.pdf);;JSON-Datei (*.json)</translation>
    </message>
    <message>
        <source>Looking for the person in your server dumps…</source>
        <translation>Die Person wird in Ihren Server-Dumps gesucht…</translation>
    </message>
    <message>
        <source>Erasing the person…</source>
        <translation>Person wird gelöscht…</translation>
    </message>
    <message>
        <source>The person was erased; they now appear as %1.</source>
        <translation>Die Person wurde gelöscht; sie erscheint jetzt als %1.</translation>
    </message>
    <message>
        <source>They were also erased from %1 server dumps.</source>
        <translation>Sie wurde auch aus %1 Server-Dumps gelöscht.</translation>
    </message>
    <message>
        <source>They were also erased from %1 backups.</source>
        <translation>Sie wurde auch aus %1 Sicherungskopien gelöscht.</translation>
    </message>
    <message>
        <source>Another program has the database open, so the old data is not yet wiped from the file; close it and erase %1 again.</source>
        <translation>Ein anderes Programm hat die Datenbank geöffnet, daher sind die alten Daten noch nicht aus der Datei getilgt; schließen Sie es und löschen Sie %1 erneut.</translation>
    </message>
    <message>
        <source>Edit these texts that still name them:</source>
        <translation>Bearbeiten Sie diese Texte, die die Person noch nennen:</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Person gelöscht</translation>
    </message>
</context>
<context>
    <name>PortfolioSidebar</name>
    <message>
        <source>Portfolio dashboard</source>
        <translation>Portfolio-Dashboard</translation>
    </message>
    <message>
        <source>Pareto, warnings, overdue reviews and actions</source>
        <translation>Pareto, Warnhinweise, überfällige Reviews und Maßnahmen</translation>
    </message>
    <message>
        <source>Search name, industry, city…</source>
        <translation>Name, Branche, Ort suchen…</translation>
    </message>
    <message>
        <source>Show one tier only</source>
        <translation>Nur eine Einstufung anzeigen</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Einstufungen</translation>
    </message>
    <message>
        <source>Show the accounts of one owner</source>
        <translation>Kunden eines Verantwortlichen anzeigen</translation>
    </message>
    <message>
        <source>Sort the list</source>
        <translation>Liste sortieren</translation>
    </message>
    <message>
        <source>Sort by name</source>
        <translation>Nach Name sortieren</translation>
    </message>
    <message>
        <source>Sort by revenue</source>
        <translation>Nach Umsatz sortieren</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
</context>
<context>
    <name>PortfolioTexts</name>
    <message>
        <source>Archived accounts keep their tier.</source>
        <translation>Archivierte Kunden behalten ihre Einstufung.</translation>
    </message>
    <message>
        <source>Class A by revenue: among the accounts that earn most of it.</source>
        <translation>Klasse A nach Umsatz: unter den Kunden, die den Großteil erwirtschaften.</translation>
    </message>
    <message>
        <source>Class %abc_class by revenue, not A.</source>
        <translation>Klasse %abc_class nach Umsatz, nicht A.</translation>
    </message>
    <message>
        <source>Score %score reaches the key threshold of %threshold.</source>
        <translation>Bewertung %score erreicht die Key-Schwelle von %threshold.</translation>
    </message>
    <message>
        <source>Score %score is below the key threshold of %threshold.</source>
        <translation>Bewertung %score liegt unter der Key-Schwelle von %threshold.</translation>
    </message>
    <message>
        <source>Score %score reaches the emerging threshold of %threshold.</source>
        <translation>Bewertung %score erreicht die Emerging-Schwelle von %threshold.</translation>
    </message>
    <message>
        <source>Score %score is below the emerging threshold of %threshold.</source>
        <translation>Bewertung %score liegt unter der Emerging-Schwelle von %threshold.</translation>
    </message>
    <message>
        <source>No scorecard yet.</source>
        <translation>Noch keine Bewertung.</translation>
    </message>
    <message>
        <source>Growth potential %growth_potential of 5 reaches %threshold.</source>
        <translation>Wachstumspotenzial %growth_potential von 5 erreicht %threshold.</translation>
    </message>
    <message>
        <source>Growth potential %growth_potential of 5 is below %threshold.</source>
        <translation>Wachstumspotenzial %growth_potential von 5 liegt unter %threshold.</translation>
    </message>
    <message>
        <source>Growth potential not scored.</source>
        <translation>Wachstumspotenzial nicht bewertet.</translation>
    </message>
    <message>
        <source>%key_count of %active_count active accounts are key (%share); the limit is %max_share.</source>
        <translation>%key_count von %active_count aktiven Kunden sind Key Accounts (%share); die Grenze liegt bei %max_share.</translation>
    </message>
    <message>
        <source>%owner owns %key_count key accounts; their capacity is %capacity.</source>
        <translation>%owner betreut %key_count Key Accounts; die Kapazität beträgt %capacity.</translation>
    </message>
    <message>
        <source>%name earns %share of all revenue; the limit for one account is %max_share.</source>
        <translation>%name bringt %share des gesamten Umsatzes; die Grenze für einen Kunden liegt bei %max_share.</translation>
    </message>
    <message>
        <source>%name (%tier): no contact for %days_since days; %allowed_days allowed.</source>
        <translation>%name (%tier): seit %days_since Tagen kein Kontakt; %allowed_days erlaubt.</translation>
    </message>
    <message>
        <source>%name (%tier): no contact recorded.</source>
        <translation>%name (%tier): kein Kontakt erfasst.</translation>
    </message>
    <message>
        <source>%name: key account without goals.</source>
        <translation>%name: Key Account ohne Ziele.</translation>
    </message>
    <message>
        <source>%name: key account without a known decider.</source>
        <translation>%name: Key Account ohne bekannten Entscheider.</translation>
    </message>
    <message>
        <source>%name: the review was due on %next_review_due.</source>
        <translation>%name: das Review war am %next_review_due fällig.</translation>
    </message>
    <message>
        <source>%name: no review scheduled.</source>
        <translation>%name: kein Review geplant.</translation>
    </message>
    <message>
        <source>%name: no account plan exported in the last %months months.</source>
        <translation>%name: in den letzten %months Monaten kein Account-Plan exportiert.</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Vorschau anzeigen</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>No interaction recorded yet</source>
        <translation>Noch kein Kontakt erfasst</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Firmierung</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <source>Their annual revenue</source>
        <translation>Jahresumsatz des Kunden</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Expected relationship</source>
        <translation>Erwartete Dauer der Beziehung</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Review-Rhythmus</translation>
    </message>
    <message>
        <source>The newest interaction in the History tab</source>
        <translation>Der neueste Kontakt auf der Registerkarte „Verlauf“</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Business plan and goals</source>
        <translation>Geschäftsplan und Ziele</translation>
    </message>
    <message>
        <source>Target audience / ICP</source>
        <translation>Zielgruppe / ICP</translation>
    </message>
    <message>
        <source>Their USP</source>
        <translation>Alleinstellungsmerkmal des Kunden</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>e.g. 250</source>
        <translation>z. B. 250</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>pro Jahr</translation>
    </message>
    <message>
        <source>Choose or type an industry</source>
        <translation>Branche auswählen oder eingeben</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Customer since: not set</source>
        <translation>Kunde seit: nicht festgelegt</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
</context>
<context>
    <name>QuarterPipelineModel</name>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>FY %1 Q%2</source>
        <translation>GJ %1 Q%2</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>Account profile</source>
        <translation>Kundenprofil</translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation>Wettbewerber</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Bedarf</translation>
    </message>
    <message>
        <source>SWOT</source>
        <translation>SWOT</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Account-Team</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Goal update</source>
        <translation>Zielstand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Verkaufschance</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <source>Buying center</source>
        <translation>Buying Center</translation>
    </message>
    <message>
        <source>Another person</source>
        <translation>Andere Person</translation>
    </message>
    <message>
        <source>Line between people</source>
        <translation>Beziehung zwischen Personen</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>RelationshipMapView</name>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Export map…</source>
        <translation>Landkarte exportieren…</translation>
    </message>
    <message>
        <source>Show the whole chart (0)</source>
        <translation>Ganzes Organigramm anzeigen (0)</translation>
    </message>
    <message>
        <source>Zoom in (+ or Ctrl+wheel)</source>
        <translation>Vergrößern (+ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom out (- or Ctrl+wheel)</source>
        <translation>Verkleinern (- oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Highlight the members of a buying center</source>
        <translation>Die Mitglieder eines Buying Centers hervorheben</translation>
    </message>
    <message>
        <source>Highlight the people of a department</source>
        <translation>Die Personen einer Abteilung hervorheben</translation>
    </message>
    <message>
        <source>Nobody is on the map yet: add people in the table.</source>
        <translation>Noch niemand auf der Landkarte: Fügen Sie Personen in der Tabelle hinzu.</translation>
    </message>
    <message>
        <source>Highlight:</source>
        <translation>Hervorheben:</translation>
    </message>
    <message>
        <source>All buying centers</source>
        <translation>Alle Buying Center</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <source>Drag a card onto another card to change whom the person reports to; drag the background to move around.</source>
        <translation>Ziehen Sie eine Karte auf eine andere, um zu ändern, an wen die Person berichtet; ziehen Sie den Hintergrund, um die Ansicht zu verschieben.</translation>
    </message>
    <message>
        <source>Attitude:</source>
        <translation>Haltung:</translation>
    </message>
    <message>
        <source>Lines:</source>
        <translation>Linien:</translation>
    </message>
    <message>
        <source>stale contact</source>
        <translation>veralteter Kontakt</translation>
    </message>
    <message>
        <source>decider</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>high-influence blocker</source>
        <translation>einflussreicher Blockierer</translation>
    </message>
    <message>
        <source>Export map</source>
        <translation>Landkarte exportieren</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg);;PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>SVG-Grafik (*.svg);;PDF-Dokument (*.pdf);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .svg, .pdf or .png.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .svg, .pdf oder .png.</translation>
    </message>
    <message>
        <source>%1 – relationship map</source>
        <translation>%1 – Beziehungslandkarte</translation>
    </message>
    <message>
        <source>The map could not be written to %1.</source>
        <translation>Die Landkarte konnte nicht in %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>The map could not be written there.</source>
        <translation>Die Landkarte konnte dort nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>RetentionListModel</name>
    <message>
        <source>left on %1</source>
        <translation>ausgeschieden am %1</translation>
    </message>
    <message>
        <source>account inactive since %1</source>
        <translation>Kunde inaktiv seit %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 at %2, %3</source>
        <translation>%1 bei %2, %3</translation>
    </message>
</context>
<context>
    <name>RetentionPanel</name>
    <message>
        <source>Personal data to review</source>
        <translation>Zu prüfende personenbezogene Daten</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <source>Erase selected…</source>
        <translation>Auswahl löschen…</translation>
    </message>
    <message>
        <source>Replace the selected people&apos;s names, contact data and notes with a placeholder; this cannot be undone.</source>
        <translation>Ersetzt Namen, Kontaktdaten und Notizen der ausgewählten Personen durch einen Platzhalter; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erasing personal data…</source>
        <translation>Personenbezogene Daten werden gelöscht…</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
    </message>
    <message>
        <source>Erase the personal data of 1 person?</source>
        <translation>Die personenbezogenen Daten von 1 Person löschen?</translation>
    </message>
    <message>
        <source>Erase the personal data of %1 people?</source>
        <translation>Die personenbezogenen Daten von %1 Personen löschen?</translation>
    </message>
    <message>
        <source>Names, e-mail addresses, phone numbers, notes, attitude and influence are replaced by a placeholder or removed, also in the stored plan snapshots. This cannot be undone.</source>
        <translation>Namen, E-Mail-Adressen, Telefonnummern, Notizen, Haltung und Einfluss werden durch einen Platzhalter ersetzt oder entfernt, auch in den gespeicherten Planständen. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erased: %1. Other texts on their accounts that still name them: %2. Please edit those texts there.</source>
        <translation>Gelöscht: %1. Weitere Texte bei diesen Kunden, die sie noch nennen: %2. Bitte bearbeiten Sie diese Texte dort.</translation>
    </message>
    <message>
        <source>Personal data to review (%1)</source>
        <translation>Zu prüfende Personendaten (%1)</translation>
    </message>
</context>
<context>
    <name>RevenueChart</name>
    <message>
        <source>Actual vs plan</source>
        <translation>Ist ggü. Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
</context>
<context>
    <name>RevenueGridModel</name>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Wiederkehrend</translation>
    </message>
    <message>
        <source>vs plan</source>
        <translation>ggü. Plan</translation>
    </message>
    <message>
        <source>vs prior quarter</source>
        <translation>ggü. Vorquartal</translation>
    </message>
    <message>
        <source>vs prior year</source>
        <translation>ggü. Vorjahr</translation>
    </message>
    <message>
        <source>the quarter&apos;s plan</source>
        <translation>den Plan des Quartals</translation>
    </message>
    <message>
        <source>the quarter before</source>
        <translation>das Vorquartal</translation>
    </message>
    <message>
        <source>the same quarter one fiscal year earlier</source>
        <translation>dasselbe Quartal im vorigen Geschäftsjahr</translation>
    </message>
    <message>
        <source>Actual revenue against %1; empty where that has no revenue.</source>
        <translation>Ist-Umsatz im Vergleich mit %1; leer, wo dort kein Umsatz vorliegt.</translation>
    </message>
    <message>
        <source>The current fiscal quarter</source>
        <translation>Das aktuelle Geschäftsquartal</translation>
    </message>
    <message>
        <source>Recurring revenue (contracts, subscriptions) counts towards ARR.</source>
        <translation>Wiederkehrender Umsatz (Verträge, Abonnements) zählt zum ARR.</translation>
    </message>
    <message>
        <source>“%1” is not an amount.</source>
        <translation>„%1“ ist kein Betrag.</translation>
    </message>
    <message>
        <source>“%1” is negative; revenue is zero or more.</source>
        <translation>„%1“ ist negativ; Umsatz ist null oder mehr.</translation>
    </message>
    <message>
        <source>“%1” has more than two decimal places.</source>
        <translation>„%1“ hat mehr als zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>“%1” is not a quarter (1 to 4).</source>
        <translation>„%1“ ist kein Quartal (1 bis 4).</translation>
    </message>
    <message>
        <source>“%1” is not a year between 1900 and 2200.</source>
        <translation>„%1“ ist kein Jahr zwischen 1900 und 2200.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no.</source>
        <translation>„%1“ ist weder ja noch nein.</translation>
    </message>
    <message>
        <source>“%1” lies to the right of the grid&apos;s last column.</source>
        <translation>„%1“ liegt rechts der letzten Spalte der Tabelle.</translation>
    </message>
    <message>
        <source>This quarter already appears higher up in the block.</source>
        <translation>Dieses Quartal kommt weiter oben im Block bereits vor.</translation>
    </message>
    <message>
        <source>“%1” is not applied: the quarter of its row is unreadable.</source>
        <translation>„%1“ wird nicht übernommen: Das Quartal der Zeile ist nicht lesbar.</translation>
    </message>
    <message>
        <source>“%1” cannot be used.</source>
        <translation>„%1“ kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>RevenuePasteDialog</name>
    <message>
        <source>Some pasted cells cannot be used</source>
        <translation>Einige eingefügte Zellen sind nicht verwendbar</translation>
    </message>
    <message>
        <source>%1 cells of the pasted block cannot be used and are listed below. The rest would change %2 quarters. Apply the rest, or cancel and correct the block?</source>
        <translation>%1 Zellen des eingefügten Blocks sind nicht verwendbar und unten aufgeführt. Der Rest würde %2 Quartale ändern. Den Rest übernehmen oder abbrechen und den Block korrigieren?</translation>
    </message>
    <message>
        <source>%1 cells of the pasted block cannot be used and are listed below; the rest changes nothing. Nothing has been saved.</source>
        <translation>%1 Zellen des eingefügten Blocks sind nicht verwendbar und unten aufgeführt; der Rest ändert nichts. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Pasted</source>
        <translation>Eingefügt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>(beyond)</source>
        <translation>(außerhalb)</translation>
    </message>
    <message>
        <source>Apply the rest</source>
        <translation>Rest übernehmen</translation>
    </message>
</context>
<context>
    <name>RevenueTab</name>
    <message>
        <source>Type into Actual or Plan, or copy a block in Excel or LibreOffice and paste it here with Ctrl+V onto its top-left cell (with or without the year and quarter columns).</source>
        <translation>Tippen Sie in „Ist“ oder „Plan“, oder kopieren Sie einen Block in Excel oder LibreOffice und fügen Sie ihn hier mit Strg+V in seine linke obere Zelle ein (mit oder ohne Jahres- und Quartalsspalte).</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Trailing twelve months</source>
        <translation>Letzte zwölf Monate</translation>
    </message>
    <message>
        <source>Recurring revenue (ARR)</source>
        <translation>Wiederkehrender Umsatz (ARR)</translation>
    </message>
    <message>
        <source>Customer lifetime value</source>
        <translation>Customer Lifetime Value</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>No actual revenue entered yet.</source>
        <translation>Noch kein Ist-Umsatz erfasst.</translation>
    </message>
    <message>
        <source>As of Q%1 %2, the latest quarter with actual revenue.</source>
        <translation>Stand Q%1 %2, das letzte Quartal mit Ist-Umsatz.</translation>
    </message>
    <message>
        <source>Actual revenue of the four quarters up to Q%1 %2.</source>
        <translation>Ist-Umsatz der vier Quartale bis Q%1 %2.</translation>
    </message>
    <message>
        <source>The recurring part of the trailing twelve months.</source>
        <translation>Der wiederkehrende Anteil der letzten zwölf Monate.</translation>
    </message>
    <message>
        <source>CLV = gross margin × annual revenue × expected remaining years
= %1 × %2 × %3</source>
        <translation>CLV = Bruttomarge × Jahresumsatz × erwartete verbleibende Jahre
= %1 × %2 × %3</translation>
    </message>
    <message>
        <source>Change revenue of Q%1 %2</source>
        <translation>Umsatz von Q%1 %2 ändern</translation>
    </message>
    <message>
        <source>Select the cell where the block&apos;s top-left cell should go.</source>
        <translation>Wählen Sie die Zelle aus, in die die linke obere Zelle des Blocks gehört.</translation>
    </message>
    <message>
        <source>The growth columns are calculated; paste into the year, quarter, actual, plan or recurring column.</source>
        <translation>Die Wachstumsspalten werden berechnet; fügen Sie in die Spalten Jahr, Quartal, Ist, Plan oder Wiederkehrend ein.</translation>
    </message>
    <message>
        <source>Nothing was pasted.</source>
        <translation>Es wurde nichts eingefügt.</translation>
    </message>
    <message>
        <source>The pasted block holds the figures already entered.</source>
        <translation>Der eingefügte Block enthält die bereits erfassten Zahlen.</translation>
    </message>
    <message>
        <source>Paste revenue of %1 quarters</source>
        <translation>Umsatz von %1 Quartalen einfügen</translation>
    </message>
</context>
<context>
    <name>ReviewChangesDialog</name>
    <message>
        <source>Plan review</source>
        <translation>Plan-Review</translation>
    </message>
    <message>
        <source>First review: no earlier snapshot of this plan to compare with.</source>
        <translation>Erstes Review: kein früherer Planstand zum Vergleich.</translation>
    </message>
    <message>
        <source>What changed since %1</source>
        <translation>Was sich seit %1 geändert hat</translation>
    </message>
    <message>
        <source>Record the review</source>
        <translation>Review erfassen</translation>
    </message>
    <message>
        <source>Record review</source>
        <translation>Review erfassen</translation>
    </message>
    <message>
        <source>Nothing changed in the plan.</source>
        <translation>Am Plan hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>New stakeholders</source>
        <translation>Neue Stakeholder</translation>
    </message>
    <message>
        <source>Stakeholders gone</source>
        <translation>Ausgeschiedene Stakeholder</translation>
    </message>
    <message>
        <source>%1 (left the company)</source>
        <translation>%1 (hat das Unternehmen verlassen)</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>Attitude changes</source>
        <translation>Geänderte Haltung</translation>
    </message>
    <message>
        <source>Influence changes</source>
        <translation>Geänderter Einfluss</translation>
    </message>
    <message>
        <source>Goals added</source>
        <translation>Neue Ziele</translation>
    </message>
    <message>
        <source>Goals removed</source>
        <translation>Entfernte Ziele</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Zielfortschritt</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4 → %5)</source>
        <translation>%1: %2 → %3 (%4 → %5)</translation>
    </message>
    <message>
        <source>New actions</source>
        <translation>Neue Maßnahmen</translation>
    </message>
    <message>
        <source>Actions closed</source>
        <translation>Abgeschlossene Maßnahmen</translation>
    </message>
    <message>
        <source>Revenue of the quarters since</source>
        <translation>Umsatz der Quartale seitdem</translation>
    </message>
    <message>
        <source>Q%1 %2: actual %3, plan %4%5</source>
        <translation>Q%1 %2: Ist %3, Plan %4%5</translation>
    </message>
    <message>
        <source> (was %1)</source>
        <translation> (vorher %1)</translation>
    </message>
    <message>
        <source>New opportunities</source>
        <translation>Neue Verkaufschancen</translation>
    </message>
    <message>
        <source>Opportunity status changes</source>
        <translation>Geänderter Status von Verkaufschancen</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>With the client</source>
        <translation>Mit dem Kunden</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Was besprochen wurde</translation>
    </message>
    <message>
        <source>What was decided; who does what</source>
        <translation>Was entschieden wurde; wer was tut</translation>
    </message>
    <message>
        <source>Share with client</source>
        <translation>Mit Kunde teilen</translation>
    </message>
    <message>
        <source>Print this review with its summary and outcomes in the client version of the plan (reviews held with the client only)</source>
        <translation>Dieses Review mit Zusammenfassung und Ergebnissen in der Kundenversion des Plans drucken (nur Reviews mit dem Kunden)</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Nächstes Review am</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The next review cannot be before this one.</source>
        <translation>Das nächste Review kann nicht vor diesem liegen.</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächstes Review</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Geteilt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>Start review…</source>
        <translation>Review starten…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Kalender exportieren…</translation>
    </message>
    <message>
        <source>Review and action due dates of all accounts as an .ics file</source>
        <translation>Fälligkeiten von Reviews und Maßnahmen aller Kunden als .ics-Datei</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Review cadence: %1</source>
        <translation>Review-Rhythmus: %1</translation>
    </message>
    <message>
        <source>Next review: due now (no review held yet)</source>
        <translation>Nächstes Review: jetzt fällig (noch kein Review durchgeführt)</translation>
    </message>
    <message>
        <source>⚠ Next review was due on %1: overdue</source>
        <translation>⚠ Nächstes Review war am %1 fällig: überfällig</translation>
    </message>
    <message>
        <source>Next review due on %1</source>
        <translation>Nächstes Review fällig am %1</translation>
    </message>
    <message>
        <source>Record review of %1</source>
        <translation>Review vom %1 erfassen</translation>
    </message>
    <message>
        <source>Edit review</source>
        <translation>Review bearbeiten</translation>
    </message>
    <message>
        <source>Edit review of %1</source>
        <translation>Review vom %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete review</source>
        <translation>Review löschen</translation>
    </message>
    <message>
        <source>Delete the review of %1? Its plan snapshot stays. You can undo this with Ctrl+Z.</source>
        <translation>Review vom %1 löschen? Der zugehörige Planstand bleibt erhalten. Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete review of %1</source>
        <translation>Review vom %1 löschen</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Der Kalender konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>%1 events written to %2.</source>
        <translation>%1 Termine in %2 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ScoreHistoryModel</name>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Scored on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
</context>
<context>
    <name>ScoreRevenueChart</name>
    <message>
        <source>Score against revenue</source>
        <translation>Punktzahl im Vergleich zum Umsatz</translation>
    </message>
    <message>
        <source>Score against revenue (%1 accounts without a score not shown)</source>
        <translation>Punktzahl im Vergleich zum Umsatz (%1 Kunden ohne Bewertung nicht dargestellt)</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Punktzahl</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key Account</translation>
    </message>
    <message>
        <source>Maintain</source>
        <translation>Pflegen</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Entwickeln</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
</context>
<context>
    <name>ServiceMessage</name>
    <message>
        <source>Restoring a database server is done with the server&apos;s own tools.</source>
        <translation>Die Wiederherstellung eines Datenbankservers erfolgt mit den Werkzeugen des Servers.</translation>
    </message>
    <message>
        <source>The database already holds accounts; use --force to add the demo portfolio anyway.</source>
        <translation>Die Datenbank enthält bereits Kunden; mit --force wird das Demo-Portfolio trotzdem hinzugefügt.</translation>
    </message>
    <message>
        <source>The demo portfolio needs at least {minimum} accounts.</source>
        <translation>Das Demo-Portfolio braucht mindestens {minimum} Kunden.</translation>
    </message>
    <message>
        <source>There is no account with the id or name {text!r}.</source>
        <translation>Es gibt keinen Kunden mit der ID oder dem Namen {text!r}.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists; someone else may just have entered it.</source>
        <translation>Ein Kunde namens „{name}“ existiert bereits; vielleicht hat ihn gerade jemand anderes angelegt.</translation>
    </message>
    <message>
        <source>An account with this name already exists; someone else may just have entered it.</source>
        <translation>Ein Kunde mit diesem Namen existiert bereits; vielleicht hat ihn gerade jemand anderes angelegt.</translation>
    </message>
    <message>
        <source>Revenue for Q{quarter} {year} of this account was just entered by someone else; the latest figures have been loaded.</source>
        <translation>Der Umsatz für Q{quarter} {year} dieses Kunden wurde gerade von jemand anderem eingetragen; die aktuellen Zahlen wurden geladen.</translation>
    </message>
    <message>
        <source>Revenue for this quarter of this account was just entered by someone else; the latest figures have been loaded.</source>
        <translation>Der Umsatz für dieses Quartal dieses Kunden wurde gerade von jemand anderem eingetragen; die aktuellen Zahlen wurden geladen.</translation>
    </message>
    <message>
        <source>A score for this criterion on {scored_on} was just entered by someone else.</source>
        <translation>Eine Bewertung dieses Kriteriums am {scored_on} wurde gerade von jemand anderem eingetragen.</translation>
    </message>
    <message>
        <source>A score for this criterion on this day was just entered by someone else.</source>
        <translation>Eine Bewertung dieses Kriteriums an diesem Tag wurde gerade von jemand anderem eingetragen.</translation>
    </message>
    <message>
        <source>A measurement of this goal on {measured_on} was just entered by someone else.</source>
        <translation>Eine Messung dieses Ziels am {measured_on} wurde gerade von jemand anderem eingetragen.</translation>
    </message>
    <message>
        <source>A measurement of this goal on this day was just entered by someone else.</source>
        <translation>Eine Messung dieses Ziels an diesem Tag wurde gerade von jemand anderem eingetragen.</translation>
    </message>
    <message>
        <source>This account already lists “{name}” as this kind of competitor or partner.</source>
        <translation>Dieser Kunde führt „{name}“ bereits als Wettbewerber oder Partner dieser Art.</translation>
    </message>
    <message>
        <source>This account already lists this competitor or partner.</source>
        <translation>Dieser Kunde führt diesen Wettbewerber oder Partner bereits.</translation>
    </message>
    <message>
        <source>This team member already has this role on the account.</source>
        <translation>Dieses Teammitglied hat diese Rolle bei diesem Kunden bereits.</translation>
    </message>
    <message>
        <source>A team member named “{name}” already exists.</source>
        <translation>Ein Teammitglied namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
        <source>A team member with this name already exists.</source>
        <translation>Ein Teammitglied mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>An offering named “{name}” already exists.</source>
        <translation>Ein Angebot namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
        <source>An offering with this name already exists.</source>
        <translation>Ein Angebot mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>A stage named “{name}” already exists.</source>
        <translation>Eine Phase namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
        <source>A stage with this name already exists.</source>
        <translation>Eine Phase mit diesem Namen existiert bereits.</translation>
    </message>
    <message>
        <source>This account already has a business unit named “{name}”.</source>
        <translation>Dieser Kunde hat bereits einen Geschäftsbereich namens „{name}“.</translation>
    </message>
    <message>
        <source>This account already has a business unit with this name.</source>
        <translation>Dieser Kunde hat bereits einen Geschäftsbereich mit diesem Namen.</translation>
    </message>
    <message>
        <source>This account already has a buying center named “{name}”.</source>
        <translation>Dieser Kunde hat bereits ein Buying Center namens „{name}“.</translation>
    </message>
    <message>
        <source>This account already has a buying center with this name.</source>
        <translation>Dieser Kunde hat bereits ein Buying Center mit diesem Namen.</translation>
    </message>
    <message>
        <source>This person is already a member of this buying center.</source>
        <translation>Diese Person ist bereits Mitglied dieses Buying Centers.</translation>
    </message>
    <message>
        <source>These two people are already linked this way.</source>
        <translation>Diese beiden Personen sind bereits auf diese Weise verbunden.</translation>
    </message>
    <message>
        <source>This whitespace cell was just filled in by someone else; the latest values have been loaded.</source>
        <translation>Diese Whitespace-Zelle wurde gerade von jemand anderem ausgefüllt; die aktuellen Werte wurden geladen.</translation>
    </message>
    <message>
        <source>This person is already part of this interaction.</source>
        <translation>Diese Person nimmt bereits an diesem Kontakt teil.</translation>
    </message>
    <message>
        <source>An entry with these values already exists.</source>
        <translation>Ein Eintrag mit diesen Werten existiert bereits.</translation>
    </message>
    <message>
        <source>This refers to an entry that no longer exists, or is still used elsewhere.</source>
        <translation>Dies verweist auf einen Eintrag, der nicht mehr existiert oder noch an anderer Stelle verwendet wird.</translation>
    </message>
    <message>
        <source>The database refused this change; the log file says why.</source>
        <translation>Die Datenbank hat diese Änderung abgelehnt; der Grund steht in der Protokolldatei.</translation>
    </message>
    <message>
        <source>This field must not be empty.</source>
        <translation>Dieses Feld darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This account</source>
        <translation>Dieser Kunde</translation>
    </message>
    <message>
        <source>This action item</source>
        <translation>Diese Maßnahme</translation>
    </message>
    <message>
        <source>This business unit</source>
        <translation>Dieser Geschäftsbereich</translation>
    </message>
    <message>
        <source>This buying center</source>
        <translation>Dieses Buying Center</translation>
    </message>
    <message>
        <source>This competitor</source>
        <translation>Dieser Wettbewerber</translation>
    </message>
    <message>
        <source>This goal</source>
        <translation>Dieses Ziel</translation>
    </message>
    <message>
        <source>This goal update</source>
        <translation>Diese Aktualisierung des Ziels</translation>
    </message>
    <message>
        <source>This interaction</source>
        <translation>Dieser Kontakt</translation>
    </message>
    <message>
        <source>This role in the account team</source>
        <translation>Diese Rolle im Kundenteam</translation>
    </message>
    <message>
        <source>This buying center membership</source>
        <translation>Diese Mitgliedschaft im Buying Center</translation>
    </message>
    <message>
        <source>This entry of the company settings</source>
        <translation>Dieser Eintrag der Firmeneinstellungen</translation>
    </message>
    <message>
        <source>This participation in the interaction</source>
        <translation>Diese Teilnahme am Kontakt</translation>
    </message>
    <message>
        <source>This need</source>
        <translation>Dieser Bedarf</translation>
    </message>
    <message>
        <source>This offering</source>
        <translation>Dieses Angebot</translation>
    </message>
    <message>
        <source>This opportunity</source>
        <translation>Diese Verkaufschance</translation>
    </message>
    <message>
        <source>This opportunity stage</source>
        <translation>Diese Phase</translation>
    </message>
    <message>
        <source>This plan snapshot</source>
        <translation>Dieser Plan-Stand</translation>
    </message>
    <message>
        <source>This revenue entry</source>
        <translation>Dieser Umsatzeintrag</translation>
    </message>
    <message>
        <source>This review</source>
        <translation>Dieses Review</translation>
    </message>
    <message>
        <source>This score</source>
        <translation>Diese Bewertung</translation>
    </message>
    <message>
        <source>This stakeholder</source>
        <translation>Dieser Stakeholder</translation>
    </message>
    <message>
        <source>This line between stakeholders</source>
        <translation>Diese Verbindung zwischen Stakeholdern</translation>
    </message>
    <message>
        <source>This SWOT entry</source>
        <translation>Dieser SWOT-Eintrag</translation>
    </message>
    <message>
        <source>This team member</source>
        <translation>Dieses Teammitglied</translation>
    </message>
    <message>
        <source>This whitespace cell</source>
        <translation>Diese Whitespace-Zelle</translation>
    </message>
    <message>
        <source>{record} no longer exists; it was deleted elsewhere.</source>
        <translation>{record} wurde an anderer Stelle gelöscht und existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This person no longer exists; they were deleted elsewhere.</source>
        <translation>Diese Person wurde an anderer Stelle gelöscht und existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The name may have at most {limit} characters.</source>
        <translation>Der Name darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>Rows this import created</source>
        <extracomment>The pieces of the sentence when someone changed an import&apos;s rows before its undo or redo.</extracomment>
        <translation>Zeilen, die dieser Import angelegt hat,</translation>
    </message>
    <message>
        <source>Rows this import updated</source>
        <translation>Zeilen, die dieser Import aktualisiert hat,</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>the import cannot be undone</source>
        <translation>der Import kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>the import cannot be redone</source>
        <translation>der Import kann nicht wiederholt werden</translation>
    </message>
    <message>
        <source>The mapping file {path} does not exist.</source>
        <translation>Die Zuordnungsdatei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The mapping file {path} is not valid JSON ({error}).</source>
        <translation>Die Zuordnungsdatei {path} ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
        <source>The mapping file {path} must be a JSON object of column → field, e.g. {{&quot;Security&quot;: &quot;name&quot;, &quot;GICS Sector&quot;: &quot;industry&quot;}}.</source>
        <translation>Die Zuordnungsdatei {path} muss ein JSON-Objekt aus Spalte → Feld sein, z. B. {{&quot;Security&quot;: &quot;name&quot;, &quot;GICS Sector&quot;: &quot;industry&quot;}}.</translation>
    </message>
    <message>
        <source>No column holds the account name (e.g. Firma or Company).</source>
        <translation>Keine Spalte enthält den Kundennamen (z. B. Firma oder Company).</translation>
    </message>
    <message>
        <source>No column holds the contact&apos;s name (e.g. Name or Nachname).</source>
        <translation>Keine Spalte enthält den Namen des Kontakts (z. B. Name oder Nachname).</translation>
    </message>
    <message>
        <source>No column names the account (e.g. Firma or Kunde); choose one account for the whole file instead.</source>
        <translation>Keine Spalte nennt den Kunden (z. B. Firma oder Kunde); wählen Sie stattdessen einen Kunden für die ganze Datei.</translation>
    </message>
    <message>
        <source>No column names the quarter (e.g. Quartal, or Q3 2026 columns).</source>
        <translation>Keine Spalte nennt das Quartal (z. B. Quartal oder Spalten wie Q3 2026).</translation>
    </message>
    <message>
        <source>No column holds an amount (e.g. Umsatz or Plan).</source>
        <translation>Keine Spalte enthält einen Betrag (z. B. Umsatz oder Plan).</translation>
    </message>
    <message>
        <source>{path} holds vCards, which are imported as contacts.</source>
        <translation>{path} enthält vCards; diese werden als Kontakte importiert.</translation>
    </message>
    <message>
        <source>{file} cannot be imported as {kind}. {missing} Map a column with --mapping (or in the import wizard).</source>
        <translation>{file} kann nicht als {kind} importiert werden. {missing} Ordnen Sie eine Spalte mit --mapping (oder im Import-Assistenten) zu.</translation>
    </message>
    <message>
        <source>{path} is not a kamdesk dump, or it is damaged (not complete JSON); nothing was loaded.</source>
        <translation>{path} ist kein kamdesk-Dump oder ist beschädigt (kein vollständiges JSON); es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} is not a kamdesk dump; nothing was loaded.</source>
        <translation>{path} ist kein kamdesk-Dump; es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} was written by a newer kamdesk (dump format {version}); update kamdesk to load it. Nothing was loaded.</source>
        <translation>{path} wurde von einem neueren kamdesk geschrieben (Dump-Format {version}); aktualisieren Sie kamdesk, um ihn zu laden. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} was written by a newer kamdesk (schema {revision}); update kamdesk to load it. Nothing was loaded.</source>
        <translation>{path} wurde von einem neueren kamdesk geschrieben (Schema {revision}); aktualisieren Sie kamdesk, um ihn zu laden. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} is damaged (its content does not match its checksum); nothing was loaded.</source>
        <translation>{path} ist beschädigt (der Inhalt passt nicht zur Prüfsumme); es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} was written by an older kamdesk and lacks {table}.{column}, which this kamdesk cannot fill in; open it with the kamdesk that wrote it, upgrade that database, and dump it again. Nothing was loaded.</source>
        <translation>{path} wurde von einem älteren kamdesk geschrieben und es fehlt {table}.{column}, das dieses kamdesk nicht ergänzen kann; öffnen Sie die Datei mit dem kamdesk, das sie geschrieben hat, aktualisieren Sie dort die Datenbank und erstellen Sie den Dump neu. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} is damaged (unknown table {table}); nothing was loaded.</source>
        <translation>{path} ist beschädigt (unbekannte Tabelle {table}); es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{database} already holds data; load a dump into a new, empty database only. Nothing was loaded.</source>
        <translation>{database} enthält bereits Daten; laden Sie einen Dump nur in eine neue, leere Datenbank. Es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} is damaged (table {name} does not fit this kamdesk); nothing was loaded.</source>
        <translation>{path} ist beschädigt (Tabelle {name} passt nicht zu diesem kamdesk); es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} is damaged (a value of table {name} cannot be read); nothing was loaded.</source>
        <translation>{path} ist beschädigt (ein Wert der Tabelle {name} kann nicht gelesen werden); es wurde nichts geladen.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation>{path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation>{path} ist leer.</translation>
    </message>
    <message>
        <source>{path} is an old Excel .xls file; save it as .xlsx or CSV and import that.</source>
        <translation>{path} ist eine alte Excel-Datei (.xls); speichern Sie sie als .xlsx oder CSV und importieren Sie diese.</translation>
    </message>
    <message>
        <source>{path} is a workbook, not a text file; name it .xlsx.</source>
        <translation>{path} ist eine Arbeitsmappe, keine Textdatei; geben Sie ihr die Endung .xlsx.</translation>
    </message>
    <message>
        <source>{path} cannot be read as {encoding}.</source>
        <translation>{path} kann nicht als {encoding} gelesen werden.</translation>
    </message>
    <message>
        <source>{path} is not a text spreadsheet (CSV); it looks like a binary file.</source>
        <translation>{path} ist keine Text-Tabelle (CSV); die Datei sieht binär aus.</translation>
    </message>
    <message>
        <source>{path} has no rows.</source>
        <translation>{path} enthält keine Zeilen.</translation>
    </message>
    <message>
        <source>{path}, line {line_num}: {error}.</source>
        <translation>{path}, Zeile {line_num}: {error}.</translation>
    </message>
    <message>
        <source>{path} is not a readable .xlsx workbook ({error}); it was left untouched.</source>
        <translation>{path} ist keine lesbare .xlsx-Arbeitsmappe ({error}); die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} has no sheet {sheet!r}; its sheets: {sheets}.</source>
        <translation>{path} hat kein Blatt {sheet!r}; ihre Blätter: {sheets}.</translation>
    </message>
    <message>
        <source>{path} holds no vCard (no BEGIN:VCARD … END:VCARD).</source>
        <translation>{path} enthält keine vCard (kein BEGIN:VCARD … END:VCARD).</translation>
    </message>
    <message>
        <source>Name the file ….json or ….pdf; {name!r} is neither.</source>
        <translation>Geben Sie der Datei die Endung .json oder .pdf; {name!r} hat keine von beiden.</translation>
    </message>
    <message>
        <source>The meeting brief is made as a PDF only.</source>
        <translation>Das Meeting-Briefing gibt es nur als PDF.</translation>
    </message>
    <message>
        <source>A template is used for slide decks only.</source>
        <translation>Eine Vorlage wird nur für Foliensätze verwendet.</translation>
    </message>
    <message>
        <source>None of these sections is in the internal version; it has {known}.</source>
        <translation>Keiner dieser Abschnitte ist in der internen Fassung enthalten; sie hat {known}.</translation>
    </message>
    <message>
        <source>None of these sections is in the client version; it has {known}.</source>
        <translation>Keiner dieser Abschnitte ist in der Fassung für den Kunden enthalten; sie hat {known}.</translation>
    </message>
    <message>
        <source>Unknown section(s) {unknown}; the sections are {known}.</source>
        <translation>Unbekannte Abschnitte {unknown}; die Abschnitte sind {known}.</translation>
    </message>
    <message>
        <source>The slide deck has no slides for {unknown}; its sections are {known}.</source>
        <translation>Der Foliensatz hat keine Folien für {unknown}; seine Abschnitte sind {known}.</translation>
    </message>
    <message>
        <source>Could not read the template {path}: {reason}.</source>
        <translation>Die Vorlage {path} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Name at least one section.</source>
        <translation>Nennen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>An offering needs a name.</source>
        <translation>Ein Angebot braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already an offering named “{name}”.</source>
        <translation>Es gibt bereits ein Angebot namens „{name}“.</translation>
    </message>
    <message>
        <source>A stage needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a stage named “{name}”.</source>
        <translation>Es gibt bereits eine Phase namens „{name}“.</translation>
    </message>
    <message>
        <source>The list price</source>
        <translation>Der Listenpreis</translation>
    </message>
    <message>
        <source>This offering is used in {cells} whitespace cell(s) and {opportunities} opportunity(ies), so it cannot be deleted; deactivate it instead.</source>
        <translation>Dieses Angebot wird in Whitespace-Zellen ({cells}) und Verkaufschancen ({opportunities}) verwendet und kann daher nicht gelöscht werden; deaktivieren Sie es stattdessen.</translation>
    </message>
    <message>
        <source>{label} must be an amount of money.</source>
        <translation>{label} muss ein Geldbetrag sein.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label} darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label} ist zu groß.</translation>
    </message>
    <message>
        <source>{label} can have at most two decimal places.</source>
        <translation>{label} darf höchstens zwei Nachkommastellen haben.</translation>
    </message>
    <message>
        <source>The probability must be a whole number from 0 to 100 %.</source>
        <translation>Die Wahrscheinlichkeit muss eine ganze Zahl von 0 bis 100 % sein.</translation>
    </message>
    <message>
        <source>{used} opportunity(ies) are in this stage, so it cannot be deleted; move them to another stage first.</source>
        <translation>Verkaufschancen in dieser Phase: {used}; sie kann daher nicht gelöscht werden. Verschieben Sie sie zuerst in eine andere Phase.</translation>
    </message>
    <message>
        <source>The list changed elsewhere in the meantime; it has been reloaded.</source>
        <translation>Die Liste wurde inzwischen an anderer Stelle geändert und neu geladen.</translation>
    </message>
    <message>
        <source>An opportunity needs a title.</source>
        <translation>Eine Verkaufschance braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title may have at most {limit} characters.</source>
        <translation>Der Titel darf höchstens {limit} Zeichen haben.</translation>
    </message>
    <message>
        <source>Choose one of the listed types.</source>
        <translation>Wählen Sie einen der aufgeführten Typen.</translation>
    </message>
    <message>
        <source>Choose one of the listed statuses.</source>
        <translation>Wählen Sie einen der aufgeführten Status.</translation>
    </message>
    <message>
        <source>Enter the value (0 if not yet known).</source>
        <translation>Geben Sie den Wert ein (0, wenn er noch nicht bekannt ist).</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>Der Wert</translation>
    </message>
    <message>
        <source>This stage no longer exists; choose another one.</source>
        <translation>Diese Phase existiert nicht mehr; wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>This offering no longer exists; choose another one.</source>
        <translation>Dieses Angebot existiert nicht mehr; wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>This business unit no longer exists; choose another one.</source>
        <translation>Dieser Geschäftsbereich existiert nicht mehr; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>The opportunity needs a title.</source>
        <translation>Die Verkaufschance braucht einen Titel.</translation>
    </message>
    <message>
        <source>The opportunity needs a type.</source>
        <translation>Die Verkaufschance braucht einen Typ.</translation>
    </message>
    <message>
        <source>The opportunity needs a stage.</source>
        <translation>Die Verkaufschance braucht eine Phase.</translation>
    </message>
    <message>
        <source>This cell&apos;s business unit or offering was deleted.</source>
        <translation>Der Geschäftsbereich oder das Angebot dieser Zelle wurde gelöscht.</translation>
    </message>
    <message>
        <source>There are no pipeline stages yet; add them with “Edit catalogue…” first.</source>
        <translation>Es gibt noch keine Pipeline-Phasen; legen Sie sie zuerst mit „Katalog bearbeiten…“ an.</translation>
    </message>
    <message>
        <source>This business unit was deleted in the meantime.</source>
        <translation>Dieser Geschäftsbereich wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>The estimated value</source>
        <translation>Der geschätzte Wert</translation>
    </message>
    <message>
        <source>Choose one of our competitors at this account (Profile tab).</source>
        <translation>Wählen Sie einen unserer Wettbewerber bei diesem Kunden (Reiter Profil).</translation>
    </message>
    <message>
        <source>The note must be text.</source>
        <translation>Die Notiz muss Text sein.</translation>
    </message>
    <message>
        <source>This business unit was deleted; its cells can no longer be changed.</source>
        <translation>Dieser Geschäftsbereich wurde gelöscht; seine Zellen können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This offering was deleted; its cells can no longer be changed.</source>
        <translation>Dieses Angebot wurde gelöscht; seine Zellen können nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>A business unit needs a name.</source>
        <translation>Ein Geschäftsbereich braucht einen Namen.</translation>
    </message>
    <message>
        <source>The business units changed elsewhere in the meantime; they have been reloaded.</source>
        <translation>Die Geschäftsbereiche wurden inzwischen an anderer Stelle geändert und neu geladen.</translation>
    </message>
    <message>
        <source>The company settings are missing from this database.</source>
        <translation>Die Firmeneinstellungen fehlen in dieser Datenbank.</translation>
    </message>
    <message>
        <source>The entry needs a text.</source>
        <translation>Der Eintrag braucht einen Text.</translation>
    </message>
    <message>
        <source>At most {limit} characters fit here ({length} given).</source>
        <translation>Hier passen höchstens {limit} Zeichen ({length} eingegeben).</translation>
    </message>
    <message>
        <source>The competitor needs a name.</source>
        <translation>Der Wettbewerber braucht einen Namen.</translation>
    </message>
    <message>
        <source>“{name}” is already listed here.</source>
        <translation>„{name}“ ist hier bereits aufgeführt.</translation>
    </message>
    <message>
        <source>The need needs a title.</source>
        <translation>Der Bedarf braucht einen Titel.</translation>
    </message>
    <message>
        <source>Choose a team member.</source>
        <translation>Wählen Sie ein Teammitglied.</translation>
    </message>
    <message>
        <source>This team member no longer exists.</source>
        <translation>Dieses Teammitglied existiert nicht mehr.</translation>
    </message>
    <message>
        <source>{name} already has this role on the account.</source>
        <translation>{name} hat diese Rolle bei diesem Kunden bereits.</translation>
    </message>
    <message>
        <source>Only stakeholders of this account can take part.</source>
        <translation>Nur Stakeholder dieses Kunden können teilnehmen.</translation>
    </message>
    <message>
        <source>Enter the day it took place.</source>
        <translation>Geben Sie den Tag ein, an dem es stattfand.</translation>
    </message>
    <message>
        <source>History records what happened: the day cannot be in the future.</source>
        <translation>Der Verlauf hält fest, was geschehen ist: Der Tag darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The account needs a name.</source>
        <translation>Der Kunde braucht einen Namen.</translation>
    </message>
    <message>
        <source>An account named “{name}” already exists.</source>
        <translation>Ein Kunde namens „{name}“ existiert bereits.</translation>
    </message>
    <message>
        <source>A web address cannot contain spaces.</source>
        <translation>Eine Webadresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Employees must be a whole number of 0 or more.</source>
        <translation>Die Mitarbeiterzahl muss eine ganze Zahl ab 0 sein.</translation>
    </message>
    <message>
        <source>Revenue cannot be negative.</source>
        <translation>Der Umsatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The name must not be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The title must not be empty.</source>
        <translation>Der Titel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>This rating is a whole number from 1 to 5.</source>
        <translation>Diese Bewertung ist eine ganze Zahl von 1 bis 5.</translation>
    </message>
    <message>
        <source>A share is a percentage from 0 to 100.</source>
        <translation>Ein Anteil ist ein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>A score threshold is a number from 0 to 100.</source>
        <translation>Ein Schwellenwert für den Score ist eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>A probability is a percentage from 0 to 100.</source>
        <translation>Eine Wahrscheinlichkeit ist ein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>A capacity cannot be negative.</source>
        <translation>Eine Kapazität darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of days without contact must be at least 1.</source>
        <translation>Die Zahl der Tage ohne Kontakt muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>A value cannot be negative.</source>
        <translation>Ein Wert darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>This choice is not one kamdesk offers here; pick one from the list.</source>
        <translation>Diese Auswahl bietet kamdesk hier nicht an; wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <source>This value is outside the allowed range.</source>
        <translation>Dieser Wert liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>The A share must be above 0 % and below the B share, and the B share at most 100 %.</source>
        <translation>Der A-Anteil muss über 0 % und unter dem B-Anteil liegen, der B-Anteil höchstens bei 100 %.</translation>
    </message>
    <message>
        <source>The weights of the scorecard cannot be negative.</source>
        <translation>Die Gewichte der Scorecard dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>There is only one set of company settings.</source>
        <translation>Es gibt nur einen Satz Firmeneinstellungen.</translation>
    </message>
    <message>
        <source>The fiscal year starts in a month from 1 to 12.</source>
        <translation>Das Geschäftsjahr beginnt in einem Monat von 1 bis 12.</translation>
    </message>
    <message>
        <source>The list price cannot be negative.</source>
        <translation>Der Listenpreis darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The number of employees cannot be negative.</source>
        <translation>Die Zahl der Mitarbeitenden darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The expected length of the relationship is from 1 to 100 years.</source>
        <translation>Die erwartete Dauer der Beziehung liegt zwischen 1 und 100 Jahren.</translation>
    </message>
    <message>
        <source>The annual revenue cannot be negative.</source>
        <translation>Der Jahresumsatz darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The target must differ from the baseline.</source>
        <translation>Der Zielwert muss sich vom Ausgangswert unterscheiden.</translation>
    </message>
    <message>
        <source>The year must be from 1900 to 2200.</source>
        <translation>Das Jahr muss zwischen 1900 und 2200 liegen.</translation>
    </message>
    <message>
        <source>The quarter must be from 1 to 4.</source>
        <translation>Das Quartal muss zwischen 1 und 4 liegen.</translation>
    </message>
    <message>
        <source>A line cannot connect a person with themselves.</source>
        <translation>Eine Linie kann eine Person nicht mit sich selbst verbinden.</translation>
    </message>
    <message>
        <source>At most {limit} characters fit here ({count} given).</source>
        <translation>Hier passen höchstens {limit} Zeichen ({count} eingegeben).</translation>
    </message>
    <message>
        <source>Revenue is kept to the cent: at most two decimals.</source>
        <translation>Der Umsatz wird auf den Cent genau geführt: höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation>Wählen Sie ein Land aus der Liste.</translation>
    </message>
    <message>
        <source>“{zone}” is not a known time zone.</source>
        <translation>„{zone}“ ist keine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>Expected relationship years must be 1 to 100.</source>
        <translation>Die erwartete Dauer der Beziehung muss 1 bis 100 Jahre betragen.</translation>
    </message>
    <message>
        <source>Customer since cannot be in the future.</source>
        <translation>„Kunde seit“ darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The fiscal year starts in month 1 to 12.</source>
        <translation>Das Geschäftsjahr beginnt in Monat 1 bis 12.</translation>
    </message>
    <message>
        <source>Capacity must be 0 or more accounts.</source>
        <translation>Die Kapazität muss 0 oder mehr Kunden betragen.</translation>
    </message>
    <message>
        <source>Stale after 1 to 3650 days.</source>
        <translation>Veraltet nach 1 bis 3650 Tagen.</translation>
    </message>
    <message>
        <source>Keep personal data for 1 to 600 months.</source>
        <translation>Personenbezogene Daten 1 bis 600 Monate aufbewahren.</translation>
    </message>
    <message>
        <source>A team member needs a name.</source>
        <translation>Ein Teammitglied braucht einen Namen.</translation>
    </message>
    <message>
        <source>At most 200 characters fit here.</source>
        <translation>Hier passen höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>The logo must be stored as a PNG image.</source>
        <translation>Das Logo muss als PNG-Bild gespeichert sein.</translation>
    </message>
    <message>
        <source>The logo is larger than 2 MB; choose a smaller image.</source>
        <translation>Das Logo ist größer als 2 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>A currency is a three-letter code such as EUR.</source>
        <translation>Eine Währung ist ein dreibuchstabiger Code wie EUR.</translation>
    </message>
    <message>
        <source>A locale looks like de_DE or en_GB.</source>
        <translation>Ein Gebietsschema sieht aus wie de_DE oder en_GB.</translation>
    </message>
    <message>
        <source>The gross margin is a percentage from 0 to 100.</source>
        <translation>Die Bruttomarge ist ein Prozentsatz von 0 bis 100.</translation>
    </message>
    <message>
        <source>The gross margin is kept to two decimals.</source>
        <translation>Die Bruttomarge wird auf zwei Nachkommastellen geführt.</translation>
    </message>
    <message>
        <source>At most 120 characters fit here.</source>
        <translation>Hier passen höchstens 120 Zeichen.</translation>
    </message>
    <message>
        <source>An e-mail address looks like name@example.com.</source>
        <translation>Eine E-Mail-Adresse sieht aus wie name@example.com.</translation>
    </message>
    <message>
        <source>“{name}” is already on the team.</source>
        <translation>„{name}“ ist bereits im Team.</translation>
    </message>
    <message>
        <source>At most {limit} characters fit here.</source>
        <translation>Hier passen höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Only stakeholders of the same account can join this buying center.</source>
        <translation>Nur Stakeholder desselben Kunden können diesem Buying Center beitreten.</translation>
    </message>
    <message>
        <source>{name} is already a member of {center}; change their role instead.</source>
        <translation>{name} ist bereits Mitglied von {center}; ändern Sie stattdessen die Rolle.</translation>
    </message>
    <message>
        <source>{role!r} is not a buying-center role; choose initiator, user, influencer, decider, buyer or gatekeeper.</source>
        <translation>{role!r} ist keine Buying-Center-Rolle; wählen Sie initiator, user, influencer, decider, buyer oder gatekeeper.</translation>
    </message>
    <message>
        <source>Enter a name for the buying center.</source>
        <translation>Geben Sie einen Namen für das Buying Center ein.</translation>
    </message>
    <message>
        <source>The name is longer than {limit} characters.</source>
        <translation>Der Name ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>{name} has no stakeholder named {wanted!r}.</source>
        <translation>{name} hat keinen Stakeholder namens {wanted!r}.</translation>
    </message>
    <message>
        <source>{name} has {count} stakeholders named {wanted!r}; name one by its id ({ids}).</source>
        <translation>{name} hat {count} Stakeholder namens {wanted!r}; nennen Sie einen davon über seine ID ({ids}).</translation>
    </message>
    <message>
        <source>There is no stakeholder with the id {id}; nobody was erased.</source>
        <translation>Es gibt keinen Stakeholder mit der ID {id}; niemand wurde gelöscht.</translation>
    </message>
    <message>
        <source>it was made by an older kamdesk (schema {revision}); restore it and erase the person there, or delete it</source>
        <translation>sie wurde von einem älteren kamdesk erstellt (Schema {revision}); stellen Sie sie wieder her und löschen Sie die Person dort, oder löschen Sie die Sicherung</translation>
    </message>
    <message>
        <source>The backup {name} could not be read ({reason}); it was left as it was.</source>
        <translation>Die Sicherungskopie {name} konnte nicht gelesen werden ({reason}); sie blieb unverändert.</translation>
    </message>
    <message>
        <source>The backup {name} was left as it was: {reason}.</source>
        <translation>Die Sicherungskopie {name} blieb unverändert: {reason}.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>Der Name ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>This text is longer than {limit} characters.</source>
        <translation>Dieser Text ist länger als {limit} Zeichen.</translation>
    </message>
    <message>
        <source>Enter an e-mail address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected name@example.com).</source>
        <translation>Das ist keine E-Mail-Adresse (erwartet: name@example.com).</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>{label} must be a whole number from 1 to 5.</source>
        <translation>{label} muss eine ganze Zahl von 1 bis 5 sein.</translation>
    </message>
    <message>
        <source>{attitude!r} is not an attitude; choose champion, supporter, neutral, sceptic or blocker.</source>
        <translation>{attitude!r} ist keine Haltung; wählen Sie champion, supporter, neutral, sceptic oder blocker.</translation>
    </message>
    <message>
        <source>A person cannot report to themselves.</source>
        <translation>Eine Person kann nicht an sich selbst berichten.</translation>
    </message>
    <message>
        <source>The manager must be a stakeholder of the same account.</source>
        <translation>Die vorgesetzte Person muss ein Stakeholder desselben Kunden sein.</translation>
    </message>
    <message>
        <source>{name} already reports, directly or indirectly, to this person; that line would close a loop.</source>
        <translation>{name} berichtet bereits direkt oder indirekt an diese Person; diese Linie würde einen Kreis schließen.</translation>
    </message>
    <message>
        <source>A person cannot be linked to themselves.</source>
        <translation>Eine Person kann nicht mit sich selbst verbunden werden.</translation>
    </message>
    <message>
        <source>This person no longer exists.</source>
        <translation>Diese Person existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Both people must belong to the same account.</source>
        <translation>Beide Personen müssen zum selben Kunden gehören.</translation>
    </message>
    <message>
        <source>This line is already drawn.</source>
        <translation>Diese Linie ist bereits gezogen.</translation>
    </message>
    <message>
        <source>{kind!r} is not a kind of line; choose influences, close to or conflict.</source>
        <translation>{kind!r} ist keine Art von Linie; wählen Sie influences, close to oder conflict.</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <source>Choose a goal of this account.</source>
        <translation>Wählen Sie ein Ziel dieses Kunden.</translation>
    </message>
    <message>
        <source>A goal needs a title.</source>
        <translation>Ein Ziel braucht einen Titel.</translation>
    </message>
    <message>
        <source>The target must differ from the baseline, or there is nothing to reach.</source>
        <translation>Der Zielwert muss sich vom Ausgangswert unterscheiden, sonst gibt es nichts zu erreichen.</translation>
    </message>
    <message>
        <source>For a metric that should increase, the target must lie above the baseline.</source>
        <translation>Bei einer Kennzahl, die steigen soll, muss der Zielwert über dem Ausgangswert liegen.</translation>
    </message>
    <message>
        <source>For a metric that should decrease, the target must lie below the baseline.</source>
        <translation>Bei einer Kennzahl, die sinken soll, muss der Zielwert unter dem Ausgangswert liegen.</translation>
    </message>
    <message>
        <source>A goal needs a start date.</source>
        <translation>Ein Ziel braucht ein Startdatum.</translation>
    </message>
    <message>
        <source>A goal needs a due date.</source>
        <translation>Ein Ziel braucht ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Use at most {places} decimal places.</source>
        <translation>Verwenden Sie höchstens {places} Nachkommastellen.</translation>
    </message>
    <message>
        <source>The due date cannot be before the start date.</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Startdatum liegen.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>An update needs a date.</source>
        <translation>Eine Aktualisierung braucht ein Datum.</translation>
    </message>
    <message>
        <source>There is already an update on this date; change that one instead.</source>
        <translation>Für dieses Datum gibt es bereits eine Aktualisierung; ändern Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>The year must lie between 1900 and 2200.</source>
        <translation>Das Jahr muss zwischen 1900 und 2200 liegen.</translation>
    </message>
    <message>
        <source>The quarter must be 1, 2, 3 or 4.</source>
        <translation>Das Quartal muss 1, 2, 3 oder 4 sein.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>Amounts have at most two decimal places.</source>
        <translation>Beträge haben höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>The revenue of Q{quarter} {year}</source>
        <translation>Der Umsatz von Q{quarter} {year}</translation>
    </message>
    <message>
        <source>the latest figures have been loaded</source>
        <translation>die aktuellen Zahlen wurden geladen</translation>
    </message>
    <message>
        <source>A review needs the date it was held.</source>
        <translation>Ein Review braucht das Datum, an dem es stattfand.</translation>
    </message>
    <message>
        <source>The next review cannot be before this one.</source>
        <translation>Das nächste Review kann nicht vor diesem liegen.</translation>
    </message>
    <message>
        <source>{final} already exists; choose another file name.</source>
        <translation>{final} existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The backup of {db_path} failed ({error}); the backups already there were kept.</source>
        <translation>Die Sicherung von {db_path} ist fehlgeschlagen ({error}); die vorhandenen Sicherungen wurden behalten.</translation>
    </message>
    <message>
        <source>{db_path} fails SQLite&apos;s integrity check ({problem}), so no backup was written and the backups already there were kept.</source>
        <translation>{db_path} besteht die Integritätsprüfung von SQLite nicht ({problem}); daher wurde keine Sicherung geschrieben, und die vorhandenen Sicherungen wurden behalten.</translation>
    </message>
    <message>
        <source>{db_path} holds no kamdesk data yet; there is nothing to back up.</source>
        <translation>{db_path} enthält noch keine kamdesk-Daten; es gibt nichts zu sichern.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>{where} is locked by another program; close it and try again.</source>
        <translation>{where} ist von einem anderen Programm gesperrt; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{where} is read-only; kamdesk cannot save there.</source>
        <translation>{where} ist schreibgeschützt; kamdesk kann dort nicht speichern.</translation>
    </message>
    <message>
        <source>{where} cannot be used: {reason}.</source>
        <translation>{where} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>{where} {what}.</source>
        <translation>{where} {what}.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full; free some space and try again.</source>
        <translation>Der Datenträger mit {where} ist voll; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>There is no backup file {source}.</source>
        <translation>Es gibt keine Sicherungsdatei {source}.</translation>
    </message>
    <message>
        <source>{source} is damaged ({problem}); choose another backup. Nothing was restored.</source>
        <translation>{source} ist beschädigt ({problem}); wählen Sie eine andere Sicherung. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{source} {damage}; choose another backup. Nothing was restored.</source>
        <translation>{source} {damage}; wählen Sie eine andere Sicherung. Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{source} cannot be read as a backup ({error}); nothing was restored.</source>
        <translation>{source} kann nicht als Sicherung gelesen werden ({error}); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{source} is not a kamdesk backup (it holds no kamdesk data).</source>
        <translation>{source} ist keine kamdesk-Sicherung (sie enthält keine kamdesk-Daten).</translation>
    </message>
    <message>
        <source>{path} is in use by another program or kamdesk window, so nothing was restored; close it there and try again.</source>
        <translation>{path} wird von einem anderen Programm oder kamdesk-Fenster verwendet, daher wurde nichts wiederhergestellt; schließen Sie es dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} cannot be locked ({error}); nothing was restored.</source>
        <translation>{path} kann nicht gesperrt werden ({error}); es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>The restore into {path} failed ({error}); the database was not changed.</source>
        <translation>Die Wiederherstellung in {path} ist fehlgeschlagen ({error}); die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} appeared meanwhile; nothing was restored.</source>
        <translation>{path} ist inzwischen aufgetaucht; es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>{subject} was changed elsewhere in the meantime; the other change was kept and this one was not saved; {outcome}.</source>
        <translation>{subject} wurde inzwischen an anderer Stelle geändert; die andere Änderung wurde behalten und diese nicht gespeichert; {outcome}.</translation>
    </message>
    <message>
        <source>{subject} were changed elsewhere in the meantime; the other change was kept and this one was not saved; {outcome}.</source>
        <translation>{subject} wurden inzwischen an anderer Stelle geändert; die andere Änderung wurde behalten und diese nicht gespeichert; {outcome}.</translation>
    </message>
    <message>
        <source>{subject} were changed or deleted elsewhere in the meantime; the other change was kept and this one was not saved; {outcome}.</source>
        <translation>{subject} wurden inzwischen an anderer Stelle geändert oder gelöscht; die andere Änderung wurde behalten und diese nicht gespeichert; {outcome}.</translation>
    </message>
    <message>
        <source>{subject} were added to what this import created elsewhere in the meantime; the other change was kept and this one was not saved; {outcome}.</source>
        <translation>Zu dem, was dieser Import angelegt hat, wurden inzwischen an anderer Stelle {subject} hinzugefügt; die andere Änderung wurde behalten und diese nicht gespeichert; {outcome}.</translation>
    </message>
    <message>
        <source>This entry</source>
        <translation>Dieser Eintrag</translation>
    </message>
    <message>
        <source>the latest values have been loaded</source>
        <translation>die aktuellen Werte wurden geladen</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <extracomment>What is wrong with a damaged file, as the verb phrase after its name (&quot;… is damaged&quot;).</extracomment>
        <translation>kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>is damaged ({reason})</source>
        <translation>ist beschädigt ({reason})</translation>
    </message>
    <message>
        <source>is damaged (its table list cannot be read)</source>
        <translation>ist beschädigt (ihre Tabellenliste kann nicht gelesen werden)</translation>
    </message>
    <message>
        <source>fails SQLite&apos;s integrity check</source>
        <translation>besteht die Integritätsprüfung von SQLite nicht</translation>
    </message>
    <message>
        <source>holds text that cannot be read</source>
        <translation>enthält Text, der nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>holds a value kamdesk does not know ({value})</source>
        <translation>enthält einen Wert, den kamdesk nicht kennt ({value})</translation>
    </message>
    <message>
        <source>no good backup of it was found next to it</source>
        <extracomment>What to do about it.</extracomment>
        <translation>daneben wurde keine intakte Sicherung gefunden</translation>
    </message>
    <message>
        <source>restore the newest good backup, {path} ({taken})</source>
        <translation>stellen Sie die neueste intakte Sicherung wieder her: {path} ({taken})</translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}).</source>
        <translation>{path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file; choose a file with --db.</source>
        <translation>{path} ist ein Ordner, keine Datenbankdatei; wählen Sie mit --db eine Datei.</translation>
    </message>
    <message>
        <source>The database {path} cannot be read (no permission).</source>
        <translation>Die Datenbank {path} kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a kamdesk database; it was left untouched.</source>
        <translation>{path} ist eine leere Datei, keine kamdesk-Datenbank; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is not a kamdesk database (not a SQLite file); it was left untouched.</source>
        <translation>{path} ist keine kamdesk-Datenbank (keine SQLite-Datei); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} {what} and was left untouched; {advice}.</source>
        <translation>{path} {what} und wurde nicht verändert; {advice}.</translation>
    </message>
    <message>
        <source>carries kamdesk&apos;s mark but lacks its tables</source>
        <translation>trägt die Kennung von kamdesk, aber ihr fehlen dessen Tabellen</translation>
    </message>
    <message>
        <source>records {count} schema revisions instead of one</source>
        <translation>verzeichnet {count} Schema-Revisionen statt einer</translation>
    </message>
    <message>
        <source>{where} was written by a newer kamdesk (schema {revision}) and was left untouched; update kamdesk to open it.</source>
        <translation>{where} wurde von einem neueren kamdesk geschrieben (Schema {revision}) und wurde nicht verändert; aktualisieren Sie kamdesk, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database of another program, not kamdesk&apos;s; it was left untouched.</source>
        <translation>{path} ist eine SQLite-Datenbank eines anderen Programms, nicht von kamdesk; sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>kamdesk cannot use “{scheme}” databases; give a SQLite file or a postgresql+psycopg:// URL.</source>
        <translation>kamdesk kann keine „{scheme}“-Datenbanken verwenden; geben Sie eine SQLite-Datei oder eine postgresql+psycopg://-URL an.</translation>
    </message>
    <message>
        <source>{location} is not a database URL kamdesk understands ({error}).</source>
        <translation>{location} ist keine Datenbank-URL, die kamdesk versteht ({error}).</translation>
    </message>
    <message>
        <source>“{scheme}” needs the psycopg2 driver, which is not installed: use postgresql+psycopg:// with kamdesk&apos;s postgres extra ({extra}), or install psycopg2-binary.</source>
        <translation>„{scheme}“ braucht den Treiber psycopg2, der nicht installiert ist: verwenden Sie postgresql+psycopg:// mit dem postgres-Extra von kamdesk ({extra}) oder installieren Sie psycopg2-binary.</translation>
    </message>
    <message>
        <source>“{scheme}” needs the psycopg driver, which is not installed: install kamdesk&apos;s postgres extra ({extra}).</source>
        <translation>„{scheme}“ braucht den Treiber psycopg, der nicht installiert ist: installieren Sie das postgres-Extra von kamdesk ({extra}).</translation>
    </message>
    <message>
        <source>“{scheme}” needs the Python module {module}, which is not installed; kamdesk supports SQLite files and PostgreSQL through postgresql+psycopg:// ({extra}).</source>
        <translation>„{scheme}“ braucht das Python-Modul {module}, das nicht installiert ist; kamdesk unterstützt SQLite-Dateien und PostgreSQL über postgresql+psycopg:// ({extra}).</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created ({reason}); choose a place with --db.</source>
        <translation>Der Ordner {folder} kann nicht angelegt werden ({reason}); wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; create it or choose another --db.</source>
        <translation>Der Ordner {folder} existiert nicht; legen Sie ihn an oder wählen Sie mit --db einen anderen.</translation>
    </message>
    <message>
        <source>The database {path} is read-only; kamdesk needs to write to it and its folder.</source>
        <translation>Die Datenbank {path} ist schreibgeschützt; kamdesk muss in sie und ihren Ordner schreiben können.</translation>
    </message>
    <message>
        <source>The folder {folder} is read-only; choose another place with --db.</source>
        <translation>Der Ordner {folder} ist schreibgeschützt; wählen Sie mit --db einen anderen Ort.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>{path} is locked by another program; close it and try again.</source>
        <translation>{path} ist von einem anderen Programm gesperrt; schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{database} was not upgraded to this kamdesk: its backup could not be written ({reason}); free the backup folder and start again.</source>
        <translation>{database} wurde nicht auf dieses kamdesk aktualisiert: Die Sicherung davor konnte nicht geschrieben werden ({reason}); geben Sie Platz im Sicherungsordner frei und starten Sie erneut.</translation>
    </message>
    <message>
        <source>{name!r} is not a field of {kind}; use one of {names} or a quarter such as &apos;Q3 2026&apos;.</source>
        <translation>{name!r} ist kein Feld von {kind}; verwenden Sie eines von {names} oder ein Quartal wie &apos;Q3 2026&apos;.</translation>
    </message>
    <message>
        <source>{name!r} is not a field of {kind}; use one of {names}.</source>
        <translation>{name!r} ist kein Feld von {kind}; verwenden Sie eines von {names}.</translation>
    </message>
    <message>
        <source>The mapping names the column {column!r}, which the file does not have (its columns: {columns}).</source>
        <translation>Die Zuordnung nennt die Spalte {column!r}, die es in der Datei nicht gibt (ihre Spalten: {columns}).</translation>
    </message>
    <message>
        <source>The mapping gives {field!r} to more than one column.</source>
        <translation>Die Zuordnung weist {field!r} mehr als einer Spalte zu.</translation>
    </message>
    <message>
        <source>{number} has more than {places} decimal places</source>
        <translation>{number} hat mehr als {places} Nachkommastellen</translation>
    </message>
    <message>
        <source>The template {name} is not a PowerPoint presentation kamdesk can read; save it from PowerPoint or Impress as a .pptx file.</source>
        <translation>Die Vorlage {name} ist keine PowerPoint-Präsentation, die kamdesk lesen kann; speichern Sie sie in PowerPoint oder Impress als .pptx-Datei.</translation>
    </message>
    <message>
        <source>The template {name} has no slide layout with a title placeholder (layouts: none); add one such as “Title Only” to its slide master.</source>
        <translation>Die Vorlage {name} hat kein Folienlayout mit einem Titelplatzhalter (Layouts: keine); fügen Sie ihrem Folienmaster eines wie „Nur Titel“ hinzu.</translation>
    </message>
    <message>
        <source>The template {name} has no slide layout with a title placeholder (layouts: {found}); add one such as “Title Only” to its slide master.</source>
        <translation>Die Vorlage {name} hat kein Folienlayout mit einem Titelplatzhalter (Layouts: {found}); fügen Sie ihrem Folienmaster eines wie „Nur Titel“ hinzu.</translation>
    </message>
    <message>
        <source>Unknown document {value!r}; use one of {allowed}.</source>
        <translation>Unbekanntes Dokument {value!r}; verwenden Sie eines von {allowed}.</translation>
    </message>
    <message>
        <source>Unknown language {value!r}; use one of {allowed}.</source>
        <translation>Unbekannte Sprache {value!r}; verwenden Sie eine von {allowed}.</translation>
    </message>
    <message>
        <source>Unknown paper size {value!r}; use one of {allowed}.</source>
        <translation>Unbekanntes Papierformat {value!r}; verwenden Sie eines von {allowed}.</translation>
    </message>
    <message>
        <source>Unknown audience {value!r}; use one of {allowed}.</source>
        <translation>Unbekannte Zielgruppe {value!r}; verwenden Sie eine von {allowed}.</translation>
    </message>
    <message>
        <source>Unknown file format {value!r}; use one of {allowed}.</source>
        <translation>Unbekanntes Dateiformat {value!r}; verwenden Sie eines von {allowed}.</translation>
    </message>
    <message>
        <source>A score is a whole number from {lowest} (low) to {highest} (high).</source>
        <translation>Eine Bewertung ist eine ganze Zahl von {lowest} (niedrig) bis {highest} (hoch).</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>die Datei oder der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>access is not permitted</source>
        <translation>der Zugriff ist nicht erlaubt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>das Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the drive is read-only</source>
        <translation>das Laufwerk ist schreibgeschützt</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>ein Ordner trägt diesen Namen</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>something of that name is already there</source>
        <translation>unter diesem Namen gibt es bereits etwas</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>der Name ist zu lang</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>ein anderes Programm verwendet es</translation>
    </message>
    <message>
        <source>the drive reported a read or write error</source>
        <translation>das Laufwerk meldete einen Lese- oder Schreibfehler</translation>
    </message>
    <message>
        <source>the path loops through links</source>
        <translation>der Pfad führt über Verknüpfungen im Kreis</translation>
    </message>
    <message>
        <source>the file could not be written ({reason})</source>
        <translation>die Datei konnte nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>its table of people does not fit this kamdesk</source>
        <translation>seine Tabelle der Personen passt nicht zu diesem kamdesk</translation>
    </message>
    <message>
        <source>it was written by an older kamdesk (schema {revision}); load it into an empty database and erase the person there, or delete it</source>
        <translation>er wurde von einem älteren kamdesk geschrieben (Schema {revision}); laden Sie ihn in eine leere Datenbank und löschen Sie die Person dort, oder löschen Sie den Dump</translation>
    </message>
    <message>
        <source>the person is still in it</source>
        <translation>die Person ist noch darin enthalten</translation>
    </message>
    <message>
        <source>its tables changed</source>
        <translation>ihre Tabellen haben sich verändert</translation>
    </message>
    <message>
        <source>rows other than the person&apos;s changed</source>
        <translation>andere Zeilen als die der Person haben sich verändert</translation>
    </message>
    <message>
        <source>the purged copy failed its check ({what})</source>
        <translation>die bereinigte Kopie hat ihre Prüfung nicht bestanden ({what})</translation>
    </message>
    <message>
        <source>The server dump {name} was written by a newer kamdesk and could not be read; it was left as it was.</source>
        <translation>Der Server-Dump {name} wurde von einem neueren kamdesk geschrieben und konnte nicht gelesen werden; er blieb unverändert.</translation>
    </message>
    <message>
        <source>The server dump {name} could not be read ({reason}); it was left as it was.</source>
        <translation>Der Server-Dump {name} konnte nicht gelesen werden ({reason}); er blieb unverändert.</translation>
    </message>
    <message>
        <source>The server dump {name} is damaged or not a kamdesk dump; it was left as it was.</source>
        <translation>Der Server-Dump {name} ist beschädigt oder kein kamdesk-Dump; er blieb unverändert.</translation>
    </message>
    <message>
        <source>it is damaged, or it changed since it was searched</source>
        <translation>er ist beschädigt oder hat sich seit der Suche verändert</translation>
    </message>
    <message>
        <source>The server dump {name} was left as it was: {reason}.</source>
        <translation>Der Server-Dump {name} blieb unverändert: {reason}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Offerings and stages</source>
        <translation>Angebote und Phasen</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <source>Choose the company logo</source>
        <translation>Firmenlogo auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.gif *.svg)</translation>
    </message>
    <message>
        <source>This file is not an image kamdesk can read.</source>
        <translation>Diese Datei ist kein Bild, das kamdesk lesen kann.</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Locale for numbers and dates</source>
        <translation>Gebietsschema für Zahlen und Datumsangaben</translation>
    </message>
    <message>
        <source>Fiscal year starts in</source>
        <translation>Geschäftsjahr beginnt im</translation>
    </message>
    <message>
        <source> key accounts</source>
        <translation> Key Accounts</translation>
    </message>
    <message>
        <source>Default KAM capacity</source>
        <translation>Standardkapazität je KAM</translation>
    </message>
    <message>
        <source>e.g. 30</source>
        <translation>z. B. 30</translation>
    </message>
    <message>
        <source>Gross margin for CLV (%)</source>
        <translation>Bruttomarge für CLV (%)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A contact is stale after</source>
        <translation>Ein Kontakt gilt als veraltet nach</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>People who left, and everyone at an account without activity for this long, are listed on the dashboard for review.</source>
        <translation>Ausgeschiedene Personen und alle Personen bei Kunden, bei denen so lange nichts geschah, stehen zur Prüfung auf dem Dashboard.</translation>
    </message>
    <message>
        <source>Keep personal data for 1 to 600 months.</source>
        <translation>Personenbezogene Daten 1 bis 600 Monate aufbewahren.</translation>
    </message>
    <message>
        <source>Keep personal data of inactive accounts for</source>
        <translation>Personendaten inaktiver Kunden aufbewahren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Enter a percentage, for example 30.</source>
        <translation>Geben Sie einen Prozentwert ein, zum Beispiel 30.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>kamdesk is already open on this database, but it does not answer. Close it (or end it in the task manager) and start kamdesk again.</source>
        <translation>kamdesk ist mit dieser Datenbank bereits geöffnet, antwortet aber nicht. Schließen Sie es (oder beenden Sie es im Task-Manager) und starten Sie kamdesk erneut.</translation>
    </message>
</context>
<context>
    <name>StakeholderForm</name>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>has left</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>e.g. business card, trade fair 2025</source>
        <translation>z. B. Visitenkarte, Messe 2025</translation>
    </message>
    <message>
        <source>e.g. legitimate interest: contact at a customer</source>
        <translation>z. B. berechtigtes Interesse: Ansprechpartner bei einem Kunden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Influence (1–5)</source>
        <translation>Einfluss (1–5)</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Relationship (1–5)</source>
        <translation>Beziehung (1–5)</translation>
    </message>
    <message>
        <source>Owner (our side)</source>
        <translation>Verantwortlich (unsere Seite)</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Left the company</source>
        <translation>Hat das Unternehmen verlassen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft der Daten</translation>
    </message>
    <message>
        <source>Lawful basis / note</source>
        <translation>Rechtsgrundlage / Hinweis</translation>
    </message>
    <message>
        <source>Add line</source>
        <translation>Linie hinzufügen</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Linie entfernen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Informal lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Informelle Linien&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select a person in the table or on the map.</source>
        <translation>Wählen Sie eine Person in der Tabelle oder auf der Landkarte aus.</translation>
    </message>
    <message>
        <source>(nobody – top of the chart)</source>
        <translation>(niemand – Spitze des Organigramms)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <source>No contact recorded yet.</source>
        <translation>Noch kein Kontakt erfasst.</translation>
    </message>
    <message>
        <source>Effective last contact: %1 (%2), including interactions.</source>
        <translation>Tatsächlicher letzter Kontakt: %1 (%2), einschließlich erfasster Kontakte.</translation>
    </message>
</context>
<context>
    <name>StakeholderHeldTyping</name>
    <message>
        <source>Some changes to “%1” could not be saved:</source>
        <translation>Einige Änderungen an „%1“ konnten nicht gespeichert werden:</translation>
    </message>
</context>
<context>
    <name>StakeholderTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Attitude</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Buying centers</source>
        <translation>Buying Center</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Left the company on %1; kept for the history, not on the map.</source>
        <translation>Hat das Unternehmen am %1 verlassen; bleibt im Verlauf, nicht auf der Landkarte.</translation>
    </message>
    <message>
        <source>Contact is %1.</source>
        <translation>Kontakt ist %1.</translation>
    </message>
    <message>
        <source>Influence %1 of 5</source>
        <translation>Einfluss %1 von 5</translation>
    </message>
</context>
<context>
    <name>Stakeholders</name>
    <message>
        <source>Champion</source>
        <translation>Champion</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Unterstützer</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Sceptic</source>
        <translation>Skeptiker</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blockierer</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Anwender</translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation>Beeinflusser</translation>
    </message>
    <message>
        <source>Decider</source>
        <translation>Entscheider</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Einkäufer</translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation>Gatekeeper</translation>
    </message>
    <message>
        <source>influences</source>
        <translation>beeinflusst</translation>
    </message>
    <message>
        <source>close to</source>
        <translation>steht nahe</translation>
    </message>
    <message>
        <source>in conflict with</source>
        <translation>im Konflikt mit</translation>
    </message>
    <message>
        <source>recent</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>ageing</source>
        <translation>älter</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
    <message>
        <source>no contact yet</source>
        <translation>noch kein Kontakt</translation>
    </message>
</context>
<context>
    <name>StakeholdersTab</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Landkarte</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Filter by name, title, department, owner…</source>
        <translation>Nach Name, Position, Abteilung, Verantwortlichem filtern…</translation>
    </message>
    <message>
        <source>Show people who left</source>
        <translation>Ausgeschiedene Personen anzeigen</translation>
    </message>
    <message>
        <source>Stakeholders</source>
        <translation>Stakeholder</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 von %2 Personen</translation>
    </message>
    <message>
        <source>Change the manager of %1</source>
        <translation>Vorgesetzte(n) von %1 ändern</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>%1 people who report to them will have no manager.</source>
        <translation>%1 Personen, die an diese Person berichten, haben dann keine Vorgesetzten mehr.</translation>
    </message>
    <message>
        <source>If they left the company, set “Left the company” instead: they then stay in the history. You can undo a delete (Ctrl+Z).</source>
        <translation>Wenn die Person das Unternehmen verlassen hat, setzen Sie stattdessen „Hat das Unternehmen verlassen“: Dann bleibt sie im Verlauf. Das Löschen können Sie rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Draw a line</source>
        <translation>Linie zeichnen</translation>
    </message>
    <message>
        <source>Remove a line</source>
        <translation>Linie entfernen</translation>
    </message>
</context>
<context>
    <name>StartUp</name>
    <message>
        <source>kamdesk cannot start</source>
        <translation>kamdesk kann nicht starten</translation>
    </message>
</context>
<context>
    <name>SwotQuadrant</name>
    <message>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Add SWOT entry</source>
        <translation>SWOT-Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Delete SWOT entry</source>
        <translation>SWOT-Eintrag löschen</translation>
    </message>
    <message>
        <source>Move SWOT entry</source>
        <translation>SWOT-Eintrag verschieben</translation>
    </message>
    <message>
        <source>Edit SWOT entry</source>
        <translation>SWOT-Eintrag bearbeiten</translation>
    </message>
</context>
<context>
    <name>TeamMembersPanel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Capacity (key accounts)</source>
        <translation>Kapazität (Key Accounts)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Our people</source>
        <translation>Unsere Mitarbeitenden</translation>
    </message>
    <message>
        <source>New colleague</source>
        <translation>Neue Kollegin / neuer Kollege</translation>
    </message>
    <message>
        <source>This also removes their role on an account team.</source>
        <translation>Dabei wird auch die Rolle in einem Account-Team entfernt.</translation>
    </message>
    <message>
        <source>This also removes their %1 roles on account teams.</source>
        <translation>Dabei werden auch die %1 Rollen in Account-Teams entfernt.</translation>
    </message>
    <message>
        <source>1 account loses its owner.</source>
        <translation>1 Kunde verliert seinen Verantwortlichen.</translation>
    </message>
    <message>
        <source>%1 accounts lose their owner.</source>
        <translation>%1 Kunden verlieren ihren Verantwortlichen.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Mit Strg+Z können Sie das rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove team member</source>
        <translation>Teammitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the team?</source>
        <translation>%1 aus dem Team entfernen?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>TeamTab</name>
    <message>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>team role</source>
        <translation>Teamrolle</translation>
    </message>
    <message>
        <source>Account team</source>
        <translation>Account-Team</translation>
    </message>
    <message>
        <source>Our people on this account. Team members themselves are kept in File › Settings › Team.</source>
        <translation>Unsere Mitarbeitenden bei diesem Kunden. Die Teammitglieder selbst verwalten Sie unter Datei › Einstellungen › Team.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Add people to your team first (File › Settings › Team).</source>
        <translation>Fügen Sie zuerst Personen zu Ihrem Team hinzu (Datei › Einstellungen › Team).</translation>
    </message>
</context>
<context>
    <name>Tier</name>
    <message>
        <source>Key</source>
        <translation>Key Account</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Künftiger Key Account</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>TimeZoneCombo</name>
    <message>
        <source>Type a city, e.g. Tokyo</source>
        <translation>Stadt eingeben, z. B. Tokio</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Profiles, stakeholder maps, goals and printed account plans for your key accounts — offline, on your own computer.</source>
        <translation>Profile, Stakeholder-Landkarten, Ziele und gedruckte Account-Pläne für Ihre Key Accounts — offline, auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>Load demo portfolio</source>
        <translation>Demo-Portfolio laden</translation>
    </message>
    <message>
        <source>Fill the database with 48 realistic example accounts to try kamdesk out</source>
        <translation>Die Datenbank mit 48 realistischen Beispielkunden füllen, um kamdesk auszuprobieren</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>Your portfolio is empty. Start with your first key account, or load a demo portfolio to look around.</source>
        <translation>Ihr Portfolio ist leer. Beginnen Sie mit Ihrem ersten Key Account, oder laden Sie ein Demo-Portfolio, um sich umzusehen.</translation>
    </message>
    <message>
        <source>Choose an account from the list on the left, or open the portfolio dashboard to see where attention is needed.</source>
        <translation>Wählen Sie links einen Kunden aus der Liste, oder öffnen Sie das Portfolio-Dashboard, um zu sehen, wo Handlungsbedarf besteht.</translation>
    </message>
</context>
<context>
    <name>WhitespaceCellPanel</name>
    <message>
        <source>Select a cell of the matrix</source>
        <translation>Wählen Sie eine Zelle der Matrix aus</translation>
    </message>
    <message>
        <source>%1  %2   (key %3)</source>
        <translation>%1  %2   (Taste %3)</translation>
    </message>
    <message>
        <source>Estimated annual value</source>
        <translation>Geschätzter Jahreswert</translation>
    </message>
    <message>
        <source>Add our competitors at this account on the Profile tab.</source>
        <translation>Erfassen Sie unsere Wettbewerber bei diesem Kunden auf der Registerkarte „Profil“.</translation>
    </message>
    <message>
        <source>Who asked, what we know …</source>
        <translation>Wer hat gefragt, was wissen wir …</translation>
    </message>
    <message>
        <source>Create opportunity from this cell</source>
        <translation>Verkaufschance aus dieser Zelle anlegen</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Value / year</source>
        <translation>&amp;Wert / Jahr</translation>
    </message>
    <message>
        <source>Co&amp;mpetitor</source>
        <translation>Wett&amp;bewerber</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Value / year of %1</source>
        <translation>Wert / Jahr von %1</translation>
    </message>
</context>
<context>
    <name>WhitespaceMatrixModel</name>
    <message>
        <source>Estimated value: %1 a year</source>
        <translation>Geschätzter Wert: %1 pro Jahr</translation>
    </message>
    <message>
        <source>Competitor: %1</source>
        <translation>Wettbewerber: %1</translation>
    </message>
    <message>
        <source>Active total</source>
        <translation>Aktiv gesamt</translation>
    </message>
    <message>
        <source>Potential total</source>
        <translation>Potenzial gesamt</translation>
    </message>
    <message>
        <source>List price: %1</source>
        <translation>Listenpreis: %1</translation>
    </message>
</context>
<context>
    <name>WhitespaceMatrixView</name>
    <message>
        <source>Create opportunity from this cell</source>
        <translation>Verkaufschance aus dieser Zelle anlegen</translation>
    </message>
    <message>
        <source>Edit value and note…</source>
        <translation>Wert und Notiz bearbeiten…</translation>
    </message>
</context>
<context>
    <name>WhitespaceTab</name>
    <message>
        <source>Select a cell and press the letter to set its status; Enter edits the value; Delete sets it back to unknown.</source>
        <translation>Wählen Sie eine Zelle aus und drücken Sie den Buchstaben, um ihren Status zu setzen; die Eingabetaste bearbeitet den Wert; Entf setzt sie auf „Unbekannt“ zurück.</translation>
    </message>
    <message>
        <source>Edit catalogue…</source>
        <translation>Katalog bearbeiten…</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Ausgewählte Zelle</translation>
    </message>
    <message>
        <source>Business units (rows)</source>
        <translation>Geschäftsbereiche (Zeilen)</translation>
    </message>
    <message>
        <source>Whitespace</source>
        <translation>Whitespace</translation>
    </message>
    <message>
        <source>Our catalogue has no active offerings yet: add them with “Edit catalogue…”. They become the columns of the matrix.</source>
        <translation>Unser Katalog enthält noch keine aktiven Angebote: Fügen Sie sie mit „Katalog bearbeiten…“ hinzu. Sie bilden die Spalten der Matrix.</translation>
    </message>
    <message>
        <source>Add the account&apos;s business units on the right: they become the rows of the matrix.</source>
        <translation>Fügen Sie rechts die Geschäftsbereiche des Kunden hinzu: Sie bilden die Zeilen der Matrix.</translation>
    </message>
    <message>
        <source>Some changes to the cell “%1” could not be saved:</source>
        <translation>Einige Änderungen an der Zelle „%1“ konnten nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Create opportunity %1</source>
        <translation>Verkaufschance %1 anlegen</translation>
    </message>
</context>
<context>
    <name>WorkbookExport</name>
    <message>
        <source>Export workbook</source>
        <translation>Arbeitsmappe exportieren</translation>
    </message>
    <message>
        <source>Portfolio.xlsx</source>
        <translation>Portfolio.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>The workbook was saved to %1.</source>
        <translation>Die Arbeitsmappe wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Die Arbeitsmappe wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>WorkspaceGroups</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Goals &amp; actions</source>
        <translation>Ziele &amp; Maßnahmen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Reviews &amp; history</source>
        <translation>Reviews &amp; Verlauf</translation>
    </message>
    <message>
        <source>Growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>YourNamePage</name>
    <message>
        <source>Your team sees this name on what you change (&quot;Changed by …&quot;). It is kept on this computer, not in the shared database. Left empty, your login name is used.</source>
        <translation>Ihr Team sieht diesen Namen an allem, was Sie ändern („Geändert von …“). Er wird auf diesem Computer gespeichert, nicht in der gemeinsamen Datenbank. Bleibt das Feld leer, gilt Ihr Anmeldename.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name could not be saved (%1).</source>
        <translation>Ihr Name konnte nicht gespeichert werden (%1).</translation>
    </message>
</context>
</TS>
