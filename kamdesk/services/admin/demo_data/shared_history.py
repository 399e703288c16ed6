"""The part of a demo account's history the KAM has shared with the client.

What we write about meetings and reviews is internal unless the KAM shares the entry, so a
demo whose client plan shows a meeting history must share some entries, and their texts
must read as something written for the client's table: agreements, dates and the next
meeting, never a discount demand or an opportunity of ours. The choice uses no random
numbers, so sharing leaves every other value of the demo as it was.
"""

from __future__ import annotations

from kamdesk.domain.enums import GoalKind, InteractionKind
from kamdesk.services.admin.demo_data.spec import PlannedAccount

# One interaction in this many (oldest first) is shared: a few, not most.
SHARE_EVERY = 4

SHARED_MEETING_SUMMARIES: tuple[str, ...] = (
    "Gemeinsamer Workshop: Anforderungen an das Energie-Monitoring aufgenommen.",
    "Project status reviewed with the plant team: commissioning on schedule.",
    "Abstimmung mit der Instandhaltung: Wartungsfenster für das nächste Quartal festgelegt.",
    "Kick-off of the condition-monitoring pilot; responsibilities on both sides confirmed.",
    "Schulungstermine für das Bedienpersonal gemeinsam festgelegt.",
    "Uptime report walked through together; reporting format agreed for the coming year.",
)
SHARED_NEXT_STEPS: tuple[str, ...] = (
    "Protokoll und Terminplan an alle Teilnehmenden senden.",
    "Share the training schedule with the shift leads.",
    "Nächster Termin: Abnahme vor Ort.",
    "Send the updated project plan by Friday.",
)


def shared_interaction(position: int) -> tuple[InteractionKind, str, str] | None:
    """Kind, summary and next steps of the interaction at ``position`` if it is shared."""
    if position % SHARE_EVERY != SHARE_EVERY - 1:
        return None
    number = position // SHARE_EVERY
    kind = InteractionKind.MEETING if number % 2 == 0 else InteractionKind.VISIT
    return (
        kind,
        SHARED_MEETING_SUMMARIES[number % len(SHARED_MEETING_SUMMARIES)],
        SHARED_NEXT_STEPS[number % len(SHARED_NEXT_STEPS)],
    )


def shared_review(plan: PlannedAccount, index: int) -> tuple[str, str] | None:
    """Summary and outcomes of the review ``index`` reviews back, if the KAM shared it.

    The newest review (``index`` 0, always one held with the client) is shared; it names
    only customer-facing goals, never an internal one.
    """
    if index != 0:
        return None
    goals = [g.title for g in plan.goals if g.kind is GoalKind.CUSTOMER][:2]
    topic = ", ".join(goals) or "the goals of the year"
    return (
        f"Joint review: progress on {topic} and on the actions agreed last time.",
        "Next steps and dates agreed; minutes sent to all attendees.",
    )
