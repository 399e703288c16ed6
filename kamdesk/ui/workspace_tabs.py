"""The tabs of the account workspace, in the order they appear.

Each area of the method adds its tab here, in one line; the main window builds the
workspace from this list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kamdesk.ui.app_context import AppContext
from kamdesk.ui.workspace_tab import WorkspaceTab

TabFactory = Callable[[AppContext, QWidget | None], WorkspaceTab]


def workspace_tab_factories() -> list[TabFactory]:
    """Factories of every workspace tab, in display order (imported late: startup speed)."""
    from kamdesk.ui.actions_tab import ActionsTab
    from kamdesk.ui.assessment_tab import AssessmentTab
    from kamdesk.ui.buying_centers_tab import BuyingCentersTab
    from kamdesk.ui.competitors_tab import CompetitorsTab
    from kamdesk.ui.goals_tab import GoalsTab
    from kamdesk.ui.history_tab import HistoryTab
    from kamdesk.ui.needs_swot_tab import NeedsSwotTab
    from kamdesk.ui.opportunities_tab import OpportunitiesTab
    from kamdesk.ui.profile_tab import ProfileTab
    from kamdesk.ui.revenue_tab import RevenueTab
    from kamdesk.ui.reviews_tab import ReviewsTab
    from kamdesk.ui.stakeholders_tab import StakeholdersTab
    from kamdesk.ui.team_tab import TeamTab
    from kamdesk.ui.whitespace_tab import WhitespaceTab

    factories: list[TabFactory] = [
        ProfileTab,
        StakeholdersTab,
        BuyingCentersTab,
        GoalsTab,
        ActionsTab,
        WhitespaceTab,
        OpportunitiesTab,
        RevenueTab,
        ReviewsTab,
        HistoryTab,
        NeedsSwotTab,
        CompetitorsTab,
        TeamTab,
        AssessmentTab,
    ]
    return factories
