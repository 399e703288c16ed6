"""The tabs of the account workspace, in the order they appear.

Each area of the method adds its tab here, in one line. A tab's code is imported when the
tab is first shown, not when the app starts (a start pays for one tab, not fourteen), so
the list names the module and class, and the title the class gives itself – in that
class's translation context, so the translation is the tab's own.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kamdesk.ui.common.workspace_tab import WorkspaceTab


@dataclass(frozen=True)
class TabEntry:
    """One workspace tab: its area, where its class lives, and its title."""

    area: str
    module: str
    class_name: str
    title: str  # the source text of the class's own ``title()``

    def translated_title(self) -> str:
        """The title in the user's language (the tab class's translation context)."""
        return QCoreApplication.translate(self.class_name, self.title)

    def load(self) -> type[WorkspaceTab]:
        """The tab's class, its module imported now."""
        tab_class = getattr(importlib.import_module(self.module), self.class_name)
        if not (isinstance(tab_class, type) and issubclass(tab_class, WorkspaceTab)
                and tab_class.area == self.area):
            raise TypeError(f"{self.module}.{self.class_name} is not the {self.area} tab")
        return tab_class


def _entry(area: str, module: str, class_name: str, title: str) -> TabEntry:
    return TabEntry(area, f"kamdesk.ui.{module}", class_name, title)


#: Every workspace tab, in display order.
WORKSPACE_TABS = (
    _entry("profile", "profile.profile_tab", "ProfileTab", "Profile"),
    _entry("stakeholders", "stakeholders.stakeholders_tab", "StakeholdersTab", "Stakeholders"),
    _entry("buying_centers", "stakeholders.buying_centers_tab", "BuyingCentersTab",
           "Buying centers"),
    _entry("goals", "tracking.goals_tab", "GoalsTab", "Goals"),
    _entry("actions", "tracking.actions_tab", "ActionsTab", "Actions"),
    _entry("whitespace", "growth.whitespace_tab", "WhitespaceTab", "Whitespace"),
    _entry("opportunities", "growth.opportunities_tab", "OpportunitiesTab", "Opportunities"),
    _entry("revenue", "tracking.revenue_tab", "RevenueTab", "Revenue"),
    _entry("reviews", "tracking.reviews_tab", "ReviewsTab", "Reviews"),
    _entry("history", "profile.history_tab", "HistoryTab", "History"),
    _entry("needs_swot", "profile.needs_swot_tab", "NeedsSwotTab", "Needs && SWOT"),
    _entry("competitors", "profile.competitors_tab", "CompetitorsTab", "Competitors"),
    _entry("team_roles", "profile.team_tab", "TeamTab", "Team"),
    _entry("assessment", "assessment.assessment_tab", "AssessmentTab", "Assessment"),
)
