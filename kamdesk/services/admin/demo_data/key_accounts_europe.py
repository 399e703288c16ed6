"""The fully planned European key accounts of the demo: Brühl, Dvořák Strojírny, ZWŁ Łódź.

Planted on purpose (the views and reports must show them):

* Brühl Präzisionsteile AG is the largest account, ~25 people with a wide team under the
  plant and maintenance heads; its CIO is a blocker with the highest influence; the
  "IT & OT-Sicherheit" buying center has no decider; Gülay Aydın sits in two centers with
  different roles; the head of maintenance left and was replaced; its goals cover every
  status (achieved, on track, at risk, off track, overdue).
* Dvořák Strojírny's review is overdue, and its head of purchasing turned sceptic since.
"""

from __future__ import annotations

from decimal import Decimal as D

from kamdesk.domain.enums import (
    Attitude,
    BuyingRole,
    CompetitorKind,
    LinkKind,
    Priority,
    ReviewCadence,
    TeamRole,
    Tier,
)
from kamdesk.domain.enums import Direction as Dir
from kamdesk.domain.enums import GoalKind as GK
from kamdesk.domain.enums import OpportunityStatus as OS
from kamdesk.domain.enums import OpportunityType as OT
from kamdesk.services.admin.demo_data.spec import (
    ActionSpec,
    Center,
    CompetitorSpec,
    GoalSpec,
    Link,
    NeedSpec,
    OpportunitySpec,
    Person,
    PlannedAccount,
    UnitSpec,
)

CH, SU, NE, SC, BL = (
    Attitude.CHAMPION, Attitude.SUPPORTER, Attitude.NEUTRAL, Attitude.SCEPTIC, Attitude.BLOCKER
)
INI, USR, INF, DEC, BUY, GAT = (
    BuyingRole.INITIATOR, BuyingRole.USER, BuyingRole.INFLUENCER, BuyingRole.DECIDER,
    BuyingRole.BUYER, BuyingRole.GATEKEEPER,
)
OURS, THEIRS = CompetitorKind.OURS, CompetitorKind.CUSTOMERS

BRUEHL = PlannedAccount(
    name="Brühl Präzisionsteile AG",
    legal_name="Brühl Präzisionsteile Aktiengesellschaft",
    tier=Tier.KEY,
    industry="Automotive supplier",
    employees=2350,
    annual_revenue=D("412000000"),
    street="Otto-Hahn-Straße 12",
    postal_code="50321",
    city="Brühl",
    country="DE",
    time_zone="Europe/Berlin",
    website="https://www.bruehl-praezision.de",
    owner="jw",
    customer_since_years=14,
    relationship_years=20,
    cadence=ReviewCadence.QUARTERLY,
    business_plan=(
        "Brühl will den Umsatzanteil mit E-Mobilität (Gehäuse, Rotorwellen) bis 2028 von "
        "22 % auf 45 % steigern und dafür das Werk Plzeň auf Serienfertigung ausbauen. "
        "Gleichzeitig sollen die Fertigungskosten je Teil um 8 % sinken – vor allem durch "
        "höhere OEE und weniger ungeplante Stillstände."
    ),
    target_audience=(
        "Tier-1-Zulieferer und OEMs in Europa (Antriebsstrang, E-Achsen), die enge "
        "Toleranzen bei großen Serien brauchen; Einkauf mit Jahresverträgen und PPAP-Pflicht."
    ),
    usp=(
        "Wellen und Gehäuse mit Toleranzen unter 5 µm in Großserie, eigener Werkzeugbau, "
        "Zertifizierung nach IATF 16949 an beiden Standorten."
    ),
    notes=(
        "Familiengeführt in dritter Generation; Dr. Brühl entscheidet große Investitionen "
        "persönlich. Budgetrunde im Oktober, Freigaben über 250 T€ brauchen die CFO."
    ),
    growth_per_quarter=D("0.025"),
    recurring=True,
    people=(
        Person("ceo", "Dr. Friedrich Brühl", "Vorstandsvorsitzender (CEO)", "Vorstand", None,
               5, NE, 2, "ka", notes="Trifft sich zweimal im Jahr mit Dr. Albers."),
        Person("cfo", "Claudia Wendt-Hölzl", "Finanzvorständin (CFO)", "Vorstand", "ceo",
               5, SC, 2, "ka", notes="Will Amortisation unter 24 Monaten sehen."),
        Person("coo", "Markus Brenninger", "Vorstand Produktion (COO)", "Vorstand", "ceo",
               5, SU, 4, "ka", earlier=NE),
        Person("cio", "Dr. Ralf Köster", "Chief Information Officer", "IT", "ceo", 5, BL, 1,
               "mo", last_contact_days_ago=190,
               notes="Hat Siemens Opcenter im Schwesterwerk eingeführt; sieht uns als "
                     "Insellösung. Noch kein Termin zustande gekommen."),
        Person("cpo", "Sabine Große", "Leiterin Einkauf", "Einkauf", "cfo", 4, NE, 3, "jw"),
        Person("plant", "Thomas Eisele", "Werkleiter Brühl", "Produktion", "coo", 4, CH, 5,
               "jw"),
        Person("maint", "Gülay Aydın", "Leiterin Instandhaltung", "Instandhaltung", "coo", 4,
               CH, 5, "sb", notes="Nachfolgerin von Herrn Rößler, kennt uns aus dem Werk."),
        Person("qm", "Hendrik Sørensen", "Leiter Qualitätsmanagement", "Qualität", "coo", 3,
               SU, 3, "jw"),
        Person("ot", "Vanessa Lichtenberg", "Leiterin OT & Automatisierung", "IT", "cio", 3,
               SU, 4, "mo"),
        Person("sec", "Piotr Zając", "IT-Sicherheitsbeauftragter (CISO)", "IT", "cio", 3, SC,
               2, "mo"),
        Person("pilsen", "Ulrich Pfäffle", "Werkleiter Plzeň", "Werk Plzeň", "coo", 3, NE, 2,
               "ln", last_contact_days_ago=120),
        Person("energy", "Dr. Miriam Schöne", "Energiemanagerin", "Nachhaltigkeit", "coo", 2,
               SU, 3, "mo", new=True),
        Person("buyer", "Kevin Müller-Lüdenscheidt", "Strategischer Einkäufer Automatisierung",
               "Einkauf", "cpo", 3, NE, 3, "tk"),
        Person("parts", "Ayşe Demir", "Einkäuferin Ersatzteile", "Einkauf", "cpo", 2, SU, 3,
               "tk"),
        Person("ctrl", "Jens Ohlendorf", "Leiter Controlling", "Finanzen", "cfo", 3, SC, 2),
        Person("turn", "Dariusz Kowalczyk", "Fertigungsleiter Drehen/Fräsen", "Produktion",
               "plant", 2, SU, 3, "jw"),
        Person("assy", "Martina Vögele", "Fertigungsleiterin Montage", "Produktion", "plant",
               2, NE, 2),
        Person("shift1", "Stefan Rüdiger", "Schichtleiter Frühschicht", "Produktion", "turn",
               1, SU, 2),
        Person("shift2", "Nils Brückner", "Schichtleiter Spätschicht", "Produktion", "turn",
               1, NE, 1),
        Person("elec", "Erik Schwab", "Teamleiter Elektro-Instandhaltung", "Instandhaltung",
               "maint", 2, CH, 4, "sb"),
        Person("rel", "Olga Wiśniewska", "Zuverlässigkeitsingenieurin", "Instandhaltung",
               "maint", 2, SU, 4, "mo"),
        Person("plan", "Frank Hähnel", "Instandhaltungsplaner", "Instandhaltung", "maint", 1,
               NE, 2),
        Person("plc", "Timo Jäckel", "SPS-Programmierer", "IT", "ot", 2, CH, 4, "mo"),
        Person("metro", "Lea Brandauer", "Qualitätsingenieurin Messtechnik", "Qualität", "qm",
               1, NE, 2),
        Person("old_maint", "Wolfgang Rößler", "Leiter Instandhaltung", "Instandhaltung",
               "coo", 4, CH, 5, "sb", left_days_ago=150,
               notes="In den Ruhestand gegangen; hat Frau Aydın persönlich vorgestellt."),
        Person("old_buyer", "Bettina Kärcher", "Einkäuferin Automatisierung", "Einkauf",
               "cpo", 2, SU, 3, "tk", left_days_ago=300),
    ),
    links=(
        Link("cfo", "ceo", LinkKind.INFLUENCES, "Investitionen über 250 T€ laufen über sie."),
        Link("cio", "coo", LinkKind.CONFLICT, "Streit um die Zuständigkeit für die OT-Netze."),
        Link("maint", "plant", LinkKind.CLOSE_TO, "Gemeinsame Frühbesprechung jeden Tag."),
        Link("cio", "sec", LinkKind.INFLUENCES),
        Link("ctrl", "cfo", LinkKind.CLOSE_TO),
        Link("rel", "maint", LinkKind.INFLUENCES, "Liefert die Zahlen für jede Entscheidung."),
        Link("cpo", "plant", LinkKind.CONFLICT, "Einkauf will Zweitlieferanten, Werk Standard."),
        Link("plc", "elec", LinkKind.CLOSE_TO),
    ),
    centers=(
        Center("Werk Brühl Produktion", "Investitionen in Linien und Automatisierung am "
               "Stammwerk; Budget über das Werk, Freigabe durch den COO.",
               (("coo", DEC), ("plant", INI), ("maint", INF), ("turn", USR), ("rel", USR),
                ("buyer", BUY))),
        Center("Instandhaltung & Service", "Wartungsverträge, Ersatzteile und Condition "
               "Monitoring; Budget aus dem Instandhaltungsetat, Freigabe durch die CFO.",
               (("maint", INI), ("elec", USR), ("rel", INF), ("parts", BUY), ("cfo", DEC),
                ("ctrl", GAT))),
        Center("IT & OT-Sicherheit", "Netzwerk, Security und MES-Anbindung. Wer hier "
               "entscheidet, ist offen: der CIO beansprucht es, der COO auch.",
               (("ot", INI), ("sec", GAT), ("plc", USR), ("buyer", BUY))),
    ),
    goals=(
        GoalSpec(GK.CUSTOMER, "OEE Linie 4 auf 78 % steigern", "OEE Linie 4", "%", Dir.INCREASE,
                 D("64"), D("78"), 200, 165, "jw", ((170, 10), (110, 30), (50, 45), (12, 56))),
        GoalSpec(GK.CUSTOMER, "Ungeplante Stillstände halbieren", "Stillstand je Monat", "h",
                 Dir.DECREASE, D("42"), D("20"), 300, 60, "sb",
                 ((250, 10), (150, 25), (60, 40), (20, 48))),
        GoalSpec(GK.INTERNAL, "Service-Anteil am Umsatz auf 30 % heben", "Service-Anteil", "%",
                 Dir.INCREASE, D("18"), D("30"), 240, 120, "jw", ((200, 5), (120, 20), (30, 45))),
        GoalSpec(GK.INTERNAL, "Zwei Termine mit CIO Dr. Köster", "Termine mit dem CIO",
                 "Anzahl", Dir.INCREASE, D("0"), D("2"), 200, -20, "ka", ((90, 50),),
                 notes="Ohne den CIO kein MES-Rollout in Plzeň."),
        GoalSpec(GK.CUSTOMER, "Energie je Teil auf 1,60 kWh senken", "Energie je Teil",
                 "kWh", Dir.DECREASE, D("1.84"), D("1.60"), 330, 30, "mo",
                 ((200, 40), (90, 80), (15, 105))),
    ),
    actions=(
        ActionSpec("Business Case Condition Monitoring an Frau Aydın schicken", "mo", -40,
                   done=True, shared=True, goal=0),
        ActionSpec("Workshop OEE-Datenmodell mit der Werkleitung", "jw", 14, shared=True,
                   goal=0),
        ActionSpec("Termin mit Dr. Köster über Dr. Brühl anfragen", "ka", -25, goal=3),
        ActionSpec("Referenzbesuch bei einem Opcenter-Umsteiger organisieren", "jw", -10),
        ActionSpec("Stillstandsgründe Q3 auswerten und priorisieren", "sb", 21, goal=1),
        ActionSpec("Rahmenvertrag Ersatzteile verlängern", "tk", -60, done=True),
        ActionSpec("Security-Konzept MES-Anbindung an Herrn Zając", "mo", 30, shared=True),
        ActionSpec("Energiebericht mit Dr. Schöne durchgehen", "mo", 7, shared=True, goal=4),
    ),
    units=(
        UnitSpec("Werk Brühl – Drehen/Fräsen", "Größter Bereich, 38 CNC-Maschinen.",
                 "AAPO?AONAA"),
        UnitSpec("Werk Brühl – Montage", "Gehäusemontage E-Achse, zwei Linien.", "AAOOA?PCAA"),
        UnitSpec("Werk Plzeň", "Seit 2021, Serienanlauf E-Mobilität 2025.", "CCO?NOO?OA"),
        UnitSpec("Logistikzentrum Kerpen", "Versand und Lager, wenig Automatisierung.",
                 "NNN?ANOONA"),
        UnitSpec("Zentrale IT", "Verantwortet Netze und Server beider Werke.", "??NNNNNPNA"),
    ),
    opportunities=(
        OpportunitySpec("Condition Monitoring Linie 4 & 5", OT.CROSS_SELL,
                        "Condition Monitoring", 0, D("126000"), 3, 45, OS.OPEN, 160),
        OpportunitySpec("MES-Rollout Werk Plzeň", OT.NEW_BUSINESS, "MES Lizenz", 2,
                        D("340000"), 1, 240, OS.OPEN, 90,
                        notes="Gegen Siemens Opcenter; der CIO bevorzugt den Konzernstandard."),
        OpportunitySpec("Wartungsvertrag Premium – Verlängerung", OT.RENEWAL,
                        "Wartungsvertrag Premium", 0, D("108000"), 4, 20, OS.OPEN, 120),
        OpportunitySpec("Robotik-Zelle Gehäusemontage", OT.UPSELL, "Robotik-Zelle Integration",
                        1, D("420000"), 2, 120, OS.OPEN, 75),
        OpportunitySpec("OT-Security Audit Zentrale IT", OT.CROSS_SELL, "OT-Security Audit", 4,
                        D("22000"), 4, -30, OS.WON, 200),
        OpportunitySpec("Energie-Monitoring Logistikzentrum", OT.CROSS_SELL,
                        "Energie-Monitoring", 3, D("56000"), 2, -60, OS.LOST, 260,
                        lost_reason="Budget in Kerpen ging an die Photovoltaik-Anlage."),
        OpportunitySpec("MES-Lizenzerweiterung Montage", OT.UPSELL, "MES Lizenz", 1,
                        D("48000"), 0, 300, OS.OPEN, 10),
    ),
    competitors=(
        CompetitorSpec("Siemens Digital Industries (Opcenter)", OURS,
                       "Konzernstandard im Schwesterwerk, Nähe zum CIO, Komplettpaket.",
                       "Greift das MES in Plzeň an; wir punkten mit Werksnähe."),
        CompetitorSpec("Instandhaltungs-Service Rheinland GmbH", OURS,
                       "Günstige Stundensätze, 30 Minuten entfernt."),
        CompetitorSpec("Kaltenbach Zerspanung AG", THEIRS,
                       "Preisaggressiv bei Großserien, neues Werk in Ungarn."),
        CompetitorSpec("Shenzhen Precision Parts Co., Ltd.", THEIRS,
                       "Rund 30 % günstiger, aber lange Lieferzeiten und PPAP-Probleme."),
    ),
    needs=(
        NeedSpec("Ungeplante Stillstände an den Drehzentren",
                 "Spindelschäden kosten bis zu 40 Stunden Stillstand im Monat.",
                 "Condition Monitoring mit Schwingungssensoren, Alarme direkt ins "
                 "Instandhaltungs-Ticket.", Priority.HIGH),
        NeedSpec("Einheitliche Kennzahlen für beide Werke",
                 "Plzeň meldet OEE anders als Brühl; der Vorstand vergleicht Äpfel mit Birnen.",
                 "MES-Rollout mit gemeinsamem Kennzahlenmodell und Werksvergleich.",
                 Priority.HIGH),
        NeedSpec("Nachweis der CO₂-Reduktion gegenüber OEMs",
                 "Kunden verlangen ab 2026 den CO₂-Fußabdruck je Teil.",
                 "Energie-Monitoring je Maschine und Bericht je Teilenummer.", Priority.MEDIUM),
        NeedSpec("Fachkräftemangel in der Instandhaltung",
                 "Zwei Elektriker-Stellen seit einem Jahr offen.",
                 "Schulungen vor Ort und Fernwartung durch unseren Service.", Priority.LOW),
    ),
    swot=(
        ("Seit 14 Jahren Lieferant; Champions in Werk und Instandhaltung.",
         "Unsere Condition-Monitoring-Installation auf Linie 2 läuft seit drei Jahren stabil.",
         "Service vor Ort in unter vier Stunden."),
        ("Kein Zugang zum CIO; IT sieht uns als Insellösung.",
         "Im Werk Plzeň kennt uns kaum jemand.",
         "Die CFO hält unsere Angebote für teuer.",
         "Abhängig von einem Champion – Herr Rößler ist gegangen."),
        ("MES-Rollout in Plzeň mit Serienanlauf 2025.",
         "CO₂-Nachweis je Teil schafft Bedarf für Energie-Monitoring.",
         "Robotik-Zelle für die neue Gehäuselinie."),
        ("Konzernstandard Siemens Opcenter aus dem Schwesterwerk.",
         "Sparprogramm, falls die E-Mobilitäts-Abrufe sinken.",
         "Regionaler Service-Wettbewerber mit niedrigen Stundensätzen."),
    ),
    team=(
        ("ka", TeamRole.EXECUTIVE_SPONSOR, "Beziehung zu Dr. Brühl und zur CFO."),
        ("jw", TeamRole.KAM, "Account-Plan, Pipeline und Werkleitung."),
        ("mo", TeamRole.SPECIALIST, "MES-Architektur, OT-Security, Energie."),
        ("sb", TeamRole.SERVICE, "Wartungsvertrag und Instandhaltung."),
        ("tk", TeamRole.SALES, "Angebote, Ersatzteile, Rahmenverträge."),
    ),
    scores=(5, 5, 4, 3, 4, 4),
    earlier_scores=(5, 4, 4, 3, 4, 3),
    interactions=24,
    last_interaction_days_ago=4,
    reviews=4,
    last_review_days_ago=40,
    exported_days_ago=45,
    topics=(
        "Werksrundgang Linie 4 mit Herrn Eisele: Spindelstillstände sind das Hauptthema.",
        "Steering meeting on the OEE data model; Plzeň will report the same figures from Q1.",
        "Call with Frau Aydın about the retirement of Herrn Rößler and the handover.",
        "Angebot Wartungsvertrag Premium besprochen; Einkauf verlangt 5 % Nachlass.",
        "E-mail an Herrn Zając mit dem Security-Konzept; Rückfragen zur Segmentierung.",
        "Jahresgespräch Dr. Albers und Dr. Brühl: Investitionsplan E-Mobilität vorgestellt.",
        "Remote session: condition-monitoring alarms tuned on line 2 after bearing change.",
    ),
)

DVORAK = PlannedAccount(
    name="Dvořák Strojírny s.r.o.",
    legal_name="Dvořák Strojírny, společnost s ručením omezeným",
    tier=Tier.KEY,
    industry="Machine tools",
    employees=1850,
    annual_revenue=D("310000000"),
    street="Vídeňská 118",
    postal_code="619 00",
    city="Brno",
    country="CZ",
    time_zone="Europe/Prague",
    website="https://www.dvorak-strojirny.cz",
    owner="ln",
    customer_since_years=9,
    relationship_years=15,
    cadence=ReviewCadence.QUARTERLY,
    business_plan=(
        "Dvořák builds five-axis machining centres and wants to sell them with a digital "
        "service package from 2025: remote diagnostics, predictive maintenance and spare-part "
        "subscriptions. Target: 20 % of revenue from services by 2027 (today 7 %)."
    ),
    target_audience=(
        "Mid-sized job shops and automotive suppliers in Central Europe that run 10–80 "
        "machines and have no data scientists of their own."
    ),
    usp=(
        "Robust five-axis machines at 70 % of the German price, delivered within 16 weeks, "
        "with Czech and German-speaking service engineers."
    ),
    notes=(
        "OEM relationship: we sell Condition Monitoring as a white-label module built into "
        "their machines. Decisions are made by the founder family; Ing. Kříž is our champion."
    ),
    growth_per_quarter=D("0.04"),
    recurring=False,
    people=(
        Person("ceo", "Ing. Pavel Dvořák", "Generální ředitel (CEO)", "Vedení", None, 5, SU, 4,
               "ka"),
        Person("cfo", "Ing. Jana Řezníčková", "Finanční ředitelka (CFO)", "Finance", "ceo", 4,
               NE, 2, "ka"),
        Person("cto", "Ing. Tomáš Kříž", "Technický ředitel (CTO)", "Technika", "ceo", 5, CH,
               5, "ln"),
        Person("prod", "Ing. Radek Šťastný", "Výrobní ředitel (Head of Production)", "Výroba",
               "cto", 4, SU, 4, "ln"),
        Person("purch", "Mgr. Lenka Holubová", "Vedoucí nákupu (Head of Purchasing)", "Nákup",
               "cfo", 4, SC, 2, "tk", earlier=NE,
               notes="Seit der Preiserhöhung im Frühjahr deutlich kritischer."),
        Person("it", "Bc. Martin Bárta", "IT Manager", "IT", "cfo", 3, NE, 3, "mo"),
        Person("maint", "Zdeněk Pospíšil", "Vedoucí údržby (Maintenance Lead)", "Údržba",
               "prod", 3, CH, 4, "sb"),
        Person("qm", "Ing. Petra Nováková", "Quality Manager", "Kvalita", "cto", 3, SU, 3, "ln"),
        Person("dev", "Ing. Ondřej Malý", "Vedoucí vývoje řídicích systémů", "Vývoj", "cto", 3,
               SU, 4, "mo"),
        Person("plc", "Jakub Doležal", "Programátor PLC", "Vývoj", "dev", 2, CH, 4, "mo"),
        Person("svc", "Kateřina Vlčková", "Vedoucí zákaznického servisu", "Servis", "cto", 3,
               NE, 2, "sb", new=True),
        Person("buyer", "Filip Jelínek", "Nákupčí elektro", "Nákup", "purch", 2, NE, 2, "tk"),
        Person("old_prod", "Ing. Miroslav Hrubý", "Výrobní ředitel", "Výroba", "cto", 4, CH, 5,
               "ln", left_days_ago=220),
        Person("shop", "Roman Urban", "Mistr montáže", "Výroba", "prod", 1, SU, 2),
    ),
    links=(
        Link("cto", "ceo", LinkKind.CLOSE_TO, "Studienfreunde; Kříž hat Dvořáks Vertrauen."),
        Link("purch", "cfo", LinkKind.INFLUENCES),
        Link("dev", "plc", LinkKind.CLOSE_TO),
        Link("purch", "cto", LinkKind.CONFLICT, "Uneinig über Single-Sourcing bei uns."),
    ),
    centers=(
        Center("OEM-Modul Maschinen", "Which monitoring module goes into the machines.",
               (("cto", DEC), ("dev", INI), ("plc", USR), ("purch", BUY), ("qm", INF))),
        Center("Werk Brno Instandhaltung", "Service and spare parts for the own plant.",
               (("prod", DEC), ("maint", INI), ("buyer", BUY), ("it", GAT))),
    ),
    goals=(
        GoalSpec(GK.CUSTOMER, "Servicepaket in 60 % der Neumaschinen", "Attach rate", "%",
                 Dir.INCREASE, D("15"), D("60"), 270, 95, "ln", ((200, 15), (100, 40), (25, 72))),
        GoalSpec(GK.INTERNAL, "OEM-Stückzahl Condition Monitoring", "Module pro Jahr",
                 "Stück", Dir.INCREASE, D("120"), D("300"), 180, 185, "ln", ((120, 10), (40, 22))),
        GoalSpec(GK.CUSTOMER, "Reaktionszeit Service-Hotline", "Reaktionszeit", "h",
                 Dir.DECREASE, D("24"), D("8"), 300, -15, "sb", ((200, 30), (90, 55), (30, 80))),
    ),
    actions=(
        ActionSpec("Preisgespräch mit Frau Holubová nachbereiten", "tk", -35, done=True),
        ActionSpec("Review-Termin mit Ing. Kříž festlegen", "ln", -12),
        ActionSpec("White-Label-Dashboard in Tschechisch übersetzen lassen", "mo", 28,
                   shared=True, goal=0),
        ActionSpec("Servicevertrag-Muster für Endkunden entwerfen", "sb", 45, shared=True,
                   goal=0),
        ActionSpec("Frau Vlčková im Service vorstellen und einarbeiten", "sb", 10),
    ),
    units=(
        UnitSpec("Obráběcí centra (OEM)", "Machines sold to end customers.", "NNAON?NNOA"),
        UnitSpec("Servis & Retrofit", "Retrofit of older machines in the field.", "NNOPNAO?CA"),
        UnitSpec("Výroba Brno", "Own production, 3 halls.", "OCA?OA?OAA"),
        UnitSpec("Vývoj (R&D)", "Control software and sensors.", "NNAPNNNONA"),
    ),
    opportunities=(
        OpportunitySpec("Predictive Maintenance für OEM-Servicepaket", OT.CROSS_SELL,
                        "Predictive Maintenance Analytics", 0, D("185000"), 2, 90, OS.OPEN, 140),
        OpportunitySpec("Retrofit-Programm Bestandsmaschinen", OT.NEW_BUSINESS,
                        "SPS-Modernisierung", 1, D("240000"), 1, 200, OS.OPEN, 60),
        OpportunitySpec("OEM-Rahmenvertrag Condition Monitoring 2025", OT.RENEWAL,
                        "Condition Monitoring", 0, D("150000"), 3, 50, OS.OPEN, 110),
        OpportunitySpec("MES Werk Brno", OT.NEW_BUSINESS, "MES Lizenz", 2, D("95000"), 2, -45,
                        OS.LOST, 300, lost_reason="Local integrator 40 % cheaper."),
        OpportunitySpec("Schulungspaket Servicetechniker", OT.UPSELL, "Schulungen", 1,
                        D("19200"), 4, -20, OS.WON, 150),
    ),
    competitors=(
        CompetitorSpec("Datasys Integrace a.s.", OURS, "Local integrator, very low rates.",
                       "Won the MES in Brno; weak on OEM products."),
        CompetitorSpec("Hermle-Partner Service", OURS, "Retrofit specialists for old controls."),
        CompetitorSpec("DMG Mori", THEIRS, "Global service network and brand."),
        CompetitorSpec("Kovosvit MAS", THEIRS, "Direct Czech rival, strong in turning."),
    ),
    needs=(
        NeedSpec("Servicegeschäft aufbauen", "Service revenue is only 7 % of sales.",
                 "White-label Condition Monitoring and Predictive Maintenance as a package.",
                 Priority.HIGH),
        NeedSpec("Retrofit alter Steuerungen", "About 400 machines in the field run on "
                 "discontinued controls.", "SPS-Modernisierung as a standard retrofit kit.",
                 Priority.MEDIUM),
        NeedSpec("Preisstabilität", "Purchasing needs fixed prices for two years.",
                 "Two-year OEM price list with volume steps.", Priority.MEDIUM),
    ),
    swot=(
        ("Champion im Vorstand (CTO Kříž).",
         "Unser Modul steckt bereits in 120 Maschinen pro Jahr.",
         "Tschechischsprachiger KAM."),
        ("Einkauf seit der Preiserhöhung verstimmt.",
         "Noch kaum Kontakt zur neuen Serviceleiterin.",
         "Review seit Wochen überfällig."),
        ("Servicepaket für alle Neumaschinen ab 2025.", "Retrofit von 400 Bestandsmaschinen.",
         "Referenz für weitere Werkzeugmaschinenbauer."),
        ("Lokaler Integrator mit Dumpingpreisen.", "Konjunkturschwäche bei Werkzeugmaschinen.",
         "Eigenentwicklung im Vývoj-Team."),
    ),
    team=(
        ("ka", TeamRole.EXECUTIVE_SPONSOR, "Kontakt zu Ing. Dvořák."),
        ("ln", TeamRole.KAM, "Account-Plan, OEM-Vertrag."),
        ("mo", TeamRole.SPECIALIST, "Integration des Moduls in die Steuerung."),
        ("sb", TeamRole.SERVICE, "Second-Level-Support für Endkunden."),
    ),
    scores=(4, 4, 5, 5, 3, 4),
    earlier_scores=(4, 4, 4, 5, 3, 4),
    interactions=16,
    last_interaction_days_ago=9,
    reviews=3,
    last_review_days_ago=118,
    topics=(
        "Návštěva v Brně: demo of the white-label dashboard with Ing. Malý.",
        "Call with Frau Holubová about the price increase; she asked for a two-year price.",
        "Technical call on the OPC UA interface of the new controls.",
        "Visit to the Brno plant with Ing. Šťastný; spindle data from hall 2 reviewed.",
        "E-mail to Ing. Kříž with the draft service contract for end customers.",
    ),
)

LODZ = PlannedAccount(
    name="Zakłady Włókiennicze Łódź S.A.",
    legal_name="Zakłady Włókiennicze Łódź Spółka Akcyjna",
    tier=Tier.KEY,
    industry="Technical textiles",
    employees=960,
    annual_revenue=D("148000000"),
    street="ul. Piotrkowska 270",
    postal_code="90-361",
    city="Łódź",
    country="PL",
    time_zone="Europe/Warsaw",
    website="https://www.zwl-lodz.pl",
    owner="ln",
    customer_since_years=6,
    relationship_years=12,
    cadence=ReviewCadence.QUARTERLY,
    business_plan=(
        "ZWŁ makes nonwovens for car interiors and medical masks. The plan: double medical "
        "capacity by 2026 with two new lines and cut energy cost per tonne by 15 %, as gas "
        "prices decide the margin."
    ),
    target_audience=(
        "Automotive interior suppliers (Tier 1) and European medical brands needing "
        "certified cleanroom nonwovens."
    ),
    usp="Cleanroom production under ISO 13485 and 48-hour delivery within the EU.",
    notes="Listed on the Warsaw exchange since 2019; capex needs supervisory board approval.",
    growth_per_quarter=D("0.03"),
    recurring=True,
    people=(
        Person("ceo", "Małgorzata Wiśniewska-Król", "Prezes Zarządu (CEO)", "Zarząd", None, 5,
               NE, 2, "ka"),
        Person("coo", "Krzysztof Dąbrowski", "Dyrektor Operacyjny (COO)", "Zarząd", "ceo", 5,
               CH, 4, "ln"),
        Person("cfo", "Paweł Łuczak", "Dyrektor Finansowy (CFO)", "Finanse", "ceo", 4, SC, 2,
               "ln"),
        Person("energy", "Agnieszka Żak", "Kierownik ds. Energii", "Utrzymanie Ruchu", "coo", 3,
               CH, 5, "mo", new=True),
        Person("maint", "Tomasz Michałowski", "Kierownik Utrzymania Ruchu", "Utrzymanie Ruchu",
               "coo", 3, SU, 4, "sb"),
        Person("plant", "Bożena Szymańska", "Kierownik Produkcji Medycznej", "Produkcja",
               "coo", 3, SU, 3, "ln", earlier=NE),
        Person("buyer", "Michał Zieliński", "Kupiec Strategiczny", "Zakupy", "cfo", 3, NE, 3,
               "tk"),
        Person("it", "Zofia Kamińska", "Kierownik IT", "IT", "cfo", 2, NE, 2, "mo"),
        Person("tech", "Łukasz Wójcik", "Technolog Linii 3", "Produkcja", "plant", 1, SU, 3),
        # Left over two years ago: due for the retention review (default 24 months).
        Person("old_it", "Jan Lewandowski", "Kierownik IT", "IT", "cfo", 2, SU, 3, "mo",
               left_days_ago=800),
    ),
    links=(
        Link("coo", "ceo", LinkKind.INFLUENCES),
        Link("energy", "coo", LinkKind.CLOSE_TO),
        Link("cfo", "coo", LinkKind.CONFLICT, "Capex versus opex for new lines."),
    ),
    centers=(
        Center("Energia i media", "Energy projects across both plants.",
               (("coo", DEC), ("energy", INI), ("maint", USR), ("buyer", BUY))),
        Center("Nowe linie medyczne", "Automation of the two new medical lines.",
               (("ceo", DEC), ("plant", INI), ("energy", INF), ("cfo", GAT), ("tech", USR))),
    ),
    goals=(
        GoalSpec(GK.CUSTOMER, "Energiekosten je Tonne um 15 % senken", "Energie je Tonne",
                 "MWh/t", Dir.DECREASE, D("2.40"), D("2.04"), 150, 215, "mo", ((90, 15), (20, 30))),
        GoalSpec(GK.INTERNAL, "Predictive Maintenance als Pilot verkaufen", "Pilotlinien",
                 "Anzahl", Dir.INCREASE, D("0"), D("1"), 160, 40, "ln", ()),
        GoalSpec(GK.CUSTOMER, "Ausschuss Linie 3 senken", "Ausschussquote", "%", Dir.DECREASE,
                 D("4.2"), D("2.5"), 260, 10, "ln", ((180, 20), (60, 70), (10, 100))),
    ),
    actions=(
        ActionSpec("Energie-Audit Werk 2 durchführen", "mo", -20, done=True, shared=True,
                   goal=0),
        ActionSpec("Pilotangebot Predictive Maintenance Linie 3", "ln", 12, goal=1),
        ActionSpec("Frau Żak zum Anwendertreffen einladen", "ln", 30, shared=True),
        ActionSpec("Kapitalwertrechnung für Herrn Łuczak", "tk", -5),
    ),
    units=(
        UnitSpec("Włókniny motoryzacyjne", "Automotive nonwovens, plant 1.", "AAAOAN?NAA"),
        UnitSpec("Włókniny medyczne", "Medical nonwovens, cleanroom.", "OOOOAPO?OA"),
        UnitSpec("Utrzymanie Ruchu", "Central maintenance.", "NNAONNNCAA"),
    ),
    opportunities=(
        OpportunitySpec("Energie-Monitoring Werk 2", OT.CROSS_SELL, "Energie-Monitoring", 1,
                        D("56000"), 3, 35, OS.OPEN, 100),
        OpportunitySpec("Predictive Maintenance Pilot Linie 3", OT.CROSS_SELL,
                        "Predictive Maintenance Analytics", 0, D("64000"), 1, 110, OS.OPEN, 40),
        OpportunitySpec("Automatisierung neue Medizinlinien", OT.NEW_BUSINESS,
                        "Robotik-Zelle Integration", 1, D("360000"), 0, 330, OS.OPEN, 20),
        OpportunitySpec("Wartungsvertrag Premium Verlängerung", OT.RENEWAL,
                        "Wartungsvertrag Premium", 0, D("36000"), 4, -70, OS.WON, 180),
    ),
    competitors=(
        CompetitorSpec("Energoprojekt Automatyka Sp. z o.o.", OURS,
                       "Polish integrator with energy references.",
                       "Runs the maintenance IT; sells audits below cost."),
        CompetitorSpec("Freudenberg Performance Materials", THEIRS, "Global nonwoven leader."),
        CompetitorSpec("Fibertex Nonwovens", THEIRS, "Strong in automotive."),
    ),
    needs=(
        NeedSpec("Energiekosten", "Gas and power are 18 % of cost of goods.",
                 "Energy monitoring per line and load shifting.", Priority.HIGH),
        NeedSpec("Schnellerer Anlauf neuer Linien", "The last line took 9 months to ramp up.",
                 "Robot cells pre-tested in our plant.", Priority.MEDIUM),
    ),
    swot=(
        ("Champion als COO.", "Energie-Thema passt genau zu unserem Angebot.",
         "Polnischsprachiger KAM."),
        ("CFO skeptisch gegenüber Opex-Modellen.", "Wenig Kontakt zur Vorstandsvorsitzenden.",
         "Kleine installierte Basis."),
        ("Zwei neue Medizinlinien.", "EU-Förderung für Energieeffizienz.",
         "Zweites Werk in Zgierz."),
        ("Lokaler Integrator in der Instandhaltung.", "Gaspreis-Schock kann Capex stoppen.",
         "Übernahmegerüchte."),
    ),
    team=(
        ("ka", TeamRole.EXECUTIVE_SPONSOR, "Vorstandskontakt."),
        ("ln", TeamRole.KAM, "Account-Plan."),
        ("mo", TeamRole.SPECIALIST, "Energie und Analytics."),
        ("sb", TeamRole.SERVICE, "Wartungsvertrag."),
    ),
    scores=(4, 3, 3, 4, 3, 4),
    earlier_scores=(3, 3, 3, 4, 3, 3),
    interactions=14,
    last_interaction_days_ago=12,
    reviews=3,
    last_review_days_ago=65,
    exported_days_ago=70,
    topics=(
        "Spotkanie w Łodzi: energy audit results for plant 2 presented to Pan Dąbrowski.",
        "Call with Pani Żak about load shifting on the drying ovens.",
        "E-mail to Pan Łuczak with the capex comparison for the medical lines.",
        "Visit to line 3 with Pan Wójcik; scrap causes walked through.",
    ),
)

EUROPE: tuple[PlannedAccount, ...] = (BRUEHL, DVORAK, LODZ)
