"""Portfolio guardrails: each rule at and beyond its threshold."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from kamdesk.domain.enums import Tier
from kamdesk.domain.guardrails import (
    GuardrailFinding,
    GuardrailSettings,
    PortfolioAccountFacts,
    Severity,
    check_portfolio,
    missing_key_essentials,
    neglected_accounts,
    over_capacity,
    revenue_dependence,
    too_many_key_accounts,
)

TODAY = date(2025, 6, 15)
SETTINGS = GuardrailSettings()


def facts(key: int, tier: Tier = Tier.STANDARD, **changes: Any) -> PortfolioAccountFacts:
    """An account that trips no guardrail unless ``changes`` say otherwise."""
    healthy = PortfolioAccountFacts(
        key=key,
        name=f"Account {key}",
        tier=tier,
        owner_key="anna",
        revenue=Decimal(100),
        last_interaction=TODAY,
        has_goals=True,
        has_known_decider=True,
        next_review_due=TODAY,
        last_plan_export=TODAY,
    )
    return replace(healthy, **changes)


def codes(findings: list[GuardrailFinding]) -> list[str]:
    return [finding.code for finding in findings]


class TestTooManyKeyAccounts:
    def test_exactly_twenty_percent_is_fine(self) -> None:
        # 2 key of 10 active = 0.20, not more
        accounts = [facts(i, Tier.KEY if i < 2 else Tier.STANDARD) for i in range(10)]
        assert too_many_key_accounts(accounts, SETTINGS) == []

    def test_over_twenty_percent(self) -> None:
        # 3 key of 10 active = 0.30; the archived accounts do not count as active
        accounts = [facts(i, Tier.KEY if i < 3 else Tier.STANDARD) for i in range(10)]
        accounts += [facts(90, Tier.ARCHIVED), facts(91, Tier.ARCHIVED)]
        [finding] = too_many_key_accounts(accounts, SETTINGS)
        assert finding.code == "too_many_key_accounts"
        assert finding.account_key is None
        assert finding.params == {
            "key_count": 3,
            "active_count": 10,
            "share": Decimal("0.3000"),
            "max_share": Decimal("0.20"),
        }
        assert finding.english() == "3 of 10 active accounts are key (30.0 %); the limit is 20.0 %."

    def test_single_key_account_is_all(self) -> None:
        assert codes(too_many_key_accounts([facts(1, Tier.KEY)], SETTINGS)) == [
            "too_many_key_accounts"
        ]

    def test_no_active_accounts(self) -> None:
        assert too_many_key_accounts([], SETTINGS) == []
        assert too_many_key_accounts([facts(1, Tier.ARCHIVED)], SETTINGS) == []


class TestOverCapacity:
    def test_capacity_per_member_and_default(self) -> None:
        accounts = [facts(i, Tier.KEY, owner_key="anna") for i in range(3)]
        accounts += [facts(10 + i, Tier.KEY, owner_key="ben") for i in range(6)]
        accounts += [facts(20, Tier.KEY, owner_key=None), facts(21, Tier.EMERGING)]
        accounts += [facts(22, Tier.ARCHIVED, owner_key="anna")]
        # anna: 3 key > capacity 2; ben: 6 > default 5; the unowned key account counts for none
        findings = over_capacity(accounts, {"anna": 2}, SETTINGS)
        assert [f.params for f in findings] == [
            {"owner": "anna", "key_count": 3, "capacity": 2},
            {"owner": "ben", "key_count": 6, "capacity": 5},
        ]

    def test_at_capacity_is_fine(self) -> None:
        accounts = [facts(i, Tier.KEY, owner_key="anna") for i in range(2)]
        assert over_capacity(accounts, {"anna": 2}, SETTINGS) == []


class TestRevenueDependence:
    def test_share_over_limit(self) -> None:
        # total 300 + 100 × 6 + 0 (negative) = 900; 300 / 900 = 0.3333 > 0.20; 100 / 900 = 0.11
        accounts = [facts(0, revenue=Decimal(300))]
        accounts += [facts(i, revenue=Decimal(100)) for i in range(1, 7)]
        accounts += [facts(9, revenue=Decimal(-50))]
        [finding] = revenue_dependence(accounts, SETTINGS)
        assert finding.account_key == 0
        assert finding.params["share"] == Decimal("0.3333")
        assert finding.english() == (
            "Account 0 earns 33.3 % of total revenue; the limit is 20.0 %."
        )

    def test_exactly_twenty_percent_is_fine(self) -> None:
        accounts = [facts(i, revenue=Decimal(20)) for i in range(5)]
        assert revenue_dependence(accounts, SETTINGS) == []

    def test_single_account_and_no_revenue(self) -> None:
        assert codes(revenue_dependence([facts(1)], SETTINGS)) == ["revenue_dependence"]
        assert revenue_dependence([facts(1, revenue=Decimal(0))], SETTINGS) == []
        assert revenue_dependence([], SETTINGS) == []


class TestNeglect:
    def test_limits_per_tier(self) -> None:
        accounts = [
            facts(1, Tier.KEY, last_interaction=date(2025, 5, 16)),  # 30 days: fine
            facts(2, Tier.KEY, last_interaction=date(2025, 5, 15)),  # 31 days
            facts(3, Tier.EMERGING, last_interaction=date(2025, 4, 16)),  # 60 days: fine
            facts(4, Tier.EMERGING, last_interaction=date(2025, 4, 15)),  # 61 days
            facts(5, Tier.STANDARD, last_interaction=date(2025, 2, 15)),  # 120 days: fine
            facts(6, Tier.STANDARD, last_interaction=date(2025, 2, 14)),  # 121 days
            facts(7, Tier.STANDARD, last_interaction=None),
            facts(8, Tier.ARCHIVED, last_interaction=None),  # exempt
        ]
        findings = neglected_accounts(accounts, TODAY, SETTINGS)
        assert [(f.account_key, f.code, f.severity) for f in findings] == [
            (2, "neglected_account", Severity.WARNING),
            (4, "neglected_account", Severity.NOTICE),
            (6, "neglected_account", Severity.NOTICE),
            (7, "neglected_account_never", Severity.NOTICE),
        ]
        assert findings[0].params["days_since"] == 31
        assert findings[0].english() == ("Account 2 (key): no interaction for 31 days; 30 allowed.")
        assert findings[3].english() == "Account 7 (standard): no interaction recorded."


class TestKeyEssentials:
    def test_healthy_key_account(self) -> None:
        assert missing_key_essentials([facts(1, Tier.KEY)], TODAY, SETTINGS) == []

    def test_one_finding_per_missing_essential(self) -> None:
        account = facts(
            1,
            Tier.KEY,
            has_goals=False,
            has_known_decider=False,
            next_review_due=date(2025, 6, 14),
            last_plan_export=None,
        )
        findings = missing_key_essentials([account], TODAY, SETTINGS)
        assert codes(findings) == [
            "key_account_without_goals",
            "key_account_without_decider",
            "key_account_review_overdue",
            "key_account_plan_not_exported",
        ]
        assert all(f.account_key == 1 for f in findings)
        assert findings[2].english() == "Account 1: review was due on 2025-06-14."

    def test_review_not_scheduled(self) -> None:
        account = facts(1, Tier.KEY, next_review_due=None)
        assert codes(missing_key_essentials([account], TODAY, SETTINGS)) == [
            "key_account_review_not_scheduled"
        ]

    def test_plan_export_twelve_months(self) -> None:
        exactly = facts(1, Tier.KEY, last_plan_export=date(2024, 6, 15))
        older = facts(2, Tier.KEY, last_plan_export=date(2024, 6, 14))
        findings = missing_key_essentials([exactly, older], TODAY, SETTINGS)
        assert [(f.account_key, f.code) for f in findings] == [(2, "key_account_plan_not_exported")]

    def test_leap_day_cutoff(self) -> None:
        # 12 months before 29 Feb 2024 is 28 Feb 2023
        account = facts(1, Tier.KEY, last_plan_export=date(2023, 2, 28))
        assert missing_key_essentials([account], date(2024, 2, 29), SETTINGS) == []

    def test_only_key_accounts(self) -> None:
        accounts = [facts(1, tier, has_goals=False) for tier in Tier if tier is not Tier.KEY]
        assert missing_key_essentials(accounts, TODAY, SETTINGS) == []


def test_check_portfolio_order_and_english() -> None:
    accounts = [
        facts(1, Tier.KEY, revenue=Decimal(900), has_goals=False),
        facts(2, Tier.STANDARD, revenue=Decimal(100), last_interaction=None),
    ]
    findings = check_portfolio(accounts, {"anna": 0}, TODAY)
    assert codes(findings) == [
        "too_many_key_accounts",
        "over_capacity",
        "revenue_dependence",
        "key_account_without_goals",
        "neglected_account_never",
    ]
    assert all(f.english() for f in findings)


def test_revenue_dependence_of_the_largest_accounts_against_the_portfolio_total() -> None:
    # The portfolio earns 1000 in all; only the 300 account is above 20 % of it. Given the
    # total, the two largest accounts alone give the same finding as all of them.
    largest = [facts(1, revenue=Decimal(300)), facts(2, revenue=Decimal(150))]
    [finding] = revenue_dependence(largest, SETTINGS, total=Decimal(1000))
    assert (finding.account_key, finding.params["share"]) == (1, Decimal("0.3000"))
    everyone = [*largest, *(facts(key, revenue=Decimal(110)) for key in range(3, 8))]
    assert revenue_dependence(everyone, SETTINGS) == [finding]
