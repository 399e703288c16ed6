"""Portfolio guardrails: warnings a KAM should see on the dashboard.

Each guardrail is a pure function over :class:`PortfolioAccountFacts` returning
:class:`GuardrailFinding` objects with a stable code and parameters (the UI and the PDF
translate them; :meth:`GuardrailFinding.english` serves the command line). Rules, with the
defaults of :class:`GuardrailSettings`:

* too_many_key_accounts: key accounts are more than 20 % of the active (non-archived)
  accounts. Exactly 20 % is fine.
* over_capacity: a team member owns more active key accounts than their capacity;
  members without a known capacity get the default capacity (5, "a handful").
* revenue_dependence: one account earns more than 20 % of the total revenue. Negative
  revenue counts as zero; archived accounts' revenue still counts, it was earned.
* neglected_account: more days since the last interaction than the tier allows (key 30,
  emerging 60, standard 120); exactly the allowed days is fine. No interaction at all is
  neglect too (code neglected_account_never). Archived accounts are exempt.
* key account essentials, one finding per missing essential of an active key account:
  no goals; no known decider; review overdue (next review due before today) or none
  scheduled; no plan exported within the last 12 months (exported exactly 12 months ago
  still counts).
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from enum import StrEnum

from kamdesk.domain.enums import Tier

Key = int | str
FindingParam = str | int | Decimal | date | None
FRACTION_PLACES = Decimal("0.0001")
#: Parameters that are fractions of a whole (0.2 = 20 %), written as percentages.
SHARE_PARAMS = frozenset({"share", "max_share"})


class Severity(StrEnum):
    """How loudly a finding is shown."""

    WARNING = "warning"  # a risk to the business or to a key account
    NOTICE = "notice"  # worth a look, no immediate risk


_ENGLISH: dict[str, str] = {
    "too_many_key_accounts": (
        "{key_count} of {active_count} active accounts are key ({share}); the limit is {max_share}."
    ),
    "over_capacity": "Team member {owner} owns {key_count} key accounts; capacity is {capacity}.",
    "revenue_dependence": "{name} earns {share} of total revenue; the limit is {max_share}.",
    "neglected_account": (
        "{name} ({tier}): no interaction for {days_since} days; {allowed_days} allowed."
    ),
    "neglected_account_never": "{name} ({tier}): no interaction recorded.",
    "key_account_without_goals": "{name}: key account without goals.",
    "key_account_without_decider": "{name}: key account without a known decider.",
    "key_account_review_overdue": "{name}: review was due on {next_review_due}.",
    "key_account_review_not_scheduled": "{name}: no review scheduled.",
    "key_account_plan_not_exported": (
        "{name}: no account plan exported in the last {months} months."
    ),
}


@dataclass(frozen=True)
class GuardrailSettings:
    """Thresholds of the guardrails."""

    max_key_share: Decimal = Decimal("0.20")
    max_revenue_share: Decimal = Decimal("0.20")
    default_capacity: int = 5
    key_contact_days: int = 30
    emerging_contact_days: int = 60
    standard_contact_days: int = 120
    plan_export_months: int = 12

    def allowed_contact_days(self, tier: Tier) -> int | None:
        """Days without interaction a tier tolerates; None when the tier is exempt."""
        return {
            Tier.KEY: self.key_contact_days,
            Tier.EMERGING: self.emerging_contact_days,
            Tier.STANDARD: self.standard_contact_days,
        }.get(tier)


@dataclass(frozen=True, slots=True)
class PortfolioAccountFacts:
    """What the guardrails need to know about one account."""

    key: Key
    name: str
    tier: Tier
    owner_key: Key | None
    revenue: Decimal
    last_interaction: date | None
    has_goals: bool
    has_known_decider: bool
    next_review_due: date | None
    last_plan_export: date | None


@dataclass(frozen=True, slots=True)
class GuardrailFinding:
    """One guardrail hit: a stable code, the account (None for portfolio-wide), figures."""

    code: str
    account_key: Key | None
    params: dict[str, FindingParam] = field(default_factory=dict)
    severity: Severity = Severity.WARNING

    def english(self) -> str:
        """The finding as an English sentence, for the command line; shares as "23.4 %"."""
        params = {
            name: _percent(value) if name in SHARE_PARAMS and isinstance(value, Decimal) else value
            for name, value in self.params.items()
        }
        return _ENGLISH[self.code].format(**params)


def _percent(fraction: Decimal) -> str:
    """A fraction as a percentage with one decimal: 0.2345 → "23.4 %" (half to even)."""
    return f"{(fraction * 100).quantize(Decimal('0.1'), ROUND_HALF_EVEN)} %"


def _fraction(numerator: Decimal | int, denominator: Decimal | int) -> Decimal:
    """``numerator / denominator`` rounded to four places, for display parameters."""
    return (Decimal(numerator) / Decimal(denominator)).quantize(FRACTION_PLACES, ROUND_HALF_EVEN)


def _active(accounts: Sequence[PortfolioAccountFacts]) -> list[PortfolioAccountFacts]:
    archived = Tier.ARCHIVED  # a local: enum member lookups are slow in a loop
    return [a for a in accounts if a.tier is not archived]


def too_many_key_accounts(
    accounts: Sequence[PortfolioAccountFacts], settings: GuardrailSettings
) -> list[GuardrailFinding]:
    """A portfolio-wide finding when key accounts exceed their share of active accounts."""
    active = _active(accounts)
    key = Tier.KEY
    key_count = sum(1 for a in active if a.tier is key)
    # Compare in integers and Decimals: key_count / active > max  <=>  key_count > max × active.
    if not active or key_count <= settings.max_key_share * len(active):
        return []
    params: dict[str, FindingParam] = {
        "key_count": key_count,
        "active_count": len(active),
        "share": _fraction(key_count, len(active)),
        "max_share": settings.max_key_share,
    }
    return [GuardrailFinding("too_many_key_accounts", None, params)]


def over_capacity(
    accounts: Sequence[PortfolioAccountFacts],
    capacities: Mapping[Key, int],
    settings: GuardrailSettings,
) -> list[GuardrailFinding]:
    """One finding per team member owning more key accounts than they can carry."""
    key = Tier.KEY
    counts = Counter(
        a.owner_key for a in _active(accounts) if a.tier is key and a.owner_key is not None
    )
    findings = []
    for owner, key_count in counts.items():
        capacity = capacities.get(owner, settings.default_capacity)
        if key_count > capacity:
            params: dict[str, FindingParam] = {
                "owner": owner,
                "key_count": key_count,
                "capacity": capacity,
            }
            findings.append(GuardrailFinding("over_capacity", None, params))
    return findings


def revenue_dependence(
    accounts: Sequence[PortfolioAccountFacts],
    settings: GuardrailSettings,
    total: Decimal | None = None,
) -> list[GuardrailFinding]:
    """One finding per account earning more than the allowed share of total revenue.

    ``total`` is the portfolio's revenue (negative revenue counting as zero) when
    ``accounts`` are only some of its accounts, e.g. the few largest; None: their own sum.
    """
    if total is None:
        total = sum((max(a.revenue, Decimal(0)) for a in accounts), Decimal(0))
    if total <= 0:
        return []
    limit = settings.max_revenue_share * total
    return [
        GuardrailFinding(
            "revenue_dependence",
            a.key,
            {
                "name": a.name,
                "share": _fraction(a.revenue, total),
                "max_share": settings.max_revenue_share,
            },
        )
        for a in accounts
        if a.revenue > limit
    ]


def neglected_accounts(
    accounts: Sequence[PortfolioAccountFacts], today: date, settings: GuardrailSettings
) -> list[GuardrailFinding]:
    """One finding per active account without interaction for longer than its tier allows."""
    findings = []
    # Once per tier, not once per account: the settings do not change within a check.
    allowed_days = {tier: settings.allowed_contact_days(tier) for tier in Tier}
    key = Tier.KEY  # a local: enum member lookups are slow in a loop over every account
    for a in accounts:
        allowed = allowed_days[a.tier]
        if allowed is None:
            continue
        last = a.last_interaction
        days_since = None if last is None else (today - last).days
        if days_since is not None and days_since <= allowed:
            continue
        # Neglecting a key account risks the relationship; smaller accounts merit a look.
        severity = Severity.WARNING if a.tier is key else Severity.NOTICE
        params: dict[str, FindingParam] = {
            "name": a.name,
            "tier": a.tier.value,
            "allowed_days": allowed,
            "last_interaction": last,
        }
        if days_since is None:
            findings.append(GuardrailFinding("neglected_account_never", a.key, params, severity))
        else:
            params["days_since"] = days_since
            findings.append(GuardrailFinding("neglected_account", a.key, params, severity))
    return findings


def _months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier, clamped to the month's end (29 Feb → 28 Feb)."""
    year, month_index = divmod(day.year * 12 + day.month - 1 - months, 12)
    month = month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def missing_key_essentials(
    accounts: Sequence[PortfolioAccountFacts], today: date, settings: GuardrailSettings
) -> list[GuardrailFinding]:
    """One finding per missing essential of each key account."""
    export_cutoff = _months_before(today, settings.plan_export_months)
    findings = []
    key = Tier.KEY
    for a in accounts:
        if a.tier is not key:
            continue
        name: dict[str, FindingParam] = {"name": a.name}
        if not a.has_goals:
            findings.append(GuardrailFinding("key_account_without_goals", a.key, name))
        if not a.has_known_decider:
            findings.append(GuardrailFinding("key_account_without_decider", a.key, name))
        if a.next_review_due is None:
            findings.append(GuardrailFinding("key_account_review_not_scheduled", a.key, name))
        elif a.next_review_due < today:
            params = {**name, "next_review_due": a.next_review_due}
            findings.append(GuardrailFinding("key_account_review_overdue", a.key, params))
        if a.last_plan_export is None or a.last_plan_export < export_cutoff:
            params = {
                **name,
                "months": settings.plan_export_months,
                "last_plan_export": a.last_plan_export,
            }
            findings.append(GuardrailFinding("key_account_plan_not_exported", a.key, params))
    return findings


def check_portfolio(
    accounts: Sequence[PortfolioAccountFacts],
    capacities: Mapping[Key, int],
    today: date,
    settings: GuardrailSettings = GuardrailSettings(),
) -> list[GuardrailFinding]:
    """All guardrails, portfolio-wide findings first, then per account in input order."""
    return [
        *too_many_key_accounts(accounts, settings),
        *over_capacity(accounts, capacities, settings),
        *revenue_dependence(accounts, settings),
        *missing_key_essentials(accounts, today, settings),
        *neglected_accounts(accounts, today, settings),
    ]
