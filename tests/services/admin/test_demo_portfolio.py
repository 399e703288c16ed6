"""The demo portfolio: shape, planted situations, determinism, refusal, force and cancel."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kamdesk.domain.enums import (
    Attitude,
    BuyingRole,
    CellStatus,
    CompetitorKind,
    GoalStatus,
    OpportunityStatus,
    OpportunityType,
    SnapshotReason,
    Tier,
)
from kamdesk.domain.fiscal_periods import fiscal_quarter_of, shift_quarter
from kamdesk.domain.goal_status import goal_status
from kamdesk.domain.pareto import abc_analysis, top_share
from kamdesk.services.admin.demo_portfolio import (
    NOT_EMPTY_MESSAGE,
    DemoCancelled,
    DemoSummary,
    create_demo_portfolio,
)
from kamdesk.store.database import Database, open_database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import (
    Account,
    Base,
    BusinessUnit,
    BuyingCenter,
    BuyingCenterMember,
    CompanySettings,
    Competitor,
    Goal,
    GoalUpdate,
    Interaction,
    Offering,
    Opportunity,
    OpportunityStage,
    PlanSnapshot,
    RevenueEntry,
    Review,
    Stakeholder,
    TeamMember,
    WhitespaceCell,
)
from kamdesk.store.orm.base import data_tables
from tests.helpers.storage_files import empty_database

TODAY = date(2026, 11, 27)
TIMESTAMPS = {"created_at", "updated_at"}


Built = tuple[Database, DemoSummary]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The default demo portfolio, built once on a fixed day; tests only read it."""
    database = open_database(
        empty_database(tmp_path_factory.mktemp("demo") / "demo.sqlite3"), daily_backup=False
    )
    summary = create_demo_portfolio(database, today=TODAY)
    yield database, summary
    database.close()


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, timestamps left out, in primary-key order."""
    tables = {}
    with db.session() as s:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in TIMESTAMPS]
            query = select(*columns).order_by(*table.primary_key.columns)
            tables[table.name] = [tuple(row) for row in s.execute(query)]
    return tables


def row_counts(db: Database) -> dict[str, int]:
    with db.session() as s:
        return {
            t.name: s.scalar(select(func.count()).select_from(t)) or 0
            for t in data_tables()
        }


def key_account(db: Database, name: str) -> Account:
    with db.session() as s:
        account = s.scalar(select(Account).where(Account.name == name))
    assert account is not None
    return account


# --- shape ----------------------------------------------------------------------------


def test_default_demo_has_the_promised_counts(built: Built) -> None:
    db, demo = built
    assert demo.accounts == 48
    assert demo.key_accounts == 5
    assert 2 <= demo.emerging_accounts <= 3
    assert 1 <= demo.archived_accounts <= 2
    assert demo.standard_accounts == 48 - 5 - demo.emerging_accounts - demo.archived_accounts
    assert demo.revenue_entries == 48 * 8
    assert not demo.replaced_existing_data
    with db.session() as s:
        settings = s.get(CompanySettings, 1)
        assert settings is not None
        assert settings.company_name == "Nordlicht Industrietechnik GmbH"
        assert (settings.currency, settings.locale) == ("EUR", "de_DE")
        assert settings.fiscal_year_start_month == 1
        assert settings.gross_margin == Decimal("0.32")
        team = s.scalars(select(TeamMember)).all()
        assert 6 <= len(team) <= 8
        assert all(3 <= m.capacity <= 6 for m in team)
        assert {"Jörg Weiß", "Łukasz Nowak", "Anja Dvořák"} <= {m.name for m in team}
        offerings = s.scalars(select(Offering)).all()
        assert 8 <= len(offerings) <= 10
        assert all(o.list_price is not None and o.list_price > 0 for o in offerings)
        stages = s.scalars(select(OpportunityStage).order_by(OpportunityStage.position)).all()
        assert [(st.name, st.default_probability) for st in stages] == [
            ("Qualifizierung", 10), ("Bedarfsanalyse", 25), ("Angebot", 50),
            ("Verhandlung", 75), ("Abschluss", 90),
        ]


def test_key_accounts_are_fully_planned_with_real_org_charts(built: Built) -> None:
    db = built[0]
    with db.session() as s:
        keys = s.scalars(select(Account).where(Account.tier == Tier.KEY)).all()
        assert len(keys) >= 5
        for account in keys:
            for field in ("legal_name", "industry", "street", "city", "website",
                          "business_plan", "target_audience", "usp", "notes"):
                assert getattr(account, field), (account.name, field)
            assert account.employees and account.annual_revenue and account.owner_id
            assert account.customer_since is not None
            people = s.scalars(
                select(Stakeholder).where(Stakeholder.account_id == account.id)
            ).all()
            assert 8 <= len(people) <= 26, account.name
            by_id = {p.id: p for p in people}
            managed = [p for p in people if p.reports_to_id is not None]
            assert len(managed) >= len(people) - 2, "an org chart, not a list"
            for person in people:
                seen = set()
                current: Stakeholder | None = person
                while current is not None:
                    assert current.id not in seen, f"reports-to loop at {person.name}"
                    seen.add(current.id)
                    parent = current.reports_to_id
                    # Managers are people of the same account.
                    assert parent is None or parent in by_id
                    current = by_id.get(parent) if parent is not None else None
            assert any(p.left_on is not None for p in people), account.name
            assert len(s.scalars(select(BuyingCenter).where(
                BuyingCenter.account_id == account.id)).all()) >= 2
        sizes = {
            a.name: s.scalar(select(func.count()).where(Stakeholder.account_id == a.id)) or 0
            for a in keys
        }
        assert max(sizes, key=lambda name: sizes[name]) == "Brühl Präzisionsteile AG"


def test_names_places_and_time_zones_are_international(built: Built) -> None:
    db = built[0]
    with db.session() as s:
        accounts = s.scalars(select(Account)).all()
        people = s.scalars(select(Stakeholder.name)).all()
    names = [a.name for a in accounts] + list(people)
    assert any(ch in name for name in names for ch in "äöüÄÖÜ")
    assert any("ł" in name or "Ł" in name for name in names)
    assert any("ř" in name for name in names)
    assert len({a.time_zone for a in accounts}) >= 3
    assert {"DE", "CZ", "PL", "US", "SG"} <= {a.country for a in accounts}
    assert len({a.name for a in accounts}) == len(accounts)


def test_eight_quarters_ending_before_todays_quarter(built: Built) -> None:
    db = built[0]
    current = fiscal_quarter_of(TODAY, 1)
    expected = {shift_quarter(*current, n) for n in range(-8, 0)}
    periods: dict[int, set[tuple[int, int]]] = defaultdict(set)
    with db.session() as s:
        for entry in s.scalars(select(RevenueEntry)):
            periods[entry.account_id].add((entry.year, entry.quarter))
        assert len(periods) == s.scalar(select(func.count()).select_from(Account))
        assert s.scalar(select(func.count()).where(RevenueEntry.recurring.is_(True)))
        assert s.scalar(select(func.count()).where(RevenueEntry.plan.is_not(None)))
    assert all(found == expected for found in periods.values())


def pareto_top_share(db: Database) -> Decimal:
    with db.session() as s:
        totals = s.execute(
            select(RevenueEntry.account_id, RevenueEntry.actual)
        ).all()
    revenue: dict[int, Decimal] = defaultdict(Decimal)
    for account_id, actual in totals:
        revenue[account_id] += actual or Decimal(0)
    return top_share(abc_analysis(list(revenue.items())))


def test_revenue_is_pareto_like(built: Built) -> None:
    db = built[0]
    assert Decimal("0.6") <= pareto_top_share(db) <= Decimal("0.9")
    with db.session() as s:
        top = s.execute(
            select(Account.name, Account.tier)
            .join(RevenueEntry, RevenueEntry.account_id == Account.id)
            .group_by(Account.id)
            .order_by(func.sum(RevenueEntry.actual).desc())
            .limit(5)
        ).all()
    assert top[0].name == "Brühl Präzisionsteile AG"
    assert all(row.tier is Tier.KEY for row in top)


# --- planted situations ---------------------------------------------------------------


def test_goals_of_key_accounts_cover_every_status(built: Built) -> None:
    db = built[0]
    statuses = set()
    with db.session() as s:
        for goal in s.scalars(select(Goal)):
            updates = {
                u.measured_on: u.value
                for u in s.scalars(select(GoalUpdate).where(GoalUpdate.goal_id == goal.id))
            }
            statuses.add(goal_status(goal.direction, goal.baseline, goal.target,
                                     goal.start_on, goal.due_on, updates, TODAY))
    assert statuses == set(GoalStatus)


def test_neglected_key_account_and_overdue_review(built: Built) -> None:
    db = built[0]
    with db.session() as s:
        last_contact = {
            name: day
            for name, day in s.execute(
                select(Account.name, func.max(Interaction.occurred_on))
                .join(Interaction, Interaction.account_id == Account.id)
                .where(Account.tier == Tier.KEY)
                .group_by(Account.name)
            )
        }
        overdue = []
        for account in s.scalars(select(Account).where(Account.tier == Tier.KEY)):
            latest = s.scalar(select(Review).where(Review.account_id == account.id)
                              .order_by(Review.held_on.desc()).limit(1))
            assert latest is not None
            assert latest.next_review_on is not None
            if latest.next_review_on < TODAY:
                overdue.append(account.name)
    neglected = [n for n, day in last_contact.items() if (TODAY - day).days > 45]
    assert neglected == ["Meridian Wafer Technologies Pte. Ltd."]
    assert overdue == ["Dvořák Strojírny s.r.o."]


def test_stakeholder_map_has_its_planted_cases(built: Built) -> None:
    db = built[0]
    bruehl = key_account(db, "Brühl Präzisionsteile AG")
    with db.session() as s:
        people = {p.id: p for p in s.scalars(
            select(Stakeholder).where(Stakeholder.account_id == bruehl.id))}
        attitudes = Counter(p.attitude for p in people.values())
        assert set(attitudes) == set(Attitude)
        blockers = [p for p in people.values() if p.attitude is Attitude.BLOCKER]
        assert blockers and max(p.influence for p in blockers) >= 4
        centers = s.scalars(select(BuyingCenter).where(BuyingCenter.account_id == bruehl.id))
        roles_by_center = {}
        person_roles: dict[int, set[BuyingRole]] = defaultdict(set)
        for center in centers:
            members = s.scalars(select(BuyingCenterMember).where(
                BuyingCenterMember.buying_center_id == center.id)).all()
            roles_by_center[center.name] = {m.role for m in members}
            for m in members:
                person_roles[m.stakeholder_id].add(m.role)
    assert 2 <= len(roles_by_center) <= 3
    assert any(BuyingRole.DECIDER not in roles for roles in roles_by_center.values())
    assert any(len(roles) >= 2 for roles in person_roles.values())
    assert set().union(*roles_by_center.values()) == set(BuyingRole)


def test_whitespace_and_pipeline_cover_every_status(built: Built) -> None:
    db = built[0]
    bruehl = key_account(db, "Brühl Präzisionsteile AG")
    with db.session() as s:
        cells = s.scalars(
            select(WhitespaceCell).join(BusinessUnit)
            .where(BusinessUnit.account_id == bruehl.id)
        ).all()
        assert {c.status for c in cells} == set(CellStatus)
        for cell in cells:
            if cell.status is CellStatus.COMPETITOR:
                competitor = s.get(Competitor, cell.competitor_id)
                assert competitor is not None and competitor.kind is CompetitorKind.OURS
        kinds = set(s.scalars(select(Competitor.kind).where(Competitor.account_id == bruehl.id)))
        assert kinds == set(CompetitorKind)
        opportunities = s.scalars(select(Opportunity)).all()
    assert {o.type for o in opportunities} == set(OpportunityType)
    assert {o.status for o in opportunities} == set(OpportunityStatus)
    assert len({o.stage_id for o in opportunities}) == 5
    assert all(o.expected_close is not None for o in opportunities)


def test_snapshots_differ_from_the_current_plan(built: Built) -> None:
    db = built[0]
    bruehl = key_account(db, "Brühl Präzisionsteile AG")
    with db.session() as s:
        reviews = s.scalars(select(Review).where(Review.account_id == bruehl.id)).all()
        snapshots = s.scalars(
            select(PlanSnapshot).where(PlanSnapshot.account_id == bruehl.id)
            .order_by(PlanSnapshot.taken_at)
        ).all()
        people = s.scalars(select(Stakeholder).where(Stakeholder.account_id == bruehl.id)).all()
    by_review = [snap for snap in snapshots if snap.reason is SnapshotReason.REVIEW]
    assert len(by_review) == len(reviews) >= 2
    assert {snap.review_id for snap in by_review} == {r.id for r in reviews}
    latest = json.loads(by_review[-1].content)
    assert set(latest) == {"stakeholders", "goals", "actions", "revenue", "opportunities"}
    before = {p["name"]: p for p in latest["stakeholders"]}
    now = {p.name: p for p in people}
    assert set(now) - set(before), "someone joined since the last review"
    assert any(before[name]["attitude"] != now[name].attitude.value
               for name in before if name in now)
    assert latest["goals"] and latest["revenue"] and latest["opportunities"]
    assert latest["goals"][0]["current"] is not None


# --- determinism, refusal, force, cancel ----------------------------------------------


@pytest.mark.slow
def test_same_seed_and_day_give_the_same_rows(tmp_path: Path) -> None:
    dumps = []
    for name, seed in (("a", 3), ("b", 3), ("c", 4)):
        database = open_database(empty_database(tmp_path / f"{name}.sqlite3"), daily_backup=False)
        try:
            create_demo_portfolio(database, accounts=30, seed=seed, today=TODAY)
            dumps.append(dump(database))
        finally:
            database.close()
    assert dumps[0] == dumps[1]
    assert dumps[0]["account"] != dumps[2]["account"]
    assert dumps[0]["revenue_entry"] != dumps[2]["revenue_entry"]


def test_dates_follow_today(tmp_path: Path) -> None:
    later = TODAY + timedelta(days=400)
    database = open_database(empty_database(tmp_path / "later.sqlite3"), daily_backup=False)
    try:
        create_demo_portfolio(database, accounts=12, today=later)
        with database.session() as s:
            newest = s.scalar(select(func.max(Interaction.occurred_on)))
            years = set(s.scalars(select(RevenueEntry.year)))
    finally:
        database.close()
    assert newest is not None and later - timedelta(days=30) <= newest < later
    assert max(years) == (later.year if later.month > 3 else later.year - 1)


def test_refuses_a_database_with_accounts_and_changes_nothing(db: Database) -> None:
    with db.session() as s:
        s.add(Account(name="Meine Firma GmbH"))
    before = dump(db)
    with pytest.raises(ValidationError) as raised:
        create_demo_portfolio(db, today=TODAY)
    assert str(raised.value) == str(NOT_EMPTY_MESSAGE)
    assert dump(db) == before


def test_refuses_a_database_with_team_members(db: Database) -> None:
    with db.session() as s:
        s.add(TeamMember(name="Erika Mustermann"))
    with pytest.raises(ValidationError):
        create_demo_portfolio(db, today=TODAY)
    assert row_counts(db)["account"] == 0


def test_force_replaces_all_existing_data(db: Database) -> None:
    with db.session() as s:
        s.add(Account(name="Meine Firma GmbH"))
        s.add(TeamMember(name="Erika Mustermann"))
        s.add(Offering(name="Eigenes Produkt"))
    summary = create_demo_portfolio(db, force=True, today=TODAY)
    assert summary.replaced_existing_data
    assert summary.accounts == 48 and summary.offerings == 10
    with db.session() as s:
        assert s.scalar(select(Account).where(Account.name == "Meine Firma GmbH")) is None
        assert s.scalar(select(TeamMember).where(TeamMember.name == "Erika Mustermann")) is None
    again = create_demo_portfolio(db, force=True, today=TODAY, seed=8)
    assert again.accounts == 48 and again.team_members == summary.team_members


def test_cancel_rolls_back_everything(db: Database) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return done < 20

    with pytest.raises(DemoCancelled):
        create_demo_portfolio(db, accounts=600, today=TODAY, progress=progress)
    assert calls[-1][0] >= 20
    assert all(count == 0 for count in row_counts(db).values())


def test_cancel_of_a_forced_run_keeps_the_old_data(db: Database) -> None:
    with db.session() as s:
        s.add(Account(name="Meine Firma GmbH"))
    before = dump(db)
    with pytest.raises(DemoCancelled):
        create_demo_portfolio(db, force=True, today=TODAY, progress=lambda d, t: d < 6)
    assert dump(db) == before


def test_progress_counts_up_to_the_total(db: Database) -> None:
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        calls.append((done, total))
        return True

    create_demo_portfolio(db, accounts=40, today=TODAY, progress=progress)
    assert calls[0] == (0, 40) and calls[-1] == (40, 40)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_too_few_accounts_are_refused(db: Database) -> None:
    with pytest.raises(ValidationError):
        create_demo_portfolio(db, accounts=5, today=TODAY)


@pytest.mark.slow
def test_a_thousand_accounts(db: Database) -> None:
    summary = create_demo_portfolio(db, accounts=1000, today=TODAY)
    assert summary.accounts == 1000
    assert summary.key_accounts == 5
    assert summary.revenue_entries == 8000
    assert summary.interactions > 1000
    assert Decimal("0.6") <= pareto_top_share(db) <= Decimal("0.9")
    with db.session() as s:
        assert s.scalar(select(func.count(func.distinct(Account.name)))) == 1000
