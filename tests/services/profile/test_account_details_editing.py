"""Tests of competitors, needs, SWOT and team roles: validation, order, conflicts."""

from __future__ import annotations

import pytest

from kamdesk.domain.enums import CompetitorKind, Priority, SwotKind, TeamRole
from kamdesk.services.common.row_deletion import restore_rows
from kamdesk.services.profile.account_details_editing import (
    add_competitor,
    add_need,
    add_swot_item,
    add_team_role,
    delete_detail,
    list_competitors,
    list_needs,
    list_swot,
    list_team_roles,
    move_swot_item,
    update_competitor,
    update_need,
    update_team_role,
)
from kamdesk.services.profile.account_profile_editing import create_account
from kamdesk.services.settings.team_and_settings import add_team_member
from kamdesk.store.database import Database
from kamdesk.store.errors import ConflictError, ValidationError


def test_competitor_names_are_unique_per_kind(db: Database) -> None:
    account = create_account(db, "Acme")
    add_competitor(db, account, {"name": "Rival", "kind": CompetitorKind.OURS})
    add_competitor(db, account, {"name": "Rival", "kind": CompetitorKind.CUSTOMERS})
    with pytest.raises(ValidationError) as caught:
        add_competitor(db, account, {"name": "rival", "kind": CompetitorKind.OURS})
    assert caught.value.field == "name"
    rows = list_competitors(db, account)
    assert [r.kind for r in rows] == [CompetitorKind.CUSTOMERS, CompetitorKind.OURS]
    with pytest.raises(ValidationError):
        update_competitor(db, rows[0].id, rows[0].version, {"kind": CompetitorKind.OURS})
    with pytest.raises(ValidationError):
        update_competitor(db, rows[0].id, rows[0].version, {"name": ""})


def test_needs_sort_by_priority_and_detect_conflicts(db: Database) -> None:
    account = create_account(db, "Acme")
    add_need(db, account, {"title": "Cheaper", "priority": Priority.LOW})
    add_need(db, account, {"title": "Faster", "priority": Priority.HIGH})
    low, high = list_needs(db, account)[1], list_needs(db, account)[0]
    assert (high.title, low.title) == ("Faster", "Cheaper")
    update_need(db, high.id, high.version, {"our_response": "Express line"})
    with pytest.raises(ConflictError):
        update_need(db, high.id, high.version, {"our_response": "Other"})


def test_swot_items_move_within_their_quadrant(db: Database) -> None:
    account = create_account(db, "Acme")
    first = add_swot_item(db, account, SwotKind.STRENGTH, "Brand")
    second = add_swot_item(db, account, SwotKind.STRENGTH, "Service")
    add_swot_item(db, account, SwotKind.THREAT, "Prices")
    version = next(r.version for r in list_swot(db, account) if r.id == second)
    move_swot_item(db, second, version, 0)
    strengths = [r.id for r in list_swot(db, account) if r.kind is SwotKind.STRENGTH]
    assert strengths == [second, first]
    # Undo expects the entry where the move left it (its place), not a version.
    move_swot_item(db, second, {"position": 0}, 1)
    assert [r.id for r in list_swot(db, account) if r.kind is SwotKind.STRENGTH] == [first, second]
    with pytest.raises(ConflictError):
        move_swot_item(db, second, {"position": 0}, 0)
    with pytest.raises(ValidationError):
        add_swot_item(db, account, SwotKind.WEAKNESS, "   ")


def test_team_roles_are_unique_and_deletes_restore(db: Database) -> None:
    account = create_account(db, "Acme")
    member = add_team_member(db, {"name": "Jo"})
    role_id = add_team_role(db, account, {"team_member_id": member, "role": TeamRole.KAM})
    with pytest.raises(ValidationError, match="already has this role"):
        add_team_role(db, account, {"team_member_id": member, "role": TeamRole.KAM})
    row = list_team_roles(db, account)[0]
    assert (row.member_name, row.role) == ("Jo", TeamRole.KAM)
    update_team_role(db, role_id, row.version, {"responsibilities": "Everything"})
    removed = delete_detail(db, "team_role", role_id, None)
    assert list_team_roles(db, account) == []
    restore_rows(db, removed)
    assert list_team_roles(db, account)[0].responsibilities == "Everything"
