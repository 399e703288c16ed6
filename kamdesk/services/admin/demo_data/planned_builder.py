"""Writes a hand-written account plan (:class:`PlannedAccount`) through the ORM.

The handful of planned accounts are few rows each, so the ORM's clarity wins over Core's
speed here; the thousands of generic accounts go through :mod:`bulk` instead.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import insert
from sqlalchemy.orm import Session

from kamdesk.domain.enums import (
    CellStatus,
    CompetitorKind,
    Criterion,
    OpportunityStatus,
    ReviewKind,
    SnapshotReason,
    SwotKind,
    TeamRole,
)
from kamdesk.domain.fiscal_periods import Period
from kamdesk.services.admin.demo_data.names import (
    INTERACTION_NEXT_STEPS,
    INTERACTION_SUMMARIES,
    ascii_slug,
)
from kamdesk.services.admin.demo_data.plan_history import goal_updates, snapshot_content
from kamdesk.services.admin.demo_data.spec import OFFERINGS, STAGES, TEAM, Person, PlannedAccount
from kamdesk.services.admin.demo_data.timeline import QuarterRevenue, add_months, revenue_series
from kamdesk.store.orm import (
    Account,
    AccountTeamRole,
    ActionItem,
    BusinessUnit,
    BuyingCenter,
    BuyingCenterMember,
    Competitor,
    Goal,
    GoalUpdate,
    Interaction,
    Need,
    Opportunity,
    PlanSnapshot,
    RevenueEntry,
    Review,
    Score,
    Stakeholder,
    StakeholderLink,
    SwotItem,
    WhitespaceCell,
    interaction_stakeholder,
)

CELL_CODES = {
    "A": CellStatus.ACTIVE,
    "O": CellStatus.OPPORTUNITY,
    "P": CellStatus.IN_PROGRESS,
    "C": CellStatus.COMPETITOR,
    "N": CellStatus.NOT_RELEVANT,
    "?": CellStatus.UNKNOWN,
}
CELL_NOTES = {
    CellStatus.ACTIVE: "Im Einsatz, Vertrag läuft.",
    CellStatus.OPPORTUNITY: "Bedarf erkannt, noch nicht angesprochen.",
    CellStatus.IN_PROGRESS: "Angebot oder Pilot läuft.",
    CellStatus.NOT_RELEVANT: "",
    CellStatus.UNKNOWN: "",
}
SWOT_ORDER = (SwotKind.STRENGTH, SwotKind.WEAKNESS, SwotKind.OPPORTUNITY, SwotKind.THREAT)
UPDATE_NOTES = ("Monatsbericht", "Aus dem Werksreporting", "Gemeinsam mit dem Kunden gemessen",
                "Schätzung nach Review", "")
SCORE_HISTORY_DAYS = 200
SCORE_CURRENT_DAYS = 21


@dataclass(frozen=True)
class Catalogue:
    """Ids and periods every demo account refers to."""

    team: Mapping[str, int]
    offerings: Sequence[int]  # in OFFERINGS order
    stages: Sequence[int]  # in STAGES order
    periods: tuple[Period, ...]
    period_ends: tuple[date, ...]

    def offering(self, name: str) -> int:
        """The id of the offering called ``name``."""
        return self.offerings[[o.name for o in OFFERINGS].index(name)]


def build_planned_account(
    session: Session,
    plan: PlannedAccount,
    annual_level: float,
    catalogue: Catalogue,
    today: date,
    rng: random.Random,
) -> int:
    """Write ``plan`` with revenue at ``annual_level`` EUR a year; return the account id."""
    account = _account(plan, catalogue, today)
    session.add(account)
    session.flush()
    aid = account.id

    revenue = revenue_series(rng, catalogue.periods, annual_level, float(plan.growth_per_quarter))
    session.add_all(
        RevenueEntry(account_id=aid, year=row.year, quarter=row.quarter, actual=row.actual,
                     plan=row.plan, recurring=plan.recurring)
        for row in revenue
    )
    people = _stakeholders(session, plan, aid, catalogue, today, rng)
    _links_and_centers(session, plan, aid, people)
    competitors = _competitors(session, plan, aid)
    units = _whitespace(session, plan, aid, catalogue, competitors, rng)
    _opportunities(session, plan, aid, catalogue, units, today)
    goals = _goals(session, plan, aid, catalogue, today, rng)
    _actions(session, plan, aid, catalogue, goals, today)
    _texts(session, plan, aid, catalogue)
    _scores(session, plan, aid, today)
    last_review = today - timedelta(days=plan.last_review_days_ago)
    _interactions(session, plan, aid, people, today, last_review, rng)
    _reviews(session, plan, aid, catalogue, revenue, today, last_review)
    return aid


def _account(plan: PlannedAccount, catalogue: Catalogue, today: date) -> Account:
    return Account(
        name=plan.name, legal_name=plan.legal_name, industry=plan.industry,
        employees=plan.employees, annual_revenue=plan.annual_revenue, street=plan.street,
        postal_code=plan.postal_code, city=plan.city, country=plan.country,
        time_zone=plan.time_zone, website=plan.website, tier=plan.tier,
        owner_id=catalogue.team[plan.owner],
        customer_since=date(today.year - plan.customer_since_years, today.month, 1),
        expected_relationship_years=plan.relationship_years, review_cadence=plan.cadence,
        business_plan=plan.business_plan, target_audience=plan.target_audience,
        usp=plan.usp, notes=plan.notes,
    )


def _email(person: Person, website: str) -> str:
    domain = website.removeprefix("https://").removeprefix("www.")
    words = [w for w in person.name.replace("-", " ").split() if not w.endswith(".")]
    return f"{ascii_slug(words[0])}.{ascii_slug(words[-1])}@{domain}"


def _stakeholders(
    session: Session, plan: PlannedAccount, aid: int, catalogue: Catalogue, today: date,
    rng: random.Random,
) -> dict[str, Stakeholder]:
    prefix = {"DE": "+49", "CZ": "+420", "PL": "+48", "US": "+1", "SG": "+65", "CH": "+41",
              "JP": "+81", "AT": "+43"}[plan.country]
    people: dict[str, Stakeholder] = {}
    for person in plan.people:
        people[person.key] = Stakeholder(
            account_id=aid, name=person.name, title=person.title,
            department=person.department, email=_email(person, plan.website),
            phone=f"{prefix} {rng.randint(100, 999)} {rng.randint(100000, 999999)}",
            influence=person.influence, attitude=person.attitude,
            relationship_strength=person.strength,
            owner_id=catalogue.team[person.owner] if person.owner else None,
            last_contact=(None if person.last_contact_days_ago is None
                          else today - timedelta(days=person.last_contact_days_ago)),
            left_on=(None if person.left_days_ago is None
                     else today - timedelta(days=person.left_days_ago)),
            notes=person.notes,
        )
    session.add_all(people.values())
    session.flush()
    # Reports-to lines need the managers' ids, so they are set once everyone has one.
    for person in plan.people:
        if person.boss is not None:
            people[person.key].reports_to_id = people[person.boss].id
    return people


def _links_and_centers(
    session: Session, plan: PlannedAccount, aid: int, people: Mapping[str, Stakeholder]
) -> None:
    session.add_all(
        StakeholderLink(from_id=people[link.source].id, to_id=people[link.target].id,
                        kind=link.kind, note=link.note)
        for link in plan.links
    )
    for center in plan.centers:
        row = BuyingCenter(account_id=aid, name=center.name, description=center.description)
        session.add(row)
        session.flush()
        session.add_all(
            BuyingCenterMember(buying_center_id=row.id, stakeholder_id=people[key].id,
                               role=role)
            for key, role in center.members
        )


def _competitors(session: Session, plan: PlannedAccount, aid: int) -> list[Competitor]:
    rows = [
        Competitor(account_id=aid, name=c.name, kind=c.kind, strengths=c.strengths,
                   notes=c.notes)
        for c in plan.competitors
    ]
    session.add_all(rows)
    session.flush()
    return rows


def _whitespace(
    session: Session, plan: PlannedAccount, aid: int, catalogue: Catalogue,
    competitors: Sequence[Competitor], rng: random.Random,
) -> list[BusinessUnit]:
    units = [
        BusinessUnit(account_id=aid, name=u.name, notes=u.notes, position=i)
        for i, u in enumerate(plan.units)
    ]
    session.add_all(units)
    session.flush()
    ours = [c for c in competitors if c.kind is CompetitorKind.OURS]
    for unit, spec in zip(units, plan.units, strict=True):
        for index, code in enumerate(spec.row):
            status = CELL_CODES[code]
            value = None
            if status not in (CellStatus.NOT_RELEVANT, CellStatus.UNKNOWN):
                price = OFFERINGS[index].list_price
                value = (price * Decimal(rng.randint(6, 16)) / 10).quantize(Decimal(100))
            competitor = ours[index % len(ours)] if status is CellStatus.COMPETITOR else None
            note = (f"{competitor.name} ist hier gesetzt." if competitor is not None
                    else CELL_NOTES[status])
            session.add(WhitespaceCell(
                business_unit_id=unit.id, offering_id=catalogue.offerings[index],
                status=status, estimated_value=value,
                competitor_id=competitor.id if competitor is not None else None, note=note,
            ))
    return units


def _opportunities(
    session: Session, plan: PlannedAccount, aid: int, catalogue: Catalogue,
    units: Sequence[BusinessUnit], today: date,
) -> None:
    for spec in plan.opportunities:
        close = today + timedelta(days=spec.close_in_days)
        probability = {OpportunityStatus.WON: 100, OpportunityStatus.LOST: 0}.get(
            spec.status, STAGES[spec.stage][1]
        )
        session.add(Opportunity(
            account_id=aid, title=spec.title, type=spec.type,
            offering_id=catalogue.offering(spec.offering),
            business_unit_id=None if spec.unit is None else units[spec.unit].id,
            value=spec.value, probability=probability, stage_id=catalogue.stages[spec.stage],
            expected_close=close, status=spec.status,
            closed_on=None if spec.status is OpportunityStatus.OPEN else close,
            lost_reason=spec.lost_reason, notes=spec.notes,
        ))


def _goals(
    session: Session, plan: PlannedAccount, aid: int, catalogue: Catalogue, today: date,
    rng: random.Random,
) -> list[Goal]:
    goals = []
    for spec in plan.goals:
        goal = Goal(
            account_id=aid, kind=spec.kind, title=spec.title, metric=spec.metric,
            unit=spec.unit, direction=spec.direction, baseline=spec.baseline,
            target=spec.target, start_on=today - timedelta(days=spec.start_days_ago),
            due_on=today + timedelta(days=spec.due_in_days), owner_id=catalogue.team[spec.owner],
            notes=spec.notes,
        )
        session.add(goal)
        session.flush()
        session.add_all(
            GoalUpdate(goal_id=goal.id, measured_on=day, value=value,
                       note=rng.choice(UPDATE_NOTES))
            for day, value in goal_updates(spec, today)
        )
        goals.append(goal)
    return goals


def _actions(
    session: Session, plan: PlannedAccount, aid: int, catalogue: Catalogue,
    goals: Sequence[Goal], today: date,
) -> None:
    for spec in plan.actions:
        due = today + timedelta(days=spec.due_in_days)
        session.add(ActionItem(
            account_id=aid, title=spec.title, owner_id=catalogue.team[spec.owner], due_on=due,
            done=spec.done, done_on=min(due - timedelta(days=3), today) if spec.done else None,
            goal_id=None if spec.goal is None else goals[spec.goal].id,
            shared_with_client=spec.shared,
        ))


def _texts(session: Session, plan: PlannedAccount, aid: int, catalogue: Catalogue) -> None:
    session.add_all(
        Need(account_id=aid, title=n.title, description=n.description,
             our_response=n.response, priority=n.priority, position=i)
        for i, n in enumerate(plan.needs)
    )
    for kind, texts in zip(SWOT_ORDER, plan.swot, strict=True):
        session.add_all(
            SwotItem(account_id=aid, kind=kind, text=text, position=i)
            for i, text in enumerate(texts)
        )
    session.add_all(
        AccountTeamRole(account_id=aid, team_member_id=catalogue.team[member], role=role,
                        responsibilities=text)
        for member, role, text in plan.team
    )


def _scores(session: Session, plan: PlannedAccount, aid: int, today: date) -> None:
    dated = [(today - timedelta(days=SCORE_CURRENT_DAYS), plan.scores)]
    if plan.earlier_scores is not None:
        dated.append((today - timedelta(days=SCORE_HISTORY_DAYS), plan.earlier_scores))
    for day, values in dated:
        session.add_all(
            Score(account_id=aid, criterion=criterion, value=value, scored_on=day)
            for criterion, value in zip(Criterion, values, strict=True)
        )


def _interactions(
    session: Session, plan: PlannedAccount, aid: int, people: Mapping[str, Stakeholder],
    today: date, last_review: date, rng: random.Random,
) -> None:
    if plan.interactions == 0:
        return
    first = plan.last_interaction_days_ago
    ages = [first, *rng.sample(range(first + 1, 365), plan.interactions - 1)]
    rows: list[tuple[int, Interaction]] = []
    for age in sorted(ages, reverse=True):
        texts = plan.topics if plan.topics and rng.random() < 0.7 else INTERACTION_SUMMARIES
        rows.append((age, Interaction(
            account_id=aid, occurred_on=today - timedelta(days=age),
            kind=rng.choice(plan.interaction_kinds), summary=rng.choice(texts),
            next_steps=rng.choice(INTERACTION_NEXT_STEPS),
        )))
    session.add_all(row for _, row in rows)
    session.flush()
    links = []
    for age, row in rows:
        # Only people we know (strength ≥ 2), still there, and already there that day.
        present = [
            people[p.key] for p in plan.people
            if p.strength >= 2
            and (p.left_days_ago is None or p.left_days_ago > age)
            and (not p.new or row.occurred_on > last_review)
        ]
        for person in rng.sample(present, min(len(present), rng.randint(1, 3))):
            links.append({"interaction_id": row.id, "stakeholder_id": person.id})
    if links:
        session.execute(insert(interaction_stakeholder), links)


def _reviews(
    session: Session, plan: PlannedAccount, aid: int, catalogue: Catalogue,
    rows: list[QuarterRevenue], today: date, last_review: date,
) -> None:
    months = plan.cadence.months
    kam = next((m for m, role, _ in plan.team if role is TeamRole.KAM), plan.owner)
    champions = [p.name for p in plan.people if p.strength >= 4 and p.left_days_ago is None]
    for index in reversed(range(plan.reviews)):
        held = add_months(last_review, -months * index)
        kind = ReviewKind.CLIENT if index % 2 == 0 else ReviewKind.INTERNAL
        attendees = [kam, *(champions[:2] if kind is ReviewKind.CLIENT else [])]
        review = Review(
            account_id=aid, held_on=held, kind=kind,
            attendees=", ".join(_member_name(a) for a in attendees),
            summary=_review_summary(plan, kind),
            outcomes=_review_outcomes(plan, index),
            next_review_on=add_months(held, months),
        )
        session.add(review)
        session.flush()
        session.add(PlanSnapshot(
            account_id=aid, taken_at=datetime.combine(held, time(16, 0), tzinfo=UTC),
            reason=SnapshotReason.REVIEW, review_id=review.id,
            content=snapshot_content(plan, today, held, rows, catalogue.period_ends),
        ))
    if plan.exported_days_ago is not None:
        exported = today - timedelta(days=plan.exported_days_ago)
        session.add(PlanSnapshot(
            account_id=aid, taken_at=datetime.combine(exported, time(9, 30), tzinfo=UTC),
            reason=SnapshotReason.EXPORT,
            content=snapshot_content(plan, today, exported, rows, catalogue.period_ends),
        ))


def _member_name(key_or_name: str) -> str:
    for member in TEAM:
        if member.key == key_or_name:
            return member.name
    return key_or_name


def _review_summary(plan: PlannedAccount, kind: ReviewKind) -> str:
    goals = ", ".join(g.title for g in plan.goals[:2]) or "the first goals"
    if kind is ReviewKind.CLIENT:
        return f"Joint review with the customer: progress on {goals}; pipeline walked through."
    return f"Internal review: stakeholder map, pipeline and {goals} checked."


def _review_outcomes(plan: PlannedAccount, index: int) -> str:
    opportunities = [o.title for o in plan.opportunities]
    if not opportunities:
        return "Plan confirmed; no changes."
    focus = opportunities[index % len(opportunities)]
    return f"Focus until next review: {focus}. Open actions re-assigned; dates confirmed."
