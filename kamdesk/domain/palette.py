"""The colours of kamdesk's meanings, one set for the screen and the printed plan.

A champion is the same green on a map card, in the stakeholder table and in the PDF; a
cell "in progress" the same amber in the matrix and in the printed whitespace. The colours
are chosen to read on a screen and on paper: words set in a colour (badges, cells, tiers,
the signal inks as text) keep at least 4.5 : 1 contrast against their background, marks
(dots, bars, lines) differ in lightness as well as hue, and every coloured mark also
carries a word or a symbol, so a grey-scale print loses nothing. Plain ``#RRGGBB``
strings: the app turns them into ``QColor``, the documents into reportlab colours.
"""

from __future__ import annotations

from kamdesk.domain.enums import Attitude, CellStatus, GoalStatus, LinkKind, Tier
from kamdesk.domain.pareto import AbcClass

# Ink and paper
ACCENT = "#1E3A5F"  # ink blue: headings, rules, "actual" in charts
ACCENT_LIGHT = "#DCE4EE"  # its pale tint: header fills
TEXT = "#222831"
MUTED = "#5F6B76"  # captions, labels
SUBTLE = "#98A2AB"  # plan bars, secondary marks
RULE = "#D3D9DF"
FILL = "#F3F5F7"  # zebra rows, panels
WHITE = "#FFFFFF"

# Signals (each also said in words wherever it is shown)
GREEN = "#2A7A48"
AMBER = "#B7791F"
RED = "#B3261E"
BLUE = "#2F6FB3"
GREY = "#8A939B"

ATTITUDE: dict[Attitude, str] = {
    Attitude.CHAMPION: GREEN,
    Attitude.SUPPORTER: "#7DB58F",
    Attitude.NEUTRAL: "#A7B0B8",
    Attitude.SCEPTIC: "#D9A047",
    Attitude.BLOCKER: RED,
}

#: How recent the last contact with a person is.
FRESHNESS: dict[str, str] = {
    "fresh": GREEN,
    "ageing": AMBER,
    "stale": RED,
    "never": GREY,
}

LINK: dict[LinkKind, str] = {
    LinkKind.INFLUENCES: BLUE,
    LinkKind.CLOSE_TO: "#6E7781",
    LinkKind.CONFLICT: RED,
}

#: A goal's status: the mark's ink, and (fill, ink) of a badge that carries the word.
GOAL_STATUS: dict[GoalStatus, str] = {
    GoalStatus.ACHIEVED: ACCENT,
    GoalStatus.ON_TRACK: GREEN,
    GoalStatus.AT_RISK: AMBER,
    GoalStatus.OFF_TRACK: RED,
    GoalStatus.OVERDUE: RED,
}
GOAL_BADGE: dict[GoalStatus, tuple[str, str]] = {
    GoalStatus.ACHIEVED: (ACCENT_LIGHT, ACCENT),
    GoalStatus.ON_TRACK: ("#DDEFE3", "#1D5C35"),
    GoalStatus.AT_RISK: ("#F8E8C8", "#6B4A0F"),
    GoalStatus.OFF_TRACK: ("#F6D9D6", "#7A1D15"),
    GoalStatus.OVERDUE: (RED, WHITE),
}

#: A whitespace cell: (fill, ink of its symbol and word).
CELL: dict[CellStatus, tuple[str, str]] = {
    CellStatus.ACTIVE: ("#DDEFE3", "#1D5C35"),
    CellStatus.OPPORTUNITY: ("#DCE8F6", "#1F4F86"),
    CellStatus.IN_PROGRESS: ("#F8E8C8", "#6B4A0F"),
    CellStatus.COMPETITOR: ("#F6D9D6", "#7A1D15"),
    CellStatus.NOT_RELEVANT: ("#E8EBEE", "#59626B"),
    CellStatus.UNKNOWN: (WHITE, "#6E7781"),
}

#: A tier badge: (fill, ink).
TIER: dict[Tier, tuple[str, str]] = {
    Tier.KEY: ("#F6C343", "#4A3500"),
    Tier.EMERGING: ("#C4E6CF", "#1D5C35"),
    Tier.STANDARD: ("#DDE3EA", "#2F3B48"),
    Tier.ARCHIVED: ("#EEEEEE", MUTED),
}

#: Pareto classes: A the deepest, C the palest.
ABC_CLASS: dict[AbcClass, str] = {
    AbcClass.A: "#2F5F94",
    AbcClass.B: "#7FA7D9",
    AbcClass.C: "#C9D6E6",
}
