"""Colours and translated names shared by the stakeholder table, form, map and buying centers.

One place for them, so an attitude has the same colour in the table, on a map card and in
the legend, and a role reads the same in every list. Names are translated through
``QCoreApplication.translate`` with the context "Stakeholders"; the stored values stay the
enums' stable identifiers.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kamdesk.domain.enums import Attitude, BuyingRole, LinkKind
from kamdesk.ui.common.qt_dates import show_date

ATTITUDE_COLOURS: dict[Attitude, QColor] = {
    Attitude.CHAMPION: QColor("#1a7f37"),
    Attitude.SUPPORTER: QColor("#7bc96f"),
    Attitude.NEUTRAL: QColor("#9aa4ae"),
    Attitude.SCEPTIC: QColor("#e8a33d"),
    Attitude.BLOCKER: QColor("#cf222e"),
}
FRESHNESS_COLOURS: dict[str, QColor] = {
    "fresh": QColor("#1a7f37"),
    "ageing": QColor("#bf8700"),
    "stale": QColor("#cf222e"),
    "never": QColor("#8c959f"),
}
LINK_COLOURS: dict[LinkKind, QColor] = {
    LinkKind.INFLUENCES: QColor("#3b5bdb"),
    LinkKind.CLOSE_TO: QColor("#6e7781"),
    LinkKind.CONFLICT: QColor("#cf222e"),
}
DECIDER_COLOUR = QColor("#0969da")
ERROR_COLOUR = QColor("#cf222e")


def attitude_label(attitude: Attitude) -> str:
    """The attitude's translated name."""
    return {
        Attitude.CHAMPION: QCoreApplication.translate("Stakeholders", "Champion"),
        Attitude.SUPPORTER: QCoreApplication.translate("Stakeholders", "Supporter"),
        Attitude.NEUTRAL: QCoreApplication.translate("Stakeholders", "Neutral"),
        Attitude.SCEPTIC: QCoreApplication.translate("Stakeholders", "Sceptic"),
        Attitude.BLOCKER: QCoreApplication.translate("Stakeholders", "Blocker"),
    }[attitude]


def role_label(role: BuyingRole) -> str:
    """The buying-center role's translated name."""
    return {
        BuyingRole.INITIATOR: QCoreApplication.translate("Stakeholders", "Initiator"),
        BuyingRole.USER: QCoreApplication.translate("Stakeholders", "User"),
        BuyingRole.INFLUENCER: QCoreApplication.translate("Stakeholders", "Influencer"),
        BuyingRole.DECIDER: QCoreApplication.translate("Stakeholders", "Decider"),
        BuyingRole.BUYER: QCoreApplication.translate("Stakeholders", "Buyer"),
        BuyingRole.GATEKEEPER: QCoreApplication.translate("Stakeholders", "Gatekeeper"),
    }[role]


def link_label(kind: LinkKind) -> str:
    """The informal line's translated name."""
    return {
        LinkKind.INFLUENCES: QCoreApplication.translate("Stakeholders", "influences"),
        LinkKind.CLOSE_TO: QCoreApplication.translate("Stakeholders", "close to"),
        LinkKind.CONFLICT: QCoreApplication.translate("Stakeholders", "in conflict with"),
    }[kind]


def freshness_label(freshness: str) -> str:
    """How recent the last contact is, in words."""
    return {
        "fresh": QCoreApplication.translate("Stakeholders", "recent"),
        "ageing": QCoreApplication.translate("Stakeholders", "ageing"),
        "stale": QCoreApplication.translate("Stakeholders", "stale"),
        "never": QCoreApplication.translate("Stakeholders", "no contact yet"),
    }[freshness]


def short_date(day: date) -> str:
    """A date in the user's locale, short form (e.g. 05.03.25 or 3/5/25)."""
    return show_date(day)
