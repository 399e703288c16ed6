"""The tabs of the account workspace, in the order they appear.

Each area of the method adds its tab here, in one line; the main window builds the
workspace from this list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kamdesk.ui.common.app_context import AppContext
from kamdesk.ui.common.workspace_tab import WorkspaceTab

TabFactory = Callable[[AppContext, QWidget | None], WorkspaceTab]


def workspace_tab_factories() -> list[TabFactory]:
    """Factories of every workspace tab, in display order (imported late: startup speed)."""
    from kamdesk.ui.assessment.assessment_tab import AssessmentTab
    from kamdesk.ui.growth.opportunities_tab import OpportunitiesTab
    from kamdesk.ui.growth.whitespace_tab import WhitespaceTab
    from kamdesk.ui.profile.competitors_tab import CompetitorsTab
    from kamdesk.ui.profile.history_tab import HistoryTab
    from kamdesk.ui.profile.needs_swot_tab import NeedsSwotTab
    from kamdesk.ui.profile.profile_tab import ProfileTab
    from kamdesk.ui.profile.team_tab import TeamTab
    from kamdesk.ui.stakeholders.buying_centers_tab import BuyingCentersTab
    from kamdesk.ui.stakeholders.stakeholders_tab import StakeholdersTab
    from kamdesk.ui.tracking.actions_tab import ActionsTab
    from kamdesk.ui.tracking.goals_tab import GoalsTab
    from kamdesk.ui.tracking.revenue_tab import RevenueTab
    from kamdesk.ui.tracking.reviews_tab import ReviewsTab

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
