"""What every plan section builder needs besides the account: the day and our settings.

The sections read through Core (:mod:`kamdesk.store.light_tables`), so the account and
the settings are plain result rows of the light ``account`` and
``company_settings`` clauses, whose attributes are named as the ORM's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.engine import Row


@dataclass(frozen=True)
class PlanContext:
    """The day the plan is assembled for, and the company settings in force."""

    today: date
    settings: Row[Any]
