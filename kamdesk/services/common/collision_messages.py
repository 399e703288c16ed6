"""What to tell the user when a write collides with a unique constraint, constraint by constraint.

The services check for duplicates before writing, so on one desk a collision is rare; on a
shared server it is how a race shows up: two people entering the same revenue quarter at
once, the second one's write refused by the database. The sentence then names what collided
and that someone else was first, instead of a generic "already exists".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kamdesk.domain.user_messages import QT_TRANSLATE_NOOP, UserMessage
from kamdesk.store.errors import ValidationError
from kamdesk.store.unique_collisions import Collision

# Constraint name → (sentence with the colliding values, sentence without them, field).
# ``tests/services/common/test_collision_messages.py`` fails when a constraint lacks one.
SENTENCES: dict[str, tuple[UserMessage, UserMessage, str | None]] = {
    "uq_account_name": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "An account named “{name}” already exists; someone else may just have entered it.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "An account with this name already exists; someone else may just have entered it.",
        ),
        "name",
    ),
    "uq_revenue_entry_account_id_year_quarter": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "Revenue for Q{quarter} {year} of this account was just entered by someone else; "
            "the latest figures have been loaded.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "Revenue for this quarter of this account was just entered by someone else; "
            "the latest figures have been loaded.",
        ),
        "quarter",
    ),
    "uq_score_account_id_criterion_scored_on": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "A score for this criterion on {scored_on} was just entered by someone else.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "A score for this criterion on this day was just entered by someone else.",
        ),
        "scored_on",
    ),
    "uq_goal_update_goal_id_measured_on": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "A measurement of this goal on {measured_on} was just entered by someone else.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "A measurement of this goal on this day was just entered by someone else.",
        ),
        "measured_on",
    ),
    "uq_competitor_account_id_name_kind": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This account already lists “{name}” as this kind of competitor or partner.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This account already lists this competitor or partner.",
        ),
        "name",
    ),
    "uq_account_team_role_account_id_team_member_id_role": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This team member already has this role on the account.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This team member already has this role on the account.",
        ),
        "role",
    ),
    "uq_team_member_name": (
        QT_TRANSLATE_NOOP("ServiceMessage", "A team member named “{name}” already exists."),
        QT_TRANSLATE_NOOP("ServiceMessage", "A team member with this name already exists."),
        "name",
    ),
    "uq_offering_name": (
        QT_TRANSLATE_NOOP("ServiceMessage", "An offering named “{name}” already exists."),
        QT_TRANSLATE_NOOP("ServiceMessage", "An offering with this name already exists."),
        "name",
    ),
    "uq_opportunity_stage_name": (
        QT_TRANSLATE_NOOP("ServiceMessage", "A stage named “{name}” already exists."),
        QT_TRANSLATE_NOOP("ServiceMessage", "A stage with this name already exists."),
        "name",
    ),
    "uq_business_unit_account_id_name": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This account already has a business unit named “{name}”.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This account already has a business unit with this name.",
        ),
        "name",
    ),
    "uq_buying_center_account_id_name": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This account already has a buying center named “{name}”.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This account already has a buying center with this name.",
        ),
        "name",
    ),
    "uq_buying_center_member_buying_center_id_stakeholder_id": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This person is already a member of this buying center.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This person is already a member of this buying center.",
        ),
        None,
    ),
    "uq_stakeholder_link_from_id_to_id_kind": (
        QT_TRANSLATE_NOOP("ServiceMessage", "These two people are already linked this way."),
        QT_TRANSLATE_NOOP("ServiceMessage", "These two people are already linked this way."),
        "kind",
    ),
    "uq_whitespace_cell_business_unit_id_offering_id": (
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This whitespace cell was just filled in by someone else; "
            "the latest values have been loaded.",
        ),
        QT_TRANSLATE_NOOP(
            "ServiceMessage",
            "This whitespace cell was just filled in by someone else; "
            "the latest values have been loaded.",
        ),
        None,
    ),
    "pk_interaction_stakeholder": (
        QT_TRANSLATE_NOOP("ServiceMessage", "This person is already part of this interaction."),
        QT_TRANSLATE_NOOP("ServiceMessage", "This person is already part of this interaction."),
        None,
    ),
}


def collision_error(collision: Collision) -> ValidationError:
    """The sentence for ``collision``, with the values that collided where they are known."""
    known = SENTENCES.get(collision.constraint)
    if known is None:
        return ValidationError(
            QT_TRANSLATE_NOOP("ServiceMessage", "An entry with these values already exists.")
        )
    with_values, without_values, field = known
    return ValidationError(_filled(with_values, collision.values) or without_values, field)


def _filled(template: UserMessage, values: Mapping[str, Any]) -> UserMessage | None:
    filled = template.format(**{name: _shown(value) for name, value in values.items()})
    try:
        str(filled)
    except KeyError:  # a value the driver did not report
        return None
    return filled


def _shown(value: Any) -> str:
    return str(getattr(value, "value", value))  # an enum member by its stored value
