"""The stakeholder tabs' single reads give what their separate reads gave, account by account."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kamdesk.services.portfolio.account_directory import list_accounts
from kamdesk.services.stakeholders.buying_center_editing import load_buying_centers
from kamdesk.services.stakeholders.buying_centers_view import load_buying_centers_view
from kamdesk.services.stakeholders.relationship_map import load_relationship_map
from kamdesk.services.stakeholders.stakeholder_editing import list_owner_choices, list_stakeholders
from kamdesk.services.stakeholders.stakeholder_links import list_links
from kamdesk.services.stakeholders.stakeholders_view import load_stakeholders_view
from kamdesk.store.database import Database
from kamdesk.store.errors import NotFoundError

TODAY = date(2025, 6, 30)


def test_one_read_equals_the_separate_reads_on_the_demo(
    demo_database: Callable[..., Database],
) -> None:
    db = demo_database(accounts=12, seed=7, today=TODAY)
    accounts = [account.id for account in list_accounts(db)]
    assert len(accounts) == 12
    people_seen = links_seen = left_seen = 0
    for account in accounts:
        view = load_stakeholders_view(db, account, TODAY)
        assert view.listing == list_stakeholders(db, account, TODAY)
        assert view.links == list_links(db, account)
        assert view.owners == list_owner_choices(db)
        assert view.relationship_map == load_relationship_map(db, account, TODAY)
        people_seen += len(view.listing.rows)
        links_seen += len(view.relationship_map.links)
        left_seen += sum(row.has_left for row in view.listing.rows)
    # The demo has what makes the map differ from the list: lines and people who left.
    assert people_seen > 0 and links_seen > 0 and left_seen > 0


def test_a_deleted_account_is_reported_as_deleted_elsewhere(
    demo_database: Callable[..., Database],
) -> None:
    db = demo_database(accounts=12, seed=7, today=TODAY)
    with pytest.raises(NotFoundError) as separate:
        list_stakeholders(db, 10_000)
    with pytest.raises(NotFoundError) as together:
        load_stakeholders_view(db, 10_000)
    assert str(together.value) == str(separate.value)


def test_the_buying_centers_read_equals_the_two_reads_on_the_demo(
    demo_database: Callable[..., Database],
) -> None:
    db = demo_database(accounts=12, seed=7, today=TODAY)
    members = 0
    for account in [account.id for account in list_accounts(db)]:
        view = load_buying_centers_view(db, account, TODAY)
        assert view.overview == load_buying_centers(db, account, TODAY)
        assert view.people == list_stakeholders(db, account, TODAY)
        members += sum(len(center.members) for center in view.overview.centers)
    assert members > 0
    with pytest.raises(NotFoundError) as separate:
        load_buying_centers(db, 10_000)
    with pytest.raises(NotFoundError) as together:
        load_buying_centers_view(db, 10_000)
    assert str(together.value) == str(separate.value)
