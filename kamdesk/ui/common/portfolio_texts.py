"""The words for the portfolio rules' codes: tier reasons and guardrail findings.

The domain gives stable codes with parameters, never sentences; here each code becomes a
translated sentence (one literal source string per code, so the translation tools find
them), with numbers, percentages and dates written in the user's locale.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale

from kamdesk.domain.enums import Tier
from kamdesk.domain.guardrails import FindingParam, GuardrailFinding
from kamdesk.domain.tiering import Reason, ReasonParam
from kamdesk.ui.common.qt_dates import show_date
from kamdesk.ui.common.tier_badges import tier_label


def _reason_sources() -> dict[str, str]:
    return {
        "archived": QCoreApplication.translate(
            "PortfolioTexts", "Archived accounts keep their tier."
        ),
        "abc_class_a": QCoreApplication.translate(
            "PortfolioTexts", "Class A by revenue: among the accounts that earn most of it."
        ),
        "abc_class_not_a": QCoreApplication.translate(
            "PortfolioTexts", "Class %abc_class by revenue, not A."
        ),
        "score_meets_key_threshold": QCoreApplication.translate(
            "PortfolioTexts", "Score %score reaches the key threshold of %threshold."
        ),
        "score_below_key_threshold": QCoreApplication.translate(
            "PortfolioTexts", "Score %score is below the key threshold of %threshold."
        ),
        "score_meets_emerging_threshold": QCoreApplication.translate(
            "PortfolioTexts", "Score %score reaches the emerging threshold of %threshold."
        ),
        "score_below_emerging_threshold": QCoreApplication.translate(
            "PortfolioTexts", "Score %score is below the emerging threshold of %threshold."
        ),
        "no_score": QCoreApplication.translate("PortfolioTexts", "No scorecard yet."),
        "growth_potential_high": QCoreApplication.translate(
            "PortfolioTexts", "Growth potential %growth_potential of 5 reaches %threshold."
        ),
        "growth_potential_low": QCoreApplication.translate(
            "PortfolioTexts", "Growth potential %growth_potential of 5 is below %threshold."
        ),
        "no_growth_potential": QCoreApplication.translate(
            "PortfolioTexts", "Growth potential not scored."
        ),
    }


def _finding_sources() -> dict[str, str]:
    return {
        "too_many_key_accounts": QCoreApplication.translate(
            "PortfolioTexts",
            "%key_count of %active_count active accounts are key (%share); the limit is "
            "%max_share.",
        ),
        "over_capacity": QCoreApplication.translate(
            "PortfolioTexts", "%owner owns %key_count key accounts; their capacity is %capacity."
        ),
        "revenue_dependence": QCoreApplication.translate(
            "PortfolioTexts",
            "%name earns %share of all revenue; the limit for one account is %max_share.",
        ),
        "neglected_account": QCoreApplication.translate(
            "PortfolioTexts",
            "%name (%tier): no contact for %days_since days; %allowed_days allowed.",
        ),
        "neglected_account_never": QCoreApplication.translate(
            "PortfolioTexts", "%name (%tier): no contact recorded."
        ),
        "key_account_without_goals": QCoreApplication.translate(
            "PortfolioTexts", "%name: key account without goals."
        ),
        "key_account_without_decider": QCoreApplication.translate(
            "PortfolioTexts", "%name: key account without a known decider."
        ),
        "key_account_review_overdue": QCoreApplication.translate(
            "PortfolioTexts", "%name: the review was due on %next_review_due."
        ),
        "key_account_review_not_scheduled": QCoreApplication.translate(
            "PortfolioTexts", "%name: no review scheduled."
        ),
        "key_account_plan_not_exported": QCoreApplication.translate(
            "PortfolioTexts", "%name: no account plan exported in the last %months months."
        ),
    }


_PLACEHOLDER = re.compile(r"%([a-z_]+)")

#: Finding parameters that are fractions, shown as percentages.
PERCENT_PARAMS = frozenset({"share", "max_share"})


def percent_text(fraction: Decimal, places: int = 1) -> str:
    """A fraction as a percentage in the user's locale, e.g. ``12.5%``."""
    return QLocale().toString(float(fraction * 100), "f", places) + QLocale().percent()


def score_text(score: Decimal | None) -> str:
    """A weighted score with one decimal in the user's locale ("–" for none)."""
    return "–" if score is None else QLocale().toString(float(score), "f", 1)


def _param_text(name: str, value: ReasonParam | FindingParam) -> str:
    locale = QLocale()
    if value is None:
        return "–"
    if isinstance(value, Decimal):
        if name == "score":
            return score_text(value)
        if name in PERCENT_PARAMS:
            return percent_text(value)
        return (
            score_text(value) if value != value.to_integral_value() else locale.toString(int(value))
        )
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, date):
        return show_date(value)
    if name == "tier":
        try:
            return tier_label(Tier(value))
        except ValueError:
            return value
    return value


def _fill(template: str, params: dict[str, ReasonParam] | dict[str, FindingParam]) -> str:
    # One pass: a name that itself contains "%share" is never substituted again.
    return _PLACEHOLDER.sub(
        lambda match: (
            _param_text(match.group(1), params[match.group(1)])
            if match.group(1) in params
            else match.group(0)
        ),
        template,
    )


def reason_text(reason: Reason) -> str:
    """A tier reason as a translated sentence."""
    template = _reason_sources().get(reason.code)
    return reason.english() if template is None else _fill(template, reason.params)


def finding_text(finding: GuardrailFinding) -> str:
    """A guardrail finding as a translated sentence."""
    template = _finding_sources().get(finding.code)
    return finding.english() if template is None else _fill(template, finding.params)
