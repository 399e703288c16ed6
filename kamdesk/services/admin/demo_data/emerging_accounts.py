"""The partly planned emerging key accounts: little revenue yet, high growth potential.

They have a profile, a few stakeholders, one goal and an opportunity, and score high on
growth potential, so the scorecard recommends watching them; the rest of the plan is for
the user to fill in (the demo shows what an unfinished plan looks like).
"""

from __future__ import annotations

from decimal import Decimal as D

from kamdesk.domain.enums import Direction as Dir
from kamdesk.domain.enums import GoalKind as GK
from kamdesk.domain.enums import OpportunityStatus as OS
from kamdesk.domain.enums import OpportunityType as OT
from kamdesk.domain.enums import ReviewCadence, TeamRole, Tier
from kamdesk.services.admin.demo_data.key_accounts_europe import CH, DEC, INI, NE, SC, SU
from kamdesk.services.admin.demo_data.spec import (
    ActionSpec,
    Center,
    GoalSpec,
    OpportunitySpec,
    Person,
    PlannedAccount,
    UnitSpec,
)

SIMEK = PlannedAccount(
    name="Šimek Elektro a.s.",
    legal_name="Šimek Elektro, akciová společnost",
    tier=Tier.EMERGING,
    industry="EV charging equipment",
    employees=420,
    annual_revenue=D("64000000"),
    street="Křižíkova 41",
    postal_code="301 00",
    city="Plzeň",
    country="CZ",
    time_zone="Europe/Prague",
    website="https://www.simek-elektro.cz",
    owner="ln",
    customer_since_years=2,
    relationship_years=10,
    cadence=ReviewCadence.QUARTERLY,
    business_plan="Triple the output of wallboxes and DC chargers by 2026 in a new hall.",
    target_audience="Utilities and car dealers in Central Europe.",
    usp="Certified for six EU grid codes; fast custom housings.",
    notes="Growing 60 % a year; new hall needs automation from scratch.",
    growth_per_quarter=D("0.14"),
    recurring=False,
    people=(
        Person("ceo", "Ing. Vojtěch Šimek", "Generální ředitel", "Vedení", None, 5, SU, 3,
               "ln"),
        Person("prod", "Ing. Hana Kučerová", "Výrobní ředitelka", "Výroba", "ceo", 4, CH, 4,
               "ln"),
        Person("buyer", "Petr Černý", "Nákup", "Nákup", "ceo", 3, NE, 2, "tk"),
        Person("eng", "Tereza Procházková", "Automation Engineer", "Výroba", "prod", 2, SU, 3,
               "mo"),
    ),
    centers=(
        Center("Nová hala", "Automation of the new hall.",
               (("ceo", DEC), ("prod", INI), ("eng", INI))),
    ),
    goals=(
        GoalSpec(GK.INTERNAL, "Automation partner for the new hall", "Signed orders", "count",
                 Dir.INCREASE, D("0"), D("2"), 60, 240, "ln", ((10, 50),)),
    ),
    actions=(ActionSpec("Layout workshop for the new hall", "mo", 18, shared=True, goal=0),),
    units=(UnitSpec("Nová hala", "Opens in spring.", "OOO?OOO?O?"),),
    opportunities=(
        OpportunitySpec("Robot cells for the new hall", OT.NEW_BUSINESS,
                        "Robotik-Zelle Integration", 0, D("540000"), 1, 160, OS.OPEN, 50),
    ),
    team=(("ln", TeamRole.KAM, "Aufbau der Beziehung."),),
    scores=(2, 4, 3, 5, 3, 3),
    interactions=7,
    last_interaction_days_ago=16,
    topics=("Visit to the Plzeň site; new hall still a building site.",),
)

AESCHBACHER = PlannedAccount(
    name="Aeschbacher Medizintechnik AG",
    legal_name="Aeschbacher Medizintechnik AG",
    tier=Tier.EMERGING,
    industry="Medical technology",
    employees=610,
    annual_revenue=D("128000000"),
    street="Zürcherstrasse 77",
    postal_code="8400",
    city="Winterthur",
    country="CH",
    time_zone="Europe/Zurich",
    website="https://www.aeschbacher-medtech.ch",
    owner="ad",
    customer_since_years=1,
    relationship_years=12,
    cadence=ReviewCadence.QUARTERLY,
    business_plan="Move implant finishing from manual to automated cells by 2027.",
    target_audience="Orthopaedic OEMs in Europe and the US.",
    usp="Swiss quality and FDA-audited processes.",
    notes="First order (training) last year; the validation effort scares them.",
    growth_per_quarter=D("0.12"),
    recurring=False,
    people=(
        Person("coo", "Reto Aeschbacher", "COO", "Geschäftsleitung", None, 5, SU, 3, "ad"),
        Person("qa", "Dr. Corinne Lüthi", "Head of Quality & Regulatory", "Qualität", "coo", 4,
               SC, 2, "ad"),
        Person("eng", "Séverine Gisler", "Process Engineer", "Produktion", "coo", 2, CH, 4,
               "mo"),
    ),
    goals=(
        GoalSpec(GK.CUSTOMER, "Validated pilot cell", "Validation steps done", "count",
                 Dir.INCREASE, D("0"), D("6"), 90, 270, "mo", ((20, 17),)),
    ),
    opportunities=(
        OpportunitySpec("Automated finishing cell (pilot)", OT.NEW_BUSINESS,
                        "Robotik-Zelle Integration", None, D("260000"), 0, 200, OS.OPEN, 30),
    ),
    team=(("ad", TeamRole.KAM, "Aufbau der Beziehung."),),
    scores=(2, 4, 5, 5, 4, 3),
    interactions=5,
    last_interaction_days_ago=27,
)

TANAKA = PlannedAccount(
    name="Tanaka Robotics K.K.",
    legal_name="Tanaka Robotics Kabushiki Kaisha",
    tier=Tier.EMERGING,
    industry="Robotics",
    employees=530,
    annual_revenue=D("88000000"),
    street="Sakae 3-chōme 5-12",
    postal_code="430-0944",
    city="Hamamatsu",
    country="JP",
    time_zone="Asia/Tokyo",
    website="https://www.tanaka-robotics.co.jp",
    owner="jw",
    customer_since_years=2,
    relationship_years=8,
    cadence=ReviewCadence.HALF_YEARLY,
    business_plan="Enter the European market with collaborative robots in 2025.",
    target_audience="European SMEs automating small-batch assembly.",
    usp="Low-cost cobots with Japanese reliability.",
    notes="Interested in us as a European integration partner, not only as a supplier.",
    growth_per_quarter=D("0.10"),
    recurring=False,
    people=(
        Person("ceo", "Tanaka Hiroshi", "Representative Director", "Management", None, 5, SU, 2,
               "ka"),
        Person("bd", "Watanabe Yuki", "General Manager Overseas Business", "Sales", "ceo", 4,
               CH, 4, "jw"),
        Person("eng", "Ōno Sōta", "Chief Engineer", "R&D", "ceo", 3, NE, 2, "mo"),
    ),
    goals=(
        GoalSpec(GK.INTERNAL, "Partner agreement Europe", "Agreements", "count", Dir.INCREASE,
                 D("0"), D("1"), 120, 180, "jw", ()),
    ),
    opportunities=(
        OpportunitySpec("Integration partnership Europe", OT.NEW_BUSINESS,
                        "Robotik-Zelle Integration", None, D("150000"), 1, 180, OS.OPEN, 70),
    ),
    team=(("jw", TeamRole.KAM, "Partnerschaft Europa."),),
    scores=(1, 3, 3, 5, 4, 3),
    interactions=5,
    last_interaction_days_ago=33,
)

EMERGING: tuple[PlannedAccount, ...] = (SIMEK, AESCHBACHER, TANAKA)
