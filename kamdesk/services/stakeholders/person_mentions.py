"""Where an account's free texts name a person: the "mentions" of an access or erasure request.

Free text is the KAM's own writing (a goal update "agreed with Dr. Weber", a need, a SWOT
line). kamdesk cannot tell what such a sentence means, so it never rewrites it on its own
outside the person's own history: it finds the texts that name the person (their full name,
e-mail or phone, ignoring case) and lists them for the KAM to read and edit by hand.
Only the person's account is searched: a person belongs to one account, and searching the
whole portfolio for each of thousands of people erased in bulk would cost minutes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Select, select
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

#: The free texts searched: (record kind, model, fields, how to reach the account):
#: ``None``, the model's own ``account_id``; ``"self"``, the account row itself; or
#: (parent model, foreign key) for a record that belongs to the account through a parent.
_TEXTS: tuple[tuple[str, Any, tuple[str, ...], Any], ...] = (
    ("account", Account, ("notes", "business_plan", "target_audience", "usp"), "self"),
    ("competitor", Competitor, ("strengths", "notes"), None),
    ("need", Need, ("title", "description", "our_response"), None),
    ("swot_item", SwotItem, ("text",), None),
    ("account_team_role", AccountTeamRole, ("responsibilities",), None),
    ("score", Score, ("note",), None),
    ("goal", Goal, ("title", "notes"), None),
    ("action_item", ActionItem, ("title", "notes"), None),
    ("opportunity", Opportunity, ("title", "notes", "lost_reason"), None),
    ("business_unit", BusinessUnit, ("notes",), None),
    ("buying_center", BuyingCenter, ("description",), None),
    ("stakeholder", Stakeholder, ("notes", "source", "lawful_basis"), None),
    ("interaction", Interaction, ("summary", "next_steps"), None),
    ("review", Review, ("attendees", "summary", "outcomes"), None),
    ("goal_update", GoalUpdate, ("note",), (Goal, "goal_id")),
    ("whitespace_cell", WhitespaceCell, ("note",), (BusinessUnit, "business_unit_id")),
    ("stakeholder_link", StakeholderLink, ("note",), (Stakeholder, "from_id")),
)
#: Accounts per IN (...) list (SQLite allows 32,766 bound values in one statement).
_CHUNK = 5_000


def searched_fields() -> set[tuple[str, str]]:
    """Every (record kind, field) the search reads: what a mention can name."""
    return {(kind, field) for kind, _model, fields, _via in _TEXTS for field in fields}


def _query(model: Any, fields: Sequence[str], via: Any, accounts: Sequence[int]) -> Select[Any]:
    """The record id, its account and the fields, for the records of these accounts."""
    columns = [getattr(model, name) for name in fields]
    if via == "self":
        return select(model.id, model.id, *columns).where(model.id.in_(accounts))
    if via is None:
        return select(model.id, model.account_id, *columns).where(
            model.account_id.in_(accounts)
        )
    parent, key = via
    return (
        select(model.id, parent.account_id, *columns)
        .join(parent, parent.id == getattr(model, key))
        .where(parent.account_id.in_(accounts))
    )


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
    return find_mentions_in_accounts(session, {account_id: tuple(terms)}, skip=skip)


def find_mentions_in_accounts(
    session: Session,
    terms_by_account: Mapping[int, Sequence[str]],
    *,
    skip: frozenset[tuple[str, int]] = frozenset(),
) -> list[Mention]:
    """:func:`find_mentions` for many accounts at once: one query per kind of text.

    Erasing many people (a whole retention list) would otherwise run every query once per
    account; the results are ordered by account, kind of record and id.
    """
    wanted = {key: tuple(t) for key, t in terms_by_account.items() if t}
    if not wanted:
        return []
    accounts = sorted(wanted)
    found: list[Mention] = []
    for kind, model, fields, via in _TEXTS:
        for start in range(0, len(accounts), _CHUNK):
            chunk = accounts[start:start + _CHUNK]
            for row in session.execute(_query(model, fields, via, chunk)):
                record_id, account = int(row[0]), int(row[1])
                if (kind, record_id) in skip:
                    continue
                terms = wanted[account]
                for field, value in zip(fields, row[2:], strict=True):
                    term = mentions_term(value or "", terms)
                    if term is not None:
                        found.append(
                            Mention(kind, account, record_id, field, excerpt(value, term))
                        )
    order = {kind: index for index, (kind, _m, _f, _v) in enumerate(_TEXTS)}
    found.sort(key=lambda m: (m.account_id, order[m.record_kind], m.record_id))
    return found
