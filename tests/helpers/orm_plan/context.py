"""What every plan section builder needs besides the account: the day and our settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kamdesk.store.orm import CompanySettings


@dataclass(frozen=True)
class PlanContext:
    """The day the plan is assembled for, and the company settings in force."""

    today: date
    settings: CompanySettings
