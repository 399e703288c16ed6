"""What changed in the data: the one event every view (and every cache) hears about.

An edit publishes one :class:`Change` per kind of data it wrote: which kind, which account
(or the whole portfolio), which rows and fields, and which view made it. Undo and redo
publish the same changes as the edit itself. A view listens to the kinds it shows and
reloads only what a change affects; the view that made an edit and already shows it may
skip reloading (``origin``). The value is plain Python so that anything, not only Qt
views, can subscribe: a portfolio cache drops the facts of ``account_id``, or of every
account when the change is portfolio-wide.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from enum import Enum


class DataKind(Enum):
    """A kind of data an edit writes."""

    ACCOUNTS = "accounts"  # an account added or deleted (ids: the accounts)
    PROFILE = "profile"  # fields of an account (fields: which ones)
    STAKEHOLDERS = "stakeholders"  # people, their reporting lines and informal links
    BUYING_CENTERS = "buying_centers"  # buying centers and their members
    INTERACTIONS = "interactions"  # the account's history (last contact)
    COMPETITORS = "competitors"
    NEEDS = "needs"
    SWOT = "swot"
    TEAM_ROLES = "team_roles"  # our people on one account
    GOALS = "goals"
    GOAL_UPDATES = "goal_updates"
    ACTIONS = "actions"
    REVENUE = "revenue"
    REVIEWS = "reviews"
    SNAPSHOTS = "snapshots"  # a plan snapshot taken (export, review start)
    BUSINESS_UNITS = "business_units"
    WHITESPACE = "whitespace"  # unit × offering cells (ids: the business units)
    OPPORTUNITIES = "opportunities"
    SCORES = "scores"
    SETTINGS = "settings"  # company settings: currency, fiscal year, weights … (portfolio-wide)
    TEAM = "team"  # our team members (portfolio-wide)
    CATALOGUE = "catalogue"  # offerings and pipeline stages (portfolio-wide)
    EVERYTHING = "everything"  # the whole database was replaced (demo) or imported into


#: Kinds that belong to no account: a change of them concerns every account.
PORTFOLIO_WIDE_KINDS = frozenset(
    {DataKind.SETTINGS, DataKind.TEAM, DataKind.CATALOGUE, DataKind.EVERYTHING}
)


@dataclass(frozen=True)
class Change:
    """One kind of data written for one account (``account_id`` None: the whole portfolio).

    ``ids`` and ``fields`` narrow it down when the writer knows them (empty: any);
    ``origin`` is the view that made the edit, set on its first application only — an undo
    or redo must reach that view too.
    """

    kind: DataKind
    account_id: int | None
    ids: frozenset[int] = field(default=frozenset())
    fields: frozenset[str] = field(default=frozenset())
    origin: object | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        # Said once here rather than trusted to every writer: a cache keyed by account must
        # never miss a change because a writer forgot to name the account.
        if (self.kind in PORTFOLIO_WIDE_KINDS) != (self.account_id is None):
            raise ValueError(
                f"a change of {self.kind.value} "
                + ("concerns every account" if self.account_id is not None else "needs its account")
            )

    @classmethod
    def of(
        cls,
        kind: DataKind,
        account_id: int | None,
        ids: Iterable[int] = (),
        fields: Iterable[str] = (),
        origin: object | None = None,
    ) -> Change:
        """A change, from any iterables of ids and fields."""
        return cls(kind, account_id, frozenset(ids), frozenset(fields), origin)

    @property
    def portfolio_wide(self) -> bool:
        """Whether every account is concerned (settings, team, catalogue, a new database)."""
        return self.account_id is None

    def concerns(self, account_id: int | None) -> bool:
        """Whether a view of this account (None: of no account) is affected."""
        return self.account_id is None or self.account_id == account_id

    def touches(self, fields: Collection[str]) -> bool:
        """Whether any of these fields may have changed."""
        return not self.fields or not self.fields.isdisjoint(fields)
