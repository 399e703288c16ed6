"""Tests of settings and team members."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kamdesk.domain.enums import TeamRole
from kamdesk.services.profile.account_details_editing import add_team_role
from kamdesk.services.profile.account_profile_editing import create_account, update_profile
from kamdesk.services.settings.team_and_settings import (
    PNG_SIGNATURE,
    add_team_member,
    delete_team_member,
    list_team_members,
    load_settings,
    team_member_dependents,
    update_settings,
    update_team_member,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError


def test_settings_round_trip_margin_as_percent(db: Database) -> None:
    settings = load_settings(db)
    assert settings.gross_margin_percent == Decimal("30.00")
    version = update_settings(
        db, settings.version,
        {"company_name": "Us", "gross_margin_percent": Decimal("35.5"), "currency": "usd",
         "logo_png": PNG_SIGNATURE + b"rest"},
    )
    stored = load_settings(db)
    assert stored.version == version
    assert (stored.company_name, stored.gross_margin_percent, stored.currency) == (
        "Us", Decimal("35.50"), "USD"
    )
    assert stored.logo_png == PNG_SIGNATURE + b"rest"
    with pytest.raises(ConflictError):
        update_settings(db, settings.version, {"company_name": "Them"})


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"fiscal_year_start_month": 13}, "fiscal_year_start_month"),
        ({"logo_png": b"GIF89a"}, "logo_png"),
        ({"locale": "german"}, "locale"),
        ({"gross_margin_percent": Decimal("120")}, "gross_margin_percent"),
        ({"stale_contact_days": 0}, "stale_contact_days"),
    ],
)
def test_bad_settings_are_refused(db: Database, changes: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        update_settings(db, None, changes)
    assert caught.value.field == field


def test_team_members_validate_and_report_dependents(db: Database) -> None:
    jo = add_team_member(db, {"name": "Jo", "email": "jo@example.com", "capacity": 4})
    with pytest.raises(ValidationError, match="already on the team"):
        add_team_member(db, {"name": "jo"})
    with pytest.raises(ValidationError) as caught:
        update_team_member(db, jo, None, {"email": "jo.example.com"})
    assert caught.value.field == "email"
    account = create_account(db, "Acme")
    update_profile(db, account, None, {"owner_id": jo})
    add_team_role(db, account, {"team_member_id": jo, "role": TeamRole.KAM})
    assert team_member_dependents(db, jo).team_roles == 1
    assert team_member_dependents(db, jo).owned_accounts == 1
    delete_team_member(db, jo, None)
    assert list_team_members(db) == []


def test_retention_period_defaults_to_24_months_and_stays_in_1_to_600(db: Database) -> None:
    settings = load_settings(db)
    assert settings.retention_months == 24
    version = update_settings(db, settings.version, {"retention_months": 600})
    assert load_settings(db).retention_months == 600
    for refused in (0, 601, -3, True, "36"):
        with pytest.raises(ValidationError, match="1 to 600 months") as caught:
            update_settings(db, version, {"retention_months": refused})
        assert caught.value.field == "retention_months"
    update_settings(db, version, {"retention_months": 1})
    assert load_settings(db).retention_months == 1
