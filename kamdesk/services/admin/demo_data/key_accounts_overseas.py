"""The fully planned overseas key accounts of the demo: Kessler (US) and Meridian (SG).

Planted on purpose: Meridian Wafer Technologies is the neglected key account – nobody has
been in touch for about two months (longer than the 45 days a key account tolerates) – and
it has never had its plan exported. Kessler runs a monthly review cadence in US Central
time, so meeting times cross seven hours.
"""

from __future__ import annotations

from decimal import Decimal as D

from kamdesk.domain.enums import Direction as Dir
from kamdesk.domain.enums import GoalKind as GK
from kamdesk.domain.enums import InteractionKind, LinkKind, Priority, ReviewCadence, TeamRole, Tier
from kamdesk.domain.enums import OpportunityStatus as OS
from kamdesk.domain.enums import OpportunityType as OT
from kamdesk.services.admin.demo_data.key_accounts_europe import (
    BUY,
    CH,
    DEC,
    GAT,
    INF,
    INI,
    NE,
    OURS,
    SC,
    SU,
    THEIRS,
    USR,
)
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

KESSLER = PlannedAccount(
    name="Kessler Packaging Inc.",
    legal_name="Kessler Packaging Incorporated",
    tier=Tier.KEY,
    industry="Packaging machinery",
    employees=1400,
    annual_revenue=D("265000000"),
    street="1200 W Canal St",
    postal_code="WI 53233",
    city="Milwaukee",
    country="US",
    time_zone="America/Chicago",
    website="https://www.kesslerpack.com",
    owner="ad",
    customer_since_years=7,
    relationship_years=12,
    cadence=ReviewCadence.MONTHLY,
    business_plan=(
        "Kessler builds form-fill-seal lines for food and pet food. Founded by German "
        "emigrants in 1952, now private-equity owned; the plan is 10 % organic growth a year "
        "and an exit in 2027, so every investment must show payback within 18 months."
    ),
    target_audience=(
        "North American food and pet-food producers with high-mix lines and frequent "
        "changeovers; buyers are plant engineering and corporate procurement."
    ),
    usp="Changeover under 12 minutes and a service network covering 38 states.",
    notes=(
        "The PE owner (Lakeshore Capital) sits on the board; quarterly business reviews are "
        "expected in English with US dollar figures. Mind the time difference: 7 hours."
    ),
    growth_per_quarter=D("0.035"),
    recurring=False,
    people=(
        Person("ceo", "Richard Kessler III", "President & CEO", "Executive", None, 5, SU, 3,
               "ka"),
        Person("cfo", "Linda Moreno", "Chief Financial Officer", "Finance", "ceo", 5, SC, 2,
               "ka", notes="Former PE analyst; reads every payback calculation."),
        Person("vpops", "Brian Schultz", "VP Operations", "Operations", "ceo", 4, CH, 5, "ad"),
        Person("vpeng", "Dr. Anika Hofstetter", "VP Engineering", "Engineering", "ceo", 4, SU,
               4, "mo", earlier=NE),
        Person("proc", "Kevin O'Brien", "Director Corporate Procurement", "Procurement", "cfo",
               4, NE, 2, "tk"),
        Person("plant", "Maria Kowalczyk", "Plant Manager Milwaukee", "Operations", "vpops", 3,
               CH, 5, "ad"),
        Person("plant2", "DeShawn Carter", "Plant Manager Greenville", "Operations", "vpops", 3,
               NE, 2, "ad", new=True),
        Person("ctrls", "Emily Nguyen", "Controls Engineering Manager", "Engineering", "vpeng",
               3, CH, 4, "mo"),
        Person("svc", "James Patel", "Director Field Service", "Service", "vpops", 3, SU, 3,
               "sb"),
        Person("it", "Robert Hughes", "IT Director", "IT", "cfo", 3, SC, 2, "mo"),
        Person("buyer", "Ashley Rivera", "Senior Buyer Automation", "Procurement", "proc", 2,
               SU, 3, "tk"),
        Person("old_vp", "Gary Thompson", "VP Engineering", "Engineering", "ceo", 4, CH, 5,
               "mo", left_days_ago=260),
    ),
    links=(
        Link("cfo", "ceo", LinkKind.INFLUENCES, "Reports to the PE board as well."),
        Link("vpops", "vpeng", LinkKind.CLOSE_TO),
        Link("it", "ctrls", LinkKind.CONFLICT, "Who owns the machine network."),
    ),
    centers=(
        Center("Plant Engineering Milwaukee", "Line upgrades at the main plant.",
               (("vpops", DEC), ("plant", INI), ("ctrls", INF), ("buyer", BUY), ("it", GAT))),
        Center("Connected Machines", "Remote service for machines at Kessler's customers.",
               (("vpeng", DEC), ("ctrls", INI), ("svc", USR), ("proc", BUY))),
    ),
    goals=(
        GoalSpec(GK.CUSTOMER, "Cut changeover time on line 7 to 12 minutes", "Changeover",
                 "min", Dir.DECREASE, D("19"), D("12"), 120, 120, "mo", ((80, 20), (15, 45))),
        GoalSpec(GK.INTERNAL, "Connected Machines pilot signed", "Pilot contracts", "count",
                 Dir.INCREASE, D("0"), D("1"), 200, -30, "ad", ((100, 0),)),
        GoalSpec(GK.INTERNAL, "Share of wallet in automation spend", "Share of wallet", "%",
                 Dir.INCREASE, D("12"), D("20"), 300, 65, "ad", ((200, 25), (90, 60), (20, 85))),
    ),
    actions=(
        ActionSpec("Payback model for Linda Moreno (18 months)", "ad", -8),
        ActionSpec("Changeover study on line 7 with Emily Nguyen", "mo", -45, done=True,
                   shared=True, goal=0),
        ActionSpec("Intro call with DeShawn Carter (Greenville)", "ad", 6),
        ActionSpec("Remote service SLA draft", "sb", 20, shared=True, goal=1),
        ActionSpec("Network segmentation proposal for Robert Hughes", "mo", 35),
    ),
    units=(
        UnitSpec("Milwaukee Plant", "Main plant, 9 assembly lines.", "AAAONAPCAA"),
        UnitSpec("Greenville Plant", "Acquired 2022.", "??OONOO?NO"),
        UnitSpec("Aftermarket & Service", "Spare parts and field service.", "NNOPNNNNAA"),
    ),
    opportunities=(
        OpportunitySpec("Robot palletizing cell line 7", OT.UPSELL, "Robotik-Zelle Integration",
                        0, D("310000"), 3, 30, OS.OPEN, 130),
        OpportunitySpec("Connected Machines remote service", OT.NEW_BUSINESS,
                        "Predictive Maintenance Analytics", 2, D("220000"), 1, 150, OS.OPEN, 200),
        OpportunitySpec("MES for Greenville", OT.CROSS_SELL, "MES Lizenz", 1, D("170000"), 0,
                        270, OS.OPEN, 15),
        OpportunitySpec("Premium service renewal", OT.RENEWAL, "Wartungsvertrag Premium", 0,
                        D("72000"), 4, -90, OS.WON, 200),
        OpportunitySpec("OT security assessment", OT.CROSS_SELL, "OT-Security Audit", 0,
                        D("26000"), 2, -40, OS.LOST, 150,
                        lost_reason="IT chose their managed-security provider."),
    ),
    competitors=(
        CompetitorSpec("Rockwell Automation (FactoryTalk)", OURS, "US installed base, IT trust.",
                       "Owns the Milwaukee network; pushes FactoryTalk MES."),
        CompetitorSpec("ProMach", THEIRS, "Broad portfolio through acquisitions."),
        CompetitorSpec("Bosch Packaging (Syntegon)", THEIRS, "Premium brand in food."),
    ),
    needs=(
        NeedSpec("Changeover time", "Customers run 20 SKUs per line and week.",
                 "Recipe management and guided changeover in MES.", Priority.HIGH),
        NeedSpec("Service revenue for the exit story", "PE owner wants recurring revenue.",
                 "Connected Machines as a white-label subscription.", Priority.HIGH),
        NeedSpec("Skilled technicians", "Field service cannot hire fast enough.",
                 "Remote diagnostics and training.", Priority.MEDIUM),
    ),
    swot=(
        ("Strong champions in operations.", "Proven on line 3 since 2019.",
         "German roots help: they like our engineering."),
        ("CFO doubts every payback.", "IT prefers Rockwell.", "Seven hours of time difference."),
        ("Connected Machines fits the PE exit story.", "Greenville plant without MES.",
         "Robot palletizing on all lines."),
        ("Rockwell's installed base.", "Exit in 2027 may freeze budgets.",
         "Tariffs on European equipment."),
    ),
    team=(
        ("ka", TeamRole.EXECUTIVE_SPONSOR, "CEO relationship; board meetings."),
        ("ad", TeamRole.KAM, "Account plan, monthly reviews."),
        ("mo", TeamRole.SPECIALIST, "Controls and MES."),
        ("sb", TeamRole.SERVICE, "Service SLA and US partner."),
    ),
    scores=(4, 4, 4, 4, 3, 4),
    earlier_scores=(4, 3, 4, 4, 3, 4),
    interactions=20,
    last_interaction_days_ago=3,
    reviews=4,
    last_review_days_ago=18,
    exported_days_ago=25,
    topics=(
        "Video call with Brian Schultz and Maria Kowalczyk on the line 7 changeover study.",
        "Monthly business review; Linda Moreno asked for the payback model again.",
        "Site visit Milwaukee: palletizing layout walked through with controls engineering.",
        "E-mail to Kevin O'Brien with the revised pricing in US dollars.",
    ),
)

MERIDIAN = PlannedAccount(
    name="Meridian Wafer Technologies Pte. Ltd.",
    legal_name="Meridian Wafer Technologies Private Limited",
    tier=Tier.KEY,
    industry="Semiconductors",
    employees=780,
    annual_revenue=D("195000000"),
    street="21 Woodlands Loop",
    postal_code="738 099",
    city="Singapore",
    country="SG",
    time_zone="Asia/Singapore",
    website="https://www.meridianwafer.sg",
    owner="jw",
    customer_since_years=4,
    relationship_years=10,
    cadence=ReviewCadence.QUARTERLY,
    business_plan=(
        "Meridian does wafer back-end (dicing, packaging, test) for European chip makers and "
        "is building a second fab in Penang. The plan is to raise yield to 99.2 % and to be "
        "the preferred back-end partner for automotive-grade chips."
    ),
    target_audience="European and Japanese automotive chip makers needing AEC-Q100 traceability.",
    usp="Full traceability per die and 24/7 engineering support in English and German.",
    notes=(
        "Our contact went quiet after the management change; the new COO has not met us yet. "
        "Time zone: six to seven hours ahead of us – call before 10:00 our time."
    ),
    growth_per_quarter=D("-0.02"),
    recurring=True,
    people=(
        Person("ceo", "Dr. Tan Wei Ming", "Chief Executive Officer", "Management", None, 5, NE,
               2, "ka"),
        Person("coo", "Priya Subramaniam", "Chief Operating Officer", "Operations", "ceo", 5,
               NE, 1, "jw", new=True),
        Person("cfo", "Jonathan Lim", "Chief Financial Officer", "Finance", "ceo", 4, SC, 2,
               "ka"),
        Person("fab", "Goh Kai Xiang", "Fab Director", "Operations", "coo", 4, CH, 4, "jw"),
        Person("eq", "Siti Rahman", "Equipment Engineering Manager", "Engineering", "fab", 3,
               SU, 4, "mo"),
        Person("yield", "Dr. Markus Lindqvist", "Head of Yield Engineering", "Engineering",
               "fab", 3, SU, 3, "mo", earlier=CH),
        Person("proc", "Wong Mei Hua", "Procurement Manager", "Procurement", "cfo", 3, NE, 2,
               "tk"),
        Person("it", "Arjun Rajan", "IT & Automation Lead", "IT", "coo", 2, NE, 2, "mo"),
        Person("old_coo", "Dr. Heinz-Peter Vollmer", "Chief Operating Officer", "Operations",
               "ceo", 5, CH, 5, "jw", left_days_ago=95,
               notes="Our sponsor since 2020; returned to Germany."),
    ),
    links=(
        Link("fab", "coo", LinkKind.INFLUENCES),
        Link("yield", "eq", LinkKind.CLOSE_TO),
    ),
    centers=(
        Center("Fab Automation Singapore", "Equipment monitoring and MES for the fab.",
               (("coo", DEC), ("fab", INI), ("eq", USR), ("yield", INF), ("proc", BUY))),
        Center("Penang Expansion", "Second fab, equipment and software.",
               (("ceo", DEC), ("cfo", GAT), ("fab", INF), ("it", USR))),
    ),
    goals=(
        GoalSpec(GK.CUSTOMER, "Raise back-end yield to 99.2 %", "Yield", "%", Dir.INCREASE,
                 D("98.4"), D("99.2"), 240, 125, "mo", ((180, 20), (100, 40), (70, 45))),
        GoalSpec(GK.INTERNAL, "Meet the new COO", "Meetings with the COO", "count",
                 Dir.INCREASE, D("0"), D("1"), 80, 20, "jw", ()),
    ),
    actions=(
        ActionSpec("Introduction to Priya Subramaniam via Goh Kai Xiang", "jw", -20),
        ActionSpec("Yield dashboard v2 for Dr. Lindqvist", "mo", -50, done=True, shared=True,
                   goal=0),
        ActionSpec("Penang equipment list requested", "jw", 15),
    ),
    units=(
        UnitSpec("Fab Singapore", "Dicing, packaging and test.", "AAAONA?CAA"),
        UnitSpec("Fab Penang (in construction)", "Opens next year.", "OOOOONN?OO"),
        UnitSpec("Engineering Services", "Customer-facing engineering.", "NNN?NNNNNA"),
    ),
    opportunities=(
        OpportunitySpec("MES for Penang", OT.NEW_BUSINESS, "MES Lizenz", 1, D("290000"), 1, 220,
                        OS.OPEN, 120),
        OpportunitySpec("Predictive Maintenance dicing saws", OT.CROSS_SELL,
                        "Predictive Maintenance Analytics", 0, D("64000"), 2, 60, OS.OPEN, 150),
        OpportunitySpec("Service contract renewal", OT.RENEWAL, "Wartungsvertrag Premium", 0,
                        D("36000"), 3, 25, OS.OPEN, 90),
    ),
    competitors=(
        CompetitorSpec("Applied Materials (SmartFactory)", OURS, "Semiconductor specialist.",
                       "Offered MES for Penang at a steep discount."),
        CompetitorSpec("ASE Group", THEIRS, "Largest back-end provider worldwide."),
    ),
    needs=(
        NeedSpec("Yield", "Every 0.1 % yield is worth about 1.3 M SGD a year.",
                 "Equipment monitoring tied to yield data.", Priority.HIGH),
        NeedSpec("Copy-exact Penang", "Penang must run exactly like Singapore.",
                 "Same MES template for both fabs.", Priority.HIGH),
    ),
    swot=(
        ("Installed base in the Singapore fab.", "Champion Goh Kai Xiang.",
         "German-speaking support."),
        ("Sponsor Dr. Vollmer has left.", "No contact for two months.",
         "Time difference to our team."),
        ("Penang fab from scratch.", "Automotive-grade traceability demand."),
        ("Applied Materials discounting.", "New COO may consolidate suppliers.",
         "Currency risk SGD/EUR."),
    ),
    team=(
        ("ka", TeamRole.EXECUTIVE_SPONSOR, "CEO contact."),
        ("jw", TeamRole.KAM, "Account plan."),
        ("mo", TeamRole.SPECIALIST, "Yield analytics."),
    ),
    scores=(4, 4, 3, 4, 3, 2),
    earlier_scores=(4, 4, 3, 4, 3, 4),
    interactions=10,
    last_interaction_days_ago=58,
    interaction_kinds=(InteractionKind.CALL, InteractionKind.EMAIL, InteractionKind.MEETING),
    reviews=3,
    last_review_days_ago=70,
    topics=(
        "Video call with Goh Kai Xiang: dicing saw vibration data reviewed.",
        "Farewell call with Dr. Vollmer; he promised an introduction to the new COO.",
        "E-mail to Wong Mei Hua with the renewal offer in SGD.",
    ),
)

OVERSEAS: tuple[PlannedAccount, ...] = (KESSLER, MERIDIAN)
