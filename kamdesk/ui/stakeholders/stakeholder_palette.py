"""Colours and translated names shared by the stakeholder table, form, map and buying centers.

One place for them, so an attitude has the same colour in the table, on a map card, in
the legend and in the printed plan (the colours are :mod:`kamdesk.domain.palette`'s), and
a role reads the same in every list. Names are translated through
``QCoreApplication.translate`` with the context "Stakeholders"; the stored values stay the
enums' stable identifiers.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from kamdesk.domain import palette
from kamdesk.domain.enums import Attitude, BuyingRole, LinkKind
from kamdesk.ui.common.qt_dates import show_date

ATTITUDE_COLOURS: dict[Attitude, QColor] = {
    attitude: QColor(colour) for attitude, colour in palette.ATTITUDE.items()
}
FRESHNESS_COLOURS: dict[str, QColor] = {
    freshness: QColor(colour) for freshness, colour in palette.FRESHNESS.items()
}
LINK_COLOURS: dict[LinkKind, QColor] = {
    kind: QColor(colour) for kind, colour in palette.LINK.items()
}
DECIDER_COLOUR = QColor(palette.BLUE)
ERROR_COLOUR = QColor(palette.RED)


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
