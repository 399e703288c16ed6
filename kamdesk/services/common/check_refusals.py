"""What to tell the user when the database refuses a value by a CHECK constraint.

The services check values before writing, so a CHECK refusal means a value slipped past
them (an import, a race, a new rule). The user then reads a sentence in their words that
names the field and its rule, never the driver's text with a constraint name in it; that
text goes to the log. Both backends name the constraint: SQLite in "CHECK constraint
failed: ck_…", PostgreSQL in 'violates check constraint "ck_…"'.
``tests/services/common/test_check_refusals.py`` fails when a constraint lacks a sentence.
"""

from __future__ import annotations

import re

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage

_CONSTRAINT = re.compile(r'CHECK constraint failed: (\w+)|violates check constraint "(\w+)"')

_NOT_NEGATIVE_REVENUE = QT_TRANSLATE_NOOP("ServiceMessage", "Revenue cannot be negative.")
_NAME = QT_TRANSLATE_NOOP("ServiceMessage", "The name must not be empty.")
_TITLE = QT_TRANSLATE_NOOP("ServiceMessage", "The title must not be empty.")
_RATING = QT_TRANSLATE_NOOP("ServiceMessage", "This rating is a whole number from 1 to 5.")
_SHARE = QT_TRANSLATE_NOOP("ServiceMessage", "A share is a percentage from 0 to 100.")
_THRESHOLD = QT_TRANSLATE_NOOP("ServiceMessage", "A score threshold is a number from 0 to 100.")
_PROBABILITY = QT_TRANSLATE_NOOP(
    "ServiceMessage", "A probability is a percentage from 0 to 100."
)
_CAPACITY = QT_TRANSLATE_NOOP("ServiceMessage", "A capacity cannot be negative.")
_CONTACT_DAYS = QT_TRANSLATE_NOOP(
    "ServiceMessage", "The number of days without contact must be at least 1."
)
_VALUE = QT_TRANSLATE_NOOP("ServiceMessage", "A value cannot be negative.")
# A choice from a fixed list (a tier, a kind, a status) that is not on the list.
CHOICE = QT_TRANSLATE_NOOP(
    "ServiceMessage", "This choice is not one kamdesk offers here; pick one from the list."
)
# A constraint added later and not yet worded here: still no driver text for the user.
OUT_OF_RANGE = QT_TRANSLATE_NOOP("ServiceMessage", "This value is outside the allowed range.")

_CHOICES = (
    "ck_account_tier", "ck_account_review_cadence", "ck_account_team_role_role",
    "ck_competitor_kind", "ck_goal_kind", "ck_goal_direction", "ck_interaction_kind",
    "ck_need_priority", "ck_review_kind", "ck_score_criterion", "ck_stakeholder_attitude",
    "ck_swot_item_kind", "ck_buying_center_member_role", "ck_opportunity_status",
    "ck_opportunity_type", "ck_plan_snapshot_reason", "ck_stakeholder_link_kind",
    "ck_whitespace_cell_status",
)

# Constraint name (kamdesk's naming convention: ck_<table>_<name>) → its sentence.
SENTENCES: dict[str, UserMessage] = {
    "ck_company_settings_abc_thresholds": QT_TRANSLATE_NOOP(
        "ServiceMessage",
        "The A share must be above 0 % and below the B share, and the B share at most 100 %.",
    ),
    "ck_company_settings_weights": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The weights of the scorecard cannot be negative."
    ),
    "ck_company_settings_singleton": QT_TRANSLATE_NOOP(
        "ServiceMessage", "There is only one set of company settings."
    ),
    "ck_company_settings_stale_contact_days": _CONTACT_DAYS,
    "ck_company_settings_contact_days": _CONTACT_DAYS,
    "ck_company_settings_key_score_threshold": _THRESHOLD,
    "ck_company_settings_emerging_score_threshold": _THRESHOLD,
    "ck_company_settings_gross_margin": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The gross margin is a percentage from 0 to 100."
    ),
    "ck_company_settings_max_key_share_percent": _SHARE,
    "ck_company_settings_max_account_share_percent": _SHARE,
    "ck_company_settings_fiscal_year_start_month": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The fiscal year starts in a month from 1 to 12."
    ),
    "ck_company_settings_default_kam_capacity": _CAPACITY,
    "ck_team_member_capacity": _CAPACITY,
    "ck_offering_list_price": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The list price cannot be negative."
    ),
    "ck_opportunity_stage_default_probability": _PROBABILITY,
    "ck_opportunity_probability": _PROBABILITY,
    "ck_account_employees": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The number of employees cannot be negative."
    ),
    "ck_account_expected_relationship_years": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The expected length of the relationship is from 1 to 100 years."
    ),
    "ck_account_annual_revenue": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The annual revenue cannot be negative."
    ),
    "ck_account_name_not_empty": _NAME,
    "ck_business_unit_name_not_empty": _NAME,
    "ck_buying_center_name_not_empty": _NAME,
    "ck_stakeholder_name_not_empty": _NAME,
    "ck_goal_title_not_empty": _TITLE,
    "ck_action_item_title_not_empty": _TITLE,
    "ck_opportunity_title_not_empty": _TITLE,
    "ck_goal_due_after_start": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The due date cannot be before the start date."
    ),
    "ck_goal_target_differs": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The target must differ from the baseline."
    ),
    "ck_revenue_entry_plan": _NOT_NEGATIVE_REVENUE,
    "ck_revenue_entry_actual": _NOT_NEGATIVE_REVENUE,
    "ck_revenue_entry_year": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The year must be from 1900 to 2200."
    ),
    "ck_revenue_entry_quarter": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The quarter must be from 1 to 4."
    ),
    "ck_review_next_after_held": QT_TRANSLATE_NOOP(
        "ServiceMessage", "The next review cannot be before this one."
    ),
    "ck_score_value": _RATING,
    "ck_stakeholder_influence": _RATING,
    "ck_stakeholder_relationship_strength": _RATING,
    "ck_stakeholder_not_own_manager": QT_TRANSLATE_NOOP(
        "ServiceMessage", "A person cannot report to themselves."
    ),
    "ck_stakeholder_link_not_self": QT_TRANSLATE_NOOP(
        "ServiceMessage", "A line cannot connect a person with themselves."
    ),
    "ck_opportunity_value": _VALUE,
    "ck_whitespace_cell_estimated_value": _VALUE,
    **{name: CHOICE for name in _CHOICES},
}


def check_constraint_named_in(driver_text: str) -> str | None:
    """The CHECK constraint a driver's refusal names, or None when it names none."""
    found = _CONSTRAINT.search(driver_text)
    if found is None:
        return None
    return found.group(1) or found.group(2)


def check_sentence(driver_text: str) -> UserMessage:
    """The user's sentence for a CHECK refusal (the generic one for an unworded constraint)."""
    name = check_constraint_named_in(driver_text)
    return SENTENCES.get(name or "", OUT_OF_RANGE)
