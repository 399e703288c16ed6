"""The words the UI uses for the method's vocabularies (competitor kinds, priorities …)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kamdesk.domain.enums import (
    CompetitorKind,
    InteractionKind,
    Priority,
    ReviewCadence,
    SwotKind,
    TeamRole,
)


def competitor_kinds() -> list[tuple[str, CompetitorKind]]:
    """(label, value) of whose competitor an entry is."""
    return [
        (
            QCoreApplication.translate("EnumLabels", "The customer's competitor"),
            CompetitorKind.CUSTOMERS,
        ),
        (QCoreApplication.translate("EnumLabels", "Our competitor here"), CompetitorKind.OURS),
    ]


def priorities() -> list[tuple[str, Priority]]:
    """(label, value) of need priorities, most pressing first."""
    return [
        (QCoreApplication.translate("EnumLabels", "High"), Priority.HIGH),
        (QCoreApplication.translate("EnumLabels", "Medium"), Priority.MEDIUM),
        (QCoreApplication.translate("EnumLabels", "Low"), Priority.LOW),
    ]


def team_roles() -> list[tuple[str, TeamRole]]:
    """(label, value) of roles on an account team."""
    return [
        (QCoreApplication.translate("EnumLabels", "Executive sponsor"), TeamRole.EXECUTIVE_SPONSOR),
        (QCoreApplication.translate("EnumLabels", "Key account manager"), TeamRole.KAM),
        (QCoreApplication.translate("EnumLabels", "Specialist"), TeamRole.SPECIALIST),
        (QCoreApplication.translate("EnumLabels", "Service"), TeamRole.SERVICE),
        (QCoreApplication.translate("EnumLabels", "Sales"), TeamRole.SALES),
        (QCoreApplication.translate("EnumLabels", "Other"), TeamRole.OTHER),
    ]


def interaction_kinds() -> list[tuple[str, InteractionKind]]:
    """(label, value) of how we were in touch."""
    return [
        (QCoreApplication.translate("EnumLabels", "Meeting"), InteractionKind.MEETING),
        (QCoreApplication.translate("EnumLabels", "Call"), InteractionKind.CALL),
        (QCoreApplication.translate("EnumLabels", "E-mail"), InteractionKind.EMAIL),
        (QCoreApplication.translate("EnumLabels", "Visit"), InteractionKind.VISIT),
    ]


def swot_titles() -> list[tuple[str, SwotKind]]:
    """(heading, value) of the four SWOT quadrants."""
    return [
        (QCoreApplication.translate("EnumLabels", "Strengths"), SwotKind.STRENGTH),
        (QCoreApplication.translate("EnumLabels", "Weaknesses"), SwotKind.WEAKNESS),
        (QCoreApplication.translate("EnumLabels", "Opportunities"), SwotKind.OPPORTUNITY),
        (QCoreApplication.translate("EnumLabels", "Threats"), SwotKind.THREAT),
    ]


def cadence_label(cadence: ReviewCadence) -> str:
    """How often an account is reviewed, as the user reads it."""
    return {
        ReviewCadence.MONTHLY: QCoreApplication.translate("EnumLabels", "Monthly"),
        ReviewCadence.QUARTERLY: QCoreApplication.translate("EnumLabels", "Quarterly"),
        ReviewCadence.HALF_YEARLY: QCoreApplication.translate("EnumLabels", "Every six months"),
        ReviewCadence.YEARLY: QCoreApplication.translate("EnumLabels", "Yearly"),
    }[cadence]


def unused_name(base: str, taken: set[str]) -> str:
    """``base``, or ``base 2``, ``base 3`` … whichever is not taken."""
    if base not in taken:
        return base
    number = 2
    while f"{base} {number}" in taken:
        number += 1
    return f"{base} {number}"
