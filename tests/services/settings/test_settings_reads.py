"""The settings and team read through Core for the first screen equal the ORM's reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kamdesk.services.settings.settings_reads import read_settings, read_team_members
from kamdesk.services.settings.team_and_settings import (
    PNG_SIGNATURE,
    list_team_members,
    load_settings,
    update_settings,
    update_team_member,
)
from kamdesk.store.database import Database


@pytest.mark.slow
def test_core_reads_equal_the_orm_reads_on_the_demo(
    demo_database: Callable[..., Database],
) -> None:
    # The session's 48-account demo of a fixed day, shared with the plan and profile reads.
    db = demo_database(accounts=48, seed=7, today=date(2026, 11, 28))
    members = list_team_members(db)
    # One person off the team, so that the "active only" filter leaves someone out.
    update_team_member(db, members[0].id, members[0].version, {"active": False})
    update_settings(db, None, {"logo_png": PNG_SIGNATURE + b"logo", "company_name": "Wir"})

    assert read_settings(db) == load_settings(db)
    assert read_team_members(db) == list_team_members(db)
    active = read_team_members(db, active_only=True)
    assert active == list_team_members(db, active_only=True)
    assert len(active) == len(members) - 1


def test_a_fresh_database_gets_its_settings_row_with_the_defaults(db: Database) -> None:
    settings = read_settings(db)  # no row yet: made as the ORM path makes it
    assert settings == load_settings(db)
    assert (settings.currency, settings.fiscal_year_start_month) == ("EUR", 1)
    assert read_team_members(db) == []
