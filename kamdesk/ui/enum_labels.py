"""The words the UI uses for the method's vocabularies (competitor kinds, priorities …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.enums import CompetitorKind, InteractionKind, Priority, SwotKind, TeamRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("EnumLabels", text)


def competitor_kinds() -> list[tuple[str, CompetitorKind]]:
    """(label, value) of whose competitor an entry is."""
    return [
        (_tr("The customer's competitor"), CompetitorKind.CUSTOMERS),
        (_tr("Our competitor here"), CompetitorKind.OURS),
    ]


def priorities() -> list[tuple[str, Priority]]:
    """(label, value) of need priorities, most pressing first."""
    return [(_tr("High"), Priority.HIGH), (_tr("Medium"), Priority.MEDIUM),
            (_tr("Low"), Priority.LOW)]


def team_roles() -> list[tuple[str, TeamRole]]:
    """(label, value) of roles on an account team."""
    return [
        (_tr("Executive sponsor"), TeamRole.EXECUTIVE_SPONSOR),
        (_tr("Key account manager"), TeamRole.KAM),
        (_tr("Specialist"), TeamRole.SPECIALIST),
        (_tr("Service"), TeamRole.SERVICE),
        (_tr("Sales"), TeamRole.SALES),
        (_tr("Other"), TeamRole.OTHER),
    ]


def interaction_kinds() -> list[tuple[str, InteractionKind]]:
    """(label, value) of how we were in touch."""
    return [
        (_tr("Meeting"), InteractionKind.MEETING),
        (_tr("Call"), InteractionKind.CALL),
        (_tr("E-mail"), InteractionKind.EMAIL),
        (_tr("Visit"), InteractionKind.VISIT),
    ]


def swot_titles() -> list[tuple[str, SwotKind]]:
    """(heading, value) of the four SWOT quadrants."""
    return [
        (_tr("Strengths"), SwotKind.STRENGTH),
        (_tr("Weaknesses"), SwotKind.WEAKNESS),
        (_tr("Opportunities"), SwotKind.OPPORTUNITY),
        (_tr("Threats"), SwotKind.THREAT),
    ]


def unused_name(base: str, taken: set[str]) -> str:
    """``base``, or ``base 2``, ``base 3`` … whichever is not taken."""
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken:
        number += 1
    return f"{base} {number}"
