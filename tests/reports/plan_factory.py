"""Account plans for the report tests: a rich one, a hostile/extreme one, a big one.

``MARKERS`` are unique strings placed only in internal fields of the rich plan; the client
version of its PDF must contain none of them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from kamdesk.domain.enums import (
    Attitude,
    BuyingRole,
    CellStatus,
    CompetitorKind,
    Criterion,
    Direction,
    GoalKind,
    GoalStatus,
    InteractionKind,
    LinkKind,
    OpportunityStatus,
    OpportunityType,
    Priority,
    ReviewCadence,
    ReviewKind,
    SwotKind,
    TeamRole,
    Tier,
)
from kamdesk.domain.plan import (
    AccountPlan,
    AccountProfile,
    ActionEntry,
    BuyingCenterEntry,
    CompetitorEntry,
    CoverageEntry,
    GoalEntry,
    GoalUpdateEntry,
    InteractionEntry,
    LinkEntry,
    MemberEntry,
    NeedEntry,
    OpportunityEntry,
    Pipeline,
    PlanMeta,
    QuarterValue,
    RevenueRow,
    RevenueSummary,
    ReviewEntry,
    Scorecard,
    ScoreEntry,
    StakeholderEntry,
    SwotEntry,
    TeamEntry,
    ValueTotal,
    Whitespace,
    WhitespaceCellEntry,
    WhitespaceTotals,
)

TODAY = dt.date(2025, 11, 14)

# Unique strings that live only in internal fields (checked absent from the client PDF).
MARKERS = {
    "account_note": "ZQINTNOTE",
    "stakeholder_note": "ZQPERSONNOTE",
    "owner": "Zorbas Qualm",
    "owner_initials": "ZQ",
    "internal_goal": "ZQINTGOAL",
    "competitor": "ZQCOMPETITOR",
    "competitor_notes": "ZQCOMPNOTE",
    "swot": "ZQSWOTTEXT",
    "whitespace_unit": "ZQWSUNIT",
    "whitespace_offering": "ZQWSOFFER",
    "opportunity": "ZQOPPTITLE",
    "action_private": "ZQPRIVATEACTION",
    "review_internal": "ZQINTREVIEW",
    "next_steps": "ZQNEXTSTEP",
    "buying_center": "ZQBUYCENTER",
    "left_person": "Zqleft Person",
    "clv": "987,654",
    "goal_update_note": "ZQUPDATENOTE",
    "link_note": "ZQLINKNOTE",
    "department_gap": "ZQNODEPT",
    "interaction_unshared": "ZQMEETINGNOTE",
    "review_unshared": "ZQCLIENTREVIEWNOTE",
    "need_response": "ZQOURRESPONSE",
}

DEPARTMENTS = (
    "Executive board",
    "Procurement",
    "IT",
    "Production",
    "Finance",
    "Quality",
    "Logistics",
    "Research",
)
TITLES = ("Head of", "Director", "Manager", "Lead engineer", "Buyer", "Analyst")
ATTITUDES = list(Attitude)


def meta(**changes: object) -> PlanMeta:
    values: dict[str, object] = dict(
        company_name="Nordwerk Systems GmbH",
        currency="EUR",
        locale="de_DE",
        fiscal_year=2025,
        fiscal_year_start_month=1,
        prepared_on=TODAY,
        kam="Anna Becker",
        version=3,
        logo_png=None,
    )
    values.update(changes)
    return PlanMeta(**values)  # type: ignore[arg-type]


def profile(**changes: object) -> AccountProfile:
    values: dict[str, object] = dict(
        id=1,
        name="Helios Maschinenbau AG",
        legal_name="Helios Maschinenbau AG",
        industry="Mechanical engineering",
        employees=4200,
        annual_revenue=Decimal("812000000"),
        street="Werkstraße 12",
        postal_code="70173",
        city="Stuttgart",
        country="Germany",
        time_zone="Europe/Berlin",
        website="https://www.helios-maschinenbau.example",
        tier=Tier.KEY,
        owner="Anna Becker",
        customer_since=dt.date(2016, 3, 1),
        expected_relationship_years=10,
        review_cadence=ReviewCadence.QUARTERLY,
        business_plan="Helios wants to double its service revenue by 2028 and move its "
        "production lines to predictive maintenance.\n\nA new plant in Brno opens in 2026.",
        target_audience="Automotive suppliers and food-processing plants in Central Europe.",
        usp="Machines that run 20 years with a service contract that guarantees uptime.",
        notes=f"{MARKERS['account_note']} Budget freeze rumoured for Q1.",
        last_contact=dt.date(2025, 10, 30),
    )
    values.update(changes)
    return AccountProfile(**values)  # type: ignore[arg-type]


def stakeholders(
    count: int,
    *,
    departments: tuple[str, ...] = DEPARTMENTS,
) -> tuple[StakeholderEntry, ...]:
    """``count`` people in a believable hierarchy: a CEO, department heads, teams."""
    people: list[StakeholderEntry] = []
    heads: dict[str, int] = {}
    for index in range(count):
        ident = index + 1
        if index == 0:
            department, reports, title = departments[0], None, "Chief executive officer"
        else:
            department = departments[index % len(departments)]
            if department not in heads:
                heads[department] = ident
                reports, title = 1, f"Head of {department}"
            else:
                reports = heads[department]
                title = f"{TITLES[index % len(TITLES)]} {department}"
        attitude = ATTITUDES[index % len(ATTITUDES)]
        people.append(
            StakeholderEntry(
                id=ident,
                name=f"Person {ident:03d} {['Müller', 'Schmidt', 'Weber'][index % 3]}",
                title=title,
                department=department,
                email=f"p{ident}@helios.example",
                phone="+49 711 5555",
                reports_to=None,
                reports_to_id=reports,
                attitude=attitude,
                influence=1 + index % 5,
                relationship_strength=1 + (index * 2) % 5,
                owner="Anna Becker",
                owner_initials="AB",
                last_contact=TODAY - dt.timedelta(days=10 * (index % 20)),
                freshness=("fresh", "ageing", "stale", "never")[index % 4],
                left=None,
                notes="",
                buying_centers=(),
            )
        )
    names = {p.id: p.name for p in people}
    return tuple(
        StakeholderEntry(**{**p.__dict__, "reports_to": names.get(p.reports_to_id or -1)})
        for p in people
    )


def rich_plan() -> AccountPlan:
    """A plan with every section filled, internal markers in internal fields."""
    people = list(stakeholders(12))
    people[0] = StakeholderEntry(
        **{
            **people[0].__dict__,
            "name": "Dr. Katrin Vogel",
            "attitude": Attitude.CHAMPION,
            "influence": 5,
            "notes": MARKERS["stakeholder_note"],
            "owner": MARKERS["owner"],
            "owner_initials": MARKERS["owner_initials"],
        }
    )
    people[2] = StakeholderEntry(
        **{
            **people[2].__dict__,
            "name": "Jonas Hartmann",
            "attitude": Attitude.BLOCKER,
            "influence": 4,
        }
    )
    people.append(
        StakeholderEntry(
            id=99,
            name=MARKERS["left_person"],
            title="Former CIO",
            department="IT",
            email="",
            phone="",
            reports_to=None,
            reports_to_id=1,
            attitude=Attitude.SUPPORTER,
            influence=3,
            relationship_strength=3,
            owner="Anna Becker",
            owner_initials="AB",
            last_contact=dt.date(2024, 1, 5),
            freshness="stale",
            left=dt.date(2024, 6, 30),
            notes="",
            buying_centers=(),
        )
    )
    goals = (
        GoalEntry(
            title="Cut unplanned downtime at Plant Stuttgart",
            kind=GoalKind.CUSTOMER,
            metric="Unplanned downtime",
            unit="h/month",
            direction=Direction.DECREASE,
            baseline=Decimal(40),
            target=Decimal(10),
            current=Decimal(22),
            start=dt.date(2025, 1, 1),
            due=dt.date(2025, 12, 31),
            status=GoalStatus.ON_TRACK,
            progress=Decimal("0.6"),
            owner="Anna Becker",
            updates=(
                GoalUpdateEntry(dt.date(2025, 10, 1), Decimal(22), MARKERS["goal_update_note"]),
            ),
        ),
        GoalEntry(
            title="Roll out remote monitoring to 3 lines",
            kind=GoalKind.CUSTOMER,
            metric="Lines connected",
            unit="lines",
            direction=Direction.INCREASE,
            baseline=Decimal(0),
            target=Decimal(3),
            current=Decimal(1),
            start=dt.date(2025, 1, 1),
            due=dt.date(2025, 9, 30),
            status=GoalStatus.OVERDUE,
            progress=Decimal("0.33"),
            owner="Tom Krüger",
            updates=(),
        ),
        GoalEntry(
            title=f"{MARKERS['internal_goal']} Raise share of wallet",
            kind=GoalKind.INTERNAL,
            metric="Share of wallet",
            unit="%",
            direction=Direction.INCREASE,
            baseline=Decimal(18),
            target=Decimal(30),
            current=Decimal(20),
            start=dt.date(2025, 1, 1),
            due=dt.date(2025, 12, 31),
            status=GoalStatus.OFF_TRACK,
            progress=Decimal("0.17"),
            owner="Anna Becker",
            updates=(),
        ),
    )
    actions = (
        ActionEntry(
            "Workshop on predictive maintenance",
            "Anna Becker",
            dt.date(2025, 12, 5),
            False,
            None,
            goals[0].title,
            True,
            False,
        ),
        ActionEntry(
            "Send the uptime report for Q3",
            "Tom Krüger",
            dt.date(2025, 10, 15),
            True,
            dt.date(2025, 10, 14),
            None,
            True,
            False,
        ),
        ActionEntry(
            f"{MARKERS['action_private']} Escalate pricing to board",
            "Anna Becker",
            dt.date(2025, 11, 1),
            False,
            None,
            goals[2].title,
            False,
            True,
        ),
    )
    units = ("Plant Stuttgart", "Plant Brno", "Service division", MARKERS["whitespace_unit"])
    offerings = (
        "Maintenance contracts",
        "Remote monitoring",
        "Spare parts",
        "Training",
        "Retrofits",
        "Software",
        "Consulting",
        MARKERS["whitespace_offering"],
    )
    statuses = list(CellStatus)
    cells = tuple(
        WhitespaceCellEntry(
            unit,
            offering,
            statuses[(i + j) % len(statuses)],
            Decimal(25000 * (1 + (i + j) % 4)) if (i + j) % 3 else None,
            "Rivalco" if statuses[(i + j) % len(statuses)] == CellStatus.COMPETITOR else None,
            "Pilot planned" if (i, j) == (0, 1) else "",
        )
        for i, unit in enumerate(units)
        for j, offering in enumerate(offerings)
    )
    whitespace = Whitespace(
        units,
        offerings,
        cells,
        WhitespaceTotals(
            Decimal(250000),
            Decimal(400000),
            Decimal("0.35"),
            tuple(ValueTotal(u, Decimal(50000), Decimal(100000)) for u in units),
            tuple(ValueTotal(o, Decimal(30000), Decimal(50000)) for o in offerings),
        ),
    )
    revenue = []
    for k in range(8):
        year, quarter = 2024 + k // 4, 1 + k % 4
        actual = Decimal(400000 + 25000 * k)
        plan_value = Decimal(420000 + 20000 * k)
        revenue.append(
            RevenueRow(
                year,
                quarter,
                actual,
                plan_value,
                True,
                Decimal("0.05") if k else None,
                Decimal("0.2") if k >= 4 else None,
                (actual - plan_value) / plan_value,
            )
        )
    return AccountPlan(
        meta=meta(),
        account=profile(),
        competitors=(
            CompetitorEntry(
                MARKERS["competitor"],
                CompetitorKind.OURS,
                "Cheap spare parts",
                MARKERS["competitor_notes"],
            ),
        ),
        needs=(
            NeedEntry(
                "Less downtime",
                "Unplanned stops cost 50 k€ per hour.",
                f"{MARKERS['need_response']} Remote monitoring with 24/7 alerts.",
                Priority.HIGH,
            ),
            NeedEntry(
                "Skilled staff",
                "Few trained maintenance staff in Brno.",
                "Training academy on site.",
                Priority.MEDIUM,
            ),
        ),
        swot=(
            SwotEntry(SwotKind.STRENGTH, f"{MARKERS['swot']} Installed base of 140 machines"),
            SwotEntry(SwotKind.WEAKNESS, "Slow spare-part delivery to Brno"),
            SwotEntry(SwotKind.OPPORTUNITY, "New plant in 2026"),
            SwotEntry(SwotKind.THREAT, "Low-cost competitor in spare parts"),
        ),
        team=(
            TeamEntry(
                "Anna Becker",
                TeamRole.KAM,
                "anna.becker@nordwerk.example",
                "Key account manager",
                "Plan, relationship, pricing",
            ),
            TeamEntry(
                "Dr. Felix Braun",
                TeamRole.EXECUTIVE_SPONSOR,
                "felix.braun@nordwerk.example",
                "COO",
                "Board contact",
            ),
            TeamEntry(
                "Tom Krüger",
                TeamRole.SERVICE,
                "tom.krueger@nordwerk.example",
                "Service lead",
                "Uptime reporting",
            ),
        ),
        interactions=(
            InteractionEntry(
                dt.date(2025, 10, 30),
                InteractionKind.MEETING,
                ("Dr. Katrin Vogel",),
                "Quarterly review",
                MARKERS["next_steps"],
            ),
            InteractionEntry(
                dt.date(2025, 10, 2),
                InteractionKind.VISIT,
                ("Jonas Hartmann",),
                "Plant tour in Brno with the maintenance team",
                "Send the training academy brochure",
                shared_with_client=True,
            ),
            InteractionEntry(
                dt.date(2025, 9, 12),
                InteractionKind.CALL,
                ("Jonas Hartmann",),
                f"{MARKERS['interaction_unshared']} Procurement wants 5 % off",
                "",
            ),
        ),
        stakeholders=tuple(people),
        links=(
            LinkEntry(
                "Dr. Katrin Vogel",
                "Jonas Hartmann",
                1,
                3,
                LinkKind.INFLUENCES,
                MARKERS["link_note"],
            ),
            LinkEntry("Jonas Hartmann", people[4].name, 3, 5, LinkKind.CONFLICT, ""),
            LinkEntry(people[5].name, people[6].name, 6, 7, LinkKind.CLOSE_TO, ""),
        ),
        buying_centers=(
            BuyingCenterEntry(
                MARKERS["buying_center"],
                "Decides on service contracts.",
                (
                    MemberEntry(
                        "Dr. Katrin Vogel",
                        "CEO",
                        BuyingRole.DECIDER,
                        Attitude.CHAMPION,
                        5,
                        "Anna Becker",
                        False,
                    ),
                    MemberEntry(
                        "Jonas Hartmann",
                        "Head of Procurement",
                        BuyingRole.BUYER,
                        Attitude.BLOCKER,
                        4,
                        None,
                        False,
                    ),
                ),
                CoverageEntry(
                    True, True, ("Jonas Hartmann",), ("Jonas Hartmann",), (), ("blocker", "unowned")
                ),
            ),
        ),
        departments_without_contact=(MARKERS["department_gap"],),
        goals=goals,
        actions=actions,
        revenue=tuple(revenue),
        revenue_summary=RevenueSummary(
            Decimal(1850000), Decimal(1600000), Decimal("987654"), 2025, 4
        ),
        reviews=(
            ReviewEntry(
                dt.date(2025, 9, 20),
                ReviewKind.CLIENT,
                "Vogel, Becker",
                "Joint review of uptime",
                "Agreed the workshop",
                dt.date(2025, 12, 20),
                shared_with_client=True,
            ),
            ReviewEntry(
                dt.date(2025, 6, 18),
                ReviewKind.CLIENT,
                "Vogel, Becker",
                f"{MARKERS['review_unshared']} Pipeline walked through",
                "Focus: remote monitoring upsell",
                dt.date(2025, 9, 20),
            ),
            ReviewEntry(
                dt.date(2025, 8, 1),
                ReviewKind.INTERNAL,
                "Becker, Braun",
                MARKERS["review_internal"],
                "Price strategy",
                None,
            ),
        ),
        next_review=dt.date(2025, 12, 20),
        review_overdue=False,
        changes_since_last_review={
            "stakeholders_added": [
                {
                    "name": "Jonas Hartmann",
                    "title": "Head of Procurement",
                    "department": "Procurement",
                    "reason": None,
                }
            ],
            "attitude_changes": [
                {"name": "Jonas Hartmann", "before": "neutral", "after": "blocker"}
            ],
            "goals_added": ["Cut unplanned downtime at Plant Stuttgart"],
        },
        whitespace=whitespace,
        opportunities=(
            OpportunityEntry(
                f"{MARKERS['opportunity']} Remote monitoring Brno",
                OpportunityType.CROSS_SELL,
                "Remote monitoring",
                "Plant Brno",
                Decimal(180000),
                60,
                "Proposal",
                dt.date(2026, 2, 28),
                OpportunityStatus.OPEN,
                "",
            ),
            OpportunityEntry(
                "Service renewal 2026",
                OpportunityType.RENEWAL,
                "Maintenance contracts",
                "Plant Stuttgart",
                Decimal(420000),
                90,
                "Negotiation",
                dt.date(2025, 12, 31),
                OpportunityStatus.OPEN,
                "",
            ),
        ),
        pipeline=Pipeline(
            Decimal(486000),
            (QuarterValue(2025, 4, Decimal(378000)), QuarterValue(2026, 1, Decimal(108000))),
            Decimal(120000),
        ),
        scorecard=Scorecard(
            (
                ScoreEntry(Criterion.REVENUE_SHARE, 5, TODAY),
                ScoreEntry(Criterion.RELATIONSHIP, 4, TODAY),
            ),
            Decimal("4.4"),
            Tier.KEY,
            (),
        ),
    )


def empty_plan() -> AccountPlan:
    """A plan with every section empty."""
    return AccountPlan(
        meta=meta(kam=None),
        account=profile(
            legal_name="",
            industry="",
            employees=None,
            annual_revenue=None,
            street="",
            postal_code="",
            city="",
            country="",
            time_zone="",
            website="",
            owner=None,
            customer_since=None,
            business_plan="",
            target_audience="",
            usp="",
            notes="",
            last_contact=None,
        ),
    )


HOSTILE = "<b>bold?</b> & AT&T <img src=x> ]]> <unknown> a<b"
ARABIC = "مرحبا بالعالم"
HEBREW = "שלום עולם"
EMOJI = "🚀✨"
CONTROL = "bell\x07null\x00esc\x1b"
LONG_WORD = "Supercalifragilistic" * 4  # 80 characters, no space
LONG_URL = "https://example.com/" + "a" * 150 + "?q=1&r=2"
LONG_NOTE = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 90)[:5000]


def hostile_plan(count: int = 40) -> AccountPlan:
    """Markup, RTL, emoji, control characters, 80-character names, 5,000-character notes."""
    base = rich_plan()
    people = []
    for index, person in enumerate(stakeholders(count)):
        people.append(
            StakeholderEntry(
                **{
                    **person.__dict__,
                    "name": (LONG_WORD if index % 3 == 0 else f"{HOSTILE} {HEBREW} {index}")[:80],
                    "title": f"{ARABIC} {EMOJI} {CONTROL}",
                    "department": f"{HOSTILE} dept {index % 4}",
                    "notes": LONG_NOTE,
                }
            )
        )
    return AccountPlan(
        meta=meta(company_name=f"{HOSTILE} {LONG_WORD}"),
        account=profile(
            name=f"{HOSTILE} {LONG_WORD}",
            notes=LONG_NOTE,
            website=LONG_URL,
            business_plan=LONG_NOTE,
            usp=f"{ARABIC} {HEBREW} {EMOJI} {CONTROL}",
        ),
        competitors=(CompetitorEntry(LONG_WORD, CompetitorKind.OURS, LONG_NOTE, LONG_NOTE),),
        needs=tuple(NeedEntry(HOSTILE, LONG_NOTE, LONG_NOTE, Priority.HIGH) for _ in range(3)),
        swot=tuple(SwotEntry(kind, LONG_NOTE) for kind in SwotKind),
        team=(TeamEntry(LONG_WORD, TeamRole.KAM, LONG_URL, HOSTILE, LONG_NOTE),),
        interactions=base.interactions,
        stakeholders=tuple(people),
        links=base.links,
        buying_centers=(
            BuyingCenterEntry(
                LONG_WORD,
                LONG_NOTE,
                tuple(
                    MemberEntry(
                        p.name, p.title, BuyingRole.USER, p.attitude, p.influence, LONG_WORD, False
                    )
                    for p in people[:30]
                ),
                CoverageEntry(False, False, (), (), (), ("no_decider", "no_champion", "stale")),
            ),
        ),
        goals=tuple(
            GoalEntry(
                **{
                    **g.__dict__,
                    "title": f"{HOSTILE} {LONG_NOTE[:600]}",
                    "metric": LONG_WORD,
                    "unit": HOSTILE,
                }
            )
            for g in base.goals
        ),
        actions=tuple(
            ActionEntry(
                f"{HOSTILE} {LONG_NOTE}", LONG_WORD, None, False, None, LONG_NOTE, True, True
            )
            for _ in range(5)
        ),
        revenue=base.revenue,
        revenue_summary=base.revenue_summary,
        reviews=tuple(
            ReviewEntry(TODAY, ReviewKind.CLIENT, LONG_NOTE, LONG_NOTE, LONG_NOTE, None)
            for _ in range(3)
        ),
        whitespace=Whitespace(
            tuple(f"{LONG_WORD}{i}" for i in range(3)),
            tuple(f"{HOSTILE} {i}" for i in range(25)),
            (),
            WhitespaceTotals(Decimal(0), Decimal(0), None, (), ()),
        ),
        opportunities=tuple(
            OpportunityEntry(
                LONG_NOTE,
                OpportunityType.UPSELL,
                LONG_WORD,
                HOSTILE,
                Decimal("99999999999"),
                50,
                LONG_NOTE,
                None,
                OpportunityStatus.LOST,
                LONG_NOTE,
            )
            for _ in range(4)
        ),
        changes_since_last_review={"goals_added": [LONG_NOTE] * 40, "surprise": {"x": HOSTILE}},
        scorecard=base.scorecard,
    )


def big_plan(count: int = 300) -> AccountPlan:
    """The rich plan with ``count`` stakeholders."""
    base = rich_plan()
    return AccountPlan(**{**base.__dict__, "stakeholders": stakeholders(count)})
