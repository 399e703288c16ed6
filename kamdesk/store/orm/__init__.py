"""The SQLAlchemy ORM: every kamdesk table, by area.

Import from here (``from kamdesk.store.orm import Account``); the submodules group the
tables by the part of the method they serve.
"""

from kamdesk.store.orm.account import (
    Account,
    AccountTeamRole,
    Competitor,
    Need,
    Score,
    SwotItem,
)
from kamdesk.store.orm.base import Base
from kamdesk.store.orm.company import CompanySettings, Offering, OpportunityStage, TeamMember
from kamdesk.store.orm.people import (
    BuyingCenter,
    BuyingCenterMember,
    Interaction,
    Stakeholder,
    StakeholderLink,
    interaction_stakeholder,
)
from kamdesk.store.orm.planning import (
    ActionItem,
    Goal,
    GoalUpdate,
    PlanSnapshot,
    RevenueEntry,
    Review,
)
from kamdesk.store.orm.whitespace import BusinessUnit, Opportunity, WhitespaceCell

__all__ = [
    "Account",
    "AccountTeamRole",
    "ActionItem",
    "Base",
    "BusinessUnit",
    "BuyingCenter",
    "BuyingCenterMember",
    "CompanySettings",
    "Competitor",
    "Goal",
    "GoalUpdate",
    "Interaction",
    "Need",
    "Offering",
    "Opportunity",
    "OpportunityStage",
    "PlanSnapshot",
    "RevenueEntry",
    "Review",
    "Score",
    "Stakeholder",
    "StakeholderLink",
    "SwotItem",
    "TeamMember",
    "WhitespaceCell",
    "interaction_stakeholder",
]
