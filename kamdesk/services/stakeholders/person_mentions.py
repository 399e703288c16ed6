"""Where an account's free texts name a person: the "mentions" of an access or erasure request.

Free text is the KAM's own writing (a goal update "agreed with Dr. Weber", a need, a SWOT
line). kamdesk cannot tell what such a sentence means, so it never rewrites it on its own
outside the person's own history: it finds the texts that name the person (their full name,
e-mail or phone, ignoring case) and lists them for the KAM to read and edit by hand.
Only the person's account is searched: a person belongs to one account, and searching the
whole portfolio for each of thousands of people erased in bulk would cost minutes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from kamdesk.domain.former_contacts import excerpt, mentions_term
from kamdesk.domain.personal_data import Mention
from kamdesk.store.orm import (
    Account,
    AccountTeamRole,
    ActionItem,
    BusinessUnit,
    BuyingCenter,
    Competitor,
    Goal,
    GoalUpdate,
    Interaction,
    Need,
    Opportunity,
    Review,
    Score,
    Stakeholder,
    StakeholderLink,
    SwotItem,
    WhitespaceCell,
)


def _account_rows(model: Any, *fields: str) -> tuple[str, Any, tuple[str, ...], Any]:
    return (model.__tablename__, model, fields, model.account_id)


def _searched(account_id: int) -> list[tuple[str, Select[Any], tuple[str, ...]]]:
    """(record kind, a query of id + the fields, the field names) for every free text."""
    plain = [
        _account_rows(Competitor, "strengths", "notes"),
        _account_rows(Need, "title", "description", "our_response"),
        _account_rows(SwotItem, "text"),
        _account_rows(AccountTeamRole, "responsibilities"),
        _account_rows(Score, "note"),
        _account_rows(Goal, "title", "notes"),
        _account_rows(ActionItem, "title", "notes"),
        _account_rows(Opportunity, "title", "notes", "lost_reason"),
        _account_rows(BusinessUnit, "notes"),
        _account_rows(BuyingCenter, "description"),
        _account_rows(Stakeholder, "notes", "source", "lawful_basis"),
        _account_rows(Interaction, "summary", "next_steps"),
        _account_rows(Review, "attendees", "summary", "outcomes"),
    ]
    queries: list[tuple[str, Select[Any], tuple[str, ...]]] = [
        (
            "account",
            _columns(Account, ("notes", "business_plan", "target_audience", "usp")).where(
                Account.id == account_id
            ),
            ("notes", "business_plan", "target_audience", "usp"),
        )
    ]
    for kind, model, fields, account_column in plain:
        where: ColumnElement[bool] = account_column == account_id
        queries.append((kind, _columns(model, fields).where(where), fields))
    queries.append((
        "goal_update",
        _columns(GoalUpdate, ("note",)).join(Goal, Goal.id == GoalUpdate.goal_id)
        .where(Goal.account_id == account_id),
        ("note",),
    ))
    queries.append((
        "whitespace_cell",
        _columns(WhitespaceCell, ("note",))
        .join(BusinessUnit, BusinessUnit.id == WhitespaceCell.business_unit_id)
        .where(BusinessUnit.account_id == account_id),
        ("note",),
    ))
    queries.append((
        "stakeholder_link",
        _columns(StakeholderLink, ("note",))
        .join(Stakeholder, Stakeholder.id == StakeholderLink.from_id)
        .where(Stakeholder.account_id == account_id),
        ("note",),
    ))
    return queries


def searched_fields() -> set[tuple[str, str]]:
    """Every (record kind, field) the search reads: what a mention can name."""
    return {(kind, field) for kind, _query, fields in _searched(0) for field in fields}


def _columns(model: Any, fields: Sequence[str]) -> Select[Any]:
    return select(model.id, *(getattr(model, name) for name in fields)).order_by(model.id)


def find_mentions(
    session: Session,
    account_id: int,
    terms: Sequence[str],
    *,
    skip: frozenset[tuple[str, int]] = frozenset(),
) -> list[Mention]:
    """Every free-text field of the account that holds one of ``terms``.

    ``skip`` names records (kind, id) not to report: the person's own row, whose fields
    are listed as themselves, not as mentions.
    """
    if not terms:
        return []
    found: list[Mention] = []
    for kind, query, fields in _searched(account_id):
        for row in session.execute(query):
            record_id = int(row[0])
            if (kind, record_id) in skip:
                continue
            for field, value in zip(fields, row[1:], strict=True):
                term = mentions_term(value or "", terms)
                if term is not None:
                    found.append(
                        Mention(kind, account_id, record_id, field, excerpt(value, term))
                    )
    return found
