"""Tests of informal lines between stakeholders."""

from __future__ import annotations

import pytest

from kamdesk.domain.enums import LinkKind
from kamdesk.services.stakeholders.stakeholder_editing import create_stakeholder
from kamdesk.services.stakeholders.stakeholder_links import (
    create_link,
    delete_link,
    list_links,
    restore_link,
)
from kamdesk.store.database import Database
from kamdesk.store.errors import ValidationError
from kamdesk.store.orm import Account


def make_account(db: Database, name: str) -> int:
    with db.session() as session:
        account = Account(name=name)
        session.add(account)
        session.flush()
        return account.id


def test_lines_are_listed_with_names_and_removal_is_undoable(db: Database) -> None:
    account = make_account(db, "Acme")
    anna = create_stakeholder(db, account, {"name": "Anna"})
    bert = create_stakeholder(db, account, {"name": "Bert"})
    link = create_link(db, anna, bert, LinkKind.INFLUENCES, "weekly lunch")
    create_link(db, anna, bert, "conflict")
    links = list_links(db, account)
    assert [(x.from_name, x.to_name, x.kind) for x in links] == [
        ("Anna", "Bert", LinkKind.CONFLICT),
        ("Anna", "Bert", LinkKind.INFLUENCES),
    ]
    version = next(x.version for x in links if x.id == link)
    deleted = delete_link(db, link, version)
    assert len(list_links(db, account)) == 1
    restore_link(db, deleted)
    assert {x.id for x in list_links(db, account)} >= {link}


def test_bad_lines_are_refused(db: Database) -> None:
    account = make_account(db, "Acme")
    other = make_account(db, "Other")
    anna = create_stakeholder(db, account, {"name": "Anna"})
    bert = create_stakeholder(db, account, {"name": "Bert"})
    stranger = create_stakeholder(db, other, {"name": "Stranger"})
    create_link(db, anna, bert, LinkKind.CLOSE_TO)
    with pytest.raises(ValidationError, match="themselves"):
        create_link(db, anna, anna, LinkKind.CLOSE_TO)
    with pytest.raises(ValidationError, match="same account"):
        create_link(db, anna, stranger, LinkKind.CLOSE_TO)
    with pytest.raises(ValidationError, match="already drawn"):
        create_link(db, anna, bert, LinkKind.CLOSE_TO)
    with pytest.raises(ValidationError, match="not a kind") as refused:
        create_link(db, anna, bert, "hates")
    assert refused.value.field == "kind"
    assert len(list_links(db, account)) == 1
